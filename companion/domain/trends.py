"""Trend arithmetic: weeks as people count them (ISO weeks, Monday first, local time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

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
