"""The end-of-shift summary, My plan and the dashboard's goal card, on a real temporary store."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from companion.content.summary import load_sentences
from companion.domain.breaks import BreakRecord
from companion.domain.day_summary import DaySummary
from companion.domain.thoughts import ExerciseUse
from companion.ui.action_plan import ActionPlanWindow
from companion.ui.day_summary import DaySummaryWindow
from tests.ui.conftest import add_entry


@pytest.fixture
def sentences():
    return load_sentences()


def test_the_summary_shows_the_day_and_a_kind_sentence(qtbot, store, clock, sentences):
    add_entry(store, clock, 120, 3)
    add_entry(store, clock, 60, 6)
    now = clock.now()
    store.add_break(BreakRecord("micro", now - timedelta(hours=1), None, "taken", 0, 40))
    store.add_break(BreakRecord("micro", now - timedelta(minutes=30), None, "skipped", 0, 40))
    today = now.astimezone(clock.local_zone()).date()
    summary = store.day_summary(today)
    window = DaySummaryWindow(sentences)
    qtbot.addWidget(window)
    window.show_summary(summary, at_shift_end=True, on_demand=False)
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.entries_value.text() == "2"
    assert window.stress_value.text() == "mean 4.5, highest 6 (of 10)"
    assert window.breaks_value.text() == "1 of 2 taken"
    assert window.exercises_value.text() == "0"
    assert window.sentence.text() in sentences["breaks"]["en"]
    assert not window.log_button.isVisible()  # something was logged
    assert not window.at_shift_end.isChecked()
    window.close()
    assert not window.isVisible()


def test_the_summary_of_an_empty_day_offers_the_log_and_can_be_turned_off(
    qtbot, store, clock, sentences
):
    today = clock.now().astimezone(clock.local_zone()).date()
    window = DaySummaryWindow(sentences)
    qtbot.addWidget(window)
    window.show_summary(store.day_summary(today), at_shift_end=True, on_demand=True)
    assert window.stress_value.text() == "nothing logged"
    assert window.breaks_value.text() == "none offered"
    assert window.sentence.text() in sentences["quiet"]["en"]
    assert window.log_button.isVisible()
    with qtbot.waitSignal(window.at_shift_end_changed) as blocker:
        window.at_shift_end.click()
    assert blocker.args == [False]
    with qtbot.waitSignal(window.log_requested):
        window.log_button.click()
    assert not window.isVisible()


def test_the_summary_speaks_chinese(qtbot, sentences):
    from datetime import date

    from companion.ui.i18n import Translations

    summary = DaySummary(date(2026, 11, 23), 1, 9.0, 9, 0, 0, 0)
    window = DaySummaryWindow(sentences)
    qtbot.addWidget(window)
    window.show_summary(summary, at_shift_end=False, on_demand=True)
    translations = Translations()
    translations.apply("zh_CN")
    try:
        window.retranslate("zh_CN")
        assert window.sentence.text() in sentences["heavy"]["zh_CN"]
        assert window.day_label.text() == "2026年11月23日 周一"
        assert window.at_shift_end.isChecked()  # the summary at shift end is off
    finally:
        translations.apply("en")


@pytest.fixture
def plan(qtbot, store, clock):
    today = clock.now().astimezone(clock.local_zone()).date()
    window = ActionPlanWindow(
        store.goals, store.set_goal, store.remove_goal, lambda: store.week_counts(today)[0]
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_choose_a_goal_change_its_target_and_remove_it(qtbot, store, clock, plan):
    assert store.goals() == []
    row = plan.rows["log_after_difficult_calls"]
    assert not row.target.isEnabled() and not row.bar.isVisible()
    row.chosen.click()
    assert [(g.code, g.target) for g in store.goals()] == [("log_after_difficult_calls", 5)]
    assert row.target.isEnabled()
    assert row.status.text() == "0 of 5"
    add_entry(store, clock, 10, 4)
    add_entry(store, clock, 5, 4)
    row.target.setValue(2)  # saved at once; progress counts what was recorded
    assert [(g.code, g.target) for g in store.goals()] == [("log_after_difficult_calls", 2)]
    assert row.status.text() == "2 of 2 ✓"
    assert row.bar.value() == 2 and row.bar.maximum() == 2
    row.chosen.click()
    assert store.goals() == []
    assert row.status.text() == "" and not row.target.isEnabled()


def test_targets_stay_within_their_range_and_progress_is_shown_per_goal(qtbot, store, clock, plan):
    breaks = plan.rows["breaks_taken"]
    assert (breaks.target.minimum(), breaks.target.maximum()) == (10, 100)
    assert breaks.target.suffix() == " % of them"
    assert not plan.rows["checkin"].target.isVisibleTo(plan)  # a single target: nothing to set
    breaks.chosen.click()
    assert breaks.status.text() == "no breaks offered"  # not "0 %"
    now = clock.now()
    store.add_break(BreakRecord("micro", now - timedelta(hours=2), None, "taken", 0, 40))
    store.add_break(BreakRecord("micro", now - timedelta(hours=1), None, "skipped", 0, 40))
    store.add_exercise(ExerciseUse(uuid.uuid4(), "positive_reframing", now, now))
    plan.rows["reframing"].chosen.click()
    plan.rows["checkin"].chosen.click()
    assert breaks.status.text() == "50 % (target 70 %)"
    assert plan.rows["reframing"].status.text() == "1 of 1 ✓"
    assert plan.rows["checkin"].status.text() == "not yet"
    assert [g.code for g in store.goals()] == ["breaks_taken", "reframing", "checkin"]


def test_the_dashboard_shows_the_weekly_goals(qtbot, store, clock, vocabulary):
    from companion.ui.dashboard import DashboardWindow

    add_entry(store, clock, 30, 5)
    window = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        vocabulary,
        lambda kind, language: kind,
    )
    qtbot.addWidget(window)
    card = window.cards["goals"]
    assert card.is_empty and "My plan" in card.empty.text()
    store.set_goal("log_after_difficult_calls", 1)
    window.refresh()
    assert not card.is_empty
    table = window.goal_weeks
    assert table.columnCount() == 4  # the four weeks of the default range, this one first
    assert table.item(0, 0).text() == "1 ✓"
    assert table.item(0, 0).toolTip() == "1 of 1 ✓"
    assert table.item(0, 3).text() == "0"
    header, rows = table.rows()
    assert header[:2] == ["goal", "target"] and rows == [
        ["log_after_difficult_calls", 1, 0, 0, 0, 1]
    ]
