"""The mood log window: find every entry again, edit it, delete it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.ui.history import PAGE, HistoryWindow
from tests.ui.conftest import add_entry


@pytest.fixture
def window(qtbot, store, clock, vocabulary):
    widget = HistoryWindow(lambda: store, clock, vocabulary)
    qtbot.addWidget(widget)
    return widget


def open_window(qtbot, window):
    window.show()
    qtbot.waitExposed(window)


def confirm_box(window) -> QMessageBox:
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_new_user_sees_how_to_start(qtbot, window):
    open_window(qtbot, window)
    assert window.stack.currentWidget() is window.empty
    assert "Log mood" in window.empty.text()
    assert not window.edit_button.isEnabled()


def test_entries_newest_first_with_labels_and_local_time(qtbot, window, store, clock):
    add_entry(store, clock, 60 * 26, 4, emotions=["tense"], category="refund")
    add_entry(store, clock, 30, 8, emotions=["angry", "wronged"], category="complaint", note="a\nb")
    open_window(qtbot, window)
    model = window.model
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(5)] == [
        "Today 14:00",
        "8",
        "wronged, angry",
        "complaint",
        "a ⏎ b",
    ]
    assert model.index(1, 0).data() == "Yesterday 12:30"
    assert window.summary.text() == "2 entries"


def test_edit_an_entry_with_the_keyboard(qtbot, window, store, clock):
    entry = add_entry(store, clock, 10, 8, emotions=["angry"], category="complaint")
    open_window(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # opens the selected (newest) entry
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    assert editor.form.stress_value() == 8
    assert editor.focusWidget() is editor  # not the time field: digits mean stress
    qtbot.keyClick(editor, Qt.Key.Key_3)
    editor.form.note.setPlainText("calmer after a walk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = store.get_mood(entry.id)
    assert stored is not None
    assert (stored.stress, stored.note, stored.emotions) == (3, "calmer after a walk", ("angry",))
    assert stored.at == entry.at  # the time was not touched, so it stays exact
    assert window.model.index(0, 1).data() == "3"


def test_an_invalid_edit_is_refused_and_the_entry_kept(qtbot, window, store, clock):
    entry = add_entry(store, clock, 10, 5)
    open_window(qtbot, window)
    window.edit_selected()
    editor = window.editor
    editor.form.note.setPlainText("bad \x1b escape")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.form.error.isVisible)
    assert "U+001B" in editor.form.error.text()
    assert editor.isVisible()
    assert store.get_mood(entry.id) == entry


def test_delete_asks_first_and_cancel_keeps_the_entry(qtbot, window, store, clock):
    add_entry(store, clock, 10, 5)
    open_window(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    box = confirm_box(window)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert store.count_moods() == 1


def test_delete_with_the_keyboard(qtbot, window, store, clock):
    older = add_entry(store, clock, 90, 2)
    newer = add_entry(store, clock, 10, 9)
    open_window(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    box = confirm_box(window)
    assert "stress 9" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert store.get_mood(newer.id) is None
    assert window.selected_entry() == older  # the selection moves to the next entry
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)  # so Delete goes on working
    confirm_box(window).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty)
    assert store.count_moods() == 0


def test_a_long_history_loads_page_by_page(qtbot, window, store, clock):
    for minutes in range(PAGE * 2 + 50):
        add_entry(store, clock, minutes + 1, minutes % 11)
    open_window(qtbot, window)
    assert window.model.rowCount() == PAGE
    assert window.summary.text() == f"{PAGE * 2 + 50} entries"
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE * 2)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE * 2 + 50)
    assert not window.model.canFetchMore(window.table.rootIndex())


def test_entries_added_elsewhere_appear_when_the_window_is_shown(qtbot, window, store, clock):
    open_window(qtbot, window)
    window.hide()
    add_entry(store, clock, 1, 6)  # e.g. from `companion log` in a terminal
    open_window(qtbot, window)
    assert window.model.rowCount() == 1


def test_reframe_starts_from_the_selected_entry(qtbot, window, store, clock):
    entry = add_entry(store, clock, 10, 9, emotions=["wronged"], category="abusive")
    open_window(qtbot, window)
    with qtbot.waitSignal(window.reframe_requested) as asked:
        window.reframe_button.click()
    assert asked.args[0] == entry
