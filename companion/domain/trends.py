"""Trend arithmetic: weeks as people count them (ISO weeks, Monday first, local time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from companion.domain.goals import GoalWeek
from companion.domain.timefmt import day_start


@dataclass(frozen=True, slots=True)
class WeekStats:
    week_start: date
    entries: int
    mean_stress: float | None  # rounded to two decimals; None without entries
    max_stress: int | None
    breaks: dict[str, int] = field(default_factory=dict)  # outcome code -> count


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_bounds(today: date, weeks: int, zone: tzinfo) -> list[tuple[date, datetime, datetime]]:
    """The last `weeks` ISO weeks up to and including this one, oldest first: each its Monday
    and its start and end as moments (a DST week is 167 or 169 hours long)."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    this_monday = monday_of(today)
    found = []
    for back in range(weeks - 1, -1, -1):
        monday = this_monday - timedelta(weeks=back)
        # In UTC, so that subtracting two bounds counts real hours (a DST week is 167 or 169).
        start = day_start(monday, zone).astimezone(UTC)
        end = day_start(monday + timedelta(days=7), zone).astimezone(UTC)
        found.append((monday, start, end))
    return found


# -- the dashboard ---------------------------------------------------------------------------

PRESETS: tuple[str, ...] = ("4w", "12w", "1y", "all")
OFFERED_OUTCOMES: tuple[str, ...] = ("taken", "ended_early", "cut_short", "skipped", "postponed")
BREAK_OUTCOMES: tuple[str, ...] = (
    "taken",
    "ended_early",
    "cut_short",
    "skipped",
    "postponed",
    "natural",
)
# The breaks that were shown or skipped, whose after-effect on stress the trends compare.
AFTER_BREAK_OUTCOMES: tuple[str, ...] = ("taken", "ended_early", "cut_short", "skipped")
# A group (an hour, a call type) is only called "the most stressful" on this many entries.
MIN_ENTRIES_TO_COMPARE = 3


@dataclass(frozen=True, slots=True)
class DateRange:
    """Local days from `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a range cannot end before it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """The range as moments in UTC: the start of `first`, the start of the day after `last`."""
        return (
            day_start(self.first, zone).astimezone(UTC),
            day_start(self.last + timedelta(days=1), zone).astimezone(UTC),
        )


def preset_range(preset: str, today: date, first_entry: date | None) -> DateRange:
    """4 weeks, 12 weeks and 1 year are whole ISO weeks up to today (this week included);
    "all" runs from the Monday of the first entry's week (just this week without entries)."""
    this_monday = monday_of(today)
    if preset == "4w":
        return DateRange(this_monday - timedelta(weeks=3), today)
    if preset == "12w":
        return DateRange(this_monday - timedelta(weeks=11), today)
    if preset == "1y":
        return DateRange(this_monday - timedelta(weeks=51), today)
    if preset == "all":
        start = monday_of(min(first_entry, today)) if first_entry is not None else this_monday
        return DateRange(start, today)
    raise ValueError(f"unknown range {preset!r}; known: {', '.join(PRESETS)}")


@dataclass(frozen=True, slots=True)
class StressSum:
    """Entries and the sum of their stress, for a day, a week, an hour: means stay exact when
    sums are added up, and the number of entries behind every mean is kept beside it."""

    entries: int
    total: int

    @property
    def mean(self) -> float | None:
        return None if self.entries == 0 else self.total / self.entries


@dataclass(frozen=True, slots=True)
class DayStress:
    day: date
    entries: int
    total: int

    @property
    def mean(self) -> float:
        return self.total / self.entries


@dataclass(frozen=True, slots=True)
class PeriodMean:
    """A mean over a stretch of days ending (rolling) or starting (weekly) on `day`."""

    day: date
    mean: float
    entries: int


def rolling_means(days: list[DayStress], window: int = 7) -> list[PeriodMean]:
    """For each day with entries in the `window` calendar days ending on it, the mean of all
    those entries (weighted by entry, not by day). `days` need not include empty days."""
    by_day = {point.day: point for point in days}
    if not by_day:
        return []
    first, last = min(by_day), max(by_day)
    found = []
    entries = total = 0
    day = first
    while day <= last:
        arriving = by_day.get(day)
        if arriving is not None:
            entries, total = entries + arriving.entries, total + arriving.total
        leaving = by_day.get(day - timedelta(days=window))
        if leaving is not None:
            entries, total = entries - leaving.entries, total - leaving.total
        if entries:
            found.append(PeriodMean(day, total / entries, entries))
        day += timedelta(days=1)
    return found


def weekly_means(days: list[DayStress]) -> list[PeriodMean]:
    """One mean per ISO week that has entries, dated by its Monday, oldest first."""
    weeks: dict[date, tuple[int, int]] = {}
    for point in days:
        monday = monday_of(point.day)
        entries, total = weeks.get(monday, (0, 0))
        weeks[monday] = (entries + point.entries, total + point.total)
    return [
        PeriodMean(monday, total / entries, entries)
        for monday, (entries, total) in sorted(weeks.items())
    ]


@dataclass(frozen=True, slots=True)
class HourCell:
    weekday: int  # 0 = Monday
    hour: int
    entries: int
    total: int

    @property
    def mean(self) -> float:
        return self.total / self.entries


@dataclass(frozen=True, slots=True)
class GroupStress:
    """Stress of the entries sharing a call type or an emotion (`code` None: no call type)."""

    code: str | None
    entries: int
    mean: float


@dataclass(frozen=True, slots=True)
class ExerciseEffect:
    kind: str
    uses: int  # uses with distress rated both before and after
    mean_before: float
    mean_after: float


@dataclass(frozen=True, slots=True)
class AfterBreak:
    """Mood entries logged within an hour after a break with this outcome."""

    outcome: str
    entries: int
    mean: float


@dataclass(frozen=True, slots=True)
class HourStress:
    hour: int
    entries: int
    mean: float


def hours_of(cells: list[HourCell]) -> list[HourStress]:
    """The cells added up over the weekdays, one per hour with entries."""
    sums: dict[int, tuple[int, int]] = {}
    for cell in cells:
        entries, total = sums.get(cell.hour, (0, 0))
        sums[cell.hour] = (entries + cell.entries, total + cell.total)
    return [HourStress(hour, n, total / n) for hour, (n, total) in sorted(sums.items())]


def most_stressful_hour(cells: list[HourCell]) -> HourStress | None:
    candidates = [hour for hour in hours_of(cells) if hour.entries >= MIN_ENTRIES_TO_COMPARE]
    return max(candidates, key=lambda hour: (hour.mean, hour.entries), default=None)


def most_stressful_group(groups: list[GroupStress]) -> GroupStress | None:
    candidates = [
        group
        for group in groups
        if group.code is not None and group.entries >= MIN_ENTRIES_TO_COMPARE
    ]
    return max(candidates, key=lambda group: (group.mean, group.entries), default=None)


def longest_run(outcomes: list[str], of: str = "taken") -> int:
    """The longest run of consecutive `of` outcomes among the offered breaks, in order."""
    best = current = 0
    for outcome in outcomes:
        if outcome not in OFFERED_OUTCOMES:
            continue  # a natural break or one never offered neither extends nor breaks a run
        current = current + 1 if outcome == of else 0
        best = max(best, current)
    return best


@dataclass(frozen=True, slots=True)
class WeekBreaks:
    week_start: date
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the dashboard draws for one range, computed from the store."""

    range: DateRange
    all_entries: int  # in the whole store, to tell a new user from an empty range
    days: list[DayStress]
    cells: list[HourCell]
    categories: list[GroupStress]
    emotions: list[GroupStress]
    breaks: list[WeekBreaks]
    exercises: list[ExerciseEffect]
    after_breaks: list[AfterBreak]
    longest_taken_run: int
    this_week: StressSum
    last_week: StressSum
    # Weekly check-ins (WHO-5) in the range, oldest first: local day and score 0-100.
    check_ins: list[tuple[date, int]] = field(default_factory=list)
    goal_weeks: list[GoalWeek] = field(default_factory=list)  # newest last; none without goals

    @property
    def entries(self) -> int:
        return sum(point.entries for point in self.days)

    @property
    def rolling(self) -> list[PeriodMean]:
        return rolling_means(self.days)

    @property
    def weekly(self) -> list[PeriodMean]:
        return weekly_means(self.days)
