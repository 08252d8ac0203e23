"""Wake-ups on the fake clock: what `SchedulerWakeups` does, with time that moves when told.

`advance(seconds)` moves the clock to each wake-up due on the way, in order, and runs it
there, as the real scheduler would (a repeating job that fell behind runs once, not in a
burst), then moves the clock to the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tests.helpers.clock import FakeClock


@dataclass
class Repeating:
    seconds: float
    job: Callable[[], None]
    due: datetime
    paused: bool = False


class FakeWakeups:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.repeating: dict[str, Repeating] = {}
        self.once: tuple[datetime, Callable[[], None]] | None = None
        self.started = False
        self.runs: list[str] = []  # what ran, in order ("heartbeat", "probe", "once")

    # -- the Wakeups interface ---------------------------------------------------------------

    def start(self) -> None:
        self.started = True

    def every(self, name: str, seconds: float, job: Callable[[], None]) -> None:
        due = self.clock.now() + timedelta(seconds=seconds)
        self.repeating[name] = Repeating(seconds, job, due)

    def set_paused(self, name: str, paused: bool) -> None:
        found = self.repeating.get(name)
        if found is None or found.paused == paused:
            return
        found.paused = paused
        if not paused:
            found.due = self.clock.now() + timedelta(seconds=found.seconds)

    def once_at(self, when: datetime | None, job: Callable[[], None]) -> None:
        self.once = None if when is None else (when, job)

    def shut_down(self) -> None:
        self.started = False
        self.repeating.clear()
        self.once = None

    def pending(self) -> bool:
        return self.started and (
            self.once is not None or any(not r.paused for r in self.repeating.values())
        )

    # -- moving time -------------------------------------------------------------------------

    def next_due(self) -> tuple[datetime, str] | None:
        found = [(r.due, name) for name, r in self.repeating.items() if not r.paused]
        if self.once is not None:
            found.append((self.once[0], "once"))
        return min(found) if found else None

    def advance(self, seconds: float) -> None:
        end = self.clock.now() + timedelta(seconds=seconds)
        while self.started:
            due = self.next_due()
            if due is None or due[0] > end:
                break
            when, name = due
            if when > self.clock.now():
                self.clock.set(when)
            self.runs.append(name)
            if name == "once":
                assert self.once is not None
                job, self.once = self.once[1], None
                job()
            else:
                repeating = self.repeating[name]
                step = timedelta(seconds=repeating.seconds)
                while repeating.due <= self.clock.now():  # late runs coalesce into one
                    repeating.due += step
                repeating.job()
        if end > self.clock.now():
            self.clock.set(end)
