"""The quick log, used as an agent would: keyboard only, in a few keystrokes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from companion.ui.i18n import Translations
from companion.ui.quick_log import QuickLogDialog


@pytest.fixture
def dialog(qtbot, store, clock, vocabulary):
    widget = QuickLogDialog(lambda: store, clock, vocabulary)
    qtbot.addWidget(widget)
    widget.open_fresh()
    qtbot.waitExposed(widget)
    return widget


def focused():
    return QApplication.focusWidget()


def compose(widget, preedit: str = "", commit: str = "") -> None:
    """What an input method sends: text being composed, then the chosen characters."""
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(widget, event)


def test_log_a_mood_with_the_keyboard_alone(qtbot, dialog, store, clock):
    qtbot.keyClick(focused(), Qt.Key.Key_7)
    assert dialog.form.stress_value() == 7
    for _ in range(5):  # arrows reach 10 and stop there
        qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert dialog.form.stress_value() == 10
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert dialog.form.stress_value() == 9

    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the emotions, at the first: wronged
    assert focused() is dialog.form.emotions.chips["wronged"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # angry, within the group
    assert focused() is dialog.form.emotions.chips["angry"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # one Tab: the call types, at the first
    assert focused() is dialog.form.categories.chips["complaint"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.form.stress_value() == 9  # no arrow on a chip touched the stress

    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the note's mnemonic
    assert focused() is dialog.form.note
    compose(dialog.form.note, preedit="kehu")
    compose(dialog.form.note, commit="客户说快递太慢")
    qtbot.keyClicks(dialog.form.note, " 3x")  # digits in the note are text, not stress
    assert dialog.form.stress_value() == 9

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    entry = saved.args[0]
    stored = store.get_mood(entry.id)
    assert stored is not None
    assert stored.stress == 9
    assert stored.emotions == ("wronged", "angry")
    assert stored.category == "complaint"
    assert stored.note == "客户说快递太慢 3x"
    assert stored.at == clock.now()


def test_enter_saves_and_escape_closes_without_saving(qtbot, dialog, store):
    qtbot.keyClick(focused(), Qt.Key.Key_4)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert store.count_moods() == 1

    dialog.open_fresh()
    assert dialog.form.stress_value() is None  # a fresh form each time
    qtbot.keyClick(focused(), Qt.Key.Key_5)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.count_moods() == 1
    dialog.open_fresh()
    assert dialog.form.stress_value() is None  # without a note, Esc meant "never mind"
    assert not dialog.draft_line.isVisible()


def test_enter_in_the_note_starts_a_new_line(qtbot, dialog, store):
    qtbot.keyClick(focused(), Qt.Key.Key_6)
    dialog.form.note.setFocus()
    qtbot.keyClicks(dialog.form.note, "first")
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.form.note, "second")
    assert dialog.isVisible()
    assert store.count_moods() == 0
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].note == "first\nsecond"


def test_no_shortcut_fires_while_an_input_method_is_composing(qtbot, dialog, store):
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    dialog.form.note.setFocus()
    compose(dialog.form.note, preedit="nihao")
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_Up)
    assert dialog.isVisible()
    assert store.count_moods() == 0
    assert dialog.form.stress_value() == 3

    compose(dialog.form.note, commit="你好")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].note == "你好"


def test_saving_without_a_stress_level_asks_for_one(qtbot, dialog, store):
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error.isVisible()
    assert "stress" in dialog.form.error.text()
    assert store.count_moods() == 0


@pytest.mark.parametrize(
    ("note", "expected"),
    [("x" * 2001, "2001"), ("pasted\x07bell", "U+0007"), ("nul\x00byte", "U+0000")],
)
def test_bad_notes_are_refused_with_a_message_and_kept(qtbot, dialog, store, note, expected):
    qtbot.keyClick(focused(), Qt.Key.Key_8)
    dialog.form.note.setPlainText(note)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert expected in dialog.form.error.text()
    assert dialog.form.note.toPlainText() == note  # nothing typed is lost
    assert store.count_moods() == 0
    assert dialog.form.counter.property("over") is True


def test_text_in_any_script_is_stored_exactly(qtbot, dialog, store):
    note = "客户😤👩🏽‍💻 שלום नमस्ते\tend\r\nlast"
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    dialog.form.note.setPlainText(note)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    stored = store.get_mood(saved.args[0].id)
    assert stored is not None
    # QPlainTextEdit normalises line breaks to \n; everything else is kept to the code point.
    assert stored.note == note.replace("\r\n", "\n")


def test_the_form_speaks_chinese(qtbot, dialog):
    translations = Translations()
    translations.apply("zh_CN")
    try:
        dialog.retranslate("zh_CN")
        assert dialog.title.text() == "刚接待完这位客户，你感觉怎么样？"  # chat or phone alike
        assert dialog.form.emotions.chips["wronged"].text() == "委屈"
        assert dialog.form.categories.chips["logistics"].text() == "物流延误"
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert dialog.form.error.text() == "请先选一个压力值（0–10）。"
    finally:
        translations.apply("en")
        dialog.retranslate("en")
    assert dialog.title.text() == "How are you after that contact?"


def test_arrows_on_a_chip_move_within_its_group_and_never_change_the_stress(qtbot, dialog, store):
    """Issue 15: with the focus on an emotion, → turned a 7 into a 9 and saved it."""
    qtbot.keyClick(focused(), Qt.Key.Key_7)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    emotions = dialog.form.emotions
    assert focused() is emotions.chips["wronged"]
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Plus):
        qtbot.keyClick(focused(), key)
    assert focused() is emotions.chips["angry"]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_9, Qt.Key.Key_Minus):
        qtbot.keyClick(focused(), key)
    assert dialog.form.stress_value() == 7  # only the stress row changes the stress
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert focused() is emotions.chips[list(emotions.chips)[-1]]
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # stays at the end of the group
    assert focused() is emotions.chips[list(emotions.chips)[-1]]
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert focused() is emotions.chips["wronged"]
    assert emotions.selected() == []  # moving ticks nothing; Space does
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert emotions.selected() == ["wronged"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert emotions.selected() == []

    categories = dialog.form.categories
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is categories.chips["complaint"]
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert categories.selected() == [list(categories.chips)[1]]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # one Tab stop per group: on to the note
    assert focused() is dialog.form.note
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # back into the call types, where it was
    assert focused() is categories.chips[list(categories.chips)[1]]
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # the emotions: one stop, at the last used
    assert focused() is emotions.chips["wronged"]
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # the stress row: its keys work again
    assert focused() is dialog.form.stress
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert dialog.form.stress_value() == 8
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert saved.args[0].stress == 8
    assert store.get_mood(saved.args[0].id).stress == 8


def test_up_and_down_on_wrapped_chips_go_to_the_line_above_or_below(qtbot, dialog):
    emotions = dialog.form.emotions
    tops = sorted({chip.geometry().top() for chip in emotions.chips.values()})
    assert len(tops) >= 2, "the emotions fit on one line: this test needs two"
    first = emotions.chips["wronged"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    below = focused()
    assert below in emotions.chips.values() and below.geometry().top() == tops[1]
    qtbot.keyClick(below, Qt.Key.Key_Up)
    assert focused().geometry().top() == tops[0]


def test_escape_with_a_note_keeps_it_for_next_time(qtbot, dialog, store, clock):
    qtbot.keyClick(focused(), Qt.Key.Key_6)
    dialog.form.emotions.chips["anxious"].click()
    dialog.form.categories.chips["refund"].click()
    dialog.form.note.setFocus()
    qtbot.keyClicks(dialog.form.note, "customer shouted about the refund")
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.count_moods() == 0

    dialog.open_fresh()  # next time: everything is back, and says so
    assert dialog.form.note_text() == "customer shouted about the refund"
    assert dialog.form.stress_value() == 6
    assert dialog.form.emotion_codes() == ["anxious"]
    assert dialog.form.category_code() == "refund"
    assert dialog.draft_line.isVisible() and "14:30" in dialog.draft_line.text()
    qtbot.waitUntil(lambda: focused() is dialog.form.stress)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert store.get_mood(saved.args[0].id).note == "customer shouted about the refund"
    dialog.open_fresh()  # saved: the draft is gone
    assert dialog.form.note_text() == "" and not dialog.draft_line.isVisible()


def test_a_kept_draft_can_be_cleared(qtbot, dialog):
    dialog.form.note.setPlainText("half a thought")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    dialog.open_fresh()
    assert dialog.form.note_text() == "half a thought"
    qtbot.waitUntil(lambda: focused() is dialog.form.stress)
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # C&lear
    qtbot.waitUntil(lambda: dialog.draft is None)  # an access key clicks a moment later
    assert dialog.form.note_text() == ""
    assert not dialog.draft_line.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    dialog.open_fresh()
    assert dialog.form.note_text() == ""


def test_the_title_bar_keeps_a_draft_too(qtbot, dialog):
    dialog.form.note.setPlainText("half a thought")
    dialog.close()  # the title bar's close button
    assert not dialog.isVisible()
    dialog.open_fresh()
    assert dialog.form.note_text() == "half a thought"
    dialog.clear_button.click()
    assert dialog.form.note_text() == "" and dialog.draft is None


def test_opening_it_again_while_it_is_open_keeps_what_is_typed(qtbot, dialog):
    """*New entry* in the mood log or *Log* in the trends, while the quick log is open."""
    qtbot.keyClick(focused(), Qt.Key.Key_5)
    dialog.form.emotions.chips["anxious"].click()
    dialog.form.note.setPlainText("the customer hung up on me")
    dialog.open_fresh()
    assert dialog.isVisible()
    assert dialog.form.note_text() == "the customer hung up on me"
    assert dialog.form.stress_value() == 5
    assert dialog.form.emotion_codes() == ["anxious"]


def test_a_draft_comes_back_within_two_hours_and_is_saved_at_the_time_of_saving(
    qtbot, dialog, store, clock
):
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    dialog.form.note.setPlainText("a long complaint")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    clock.advance(timedelta(hours=1, minutes=50))
    dialog.open_fresh()
    assert dialog.form.note_text() == "a long complaint"
    assert "14:30" in dialog.draft_line.text()  # when it was typed
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    stored = store.get_mood(saved.args[0].id)
    assert stored is not None and stored.at == clock.now()  # logged when saved: 16:20


def test_a_draft_older_than_two_hours_is_dropped(qtbot, dialog, clock):
    dialog.form.note.setPlainText("half a thought")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.draft is not None
    clock.advance(timedelta(hours=2, minutes=1))
    dialog.open_fresh()
    assert dialog.form.note_text() == "" and dialog.draft is None
    assert not dialog.draft_line.isVisible()


def test_a_draft_from_yesterdays_last_call_is_dropped_in_the_morning(qtbot, dialog, clock):
    zone = clock.local_zone()
    clock.set(datetime(2026, 11, 23, 23, 40, tzinfo=zone))
    dialog.hide()
    dialog.open_fresh()
    dialog.form.note.setPlainText("the last call of the day")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    clock.set(datetime(2026, 11, 24, 0, 20, tzinfo=zone))  # 40 minutes later, another day
    dialog.open_fresh()
    assert dialog.form.note_text() == "" and dialog.draft is None


def test_forgetting_drops_the_draft_and_what_is_typed(qtbot, dialog):
    dialog.form.note.setPlainText("private")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    dialog.open_fresh()
    dialog.form.note.setPlainText("private, and more")
    dialog.forget()  # all data is being erased
    assert not dialog.isVisible() and dialog.draft is None
    dialog.open_fresh()
    assert dialog.form.note_text() == "" and not dialog.draft_line.isVisible()


def test_stress_10_is_typed_as_1_then_0_and_saved(qtbot, dialog, store, clock):
    """The hint says "press a number from 0 to 10": 1 then 0 typed as one types a number is 10,
    in three keys with Enter; a 0 typed after a pause is a new choice, 0."""
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert dialog.form.stress_value() == 1  # shown at once: nothing waits for a second key
    qtbot.keyClick(focused(), Qt.Key.Key_0)
    assert dialog.form.stress_value() == 10
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert store.get_mood(saved.args[0].id).stress == 10

    dialog.open_fresh()
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    clock.advance(timedelta(seconds=3))  # thought again: 0 after all
    qtbot.keyClick(focused(), Qt.Key.Key_0)
    assert dialog.form.stress_value() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_0)  # a 0 after a 0 is still 0
    assert dialog.form.stress_value() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # an arrow in between: the 0 is a 0
    qtbot.keyClick(focused(), Qt.Key.Key_0)
    assert dialog.form.stress_value() == 0
    assert "1 then 0 for 10" in dialog.form.stress_hint.text()
