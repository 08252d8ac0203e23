"""Practising to spot thinking traps on thoughts from an agent's day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.content.reframing import load_reframing
from companion.ui.practice import PracticeDialog


def test_tick_check_and_go_on_with_the_keyboard(qtbot):
    dialog = PracticeDialog(load_reframing, shuffle=lambda items: None)
    qtbot.addWidget(dialog)
    dialog.retranslate("en")
    dialog.show()
    first = dialog.current()
    dialog.boxes[first.distortions[0]].setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Check is the default button
    assert dialog.right == 1 and "Yes" in dialog.feedback.text()
    assert not dialog.check_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_item()
    second = dialog.current()
    assert second != first
    wrong = next(code for code in dialog.boxes if code not in second.distortions)
    dialog.boxes[wrong].setChecked(True)
    dialog.check()
    assert dialog.right == 1 and dialog.answered == 2
    assert dialog._names[second.distortions[0]] in dialog.feedback.text()


def test_practice_in_chinese(qtbot):
    dialog = PracticeDialog(load_reframing, shuffle=lambda items: None)
    qtbot.addWidget(dialog)
    dialog.retranslate("zh_CN")
    assert dialog.boxes["personalization"].text() == "个人化"
    assert dialog.thought.text().startswith("“")


def test_the_score_shows_at_once(qtbot):
    dialog = PracticeDialog(load_reframing, shuffle=lambda items: None)
    qtbot.addWidget(dialog)
    dialog.retranslate("en")
    dialog.boxes[dialog.current().distortions[0]].setChecked(True)
    dialog.check()
    assert "1 right so far" in dialog.progress.text()


def test_the_chinese_feedback_quotes_the_traps_names(qtbot):
    """有个人化 would read as 有个 + 人化: the names stand between quotes (one that has its own,
    “应该”思维, keeps them)."""
    from companion.ui.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")
    try:
        dialog = PracticeDialog(load_reframing, shuffle=lambda items: None)
        qtbot.addWidget(dialog)
        dialog.retranslate("zh_CN")
        assert dialog.current().distortions == ("personalization",)
        dialog.boxes["personalization"].setChecked(True)
        dialog.check()
        assert dialog.feedback.text() == "答对了：这个想法里有“个人化”。"
        while dialog.current().distortions[0] != "should_statements":
            dialog.next_item()
        dialog.check()  # nothing ticked
        assert dialog.feedback.text() == "这个想法主要是“应该”思维、“绝对化”。再看看它的措辞。"
    finally:
        translations.apply("en")
