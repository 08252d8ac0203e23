"""The one fake clock of the suite.

It is the domain's FixedClock (wall time, local zone, a monotonic reading that moves only
forward) with two conveniences: calling it gives the monotonic reading, so it can be handed to
a window or a probe that takes `clock.monotonic`, and `advance` takes plain seconds too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from companion.domain.clock import FixedClock

START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # a Monday, 09:00 in Shanghai


class FakeClock(FixedClock):
    def __init__(self, start: datetime = START, zone: tzinfo | None = None) -> None:
        super().__init__(start, zone)

    def __call__(self) -> float:
        return self.monotonic()

    def advance(self, delta: timedelta | float) -> None:
        super().advance(delta if isinstance(delta, timedelta) else timedelta(seconds=delta))
