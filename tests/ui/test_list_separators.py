"""Names of thinking traps in a list: ", " in English, "、" only in Chinese (issue 15)."""

from __future__ import annotations

import pytest

from companion.content.reframing import load_reframing
from companion.ui.practice import PracticeDialog


@pytest.mark.parametrize(
    ("language", "joiner", "foreign"), [("en", ", ", "、"), ("zh_CN", "、", ", ")]
)
def test_practice_feedback_joins_trap_names_in_the_language(qtbot, language, joiner, foreign):
    dialog = PracticeDialog(load_reframing, shuffle=lambda items: None)
    qtbot.addWidget(dialog)
    dialog.retranslate(language)
    while len(dialog.current().distortions) < 2:
        dialog.next_item()
    item = dialog.current()
    dialog.check()
    names = [dialog._names[code] for code in item.distortions]
    if language == "zh_CN":  # between quotes, so that 有个人化 is not read as 有个 + 人化
        names = [name if "“" in name else f"“{name}”" for name in names]
    assert joiner.join(names) in dialog.feedback.text()
    assert foreign not in dialog.feedback.text()
