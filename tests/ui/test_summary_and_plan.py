"""The end-of-shift summary, My plan and the dashboard's goal card, on a real temporary store."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

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
    assert window.stress_value.text() == "mean 4.5, highest 6 (0–10)"
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
        # its last two characters bound (companion.ui.lines), so none stands alone on a line
        assert window.sentence.text().replace("\u2060", "") in sentences["heavy"]["zh_CN"]
        assert window.day_label.text() == "2026年11月23日 周一"
        assert window.at_shift_end.isChecked()  # the summary at shift end is off
    finally:
        translations.apply("en")


class StorePlan:
    """My plan's book on the test's store, as features/wellbeing.PlanBook is on the app's."""

    def __init__(self, store, clock, difficult_from: int = 7) -> None:
        self.store, self.clock, self.threshold = store, clock, difficult_from

    def goals(self):
        return self.store.goals()

    def set_goal(self, code, target, label=None):
        return self.store.set_goal(code, target, label)

    def remove_goal(self, code):
        return self.store.remove_goal(code)

    def tick(self):
        return self.store.tick_goal()

    def untick(self):
        from companion.domain.timefmt import day_start
        from companion.domain.trends import monday_of

        zone = self.clock.local_zone()
        today = self.clock.now().astimezone(zone).date()
        return self.store.untick_goal(day_start(monday_of(today), zone))

    def difficult_call_types(self):
        return self.store.difficult_call_types()

    def set_difficult_call_types(self, codes):
        return self.store.set_difficult_call_types(codes)

    def difficult_from(self):
        return self.threshold

    def this_week(self):
        today = self.clock.now().astimezone(self.clock.local_zone()).date()
        return self.store.week_counts(today, 1, self.threshold)[0]


@pytest.fixture
def plan(qtbot, store, clock, vocabulary):
    window = ActionPlanWindow(StorePlan(store, clock), vocabulary)
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
    add_entry(store, clock, 10, 8)
    add_entry(store, clock, 5, 9)
    row.target.setValue(2)  # saved at once; progress counts what was recorded
    assert [(g.code, g.target) for g in store.goals()] == [("log_after_difficult_calls", 2)]
    assert row.status.text() == "2 of 2 ✓"
    assert row.bar.bar.fill == 1.0 and row.bar.bar.reached
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

    add_entry(store, clock, 30, 8)  # a difficult contact: stress 7 or more
    add_entry(store, clock, 20, 3)
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


# -- counting what the goals say, with honest bars ------------------------------------------


def test_difficult_contacts_only_count_and_call_types_can_be_marked(qtbot, store, clock, plan):
    """It said "54 of 5 ✓": every entry counted. Now only stress at the offer's threshold or
    more, or a call type marked difficult here."""
    for minutes in range(54):
        stress, category = (8, None) if minutes < 4 else (3, "abusive" if minutes < 6 else None)
        add_entry(store, clock, 120 + minutes, stress, category=category)
    row = plan.rows["log_after_difficult_calls"]
    row.chosen.click()
    assert row.status.text() == "4 of 5"  # not "54 of 5 ✓"
    assert not row.bar.bar.reached
    assert "stress 7 or more" in plan.difficult_hint.text()
    chip = plan.difficult_types.chips["abusive"]
    assert chip.text() == "abusive customer" and not chip.isChecked()
    chip.click()  # abusive customers are difficult whatever the stress
    assert store.difficult_call_types() == {"abusive"}
    assert row.status.text() == "6 of 5 ✓"
    chip.click()
    assert store.difficult_call_types() == frozenset() and row.status.text() == "4 of 5"


def bar_pixels(bar) -> tuple[QColor, QColor]:
    """The colours just inside the fill's end and just past it, half way down the bar."""
    image = bar.grab().toImage()
    y = image.height() // 2
    end = bar.track().left() + bar.fill_width()
    return image.pixelColor(end - 1, y), image.pixelColor(end + 1, y)


def test_a_bar_never_looks_done_before_it_is(qtbot, store, clock, plan):
    """69 % of a 70 % target looked full: the fill is in proportion, the goal a line."""
    now = clock.now()
    for minutes in range(100):
        outcome = "taken" if minutes < 69 else "skipped"
        when = now - timedelta(minutes=minutes + 1)
        store.add_break(BreakRecord("micro", when, None, outcome, 0, 40))
    row = plan.rows["breaks_taken"]
    row.chosen.click()
    assert row.status.text() == "69 % (target 70 %)"  # no ✓
    bar = row.bar
    width = bar.track().width()
    assert bar.fill_width() == int(0.69 * width)  # in proportion, rounded down
    assert bar.goal_x() - bar.track().left() == round(0.70 * width)
    assert bar.fill_width() < bar.goal_x() - bar.track().left()  # short of the goal line
    filled, after = bar_pixels(bar)
    assert filled != after  # the empty part shows
    assert "69 % (target 70 %)" in bar.accessibleName()


def test_ones_own_goal_is_written_ticked_and_taken_back(qtbot, store, clock, plan):
    row = plan.rows["own"]
    assert not plan.tick_button.isVisibleTo(plan)  # nothing to tick before it is chosen
    row.chosen.click()  # no words yet: asked for them, nothing stored
    assert not row.chosen.isChecked() and store.goals() == []
    assert plan.own_error.isVisible() and "a few words" in plan.own_error.text()
    plan.own_text.setText("A walk at lunch")
    row.chosen.click()
    assert [(g.code, g.target, g.label) for g in store.goals()] == [("own", 3, "A walk at lunch")]
    assert not plan.own_error.isVisible()
    assert row.status.text() == "0 of 3" and not plan.untick_button.isEnabled()
    assert plan.tick_button.isVisibleTo(plan)
    for _ in range(3):
        plan.tick_button.click()
    assert row.status.text() == "3 of 3 ✓"
    plan.untick_button.click()
    assert row.status.text() == "2 of 3"
    plan.own_text.setText("A walk at lunch, or the stairs")
    plan.own_text.editingFinished.emit()
    assert store.goals()[0].label == "A walk at lunch, or the stairs"


def test_small_wins_say_what_happened_and_nothing_about_what_did_not(qtbot, store, clock, plan):
    assert not plan.wins.isVisibleTo(plan)  # an empty week: nothing said, not "0 breaks"
    now = clock.now()
    for minutes in range(3):
        store.add_break(
            BreakRecord("micro", now - timedelta(hours=minutes + 1), None, "taken", 0, 40)
        )
    for minutes in range(5):
        add_entry(store, clock, 10 + minutes, 8)
    store.add_exercise(ExerciseUse(uuid.uuid4(), "breathing", now, now))
    plan.refresh()
    assert plan.wins.isVisibleTo(plan)
    assert plan.wins.text().splitlines() == [
        "• Every break offered was taken: 3",
        "• Difficult contacts logged: 5",
        "• Exercises done: 1",
    ]


def test_my_plan_speaks_chinese(qtbot, store, clock, plan):
    from companion.ui.i18n import Translations

    add_entry(store, clock, 10, 9)
    translations = Translations()
    translations.apply("zh_CN")
    try:
        plan.retranslate("zh_CN")
        plan.rows["log_after_difficult_calls"].chosen.click()
        assert plan.rows["log_after_difficult_calls"].status.text() == "1 / 5"
        assert "压力值 7 及以上" in plan.difficult_hint.text()
        assert plan.difficult_types.chips["abusive"].text() == "客户辱骂"
        assert plan.wins.text() == "• 接待难缠的客户后记下心情：1 次"
        assert plan.windowTitle() == "我的计划 · 心伴"
    finally:
        translations.apply("en")
