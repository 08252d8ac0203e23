"""The "Your data" tab of the settings window: export and import ask for a file (CSV for a
folder), erase asks first; while the app works, the tab says the step and the buttons wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.settings import load_settings
from companion.ui.confirm import destructive_button
from companion.ui.settings import DetectionStatus, SettingsDialog
from companion.ui.style import STYLE_SHEET

WORKS = DetectionStatus(None, "X11 screen saver extension", None, "PulseAudio/PipeWire")


@pytest.fixture
def dialog(qtbot, tmp_path):
    widget = SettingsDialog(load_settings(tmp_path / "settings.toml"), WORKS)
    qtbot.addWidget(widget)
    widget.setStyleSheet(STYLE_SHEET)
    widget.show()
    qtbot.waitExposed(widget)
    page = widget.findChild(QWidget, "dataPage")
    widget.tabs.setCurrentWidget(page)
    return widget


def confirm_box(dialog) -> QMessageBox:
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def erase_signals(dialog) -> list[bool]:
    seen: list[bool] = []
    dialog.erase_requested.connect(lambda: seen.append(True))
    return seen


def test_the_data_tab_has_export_import_and_erase(qtbot, dialog):
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Your &data"
    assert dialog.tabs.currentWidget().objectName() == "dataPage"
    data = dialog.data
    for button in (data.export_button, data.export_csv_button, data.import_button):
        assert button.isVisible() and button.isEnabled() and not button.autoDefault()
    assert dialog.data.export_button.isVisible() and dialog.data.erase_button.isVisible()
    assert "cannot be undone" in dialog.data.erase_text.text()
    assert not dialog.data.erase_button.autoDefault() and not dialog.data.erase_button.isDefault()
    assert dialog.save_button.isDefault()  # Enter saves the settings; it never erases


def test_erase_asks_first_and_cancel_is_the_default(qtbot, dialog):
    seen = erase_signals(dialog)
    qtbot.mouseClick(dialog.data.erase_button, Qt.MouseButton.LeftButton)
    box = confirm_box(dialog)
    assert box.objectName() == "confirmErase"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert destructive_button(box).text() == "Erase everything"
    assert "cannot be undone" in box.text() and "settings are kept" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer keeps everything
    qtbot.waitUntil(lambda: not box.isVisible())
    assert seen == []
    assert dialog.isVisible()


def test_escape_cancels_the_erase(qtbot, dialog):
    seen = erase_signals(dialog)
    dialog.confirm_erase()
    box = confirm_box(dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert seen == []
    assert dialog.isVisible()  # Esc closed the question, not the settings


def test_confirming_asks_the_app_to_erase(qtbot, dialog):
    dialog.confirm_erase()
    box = confirm_box(dialog)
    with qtbot.waitSignal(dialog.erase_requested):
        destructive_button(box).click()


def test_export_asks_for_a_file_and_adds_json(qtbot, dialog, monkeypatch, tmp_path):
    asked: list[tuple] = []

    def save_name(*args):
        asked.append(args)
        return str(tmp_path / "my-data"), "JSON files (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    with qtbot.waitSignal(dialog.export_requested) as exported:
        qtbot.mouseClick(dialog.data.export_button, Qt.MouseButton.LeftButton)
    assert exported.args == [str(tmp_path / "my-data.json")]
    parent, _title, suggested, *_rest = asked[0]
    assert parent is dialog
    assert Path(suggested).name.startswith("companion-export-")


def test_cancelling_the_file_dialog_exports_nothing(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    seen: list[str] = []
    dialog.export_requested.connect(seen.append)
    dialog.data.export_button.click()
    assert seen == []


def test_import_asks_for_an_export_file(qtbot, dialog, monkeypatch, tmp_path):
    asked: list[tuple] = []

    def open_name(*args):
        asked.append(args)
        return str(tmp_path / "companion-export-2026-11-20.json"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    with qtbot.waitSignal(dialog.import_requested) as requested:
        qtbot.mouseClick(dialog.data.import_button, Qt.MouseButton.LeftButton)
    assert requested.args == [str(tmp_path / "companion-export-2026-11-20.json")]
    parent, title, _start, filters, _selected, options = asked[0]
    assert parent is dialog and title == "Import an export"
    assert filters.startswith("Companion exports (*.json)")
    assert options & QFileDialog.Option.DontUseNativeDialog  # Qt's own: in the app's language

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: ("", "")))
    seen: list[str] = []
    dialog.import_requested.connect(seen.append)
    dialog.data.import_button.click()  # cancelled: nothing imported
    assert seen == []


def test_csv_goes_to_a_new_folder_inside_the_one_chosen(qtbot, monkeypatch, tmp_path):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from companion.domain.clock import FixedClock

    clock = FixedClock(datetime(2026, 11, 23, 6, 30, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    widget = SettingsDialog(load_settings(tmp_path / "settings.toml"), WORKS, clock=clock)
    qtbot.addWidget(widget)
    chosen = tmp_path / "Documents"
    (chosen / "companion-csv-2026-11-23").mkdir(parents=True)  # an export made earlier today
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(chosen))
    )
    with qtbot.waitSignal(widget.export_csv_requested) as requested:
        widget.data.export_csv_button.click()
    assert requested.args == [str(chosen / "companion-csv-2026-11-23-2")]  # never written over


def test_while_the_app_works_the_buttons_wait_and_the_step_is_said(qtbot, dialog):
    data = dialog.data
    data.show_work("import", "saving", 1234)
    assert data.lines["import"].isVisible() and not data.lines["export"].isVisible()
    said = data.lines["import"].text.text()
    assert said in ("Saving 1,234 new records…", "Saving 1234 new records…")  # as the locale
    assert not any(
        button.isEnabled()
        for button in (data.export_button, data.export_csv_button, data.import_button)
    )
    assert not data.erase_button.isEnabled()  # nothing is erased under an import
    data.work_done()
    assert not data.lines["import"].isVisible()
    assert data.import_button.isEnabled() and data.erase_button.isEnabled()
