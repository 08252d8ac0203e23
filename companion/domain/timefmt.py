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
