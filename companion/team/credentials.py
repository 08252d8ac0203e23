"""The team login's password, kept out of `settings.toml`: in libpq's own password file format,
in Companion's config folder (`team.pgpass`, readable by its owner only), which libpq reads
itself when it connects (`passfile`). `team.url` names the server and the login, never the
password.

A settings file that still holds a password in `team.url` (written before this rule, or by an
administrator's script) has it moved here, once, by whichever Companion process reads it first;
the process says so in one line. Standard library only: the tray calls this at start-up and
must not load SQLAlchemy or the database driver for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote

PASSWORD_FILE_NAME = "team.pgpass"
PASSWORD_KEYS = ("password",)  # where libpq takes a login's password in a URL's query
SECRET_KEYS = ("password", "sslpassword")  # never shown


def password_file(config_dir: Path) -> Path:
    return config_dir / PASSWORD_FILE_NAME


@dataclass(frozen=True, slots=True)
class _Parts:
    scheme: str
    userinfo: str  # "" when none, else "user" or "user:password" (as written, %-encoded)
    hostport: str
    path: str
    query: str
    fragment: str

    def text(self, userinfo: str, query: str) -> str:
        at = f"{userinfo}@" if userinfo else ""
        tail = (f"?{query}" if query else "") + (f"#{self.fragment}" if self.fragment else "")
        return f"{self.scheme}://{at}{self.hostport}{self.path}{tail}"


def _parts(text: str) -> _Parts | None:
    """The URL cut into its parts as written (nothing decoded, nothing lowercased); None for
    text that is not a `scheme://…` URL."""
    scheme, separator, rest = text.strip().partition("://")
    if not separator or not scheme:
        return None
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    userinfo, _, hostport = netloc.rpartition("@")
    return _Parts(scheme, userinfo, hostport, slash + path, query, fragment)


def _query_key(item: str) -> str:
    return unquote(item.partition("=")[0]).strip().lower()


def split_password(text: str) -> tuple[str, str | None]:
    """(the URL without its password, the password), the password decoded; (text, None) when
    the URL holds none, in its user part (`user:password@`) or as `?password=`."""
    parts = _parts(text)
    if parts is None:
        return text, None
    user, colon, written = parts.userinfo.partition(":")
    found = [unquote(written)] if colon else []
    kept: list[str] = []
    for item in parts.query.split("&") if parts.query else []:
        if _query_key(item) in PASSWORD_KEYS:
            found.append(unquote(item.partition("=")[2].replace("+", " ")))
        else:
            kept.append(item)
    if not found:
        return text, None
    return parts.text(user, "&".join(kept)), found[0]


def hide_password(text: str) -> str:
    """The URL as it may be printed: a password (and `sslpassword=`) replaced by ***."""
    parts = _parts(text)
    if parts is None:
        return text
    user, colon, _ = parts.userinfo.partition(":")
    query = [
        f"{item.partition('=')[0]}=***" if _query_key(item) in SECRET_KEYS else item
        for item in (parts.query.split("&") if parts.query else [])
    ]
    return parts.text(f"{user}:***" if colon else user, "&".join(query))


def has_password(text: str) -> bool:
    return split_password(text)[1] is not None


# -- libpq's password file -------------------------------------------------------------------


def _escaped(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A password file line's fields, unescaped (libpq's rules: `\\` escapes `:` and `\\`)."""
    fields: list[str] = []
    current: list[str] = []
    escaped = False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _split_hostport(item: str) -> tuple[str, str]:
    """("host", "port") from "host:port", "[v6]:port", "host" or a socket folder."""
    if item.startswith("["):
        host, _, rest = item[1:].partition("]")
        return host, rest.removeprefix(":")
    if item.startswith("/") or item.count(":") != 1:
        return item, ""
    host, _, port = item.partition(":")
    return host, port


def password_keys(text: str) -> list[tuple[str, str, str, str]]:
    """The (host, port, database, user) lines of the password file libpq looks up for this
    URL, one per host it may try; "*" where the URL leaves a field to libpq's defaults, and
    "localhost" for the default Unix socket, as libpq matches it."""
    parts = _parts(text)
    if parts is None:
        return []
    query: dict[str, list[str]] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(key.lower(), []).append(value)
    user = unquote(parts.userinfo.partition(":")[0]) or (query.get("user") or ["*"])[0] or "*"
    database = unquote(parts.path.lstrip("/")) or (query.get("dbname") or ["*"])[0] or "*"
    pairs = [_split_hostport(unquote(item)) for item in parts.hostport.split(",") if item]
    hosts = [host for value in query.get("host", []) for host in value.split(",") if host]
    if hosts:  # `host=h1:5432` (SQLAlchemy's several hosts) or libpq's `host=h1,h2&port=…`
        pairs = [_split_hostport(host) for host in hosts]
    elif not pairs:
        addresses = [item for value in query.get("hostaddr", []) for item in value.split(",")]
        pairs = [(address, "") for address in addresses if address] or [("localhost", "")]
    ports = [port for value in query.get("port", []) for port in value.split(",") if port]
    keys = []
    for number, (host, port) in enumerate(pairs):
        chosen = port or (ports[min(number, len(ports) - 1)] if ports else "*")
        keys.append((host or "localhost", chosen, database, user))
    return keys


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def _without(lines: list[str], keys: list[tuple[str, str, str, str]]) -> list[str]:
    return [
        line
        for line in lines
        if line.startswith("#") or tuple(_fields(line)[:4]) not in keys or not line.strip()
    ]


def store_password(path: Path, url: str, password: str) -> None:
    """Keep `password` for the login `url` names (replacing an earlier one), first in the file,
    which is written whole, readable by its owner only. Raises OSError."""
    from companion.files import make_private_dir, write_atomically

    keys = password_keys(url)
    new = [":".join(_escaped(field) for field in (*key, password)) for key in keys]
    kept = _without(_lines(path), keys)
    make_private_dir(path.parent)
    write_atomically(path, ("\n".join([*new, *kept]) + "\n").encode("utf-8"))


def forget_password(path: Path, url: str) -> bool:
    """Remove the password kept for the login `url` names; False when none was kept."""
    from companion.files import write_atomically

    lines = _lines(path)
    kept = _without(lines, password_keys(url))
    if kept == lines:
        return False
    if any(line.strip() and not line.startswith("#") for line in kept):
        write_atomically(path, ("\n".join(kept) + "\n").encode("utf-8"))
    else:
        path.unlink()
    return True


def password_kept(path: Path, url: str) -> bool:
    keys = password_keys(url)
    return any(tuple(_fields(line)[:4]) in keys for line in _lines(path))


# -- the one-time move out of settings.toml ----------------------------------------------------


def move_password_out(settings_file: Path) -> str | None:
    """When `team.url` in `settings_file` holds a password: keep it in the password file beside
    it and write `team.url` without it. Returns the line that says what happened (never the
    password), or None when there was nothing to move."""
    from companion.settings import InvalidFile, read_bounded, read_table, save_setting

    try:
        table = read_table(read_bounded(settings_file))
    except (OSError, InvalidFile, RecursionError):
        return None  # no file, or one that cannot be read: whoever loads it says why
    team = table.get("team")
    url = team.get("url") if isinstance(team, dict) else None
    if not isinstance(url, str):
        return None
    without, password = split_password(url)
    if password is None:
        return None
    target = password_file(settings_file.parent)
    try:
        if password:  # an empty one is only dropped
            store_password(target, without, password)
    except OSError as error:
        return (
            f"team.url in {settings_file} holds a password, and it could not be moved to "
            f"{target} ({error.strerror or error}); it stays there until it can"
        )
    try:
        save_setting(settings_file, "team.url", without)
    except (OSError, ValueError) as error:
        return (
            f"the password in team.url is now kept in {target}, but {settings_file} could not "
            f"be written without it ({getattr(error, 'strerror', None) or error})"
        )
    return (
        f"the password that was in team.url ({settings_file}) is now kept in {target}, "
        "readable by you only; team.url holds none any more"
    )
