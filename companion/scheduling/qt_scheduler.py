"""APScheduler on the Qt event loop, done right for PySide6.

APScheduler 3.11's own `QtScheduler` keeps the return value of `QTimer.singleShot`, which is
`None` in PySide6, so it can never stop its timer: every wake-up (adding, changing or
rescheduling a job) starts one more timer chain, and jobs then run many times over. Its default
executor is also a thread pool, so jobs would run off the GUI thread.

This scheduler owns exactly one single-shot `QTimer` (stopped, then started, on every wake-up)
and runs jobs with the `debug` executor, i.e. directly on the Qt thread. Each wait is capped, so
a changed wall clock is noticed within a minute.
"""

from __future__ import annotations

from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QTimer

MAX_WAIT_MS = 60_000


class QtTimerScheduler(BaseScheduler):  # type: ignore[misc]  # APScheduler has no type hints
    def __init__(self, **options: Any) -> None:
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        # The slot must return None: PySide6 mishandles the reference count of a value returned
        # by a Python slot on a void signal (seen as a crash in bool_dealloc).
        self._timer.timeout.connect(self._on_timeout)
        super().__init__(**options)

    def _create_default_executor(self) -> DebugExecutor:
        return DebugExecutor()

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._timer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._timer.stop()
        if wait_seconds is not None:
            self._timer.start(max(0, min(int(wait_seconds * 1000), MAX_WAIT_MS)))

    def _on_timeout(self) -> None:
        self._process_jobs()

    def _process_jobs(self) -> float | None:
        wait_seconds: float | None = super()._process_jobs()
        self._start_timer(wait_seconds)
        return wait_seconds

    @property
    def timer(self) -> QTimer:
        """The one timer (exposed for tests)."""
        return self._timer
