"""Settings: one TOML file an administrator can pre-seed; each key checked on its own.

A bad or unknown key is reported and ignored while the rest applies. The file is never rewritten
with defaults: `set` changes one key and keeps everything else, comments included. A file that
is not valid TOML is moved aside and reported, and defaults are used.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

LANGUAGES = ("system", "zh_CN", "en")


class InvalidSetting(ValueError):
    """A value a key does not accept; `str()` names the key and what is allowed."""


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str  # dotted path, e.g. "language" or "breaks.micro_interval_minutes"
    default: Any
    allowed: str  # what is allowed, in words, for messages and `config get`
    check: Callable[[Any], Any]  # returns the normalised value or raises InvalidSetting
    parse: Callable[[str], Any]  # turns a command-line string into a value


def _choice(*choices: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in choices:
            raise InvalidSetting(f"must be one of {', '.join(choices)}; got {value!r}")
        return value

    return check


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            key="language",
            default="system",
            allowed="system, zh_CN or en",
            check=_choice(*LANGUAGES),
            parse=str,
        ),
    )
}


@dataclass(slots=True)
class Settings:
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def get(self, key: str) -> Any:
        return self.values.get(key, SPECS[key].default)

    @property
    def language(self) -> str:
        return str(self.get("language"))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping) and key not in SPECS:
            flat.update(_flatten(value, prefix=f"{key}."))
        else:
            flat[key] = value
    return flat


def _set_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.invalid-{stamp}")
    counter = 1
    while aside.exists():  # never overwrite a file kept aside earlier
        counter += 1
        aside = path.with_name(f"{path.name}.invalid-{stamp}-{counter}")
    path.replace(aside)
    return aside


def load_settings(path: Path) -> Settings:
    """Read the settings file; never raises for bad content, reports it in `problems`."""
    settings = Settings()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return settings
    except OSError as error:
        settings.problems.append(f"{path}: cannot be read ({error.strerror}); using defaults")
        return settings
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        try:
            aside = _set_aside(path)
            kept = f"kept as {aside}"
        except OSError:
            kept = "left in place"
        settings.problems.append(
            f"{path} is not valid TOML ({error}); it was {kept}; using defaults"
        )
        return settings
    for key, value in _flatten(table).items():
        spec = SPECS.get(key)
        if spec is None:
            settings.problems.append(f"{path}: unknown key {key!r} ignored")
            continue
        try:
            settings.values[key] = spec.check(value)
        except InvalidSetting as error:
            settings.problems.append(
                f"{path}: {key} {error}; allowed: {spec.allowed}; using {spec.default!r}"
            )
    return settings


def parse_value(key: str, text: str) -> Any:
    """The value of `key` given as text on the command line, checked."""
    spec = SPECS.get(key)
    if spec is None:
        raise InvalidSetting(f"unknown key {key!r}; known keys: {', '.join(SPECS)}")
    try:
        value = spec.parse(text)
    except ValueError:
        raise InvalidSetting(f"{key}: {text!r} is not allowed; allowed: {spec.allowed}") from None
    try:
        return spec.check(value)
    except InvalidSetting as error:
        raise InvalidSetting(f"{key} {error}; allowed: {spec.allowed}") from None


def save_setting(path: Path, key: str, value: Any) -> None:
    """Write one key, keeping the rest of the file (comments and layout) as it is."""
    import tomlkit

    spec = SPECS[key]
    value = spec.check(value)
    try:
        text = path.read_text(encoding="utf-8")
        document = tomlkit.parse(text)
    except FileNotFoundError:
        document = tomlkit.document()
    except Exception:  # unreadable or invalid TOML: keep it aside, start a new file
        _set_aside(path)
        document = tomlkit.document()
    *tables, name = key.split(".")
    container: Any = document
    for table_name in tables:
        if table_name not in container:
            container[table_name] = tomlkit.table()
        container = container[table_name]
    container[name] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(tomlkit.dumps(document), encoding="utf-8")
    temporary.replace(path)
