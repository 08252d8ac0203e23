"""Settings: one TOML file an administrator can pre-seed; each key checked on its own.

A bad or unknown key is reported and ignored while the rest applies. The file is never rewritten
with defaults: `set` changes one key and keeps everything else, comments included. A file that
is not valid TOML is moved aside and reported, and defaults are used.
"""

from __future__ import annotations

import contextlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.clock import local_now
from companion.domain.key_sequence import DEFAULT_SHORTCUTS, shortcut_clash
from companion.domain.language import SETTING_CHOICES
from companion.domain.shift import (
    WEEKDAYS,
    ShiftPlan,
    parse_ranges,
    parse_weekdays,
)
from companion.files import make_private_dir, write_atomically
from companion.settings.checks import (
    CONTACT_HOW_LENGTH,
    CONTACT_NAME_LENGTH,
    MAX_CONTACTS,
    MAX_FILE_BYTES,
    MAX_PRESETS,
    MAX_TEXT_CHARS,
    InvalidSetting,
    SettingSpec,
    check_boolean,
    check_clock_time,
    check_contacts,
    check_dates,
    check_key_sequence,
    check_preset,
    check_presets,
    check_ranges,
    check_ranges_by_day,
    check_team_name,
    check_team_url,
    check_weekdays,
    excerpt,
    never_preseeded,
    number_spec,
    one_of,
    parse_bool,
    parse_contacts,
    parse_list,
    parse_ranges_by_day,
    parse_table,
    setting_spec,
)

__all__ = [
    "CHIMES",
    "CONTACT_HOW_LENGTH",
    "CONTACT_NAME_LENGTH",
    "CONTRASTS",
    "LANGUAGES",
    "MAX_CONTACTS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_PRESETS",
    "MAX_TEXT_CHARS",
    "SPECS",
    "THEMES",
    "InvalidFile",
    "InvalidSetting",
    "SettingSpec",
    "Settings",
    "break_intervals_problem",
    "check_together",
    "excerpt",
    "keys_in_file",
    "load_settings",
    "parse_value",
    "read_bounded",
    "read_table",
    "save_setting",
    "shortcut_problem",
]

if TYPE_CHECKING:
    from companion.domain.breaks import BreakRules

LANGUAGES = SETTING_CHOICES
CHIMES = ("off", "breaks", "breathing")  # breaks.chime
THEMES = ("system", "light", "dark")  # appearance.theme: the desktop's colours, or Companion's
# appearance.contrast: high contrast when the desktop asks for it (auto), always, or never
CONTRASTS = ("auto", "high", "normal")


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        setting_spec("language", "system", "system, zh_CN or en", one_of(*LANGUAGES), str),
        setting_spec(
            "appearance.theme",
            "system",
            "system (the desktop's colours), light or dark",
            one_of(*THEMES),
            str,
        ),
        setting_spec(
            "appearance.contrast",
            "auto",
            "auto (high contrast when the desktop asks for it), high or normal",
            one_of(*CONTRASTS),
            str,
        ),
        setting_spec(
            "shift.days",
            ["mon", "tue", "wed", "thu", "fri"],
            'weekdays, e.g. ["mon", "tue"] (mon tue wed thu fri sat sun)',
            check_weekdays,
            parse_list,
        ),
        setting_spec(
            "shift.hours",
            ["09:00-18:00"],
            'time ranges, e.g. ["09:00-12:00", "13:00-18:00"]; 22:00-06:00 runs overnight',
            check_ranges,
            parse_list,
        ),
        setting_spec(
            "shift.hours_by_day",
            {},
            'a table of weekday = time ranges, e.g. { sat = ["10:00-14:00"] }',
            check_ranges_by_day,
            parse_ranges_by_day,
        ),
        setting_spec(
            "shift.presets",
            {},
            f'at most {MAX_PRESETS} named shifts, e.g. {{ "早班" = "07:00-15:00", '
            '"中班" = "11:00-19:00" }; each offered as one click in the welcome and the settings',
            check_presets,
            parse_table,
            check_preset,
        ),
        setting_spec(
            "shift.days_off", [], "dates, e.g. [2026-10-01, 2026-10-02]", check_dates, parse_list
        ),
        setting_spec("shift.extra_days", [], "dates, e.g. [2026-09-27]", check_dates, parse_list),
        number_spec("breaks.micro_interval_minutes", 25, 5, 120, "minutes"),
        number_spec("breaks.micro_seconds", 40, 20, 120, "seconds"),
        number_spec("breaks.long_interval_minutes", 100, 30, 480, "minutes"),
        number_spec("breaks.long_minutes", 5, 3, 15, "minutes"),
        number_spec("breaks.notice_seconds", 30, 5, 120, "seconds"),
        number_spec("breaks.postpone_minutes", 5, 1, 30, "minutes"),
        number_spec("breaks.max_postpones", 3, 0, 10, "postpones"),
        setting_spec("breaks.dim_screen", False, "true or false", check_boolean, parse_bool),
        # A screen reader says each breath of a break's circle ("Breathe in", "Breathe out"):
        # asked for, since it speaks every few seconds; the break's start and time left are
        # said either way.
        setting_spec("breaks.speak_breathing", False, "true or false", check_boolean, parse_bool),
        # A break starts only after this long without keyboard or mouse input ...
        number_spec("breaks.quiet_seconds", 3, 1, 30, "seconds"),
        # ... waiting this long for such a pause, then it stays a gentle offer.
        number_spec("breaks.wait_minutes", 2, 1, 30, "minutes"),
        setting_spec(
            "breaks.chime",
            "off",
            "off, breaks (a soft chime as a break starts and ends) or breathing (also at each "
            "breathing phase)",
            one_of(*CHIMES),
            str,
        ),
        number_spec("calls.auto_end_minutes", 60, 5, 240, "minutes"),
        setting_spec("calls.offer_mood_log", False, "true or false", check_boolean, parse_bool),
        setting_spec("calls.detect_microphone", True, "true or false", check_boolean, parse_bool),
        setting_spec("reframing.offer_after_log", True, "true or false", check_boolean, parse_bool),
        number_spec("reframing.offer_from_stress", 7, 1, 10, "stress points"),
        setting_spec("checkin.enabled", True, "true or false", check_boolean, parse_bool),
        setting_spec(
            "checkin.day",
            "mon",
            "a weekday: mon tue wed thu fri sat sun",
            one_of(*WEEKDAYS),
            str,
        ),
        setting_spec("checkin.time", "10:00", "a time of day, e.g. 10:00", check_clock_time, str),
        setting_spec("summary.at_shift_end", True, "true or false", check_boolean, parse_bool),
        setting_spec("reminders.log_after_shift", True, "true or false", check_boolean, parse_bool),
        number_spec("reminders.log_after_minutes", 15, 5, 120, "minutes"),
        # Written to the login entry when changed; that entry, not this, is what counts.
        setting_spec("startup.at_login", False, "true or false", check_boolean, parse_bool),
        setting_spec(
            "help.contacts",
            [],
            f"a list of at most {MAX_CONTACTS} tables, e.g. "
            '[{ name = "Team lead", how = "ext. 8001" }]; [] shows the built-in pointers',
            check_contacts,
            parse_contacts,
        ),
        setting_spec(
            "team.url",
            "",
            'a PostgreSQL URL, e.g. "postgresql://agent7@team.example.com/companion'
            '?sslmode=verify-full"; "" for none',
            check_team_url,
            str,
        ),
        setting_spec(
            "team.name", "", "the team's name, at most 60 characters", check_team_name, str
        ),
        # Consent is never a setting: an administrator's `team.share = true` is reported and
        # ignored; sharing is turned on by the agent (`companion team share on`).
        setting_spec(
            "team.share", False, "not a setting (the agent's choice)", never_preseeded, str
        ),
        *(
            setting_spec(
                key,
                default,
                f'a key combination, e.g. "{default}" (Ctrl, Alt, Shift, Meta and a letter, '
                'digit, F1-F24 or named key); "" turns the shortcut off',
                check_key_sequence,
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
