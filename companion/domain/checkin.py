"""The weekly wellbeing check-in: the WHO-5 Well-Being Index, scored.

Five statements about the last two weeks, each answered 0 (at no time) to 5 (all of the time).
The raw score (0-25) times 4 gives 0-100. A raw score below 13, or any item answered 0 or 1,
is a reason to suggest talking to someone: a screen, never a diagnosis.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

WHO5_ITEMS = 5
ANSWER_MIN = 0
ANSWER_MAX = 5
LOW_RAW_BELOW = 13  # raw scores under this are low
LOW_ITEM_AT_MOST = 1  # any single item answered 0 or 1 is low too
MEANINGFUL_CHANGE = 10  # points on the 0-100 scale


@dataclass(frozen=True, slots=True)
class Who5Score:
    raw: int  # 0-25
    percent: int  # 0-100
    low: bool


def score_who5(answers: Sequence[int]) -> Who5Score:
    """Score five answers, each an integer 0-5; anything else raises ValueError."""
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        raise ValueError("WHO-5 needs a sequence of five answers")
    if len(answers) != WHO5_ITEMS:
        raise ValueError(f"WHO-5 needs {WHO5_ITEMS} answers, got {len(answers)}")
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValueError(f"answer {number} must be a whole number, got {answer!r}")
        if not ANSWER_MIN <= answer <= ANSWER_MAX:
            raise ValueError(
                f"answer {number} must be from {ANSWER_MIN} to {ANSWER_MAX}, got {answer}"
            )
    raw = sum(answers)
    low = raw < LOW_RAW_BELOW or min(answers) <= LOW_ITEM_AT_MOST
    return Who5Score(raw=raw, percent=raw * 4, low=low)


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A completed WHO-5 check-in."""

    id: uuid.UUID
    at: datetime  # when it was answered, aware
    answers: tuple[int, ...]

    @property
    def score(self) -> Who5Score:
        return score_who5(self.answers)
