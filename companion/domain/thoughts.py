"""Thought records (the guided reframing exercise) and the use of the shorter exercises.

A thought record walks from the situation to the automatic thought, the emotions and how strong
they are (0-100), the distortions that fit, the evidence for and against, a balanced thought and
how much it is believed (0-100), and the emotions re-rated. Only the automatic thought is
required; an unfinished record is kept as a draft.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from companion.domain.mood import EMOTIONS, first_forbidden_character

# The thinking traps: the three of the cognitive-adjustment chapter first, then the others the
# suggester and the content know. One list for the store, the suggester and the content files.
PRIMARY_DISTORTION_CODES: tuple[str, ...] = ("personalization", "catastrophizing", "absolutist")
SECONDARY_DISTORTION_CODES: tuple[str, ...] = (
    "mind_reading",
    "overgeneralization",
    "labeling",
    "should_statements",
    "emotional_reasoning",
    "fortune_telling",
)
DISTORTION_CODES: tuple[str, ...] = PRIMARY_DISTORTION_CODES + SECONDARY_DISTORTION_CODES
EXERCISE_KINDS: tuple[str, ...] = (
    "thought_record",
    "breathing",
    "detachment",
    "positive_reframing",
    "task_split",
    "nvc",
)
TEXT_LIMITS = {
    "situation": 2000,
    "automatic_thought": 1000,
    "evidence_for": 2000,
    "evidence_against": 2000,
    "balanced_thought": 1000,
    "details": 4000,
}


class InvalidThought(ValueError):
    """A value of a thought record or exercise that cannot be stored; `str()` says which,
    `field` names it and `control_character` tells a pasted invisible character apart."""

    def __init__(self, field_name: str, message: str, *, control_character: bool = False) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.control_character = control_character


@dataclass(frozen=True, slots=True)
class EmotionRating:
    emotion: str
    intensity: int  # 0-100


@dataclass(frozen=True, slots=True)
class Evidence:
    distortion: str
    evidence_for: str = ""
    evidence_against: str = ""


@dataclass(frozen=True, slots=True)
class ThoughtRecord:
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    automatic_thought: str
    situation: str = ""
    emotions_before: tuple[EmotionRating, ...] = ()
    distortions: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    balanced_thought: str = ""
    belief: int | None = None  # 0-100
    emotions_after: tuple[EmotionRating, ...] = ()
    is_draft: bool = True
    step: int = 0  # where a draft was left
    mood_entry_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ExerciseUse:
    id: uuid.UUID
    kind: str
    started_at: datetime
    finished_at: datetime | None = None
    distress_before: float | None = None  # 0-10
    distress_after: float | None = None  # 0-10
    thought_record_id: uuid.UUID | None = None
    details: str = ""  # the exercise's own text (tasks, a reply), as written
    extra: dict[str, str] = field(default_factory=dict)


def check_text(name: str, text: str) -> str:
    limit = TEXT_LIMITS[name]
    if len(text) > limit:
        raise InvalidThought(name, f"is {len(text)} characters long; at most {limit} fit")
    bad = first_forbidden_character(text)
    if bad is not None:
        raise InvalidThought(
            name, f"contains control character U+{ord(bad[1]):04X}", control_character=True
        )
    return text


def check_percent(name: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise InvalidThought(name, f"must be a whole number from 0 to 100, got {value!r}")
    return value


def check_ratings(name: str, ratings: tuple[EmotionRating, ...]) -> tuple[EmotionRating, ...]:
    seen = set()
    for rating in ratings:
        if rating.emotion not in EMOTIONS:
            raise InvalidThought(name, f"unknown emotion {rating.emotion!r}")
        if rating.emotion in seen:
            raise InvalidThought(name, f"{rating.emotion} is rated twice")
        seen.add(rating.emotion)
        check_percent(name, rating.intensity)
    return ratings


def check_record(record: ThoughtRecord) -> ThoughtRecord:
    """Raise InvalidThought naming the first bad value; a finished record needs its thought."""
    check_text("situation", record.situation)
    check_text("automatic_thought", record.automatic_thought)
    if not record.is_draft and not record.automatic_thought.strip():
        raise InvalidThought("automatic_thought", "is required")
    check_ratings("emotions_before", record.emotions_before)
    check_ratings("emotions_after", record.emotions_after)
    for code in record.distortions:
        if code not in DISTORTION_CODES:
            raise InvalidThought("distortions", f"unknown distortion {code!r}")
    for item in record.evidence:
        if item.distortion not in DISTORTION_CODES:
            raise InvalidThought("evidence", f"unknown distortion {item.distortion!r}")
        check_text("evidence_for", item.evidence_for)
        check_text("evidence_against", item.evidence_against)
    check_text("balanced_thought", record.balanced_thought)
    check_percent("belief", record.belief)
    return record


def distress_on_ten(ratings: tuple[EmotionRating, ...]) -> float | None:
    """The strongest emotion of a thought record on the 0-10 scale the other exercises use."""
    if not ratings:
        return None
    return max(rating.intensity for rating in ratings) / 10


def check_exercise(use: ExerciseUse) -> ExerciseUse:
    if use.kind not in EXERCISE_KINDS:
        raise InvalidThought("kind", f"unknown exercise {use.kind!r}")
    for name, value in (
        ("distress_before", use.distress_before),
        ("distress_after", use.distress_after),
    ):
        if value is not None and not 0 <= value <= 10:
            raise InvalidThought(name, f"must be from 0 to 10, got {value!r}")
    check_text("details", use.details)
    check_extra(use.extra)
    return use


EXTRA_ITEMS = 20  # what an exercise keeps beside its details: a handful of short answers
EXTRA_KEY_CHARS = 40
EXTRA_VALUE_CHARS = 2000


def check_extra(extra: dict[str, str]) -> dict[str, str]:
    if len(extra) > EXTRA_ITEMS:
        raise InvalidThought("extra", f"holds {len(extra)} items; at most {EXTRA_ITEMS} fit")
    for key, value in extra.items():
        if not key or len(key) > EXTRA_KEY_CHARS or not key.isprintable():
            raise InvalidThought(
                "extra", f"a key must be 1 to {EXTRA_KEY_CHARS} printable characters"
            )
        if len(value) > EXTRA_VALUE_CHARS:
            raise InvalidThought(
                f"extra.{key}", f"is {len(value)} characters long; at most {EXTRA_VALUE_CHARS} fit"
            )
        bad = first_forbidden_character(value)
        if bad is not None:
            raise InvalidThought(
                f"extra.{key}",
                f"contains control character U+{ord(bad[1]):04X}",
                control_character=True,
            )
    return extra
