"""Connecting to the team server: the URL checked and shown without its password, a short
connect timeout, and every failure as one `TeamServerError` line (never the password).

A password is never sent where it could be read or replayed:

- A server on another computer is reached only over TLS with its certificate checked and its
  name matched (`sslmode=verify-full`, set when the URL sets no `sslmode`; a weaker one is
  refused). "This computer" is decided from the URL alone, never from a name lookup: a Unix
  socket, `localhost` or a loopback address (127.0.0.0/8, ::1), and when `hostaddr` is given
  it must be a loopback address too. Any other name counts as another computer, whatever it
  resolves to.
- Clear-text and md5 authentication are refused before anything is answered
  (`require_auth=!password,!md5`, libpq 16 or newer; SCRAM, certificates, GSSAPI and a local
  server's trust or peer stay possible). With an older libpq, which cannot refuse them,
  Companion gives libpq no password at all: no password file, and a URL holding one is refused.
- The password comes from Companion's password file (`companion.team.credentials`), given as
  libpq's `passfile` when it exists; otherwise libpq's own applies (`~/.pgpass`, `PGPASSFILE`).
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

CONNECT_TIMEOUT_SECONDS = 5
SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


class TeamServerError(Exception):
    """The team server could not be used; `str()` is one line for the log and the terminal."""


class TeamAccessRefused(TeamServerError):
    """The server answered, but this login's role may not do that (an agent's login reading
    the team's figures, say)."""


class TeamSchemaMismatch(TeamServerError):
    """The server has no team schema, or one at another revision: waiting will not help."""


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"


class InvalidTeamUrl(ValueError):
    """A team URL that is not a PostgreSQL URL; `str()` says why, without the password."""


def parse_team_url(text: str) -> URL:
    """The SQLAlchemy URL for `text` (postgresql://user@host:port/database?sslmode=…), set to
    use psycopg 3. Raises InvalidTeamUrl."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise InvalidTeamUrl(
            "the team URL must look like postgresql://user@host:5432/database"
        ) from None
    if url.drivername not in SCHEMES:
        raise InvalidTeamUrl(
            f"the team URL must start with postgresql:// (not {url.drivername}://)"
        )
    if not url.database:
        raise InvalidTeamUrl("the team URL must name a database: postgresql://host/database")
    return url.set(drivername="postgresql+psycopg")


SECRET_OPTIONS = ("password", "sslpassword")  # libpq takes these in the query string too


def shown_url(text: str) -> str:
    """The URL as it may be logged or printed: the password replaced by ***, wherever it is
    (before the host, or as `password=` / `sslpassword=` in the query)."""
    try:
        return _without_secrets(parse_team_url(text))
    except InvalidTeamUrl:
        hidden = re.sub(r"://[^@/]*@", "://***@", text)
        return re.sub(r"((?:ssl)?password=)[^&]*", r"\1***", hidden, flags=re.IGNORECASE)


def _without_secrets(url: URL) -> str:
    secrets = {key: "***" for key in url.query if key.lower() in SECRET_OPTIONS}
    shown = url.update_query_dict(secrets).render_as_string(hide_password=True)
    return shown.replace("=%2A%2A%2A", "=***")


REFUSED_AUTH = "!password,!md5"  # libpq's require_auth: never a clear-text or md5 password
REQUIRE_AUTH_SINCE = 160000  # libpq 16
WEAK_METHODS = ("password", "md5")


def _values(url: URL, key: str) -> list[str]:
    """Every comma-separated item of a query option (given once, or several times)."""
    found = url.query.get(key)
    given = [found] if isinstance(found, str) else list(found or ())
    return [item.strip() for value in given for item in value.split(",") if item.strip()]


def _host_of(item: str) -> str:
    """The host of "host", "host:port", "[v6]:port" or a socket folder."""
    if item.startswith("["):
        return item[1:].partition("]")[0]
    if item.count(":") == 1 and not item.startswith("/"):
        return item.partition(":")[0]
    return item


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.partition("%")[0]).is_loopback
    except ValueError:
        return False


def _on_this_computer(host: str) -> bool:
    """By the name as written: a Unix socket (a folder, or an abstract one), localhost, or a
    loopback address. Any other name is another computer, whatever it resolves to."""
    if host == "" or host.startswith(("/", "@")):
        return True
    return host.lower().rstrip(".") == "localhost" or _loopback(host)


def server_is_local(url: URL, environ: Mapping[str, str] | None = None) -> bool:
    """Whether every host libpq may try for `url` is this computer (see the module's
    docstring); PGHOST and PGHOSTADDR count where the URL leaves them to libpq."""
    env = os.environ if environ is None else environ
    hosts = ([url.host] if url.host else []) + [_host_of(item) for item in _values(url, "host")]
    if not hosts:
        hosts = [item.strip() for item in env.get("PGHOST", "").split(",")]
    addresses = _values(url, "hostaddr")
    if not addresses and "hostaddr" not in url.query:
        addresses = [item.strip() for item in env.get("PGHOSTADDR", "").split(",") if item]
    return all(_on_this_computer(host) for host in hosts) and all(
        _loopback(address) for address in addresses
    )


def _check_require_auth(url: URL) -> None:
    given = _values(url, "require_auth")
    if not given:
        return
    negated = [item.startswith("!") for item in given]
    names = {item.lstrip("!").lower() for item in given}
    allows_weak = (
        not {"password", "md5"} <= names if all(negated) else bool(names & set(WEAK_METHODS))
    )
    if allows_weak:
        raise InvalidTeamUrl(
            "the team URL's require_auth would allow a clear-text or md5 password, which "
            "Companion never sends; leave require_auth out (Companion refuses both)"
        )


def libpq_version() -> int:
    import psycopg

    return int(psycopg.pq.version())


def default_password_file() -> Path:
    from companion.paths import app_paths
    from companion.team.credentials import password_file

    return password_file(app_paths().config_dir)


def connection_options(
    url: URL,
    password_file: Path,
    version: int,
    environ: Mapping[str, str] | None = None,
) -> dict[str, object]:
    """The libpq options Companion adds to `url` so that no password can go out in clear or to
    an unverified server (the module's docstring). Raises InvalidTeamUrl for a URL that asks
    for less, and TeamServerError for a password this libpq could not protect."""
    options: dict[str, object] = {}
    if not server_is_local(url, environ):
        mode = url.query.get("sslmode")
        if mode is None:
            options["sslmode"] = "verify-full"
        elif mode != "verify-full":
            raise InvalidTeamUrl(
                f"the team server is on another computer, so Companion reaches it only over "
                f"TLS with its certificate checked (sslmode=verify-full), not sslmode={mode}"
            )
    _check_require_auth(url)
    if version >= REQUIRE_AUTH_SINCE:
        if "require_auth" not in url.query:
            options["require_auth"] = REFUSED_AUTH
        if "passfile" not in url.query and password_file.is_file():
            options["passfile"] = str(password_file)
        return options
    if url.password is not None or any(key in url.query for key in ("password", "passfile")):
        raise TeamServerError(
            f"this computer's libpq ({version // 10000}) is older than 16 and cannot refuse a "
            "server that asks for the password in clear, so Companion gives it no password; "
            "install psycopg[binary] 3.2 or newer, which brings its own"
        )
    options["password"] = ""  # not PGPASSWORD either
    options["passfile"] = str(password_file.with_name(".no-password-file"))  # not ~/.pgpass
    return options


def make_team_engine(text: str, password_file: Path | None = None) -> Engine:
    """An engine for the team URL. Nothing connects until it is used. Raises InvalidTeamUrl,
    or TeamServerError (a libpq that could not keep the password safe)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    url = parse_team_url(text)
    connect_args: dict[str, object] = {"application_name": "companion"}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    connect_args.update(
        connection_options(url, password_file or default_password_file(), libpq_version())
    )
    # hide_parameters: a failed statement is described without its values (a pseudonym, a
    # day's figures, a training mark's label), in the log as on the terminal.
    return create_engine(url, poolclass=NullPool, connect_args=connect_args, hide_parameters=True)


def check_team_url(text: str) -> None:
    """Everything `make_team_engine` checks before it connects, for a command to refuse a URL
    at once. Raises InvalidTeamUrl (or TeamServerError, see `connection_options`)."""
    connection_options(parse_team_url(text), default_password_file(), libpq_version())


def one_line(error: BaseException) -> str:
    """What went wrong, in one line, from a driver or SQLAlchemy error (the driver's own words,
    which never hold the password)."""
    from sqlalchemy.exc import DBAPIError

    cause: BaseException = error
    if isinstance(error, DBAPIError) and error.orig is not None:
        cause = error.orig
    diagnostic = getattr(cause, "diag", None)
    primary = getattr(diagnostic, "message_primary", None)  # without CONTEXT: the function's
    text = " ".join((primary if isinstance(primary, str) and primary else str(cause)).split())
    return text or type(cause).__name__


@contextmanager
def team_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction, committed at the end; any database failure on the way
    becomes TeamServerError naming the server (without the password)."""
    from sqlalchemy.exc import SQLAlchemyError

    where = _without_secrets(engine.url)
    try:
        with engine.begin() as connection:
            yield connection
    except SQLAlchemyError as error:
        said = f"team server {where}: {one_line(error)}"
        if getattr(getattr(error, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise TeamAccessRefused(said) from None
        raise TeamServerError(said) from None
