"""The counts behind the end-of-shift summary, the weekly goals and the reminders, in SQL."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.breaks import BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import FixedClock
from companion.domain.goals import InvalidGoal
from companion.domain.mood import make_mood_input
from companion.domain.thoughts import ExerciseUse
from companion.domain.timefmt import day_start
from companion.domain.trends import DateRange
from companion.paths import AppPaths
from companion.storage.store import open_store
from tests.helpers.store_template import place_new_store

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 11, 23)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


NOW = at(18, 30, MONDAY + timedelta(days=2))  # Wednesday evening


@pytest.fixture
def store(tmp_path):
    opened, _ = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), FixedClock(NOW, SHANGHAI))
    yield opened
    opened.close()


def mood(store, when: datetime, stress: int) -> None:
    store.add_mood(make_mood_input(at=when, now=NOW, stress=stress))


def brk(store, when: datetime, outcome: str) -> None:
    store.add_break(BreakRecord("micro", when, when, outcome, 0, 40))


def exercise(store, when: datetime, kind: str) -> None:
    store.add_exercise(ExerciseUse(uuid.uuid4(), kind, when, when + timedelta(minutes=2)))


def test_a_break_counts_on_the_day_it_was_shown_not_when_it_fell_due(store):
    """ "Start a break now" shows the next break early, and postponing shows it late: the
    summary counts each break when it happened."""
    tuesday, wednesday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    # Due at 00:10 on Wednesday, started early on Tuesday evening.
    store.add_break(BreakRecord("micro", at(0, 10, wednesday), at(23, 50, tuesday), "taken", 0, 40))
    # Due at 23:55 on Tuesday, postponed twice into Wednesday, then skipped.
    store.add_break(BreakRecord("micro", at(23, 55, tuesday), at(0, 5, wednesday), "skipped", 2, 0))
    # Never shown (skipped at the notice): when it fell due.
    store.add_break(BreakRecord("micro", at(9, day=wednesday), None, "skipped", 0, 0))
    found = store.day_summary(tuesday)
    assert (found.breaks_offered, found.breaks_taken) == (1, 1)
    found = store.day_summary(wednesday)
    assert (found.breaks_offered, found.breaks_taken) == (2, 0)
    # Today so far: the break started early (due in the future) is there at once.
    store.add_break(BreakRecord("long", NOW + timedelta(minutes=20), NOW, "ended_early", 0, 60))
    found = store.day_summary(wednesday, until=NOW + timedelta(seconds=1))
    assert found.breaks_offered == 3


def test_a_day_in_figures(store):
    wednesday = MONDAY + timedelta(days=2)
    mood(store, at(0, 30, wednesday), 3)  # just after local midnight: counts
    mood(store, at(10, day=wednesday), 7)
    mood(store, at(23, 50, MONDAY + timedelta(days=1)), 9)  # the evening before: does not
    for outcome in ("taken", "ended_early", "skipped", "postponed", "natural", "not_offered"):
        brk(store, at(11, day=wednesday), outcome)
    exercise(store, at(12, day=wednesday), "breathing")
    exercise(store, at(13, day=wednesday), "thought_record")
    found = store.day_summary(wednesday)
    assert (found.entries, found.mean_stress, found.max_stress) == (2, 5.0, 7)
    assert (found.breaks_offered, found.breaks_taken, found.breaks_percent) == (4, 2, 50)
    assert found.exercises == 2
    empty = store.day_summary(MONDAY)
    assert (empty.entries, empty.mean_stress, empty.max_stress, empty.breaks_percent) == (
        0,
        None,
        None,
        None,
    )


def test_week_counts_follow_local_iso_weeks(store):
    sunday_before = MONDAY - timedelta(days=1)
    mood(store, at(23, 30, sunday_before), 4)  # last week, though Monday in UTC terms is close
    mood(store, at(0, 10), 4)
    mood(store, at(9), 6)
    brk(store, at(10), "taken")
    brk(store, at(11), "skipped")
    exercise(store, at(12), "positive_reframing")
    exercise(store, at(13), "thought_record")
    exercise(store, at(14), "detachment")  # helps, but is not reframing
    store.add_check_in(CheckIn(uuid.uuid4(), at(10, 5), (3, 3, 3, 3, 3)))
    last, this = store.week_counts(MONDAY + timedelta(days=2), weeks=2)
    assert (last.week_start, last.mood_entries, last.breaks_offered) == (
        MONDAY - timedelta(days=7),
        1,
        0,
    )
    assert this.week_start == MONDAY
    assert (this.mood_entries, this.breaks_offered, this.breaks_taken) == (2, 2, 1)
    assert (this.reframing, this.check_ins) == (2, 1)
    assert store.logged_between(at(0), at(9)) == 1
    assert store.count_check_ins(at(0), at(23)) == 1


def test_the_dashboard_carries_the_progress_of_the_goals_chosen(store):
    board = store.dashboard(DateRange(MONDAY - timedelta(days=7), NOW.date()), NOW.date())
    assert board.goal_weeks == []  # no goals chosen
    mood(store, at(9), 8)  # a difficult contact (stress 7 or more by default)
    mood(store, at(9, 30), 3)  # an easy one
    brk(store, at(10), "taken")
    store.set_goal("breaks_taken", 70)
    store.set_goal("log_after_difficult_calls", 1)
    board = store.dashboard(DateRange(MONDAY - timedelta(days=7), NOW.date()), NOW.date())
    assert [week.week_start for week in board.goal_weeks] == [MONDAY - timedelta(days=7), MONDAY]
    last, this = board.goal_weeks
    assert [(p.code, p.value, p.achieved) for p in last.progress] == [
        ("breaks_taken", None, False),  # no break offered: not "0 %"
        ("log_after_difficult_calls", 0, False),
    ]
    assert [(p.code, p.value, p.achieved) for p in this.progress] == [
        ("breaks_taken", 100, True),
        ("log_after_difficult_calls", 1, True),
    ]


def test_the_first_record_says_how_long_companion_has_been_used(store):
    """What the check-in's gentle first week reads when its own note of the first start is
    missing (an upgrade, a lost state file): the oldest record of any kind."""
    with store._journal() as journal:
        assert journal.first_record_at() is None  # a first start
    mood(store, at(10), 4)
    exercise(store, at(9), "breathing")
    brk(store, at(8, 30), "taken")
    store.add_check_in(CheckIn(uuid.uuid4(), at(11), (3, 3, 3, 3, 3)))
    with store._journal() as journal:
        assert journal.first_record_at() == at(8, 30)


def test_difficult_contacts_are_those_at_the_threshold_or_of_a_marked_call_type(store):
    """ "Log my mood after difficult contacts" said "54 of 5 ✓": it counted every entry."""
    for stress, category in ((8, None), (7, "order"), (6, "abusive"), (3, "complaint"),
                             (2, None), (5, "refund")):  # fmt: skip
        store.add_mood(make_mood_input(at=at(11), now=NOW, stress=stress, category=category))
    store.set_goal("log_after_difficult_calls", 5)
    [week] = store.week_counts(NOW.date())
    assert (week.mood_entries, week.difficult_entries) == (6, 2)  # 8 and 7
    store.set_difficult_call_types({"abusive", "complaint"})
    assert store.difficult_call_types() == {"abusive", "complaint"}
    [week] = store.week_counts(NOW.date())
    assert week.difficult_entries == 4
    [week] = store.week_counts(NOW.date(), difficult_from=9)  # the offer's threshold moved
    assert week.difficult_entries == 2  # only the marked call types now
    store.set_difficult_call_types({"refund"})
    assert store.difficult_call_types() == {"refund"}
    board = store.dashboard(DateRange(MONDAY, NOW.date()), NOW.date(), difficult_from=8)
    [progress] = board.goal_weeks[-1].progress
    assert (progress.value, progress.achieved) == (2, False)  # 8, and the refund
    with pytest.raises(InvalidGoal):
        store.set_difficult_call_types({"weather"})
    assert store.difficult_call_types() == {"refund"}  # nothing changed


def test_ones_own_goal_is_ticked_by_hand_and_counted_in_its_week(store):
    with pytest.raises(InvalidGoal):
        store.set_goal("own", 3)  # it needs its words
    assert store.goals() == []
    store.set_goal("own", 3, "  A walk at lunch ")
    [goal] = store.goals()
    assert (goal.code, goal.target, goal.label) == ("own", 3, "A walk at lunch")
    for _ in range(3):
        store.tick_goal()
    [week] = store.week_counts(NOW.date())
    assert week.own_ticks == 3
    week_start = day_start(MONDAY, SHANGHAI)
    assert store.untick_goal(week_start)
    [week] = store.week_counts(NOW.date())
    assert week.own_ticks == 2
    store.set_goal("own", 4, "A walk at lunch, or the stairs")
    store.remove_goal("own")
    store.set_goal("own", 4, "A walk at lunch")
    [week] = store.week_counts(NOW.date())
    assert week.own_ticks == 2  # what was ticked this week stays
    board = store.dashboard(DateRange(MONDAY, NOW.date()), NOW.date())
    [progress] = board.goal_weeks[-1].progress
    assert (progress.code, progress.value, progress.label) == ("own", 2, "A walk at lunch")
    assert store.untick_goal(week_start) and store.untick_goal(week_start)
    assert not store.untick_goal(week_start)  # nothing left to take back this week
