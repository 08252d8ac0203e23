"""The break and call shortcuts in the running app (fake key backends; tests/e2e presses the
real keys on X): they answer the notice from any program, say what they did in the tray, and
show in the settings whether each works here."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from companion.domain.breaks import Phase
from companion.domain.key_sequence import DEFAULT_SHORTCUTS
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock

# The fixtures `paths` and `backend` are used by name.
from tests.ui.test_app import ALL_DAY, paths  # noqa: F401
from tests.ui.test_quick_log_shortcut import FakeBackend, backend  # noqa: F401

# ruff: noqa: F811

TUESDAY_TEN = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def held(made: list[FakeBackend]) -> dict[str, FakeBackend]:
    return {fake.held.text: fake for fake in made if fake.held is not None}


def notice_due(app, clock: FakeClock, seconds: float) -> None:
    """Let `seconds` pass a minute at a time, the driver looking each time as its heartbeat
    would (a longer gap would read as the computer having slept)."""
    while seconds > 0:
        step = min(60.0, seconds)
        clock.advance(step)
        seconds -= step
        app.breaks.driver.notice_timed_out()


def test_each_key_answers_the_notice_from_any_program(qtbot, paths, backend, caplog):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    clock = FakeClock(TUESDAY_TEN)
    app = start_app(qtbot, paths, "en", clock=clock)
    try:
        keys = held(backend)
        assert set(keys) == set(DEFAULT_SHORTCUTS.values())  # all five held
        driver, presenter = app.breaks.driver, app.breaks.presenter
        with caplog.at_level(logging.INFO, logger="companion.features.breaks"):
            keys["Ctrl+Alt+P"].press()
            assert "No break is waiting to be postponed." in caplog.text

            notice_due(app, clock, 25 * 60 - 10)
            assert driver.view.phase is Phase.NOTICE and presenter.notice.isVisible()
            assert presenter.notice.keys.text() == (
                "Ctrl+Alt+B starts · Ctrl+Alt+P postpones · Ctrl+Alt+S skips"
            )
            keys["Ctrl+Alt+P"].press()
            assert driver.view.phase is Phase.WORKING and driver.view.postponed == 1
            assert "Break postponed by 5 min." in caplog.text

            notice_due(app, clock, 5 * 60)
            assert driver.view.phase is Phase.NOTICE
            keys["Ctrl+Alt+S"].press()
            assert "break recorded: micro, skipped" in caplog.text

            keys["Ctrl+Alt+B"].press()  # a break now, whenever wanted
            assert driver.view.phase is Phase.BREAK
            clock.advance(12)
            keys["Ctrl+Alt+S"].press()  # during a break: ends it early, the keyboard untouched
            assert driver.view.phase is Phase.WORKING
            assert "break recorded: micro, ended_early" in caplog.text

            keys["Ctrl+Alt+C"].press()
            assert driver.view.on_call
            assert "On a call: breaks wait until it ends." in caplog.text
            keys["Ctrl+Alt+C"].press()
            assert not driver.view.on_call
            assert "Call ended: breaks go on as usual." in caplog.text
    finally:
        app.shut_down()


def test_the_settings_show_each_key_and_a_taken_one_says_so(qtbot, paths, backend):
    paths.settings_file.write_text(
        ALL_DAY + '[shortcuts]\nskip_break = "Ctrl+Alt+T"\n', encoding="utf-8"
    )  # Ctrl+Alt+T: another program's (FakeBackend.taken)
    app = start_app(qtbot, paths, "en", clock=FakeClock(TUESDAY_TEN))
    try:
        app.settings_window.show()
        dialog = app.settings_window.dialog
        assert dialog is not None
        tab = dialog.keys
        assert tab.states["shortcuts.postpone_break"].text() == "Works"
        assert tab.states["shortcuts.skip_break"].text() == "Taken by another program"
        assert "Ctrl+Alt+B" in tab.edits["shortcuts.start_break"].keySequence().toString()
        assert not any(fake.held is not None for fake in backend)  # let go while it is open
        # …yet a change arriving meanwhile (config set) shows them as they work outside it
        status = app._detection()
        assert status.shortcut_reason is None and status.shortcut_sequence == "Ctrl+Alt+M"
        assert status.shortcuts["shortcuts.postpone_break"] == (None, "Ctrl+Alt+P")
        dialog.follow(app.keeper.as_they_are(), status)
        assert tab.states["shortcuts.postpone_break"].text() == "Works"
        tab.edits["shortcuts.call"].setKeySequence(tab.edits["shortcuts.quick_log"].keySequence())
        assert not dialog.save_button.isEnabled()
        assert tab.shortcut_error.text() == (
            "Ctrl+Alt+M is set twice: give each shortcut its own keys."
        )
        dialog.close()
        assert "Ctrl+Alt+P" in held(backend)  # taken again when it closes
    finally:
        app.shut_down()


@pytest.mark.parametrize("key", list(DEFAULT_SHORTCUTS))
def test_every_key_can_be_turned_off_in_the_file(qtbot, paths, backend, key):
    section, name = key.split(".")
    paths.settings_file.write_text(ALL_DAY + f'[{section}]\n{name} = ""\n', encoding="utf-8")
    app = start_app(qtbot, paths, "en", clock=FakeClock(TUESDAY_TEN))
    try:
        assert DEFAULT_SHORTCUTS[key] not in held(backend)
        assert len(held(backend)) == len(DEFAULT_SHORTCUTS) - 1
    finally:
        app.shut_down()


def test_the_welcome_names_the_call_key_where_calls_cannot_be_detected(qtbot, paths, backend):
    paths.settings_file.write_text("[calls]\ndetect_microphone = false\n", encoding="utf-8")
    app = start_app(qtbot, paths, "en", clock=FakeClock(TUESDAY_TEN), welcome=True)
    try:
        qtbot.waitUntil(lambda: app.welcome.window is not None)
        window = app.welcome.window
        assert "press Ctrl+Alt+C" in window.calls.text()
    finally:
        app.shut_down()


class Hands:
    """An idle probe the test moves: typing (input just now) or resting."""

    name = "test hands"
    unavailable_reason = None

    def __init__(self) -> None:
        self.seconds = 0.1

    def idle_seconds(self) -> float:
        return self.seconds

    def close(self) -> None:
        pass


def test_the_mood_log_after_a_call_waits_until_the_call_is_typed_up(qtbot, paths, monkeypatch):
    from companion.platform import idle

    hands = Hands()
    monkeypatch.setattr(idle, "make_idle_probe", lambda: hands)
    paths.settings_file.write_text(ALL_DAY + "[calls]\noffer_mood_log = true\n", encoding="utf-8")
    app = start_app(qtbot, paths, "en")
    try:
        app.breaks.set_on_call(True)
        app.breaks.set_on_call(False)  # the call ends; the agent types its notes
        qtbot.wait(1500)
        assert app.mood.quick_log is None or not app.mood.quick_log.isVisible()
        hands.seconds = 4.0  # done typing: hands off the keys for 4 s
        qtbot.waitUntil(lambda: app.mood.quick_log is not None and app.mood.quick_log.isVisible())
    finally:
        app.shut_down()


def test_a_new_call_drops_the_offer_and_a_break_holds_it_until_after(qtbot, paths, monkeypatch):
    from companion.platform import idle

    hands = Hands()
    monkeypatch.setattr(idle, "make_idle_probe", lambda: hands)
    paths.settings_file.write_text(ALL_DAY + "[calls]\noffer_mood_log = true\n", encoding="utf-8")
    app = start_app(qtbot, paths, "en")
    try:
        app.breaks.set_on_call(True)
        app.breaks.set_on_call(False)
        app.breaks.set_on_call(True)  # the next customer, straight away
        hands.seconds = 30.0  # listening, hands off the keys: no offer during the call
        qtbot.wait(1500)
        assert app.mood.quick_log is None or not app.mood.quick_log.isVisible()
        hands.seconds = 0.1  # the call ends; its notes are typed
        app.breaks.set_on_call(False)
        app.breaks.start_now()  # and a break comes (one that fell due during the call)
        hands.seconds = 30.0  # resting in the break
        qtbot.wait(1500)
        assert app.mood.quick_log is None or not app.mood.quick_log.isVisible()
        app.breaks.presenter.window.end_early()  # the break is over: now it may come
        qtbot.waitUntil(lambda: app.mood.quick_log is not None and app.mood.quick_log.isVisible())
    finally:
        app.shut_down()
