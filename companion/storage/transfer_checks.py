"""Checking an export document, record by record, before anything of it is stored.

Every value passes the rules the app itself uses (companion.domain.mood, companion.domain.thoughts,
companion.domain.goals, the break codes the database accepts, companion.settings). A refusal
names the key at fault, as a path into the document: `mood_entries[3].stress: must be from 0 to
10, got 11`. Times are taken as the computer that wrote them had them: one later than now here
(another computer's clock ran ahead) is kept, never refused, and one as early as 1970 (a clock
reset) too; only a mood entry's own time keeps the app's bound of the year 2000, since the app
never writes an earlier one.
"""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from companion.domain.breaks import KINDS, OUTCOMES, BreakRecord
from companion.domain.checkin import CheckIn, score_who5
from companion.domain.goals import (
    GOALS,
    OWN,
    InvalidGoal,
    check_call_types,
    check_goal,
    check_label,
)
from companion.domain.mood import (
    EARLIEST_ENTRY,
    InvalidMood,
    MoodEntry,
    Problem,
    make_mood_input,
)
from companion.domain.thoughts import (
    EmotionRating,
    Evidence,
    ExerciseUse,
    InvalidThought,
    ThoughtRecord,
    check_exercise,
    check_record,
)
from companion.settings import SPECS, InvalidSetting
from companion.storage.batch import DifficultMark, GoalTick, StoredBreak, StoredGoal
from companion.storage.columns import EXERCISE_COLUMNS, THOUGHT_COLUMNS

FORMAT = "companion-export"
# 2: a break may be `cut_short` (going back to the keyboard ended it). A Companion that reads
# only 1 refuses a 2 as newer (update Companion) instead of calling its breaks damaged.
# 3: the goals of *My plan* (the own goal's text too), the own goal's ticks and the call types
# marked as difficult travel as well. Versions 1 and 2, which lack them, still import.
VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
HEADER_KEYS = ("format", "version", "created_at")
RECORD_KINDS_V2 = ("mood_entries", "thought_records", "exercises", "breaks", "check_ins")
GOAL_KINDS = ("goals", "goal_ticks", "difficult_call_types")
RECORD_KINDS = (*RECORD_KINDS_V2, *GOAL_KINDS)  # what this version writes, in its order


def record_kinds(version: int) -> tuple[str, ...]:
    """The kinds of record an export of `version` holds."""
    return RECORD_KINDS if version >= 3 else RECORD_KINDS_V2


def top_keys(version: int) -> tuple[str, ...]:
    return (*HEADER_KEYS, *record_kinds(version), "settings")


TOP_KEYS = top_keys(VERSION)
MOOD_KEYS = ("id", "at", "stress", "emotions", "category", "note", "created_at", "updated_at")
THOUGHT_KEYS = THOUGHT_COLUMNS  # an export's records carry the store's column names
RATING_KEYS = ("emotion", "intensity")
EVIDENCE_KEYS = ("distortion", "evidence_for", "evidence_against")
EXERCISE_KEYS = EXERCISE_COLUMNS
BREAK_KEYS = ("id", "kind", "due", "shown", "outcome", "postponed", "seconds", "created_at")
CHECK_IN_KEYS = ("id", "at", "instrument", "answers", "raw")
GOAL_KEYS = ("code", "target", "since", "updated_at", "label")
GOAL_TICK_KEYS = ("id", "code", "at")
DIFFICULT_KEYS = ("category", "since")
RECORD_KEYS: dict[str, tuple[str, ...]] = {
    "mood_entries": MOOD_KEYS,
    "thought_records": THOUGHT_KEYS,
    "exercises": EXERCISE_KEYS,
    "breaks": BREAK_KEYS,
    "check_ins": CHECK_IN_KEYS,
    "goals": GOAL_KEYS,
    "goal_ticks": GOAL_TICK_KEYS,
    "difficult_call_types": DIFFICULT_KEYS,
}
INSTRUMENTS = ("who5",)
ImportProblem = Literal["unreadable", "not_json", "foreign", "newer", "damaged"]
# No computer's clock reads earlier than this (a clock reset goes back to 1970 at most); any
# later time is one a clock may have said, and is kept as it was written.
EARLIEST_CLOCK = datetime(1970, 1, 1, tzinfo=UTC)
NO_LATER_BOUND = datetime.max.replace(tzinfo=UTC)
# A time this late cannot be shown in every time zone (a clock set to 9999 would be the only
# way to write one): the one upper bound, far from any real clock's error.
LAST_KEEPABLE = datetime(9999, 1, 1, tzinfo=UTC)
LARGEST = 2**31 - 1  # counts beyond this are not plausible (and SQLite stops at 2**63)

# Which key of a mood entry each refusal of companion.domain.mood is about.
_MOOD_KEY = {
    Problem.STRESS_NOT_INTEGER: "stress",
    Problem.STRESS_OUT_OF_RANGE: "stress",
    Problem.UNKNOWN_EMOTION: "emotions",
    Problem.UNKNOWN_CATEGORY: "category",
    Problem.NOTE_TOO_LONG: "note",
    Problem.NOTE_CONTROL_CHARACTER: "note",
    Problem.NOTE_NOT_TEXT: "note",
    Problem.TIME_NAIVE: "at",
    Problem.TIME_IN_FUTURE: "at",
    Problem.TIME_TOO_EARLY: "at",
}


class InvalidImport(ValueError):
    """A document that cannot be imported; `str()` names the line or the key at fault, and
    `kind` says what sort of file it is, for a window to say in the person's language:

    - `unreadable`: the file could not be read (missing, no permission, too large);
    - `not_json`: not JSON text (another kind of file, or an export cut short);
    - `foreign`: JSON, but not a Companion export;
    - `newer`: an export of a newer version than this Companion reads;
    - `damaged`: a Companion export with a value the app would never have written.
    """

    def __init__(self, message: str, kind: ImportProblem = "damaged") -> None:
        super().__init__(message)
        self.kind: ImportProblem = kind


def describe(value: object) -> str:
    """A JSON value in a few characters, for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return _printable(json.dumps(shown, ensure_ascii=False))
    return "a list" if isinstance(value, list) else "an object"


def _printable(text: str) -> str:
    """`text` with every character that is not printable (line breaks of any kind, controls) as
    an escape, so that a message stays one line whatever the file holds."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def _year(moment: datetime) -> str:
    return f"the year {moment.year}"


def _path(where: str, key: str) -> str:
    shown = key if key.isprintable() and key.strip() == key and key else describe(key)
    return f"{where}.{shown}" if where else shown


class Fields:
    """One JSON object of the document, at `where` (e.g. `mood_entries[3]`), read key by key.

    It must have exactly `keys`: a missing or an unknown key is refused by name."""

    def __init__(self, value: object, where: str, keys: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            raise InvalidImport(
                f"{where or 'the document'}: must be an object, got {describe(value)}"
            )
        for key in value:
            if key not in keys:
                raise InvalidImport(f"{_path(where, str(key))}: unknown key")
        for key in keys:
            if key not in value:
                raise InvalidImport(f"{_path(where, key)}: missing")
        self.values: dict[str, object] = value
        self.where = where

    def fail(self, key: str, message: str) -> InvalidImport:
        return InvalidImport(f"{_path(self.where, key)}: {message}")

    def raw(self, key: str) -> object:
        return self.values[key]

    def is_null(self, key: str) -> bool:
        return self.values[key] is None

    def text(self, key: str) -> str:
        value = self.values[key]
        if not isinstance(value, str):
            raise self.fail(key, f"must be text, got {describe(value)}")
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.is_null(key) else self.text(key)

    def whole(self, key: str, low: int = 0, high: int = LARGEST) -> int:
        value = self.values[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                key, f"must be a whole number from {low} to {high}, got {describe(value)}"
            )
        return value

    def optional_whole(self, key: str, low: int = 0, high: int = LARGEST) -> int | None:
        return None if self.is_null(key) else self.whole(key, low, high)

    def optional_number(self, key: str) -> float | None:
        value = self.values[key]
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"must be a number or null, got {describe(value)}")
        if not math.isfinite(value):
            raise self.fail(key, f"must be a finite number, got {describe(value)}")
        return float(value)

    def flag(self, key: str) -> bool:
        value = self.values[key]
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, got {describe(value)}")
        return value

    def ident(self, key: str) -> uuid.UUID:
        value = self.values[key]
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return uuid.UUID(value)
        except ValueError:
            raise self.fail(key, f"must be a UUID, got {describe(value)}") from None

    def optional_ident(self, key: str) -> uuid.UUID | None:
        return None if self.is_null(key) else self.ident(key)

    def moment(self, key: str, earliest: datetime = EARLIEST_CLOCK) -> datetime:
        """An ISO 8601 time with its offset, e.g. 2026-11-23T06:30:00+00:00, in UTC. Any time
        from `earliest` on: a later one than now here is kept (clocks differ)."""
        value = self.values[key]
        example = "an ISO 8601 time with an offset, e.g. 2026-11-23T06:30:00+00:00"
        if not isinstance(value, str):
            raise self.fail(key, f"must be {example}, got {describe(value)}")
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"must be {example}, got {describe(value)}") from None
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise self.fail(key, f"must carry an offset, e.g. +00:00, got {describe(value)}")
        try:
            moment = moment.astimezone(UTC)
        except OverflowError:
            moment = LAST_KEEPABLE
        if moment >= LAST_KEEPABLE:
            raise self.fail(key, f"is not a time Companion can keep, got {describe(value)}")
        if moment < earliest:
            raise self.fail(key, f"is before {_year(earliest)}, got {describe(value)}")
        return moment

    def optional_moment(self, key: str) -> datetime | None:
        return None if self.is_null(key) else self.moment(key)

    def items(self, key: str) -> list[object]:
        value = self.values[key]
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list, got {describe(value)}")
        return value

    def objects(self, key: str, keys: tuple[str, ...]) -> list[Fields]:
        where = _path(self.where, key)
        return [Fields(item, f"{where}[{n}]", keys) for n, item in enumerate(self.items(key))]

    def texts(self, key: str) -> list[str]:
        found = self.items(key)
        for n, item in enumerate(found):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{n}]", f"must be text, got {describe(item)}")
        return [str(item) for item in found]

    def text_map(self, key: str) -> dict[str, str]:
        value = self.values[key]
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise self.fail(key, f"must be an object of texts, got {describe(value)}")
        return {str(name): str(text) for name, text in value.items()}


# -- one record of each kind ---------------------------------------------------------------


def check_mood(fields: Fields) -> MoodEntry:
    emotions = fields.texts("emotions")
    try:
        values = make_mood_input(
            at=fields.moment("at", EARLIEST_ENTRY),
            now=NO_LATER_BOUND,  # a time after now here is another clock's now: kept
            stress=fields.raw("stress"),
            emotions=emotions,
            category=fields.optional_text("category"),
            note=fields.optional_text("note"),
        )
    except InvalidMood as error:
        key = _MOOD_KEY[error.problem]
        message = str(error).removeprefix(f"{key} ")
        raise fields.fail(key, message) from None
    return MoodEntry(
        id=fields.ident("id"),
        at=values.at,
        stress=values.stress,
        emotions=tuple(dict.fromkeys(emotions)),  # as they were stored (and written)
        category=values.category,
        note=values.note,
        created_at=fields.moment("created_at"),
        updated_at=fields.moment("updated_at"),
    )


def _ratings(fields: Fields, key: str) -> tuple[EmotionRating, ...]:
    return tuple(
        EmotionRating(item.text("emotion"), item.whole("intensity", 0, 100))
        for item in fields.objects(key, RATING_KEYS)
    )


def check_thought(fields: Fields) -> ThoughtRecord:
    record = ThoughtRecord(
        id=fields.ident("id"),
        created_at=fields.moment("created_at"),
        updated_at=fields.moment("updated_at"),
        automatic_thought=fields.text("automatic_thought"),
        situation=fields.text("situation"),
        emotions_before=_ratings(fields, "emotions_before"),
        distortions=tuple(fields.texts("distortions")),
        evidence=tuple(
            Evidence(
                item.text("distortion"), item.text("evidence_for"), item.text("evidence_against")
            )
            for item in fields.objects("evidence", EVIDENCE_KEYS)
        ),
        balanced_thought=fields.text("balanced_thought"),
        belief=fields.optional_whole("belief", 0, 100),
        emotions_after=_ratings(fields, "emotions_after"),
        is_draft=fields.flag("is_draft"),
        step=fields.whole("step", 0, 100),
        mood_entry_id=fields.optional_ident("mood_entry_id"),
    )
    try:
        return check_record(record)
    except InvalidThought as error:
        raise InvalidImport(f"{fields.where}.{error}") from None


def check_exercise_use(fields: Fields) -> ExerciseUse:
    use = ExerciseUse(
        id=fields.ident("id"),
        kind=fields.text("kind"),
        started_at=fields.moment("started_at"),
        finished_at=fields.optional_moment("finished_at"),
        distress_before=fields.optional_number("distress_before"),
        distress_after=fields.optional_number("distress_after"),
        thought_record_id=fields.optional_ident("thought_record_id"),
        details=fields.text("details"),
        extra=fields.text_map("extra"),
    )
    try:
        return check_exercise(use)
    except InvalidThought as error:
        raise InvalidImport(f"{fields.where}.{error}") from None


def _code(fields: Fields, key: str, codes: tuple[str, ...]) -> str:
    value = fields.text(key)
    if value not in codes:
        raise fields.fail(key, f"must be one of {', '.join(codes)}, got {describe(value)}")
    return value


def check_break(fields: Fields) -> StoredBreak:
    # The codes are the ones the break_event table's CHECK constraints accept.
    record = BreakRecord(
        kind=_code(fields, "kind", KINDS),
        due=fields.moment("due"),
        shown=fields.optional_moment("shown"),
        outcome=_code(fields, "outcome", OUTCOMES),
        postponed=fields.whole("postponed"),
        seconds=fields.whole("seconds"),
    )
    return StoredBreak(fields.ident("id"), record, fields.moment("created_at"))


def check_check_in(fields: Fields) -> CheckIn:
    _code(fields, "instrument", INSTRUMENTS)
    answers = fields.items("answers")
    try:
        score = score_who5(answers)  # type: ignore[arg-type]  # checked here, whatever it holds
    except ValueError as error:
        raise fields.fail("answers", str(error)) from None
    raw = fields.whole("raw", 0, 25)
    if raw != score.raw:
        raise fields.fail("raw", f"must be the sum of the answers, {score.raw}, got {raw}")
    return CheckIn(
        id=fields.ident("id"),
        at=fields.moment("at"),
        answers=tuple(answer for answer in answers if isinstance(answer, int)),
    )


def carried(key: str) -> bool:
    """Whether a setting travels in an export and is taken from an import. Where and whether
    to share with a team (team.*) never does: the server and login are the administrator's to
    set on each computer, and a crafted file must not point this one at another server."""
    return not key.startswith("team.")


def check_settings(value: object, not_taken: list[str] | None = None) -> dict[str, Any]:
    """The settings of an export, each checked; team.* keys (an older export has them) are
    neither checked nor taken, and named in `not_taken`."""
    if not isinstance(value, dict):
        raise InvalidImport(f"settings: must be an object, got {describe(value)}")
    checked: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(key, str) and key in SPECS and not carried(key):
            if not_taken is not None:
                not_taken.append(key)
            continue
        spec = SPECS.get(key)
        if spec is None:
            raise InvalidImport(f"{_path('settings', str(key))}: unknown setting")
        try:
            checked[key] = spec.check(item)
        except (InvalidSetting, TypeError, ValueError) as error:
            raise InvalidImport(f"settings.{key}: {error}") from None
    return checked


def check_goal_record(fields: Fields) -> StoredGoal:
    code = fields.text("code")
    try:
        check_goal(code, fields.raw("target"))  # type: ignore[arg-type]  # checked there
    except InvalidGoal as error:
        key = "code" if code not in GOALS else "target"
        raise fields.fail(key, str(error)) from None
    label = fields.optional_text("label")
    if code == OWN:
        try:
            label = check_label(label)
        except InvalidGoal as error:
            raise fields.fail("label", str(error)) from None
    elif label is not None:
        raise fields.fail("label", f"only the goal {OWN} has a text, got {describe(label)}")
    return StoredGoal(
        code=code,
        target=fields.whole("target"),
        since=fields.moment("since"),
        updated_at=fields.moment("updated_at"),
        label=label,
    )


def check_goal_tick(fields: Fields) -> GoalTick:
    code = _code(fields, "code", tuple(GOALS))
    return GoalTick(fields.ident("id"), code, fields.moment("at"))


def check_difficult(fields: Fields) -> DifficultMark:
    category = fields.text("category")
    try:
        check_call_types({category})
    except InvalidGoal as error:
        raise fields.fail("category", str(error)) from None
    return DifficultMark(category, fields.moment("since"))


# -- the header ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Header:
    """What the first keys of an export say: its version, and so which keys it holds."""

    version: int

    @property
    def keys(self) -> tuple[str, ...]:
        return top_keys(self.version)

    @property
    def kinds(self) -> tuple[str, ...]:
        return record_kinds(self.version)


def not_an_object(document: object) -> InvalidImport:
    return InvalidImport(
        f"not a Companion export: the document is {describe(document)}, not an object",
        "foreign",
    )


def check_header(values: dict[str, Any]) -> Header:
    """`format`, `version` and (when given) `created_at`, in the order that says the most:
    another kind of file first, then a newer export, then a damaged one."""
    if "format" not in values:
        raise InvalidImport("format: missing, so this is not a Companion export", "foreign")
    if values["format"] != FORMAT:
        found = describe(values["format"])
        raise InvalidImport(
            f'format: not a Companion export (expected "{FORMAT}", got {found})', "foreign"
        )
    if "version" not in values:
        raise InvalidImport("version: missing")
    version = values["version"]
    whole = isinstance(version, int) and not isinstance(version, bool)
    if whole and version > VERSION:
        raise InvalidImport(
            f"version: the file is export version {version}, newer than this Companion reads "
            f"(version {VERSION}); update Companion to import it",
            "newer",
        )
    if not whole or version not in READABLE_VERSIONS:
        readable = ", ".join(str(number) for number in READABLE_VERSIONS[:-1])
        raise InvalidImport(
            f"version: must be {readable} or {READABLE_VERSIONS[-1]}, got {describe(version)}"
        )
    if "created_at" in values:
        check_created_at(values["created_at"])
    return Header(version)


def check_created_at(value: object) -> None:
    Fields({"created_at": value}, "", ("created_at",)).moment("created_at")


def unknown_key(key: str) -> InvalidImport:
    return InvalidImport(f"{_path('', str(key))}: unknown key")


def missing_key(key: str) -> InvalidImport:
    return InvalidImport(f"{key}: missing")


def twice_key(key: str) -> InvalidImport:
    """A key the top-level object holds twice: JSON would keep the second and drop the first
    (a whole kind of record), so the file is refused instead."""
    return InvalidImport(f"{_path('', str(key))}: appears twice")
