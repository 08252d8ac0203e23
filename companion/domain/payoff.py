"""What an exercise or a thought record changed, for the words at its end ("angry 80 → 45").

The figures are the ones recorded: the distress before and after an exercise (0–10), and each
emotion of a thought record rated before and re-rated after (0–100). The words that go with them
follow the figures shown: lower only when something went down and nothing up, "mixed" when some
went each way. (The trends' *What helps* keeps, for a thought record, its strongest emotion on
the 0–10 scale, `domain.thoughts.distress_on_ten`: the first line shown here, strongest first.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from companion.domain.thoughts import ExerciseUse, ThoughtRecord

Direction = Literal["lower", "same", "higher", "mixed"]


@dataclass(frozen=True, slots=True)
class Change:
    """One figure before and after: `what` is "distress" or an emotion code."""

    what: str
    before: int
    after: int

    @property
    def direction(self) -> Direction:
        return direction(self.before, self.after)


@dataclass(frozen=True, slots=True)
class Payoff:
    """The changes to show (none when nothing was rated both before and after) and, when there
    are some, which way things went overall."""

    changes: tuple[Change, ...] = ()
    overall: Direction | None = None


def direction(before: float, after: float) -> Direction:
    """One figure's way: "lower", "same" or "higher" (never "mixed")."""
    if after < before:
        return "lower"
    if after > before:
        return "higher"
    return "same"


def _whole(value: float) -> int:
    return round(value)


def exercise_payoff(use: ExerciseUse) -> Payoff:
    """Distress before → after, when both were given."""
    before, after = use.distress_before, use.distress_after
    if before is None or after is None:
        return Payoff()
    change = Change("distress", _whole(before), _whole(after))
    return Payoff((change,), change.direction)


def thought_payoff(record: ThoughtRecord) -> Payoff:
    """Each emotion rated before and re-rated after, strongest first (as it was before)."""
    after = {rating.emotion: rating.intensity for rating in record.emotions_after}
    changes = tuple(
        Change(rating.emotion, rating.intensity, after[rating.emotion])
        for rating in sorted(record.emotions_before, key=lambda r: -r.intensity)
        if rating.emotion in after
    )
    if not changes:
        return Payoff()
    ways = {change.direction for change in changes}
    overall: Direction
    if {"lower", "higher"} <= ways:
        overall = "mixed"
    elif "lower" in ways:
        overall = "lower"
    elif "higher" in ways:
        overall = "higher"
    else:
        overall = "same"
    return Payoff(changes, overall)
