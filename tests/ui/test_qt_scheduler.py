"""The scheduler runs jobs on the Qt thread, once per due time, with one timer only."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QTimer

from companion.scheduling.qt_scheduler import QtTimerScheduler


def count_runs(qtbot, scheduler, modifications: int, seconds: float) -> tuple[list[float], set]:
    runs: list[float] = []
    threads: set[int] = set()

    def job() -> None:
        runs.append(time.monotonic())
        threads.add(threading.get_ident())

    scheduler.start()
    scheduler.add_job(job, "interval", seconds=1, id="tick")
    for _ in range(modifications):  # each one wakes the scheduler up
        scheduler.reschedule_job("tick", trigger="interval", seconds=1)
    qtbot.wait(int(seconds * 1000))
    scheduler.shutdown(wait=False)
    return runs, threads


def test_thirty_changes_still_give_one_run_a_second_on_the_qt_thread(qtbot):
    runs, threads = count_runs(qtbot, QtTimerScheduler(), modifications=30, seconds=3.5)
    assert 2 <= len(runs) <= 4  # once a second, not once per timer chain
    assert threads == {threading.get_ident()}  # the GUI thread, not a worker


def test_the_stock_qt_scheduler_has_the_flaw_this_one_fixes(qtbot):
    """Guards the reason for our own scheduler: the stock one keeps `QTimer.singleShot`'s
    return value, which is None in PySide6, so it holds no timer it could ever stop."""
    stock = QtScheduler()
    stock.start()
    stock.add_job(lambda: None, "interval", seconds=30)
    qtbot.wait(20)
    try:
        if QTimer.singleShot(10_000, lambda: None) is not None:
            pytest.fail("PySide6 now returns a timer from singleShot: re-check QtScheduler")
        assert stock._timer is None  # a pending wake-up it cannot stop or replace
    finally:
        stock.shutdown(wait=False)


def test_one_timer_is_reused_and_each_wait_capped_at_a_minute(qtbot):
    scheduler = QtTimerScheduler()
    scheduler.start()
    scheduler.add_job(lambda: None, "date", run_date=datetime.now() + timedelta(hours=2))
    qtbot.wait(50)
    assert scheduler.timer.isActive()
    assert scheduler.timer.interval() == 60_000  # not two hours: a clock change is seen
    scheduler.shutdown(wait=False)
    assert not scheduler.timer.isActive()
