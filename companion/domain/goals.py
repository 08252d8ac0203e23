"""The personal action plan: a few weekly goals, each with a target.

Progress is always computed from what was recorded (breaks, mood entries, exercises, check-ins),
never typed in by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

# Stable codes (stored; never translated), in display order, with their default weekly target
# and the range a person may choose from.
GOALS: dict[str, tuple[int, int, int]] = {
    "breaks_taken": (70, 10, 100),  # percent of the breaks offered that were taken
    "log_after_difficult_calls": (5, 1, 50),  # mood entries logged in the week
    "reframing": (1, 1, 7),  # reframing exercises or thought records finished in the week
    "checkin": (1, 1, 1),  # the weekly check-in done
}


class InvalidGoal(ValueError):
    """An unknown goal or a target out of its range; `str()` says which."""


@dataclass(frozen=True, slots=True)
class Goal:
    code: str
    target: int
    since: datetime  # when it was chosen (aware)


def check_goal(code: str, target: int) -> None:
    if code not in GOALS:
        raise InvalidGoal(f"unknown goal {code!r}; known: {', '.join(GOALS)}")
    _default, low, high = GOALS[code]
    if isinstance(target, bool) or not isinstance(target, int) or not low <= target <= high:
        raise InvalidGoal(f"the target of {code} must be a whole number from {low} to {high}")


# -- progress per week (computed from what was recorded) --------------------------------------

# Exercises that count towards "reframing": a thought record finished, or the positive
# reframing exercise. Breathing, detachment, task splitting and NVC help too, but do not reframe.
REFRAMING_KINDS: tuple[str, ...] = ("thought_record", "positive_reframing")
# Outcomes of an offered break that count as taken: ending a break early still took it.
TAKEN_OUTCOMES: tuple[str, ...] = ("taken", "ended_early")
PERCENT_GOALS: frozenset[str] = frozenset({"breaks_taken"})


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """What was recorded in one ISO week (Monday first, local time)."""

    week_start: date
    breaks_offered: int = 0  # taken, ended early, skipped or postponed (not natural ones)
    breaks_taken: int = 0  # taken or ended early
    mood_entries: int = 0
    reframing: int = 0  # finished uses of a REFRAMING_KINDS exercise
    check_ins: int = 0


@dataclass(frozen=True, slots=True)
class GoalProgress:
    code: str
    target: int  # a percent for PERCENT_GOALS, else a count
    value: int | None  # None when it cannot be measured (no break offered that week)
    achieved: bool

    @property
    def percent(self) -> bool:
        return self.code in PERCENT_GOALS


def percent_of(part: int, whole: int) -> int | None:
    """`part` of `whole` as a whole percent (rounded half up); None when `whole` is 0."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)


def goal_progress(code: str, target: int, counts: WeekCounts) -> GoalProgress:
    check_goal(code, target)
    value: int | None
    if code == "breaks_taken":
        value = percent_of(counts.breaks_taken, counts.breaks_offered)
    elif code == "log_after_difficult_calls":
        value = counts.mood_entries
    elif code == "reframing":
        value = counts.reframing
    else:  # "checkin"
        value = min(counts.check_ins, 1)
    return GoalProgress(code, target, value, value is not None and value >= target)


def week_progress(goals: Sequence[tuple[str, int]], counts: WeekCounts) -> list[GoalProgress]:
    """Progress of each chosen goal (code, target) in one week, in the order given."""
    return [goal_progress(code, target, counts) for code, target in goals]


@dataclass(frozen=True, slots=True)
class GoalWeek:
    """One week of the dashboard's goal card."""

    week_start: date
    progress: list[GoalProgress]
