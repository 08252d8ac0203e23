"""Editing a past entry: asked about then, not now; safe from the keyboard; a changed note is
not thrown away by one Esc; and the question's destructive button looks destructive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from companion.ui.confirm import confirm_delete, destructive_button
from companion.ui.edit_mood import EditMoodDialog
from companion.ui.i18n import Translations
from tests.ui.conftest import add_entry


@pytest.fixture
def editor(qtbot, store, clock, vocabulary):
    entry = add_entry(store, clock, 90, 7, emotions=["wronged"], category="refund", note="old")
    dialog = EditMoodDialog(vocabulary, clock)
    qtbot.addWidget(dialog)
    dialog.retranslate("en")
    dialog.load(entry)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.stress)
    return dialog


def focused() -> QWidget:
    return QApplication.focusWidget()


def question(dialog: QWidget) -> QMessageBox:
    [box] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    return box


def test_a_past_entry_is_asked_about_then_not_right_now(editor, quick_form_text):
    assert "right now" not in editor.form.stress_label.text()
    assert editor.form.stress_label.text().startswith("How stressed were you then?")
    assert quick_form_text.startswith("How stressed are you right now?")


@pytest.fixture
def quick_form_text(vocabulary) -> str:
    from companion.ui.mood_form import MoodForm

    form = MoodForm(vocabulary)
    text = form.stress_label.text()
    form.deleteLater()
    return text


def test_the_past_wording_is_chinese_too(qtbot, editor):
    translations = Translations()
    try:
        translations.apply("zh_CN")
        editor.retranslate("zh_CN")
        text = editor.form.stress_label.text()
        assert "此刻" not in text
    finally:
        translations.apply("en")
        editor.retranslate("en")


def test_arrows_on_a_chip_leave_the_stress_alone_in_the_editor(qtbot, editor):
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.form.emotions.chips["wronged"]  # Tab enters at the chosen one
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_9):
        qtbot.keyClick(focused(), key)
    assert editor.form.stress_value() == 7
    assert focused() is editor.form.emotions.chips["angry"]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.form.categories.chips["refund"]  # the chosen call type
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert editor.form.category_code() == "refund"  # moving is not choosing
    assert editor.form.stress_value() == 7


def test_escape_after_changing_the_note_asks_and_keeps_it_by_default(qtbot, editor):
    editor.form.note.setPlainText("old, and then some more I wrote")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    box = question(editor)
    assert editor.isVisible()
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton() is not destructive_button(box)
    box.escapeButton().click()  # Keep editing
    assert editor.isVisible()
    assert editor.form.note_text() == "old, and then some more I wrote"

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    destructive_button(question(editor)).click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.result() == QDialog.DialogCode.Rejected  # nothing was saved


def test_escape_with_the_note_untouched_closes_at_once(qtbot, editor):
    qtbot.keyClick(focused(), Qt.Key.Key_5)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert not [box for box in editor.findChildren(QMessageBox) if box.isVisible()]


def test_a_destructive_button_is_no_standard_yes_and_carries_no_tick(qtbot, editor):
    """Issue 15: Delete, Erase everything and Discard showed the style's green OK icon."""
    done: list[bool] = []
    box = confirm_delete(
        editor, "Delete?", "Delete it?", "Delete", "confirmDelete", lambda: done.append(True)
    )
    button = destructive_button(box)
    assert box.buttonRole(button) is QMessageBox.ButtonRole.DestructiveRole
    assert box.standardButton(button) is QMessageBox.StandardButton.NoButton
    assert box.button(QMessageBox.StandardButton.Yes) is None
    assert box.button(QMessageBox.StandardButton.Ok) is None
    assert button.icon().isNull()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    button.click()
    assert done == [True]

    editor.form.note.setPlainText("changed")
    editor.reject()
    discard = question(editor)
    button = destructive_button(discard)
    assert discard.standardButton(button) is QMessageBox.StandardButton.NoButton
    assert button.icon().isNull() and button.text() == "&Discard changes"
    discard.escapeButton().click()
    editor.form.note.setPlainText("old")
