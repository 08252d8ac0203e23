"""The personal action plan: a few weekly goals, each with a target, and one of one's own.

Progress is computed from what was recorded (breaks, mood entries, exercises, check-ins), never
typed in by hand; only the goal of one's own ("a walk at lunch", three times a week) is ticked
off by hand, one tick at a time.

"Log my mood after difficult contacts" counts the difficult ones only: an entry whose stress is
at or above the high-stress offer's threshold (the `reframing.offer_from_stress` setting), or
whose call type the agent marked as difficult (`is_difficult`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from companion.domain.mood import CATEGORIES, first_forbidden_character

OWN = "own"  # the goal of one's own: a short text and a weekly count, ticked by hand

# Stable codes (stored; never translated), in display order, with their default weekly target
# and the range a person may choose from.
GOALS: dict[str, tuple[int, int, int]] = {
    "breaks_taken": (70, 10, 100),  # percent of the breaks offered that were taken
    "log_after_difficult_calls": (5, 1, 50),  # difficult contacts logged in the week
    "reframing": (1, 1, 7),  # reframing exercises or thought records finished in the week
    "checkin": (1, 1, 1),  # the weekly check-in done
    OWN: (3, 1, 21),  # ticks in the week
}
OWN_LABEL_MAX = 60  # characters: a goal fits on one line
DIFFICULT_FROM_DEFAULT = 7  # the default of `reframing.offer_from_stress`


class InvalidGoal(ValueError):
    """An unknown goal, a target out of its range or an unusable text; `str()` says which."""


@dataclass(frozen=True, slots=True)
class Goal:
    code: str
    target: int
    since: datetime  # when it was chosen (aware)
    label: str | None = None  # the goal of one's own: its text


def check_goal(code: str, target: int) -> None:
    if code not in GOALS:
        raise InvalidGoal(f"unknown goal {code!r}; known: {', '.join(GOALS)}")
    _default, low, high = GOALS[code]
    if isinstance(target, bool) or not isinstance(target, int) or not low <= target <= high:
        raise InvalidGoal(f"the target of {code} must be a whole number from {low} to {high}")


def check_label(label: str | None) -> str:
    """The text of one's own goal, trimmed; raises InvalidGoal when empty, too long or holding
    a control character (a paste)."""
    text = " ".join((label or "").split())
    if not text:
        raise InvalidGoal("your own goal needs a few words")
    if len(text) > OWN_LABEL_MAX:
        raise InvalidGoal(f"your own goal is {len(text)} characters; at most {OWN_LABEL_MAX} fit")
    if first_forbidden_character(text) is not None:
        raise InvalidGoal("your own goal contains an invisible control character")
    return text


def check_call_types(codes: Collection[str]) -> frozenset[str]:
    unknown = sorted(set(codes) - set(CATEGORIES))
    if unknown:
        raise InvalidGoal(f"unknown call type {unknown[0]!r}; known: {', '.join(CATEGORIES)}")
    return frozenset(codes)


def is_difficult(
    stress: int, category: str | None, from_stress: int, call_types: Collection[str]
) -> bool:
    """A difficult contact: stress at or above the threshold, or a call type marked difficult.
    (storage.summary_queries counts the same in SQL.)"""
    return stress >= from_stress or (category is not None and category in call_types)


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
    difficult_entries: int = 0  # mood entries of difficult contacts (`is_difficult`)
    exercises: int = 0  # exercises and thought records done, of any kind
    own_ticks: int = 0  # the goal of one's own, ticked by hand


@dataclass(frozen=True, slots=True)
class GoalProgress:
    code: str
    target: int  # a percent for PERCENT_GOALS, else a count
    value: int | None  # None when it cannot be measured (no break offered that week)
    achieved: bool
    label: str | None = None  # the goal of one's own: its text

    @property
    def percent(self) -> bool:
        return self.code in PERCENT_GOALS


def percent_of(part: int, whole: int) -> int | None:
    """`part` of `whole` as a whole percent (rounded half up); None when `whole` is 0."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)


def goal_progress(
    code: str, target: int, counts: WeekCounts, label: str | None = None
) -> GoalProgress:
    check_goal(code, target)
    value: int | None
    if code == "breaks_taken":
        value = percent_of(counts.breaks_taken, counts.breaks_offered)
    elif code == "log_after_difficult_calls":
        value = counts.difficult_entries
    elif code == "reframing":
        value = counts.reframing
    elif code == OWN:
        value = counts.own_ticks
    else:  # "checkin"
        value = min(counts.check_ins, 1)
    return GoalProgress(code, target, value, value is not None and value >= target, label)


def week_progress(
    goals: Sequence[tuple[str, int] | tuple[str, int, str | None]], counts: WeekCounts
) -> list[GoalProgress]:
    """Progress of each chosen goal (code, target[, label]) in one week, in the order given."""
    return [goal_progress(*goal[:2], counts, *goal[2:]) for goal in goals]


@dataclass(frozen=True, slots=True)
class Bar:
    """An honest progress bar, as fractions of its width: the fill is the value over the
    bar's scale, never rounded up, and the goal line sits at the target. The scale is 100 for a
    percent (69 % of a 70 % target fills 69 % of the bar, just short of its line), and the
    larger of the target and the value for a count (6 of 5 overfills past the line)."""

    fill: float
    goal: float
    reached: bool


def progress_bar(progress: GoalProgress) -> Bar:
    value = progress.value or 0
    scale = 100 if progress.percent else max(progress.target, value, 1)
    return Bar(value / scale, progress.target / scale, progress.achieved)


# -- small wins: said plainly, never a streak to lose ------------------------------------------

EVERY_BREAK_FROM = 3  # "every break offered taken" says something from this many on


@dataclass(frozen=True, slots=True)
class Win:
    """Something done this week: `kind` one of "every_break", "breaks", "difficult_logged",
    "exercises", "checkin"; `count` how many."""

    kind: str
    count: int


def small_wins(counts: WeekCounts) -> list[Win]:
    """What went well this week, in plain counts. Only what happened: nothing is said about
    what did not (no zero, no streak, nothing missed)."""
    wins: list[Win] = []
    offered, taken = counts.breaks_offered, counts.breaks_taken
    if offered >= EVERY_BREAK_FROM and taken == offered:
        wins.append(Win("every_break", taken))
    elif taken > 0:
        wins.append(Win("breaks", taken))
    if counts.difficult_entries > 0:
        wins.append(Win("difficult_logged", counts.difficult_entries))
    if counts.exercises > 0:
        wins.append(Win("exercises", counts.exercises))
    if counts.check_ins > 0:
        wins.append(Win("checkin", counts.check_ins))
    return wins


@dataclass(frozen=True, slots=True)
class GoalWeek:
    """One week of the dashboard's goal card."""

    week_start: date
    progress: list[GoalProgress]
