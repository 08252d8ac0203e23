"""Mood entries: what an agent logs after a difficult call, and the rules its values follow."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Protocol

STRESS_MIN = 0
STRESS_MAX = 10
NOTE_MAX_CHARS = 2000

# Stable codes: stored in the database and exports, never translated. Order is display order.
EMOTIONS: tuple[str, ...] = (
    "wronged",
    "angry",
    "anxious",
    "frustrated",
    "exhausted",
    "tense",
    "sad",
    "calm",
    "relieved",
    "proud",
)
CATEGORIES: tuple[str, ...] = (
    "complaint",
    "refund",
    "logistics",
    "order",
    "product",
    "abusive",
    "other",
)

# Entries before this are implausible (a typo in a back-dated time, not a real log).
EARLIEST_ENTRY = datetime(2000, 1, 1, tzinfo=UTC)

# Control characters a note may contain: tab, line feed, carriage return.
_ALLOWED_CONTROL = frozenset("\t\n\r")


class Problem(Enum):
    """Why a value was refused; the UI turns each into a translated sentence."""

    STRESS_NOT_INTEGER = "stress_not_integer"
    STRESS_OUT_OF_RANGE = "stress_out_of_range"
    UNKNOWN_EMOTION = "unknown_emotion"
    UNKNOWN_CATEGORY = "unknown_category"
    NOTE_TOO_LONG = "note_too_long"
    NOTE_CONTROL_CHARACTER = "note_control_character"
    NOTE_NOT_TEXT = "note_not_text"
    TIME_NAIVE = "time_naive"
    TIME_IN_FUTURE = "time_in_future"
    TIME_TOO_EARLY = "time_too_early"


class InvalidMood(ValueError):
    """A mood value that cannot be stored. `str()` is a one-line English message."""

    def __init__(self, problem: Problem, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True)
class MoodInput:
    """Validated values of a mood entry, before it has an id."""

    at: datetime
    stress: int
    emotions: tuple[str, ...] = ()
    category: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class MoodEntry:
    """A stored mood entry."""

    id: uuid.UUID
    at: datetime
    stress: int
    emotions: tuple[str, ...] = ()
    category: str | None = None
    note: str | None = None
    created_at: datetime = field(kw_only=True, compare=False)  # from the caller's clock
    updated_at: datetime = field(kw_only=True, compare=False)


def validate_stress(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidMood(
            Problem.STRESS_NOT_INTEGER,
            f"stress must be a whole number from {STRESS_MIN} to {STRESS_MAX}, got {value!r}",
        )
    if not STRESS_MIN <= value <= STRESS_MAX:
        raise InvalidMood(
            Problem.STRESS_OUT_OF_RANGE,
            f"stress must be from {STRESS_MIN} to {STRESS_MAX}, got {value}",
            str(value),
        )
    return value


def validate_emotions(codes: Iterable[str]) -> tuple[str, ...]:
    """Known emotion codes, each once, in display order."""
    chosen = set()
    for code in codes:
        if code not in EMOTIONS:
            raise InvalidMood(
                Problem.UNKNOWN_EMOTION,
                f"unknown emotion {code!r}; known: {', '.join(EMOTIONS)}",
                str(code),
            )
        chosen.add(code)
    return tuple(code for code in EMOTIONS if code in chosen)


def validate_category(code: str | None) -> str | None:
    if code is None:
        return None
    if code not in CATEGORIES:
        raise InvalidMood(
            Problem.UNKNOWN_CATEGORY,
            f"unknown category {code!r}; known: {', '.join(CATEGORIES)}",
            str(code),
        )
    return code


# The code points of Unicode's categories Cc (control: U+0000-U+001F, U+007F-U+009F) and Cs
# (surrogates), less the allowed controls: one regular expression finds them fast (an import
# checks hundreds of thousands of notes); tests/unit/test_mood.py holds it to `unicodedata`.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def first_forbidden_character(text: str) -> tuple[int, str] | None:
    """Position and character of the first control character or non-text code point."""
    found = _FORBIDDEN.search(text)
    return None if found is None else (found.start(), found.group())


def validate_note(note: str | None) -> str | None:
    """The note exactly as typed, or None when empty or only white space."""
    if note is None or note.strip() == "":
        return None
    length = len(note)
    if length > NOTE_MAX_CHARS:
        raise InvalidMood(
            Problem.NOTE_TOO_LONG,
            f"note is {length} characters long; at most {NOTE_MAX_CHARS} are allowed",
            str(length),
        )
    bad = first_forbidden_character(note)
    if bad is not None:
        index, char = bad
        if unicodedata.category(char) == "Cs":
            raise InvalidMood(
                Problem.NOTE_NOT_TEXT,
                f"note is not valid text (undecodable data at character {index + 1})",
                str(index + 1),
            )
        raise InvalidMood(
            Problem.NOTE_CONTROL_CHARACTER,
            f"note contains control character U+{ord(char):04X} at character {index + 1}",
            f"U+{ord(char):04X}",
        )
    return note


def validate_time(at: datetime, now: datetime) -> datetime:
    """An aware time, not in the future and not implausibly early, converted to UTC."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise InvalidMood(Problem.TIME_NAIVE, "time must carry a time zone")
    if at > now:
        raise InvalidMood(
            Problem.TIME_IN_FUTURE,
            f"time {at.isoformat(timespec='seconds')} is in the future",
        )
    if at < EARLIEST_ENTRY:
        raise InvalidMood(Problem.TIME_TOO_EARLY, "time is before the year 2000")
    return at.astimezone(UTC)


def make_mood_input(
    *,
    at: datetime,
    now: datetime,
    stress: object,
    emotions: Iterable[str] = (),
    category: str | None = None,
    note: str | None = None,
) -> MoodInput:
    """Check every value of a mood entry; raise InvalidMood naming the first bad one."""
    return MoodInput(
        at=validate_time(at, now),
        stress=validate_stress(stress),
        emotions=validate_emotions(emotions),
        category=validate_category(category),
        note=validate_note(note),
    )


@dataclass(frozen=True, slots=True)
class MoodFilter:
    """Which entries to show: every field narrows the list; the default keeps every entry.

    `weekday` (0 = Monday) and `hour` (0-23) are in local time, as the dashboard's heat map
    groups them; `since` is inclusive and `until` exclusive.
    """

    text: str = ""
    category: str | None = None
    emotion: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    weekday: int | None = None
    hour: int | None = None

    @property
    def is_empty(self) -> bool:
        return self == MoodFilter()


class MoodWriter(Protocol):
    """Where a new mood entry is written: the shift journal, or the full store."""

    def add_mood(self, values: MoodInput) -> MoodEntry: ...


class MoodBook(MoodWriter, Protocol):
    """Where mood entries are kept. The store implements it; the UI only sees this."""

    def update_mood(self, entry_id: uuid.UUID, values: MoodInput) -> MoodEntry: ...

    def delete_mood(self, entry_id: uuid.UUID) -> bool: ...

    def get_mood(self, entry_id: uuid.UUID) -> MoodEntry | None: ...

    def recent_moods(self, limit: int, offset: int = 0) -> Sequence[MoodEntry]: ...

    def count_moods(self) -> int: ...

    def find_moods(self, flt: MoodFilter, limit: int, offset: int = 0) -> Sequence[MoodEntry]:
        """The entries `flt` keeps, newest first (the order of recent_moods)."""
        ...

    def count_moods_matching(self, flt: MoodFilter) -> int: ...
