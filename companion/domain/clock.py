"""One source of time for the whole app, so that the scheduler, the store and the tests agree."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Where the app reads the time from."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...

    def local_zone(self) -> tzinfo:
        """The zone local times are shown in."""
        ...


class SystemLocalZone(tzinfo):
    """The machine's local time rules, asked of the C library for each moment.

    Unlike `datetime.now().astimezone().tzinfo` (a fixed offset), this gives the right offset on
    both sides of a daylight-saving change.
    """

    def _local(self, dt: datetime) -> time.struct_time:
        stamp = time.mktime(
            (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.weekday(), 0, -1)
        )
        return time.localtime(stamp)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        local = time.localtime() if dt is None else self._local(dt)
        return timedelta(hours=1) if local.tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        local = time.localtime() if dt is None else self._local(dt)
        return local.tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        naive = dt.replace(tzinfo=None)
        stamp = (naive - _EPOCH).total_seconds()
        offset = timedelta(seconds=time.localtime(stamp).tm_gmtoff)
        return (naive + offset).replace(tzinfo=self)

    def __repr__(self) -> str:
        return "SystemLocalZone()"


_EPOCH = datetime(1970, 1, 1)
_SYSTEM_ZONE = SystemLocalZone()


def system_local_zone() -> tzinfo:
    """The machine's local zone, correct on both sides of a daylight-saving change."""
    return _SYSTEM_ZONE


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_zone(self) -> tzinfo:
        return system_local_zone()

    @staticmethod
    def monotonic() -> float:
        return time.monotonic()


class FixedClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: datetime, zone: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware start time")
        self._now = start.astimezone(UTC)
        self._zone = zone or UTC

    def now(self) -> datetime:
        return self._now

    def local_zone(self) -> tzinfo:
        return self._zone

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(UTC)
