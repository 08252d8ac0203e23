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

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps back: for animations and countdowns."""
        ...

    def elapsed(self) -> float:
        """Seconds on a clock that never jumps and goes on counting while the computer sleeps:
        how much real time passed between two readings (the break cycle's time away)."""
        ...


class SystemLocalZone(tzinfo):
    """The machine's local time rules, asked of the C library (`localtime`) for each moment.

    Unlike `datetime.now().astimezone().tzinfo` (a fixed offset), this gives the right offset on
    both sides of a daylight-saving change, and follows PEP 495 in the hour that happens twice
    (`fold=0` is the first, `fold=1` the second) and the hour that is skipped (the offset from
    before the change).
    """

    @staticmethod
    def _offset_at(stamp: float) -> int:
        return time.localtime(stamp).tm_gmtoff

    def offset_at(self, moment: datetime) -> int:
        """The UTC offset in seconds at an aware `moment`."""
        return self._offset_at(moment.timestamp())

    def _offsets_for_wall(self, dt: datetime) -> list[int]:
        """Offsets whose instant shows `dt` as the local wall time, earliest instant first."""
        wall = (dt.replace(tzinfo=None, fold=0) - _EPOCH).total_seconds()
        candidates = {self._offset_at(wall + shift) for shift in (-86400, 0, 86400)}
        valid = [offset for offset in candidates if self._offset_at(wall - offset) == offset]
        return sorted(valid, reverse=True)  # a larger offset means an earlier instant

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        valid = self._offsets_for_wall(dt)
        if not valid:  # skipped wall time: the offset in force just before the change
            wall = (dt.replace(tzinfo=None, fold=0) - _EPOCH).total_seconds()
            return timedelta(seconds=self._offset_at(wall - 86400))
        return timedelta(seconds=valid[min(dt.fold, len(valid) - 1)])

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(hours=1) if time.localtime().tm_isdst > 0 else timedelta(0)
        stamp = (dt.replace(tzinfo=None) - _EPOCH - self.utcoffset(dt)).total_seconds()
        return timedelta(hours=1) if time.localtime(stamp).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        if dt is None:
            return time.localtime().tm_zone
        stamp = (dt.replace(tzinfo=None) - _EPOCH - self.utcoffset(dt)).total_seconds()
        return time.localtime(stamp).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        naive = dt.replace(tzinfo=None)
        offset = self._offset_at((naive - _EPOCH).total_seconds())
        local = (naive + timedelta(seconds=offset)).replace(tzinfo=self)
        valid = self._offsets_for_wall(local)
        fold = 1 if len(valid) > 1 and offset == valid[-1] else 0
        return local.replace(fold=fold)

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

    @staticmethod
    def elapsed() -> float:
        """Seconds on a clock that never jumps and keeps counting while the computer sleeps
        (CLOCK_BOOTTIME on Linux; elsewhere the monotonic clock, which may stop in sleep)."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            return time.clock_gettime(boottime)
        return time.monotonic()


class FixedClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: datetime, zone: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware start time")
        self._now = start.astimezone(UTC)
        self._zone = zone or UTC
        self._monotonic = 1000.0  # moves with advance() and forward set()s, never back

    def now(self) -> datetime:
        return self._now

    def local_zone(self) -> tzinfo:
        return self._zone

    def monotonic(self) -> float:
        return self._monotonic

    def elapsed(self) -> float:
        return self._monotonic  # a fixed clock never sleeps

    def advance(self, delta: timedelta) -> None:
        self._now += delta
        self._monotonic += max(0.0, delta.total_seconds())

    def set(self, when: datetime) -> None:
        """Jump the wall clock (as a clock change would); the monotonic reading only moves on."""
        moved = (when.astimezone(UTC) - self._now).total_seconds()
        self._now = when.astimezone(UTC)
        self._monotonic += max(0.0, moved)


SYSTEM_CLOCK = SystemClock()  # the one real clock, for callers that were given none


def local_now(clock: Clock | None = None) -> datetime:
    """The local time now on `clock` (the real clock when None): for names of files kept aside
    and backups, which a person reads."""
    chosen = clock or SYSTEM_CLOCK
    return chosen.now().astimezone(chosen.local_zone())
