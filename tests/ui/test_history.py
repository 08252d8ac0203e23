"""The mood log window: find every entry again, edit it, delete it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.domain.mood import MoodFilter
from companion.ui.confirm import destructive_button
from companion.ui.history import HistoryWindow
from companion.ui.i18n import Translations
from companion.ui.mood_table import PAGE
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


def test_one_entry_is_counted_in_the_singular_and_the_title_names_the_mood_log(
    qtbot, window, store, clock
):
    add_entry(store, clock, 30, 8, note="parcel lost")
    open_window(qtbot, window)
    assert window.windowTitle() == "Mood log · Companion"
    assert window.title.text() == "Mood log"
    assert window.summary.text() == "1 entry"  # not "1 entries"
    window.search.setText("refund")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.summary.text() == "0 of 1 entry"
    add_entry(store, clock, 20, 4, note="refund again")
    add_entry(store, clock, 10, 6, note="Refund refused")
    window.refresh()  # as when the window is shown again
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.summary.text() == "2 of 3 entries"
    translations = Translations()
    translations.apply("zh_CN")
    try:
        window.retranslate("zh_CN")
        assert window.windowTitle() == "心情记录 · 心伴"
        assert window.title.text() == "心情记录"
        assert window.summary.text() == "显示 2 条，共 3 条"
        window.search.clear()
        qtbot.waitUntil(lambda: window.model.rowCount() == 3)
        assert window.summary.text() == "共 3 条记录"
    finally:
        translations.apply("en")
        window.retranslate("en")


def test_edit_an_entry_with_the_keyboard(qtbot, window, store, clock):
    entry = add_entry(store, clock, 10, 8, emotions=["angry"], category="complaint")
    open_window(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # opens the selected (newest) entry
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    assert editor.form.stress_value() == 8
    assert editor.focusWidget() is editor.form.stress  # not the time field: digits mean stress
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
    destructive_button(box).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert store.get_mood(newer.id) is None
    assert window.selected_entry() == older  # the selection moves to the next entry
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)  # so Delete goes on working
    destructive_button(confirm_box(window)).click()
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


# -- search and filters ----------------------------------------------------------------------


def shown_notes(window) -> list[str]:
    model = window.model
    return [model.index(row, 4).data() for row in range(model.rowCount())]


def test_typing_filters_the_notes_after_a_pause(qtbot, window, store, clock):
    add_entry(store, clock, 30, 8, note="Refund refused twice")
    add_entry(store, clock, 20, 4, note="parcel lost")
    add_entry(store, clock, 10, 6, note="refund again")
    open_window(qtbot, window)
    window.activateWindow()  # shortcuts need the window active
    qtbot.waitUntil(window.isActiveWindow)
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "REFUND")
    assert window.model.rowCount() == 3  # not at every key: after a pause
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert shown_notes(window) == ["refund again", "Refund refused twice"]
    assert window.summary.text() == "2 of 3 entries"
    assert window.selected_entry() is not None  # Enter or Delete work on a filtered list
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # Esc clears the search at once
    assert window.search.text() == ""
    assert window.model.rowCount() == 3
    assert window.summary.text() == "3 entries"
    assert window.search.hasFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # a second Esc goes back to the list
    assert window.table.hasFocus()


def test_chinese_search_text(qtbot, window, store, clock):
    add_entry(store, clock, 20, 8, note="客户说退款太慢")
    add_entry(store, clock, 10, 4, note="投诉物流")
    open_window(qtbot, window)
    window.search.setText("退款")  # as an input method commits it
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert shown_notes(window) == ["客户说退款太慢"]


def test_category_and_emotion_filters(qtbot, window, store, clock, vocabulary):
    add_entry(store, clock, 30, 8, emotions=["angry"], category="complaint", note="one")
    add_entry(store, clock, 20, 4, emotions=["tense", "angry"], category="refund", note="two")
    add_entry(store, clock, 10, 6, emotions=["tense"], category="complaint", note="three")
    open_window(qtbot, window)
    assert window.category.itemText(0) == "All call types"
    assert window.emotion.itemText(0) == "All emotions"
    assert window.category.count() == 1 + len(vocabulary.categories)
    window.category.setCurrentIndex(window.category.findData("complaint"))
    assert shown_notes(window) == ["three", "one"]  # a choice applies at once
    window.emotion.setCurrentIndex(window.emotion.findData("angry"))
    assert shown_notes(window) == ["one"]
    assert window.summary.text() == "1 of 3 entries"
    window.category.setCurrentIndex(0)
    assert shown_notes(window) == ["two", "one"]
    assert window.current_filter() == MoodFilter(emotion="angry")


def test_editing_and_deleting_with_a_filter_active(qtbot, window, store, clock):
    kept = add_entry(store, clock, 30, 8, category="refund", note="kept")
    gone = add_entry(store, clock, 20, 4, category="refund", note="gone")
    add_entry(store, clock, 10, 6, category="complaint", note="other")
    open_window(qtbot, window)
    window.category.setCurrentIndex(window.category.findData("refund"))
    assert window.selected_entry() == gone
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    destructive_button(confirm_box(window)).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.selected_entry() == kept
    assert window.summary.text() == "1 of 2 entries"
    window.edit_selected()
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    editor.form.set_values(8, (), "complaint", "kept")  # no longer a refund
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert window.model.rowCount() == 0
    assert window.stack.currentWidget() is window.no_match


def test_nothing_matching_is_not_the_new_user_page(qtbot, window, store, clock):
    add_entry(store, clock, 10, 5, note="a quiet call")
    open_window(qtbot, window)
    window.search.setText("nothing like this")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.no_match)
    assert "No entries match" in window.no_match_label.text()
    assert window.summary.text() == "0 of 1 entry"
    assert not window.edit_button.isEnabled()
    window.clear_filters_button.click()
    assert window.search.text() == ""
    assert window.stack.currentWidget() is window.table
    assert window.model.rowCount() == 1
    assert window.table.hasFocus()


def test_show_filtered_opens_on_a_scope_with_a_removable_chip(qtbot, window, store, clock):
    # clock: Monday 23 November 2026, 14:30 in Shanghai
    add_entry(store, clock, 20, 8, emotions=["angry"], category="refund", note="monday 14:10")
    add_entry(store, clock, 60 * 24 * 7 + 5, 7, emotions=["angry"], note="last monday 14:25")
    add_entry(store, clock, 60 * 24 * 7 + 60, 6, emotions=["angry"], note="last monday 13:30")
    add_entry(store, clock, 60 * 24, 3, emotions=["calm"], note="sunday 14:30")
    scope = MoodFilter(emotion="angry", weekday=0, hour=14)
    window.show_filtered(scope, "Mondays, 14:00–15:00")
    qtbot.waitExposed(window)
    assert window.chip.isVisible()
    assert window.chip_label.text() == "Mondays, 14:00–15:00"
    assert window.chip_clear.accessibleName()
    assert window.emotion.currentData() == "angry"
    assert window.category.currentData() is None
    assert shown_notes(window) == ["monday 14:10", "last monday 14:25"]
    assert window.summary.text() == "2 of 4 entries"
    assert window.current_filter() == scope
    window.chip_clear.click()
    assert not window.chip.isVisible()
    assert window.current_filter() == MoodFilter(emotion="angry")  # the emotion stays
    assert len(shown_notes(window)) == 3


def test_show_filtered_on_a_day_replaces_the_previous_filters(qtbot, window, store, clock):
    add_entry(store, clock, 60 * 24, 3, note="yesterday")
    add_entry(store, clock, 10, 8, note="today")
    open_window(qtbot, window)
    window.search.setText("to")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    day = datetime(2026, 11, 22, tzinfo=ZoneInfo("Asia/Shanghai"))
    window.show_filtered(MoodFilter(since=day, until=day + timedelta(days=1)), "")
    assert window.search.text() == ""
    assert window.chip_label.text() == "Sun 22 Nov 2026"  # described when not given
    assert shown_notes(window) == ["yesterday"]


def test_scopes_in_words(window):
    zone = ZoneInfo("Asia/Shanghai")
    week = datetime(2026, 11, 16, tzinfo=zone)
    assert window.describe_scope(MoodFilter(weekday=0, hour=15)) == "Mondays, 15:00–16:00"
    assert window.describe_scope(MoodFilter(weekday=6)) == "Sundays"
    assert window.describe_scope(MoodFilter(hour=23)) == "23:00–24:00"
    assert (
        window.describe_scope(MoodFilter(since=week, until=week + timedelta(days=7)))
        == "16 Nov 2026 – 22 Nov 2026"
    )
    assert (
        window.describe_scope(MoodFilter(since=week, until=week + timedelta(days=1), hour=9))
        == "Mon 16 Nov 2026 · 09:00–10:00"
    )
    assert window.describe_scope(MoodFilter(since=week)) == "Since 16 Nov 2026"
    window.retranslate("zh_CN")  # the Chinese words come from the translation file
    assert window.describe_scope(MoodFilter(since=week, until=week + timedelta(days=1))).startswith(
        "2026年11月16日 周一"
    )


def test_filter_controls_have_names_and_tab_order(qtbot, window, store, clock):
    add_entry(store, clock, 10, 5)
    window.show_filtered(MoodFilter(hour=14), "14:00–15:00")
    qtbot.waitExposed(window)
    for control in (window.search, window.category, window.emotion, window.chip_clear):
        assert control.accessibleName()
    assert window.search.placeholderText() == "Search notes"
    window.search.setFocus()
    order = [window.search]
    for _step in range(4):
        order.append(order[-1].nextInFocusChain())
        while order[-1].focusPolicy() == Qt.FocusPolicy.NoFocus or not order[-1].isVisible():
            order[-1] = order[-1].nextInFocusChain()
    assert order == [
        window.search,
        window.category,
        window.emotion,
        window.chip_clear,
        window.table,
    ]
