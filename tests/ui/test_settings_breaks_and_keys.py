"""Settings (issue 15): a long-break interval shorter than the micro-break one is said and
blocks Save; the access key of a disabled Save types nothing into a field; and off shift the
tray's greyed "Pause breaks" says why."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.settings import load_settings
from companion.ui.settings import SettingsDialog
from companion.ui.tray import REST_OF_SHIFT, TrayMenu
from tests.ui.test_settings_dialog import WORKS


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    widget = SettingsDialog(load_settings(tmp_path / "settings.toml"), WORKS)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_long_break_more_often_than_a_micro_break_is_said_and_blocks_save(qtbot, dialog):
    spins = dialog.spins
    dialog.tabs.setCurrentWidget(dialog.breaks)
    spins["breaks.micro_interval_minutes"].setValue(45)
    spins["breaks.long_interval_minutes"].setValue(40)
    error = dialog.breaks.interval_error
    assert error.isVisible()
    assert "45 min" in error.text() and "more often than a micro-break" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.tabs.setCurrentWidget(dialog.shift)  # from another tab: where to look
    assert dialog.blocked.isVisible() and "Breaks tab" in dialog.blocked.text()
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    spins["breaks.long_interval_minutes"].setValue(90)
    assert not error.isVisible() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0]["breaks.long_interval_minutes"] == 90


def test_the_access_key_of_a_disabled_save_types_nothing(qtbot, dialog):
    dialog.tabs.setCurrentWidget(dialog.shift)
    field = dialog.shift.hours
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setText("09:00-18:00 oops")  # invalid: Save is disabled
    assert not dialog.save_button.isEnabled()
    before = field.text()
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert field.text() == before  # no "s" typed into the field
    assert dialog.blocked.isVisible()  # and Save says why it is disabled
    assert dialog.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_X)  # plain typing still types
    assert field.text() == before + "x"


def test_off_shift_the_pause_menu_says_why_it_is_greyed(qtbot):
    menu = TrayMenu("en")
    menu.show_breaks(
        on_shift=False, paused=False, on_call=False, next_shift=datetime(2026, 11, 30, 8, 0)
    )
    assert not menu.pause_actions[30].isEnabled()
    note = menu.off_shift_note
    assert note.isVisible() and not note.isEnabled()
    assert note.text() == "Off shift: breaks start again Mon 08:00"
    assert menu.pause_menu.actions()[0] is note  # the first line of the pause menu
    assert menu.pause_actions[REST_OF_SHIFT].toolTip() == note.text()
    assert menu.pause_menu.toolTipsVisible()
    menu.show_breaks(on_shift=True, paused=False, on_call=False)
    assert not note.isVisible() and menu.pause_actions[30].isEnabled()
    menu.show_breaks(on_shift=False, paused=False, on_call=False, next_shift=None)
    assert note.isVisible() and note.text() == "Off shift: no breaks until a shift starts"


def test_the_app_tells_the_menu_when_the_next_shift_starts(qtbot, tmp_path):
    from zoneinfo import ZoneInfo

    from companion.domain.clock import FixedClock
    from companion.paths import AppPaths
    from tests.helpers.app import start_app

    shanghai = ZoneInfo("Asia/Shanghai")
    clock = FixedClock(datetime(2026, 11, 28, 11, 0, tzinfo=shanghai), shanghai)  # Saturday
    app = start_app(qtbot, AppPaths(tmp_path, tmp_path), "en", clock=clock)
    try:
        qtbot.waitUntil(lambda: app.menu.off_shift_note.isVisible())
        assert app.menu.off_shift_note.text() == "Off shift: breaks start again Mon 09:00"
    finally:
        app.shut_down()
    assert QApplication.instance() is not None
