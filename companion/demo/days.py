"""The working days of the history: which days have a shift, their hours up to now, a good or
a bad day, the sale seasons, and the moments of local times (across a change of UTC offset)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from companion.demo.patterns import EXERCISES_FROM, HOUR_WEIGHT, LUNCH, SATURDAY_SHIFT, SHIFT


@dataclass(slots=True)
class Day:
    day: date
    t: float  # where in the history: 0 first day, 1 today
    start: int  # shift, local minutes after midnight
    end: int
    limit: float  # nothing after this (local minutes): the end of the shift, or now
    peak: bool  # a sale season: more calls, more stress
    mood: float  # a good or a bad day
    noon_utc: datetime  # local noon as UTC, to turn local minutes into moments
    exact: bool  # the UTC offset is the same all shift long

    def slots(self) -> list[tuple[float, float, float]]:
        """(start, end, weight) per working hour up to `limit`, lunch left out."""
        found = []
        for hour_start in range(self.start, self.end, 60):
            low, high = hour_start, min(hour_start + 60, self.end)
            if LUNCH[0] <= low < LUNCH[1]:
                continue
            high_clipped = min(high, self.limit)
            if high_clipped > low:
                found.append((float(low), high_clipped, HOUR_WEIGHT[hour_start // 60]))
        return found

    def minutes(self) -> float:
        return sum(high - low for low, high, _w in self.slots())


def moment(day: Day, minutes: float, zone: tzinfo) -> datetime:
    """The UTC moment of local time `minutes` after midnight on `day`."""
    if day.exact:
        return day.noon_utc + timedelta(minutes=minutes - 12 * 60)
    local = datetime.combine(day.day, time()) + timedelta(minutes=minutes)
    return local.replace(tzinfo=zone).astimezone(UTC)


def local_noon(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(12)).replace(tzinfo=zone).astimezone(UTC)


def utc_offset(day: date, minutes: int, zone: tzinfo) -> timedelta | None:
    local = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return local.replace(tzinfo=zone).utcoffset()


def trend(t: float) -> float:
    """A hard period builds up, then eases once exercises start, ending calmer than it began."""
    if t < 0.1:
        return 0.0
    if t < EXERCISES_FROM:
        return 1.8 * (t - 0.1) / (EXERCISES_FROM - 0.1)
    progress = min(1.0, (t - EXERCISES_FROM) / (1 - EXERCISES_FROM) * 1.25)
    return 1.8 - 2.7 * progress


def is_peak(day: date) -> bool:
    """The weeks before the 618 and Double 11 sales, and the days after."""
    return (day.month == 6 and 4 <= day.day <= 20) or (day.month == 11 and 1 <= day.day <= 14)


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def plan_days(
    rng: random.Random, now: datetime, zone: tzinfo, weeks: int
) -> tuple[list[date], list[Day]]:
    today = now.astimezone(zone).date()
    local_now = now.astimezone(zone)
    now_minutes = local_now.hour * 60 + local_now.minute + local_now.second / 60
    calendar = [today - timedelta(days=back) for back in range(7 * weeks - 1, -1, -1)]
    span = max(1, len(calendar) - 1)
    saturdays: dict[date, bool] = {}
    leave: dict[date, bool] = {}
    days = []
    for index, day in enumerate(calendar):
        monday = day - timedelta(days=day.weekday())
        if monday not in saturdays:
            saturdays[monday] = rng.random() < 0.25
            # A week of leave now and then, never in the last two weeks.
            leave[monday] = (
                weeks >= 8 and monday < today - timedelta(weeks=2) and rng.random() < 0.03
            )
        mood = rng.gauss(0.0, 0.5)
        off = rng.random() < 0.03
        if leave[monday] or off or day.weekday() == 6:
            continue
        if day.weekday() == 5:
            if not saturdays[monday]:
                continue
            start, end = SATURDAY_SHIFT
        else:
            start, end = SHIFT
        limit: float = end if day < today else min(end, now_minutes - 1)
        if limit <= start:
            continue
        exact = (
            utc_offset(day, start, zone) == utc_offset(day, end, zone) == utc_offset(day, 720, zone)
        )
        days.append(
            Day(
                day=day,
                t=index / span,
                start=start,
                end=end,
                limit=limit,
                peak=is_peak(day),
                mood=mood,
                noon_utc=local_noon(day, zone),
                exact=exact,
            )
        )
    return calendar, days
