"""A whole shift at high speed: Companion must not grow while it runs all day.

An agent starts Companion at 09:00 and leaves it running until 17:00: breaks come and go (taken,
postponed, skipped, ended early, left to start by themselves), calls start and end, a mood is
logged after many calls, offers and notices are shown and closed, and the trends are opened once.
The clock is driven by the test (one simulated minute per step), so eight hours take seconds.
After a warm-up hour the resident memory may not grow by more than 10 MB: a leak check.
"""

from __future__ import annotations

import gc
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from companion.app import CompanionApp
from companion.domain.breaks import Phase
from companion.paths import AppPaths
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.slow

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY_MORNING = datetime(2026, 11, 23, 8, 55, tzinfo=SHANGHAI)
SHIFT = """\
language = "en"
[shift]
days = ["mon", "tue", "wed", "thu", "fri"]
hours = ["09:00-17:00"]
[calls]
detect_microphone = false
"""
ALLOWED_GROWTH_KB = 10 * 1024


def resident_kb() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


def settle(*, collect: bool = False) -> None:
    """Let Qt run what is queued and delete what was scheduled for deletion."""
    for _ in range(2):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if collect:
        gc.collect()


class Agent:
    """What the person at the desk does, one minute at a time."""

    def __init__(self, app: CompanionApp, clock: FakeClock) -> None:
        self.app, self.clock = app, clock
        self.minute = 0
        self.call_ends_at: int | None = None
        self.done = {"breaks": 0, "calls": 0, "logs": 0}

    def work_one_minute(self) -> None:
        app = self.app
        driver = app.breaks.driver
        assert (
            driver is not None
            and app.breaks.presenter is not None
            and app.wellbeing.driver is not None
        )
        self.minute += 1
        self.clock.advance(timedelta(minutes=1))
        driver._look()  # what the heartbeat timer does, at simulated time
        app.wellbeing.driver.check()
        self.answer_breaks()
        if self.call_ends_at == self.minute:
            app.breaks.set_on_call(False)  # the call ends; a break that fell due comes now
            self.call_ends_at = None
            if self.done["calls"] % 2 == 0:
                self.log_mood()
        elif self.call_ends_at is None and self.minute % 9 == 0:
            app.breaks.set_on_call(True)  # `companion call start`, or the tray's "I'm on a call"
            self.done["calls"] += 1
            self.call_ends_at = self.minute + 1 + self.minute % 5
        self.close_what_was_offered()
        settle()

    def answer_breaks(self) -> None:
        app = self.app
        driver, breaks = app.breaks.driver, app.breaks.presenter
        assert driver is not None and breaks is not None
        view = driver.view
        if view.phase is Phase.NOTICE and breaks.notice.isVisible():
            choice = self.minute % 4
            if choice == 0:
                breaks.notice.start_now.emit()
            elif choice == 1 and view.can_postpone:
                breaks.notice.postpone.emit()
            elif choice == 2:
                breaks.notice.skip.emit()
            # otherwise it runs out by itself at the next minute
        if driver.view.phase is Phase.BREAK and breaks.window.isVisible():
            self.done["breaks"] += 1
            if self.minute % 3 == 0:
                breaks.window.end_early()
            else:
                breaks.window.finished.emit(breaks.window.remaining_seconds())

    def log_mood(self) -> None:
        app = self.app
        app.mood.show_quick_log()
        assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
        stress = self.minute % 11
        app.mood.quick_log.form.set_values(
            stress, ("tense", "angry") if stress > 5 else ("calm",), "refund", f"call {self.minute}"
        )
        app.mood.quick_log.save()
        assert not app.mood.quick_log.isVisible()
        self.done["logs"] += 1

    def close_what_was_offered(self) -> None:
        """Offers after a stressful log, notices and the summary are read, then closed."""
        app = self.app
        for box in list(app.notices.boxes):
            box.done(0)
        for window in (
            app.reframing.support_offer,
            app.wellbeing.day_summary,
            app.wellbeing.checkin,
            app.mood.history,
        ):
            if window is not None and window.isVisible():
                window.close()


def test_a_whole_shift_at_high_speed_does_not_grow_the_memory(qtbot, tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    paths.settings_file.write_text(SHIFT, encoding="utf-8")
    clock = FakeClock(MONDAY_MORNING, SHANGHAI)
    # Everything the app schedules or stamps uses the simulated time.
    app = start_app(qtbot, paths, ready=lambda app: app.breaks.driver is not None, clock=clock)
    agent = Agent(app, clock)
    try:
        # Warm-up: the first hour, every kind of window once, and the trends opened and closed
        # (loading pyqtgraph is a one-off, not growth).
        for _ in range(65):
            agent.work_one_minute()
        agent.log_mood()
        app.mood.show_history()
        app.mood.show_dashboard()
        assert app.mood.dashboard is not None
        qtbot.waitUntil(app.mood.dashboard.isVisible)
        app.mood.dashboard.close()
        agent.close_what_was_offered()
        settle(collect=True)
        start_kb = resident_kb()
        start_done = dict(agent.done)

        while clock.now().astimezone(SHANGHAI).hour < 17:
            agent.work_one_minute()
        for _ in range(30):  # after the shift: the summary comes, nothing else
            agent.work_one_minute()
        settle(collect=True)
        grown_kb = resident_kb() - start_kb
    finally:
        app.shut_down()

    # It really was a busy shift, every part of it used all day long.
    assert agent.done["breaks"] - start_done["breaks"] >= 8, agent.done
    assert agent.done["calls"] - start_done["calls"] >= 30, agent.done
    assert agent.done["logs"] - start_done["logs"] >= 15, agent.done
    assert grown_kb < ALLOWED_GROWTH_KB, (
        f"memory grew by {grown_kb / 1024:.1f} MB over seven hours ({agent.done})"
    )
