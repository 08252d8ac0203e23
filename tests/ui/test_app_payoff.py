"""The payoff in the real app: an exercise and a thought record end on what they changed, and
the trends' *What helps*, open meanwhile, shows the same figures at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.domain.thoughts import EmotionRating
from tests.helpers.app import start_app


@pytest.fixture
def paths(tmp_path):
    from companion.paths import AppPaths

    return AppPaths(tmp_path, tmp_path)


def test_what_helps_shows_what_the_ends_said(qtbot, paths):
    app = start_app(qtbot, paths, ready=lambda app: app.store is not None)
    try:
        app.menu.dashboard_requested.emit()
        trends = app.mood.dashboard
        assert trends is not None and trends.isVisible()
        assert trends.helps.rows()[1] == []  # nothing to compare yet

        app.reframing.show_exercises("positive_reframing")
        window = app.reframing.exercises_window
        assert window is not None
        page = window.pages["positive_reframing"]
        page.distress_before.set_value(6)
        page.next()
        page.harsh.setPlainText("He shouts on purpose")
        page.next()
        page.distress_after.set_value(3)
        page.done()
        assert page.result_lines[0].text() == "distress 6 → 3"
        window.close()

        app.reframing.show_reframing()
        wizard = app.reframing.wizard
        assert wizard is not None
        wizard.thought.setPlainText("It is always my fault")
        wizard.emotions.set_values((EmotionRating("angry", 80), EmotionRating("wronged", 60)))
        wizard.go(wizard.pages.count() - 2)  # the re-rating step
        wizard.rerate.set_values((EmotionRating("angry", 45), EmotionRating("wronged", 60)))
        wizard.finish()
        lines = [line.text() for line in wizard.end_lines if line.isVisibleTo(wizard)]
        assert lines == ["angry 80 → 45", "wronged 60 → 60"]
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)

        # The trends were open all along: What helps has both, with the same figures.
        assert not trends.cards["what-helps"].is_empty
        _header, rows = trends.helps.rows()
        by_what = {row[0]: row[1:4] for row in rows}
        assert by_what["exercise:positive_reframing"] == [1, 6.0, 3.0]
        assert by_what["exercise:thought_record"] == [1, 8.0, 6.0]  # the strongest, on 0–10
        assert "thought records: the strongest emotion" in trends.cards["what-helps"].hint.text()
    finally:
        app.shut_down()
