"""Today's summary asked for before today's shift (issue 15): it showed yesterday's figures as
"Your day". Now it says the shift has not started and names the shift its figures are from."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from tests.helpers.app import start_app

SHANGHAI = ZoneInfo("Asia/Shanghai")
TUESDAY_0730 = datetime(2026, 11, 24, 7, 30, tzinfo=SHANGHAI)  # the shift: Mon-Fri 09:00-18:00


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TUESDAY_0730, SHANGHAI)


@pytest.fixture
def app(qtbot, tmp_path, clock):
    companion = start_app(qtbot, AppPaths(tmp_path, tmp_path), "en", clock=clock)
    yield companion
    if companion.wellbeing.day_summary is not None:
        companion.wellbeing.day_summary.hide()
    companion.shut_down()


def log_at(app, clock: FixedClock, at: datetime, stress: int) -> None:
    app.store.add_mood(make_mood_input(at=at, now=clock.now(), stress=stress))


def test_before_the_shift_it_says_so_and_labels_yesterdays_figures(qtbot, app, clock):
    log_at(app, clock, datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI), 6)  # Monday, at work
    app.wellbeing.show_day_summary()
    window = app.wellbeing.day_summary
    assert window is not None and window.isVisible()
    assert window.title.text() == "Before your shift"
    assert window.before_line.isVisible()
    assert window.before_line.text() == "Today's shift starts at 09:00."
    assert window.day_label.text().startswith("Yesterday's shift · ")
    assert "23" in window.day_label.text() and "Mon" in window.day_label.text()
    assert window.entries_value.text() == "1"


def test_on_monday_morning_the_last_shift_is_fridays(qtbot, tmp_path):
    clock = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=SHANGHAI), SHANGHAI)  # Monday
    app = start_app(qtbot, AppPaths(tmp_path, tmp_path), "en", clock=clock)
    try:
        app.wellbeing.show_day_summary()
        window = app.wellbeing.day_summary
        assert window.day_label.text().startswith("Your last shift · ")
        assert "Fri" in window.day_label.text()
    finally:
        app.wellbeing.day_summary.hide()
        app.shut_down()


def test_once_the_shift_has_started_it_is_todays_day(qtbot, app, clock):
    clock.set(TUESDAY_0730 + timedelta(hours=2))  # 09:30
    log_at(app, clock, clock.now() - timedelta(minutes=5), 4)
    app.wellbeing.show_day_summary()
    window = app.wellbeing.day_summary
    assert window.title.text() == "Your day"
    assert not window.before_line.isVisible()
    assert "Yesterday" not in window.day_label.text() and "24" in window.day_label.text()
    assert window.entries_value.text() == "1"
