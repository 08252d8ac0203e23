"""The guided reframing exercise, walked as an agent would: mostly with the keyboard."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.content.reframing import load_reframing
from companion.domain.reframing import suggest_distortions
from companion.domain.thoughts import Evidence
from companion.ui.confirm import destructive_button
from companion.ui.reframing_wizard import (
    BALANCED,
    DISTORTIONS,
    EMOTIONS_STEP,
    END,
    QUESTIONS,
    RERATE,
    SITUATION,
    THOUGHT,
    ReframingWizard,
)
from companion.ui.thought_records import ThoughtRecordsWindow


def content(language: str):
    return load_reframing(language)


@pytest.fixture
def wizard(qtbot, store, clock, vocabulary):
    widget = ReframingWizard(store.save_thought, clock, vocabulary, content, suggest_distortions)
    qtbot.addWidget(widget)
    widget.retranslate("en")
    widget.start_new()
    widget.show()
    widget.activateWindow()  # as the app does when it opens it
    qtbot.waitActive(widget)
    return widget


def type_chinese(widget, text: str) -> None:
    """Chinese arrives from an input method as committed text, not as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def alt(qtbot, widget, key) -> None:
    """Alt+key typed wherever the keyboard focus is, as a person would."""
    target = QApplication.focusWidget() or widget
    qtbot.keyClick(target, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(150)  # a button's mnemonic "animates" the click: it lands ~100 ms later


def test_the_whole_exercise_with_the_keyboard(qtbot, wizard, store):
    assert wizard.pages.currentIndex() == SITUATION
    qtbot.keyClicks(wizard.situation, "Customer shouted about a late parcel")
    alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == THOUGHT
    assert not wizard.next_button.isEnabled()  # the one required step
    qtbot.keyClicks(wizard.thought, "It's always my fault, I never handle refunds right")
    alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == EMOTIONS_STEP
    assert wizard.thought_banner.isVisible()
    assert "always my fault" in wizard.thought_banner.text()  # the thought stays in view
    box = wizard.emotions.boxes["wronged"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    slider = wizard.emotions.sliders["wronged"]
    slider.setFocus()
    for _ in range(6):
        qtbot.keyClick(slider, Qt.Key.Key_Right)  # 50 + 6 x 5
    assert slider.value() == 80
    alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == DISTORTIONS
    suggested = [code for code, b in wizard.distortion_boxes.items() if b.isChecked()]
    assert "absolutist" in suggested and "personalization" in suggested  # from the wording
    assert "Suggested" in wizard.suggested_label.text()
    alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == QUESTIONS
    _for_edit, against_edit = wizard.questions_page.evidence_edits["personalization"]
    qtbot.keyClicks(against_edit, "The courier lost it, not me")
    alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == BALANCED
    assert wizard.examples.count() >= 4
    wizard.examples.setFocus()
    wizard.examples.setCurrentRow(0)
    qtbot.keyClick(wizard.examples, Qt.Key.Key_Return)  # use an example
    assert wizard.balanced.toPlainText() == wizard.examples.item(0).text()
    wizard.belief.setFocus()
    qtbot.keyClick(wizard.belief, Qt.Key.Key_PageUp)
    alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == RERATE
    again = wizard.rerate.sliders["wronged"]
    assert not wizard.rerate.boxes["angry"].isVisible()  # only what was rated before
    again.setFocus()
    for _ in range(8):
        qtbot.keyClick(again, Qt.Key.Key_Left)
    with qtbot.waitSignal(wizard.finished) as done:
        alt(qtbot, wizard, Qt.Key.Key_F)
    record = done.args[0]
    assert not record.is_draft
    assert record.situation == "Customer shouted about a late parcel"
    assert [(r.emotion, r.intensity) for r in record.emotions_before] == [("wronged", 80)]
    assert [(r.emotion, r.intensity) for r in record.emotions_after] == [("wronged", 40)]
    assert {"absolutist", "personalization"} <= set(record.distortions)
    [evidence] = [e for e in record.evidence if e.distortion == "personalization"]
    assert evidence.evidence_against == "The courier lost it, not me"
    assert record.belief == 60
    assert store.get_thought(record.id) == record
    assert store.thoughts(drafts=True) == []

    # It ends on what changed, said plainly, and a warm word for a change for the better.
    assert wizard.isVisible() and wizard.pages.currentIndex() == END
    assert [line.text() for line in wizard.end_lines if line.isVisibleTo(wizard)] == [
        "wronged 80 → 40"
    ]
    assert wizard.end_lines[0].accessibleName() == "wronged: from 80 to 40"
    assert wizard.end_text.text().startswith("Your feelings are lighter")
    assert wizard.end_balanced.text() == f"Your balanced thought: “{record.balanced_thought}”"
    assert not wizard.thought_banner.isVisible()
    assert not wizard.next_button.isVisible() and not wizard.finish_button.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    assert not wizard.isVisible()
    assert store.thoughts(drafts=True) == []  # closing the end keeps no draft


def test_every_step_but_the_thought_can_be_skipped(qtbot, wizard, store):
    alt(qtbot, wizard, Qt.Key.Key_N)  # nothing typed: the situation is skipped
    type_chinese(wizard.thought, "客户又给差评")
    for _ in range(5):
        alt(qtbot, wizard, Qt.Key.Key_N)
    assert wizard.pages.currentIndex() == RERATE
    with qtbot.waitSignal(wizard.finished) as done:
        alt(qtbot, wizard, Qt.Key.Key_F)
    record = done.args[0]
    assert record.automatic_thought == "客户又给差评"
    assert record.situation == "" and record.emotions_before == () and record.belief is None


def test_finishing_without_a_thought_asks_for_it(qtbot, wizard, store):
    wizard.finish()
    assert wizard.pages.currentIndex() == THOUGHT
    assert wizard.thought_error.isVisible()
    assert store.thoughts() == []


def test_back_and_forward_keep_what_was_typed(qtbot, wizard):
    qtbot.keyClicks(wizard.situation, "Refund refused")
    alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.keyClicks(wizard.thought, "Customers never listen")
    wizard.distortion_boxes["absolutist"].setChecked(True)
    wizard.go(QUESTIONS)
    for_edit, _against = wizard.questions_page.evidence_edits["absolutist"]
    qtbot.keyClicks(for_edit, "Two today did not")
    alt(qtbot, wizard, Qt.Key.Key_B)
    alt(qtbot, wizard, Qt.Key.Key_B)
    wizard.go(SITUATION)
    assert wizard.situation.toPlainText() == "Refund refused"
    wizard.go(QUESTIONS)
    for_edit, _against = wizard.questions_page.evidence_edits["absolutist"]
    assert for_edit.toPlainText() == "Two today did not"


def test_closing_keeps_a_draft_that_can_be_resumed(qtbot, wizard, store, clock, vocabulary):
    qtbot.keyClicks(wizard.situation, "A long call about a broken kettle")
    alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.keyClicks(wizard.thought, "I'm useless at this")
    wizard.go(DISTORTIONS)
    wizard.close()
    [draft] = store.thoughts(drafts=True)
    assert draft.automatic_thought == "I'm useless at this" and draft.step == DISTORTIONS

    again = ReframingWizard(store.save_thought, clock, vocabulary, content, suggest_distortions)
    qtbot.addWidget(again)
    again.retranslate("en")
    again.load(draft)
    again.show()
    assert again.pages.currentIndex() == DISTORTIONS
    assert again.situation.toPlainText() == "A long call about a broken kettle"
    assert again.thought_banner.isVisible()


def test_typing_saves_a_draft_by_itself(qtbot, wizard, store):
    alt(qtbot, wizard, Qt.Key.Key_N)
    qtbot.keyClicks(wizard.thought, "They will fire me")
    qtbot.waitUntil(lambda: len(store.thoughts(drafts=True)) == 1, timeout=3000)


def test_the_wizard_speaks_chinese(qtbot, wizard):
    wizard.retranslate("zh_CN")
    assert wizard.distortion_boxes["personalization"].text() == "个人化"
    assert wizard.distortion_boxes["absolutist"].text() == "绝对化"


def test_saved_records_can_be_found_read_and_deleted(qtbot, wizard, store, clock, vocabulary):
    type_chinese(wizard.situation, "差评说发货太慢")
    alt(qtbot, wizard, Qt.Key.Key_N)
    type_chinese(wizard.thought, "都怪我")
    wizard.go(BALANCED)
    wizard.balanced.setPlainText("这是物流的问题,我可以帮客户催件。")
    with qtbot.waitSignal(wizard.finished):
        wizard.finish()
    window = ThoughtRecordsWindow(lambda: store, clock, vocabulary, content)
    qtbot.addWidget(window)
    window.retranslate("zh_CN")
    window.show()
    assert window.list.count() == 1
    page = window.reader.toPlainText()
    assert "差评说发货太慢" in page and "都怪我" in page and "催件" in page
    window.search.setText("催件")
    assert window.list.count() == 1
    window.search.setText("没有这个词")
    assert window.list.count() == 0 and window.empty.isVisible()
    window.search.clear()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    destructive_button(box).click()
    qtbot.waitUntil(lambda: window.list.count() == 0)
    assert store.thoughts() == []


@pytest.mark.logs_errors("the failed save is logged")
def test_a_record_that_cannot_be_saved_stays_in_the_window_until_it_can(
    qtbot, store, clock, vocabulary
):
    """A full disk or a locked file: the wizard says so, keeps every word, and Finish works
    once the store takes writes again."""
    import sqlite3

    failing = {"on": True}

    def save(record):
        if failing["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return store.save_thought(record)

    wizard = ReframingWizard(save, clock, vocabulary, content, suggest_distortions)
    qtbot.addWidget(wizard)
    wizard.retranslate("en")
    wizard.start_new()
    wizard.show()
    wizard.thought.setPlainText("I always get the angry ones")
    wizard.save_draft()  # what the autosave does
    assert wizard.save_error.isVisible()
    assert "could not be saved" in wizard.save_error.text()
    finished = []
    wizard.finished.connect(finished.append)
    wizard.finish()
    assert wizard.isVisible() and finished == []  # nothing lost, nothing pretended
    assert wizard.thought.toPlainText() == "I always get the angry ones"
    failing["on"] = False
    wizard.finish()
    assert wizard.pages.currentIndex() == END and len(finished) == 1
    assert not wizard.save_error.isVisible()
    [saved] = store.thoughts()
    assert saved.automatic_thought == "I always get the angry ones"


def test_step_3_shows_a_strength_only_for_the_emotions_ticked(qtbot, wizard):
    """Ten sliders at 50 beside unticked emotions read as ten answers: the strength appears
    once an emotion is ticked, and goes when it is unticked."""
    wizard.thought.setPlainText("They always shout at me")
    wizard.go(EMOTIONS_STEP)
    rows = wizard.emotions
    shown = [code for code, slider in rows.sliders.items() if slider.isVisibleTo(wizard)]
    values = [code for code, label in rows.values_shown.items() if label.isVisibleTo(wizard)]
    assert shown == [] and values == []
    assert all(box.isVisibleTo(wizard) for box in rows.boxes.values())
    rows.boxes["angry"].click()
    assert rows.sliders["angry"].isVisibleTo(wizard) and rows.sliders["angry"].isEnabled()
    assert rows.values_shown["angry"].text() == "50"
    assert not rows.sliders["sad"].isVisibleTo(wizard)
    rows.boxes["angry"].click()
    assert not rows.sliders["angry"].isVisibleTo(wizard)
    assert rows.values() == ()


@pytest.mark.parametrize(
    ("before", "after", "line", "opening"),
    [
        (60, 60, "angry 60 → 60", "Your feelings are as strong as when you began"),
        (40, 70, "angry 40 → 70", "Some feelings are stronger than when you began"),
    ],
)
def test_no_change_or_a_rise_is_said_kindly_without_praise(
    qtbot, wizard, before, after, line, opening
):
    from companion.domain.thoughts import EmotionRating

    wizard.thought.setPlainText("Everyone complains to me")
    wizard.emotions.set_values((EmotionRating("angry", before),))
    wizard.go(RERATE)
    wizard.rerate.sliders["angry"].setValue(after)
    wizard.finish()
    assert wizard.pages.currentIndex() == END
    assert wizard.end_lines[0].text() == line
    sentence = wizard.end_text.text()
    assert sentence.startswith(opening)
    for praise in ("good", "well done", "great"):
        assert praise not in sentence.lower()


def test_the_end_speaks_chinese(qtbot, wizard):
    from companion.domain.thoughts import EmotionRating
    from companion.ui.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")
    try:
        wizard.retranslate("zh_CN")
        wizard.thought.setPlainText("客户总是冲我发火")
        wizard.emotions.set_values((EmotionRating("angry", 80), EmotionRating("wronged", 70)))
        wizard.go(RERATE)
        wizard.rerate.set_values((EmotionRating("angry", 45), EmotionRating("wronged", 40)))
        wizard.finish()
        lines = [line.text() for line in wizard.end_lines if line.isVisibleTo(wizard)]
        assert lines == ["生气 80 → 45", "委屈 70 → 40"]
        assert wizard.title.text() == "思维记录已保存"
        assert "情绪轻了一些" in wizard.end_text.text()
    finally:
        translations.apply("en")


def test_the_re_rating_shows_the_emotions_rated_before_without_gaps(qtbot, wizard):
    from companion.domain.thoughts import EmotionRating

    wizard.thought.setPlainText("It is my fault")
    wizard.emotions.set_values((EmotionRating("wronged", 80), EmotionRating("anxious", 65)))
    wizard.go(RERATE)
    rows = wizard.rerate
    gap = rows.boxes["anxious"].geometry().top() - rows.boxes["wronged"].geometry().bottom()
    assert gap < rows.boxes["wronged"].height()  # "angry", between them, takes no room


def test_a_record_loaded_over_another_keeps_its_own_evidence(qtbot, wizard, store):
    """Opening a record (from Thought records) while another's questions are shown: the boxes
    on screen belong to the one before, and none of their text passes to the one opened."""
    wizard.thought.setPlainText("Customers never listen")
    wizard.distortion_boxes["absolutist"].setChecked(True)
    wizard.go(QUESTIONS)
    for_edit, _against = wizard.questions_page.evidence_edits["absolutist"]
    for_edit.setPlainText("the first record's evidence")
    first = wizard.current(draft=True)
    second = replace(
        first,
        id=uuid.uuid4(),
        evidence=(Evidence("absolutist", "the second record's evidence", ""),),
        step=BALANCED,
    )
    wizard.load(second)
    assert wizard.current(draft=True).evidence == second.evidence
    wizard.go(QUESTIONS)
    for_edit, _against = wizard.questions_page.evidence_edits["absolutist"]
    assert for_edit.toPlainText() == "the second record's evidence"
