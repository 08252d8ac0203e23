"""Reading and writing times as people and scripts give them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo


class InvalidTime(ValueError):
    """A time or date that could not be read; `str()` says what was expected."""


@dataclass(frozen=True, slots=True)
class When:
    """A time as given, made exact; `note` is set when the clock showed it twice."""

    at: datetime
    note: str = ""


def parse_when(text: str, zone: tzinfo) -> datetime:
    """An ISO-8601 date-time; without an offset it is local time in `zone`. A local time the
    clocks skipped is refused (InvalidTime); one they showed twice is the first (see
    `read_when`, which also says so)."""
    return read_when(text, zone).at


def read_when(text: str, zone: tzinfo) -> When:
    """An ISO-8601 date-time; without an offset it is local time in `zone`.

    A local time that never happened (the hour skipped when the clocks go forward) is refused:
    any reading of it is a guess an hour off, and the message gives both exact forms. One that
    happened twice (the hour repeated when they go back) is the first of the two, and `note`
    says so and how to give the second."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidTime(
            f"{text!r} is not an ISO-8601 time (for example 2026-11-23T14:05 or "
            "2026-11-23T14:05+08:00)"
        ) from None
    if value.tzinfo is not None:
        return When(value)
    shown = value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if not 1 < value.year < 9999:  # a day either side of it lies off the calendar
        raise InvalidTime(f"{shown} is at the very end of the calendar: not a time of a shift")
    offsets = wall_offsets(value, zone)
    if not offsets:
        before, after = _offsets_around(value, zone)
        earlier = (value - after).replace(tzinfo=UTC).astimezone(zone)
        later = (value - before).replace(tzinfo=UTC).astimezone(zone)
        raise InvalidTime(
            f"{shown} never happened in local time: the clocks went forward "
            f"{_duration(after - before)} that night. Give the time with its offset, for "
            f"example {_exact(earlier)} (before the change) or {_exact(later)} (after it)"
        )
    first = (value - offsets[0]).replace(tzinfo=UTC).astimezone(zone)
    if len(offsets) == 1:
        return When(first)
    second = value.replace(tzinfo=timezone(offsets[-1]))
    return When(
        first,
        f"{shown} happened twice in local time (the clocks went back "
        f"{_duration(offsets[0] - offsets[-1])} that night); the first was taken, "
        f"{_exact(first)}. For the second, give {_exact(second)}",
    )


def wall_offsets(naive: datetime, zone: tzinfo) -> list[timedelta]:
    """The UTC offsets at which the clocks of `zone` showed the wall time `naive`, earliest
    moment first: one, two in an hour repeated, none in an hour skipped."""
    wall = naive.replace(tzinfo=None, fold=0)
    candidates = {
        offset
        for offset in (
            *(zone.utcoffset(wall.replace(fold=fold)) for fold in (0, 1)),
            *_offsets_around(wall, zone),
        )
        if offset is not None
    }
    shown = [
        offset
        for offset in candidates
        if (wall - offset).replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None) == wall
    ]
    return sorted(shown, reverse=True)  # a larger offset is an earlier moment


def _offsets_around(wall: datetime, zone: tzinfo) -> tuple[timedelta, timedelta]:
    """The offsets in force half a day before and after `wall` (no zone changes twice in
    a day)."""
    result = []
    for shift in (-12, 12):
        moment = (wall + timedelta(hours=shift)).replace(tzinfo=UTC)
        offset = moment.astimezone(zone).utcoffset()
        assert offset is not None
        result.append(offset)
    return result[0], result[1]


def _duration(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds())) // 60
    if minutes % 60 == 0:
        return "1 hour" if minutes == 60 else f"{minutes // 60} hours"
    return f"{minutes} minutes"


def _exact(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes" if moment.second == 0 else "seconds")


def attach_local(naive: datetime, zone: tzinfo) -> datetime:
    """Give a wall-clock time its local offset (the earlier one when ambiguous)."""
    return naive.replace(tzinfo=zone)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidTime(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def day_start(day: date, zone: tzinfo) -> datetime:
    """The first instant of a local day."""
    return datetime.combine(day, time.min).replace(tzinfo=zone)


def day_end_exclusive(day: date, zone: tzinfo) -> datetime:
    """The first instant of the local day after `day`."""
    return day_start(day + timedelta(days=1), zone)


def iso_local(moment: datetime, zone: tzinfo) -> str:
    """ISO-8601 in local time with its offset, whole seconds (2026-11-23T14:05:00+08:00)."""
    return moment.astimezone(zone).isoformat(timespec="seconds")


# -- dates in the reader's language (the summary, the trends) -----------------------------------

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ZH_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def weekday_name(weekday: int, language: str) -> str:
    return (_ZH_WEEKDAYS if language == "zh_CN" else _EN_WEEKDAYS)[weekday]


def format_day(day: date, language: str, *, year: bool = True, weekday: bool = False) -> str:
    """23 Nov 2026 / 2026年11月23日, optionally with the weekday (Mon / 周一)."""
    if language == "zh_CN":
        text = f"{day.month}月{day.day}日"
        if year:
            text = f"{day.year}年" + text
        return f"{text} {_ZH_WEEKDAYS[day.weekday()]}" if weekday else text
    text = f"{day.day} {_EN_MONTHS[day.month - 1]}"
    if year:
        text += f" {day.year}"
    return f"{_EN_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def format_month(day: date, language: str, *, year: bool) -> str:
    if language == "zh_CN":
        return f"{day.year}年{day.month}月" if year else f"{day.month}月"
    month = _EN_MONTHS[day.month - 1]
    return f"{month} {day.year}" if year else month
