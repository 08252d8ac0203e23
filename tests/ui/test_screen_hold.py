"""Do not disturb, a presentation and a full-screen program hold break notices in the running
app exactly as a call does, through a stand-in for the screen-state probe answering each state
(the real probes: tests/unit/test_screen_state_probe.py, and under Wine
tests/windows/test_windows_notices.py). The settings say what holds breaks now."""

from __future__ import annotations

import pytest

from companion.domain.breaks import Phase
from companion.domain.screen_state import HOLDING, STATES
from companion.ui.settings.status import DetectionStatus, screen_sentence
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock
from tests.ui.test_app import ALL_DAY, paths  # noqa: F401
from tests.ui.test_app_desktop import open_settings
from tests.ui.test_break_keys import TUESDAY_TEN, notice_due

# ruff: noqa: F811


class Screen:
    """A screen-state probe the test sets, as SHQueryUserNotificationState would answer."""

    name = "test screen"
    unavailable_reason = None

    def __init__(self, state: str | None) -> None:
        self.answer = state
        self.closed = False

    def state(self) -> str | None:
        return self.answer

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def screen(monkeypatch) -> Screen:
    from companion.platform import screen_state

    stand_in = Screen("accepts")
    monkeypatch.setattr(screen_state, "make_screen_state_probe", lambda: stand_in)
    return stand_in


@pytest.mark.parametrize("state", STATES)
def test_each_state_holds_the_notice_or_lets_it_come(qtbot, paths, screen, state):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    clock = FakeClock(TUESDAY_TEN)
    screen.answer = state
    app = start_app(qtbot, paths, "en", clock=clock)
    try:
        driver, presenter = app.breaks.driver, app.breaks.presenter
        notice_due(app, clock, 25 * 60 + 5)  # the break fell due 5 s ago
        assert driver.screen_state == state
        if state in HOLDING:
            assert driver.view.phase is Phase.WORKING and driver.view.held
            assert not presenter.notice.isVisible()
            assert app.breaks.reminders_wait()
            _state, tooltip = app.breaks.look()
            assert tooltip == "Companion · Do not disturb or full screen: breaks wait until it ends"
            notice_due(app, clock, 20 * 60)  # twenty minutes of a presentation
            assert not presenter.notice.isVisible()
            screen.answer = "accepts"  # it ends
            notice_due(app, clock, 10)
        assert driver.view.phase is Phase.NOTICE and not driver.view.held
        assert presenter.notice.isVisible()  # offered right after, never lost
    finally:
        app.shut_down()
    assert screen.closed


def test_a_notice_on_screen_goes_when_a_presentation_starts(qtbot, paths, screen):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    clock = FakeClock(TUESDAY_TEN)
    app = start_app(qtbot, paths, "en", clock=clock)
    try:
        driver, presenter = app.breaks.driver, app.breaks.presenter
        notice_due(app, clock, 25 * 60 - 10)
        assert presenter.notice.isVisible()
        screen.answer = "presentation"
        notice_due(app, clock, 1)
        qtbot.waitUntil(lambda: not presenter.notice.isVisible())
        assert driver.view.phase is Phase.WORKING
        screen.answer = "accepts"
        notice_due(app, clock, 60)
        assert presenter.notice.isVisible()
    finally:
        app.shut_down()


def test_the_settings_say_what_holds_breaks_now(qtbot, paths, screen):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    clock = FakeClock(TUESDAY_TEN)
    screen.answer = "do_not_disturb"
    app = start_app(qtbot, paths, "en", clock=clock)
    try:
        notice_due(app, clock, 60)
        dialog = open_settings(qtbot, app)
        assert dialog.calls.screen_status.text() == (
            "The desktop is in Do not disturb: breaks wait."
        )
        dialog.close()
    finally:
        app.shut_down()


def status(state: str | None, reason: str | None = None) -> DetectionStatus:
    return DetectionStatus(
        None, "X11", None, "PulseAudio", screen_reason=reason, screen_name="s", screen_state=state
    )


def test_each_state_is_told_in_words_on_windows_and_linux():
    on_windows = {state: screen_sentence(status(state), "win32") for state in STATES}
    assert on_windows["do_not_disturb"] == "Windows is in Do not disturb: breaks wait."
    assert on_windows["presentation"] == "Windows is in presentation mode: breaks wait."
    assert on_windows["full_screen"] == "A program fills the screen: breaks wait."
    assert on_windows["accepts"] == on_windows["not_present"] == screen_sentence(status(None))
    assert "nothing in the way" in on_windows["accepts"]
    on_linux = screen_sentence(status("do_not_disturb"), "linux")
    assert on_linux == "The desktop is in Do not disturb: breaks wait."
    assert "can't be seen here" in screen_sentence(status(None, "wayland"), "linux")


def test_in_chinese_the_states_read_as_windows_names_them():
    from companion.ui.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")
    try:
        told = screen_sentence(status("do_not_disturb"), "win32")
        assert told == "Windows 处于“请勿打扰”状态：休息会等待。"
        assert (
            screen_sentence(status("presentation"), "win32") == "Windows 处于演示模式：休息会等待。"
        )
        assert screen_sentence(status("full_screen"), "win32") == "有程序正在全屏显示：休息会等待。"
    finally:
        translations.apply("en")
