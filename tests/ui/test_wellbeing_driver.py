"""The reminder driver on the Qt loop with a fake clock: its signals, quiet times, its state
file, and the app showing the summary, the log reminder and the plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.clock import FixedClock
from companion.domain.reminders import ReminderSettings
from companion.domain.shift import ShiftPlan
from companion.scheduling.wellbeing_driver import CHECK_MS, WellbeingDriver
from tests.helpers.app import start_app
from tests.unit.test_reminders import FakeRecords

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 11, 23)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


class Setup:
    def __init__(self, tmp_path, settings=None, start: datetime | None = None) -> None:
        self.clock = FixedClock(start or at(17, 50), SHANGHAI)
        self.records = FakeRecords()
        self.quiet = False
        self.state_file = tmp_path / "reminders.json"
        self.driver = WellbeingDriver(
            ShiftPlan(),
            settings or ReminderSettings(),
            lambda: self.records,
            lambda: self.quiet,
            self.clock,
            self.state_file,
        )
        self.seen: list[str] = []
        self.driver.shift_ended.connect(lambda: self.seen.append("summary"))
        self.driver.log_reminder_due.connect(lambda: self.seen.append("log"))
        self.driver.checkin_due.connect(lambda: self.seen.append("checkin"))

    def until(self, moment: datetime) -> None:
        while self.clock.now() < moment:
            self.clock.advance(timedelta(minutes=1))
            self.driver.check()


@pytest.fixture
def setup(qtbot, tmp_path):
    made = Setup(tmp_path, ReminderSettings(checkin_enabled=False))
    yield made
    made.driver.shut_down()


def test_signals_at_shift_end_then_the_log_reminder(setup):
    setup.driver.start()
    assert setup.driver.timer.isActive() and setup.driver.timer.interval() == CHECK_MS
    setup.until(at(18, 10))
    assert setup.seen == ["summary"] and setup.driver.summary_day == MONDAY
    setup.until(at(20))
    assert setup.seen == ["summary", "log"] and setup.driver.log_day == MONDAY
    setup.driver.shut_down()
    assert not setup.driver.timer.isActive()


def test_nothing_while_quiet_then_shown_when_the_quiet_ends(setup):
    setup.driver.start()
    setup.quiet = True  # on a call, or breaks paused
    setup.until(at(18, 30))
    assert setup.seen == []
    setup.quiet = False
    setup.driver.check()
    assert setup.seen == ["summary", "log"]


def test_no_log_reminder_when_logged_and_none_twice_after_a_restart(setup, tmp_path):
    setup.records.entries.append(at(11))
    setup.driver.start()
    setup.until(at(20))
    assert setup.seen == ["summary"]
    assert setup.state_file.exists()
    # Restarted just after the shift end (that is, before the summary was due).
    again = Setup(tmp_path, ReminderSettings(checkin_enabled=False), at(17, 55))
    again.driver.start()
    again.until(at(20))
    assert again.seen == []


def test_a_damaged_state_file_is_ignored(qtbot, tmp_path):
    (tmp_path / "reminders.json").write_text("{not json", encoding="utf-8")
    made = Setup(
        tmp_path, ReminderSettings(summary_at_shift_end=False, log_after_shift=False), at(9)
    )
    made.driver.start()
    made.until(at(10, 5))
    assert made.seen == ["checkin"]
    made.records.check_ins.append(at(10, 30))  # done: no reminder
    made.until(at(14))
    assert made.seen == ["checkin"]


def test_a_check_in_put_off_is_offered_once_more(qtbot, tmp_path):
    made = Setup(
        tmp_path, ReminderSettings(summary_at_shift_end=False, log_after_shift=False), at(9)
    )
    made.driver.start()
    made.until(at(10, 30))
    made.driver.checkin_dismissed()  # at 10:30: the reminder comes at 12:30
    made.until(at(12, 29))
    assert made.seen == ["checkin"]
    made.until(at(17))
    assert made.seen == ["checkin", "checkin"]


# -- in the app --------------------------------------------------------------------------------


def test_the_app_shows_the_summary_the_plan_and_reminds_to_log(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    from companion.paths import AppPaths
    from companion.settings import load_settings

    paths = AppPaths(tmp_path, tmp_path)
    app = start_app(qtbot, paths, ready=lambda app: app.wellbeing.driver is not None)
    try:
        assert app.wellbeing.driver.timer.isActive()
        app.menu.summary_action.trigger()
        window = app.wellbeing.day_summary
        assert window is not None and window.isVisible()
        assert window.entries_value.text() == "0"
        window.at_shift_end.click()  # "Don't show at the end of a shift": saved
        assert load_settings(paths.settings_file).get("summary.at_shift_end") is False
        assert app.wellbeing.driver.planner.settings.summary_at_shift_end is False
        window.close()
        app.menu.plan_action.trigger()
        plan = app.wellbeing.plan_window
        assert plan is not None and plan.isVisible()
        plan.rows["reframing"].chosen.click()
        assert [goal.code for goal in app.store.goals()] == ["reframing"]
        assert plan.rows["reframing"].status.text() == "0 of 1"
        # The log reminder: a tray message whose click opens the quick log.
        shown = []
        monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
        app.presence.tray = QSystemTrayIcon()
        monkeypatch.setattr(app.presence.tray, "showMessage", lambda *args: shown.append(args[0]))
        app.wellbeing.driver.log_reminder_due.emit()
        assert shown == ["How was today?"]
        app.wellbeing.message_opened()
        assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
        app.mood.quick_log.close()
        app.wellbeing.message_opened()  # any other message: the mood log, as before
        assert app.mood.history is not None and app.mood.history.isVisible()
        app.presence.tray = None
    finally:
        app.shut_down()
    assert app.wellbeing.driver is None
