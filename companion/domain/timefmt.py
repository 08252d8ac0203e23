"""Reading and writing times as people and scripts give them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


class InvalidTime(ValueError):
    """A time or date that could not be read; `str()` says what was expected."""


def parse_when(text: str, zone: tzinfo) -> datetime:
    """An ISO-8601 date-time; without an offset it is local time in `zone`."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidTime(
            f"{text!r} is not an ISO-8601 time (for example 2026-11-23T14:05 or "
            "2026-11-23T14:05+08:00)"
        ) from None
    if value.tzinfo is None:
        value = attach_local(value, zone)
    return value


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
