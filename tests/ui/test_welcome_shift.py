"""The welcome's shift hours as an agent enters them: typed as they write a shift (`9-18`, a split
shift), with the time pickers, or with one click on a shift the administrator named; an error
is one line in its own room, and the first-break line never scrolls away. Also: what it says
about calls, and where it opens."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QScrollArea

from companion.features import welcome as welcome_feature
from companion.paths import AppPaths
from companion.settings import Settings, load_settings
from companion.ui.welcome import WelcomeWindow, WhereItLives, calls_sentence
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
PRESETS = '[shift.presets]\n"早班" = "7-15"\n"中班" = "11-19"\n"晚班" = "15-23"\n'


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    home = tmp_path / "home"
    return AppPaths(home, home)


@pytest.fixture
def welcome(qtbot, paths, monkeypatch):
    monkeypatch.setattr(welcome_feature, "LOOK_SCALE", 0.0)
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(PRESETS, encoding="utf-8")
    app = start_app(qtbot, paths, "en", clock=FakeClock(MONDAY_10, SHANGHAI), welcome=True)
    qtbot.waitUntil(lambda: app.welcome.window is not None and app.welcome.window.isVisible())
    window = app.welcome.window
    assert window is not None
    qtbot.addWidget(window)
    yield window
    app.shut_down()


def test_nine_to_six_typed_as_agents_write_it_is_taken_and_saved(qtbot, welcome, paths):
    welcome.hours.setText("9-18")
    assert welcome.start_button.isEnabled()
    assert not welcome.hours_error.isVisible()
    assert welcome.hours_edit.note.text() == "That is 09:00–18:00: 9 h."
    assert welcome.first_break.text() == "Your first micro-break comes at 10:25 today."
    [picker] = welcome.hours_edit.pickers
    assert (picker.start.time(), picker.end.time()) == (QTime(9, 0), QTime(18, 0))
    welcome.start_button.click()
    assert load_settings(paths.settings_file).get("shift.hours") == ["09:00-18:00"]


def test_a_split_shift_and_an_en_dash_are_two_ranges_with_their_pickers(qtbot, welcome, paths):
    welcome.hours.setText("9–12, 13:30-18")
    assert welcome.start_button.isEnabled()
    assert len(welcome.hours_edit.pickers) == 2
    assert welcome.hours_edit.note.text() == "That is 09:00–12:00 and 13:30–18:00: 7 h 30 min."
    second = welcome.hours_edit.pickers[1]
    second.end.setTime(QTime(19, 0))  # a picker rewrites the text
    assert welcome.hours.text() == "09:00-12:00, 13:30-19:00"
    welcome.hours_edit.add_button.click()  # a third range, after the last
    assert welcome.hours.text() == "09:00-12:00, 13:30-19:00, 20:00-24:00"
    welcome.hours_edit.pickers[2].remove.click()
    welcome.start_button.click()
    saved = load_settings(paths.settings_file).get("shift.hours")
    assert saved == ["09:00-12:00", "13:30-19:00"]


def test_an_overnight_shift_says_it_ends_the_next_day(welcome):
    welcome.hours.setText("22-6")
    assert welcome.hours_edit.note.text() == "That is 22:00–06:00 (next day): 8 h."
    assert welcome.start_button.isEnabled()


def test_a_bad_entry_is_one_line_in_its_own_room_and_nothing_moves(qtbot, welcome):
    welcome.hours.setText("9-18")
    qtbot.wait(50)
    group, first_break = welcome.shift_group.geometry(), welcome.first_break.geometry()
    welcome.hours.setText("9 to 5")
    qtbot.wait(50)
    assert welcome.hours_error.isVisible()
    assert welcome.hours_error.text() == "“9 to 5” is not a time range like 09:00-18:00."
    assert not welcome.hours_error.wordWrap()  # one line
    assert not welcome.start_button.isEnabled()
    assert welcome.shift_group.geometry() == group  # no layout jump
    assert welcome.first_break.geometry() == first_break
    assert welcome.first_break.text()  # it keeps its line, and says what comes once right
    welcome.hours.setText("x" * 300)
    qtbot.wait(50)
    assert len(welcome.hours_error.text()) < 80  # a long paste is quoted short
    assert welcome.shift_group.geometry() == group


def test_the_first_break_line_is_never_in_the_part_that_scrolls(qtbot, welcome):
    scroller = welcome.findChild(QScrollArea)
    assert scroller is not None
    assert not scroller.widget().isAncestorOf(welcome.first_break)
    assert welcome.first_break.isVisible()
    inside = welcome.rect()
    assert inside.contains(welcome.first_break.geometry())


def test_the_administrators_named_shifts_are_one_click_each(qtbot, welcome, paths):
    buttons = welcome.hours_edit.preset_buttons
    assert list(buttons) == ["早班", "中班", "晚班"]
    assert buttons["中班"].text() == "中班  11:00-19:00"
    buttons["晚班"].click()
    assert welcome.hours.text() == "15:00-23:00"
    assert buttons["晚班"].isChecked() and not buttons["早班"].isChecked()
    welcome.hours.setText("7-15")  # typed, it is that shift too
    assert buttons["早班"].isChecked() and not buttons["晚班"].isChecked()
    welcome.start_button.click()
    assert load_settings(paths.settings_file).get("shift.hours") == ["07:00-15:00"]


def test_it_says_breaks_wait_during_a_call_and_how_to_say_one_is_on(welcome):
    text = welcome.calls.text()
    assert text.startswith("Breaks never come during a call: they wait until it ends.")
    # offscreen: no sound server here, and no tray: the stand-in window's "More" menu
    assert "can't tell here when you are on a call" in text
    assert "“I'm on a call” under “Breaks and more”" in text
    assert "“companion call start” and “companion call end”" in text


def test_the_calls_sentence_names_the_tray_the_shortcut_and_a_microphone_that_tells():
    heard = calls_sentence(True, True, "I'm on a call")
    assert "notices a call by itself" in heard and "companion call" not in heard
    tray = calls_sentence(False, True, "I'm on a call")
    assert "choose “I'm on a call” in the icon's menu" in tray
    keys = calls_sentence(False, True, "I'm on a call", "Ctrl+Alt+C")
    assert "press Ctrl+Alt+C, choose “I'm on a call”" in keys


def test_a_tray_icon_not_yet_embedded_is_not_taken_for_the_top_left_corner(qtbot):
    """Right after it is shown, Qt gives a tray icon's place as (0, 0): the welcome must not
    open in that corner nor send the agent looking there."""
    where = WhereItLives(True, QRect(0, 0, 22, 22), "", "Log mood…")
    clock = FakeClock(MONDAY_10, SHANGHAI)
    window = WelcomeWindow(Settings(), where, lambda *_: None, clock, QIcon())
    qtbot.addWidget(window)
    window.retranslate("en")
    assert "top left" not in window.where.text()
    window.place()
    window.show()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert abs(frame.center().x() - area.center().x()) <= 6
    assert abs(frame.center().y() - area.center().y()) <= 32
