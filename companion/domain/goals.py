"""The personal action plan: a few weekly goals, each with a target.

Progress is always computed from what was recorded (breaks, mood entries, exercises, check-ins),
never typed in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
