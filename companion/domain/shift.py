"""Shift hours: when breaks may be offered.

Working weekdays with one or more time ranges each (a range whose end is not after its start runs
overnight and belongs to the day it starts on), plus dated exceptions: days off (public holidays)
and extra working days (make-up working weekends). Local times are turned into UTC intervals with
the zone's rules, so daylight-saving days have their true length.

A range is read as people write a shift: `9-18`, `9:00-18:00`, `09:00–18:00` (any dash, `~`,
`至`, `到`), `8.30-17.30`, a full-width colon; a day's ranges as `9-12, 13:30-18` (`read_hours`).
It is always written back as `09:00-18:00`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DASHES = "-‐‑‒–—―−~～〜至到"  # hyphen, the Unicode dashes and minus, tildes, 至 and 到
_TIME = r"(\d{1,2})(?:[:：.](\d{2}))?"  # 9, 09, 9:30, 09：30, 9.30
_RANGE = re.compile(rf"^{_TIME}[{_DASHES}]{_TIME}$")
_AROUND = re.compile(rf"\s*([{_DASHES}:：.])\s*")  # "9 - 18", "9 : 30" are one range
_BETWEEN = re.compile(r"[,，、;；\s]+")  # between a day's ranges: commas (full-width too), spaces
_SEPARATES = re.compile(r"[,，、;；]")  # what surely separates ranges (a space may not)
MAX_TEXT = 200  # a day's hours, as typed: a few ranges; past this it is not hours

Interval = tuple[datetime, datetime]


class ShiftProblem(Enum):
    """Why a shift value was refused, for a caller that words it for the agent."""

    NOT_A_RANGE = "not_a_range"
    IMPOSSIBLE = "impossible"  # 25:00, 09:00-09:00
    NONE_GIVEN = "none_given"
    OVERLAP = "overlap"
    LONGER_THAN_A_DAY = "longer_than_a_day"
    NOT_A_WEEKDAY = "not_a_weekday"
    TOO_LONG_OVERNIGHT = "too_long_overnight"  # 9-5: surely 09:00-17:00, not 20 hours


# An overnight range longer than this is a slip ("9-5" meant 09:00-17:00), never a shift.
LONGEST_OVERNIGHT_MINUTES = 16 * 60


class InvalidShift(ValueError):
    """A shift value that cannot be used; `str()` says what is expected, `problem` why."""

    def __init__(
        self, message: str, problem: ShiftProblem, item: str = "", suggestion: str = ""
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.item = item  # the range as typed that is wrong, where one is
        self.suggestion = suggestion  # what was surely meant, where that is clear


@dataclass(frozen=True, slots=True, order=True)
class TimeRange:
    start: time
    end: time

    @property
    def overnight(self) -> bool:
        return self.end <= self.start

    def __str__(self) -> str:
        end = "24:00" if self.end == time(0) else f"{self.end:%H:%M}"  # re-parses as itself
        return f"{self.start:%H:%M}-{end}"

    @property
    def minutes(self) -> int:
        """How long it lasts; an overnight range runs on into the next day."""
        start, end = _span_minutes(self)
        return end - start

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """One range, as written: `09:00-18:00`, `9-18`, `9:00–18:00`, `22-6` (overnight)."""
        match = _RANGE.match(_AROUND.sub(r"\1", text.strip())) if len(text) <= MAX_TEXT else None
        if match is None:
            raise InvalidShift(
                f"{text!r} is not a time range like 09:00-18:00", ShiftProblem.NOT_A_RANGE, text
            )
        start_hour, start_minute, end_hour, end_minute = (
            int(part) if part is not None else 0 for part in match.groups()
        )
        if (start_hour, start_minute) == (end_hour, end_minute) or start_hour == 24:
            raise InvalidShift(
                f"{text!r} is empty or impossible; 00:00-24:00 is a whole day",
                ShiftProblem.IMPOSSIBLE,
                text,
            )
        try:
            start = time(start_hour, start_minute)
            end = time(0 if end_hour == 24 and end_minute == 0 else end_hour, end_minute)
        except ValueError:
            raise InvalidShift(
                f"{text!r} has an impossible time", ShiftProblem.IMPOSSIBLE, text
            ) from None
        found = cls(start, end)
        if slip := found.twelve_hours_slip():
            raise InvalidShift(
                f"{text!r} would run {found.minutes // 60} hours overnight; did you mean {slip}?",
                ShiftProblem.TOO_LONG_OVERNIGHT,
                text,
                str(slip),
            )
        return found

    def twelve_hours_slip(self) -> TimeRange | None:
        """What `9-5` surely meant (09:00-17:00): an overnight range far longer than a shift
        whose end, twelve hours on, makes a day's range. None for anything else (22-6, or a
        range that ends at midnight)."""
        if not self.overnight or self.end == time(0) or self.minutes <= LONGEST_OVERNIGHT_MINUTES:
            return None
        if self.end.hour + 12 >= 24:
            return None
        meant = TimeRange(self.start, time(self.end.hour + 12, self.end.minute))
        return meant if not meant.overnight else None


def parse_ranges(items: Iterable[str]) -> tuple[TimeRange, ...]:
    """Ranges for one day, sorted; overlapping ranges are refused."""
    ranges = sorted(TimeRange.parse(item) for item in items)
    if not ranges:
        raise InvalidShift(
            "at least one time range is needed, like 09:00-18:00", ShiftProblem.NONE_GIVEN
        )
    minutes = [_span_minutes(item) for item in ranges]
    for (_start, first_end), (second_start, _end) in itertools.pairwise(minutes):
        if second_start < first_end:
            raise InvalidShift(
                f"time ranges overlap: {', '.join(map(str, ranges))}", ShiftProblem.OVERLAP
            )
    first_start, _ = minutes[0]
    _, last_end = minutes[-1]
    if last_end > first_start + 24 * 60:
        raise InvalidShift(
            f"time ranges cover more than a day: {', '.join(map(str, ranges))}",
            ShiftProblem.LONGER_THAN_A_DAY,
        )
    return tuple(ranges)


def split_hours(text: str) -> list[str]:
    """A day's hours as typed, `9-12, 13:30-18` or `9-12 13:30-18`, as one text per range."""
    joined = _AROUND.sub(r"\1", text)
    return [item for item in _BETWEEN.split(joined) if item]


def read_hours(text: str) -> tuple[TimeRange, ...]:
    """A day's time ranges as a person types them (see `split_hours`, `TimeRange.parse`),
    checked as `parse_ranges` checks them; InvalidShift names what is wrong."""
    if len(text) > MAX_TEXT:
        raise InvalidShift(
            f"at most {MAX_TEXT} characters of time ranges; got {len(text):,}",
            ShiftProblem.NOT_A_RANGE,
            text[:20] + "…",
        )
    items = split_hours(text)
    try:
        return parse_ranges(items)
    except InvalidShift as error:
        if error.problem is ShiftProblem.NOT_A_RANGE and _SEPARATES.search(text) is None:
            # "9 to 5" is one entry, not three: it is named whole
            raise InvalidShift(str(error), error.problem, text.strip()) from None
        raise


def hours_text(ranges: Iterable[TimeRange]) -> str:
    """Ranges as they are written back: `09:00-12:00, 13:30-18:00`."""
    return ", ".join(map(str, ranges))


def _span_minutes(item: TimeRange) -> tuple[int, int]:
    start = item.start.hour * 60 + item.start.minute
    end = item.end.hour * 60 + item.end.minute
    return start, end + (24 * 60 if item.overnight else 0)


def parse_weekdays(items: Iterable[str]) -> frozenset[int]:
    days = set()
    for item in items:
        name = item.strip().lower()[:3]
        if name not in WEEKDAYS:
            raise InvalidShift(
                f"{item!r} is not a weekday; use {', '.join(WEEKDAYS)}", ShiftProblem.NOT_A_WEEKDAY
            )
        days.add(WEEKDAYS.index(name))
    return frozenset(days)


def _local(day: date, moment: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, moment).replace(tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class ShiftPlan:
    days: frozenset[int] = frozenset(range(5))
    hours: tuple[TimeRange, ...] = (TimeRange(time(9), time(18)),)
    hours_by_day: Mapping[int, tuple[TimeRange, ...]] = field(default_factory=dict)
    days_off: frozenset[date] = frozenset()
    extra_days: frozenset[date] = frozenset()

    def ranges_for(self, day: date) -> tuple[TimeRange, ...]:
        """The time ranges worked on a local day (those starting that day)."""
        if day in self.days_off:
            return ()
        if day in self.extra_days or day.weekday() in self.days:
            return self.hours_by_day.get(day.weekday(), self.hours)
        return ()

    def intervals(self, start: datetime, end: datetime, zone: tzinfo) -> list[Interval]:
        """UTC intervals of shift time within [start, end), merged and in order."""
        first = start.astimezone(zone).date() - timedelta(days=1)
        last = end.astimezone(zone).date()
        found: list[Interval] = []
        day = first
        while day <= last:
            for item in self.ranges_for(day):
                begins = _local(day, item.start, zone)
                ends = _local(day + timedelta(days=1) if item.overnight else day, item.end, zone)
                begins, ends = max(begins, start), min(ends, end)
                if begins < ends:
                    found.append((begins, ends))
            day += timedelta(days=1)
        found.sort()
        merged: list[Interval] = []
        for begins, ends in found:
            if merged and begins <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], ends))
            else:
                merged.append((begins, ends))
        return merged

    def current(self, moment: datetime, zone: tzinfo) -> Interval | None:
        """The shift interval containing `moment` (its whole extent), or None when off shift.

        An interval that runs on for days (a 00:00-24:00 shift every day) is cut at local
        midnights two days either side of `moment`'s day, not at `moment` ± two days: the end
        seen then stays the same all day, instead of moving on with every look."""
        day = moment.astimezone(zone).date()
        around = self.intervals(
            _local(day - timedelta(days=2), time(0), zone),
            _local(day + timedelta(days=3), time(0), zone),
            zone,
        )
        for begins, ends in around:
            if begins <= moment < ends:
                return begins, ends
        return None

    def next_start(self, moment: datetime, zone: tzinfo, horizon_days: int = 21) -> datetime | None:
        """When the next shift interval after `moment` begins (None if none within the horizon)."""
        for begins, _ends in self.intervals(moment, moment + timedelta(days=horizon_days), zone):
            if begins > moment:
                return begins
        return None

    def worked_seconds(self, start: datetime, end: datetime, zone: tzinfo) -> float:
        """Seconds of shift time between two moments."""
        if end <= start:
            return 0.0
        return sum(
            (ends - begins).total_seconds() for begins, ends in self.intervals(start, end, zone)
        )
