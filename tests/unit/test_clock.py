"""The one clock: wall time, the local zone and a monotonic reading that never goes back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.domain.clock import FixedClock, SystemClock, local_now


def test_a_fixed_clock_moves_its_monotonic_reading_only_forward():
    clock = FixedClock(datetime(2026, 11, 23, 1, 0, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    start = clock.monotonic()
    clock.advance(timedelta(seconds=90))
    assert clock.monotonic() - start == 90
    clock.set(datetime(2026, 11, 23, 0, 0, tzinfo=UTC))  # the wall clock is set back an hour
    assert clock.monotonic() - start == 90
    clock.set(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    assert clock.monotonic() - start == 90 + 7200


def test_local_now_reads_the_given_clock_in_its_zone():
    clock = FixedClock(datetime(2026, 11, 23, 1, 30, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    assert local_now(clock).strftime("%H:%M") == "09:30"
    assert abs((local_now() - SystemClock().now()).total_seconds()) < 5


def test_the_system_clock_has_all_three_readings():
    clock = SystemClock()
    assert clock.now().tzinfo is UTC
    assert clock.local_zone() is not None
    first = clock.monotonic()
    assert clock.monotonic() >= first
