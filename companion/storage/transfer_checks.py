"""Checking an export document, whole, before anything of it is stored.

Every value passes the rules the app itself uses (companion.domain.mood, companion.domain.thoughts,
the break codes the database accepts, companion.settings). A refusal names the key at fault, as
a path into the document: `mood_entries[3].stress: must be from 0 to 10, got 11`.
"""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from companion.domain.breaks import KINDS, OUTCOMES, BreakRecord
from companion.domain.checkin import CheckIn, score_who5
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
from companion.storage.batch import ImportBatch, KnownIds, StoredBreak

FORMAT = "companion-export"
# 2: a break may be `cut_short` (going back to the keyboard ended it). A Companion that reads
# only 1 refuses a 2 as newer (update Companion) instead of calling its breaks damaged.
VERSION = 2
READABLE_VERSIONS = (1, 2)
RECORD_KINDS = ("mood_entries", "thought_records", "exercises", "breaks", "check_ins")
TOP_KEYS = ("format", "version", "created_at", *RECORD_KINDS, "settings")
MOOD_KEYS = ("id", "at", "stress", "emotions", "category", "note", "created_at", "updated_at")
THOUGHT_KEYS = (
    "id",
    "created_at",
    "updated_at",
    "is_draft",
    "step",
    "mood_entry_id",
    "situation",
    "automatic_thought",
    "emotions_before",
    "distortions",
    "evidence",
    "balanced_thought",
    "belief",
    "emotions_after",
)
RATING_KEYS = ("emotion", "intensity")
EVIDENCE_KEYS = ("distortion", "evidence_for", "evidence_against")
EXERCISE_KEYS = (
    "id",
    "kind",
    "started_at",
    "finished_at",
    "distress_before",
    "distress_after",
    "thought_record_id",
    "details",
    "extra",
)
BREAK_KEYS = ("id", "kind", "due", "shown", "outcome", "postponed", "seconds", "created_at")
CHECK_IN_KEYS = ("id", "at", "instrument", "answers", "raw")
INSTRUMENTS = ("who5",)
ImportProblem = Literal["unreadable", "not_json", "foreign", "newer", "damaged"]
FUTURE_SLACK = timedelta(days=1)  # clocks differ a little between computers; not by years
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


@dataclass(slots=True)
class CheckedDocument:
    """Every record of the document (already stored or not) and its settings, all checked."""

    records: ImportBatch = field(default_factory=ImportBatch)
    settings: dict[str, Any] = field(default_factory=dict)
    not_taken: list[str] = field(default_factory=list)  # team.* keys: never imported


def carried(key: str) -> bool:
    """Whether a setting travels in an export and is taken from an import. Where and whether
    to share with a team (team.*) never does: the server and login are the administrator's to
    set on each computer, and a crafted file must not point this one at another server."""
    return not key.startswith("team.")


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


def _path(where: str, key: str) -> str:
    shown = key if key.isprintable() and key.strip() == key and key else describe(key)
    return f"{where}.{shown}" if where else shown


class Fields:
    """One JSON object of the document, at `where` (e.g. `mood_entries[3]`), read key by key.

    It must have exactly `keys`: a missing or an unknown key is refused by name."""

    def __init__(
        self, value: object, where: str, keys: tuple[str, ...], latest: datetime | None = None
    ) -> None:
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
        self.latest = latest  # no time in the document may be later (None: no bound)

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

    def moment(self, key: str) -> datetime:
        """An ISO 8601 time with its offset, e.g. 2026-11-23T06:30:00+00:00, in UTC."""
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
        if moment < EARLIEST_ENTRY:
            raise self.fail(key, f"is before the year 2000, got {describe(value)}")
        if self.latest is not None and moment > self.latest:
            raise self.fail(key, f"is in the future, got {describe(value)}")
        return moment.astimezone(UTC)

    def optional_moment(self, key: str) -> datetime | None:
        return None if self.is_null(key) else self.moment(key)

    def items(self, key: str) -> list[object]:
        value = self.values[key]
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list, got {describe(value)}")
        return value

    def objects(self, key: str, keys: tuple[str, ...]) -> list[Fields]:
        where = _path(self.where, key)
        return [
            Fields(item, f"{where}[{n}]", keys, self.latest)
            for n, item in enumerate(self.items(key))
        ]

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


def _mood(fields: Fields, now: datetime) -> MoodEntry:
    try:
        values = make_mood_input(
            at=fields.moment("at"),
            now=now,
            stress=fields.raw("stress"),
            emotions=fields.texts("emotions"),
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
        emotions=values.emotions,
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


def _thought(fields: Fields) -> ThoughtRecord:
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


def _exercise(fields: Fields) -> ExerciseUse:
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


def _break(fields: Fields) -> StoredBreak:
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


def _check_in(fields: Fields) -> CheckIn:
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


def _settings(value: object, not_taken: list[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidImport(f"settings: must be an object, got {describe(value)}")
    checked: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(key, str) and key in SPECS and not carried(key):
            not_taken.append(key)  # neither checked nor applied (an older export has them)
            continue
        spec = SPECS.get(key)
        if spec is None:
            raise InvalidImport(f"{_path('settings', str(key))}: unknown setting")
        try:
            checked[key] = spec.check(item)
        except (InvalidSetting, TypeError, ValueError) as error:
            raise InvalidImport(f"settings.{key}: {error}") from None
    return checked


# -- the whole document ----------------------------------------------------------------------


def _check_header(document: object, latest: datetime) -> Fields:
    if not isinstance(document, dict):
        raise InvalidImport(
            f"not a Companion export: the document is {describe(document)}, not an object",
            "foreign",
        )
    if "format" not in document:
        raise InvalidImport("format: missing, so this is not a Companion export", "foreign")
    if document["format"] != FORMAT:
        found = describe(document["format"])
        raise InvalidImport(
            f'format: not a Companion export (expected "{FORMAT}", got {found})', "foreign"
        )
    version = document.get("version")
    whole = isinstance(version, int) and not isinstance(version, bool)
    if isinstance(version, int) and whole and version > VERSION:
        raise InvalidImport(
            f"version: the file is export version {version}, newer than this Companion reads "
            f"(version {VERSION}); update Companion to import it",
            "newer",
        )
    fields = Fields(document, "", TOP_KEYS, latest)
    if not whole or version not in READABLE_VERSIONS:
        readable = " or ".join(str(number) for number in READABLE_VERSIONS)
        raise fields.fail("version", f"must be {readable}, got {describe(version)}")
    fields.moment("created_at")
    return fields


def _unique(kind: str, ids: list[uuid.UUID]) -> None:
    first: dict[uuid.UUID, int] = {}
    for n, ident in enumerate(ids):
        if ident in first:
            raise InvalidImport(
                f"{kind}[{n}].id: {ident} appears twice (also {kind}[{first[ident]}])"
            )
        first[ident] = n


def _check_links(records: ImportBatch, known: KnownIds) -> None:
    """Thought records may point at a mood entry, exercises at a thought record: each must be
    in the file or already in the store."""
    moods = known.moods | {str(entry.id) for entry in records.moods}
    for n, record in enumerate(records.thoughts):
        if record.mood_entry_id is not None and str(record.mood_entry_id) not in moods:
            raise InvalidImport(
                f"thought_records[{n}].mood_entry_id: no mood entry {record.mood_entry_id} "
                "in the file or in the store"
            )
    thoughts = known.thoughts | {str(record.id) for record in records.thoughts}
    for n, use in enumerate(records.exercises):
        if use.thought_record_id is not None and str(use.thought_record_id) not in thoughts:
            raise InvalidImport(
                f"exercises[{n}].thought_record_id: no thought record {use.thought_record_id} "
                "in the file or in the store"
            )


def check_document(document: object, now: datetime, known: KnownIds) -> CheckedDocument:
    """Every record and setting of a parsed export, checked; raises InvalidImport naming the
    first problem. `now` bounds the mood entries' times; `known` is what the store holds."""
    top = _check_header(document, now + FUTURE_SLACK)
    records = ImportBatch(
        moods=[_mood(item, now) for item in top.objects("mood_entries", MOOD_KEYS)],
        thoughts=[_thought(item) for item in top.objects("thought_records", THOUGHT_KEYS)],
        exercises=[_exercise(item) for item in top.objects("exercises", EXERCISE_KEYS)],
        breaks=[_break(item) for item in top.objects("breaks", BREAK_KEYS)],
        check_ins=[_check_in(item) for item in top.objects("check_ins", CHECK_IN_KEYS)],
    )
    _unique("mood_entries", [entry.id for entry in records.moods])
    _unique("thought_records", [record.id for record in records.thoughts])
    _unique("exercises", [use.id for use in records.exercises])
    _unique("breaks", [item.id for item in records.breaks])
    _unique("check_ins", [item.id for item in records.check_ins])
    _check_links(records, known)
    not_taken: list[str] = []
    return CheckedDocument(records, _settings(top.raw("settings"), not_taken), not_taken)
