"""What each setting accepts: the checks of its value (from the file or from `config set`) and
the parsing of a value typed on the command line. Every check returns the value as Companion
keeps it, or raises InvalidSetting naming what is allowed; a message echoes at most a short
excerpt of what was given.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from companion.domain.key_sequence import InvalidKeySequence, normalise_key_sequence
from companion.domain.shift import WEEKDAYS, InvalidShift, parse_ranges, parse_weekdays, read_hours


class InvalidSetting(ValueError):
    """A value a key does not accept; `str()` names the key and what is allowed."""


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str  # dotted path, e.g. "language" or "breaks.micro_interval_minutes"
    default: Any
    allowed: str  # what is allowed, in words, for messages and `config get`
    check: Callable[[Any], Any]  # returns the normalised value or raises InvalidSetting
    parse: Callable[[str], Any]  # turns a command-line string into a value
    # A table whose entries the file checks one by one (a bad one is reported and ignored, the
    # others kept): (name, value) -> the normalised value, or raises InvalidSetting.
    entry: Callable[[str, Any], Any] | None = None


MAX_FILE_BYTES = 256 * 1024  # a settings file is a few hundred bytes; this is far past any real one
MAX_LIST_ITEMS = 1000  # dates off, shift ranges, weekdays: real lists have a few dozen at most
MAX_TEXT_CHARS = 4000  # one value given as text on the command line (eight contacts fit)
EXCERPT_CHARS = 60


def excerpt(value: Any) -> str:
    """A value as it may be echoed in a message: its repr, cut short. A 50 MB value must not
    reach the terminal or the log."""
    text = repr(value)
    if len(text) <= EXCERPT_CHARS:
        return text
    return f"{text[:EXCERPT_CHARS]}… ({len(text):,} characters)"


def _bounded_list(value: Any) -> None:
    if isinstance(value, list) and len(value) > MAX_LIST_ITEMS:
        raise InvalidSetting(f"must hold at most {MAX_LIST_ITEMS} items; got {len(value):,}")


def one_of(*choices: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in choices:
            raise InvalidSetting(f"must be one of {', '.join(choices)}; got {excerpt(value)}")
        return value

    return check


def _whole(low: int, high: int) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidSetting(
                f"must be a whole number from {low} to {high}; got {excerpt(value)}"
            )
        return value

    return check


def check_boolean(value: Any) -> Any:
    if not isinstance(value, bool):
        raise InvalidSetting(f"must be true or false; got {excerpt(value)}")
    return value


def parse_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    raise ValueError(text)


def _parse_int(text: str) -> int:
    if re.fullmatch(r"-?[0-9]+", text.strip()) is None:
        raise ValueError(text)
    return int(text)


_LIST_SEPARATORS = re.compile(r"[,，、;；\s]+")  # commas (full-width too), semicolons, spaces
_AROUND_DASH = re.compile(r"\s*-\s*")  # "09:00 - 12:00" is one range, not three items


def _split_items(text: str) -> list[str]:
    joined = _AROUND_DASH.sub("-", text)
    items = (item.strip().strip("\"'") for item in _LIST_SEPARATORS.split(joined))
    return [item for item in items if item]


def parse_list(text: str) -> list[Any]:
    """A list as typed on the command line: `mon tue`, `mon,tue`, `mon, tue`, or a TOML (or
    JSON) list such as `["mon", "tue"]` or `[2026-10-01]`; `[mon, tue]` is read as words too.
    Each item is checked afterwards by the key's own rule."""
    stripped = text.strip()
    if stripped.startswith("[") or stripped.endswith("]"):
        try:
            value = tomllib.loads(f"value = {stripped}")["value"]
        except tomllib.TOMLDecodeError:
            if not (stripped.startswith("[") and stripped.endswith("]")):
                raise ValueError(text) from None
            return _split_items(stripped[1:-1])
        if not isinstance(value, list):
            raise ValueError(text)
        return value
    return _split_items(stripped)


def _string_list(value: Any) -> list[str]:
    _bounded_list(value)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidSetting(f"must be a list of text values; got {excerpt(value)}")
    return value


_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHORT_WEEKDAYS = ("weds",)  # a usual short form that is not the start of the full name


def _is_weekday(item: str) -> bool:
    """`mon`, `Tues`, `thurs`, `Wednesday`: a weekday's name or the start of one (at least
    three letters), as before; not `mon tue` (read as `mon` once) or `monkey`."""
    name = item.strip().lower()
    if len(name) < 3 or not name.isalpha():
        return False
    return name in _SHORT_WEEKDAYS or any(full.startswith(name) for full in _FULL_WEEKDAYS)


def check_weekdays(value: Any) -> Any:
    for item in _string_list(value):
        if not _is_weekday(item):
            raise InvalidSetting(f"{excerpt(item)} is not a weekday; use {' '.join(WEEKDAYS)}")
    try:
        days = parse_weekdays(_string_list(value))
    except InvalidShift as error:
        raise InvalidSetting(str(error)) from None
    return [WEEKDAYS[day] for day in sorted(days)]


def check_ranges(value: Any) -> Any:
    try:
        return [str(item) for item in parse_ranges(_string_list(value))]
    except InvalidShift as error:
        raise InvalidSetting(str(error)) from None


MAX_PRESETS = 12
PRESET_NAME_LENGTH = 16


def check_preset(name: Any, value: Any) -> list[str]:
    """One named shift: `"早班" = "07:00-15:00"`, also `"9-12, 13:30-18"` or a list of ranges."""
    if not isinstance(name, str) or not name.strip():
        raise InvalidSetting(f"a shift's name must be text; got {excerpt(name)}")
    _contact_text(name, "the shift's name", PRESET_NAME_LENGTH, required=True)
    if not isinstance(value, str | list):
        raise InvalidSetting(f'must be time ranges like "07:00-15:00"; got {excerpt(value)}')
    try:
        if isinstance(value, str):
            return [str(item) for item in read_hours(value)]
        return [str(item) for item in parse_ranges(_string_list(value))]
    except InvalidShift as error:
        raise InvalidSetting(str(error)) from None


def check_presets(value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise InvalidSetting(f'must be a table of name = "time ranges"; got {excerpt(value)}')
    if len(value) > MAX_PRESETS:
        raise InvalidSetting(f"must hold at most {MAX_PRESETS} shifts; got {len(value)}")
    return {name.strip(): check_preset(name, hours) for name, hours in value.items()}


def parse_table(text: str) -> dict[str, Any]:
    """A TOML inline table, as typed on the command line: `{ "早班" = "07:00-15:00" }`."""
    try:
        value = tomllib.loads(f"value = {text.strip()}")["value"]
    except tomllib.TOMLDecodeError:
        raise ValueError(text) from None
    if not isinstance(value, dict):
        raise ValueError(text)
    return value


def check_ranges_by_day(value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise InvalidSetting(f"must be a table of weekday = [time ranges]; got {excerpt(value)}")
    checked: dict[str, list[str]] = {}
    for day, ranges in value.items():
        [name] = check_weekdays([day])
        checked[name] = check_ranges(ranges)
    return checked


def parse_ranges_by_day(text: str) -> dict[str, Any]:
    """`sat=10:00-14:00;sun=09:00-12:00,13:00-17:00`, or a TOML table such as
    `{ sat = ["10:00-14:00"] }`; each day's ranges as any list `parse_list` reads."""
    if text.strip().startswith("{"):
        try:
            value = tomllib.loads(f"value = {text.strip()}")["value"]
        except tomllib.TOMLDecodeError:
            raise ValueError(text) from None
        if not isinstance(value, dict):
            raise ValueError(text)
        return value
    table: dict[str, Any] = {}
    for part in text.split(";"):
        if part.strip():
            day, _, ranges = part.partition("=")
            table[day.strip()] = parse_list(ranges)
    return table


def check_dates(value: Any) -> Any:
    _bounded_list(value)
    if not isinstance(value, list):
        raise InvalidSetting(f"must be a list of dates (YYYY-MM-DD); got {excerpt(value)}")
    checked = set()
    for item in value:
        if isinstance(item, date) and not isinstance(item, datetime):
            checked.add(item)
            continue
        try:
            checked.add(date.fromisoformat(str(item)))
        except ValueError:
            raise InvalidSetting(f"{excerpt(item)} is not a date (YYYY-MM-DD)") from None
    return sorted(checked)


def check_clock_time(value: Any) -> Any:
    """A local time of day as "HH:MM" (24-hour clock)."""
    text = str(value).strip() if isinstance(value, str) else None
    if text is None or len(text) != 5 or text[2] != ":":
        raise InvalidSetting(f"must be a time of day like 10:00; got {excerpt(value)}")
    hours, minutes = text[:2], text[3:]
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise InvalidSetting(f"must be a time of day like 10:00; got {excerpt(value)}")
    return text


MAX_CONTACTS = 8
CONTACT_NAME_LENGTH = 60
CONTACT_HOW_LENGTH = 160
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _contact_text(value: Any, what: str, limit: int, *, required: bool) -> str:
    if not isinstance(value, str):
        raise InvalidSetting(f"{what} must be text; got {excerpt(value)}")
    text = value.strip()
    if required and not text:
        raise InvalidSetting(f"{what} must not be empty")
    if len(text) > limit:
        raise InvalidSetting(f"{what} must be at most {limit} characters; got {len(text)}")
    if _CONTROL.search(text):
        raise InvalidSetting(f"{what} must be one line without control characters")
    return text


def check_contacts(value: Any) -> Any:
    """Where to turn: a list of tables with `name` and `how` (both text, `how` may be empty).
    An empty list means the built-in pointers to the organisation's own contacts."""
    if not isinstance(value, list):
        raise InvalidSetting(f"must be a list of {{ name, how }} tables; got {excerpt(value)}")
    if len(value) > MAX_CONTACTS:
        raise InvalidSetting(f"must hold at most {MAX_CONTACTS} contacts; got {len(value)}")
    checked: list[dict[str, str]] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise InvalidSetting(f"contact {number} must be a table with name and how")
        unknown = sorted(set(item) - {"name", "how"})
        if unknown:
            raise InvalidSetting(f"contact {number} has unknown keys: {', '.join(unknown)}")
        name = _contact_text(
            item.get("name"), f"contact {number} name", CONTACT_NAME_LENGTH, required=True
        )
        how = _contact_text(
            item.get("how", ""), f"contact {number} how", CONTACT_HOW_LENGTH, required=False
        )
        checked.append({"name": name, "how": how})
    return checked


def check_key_sequence(value: Any) -> Any:
    """A global shortcut such as "Ctrl+Alt+M" (canonical form), or "" for none."""
    if not isinstance(value, str):
        raise InvalidSetting(f'must be a key combination like "Ctrl+Alt+M"; got {excerpt(value)}')
    try:
        return normalise_key_sequence(value)
    except InvalidKeySequence as error:
        raise InvalidSetting(str(error)) from None


def check_team_url(value: Any) -> Any:
    """A PostgreSQL URL, or "" for none. Checked for its form only; nothing connects here (the
    check must not load SQLAlchemy in the tray)."""
    if not isinstance(value, str):
        raise InvalidSetting(f"must be text; got {excerpt(value)}")
    text = value.strip()
    if text and re.match(r"^postgres(ql)?(\+psycopg)?://", text) is None:
        raise InvalidSetting('must be a URL like postgresql://user@host:5432/database, or ""')
    if _CONTROL.search(text):
        raise InvalidSetting("must be one line without control characters")
    return text


def check_team_name(value: Any) -> Any:
    return _contact_text(value, "the team name", 60, required=False) if value != "" else ""


def never_preseeded(value: Any) -> Any:
    raise InvalidSetting(
        "is the agent's own choice and cannot be set in the settings file; the agent turns "
        "sharing on in the settings window or with 'companion team share on'"
    )


def parse_contacts(text: str) -> Any:
    """A TOML array of tables: `[{ name = "Team lead", how = "ext. 8001" }]`."""
    try:
        return tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        raise ValueError(text) from None


def setting_spec(
    key: str,
    default: Any,
    allowed: str,
    check: Callable[[Any], Any],
    parse: Any,
    entry: Callable[[str, Any], Any] | None = None,
) -> SettingSpec:
    return SettingSpec(key, default, allowed, check, parse, entry)


def number_spec(key: str, default: int, low: int, high: int, unit: str) -> SettingSpec:
    return setting_spec(
        key,
        default,
        f"a whole number of {unit} from {low} to {high}",
        _whole(low, high),
        _parse_int,
    )
