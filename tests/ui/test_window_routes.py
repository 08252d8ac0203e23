"""A keyboard route to every window (issue 32, item 15): the global keys that open the mood log,
the trends and the settings (fake key backends here; tests/e2e/test_window_keys_x11.py presses
the real keys on an X screen), `companion open`, and the stand-in window, where no tray is,
offering every window as a button that Tab reaches, with the keys beside it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from companion.domain.breaks import Phase
from companion.ipc.protocol import Open
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock

# The fixtures `paths` and `backend` are used by name.
from tests.ui.test_app import ALL_DAY, paths  # noqa: F401
from tests.ui.test_break_keys import held
from tests.ui.test_quick_log_shortcut import backend  # noqa: F401

# ruff: noqa: F811

TUESDAY_TEN = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def shown(window) -> bool:
    return window is not None and window.isVisible()


def test_each_window_key_opens_its_window(qtbot, paths, backend, caplog):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    app = start_app(qtbot, paths, "en", clock=FakeClock(TUESDAY_TEN))
    try:
        keys = held(backend)
        assert {"Ctrl+Alt+H", "Ctrl+Alt+R", "Ctrl+Alt+Shift+S"} <= set(keys)
        with caplog.at_level(logging.INFO, logger="companion.features.routes"):
            keys["Ctrl+Alt+H"].press()
            assert shown(app.mood.history)
            keys["Ctrl+Alt+R"].press()
            qtbot.waitUntil(lambda: shown(app.mood.dashboard))
            keys["Ctrl+Alt+Shift+S"].press()
            assert shown(app.settings_window.dialog)
        assert "mood_log opened by its shortcut" in caplog.text
        assert "trends opened by its shortcut" in caplog.text
        assert "settings opened by its shortcut" in caplog.text
        # The settings window records keys: every global key is let go meanwhile…
        assert not any(fake.held is not None for fake in backend)
        app.settings_window.dialog.close()
        assert "Ctrl+Alt+H" in held(backend)  # …and taken again when it closes
    finally:
        app.shut_down()


def test_the_window_keys_wait_during_a_break(qtbot, paths, backend, caplog):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    app = start_app(qtbot, paths, "en", clock=FakeClock(TUESDAY_TEN))
    try:
        app.breaks.start_now()
        assert app.breaks.driver.view.phase is Phase.BREAK
        with caplog.at_level(logging.INFO, logger="companion.features.routes"):
            held(backend)["Ctrl+Alt+R"].press()
        assert "trends shortcut ignored during a break" in caplog.text
        assert not shown(app.mood.dashboard)
    finally:
        app.shut_down()


def test_keys_changed_in_the_settings_are_held_and_shown(qtbot, paths, backend):
    paths.settings_file.write_text(
        ALL_DAY + '[shortcuts]\ntrends = "Ctrl+Alt+Y"\nsettings = ""\n', encoding="utf-8"
    )
    app = start_app(qtbot, paths, "en", clock=FakeClock(TUESDAY_TEN))
    try:
        keys = held(backend)
        assert "Ctrl+Alt+Y" in keys and "Ctrl+Alt+R" not in keys
        assert "Ctrl+Alt+Shift+S" not in keys
        stand_in = app.presence.stand_in
        assert stand_in.key_labels["shortcuts.trends"].text() == "Ctrl+Alt+Y from any program"
        assert stand_in.key_labels["shortcuts.settings"].text() == (
            "No keys set (Settings → Quick keys)"
        )
        assert stand_in.dashboard_button.accessibleDescription() == "Ctrl+Alt+Y from any program"
        reply = app.live_settings.set_from_command("shortcuts.settings", "ctrl+alt+j")
        assert reply.ok, reply.error
        assert "Ctrl+Alt+J" in held(backend)
        assert stand_in.key_labels["shortcuts.settings"].text() == "Ctrl+Alt+J from any program"
        refused = app.live_settings.set_from_command("shortcuts.mood_log", "Ctrl+Alt+M")
        assert not refused.ok
        assert "Ctrl+Alt+M is already the shortcut of shortcuts.quick_log" in refused.error
        # The Quick keys tab shows each window's key and whether it works here.
        app.settings_window.show()
        tab = app.settings_window.dialog.keys
        assert tab.labels["shortcuts.trends"].text() == "Open the t&rends"
        assert tab.edits["shortcuts.trends"].keySequence().toString() == "Ctrl+Alt+Y"
        assert tab.states["shortcuts.trends"].text() == "Works"
        assert tab.states["shortcuts.mood_log"].text() == "Works"
        tab.edits["shortcuts.mood_log"].setKeySequence(tab.edits["shortcuts.call"].keySequence())
        assert not app.settings_window.dialog.save_button.isEnabled()
        assert tab.shortcut_error.text() == (
            "Ctrl+Alt+C is set twice: give each shortcut its own keys."
        )
        app.settings_window.dialog.close()
    finally:
        app.shut_down()


@pytest.mark.parametrize("window", ["mood-log", "trends", "settings"])
def test_companion_open_brings_the_window(qtbot, paths, window):
    app = start_app(qtbot, paths, "en")
    try:
        app.handle_request(Open(window))
        found = {
            "mood-log": lambda: app.mood.history,
            "trends": lambda: app.mood.dashboard,
            "settings": lambda: app.settings_window.dialog,
        }[window]
        qtbot.waitUntil(lambda: shown(found()))
    finally:
        if found() is not None:
            found().close()
        app.shut_down()


# -- the stand-in window --------------------------------------------------------------------


def stand_in_buttons(app) -> dict[str, tuple[QPushButton, object]]:
    """Each window's button, with how to find the window it opens."""
    stand_in = app.presence.stand_in
    mood, wellbeing, reframing = app.mood, app.wellbeing, app.reframing
    return {
        "quick log": (stand_in.log_button, lambda: mood.quick_log),
        "mood log": (stand_in.history_button, lambda: mood.history),
        "trends": (stand_in.dashboard_button, lambda: mood.dashboard),
        "settings": (stand_in.settings_button, lambda: app.settings_window.dialog),
        "summary": (stand_in.summary_button, lambda: wellbeing.day_summary),
        "plan": (stand_in.plan_button, lambda: wellbeing.plan_window),
        "reframing": (stand_in.reframe_button, lambda: reframing.wizard),
        "exercises": (stand_in.exercises_button, lambda: reframing.exercises_window),
        "records": (stand_in.records_button, lambda: reframing.records_window),
        "where to turn": (stand_in.help_button, lambda: wellbeing.help_window),
        "check-in": (stand_in.checkin_button, lambda: wellbeing.checkin),
    }


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_stand_in_offers_every_window_and_tab_reaches_each(qtbot, paths, language):
    app = start_app(qtbot, paths, language)
    try:
        stand_in = app.presence.stand_in
        assert stand_in is not None and stand_in.isVisible()
        buttons = stand_in_buttons(app)
        # Tab, from the first button, reaches every button (and comes back round).
        stand_in.activateWindow()
        stand_in.log_button.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is stand_in.log_button)
        reached = []
        for _press in range(30):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
            if reached[-1] is stand_in.log_button:
                break
        for name, (button, _window) in buttons.items():
            assert button in reached, name
            assert "&" in button.text(), name  # an access key
        assert stand_in.more_button in reached and stand_in.quit_button in reached
        # Each button opens its window.
        for button, window in buttons.values():
            button.click()
            qtbot.waitUntil(lambda window=window: shown(window()), timeout=5000)
            window().hide()
        assert "Ctrl+Alt+H" in stand_in.key_labels["shortcuts.mood_log"].text()
    finally:
        app.shut_down()
        app.speech.translations.apply("en")  # the app's language was the whole process's
