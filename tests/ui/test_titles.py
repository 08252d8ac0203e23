"""Window and message titles name the app as the person's language does: 心伴 in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.ui.i18n import Translations
from companion.ui.notices import Notices


@pytest.fixture
def chinese():
    translations = Translations()
    translations.apply("zh_CN")
    yield
    translations.apply("en")


def test_the_erase_result_and_every_notice_say_xinban_in_chinese(qtbot, chinese):
    notices = Notices(lambda: None)  # no tray: the quiet notice is a window too
    notices.erased([])
    notices.erased(["/tmp/x: busy"])
    notices.exported("/tmp/data.json")
    notices.say_quietly("测试", "正文")
    titles = [box.windowTitle() for box in notices.boxes]
    for box in notices.boxes:
        qtbot.addWidget(box)
    assert len(titles) == 4
    for title in titles:
        assert title.endswith(" · 心伴"), title
        assert "Companion" not in title
    assert titles[0] == "你的数据已清除 · 心伴"
    for box in list(notices.boxes):
        box.done(QMessageBox.StandardButton.Ok)


def test_the_windows_of_this_piece_say_xinban_in_chinese(qtbot, chinese, store, clock, vocabulary):
    from companion.content.checkin import load_who5
    from companion.content.reframing import load_reframing
    from companion.domain.reframing import suggest_distortions
    from companion.ui.action_plan import ActionPlanWindow
    from companion.ui.checkin import CheckInDialog
    from companion.ui.exercises import ExercisesWindow
    from companion.ui.quick_log import QuickLogDialog
    from companion.ui.reframing_wizard import ReframingWizard
    from tests.ui.test_summary_and_plan import StorePlan

    windows = [
        QuickLogDialog(lambda: store, clock, vocabulary),
        CheckInDialog(store.add_check_in, store.latest_check_in, clock, load_who5()),
        ReframingWizard(store.save_thought, clock, vocabulary, load_reframing, suggest_distortions),
        ExercisesWindow(store.add_exercise, clock, load_reframing),
        ActionPlanWindow(StorePlan(store, clock), vocabulary),
    ]
    for window in windows:
        qtbot.addWidget(window)
        window.retranslate("zh_CN")
        assert window.windowTitle().endswith(" · 心伴"), window.windowTitle()
