"""The welcome on a first start, in the real app started in-process on a temporary home."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import CompanionApp
from companion.domain.mood import make_mood_input
from companion.features import welcome as welcome_feature
from companion.paths import AppPaths
from companion.settings import load_settings
from companion.ui.welcome import WelcomeWindow
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    home = tmp_path / "home"
    return AppPaths(home, home)


@pytest.fixture
def soon(monkeypatch):
    """The first look comes at once, not after the first microphone probe."""
    monkeypatch.setattr(welcome_feature, "LOOK_SCALE", 0.0)


def start(qtbot, paths, clock=None, language="en", welcome=True) -> CompanionApp:
    clock = clock or FakeClock(MONDAY_10, SHANGHAI)
    return start_app(qtbot, paths, language, clock=clock, welcome=welcome)


def shown(qtbot, app: CompanionApp) -> WelcomeWindow:
    qtbot.waitUntil(lambda: app.welcome.window is not None and app.welcome.window.isVisible())
    window = app.welcome.window
    assert window is not None
    qtbot.addWidget(window)
    return window


def state(paths: AppPaths) -> dict:
    return json.loads((paths.data_dir / "welcome.json").read_text(encoding="utf-8"))


def test_a_first_start_says_hello_once_and_esc_skips_it_for_good(qtbot, paths, soon):
    app = start(qtbot, paths)
    try:
        window = shown(qtbot, app)
        assert state(paths) == {"welcome": "pending"}
        assert window.windowTitle() == "Welcome to Companion"
        # offscreen there is no tray: the stand-in window, and its "Log mood…" button
        assert "no system tray" in window.where.text()
        assert "“Log mood…”" in window.logging.text()
        assert window.hours.text() == "09:00-18:00"
        checked = [box.isChecked() for box in window.day_boxes]
        assert checked == [True] * 5 + [False] * 2
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible()
        assert state(paths) == {"welcome": "done"}
        assert load_settings(paths.settings_file).values == {}  # Skip changes nothing
    finally:
        app.shut_down()
    again = start(qtbot, paths)
    try:
        qtbot.wait(100)
        assert again.welcome.window is None
    finally:
        again.shut_down()


def test_a_first_start_that_quit_before_the_welcome_shows_it_next_time(qtbot, paths, monkeypatch):
    monkeypatch.setattr(welcome_feature, "LOOK_SCALE", 1000.0)  # it never gets to look
    app = start(qtbot, paths)
    app.shut_down()
    assert state(paths) == {"welcome": "pending"}
    monkeypatch.setattr(welcome_feature, "LOOK_SCALE", 0.0)
    again = start(qtbot, paths)
    try:
        shown(qtbot, again)
    finally:
        again.shut_down()


def test_someone_who_already_has_data_does_not_see_it(qtbot, paths, soon):
    before = start(qtbot, paths, welcome=False)  # an earlier version, without the welcome
    try:
        assert before.journal is not None
        now = before.clock.now()
        before.journal.add_mood(make_mood_input(at=now, now=now, stress=4, emotions=["calm"]))
        qtbot.wait(50)
        assert before.welcome.window is None
    finally:
        before.shut_down()
    upgraded = start(qtbot, paths)
    try:
        qtbot.wait(100)
        assert upgraded.welcome.window is None
        assert not (paths.data_dir / "welcome.json").exists()
    finally:
        upgraded.shut_down()


def test_it_waits_for_a_call_to_end_and_steps_aside_for_one(qtbot, paths, monkeypatch):
    monkeypatch.setattr(welcome_feature, "LOOK_SCALE", 1000.0)  # the test says when it looks
    app = start(qtbot, paths)
    try:
        app.breaks.set_on_call(True)  # a call is on when it would come
        app.welcome.first_look()
        qtbot.wait(50)
        assert app.welcome.window is None and app.welcome.waiting
        app.breaks.set_on_call(False)
        window = shown(qtbot, app)
        app.breaks.set_on_call(True)  # a call while it is open: it steps aside
        assert not window.isVisible()
        assert state(paths) == {"welcome": "pending"}
        app.breaks.set_on_call(False)
        qtbot.waitUntil(window.isVisible)
    finally:
        app.shut_down()


def test_after_a_call_it_leaves_the_keyboard_to_the_quick_log_and_comes_back_after(
    qtbot, paths, soon
):
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("[calls]\noffer_mood_log = true\n", encoding="utf-8")
    app = start(qtbot, paths)
    try:
        window = shown(qtbot, app)
        app.breaks.set_on_call(True)
        assert not window.isVisible()
        app.breaks.set_on_call(False)  # the quick log is offered at the call's end
        quick_log = app.mood.quick_log
        assert quick_log is not None and quick_log.isVisible()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is quick_log)
        qtbot.wait(1000)  # longer than it waits for a window the call's end opens
        assert not window.isVisible()  # it waits: the agent types in the quick log
        assert QApplication.activeWindow() is quick_log
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not quick_log.isVisible()
        qtbot.waitUntil(window.isVisible)  # then it comes back
        assert state(paths) == {"welcome": "pending"}
    finally:
        app.shut_down()


def test_start_applies_the_shift_to_the_settings_file_an_administrator_seeded(qtbot, paths, soon):
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(
        '# seeded by IT\n[shift]\nhours = ["08:00-17:00"]\ndays = ["mon", "tue", "wed"]\n',
        encoding="utf-8",
    )
    app = start(qtbot, paths)
    try:
        window = shown(qtbot, app)
        assert window.hours.text() == "08:00-17:00"  # pre-filled from the seeded file
        assert [box.isChecked() for box in window.day_boxes] == [True] * 3 + [False] * 4
        window.hours.setText("10:00-12:00, 13:00-19:00")
        window.day_boxes[3].setChecked(True)  # Thursday
        window.hours.setFocus()
        qtbot.keyClick(window.hours, Qt.Key.Key_Return)  # Enter is Start
        assert not window.isVisible()
        written = paths.settings_file.read_text(encoding="utf-8")
        assert written.startswith("# seeded by IT")  # the administrator's comment stays
        saved = load_settings(paths.settings_file)
        assert saved.get("shift.hours") == ["10:00-12:00", "13:00-19:00"]
        assert saved.get("shift.days") == ["mon", "tue", "wed", "thu"]
        assert app.settings.get("shift.hours") == ["10:00-12:00", "13:00-19:00"]
        assert state(paths) == {"welcome": "done"}
    finally:
        app.shut_down()


def test_the_first_break_sentence_is_the_break_drivers_next_break(qtbot, paths, soon):
    clock = FakeClock(MONDAY_10, SHANGHAI)
    app = start(qtbot, paths, clock)
    try:
        window = shown(qtbot, app)
        driver = app.breaks.driver
        assert driver is not None and driver.view.due is not None
        due = driver.view.due.astimezone(SHANGHAI)
        assert window.first_break.text() == f"Your first micro-break comes at {due:%H:%M} today."
        assert f"{due:%H:%M}" == "10:25"  # the app started late in the shift: counting from now
        window.hours.setText("14:00-18:00")  # off shift now: it follows the edit
        assert window.first_break.text() == "Your first micro-break comes at 14:25 today."
        window.hours.setText("09:00-10:20")  # ends before a break could come: the next day
        assert window.first_break.text() == "Your first micro-break comes tomorrow at 09:25."
        window.hours.setText("14:00-18:00")
        window.start_button.click()
        clock.set(clock.now() + timedelta(hours=4))  # 14:00: the new shift begins
        settings = app.settings
        driver.reconfigure(settings.shift_plan(), settings.break_rules())  # the driver looks
        assert driver.view.due is not None
        assert f"{driver.view.due.astimezone(SHANGHAI):%H:%M}" == "14:25"
    finally:
        app.shut_down()


def test_off_shift_it_names_the_day_and_wrong_hours_hold_start_back(qtbot, paths, soon):
    saturday = FakeClock(datetime(2026, 11, 28, 20, 0, tzinfo=SHANGHAI), SHANGHAI)
    app = start(qtbot, paths, saturday)
    try:
        window = shown(qtbot, app)
        assert window.first_break.text() == "Your first micro-break comes on Monday at 09:25."
        window.day_boxes[6].setChecked(True)  # Sunday too
        assert window.first_break.text() == "Your first micro-break comes tomorrow at 09:25."
        window.hours.setText("9 to 5")
        assert not window.start_button.isEnabled()
        assert "is not a time range like 09:00-18:00" in window.hours_error.text()
        qtbot.keyClick(window.hours, Qt.Key.Key_Return)
        assert window.isVisible()  # Enter does nothing while the hours are wrong
        for box in window.day_boxes:
            box.setChecked(False)
        window.hours.setText("09:00-18:00")
        assert "no shift comes in the next three weeks" in window.first_break.text()
    finally:
        app.shut_down()


def test_the_language_picked_applies_at_once_and_the_window_follows(qtbot, paths, soon):
    app = start(qtbot, paths, language=None)
    try:
        window = shown(qtbot, app)
        window.language.setCurrentIndex(window.language.findData("zh_CN"))
        assert app.speech.language == "zh_CN"
        assert load_settings(paths.settings_file).language == "zh_CN"
        assert window.day_boxes[0].text() == "周一"
        assert "09:25" in window.first_break.text() or "10:25" in window.first_break.text()
        window.language.setCurrentIndex(window.language.findData("en"))
        assert window.day_boxes[0].text() == "Mon"
        assert window.first_break.text() == "Your first micro-break comes at 10:25 today."
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # Skip keeps the language picked
        assert not window.isVisible() and state(paths) == {"welcome": "done"}
        assert load_settings(paths.settings_file).language == "en"
    finally:
        app.speech.translations.apply("en")
        app.shut_down()


def test_tab_goes_hours_days_language_skip_start(qtbot, paths, soon):
    app = start(qtbot, paths)
    try:
        window = shown(qtbot, app)
        window.activateWindow()
        window.hours.setFocus()
        qtbot.waitUntil(window.hours.hasFocus)
        [hours] = window.hours_edit.pickers  # 09:00-18:00: one range, with its pickers
        expected = [hours.start, hours.end, hours.remove, window.hours_edit.add_button]
        expected += [*window.day_boxes, window.language, window.skip_button, window.start_button]
        walked: list[QWidget] = []
        while len(walked) < len(expected):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if walked and QApplication.focusWidget() is walked[-1]:
                continue  # Tab goes from a time's hour to its minute before it moves on
            walked.append(QApplication.focusWidget())
        assert walked == expected
        hint = window.sizeHint()
        assert hint.width() <= 1000 and hint.height() <= 560  # a 1024×600 screen, with a frame
    finally:
        app.shut_down()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--lang", "en"], "en True False"),
        (["--no-welcome"], "None False False"),
        (["--lang", "zh_CN", "--no-welcome"], "zh_CN False False"),
        (["--no-welcome", "--no-welcome"], "None False True"),  # the parser takes it
    ],
)
def test_no_welcome_reaches_the_app_on_the_fast_path(argv, expected):
    """`run_app` is replaced: it prints the language, the welcome and whether the parser ran."""
    script = (
        "import sys, types\n"
        "app = types.ModuleType('companion.process.run')\n"
        "app.run_app = lambda language=None, welcome=True: print(language, welcome,"
        " 'companion.cli' in sys.modules) or 0\n"
        "sys.modules['companion.process.run'] = app\n"
        "from companion.process.entry import main\n"
        f"raise SystemExit(main({argv!r}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert run.stdout.strip() == expected
