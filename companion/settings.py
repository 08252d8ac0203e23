"""Settings: one TOML file an administrator can pre-seed; each key checked on its own.

A bad or unknown key is reported and ignored while the rest applies. The file is never rewritten
with defaults: `set` changes one key and keeps everything else, comments included. A file that
is not valid TOML is moved aside and reported, and defaults are used.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.clock import local_now
from companion.domain.key_sequence import (
    DEFAULT_SHORTCUTS,
    InvalidKeySequence,
    normalise_key_sequence,
    shortcut_clash,
)
from companion.domain.language import SETTING_CHOICES
from companion.domain.shift import (
    WEEKDAYS,
    InvalidShift,
    ShiftPlan,
    parse_ranges,
    parse_weekdays,
    read_hours,
)
from companion.files import make_private_dir, write_atomically

if TYPE_CHECKING:
    from companion.domain.breaks import BreakRules

LANGUAGES = SETTING_CHOICES
CHIMES = ("off", "breaks", "breathing")  # breaks.chime
THEMES = ("system", "light", "dark")  # appearance.theme: the desktop's colours, or Companion's
# appearance.contrast: high contrast when the desktop asks for it (auto), always, or never
CONTRASTS = ("auto", "high", "normal")


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


def _choice(*choices: str) -> Callable[[Any], Any]:
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


def _boolean(value: Any) -> Any:
    if not isinstance(value, bool):
        raise InvalidSetting(f"must be true or false; got {excerpt(value)}")
    return value


def _parse_bool(text: str) -> bool:
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


def _parse_list(text: str) -> list[Any]:
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


def _weekdays(value: Any) -> Any:
    for item in _string_list(value):
        if not _is_weekday(item):
            raise InvalidSetting(f"{excerpt(item)} is not a weekday; use {' '.join(WEEKDAYS)}")
    try:
        days = parse_weekdays(_string_list(value))
    except InvalidShift as error:
        raise InvalidSetting(str(error)) from None
    return [WEEKDAYS[day] for day in sorted(days)]


def _ranges(value: Any) -> Any:
    try:
        return [str(item) for item in parse_ranges(_string_list(value))]
    except InvalidShift as error:
        raise InvalidSetting(str(error)) from None


MAX_PRESETS = 12
PRESET_NAME_LENGTH = 16


def _preset(name: Any, value: Any) -> list[str]:
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


def _presets(value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise InvalidSetting(f'must be a table of name = "time ranges"; got {excerpt(value)}')
    if len(value) > MAX_PRESETS:
        raise InvalidSetting(f"must hold at most {MAX_PRESETS} shifts; got {len(value)}")
    return {name.strip(): _preset(name, hours) for name, hours in value.items()}


def _parse_table(text: str) -> dict[str, Any]:
    """A TOML inline table, as typed on the command line: `{ "早班" = "07:00-15:00" }`."""
    try:
        value = tomllib.loads(f"value = {text.strip()}")["value"]
    except tomllib.TOMLDecodeError:
        raise ValueError(text) from None
    if not isinstance(value, dict):
        raise ValueError(text)
    return value


def _ranges_by_day(value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise InvalidSetting(f"must be a table of weekday = [time ranges]; got {excerpt(value)}")
    checked: dict[str, list[str]] = {}
    for day, ranges in value.items():
        [name] = _weekdays([day])
        checked[name] = _ranges(ranges)
    return checked


def _parse_ranges_by_day(text: str) -> dict[str, Any]:
    """`sat=10:00-14:00;sun=09:00-12:00,13:00-17:00`, or a TOML table such as
    `{ sat = ["10:00-14:00"] }`; each day's ranges as any list `_parse_list` reads."""
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
            table[day.strip()] = _parse_list(ranges)
    return table


def _dates(value: Any) -> Any:
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


def _clock_time(value: Any) -> Any:
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


def _contacts(value: Any) -> Any:
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


def _key_sequence(value: Any) -> Any:
    """A global shortcut such as "Ctrl+Alt+M" (canonical form), or "" for none."""
    if not isinstance(value, str):
        raise InvalidSetting(f'must be a key combination like "Ctrl+Alt+M"; got {excerpt(value)}')
    try:
        return normalise_key_sequence(value)
    except InvalidKeySequence as error:
        raise InvalidSetting(str(error)) from None


def _team_url(value: Any) -> Any:
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


def _team_name(value: Any) -> Any:
    return _contact_text(value, "the team name", 60, required=False) if value != "" else ""


def _never_preseeded(value: Any) -> Any:
    raise InvalidSetting(
        "is the agent's own choice and cannot be set in the settings file; the agent turns "
        "sharing on in the settings window or with 'companion team share on'"
    )


def _parse_contacts(text: str) -> Any:
    """A TOML array of tables: `[{ name = "Team lead", how = "ext. 8001" }]`."""
    try:
        return tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        raise ValueError(text) from None


def _spec(
    key: str,
    default: Any,
    allowed: str,
    check: Callable[[Any], Any],
    parse: Any,
    entry: Callable[[str, Any], Any] | None = None,
) -> SettingSpec:
    return SettingSpec(key, default, allowed, check, parse, entry)


def _number(key: str, default: int, low: int, high: int, unit: str) -> SettingSpec:
    return _spec(
        key,
        default,
        f"a whole number of {unit} from {low} to {high}",
        _whole(low, high),
        _parse_int,
    )


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        _spec("language", "system", "system, zh_CN or en", _choice(*LANGUAGES), str),
        _spec(
            "appearance.theme",
            "system",
            "system (the desktop's colours), light or dark",
            _choice(*THEMES),
            str,
        ),
        _spec(
            "appearance.contrast",
            "auto",
            "auto (high contrast when the desktop asks for it), high or normal",
            _choice(*CONTRASTS),
            str,
        ),
        _spec(
            "shift.days",
            ["mon", "tue", "wed", "thu", "fri"],
            'weekdays, e.g. ["mon", "tue"] (mon tue wed thu fri sat sun)',
            _weekdays,
            _parse_list,
        ),
        _spec(
            "shift.hours",
            ["09:00-18:00"],
            'time ranges, e.g. ["09:00-12:00", "13:00-18:00"]; 22:00-06:00 runs overnight',
            _ranges,
            _parse_list,
        ),
        _spec(
            "shift.hours_by_day",
            {},
            'a table of weekday = time ranges, e.g. { sat = ["10:00-14:00"] }',
            _ranges_by_day,
            _parse_ranges_by_day,
        ),
        _spec(
            "shift.presets",
            {},
            f'at most {MAX_PRESETS} named shifts, e.g. {{ "早班" = "07:00-15:00", '
            '"中班" = "11:00-19:00" }; each offered as one click in the welcome and the settings',
            _presets,
            _parse_table,
            _preset,
        ),
        _spec("shift.days_off", [], "dates, e.g. [2026-10-01, 2026-10-02]", _dates, _parse_list),
        _spec("shift.extra_days", [], "dates, e.g. [2026-09-27]", _dates, _parse_list),
        _number("breaks.micro_interval_minutes", 25, 5, 120, "minutes"),
        _number("breaks.micro_seconds", 40, 20, 120, "seconds"),
        _number("breaks.long_interval_minutes", 100, 30, 480, "minutes"),
        _number("breaks.long_minutes", 5, 3, 15, "minutes"),
        _number("breaks.notice_seconds", 30, 5, 120, "seconds"),
        _number("breaks.postpone_minutes", 5, 1, 30, "minutes"),
        _number("breaks.max_postpones", 3, 0, 10, "postpones"),
        _spec("breaks.dim_screen", False, "true or false", _boolean, _parse_bool),
        # A screen reader says each breath of a break's circle ("Breathe in", "Breathe out"):
        # asked for, since it speaks every few seconds; the break's start and time left are
        # said either way.
        _spec("breaks.speak_breathing", False, "true or false", _boolean, _parse_bool),
        # A break starts only after this long without keyboard or mouse input ...
        _number("breaks.quiet_seconds", 3, 1, 30, "seconds"),
        # ... waiting this long for such a pause, then it stays a gentle offer.
        _number("breaks.wait_minutes", 2, 1, 30, "minutes"),
        _spec(
            "breaks.chime",
            "off",
            "off, breaks (a soft chime as a break starts and ends) or breathing (also at each "
            "breathing phase)",
            _choice(*CHIMES),
            str,
        ),
        _number("calls.auto_end_minutes", 60, 5, 240, "minutes"),
        _spec("calls.offer_mood_log", False, "true or false", _boolean, _parse_bool),
        _spec("calls.detect_microphone", True, "true or false", _boolean, _parse_bool),
        _spec("reframing.offer_after_log", True, "true or false", _boolean, _parse_bool),
        _number("reframing.offer_from_stress", 7, 1, 10, "stress points"),
        _spec("checkin.enabled", True, "true or false", _boolean, _parse_bool),
        _spec(
            "checkin.day",
            "mon",
            "a weekday: mon tue wed thu fri sat sun",
            _choice(*WEEKDAYS),
            str,
        ),
        _spec("checkin.time", "10:00", "a time of day, e.g. 10:00", _clock_time, str),
        _spec("summary.at_shift_end", True, "true or false", _boolean, _parse_bool),
        _spec("reminders.log_after_shift", True, "true or false", _boolean, _parse_bool),
        _number("reminders.log_after_minutes", 15, 5, 120, "minutes"),
        # Written to the login entry when changed; that entry, not this, is what counts.
        _spec("startup.at_login", False, "true or false", _boolean, _parse_bool),
        _spec(
            "help.contacts",
            [],
            f"a list of at most {MAX_CONTACTS} tables, e.g. "
            '[{ name = "Team lead", how = "ext. 8001" }]; [] shows the built-in pointers',
            _contacts,
            _parse_contacts,
        ),
        _spec(
            "team.url",
            "",
            'a PostgreSQL URL, e.g. "postgresql://agent7@team.example.com/companion'
            '?sslmode=verify-full"; "" for none',
            _team_url,
            str,
        ),
        _spec("team.name", "", "the team's name, at most 60 characters", _team_name, str),
        # Consent is never a setting: an administrator's `team.share = true` is reported and
        # ignored; sharing is turned on by the agent (`companion team share on`).
        _spec("team.share", False, "not a setting (the agent's choice)", _never_preseeded, str),
        *(
            _spec(
                key,
                default,
                f'a key combination, e.g. "{default}" (Ctrl, Alt, Shift, Meta and a letter, '
                'digit, F1-F24 or named key); "" turns the shortcut off',
                _key_sequence,
                str,
            )
            for key, default in DEFAULT_SHORTCUTS.items()
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

    def shift_plan(self) -> ShiftPlan:
        by_day = self.get("shift.hours_by_day")
        return ShiftPlan(
            days=parse_weekdays(self.get("shift.days")),
            hours=parse_ranges(self.get("shift.hours")),
            hours_by_day={WEEKDAYS.index(day): parse_ranges(r) for day, r in by_day.items()},
            days_off=frozenset(self.get("shift.days_off")),
            extra_days=frozenset(self.get("shift.extra_days")),
        )

    def break_rules(self) -> BreakRules:
        from companion.domain.breaks import BreakRules  # not needed before the tray shows

        return BreakRules(
            micro_interval=timedelta(minutes=self.get("breaks.micro_interval_minutes")),
            micro_length=timedelta(seconds=self.get("breaks.micro_seconds")),
            long_interval=timedelta(minutes=self.get("breaks.long_interval_minutes")),
            long_length=timedelta(minutes=self.get("breaks.long_minutes")),
            notice=timedelta(seconds=self.get("breaks.notice_seconds")),
            postpone=timedelta(minutes=self.get("breaks.postpone_minutes")),
            max_postpones=self.get("breaks.max_postpones"),
            call_auto_end=timedelta(minutes=self.get("calls.auto_end_minutes")),
            quiet=timedelta(seconds=self.get("breaks.quiet_seconds")),
            wait_bound=timedelta(minutes=self.get("breaks.wait_minutes")),
        )


MAX_DEPTH = 4  # keys are at most two levels deep (shift.hours_by_day.sat): deeper is unknown


def _flatten(table: Mapping[str, Any], prefix: str = "", depth: int = 0) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping) and key not in SPECS and depth < MAX_DEPTH:
            flat.update(_flatten(value, prefix=f"{key}.", depth=depth + 1))
        else:
            flat[key] = value
    return flat


def _set_aside(path: Path) -> Path:
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.invalid-{stamp}")
    counter = 1
    while aside.exists():  # never overwrite a file kept aside earlier
        counter += 1
        aside = path.with_name(f"{path.name}.invalid-{stamp}-{counter}")
    path.replace(aside)
    return aside


class InvalidFile(ValueError):
    """The settings file as a whole cannot be used; `str()` says why, quoting none of it."""


def read_bounded(path: Path) -> bytes:
    """The file's bytes, but never more than one past MAX_FILE_BYTES: enough for `read_table`
    to tell a file that is too large, without reading all of it. Raises OSError."""
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def read_table(raw: bytes) -> dict[str, Any]:
    """The TOML table in `raw`, read as UTF-8 with or without a byte-order mark (Notepad writes
    one). Too large, not UTF-8, not TOML or nested past reason: InvalidFile."""
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidFile(
            f"it is larger than {MAX_FILE_BYTES // 1024} KB, far past any settings file"
        )
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InvalidFile(f"it is not UTF-8 text (byte {error.start})") from None
    except tomllib.TOMLDecodeError as error:
        raise InvalidFile(f"it is not valid TOML ({error})") from None
    except RecursionError:
        raise InvalidFile("it is not valid TOML (nested too deeply)") from None


def load_settings(path: Path, *, set_aside_invalid: bool = True) -> Settings:
    """Read the settings file; never raises for bad content, reports it in `problems`. A file
    that cannot be used at all is kept aside (renamed) when `set_aside_invalid`, so that the
    next save starts afresh; read-only callers (`config get`) leave it where it is."""
    settings = Settings()
    try:
        raw = read_bounded(path)
    except FileNotFoundError:
        return settings
    except OSError as error:
        settings.problems.append(f"{path}: cannot be read ({error.strerror}); using defaults")
        return settings
    try:
        table = read_table(raw)
        values = _flatten(table)
    except (InvalidFile, RecursionError) as error:
        kept = "left in place"
        if set_aside_invalid:
            with contextlib.suppress(OSError):  # it stays where it is
                kept = f"kept as {_set_aside(path)}"
        settings.problems.append(f"{path}: {error}; it was {kept}; using defaults")
        return settings
    for key, value in values.items():
        spec = SPECS.get(key)
        if spec is None:
            settings.problems.append(f"{path}: unknown key {excerpt(key)} ignored")
            continue
        if spec.entry is not None and isinstance(value, Mapping):
            settings.values[key] = _entries(path, spec, value, settings.problems)
            continue
        try:
            settings.values[key] = spec.check(value)
        except InvalidSetting as error:
            settings.problems.append(
                f"{path}: {key} {error}; allowed: {spec.allowed}; using {spec.default!r}"
            )
    _drop_shortcut_clashes(path, settings)
    return settings


def _entries(path: Path, spec: SettingSpec, table: Mapping[str, Any], problems: list[str]) -> Any:
    """A table's entries, each checked on its own: the good ones kept, each bad one reported."""
    assert spec.entry is not None
    kept: dict[str, Any] = {}
    for name, value in table.items():
        try:
            if len(kept) >= MAX_PRESETS:
                raise InvalidSetting(f"is one too many; at most {MAX_PRESETS}")
            kept[name.strip()] = spec.entry(name, value)
        except InvalidSetting as error:
            problems.append(f"{path}: {spec.key}.{excerpt(name)} {error}; ignored")
    return kept


def break_intervals_problem(micro_minutes: int, long_minutes: int) -> str | None:
    """Why these break intervals don't work together, or None: a long break more often than a
    micro-break would leave no micro-break at all."""
    if long_minutes < micro_minutes:
        return (
            f"breaks.long_interval_minutes ({long_minutes}) is shorter than "
            f"breaks.micro_interval_minutes ({micro_minutes}); a long break can't come more "
            "often than a micro-break, so no micro-break would ever be offered"
        )
    return None


def shortcut_problem(settings: Settings, key: str, value: Any) -> str | None:
    """Why global shortcut `key` can't be `value` beside the others in force (another key has
    the same combination), or None."""
    if key not in DEFAULT_SHORTCUTS:
        return None
    others = {other: settings.get(other) for other in DEFAULT_SHORTCUTS if other != key}
    clash = shortcut_clash({key: value, **others})
    if clash is None:
        return None
    _first, other, combo = clash
    return (
        f"{combo} is already the shortcut of {other}; give each shortcut its own keys "
        f'(or first set {other} to another combination, or "" for none)'
    )


def _drop_shortcut_clashes(path: Path, settings: Settings) -> None:
    """Two shortcuts in the file with the same keys: the later one is turned off, and said."""
    held: dict[str, str] = {}
    for key in DEFAULT_SHORTCUTS:
        sequence = settings.get(key)
        clash = shortcut_clash({**held, key: sequence})
        if clash is not None:
            settings.values[key] = ""
            settings.problems.append(
                f"{path}: {key} {clash[2]} is already the shortcut of {clash[0]}; "
                f"{key} is off until it has keys of its own"
            )
            continue
        held[key] = sequence


def check_together(settings: Settings, key: str, value: Any) -> None:
    """Raise InvalidSetting when `key` = `value` does not fit the other settings in force."""
    problem = shortcut_problem(settings, key, value)
    if problem is not None:
        raise InvalidSetting(problem)
    if key in ("breaks.micro_interval_minutes", "breaks.long_interval_minutes"):
        micro = value if key == "breaks.micro_interval_minutes" else None
        long = value if key == "breaks.long_interval_minutes" else None
        problem = break_intervals_problem(
            micro if micro is not None else settings.get("breaks.micro_interval_minutes"),
            long if long is not None else settings.get("breaks.long_interval_minutes"),
        )
        if problem is not None:
            other = (
                "breaks.long_interval_minutes"
                if key == "breaks.micro_interval_minutes"
                else "breaks.micro_interval_minutes"
            )
            raise InvalidSetting(f"{problem}; change {other} first, or choose another value")


def parse_value(key: str, text: str) -> Any:
    """The value of `key` given as text on the command line, checked."""
    spec = SPECS.get(key)
    if spec is None:
        raise InvalidSetting(f"unknown key {excerpt(key)}; known keys: {', '.join(SPECS)}")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidSetting(
            f"{key}: the value is {len(text):,} characters; at most {MAX_TEXT_CHARS:,}"
        )
    try:
        value = spec.parse(text)
    except ValueError:
        raise InvalidSetting(
            f"{key}: {excerpt(text)} is not allowed; allowed: {spec.allowed}"
        ) from None
    try:
        checked = spec.check(value)
    except InvalidSetting as error:
        raise InvalidSetting(f"{key} {error}; allowed: {spec.allowed}") from None
    if key == "team.url":
        from companion.team.credentials import has_password

        if has_password(checked):
            raise InvalidSetting(
                "team.url must not hold a password: a command line is visible to every user "
                "of this computer (ps). Set the URL without it, then keep the password with "
                "'companion team password', which reads it from standard input"
            )
    return checked


def save_setting(path: Path, key: str, value: Any) -> None:
    """Write one key, keeping the rest of the file (comments and layout) as it is."""
    import tomlkit

    spec = SPECS[key]
    value = spec.check(value)
    try:
        raw = read_bounded(path)
        read_table(raw)  # size, encoding, nesting: checked before tomlkit reads it
        document = tomlkit.parse(raw.decode("utf-8-sig"))
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
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        tables = tomlkit.aot()  # written as [[help.contacts]] blocks, as an administrator would
        for item in value:
            table = tomlkit.table()
            table.update(item)
            tables.append(table)
        tables[-1].add(tomlkit.nl())  # keeps a blank line before whatever follows
        value = tables
    container[name] = value
    make_private_dir(path.parent)
    write_atomically(path, tomlkit.dumps(document).encode("utf-8"))


def keys_in_file(path: Path) -> frozenset[str] | None:
    """Every key `path` sets, valid or not (none when there is no file); None when it cannot be
    read as TOML, so that it is left alone."""
    try:
        table = read_table(read_bounded(path))
        return frozenset(_flatten(table))
    except FileNotFoundError:
        return frozenset()
    except (OSError, InvalidFile, RecursionError):
        return None
