"""What wakes the break driver, behind one small interface.

The driver asks for two kinds of wake-up: jobs that repeat every so many seconds (the heartbeat
and the probe) and one wake-up at a given moment (the next time the cycle changes by itself),
which each new request replaces. `SchedulerWakeups` gives them with APScheduler on the Qt
event loop; the tests give them with a fake that runs on a fake clock
(`tests/helpers/wakeups.py`), so the driver's rules are checked without waiting real seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from companion.scheduling.qt_scheduler import QtTimerScheduler

Job = Callable[[], None]


class Wakeups(Protocol):
    def start(self) -> None: ...

    def every(self, name: str, seconds: float, job: Job) -> None:
        """Run `job` every `seconds` (a late run is run once, never in a burst)."""
        ...

    def set_paused(self, name: str, paused: bool) -> None:
        """Hold the repeating job `name` (or let it go on); the next run is a full interval
        after it goes on."""
        ...

    def once_at(self, when: datetime | None, job: Job) -> None:
        """Run `job` once at `when`, in place of the one asked for before (None: none)."""
        ...

    def shut_down(self) -> None: ...

    def pending(self) -> bool:
        """Whether anything would still wake the driver."""
        ...


class SchedulerWakeups:
    """Wake-ups from APScheduler, on the Qt thread (see `qt_scheduler`)."""

    def __init__(self) -> None:
        self._scheduler = QtTimerScheduler(timezone=UTC, job_defaults={"coalesce": True})
        self._serial = 0
        self._current: str | None = None  # the one-off job asked for last: the only one to run

    def start(self) -> None:
        self._scheduler.start()

    def every(self, name: str, seconds: float, job: Job) -> None:
        self._scheduler.add_job(job, "interval", seconds=seconds, id=name, misfire_grace_time=None)

    def set_paused(self, name: str, paused: bool) -> None:
        found = self._scheduler.get_job(name)
        if found is None:
            return
        if paused:
            found.pause()
        elif found.next_run_time is None:
            found.resume()

    def once_at(self, when: datetime | None, job: Job) -> None:
        # APScheduler removes a date job by its id once it has run, so each one gets a new id.
        # A job replaced here may already be on the list APScheduler is running now (a
        # repeating job due at the same moment asked for the new one): removing it would make
        # APScheduler's own removal fail, so jobs already due are left to run, doing nothing.
        self._serial += 1
        once_id = f"once-{self._serial}"
        self._current = once_id if when is not None else None
        now = datetime.now(UTC)
        for found in self._scheduler.get_jobs():
            due = found.next_run_time
            if found.id.startswith("once-") and due is not None and due > now:
                found.remove()
        if when is None:
            return

        def run() -> None:
            if self._current == once_id:  # else replaced since it was asked for
                job()

        self._scheduler.add_job(run, "date", run_date=when, id=once_id, misfire_grace_time=None)

    def shut_down(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def pending(self) -> bool:
        return self._scheduler.timer.isActive()
