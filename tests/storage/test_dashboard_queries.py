"""The dashboard's aggregates, checked against values worked out by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.breaks import BreakRecord
from companion.domain.clock import FixedClock
from companion.domain.local_time import offset_spans
from companion.domain.mood import make_mood_input
from companion.domain.thoughts import ExerciseUse
from companion.domain.trends import DateRange, preset_range
from companion.paths import AppPaths
from companion.storage.store import Store, open_store
from tests.helpers.store_template import place_new_store

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
APIA = ZoneInfo("Pacific/Apia")  # skipped Friday 30 December 2011 when it crossed the date line


def make_store(tmp_path, now: datetime, zone) -> Store:
    opened, _ = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), FixedClock(now, zone))
    return opened


@pytest.fixture
def shanghai(tmp_path):
    opened = make_store(tmp_path, datetime(2026, 11, 27, 12, tzinfo=UTC), SHANGHAI)
    yield opened
    opened.close()


def log(store: Store, at: datetime, stress: int, **values) -> None:
    store.add_mood(make_mood_input(at=at, now=at + timedelta(days=1), stress=stress, **values))


def test_a_new_store_gives_an_empty_dashboard(shanghai):
    board = shanghai.dashboard(DateRange(date(2026, 11, 2), date(2026, 11, 27)), date(2026, 11, 27))
    assert board.all_entries == 0 and board.entries == 0
    assert board.days == [] and board.cells == [] and board.categories == []
    assert board.emotions == [] and board.breaks == [] and board.exercises == []
    assert board.after_breaks == [] and board.longest_taken_run == 0
    assert board.this_week.mean is None and board.last_week.mean is None
    assert board.rolling == [] and board.weekly == []
    assert shanghai.first_entry_day() is None


def test_days_hours_categories_and_emotions_in_local_time(shanghai):
    # Monday 23 November 2026, Shanghai (UTC+8).
    log(shanghai, datetime(2026, 11, 23, 9, 10, tzinfo=SHANGHAI), 4, category="order")
    log(
        shanghai,
        datetime(2026, 11, 23, 9, 50, tzinfo=SHANGHAI),
        8,
        category="complaint",
        emotions=["angry", "wronged"],
    )
    # 00:30 local on Tuesday is still Monday in UTC: it must count for Tuesday, hour 0.
    log(shanghai, datetime(2026, 11, 24, 0, 30, tzinfo=SHANGHAI), 6, emotions=["angry"])
    log(shanghai, datetime(2026, 11, 24, 15, 0, tzinfo=SHANGHAI), 9, category="complaint")
    log(shanghai, datetime(2026, 11, 10, 15, 0, tzinfo=SHANGHAI), 1)  # outside the range
    board = shanghai.dashboard(
        DateRange(date(2026, 11, 23), date(2026, 11, 27)), date(2026, 11, 27)
    )
    assert board.all_entries == 5 and board.entries == 4
    assert [(d.day, d.entries, d.total) for d in board.days] == [
        (date(2026, 11, 23), 2, 12),
        (date(2026, 11, 24), 2, 15),
    ]
    assert [(c.weekday, c.hour, c.entries, c.total) for c in board.cells] == [
        (0, 9, 2, 12),
        (1, 0, 1, 6),
        (1, 15, 1, 9),
    ]
    assert [(g.code, g.entries, g.mean) for g in board.categories] == [
        ("complaint", 2, 8.5),
        (None, 1, 6.0),
        ("order", 1, 4.0),
    ]
    assert [(g.code, g.entries, g.mean) for g in board.emotions] == [
        ("wronged", 1, 8.0),
        ("angry", 2, 7.0),
    ]
    # This week (from Monday 23rd) holds the four; last week nothing.
    assert (board.this_week.entries, board.this_week.mean) == (4, 27 / 4)
    assert board.last_week.entries == 0
    assert shanghai.first_entry_day() == date(2026, 11, 10)


def test_rolling_and_weekly_means_weigh_entries_not_days(shanghai):
    log(shanghai, datetime(2026, 11, 2, 10, tzinfo=SHANGHAI), 2)  # Monday, one entry
    for minute in range(3):  # Wednesday, three entries at 8
        log(shanghai, datetime(2026, 11, 4, 10, minute, tzinfo=SHANGHAI), 8)
    log(shanghai, datetime(2026, 11, 10, 10, tzinfo=SHANGHAI), 5)  # next Tuesday
    board = shanghai.dashboard(DateRange(date(2026, 11, 2), date(2026, 11, 15)), date(2026, 11, 15))
    rolling = {point.day: (point.mean, point.entries) for point in board.rolling}
    assert rolling[date(2026, 11, 2)] == (2.0, 1)
    assert rolling[date(2026, 11, 4)] == (26 / 4, 4)  # (2 + 8 + 8 + 8) / 4, not (2 + 8) / 2
    assert rolling[date(2026, 11, 8)] == (26 / 4, 4)  # Sunday: the window is 2nd–8th
    assert rolling[date(2026, 11, 9)] == (8.0, 3)  # Monday 2nd has left the window
    assert rolling[date(2026, 11, 10)] == (29 / 4, 4)
    assert date(2026, 11, 11) not in rolling  # window 5th–11th holds only the 10th: still there
    assert [(w.day, w.mean, w.entries) for w in board.weekly] == [
        (date(2026, 11, 2), 26 / 4, 4),
        (date(2026, 11, 9), 5.0, 1),
    ]


def test_days_and_hours_follow_summer_time(tmp_path):
    store = make_store(tmp_path, datetime(2026, 11, 5, tzinfo=UTC), BERLIN)
    # Summer time began at 02:00 on Sunday 29 March 2026.
    log(store, datetime(2026, 3, 28, 23, 30, tzinfo=UTC), 3)  # 00:30 CET Sunday
    log(store, datetime(2026, 3, 29, 0, 30, tzinfo=UTC), 5)  # 01:30 CET
    log(store, datetime(2026, 3, 29, 1, 30, tzinfo=UTC), 7)  # 03:30 CEST
    log(store, datetime(2026, 3, 29, 22, 30, tzinfo=UTC), 9)  # 00:30 CEST Monday
    # Summer time ended at 03:00 on Sunday 25 October: 01:30 UTC is 02:30 CET.
    log(store, datetime(2026, 10, 24, 22, 30, tzinfo=UTC), 4)  # 00:30 CEST Sunday
    log(store, datetime(2026, 10, 25, 1, 30, tzinfo=UTC), 6)  # 02:30 CET
    board = store.dashboard(DateRange(date(2026, 3, 23), date(2026, 11, 1)), date(2026, 11, 1))
    assert [(d.day, d.entries) for d in board.days] == [
        (date(2026, 3, 29), 3),
        (date(2026, 3, 30), 1),
        (date(2026, 10, 25), 2),
    ]
    assert [(c.weekday, c.hour, c.total) for c in board.cells] == [
        (0, 0, 9),
        (6, 0, 3 + 4),
        (6, 1, 5),
        (6, 2, 6),
        (6, 3, 7),
    ]
    store.close()


def test_a_day_skipped_by_a_time_zone_change(tmp_path):
    store = make_store(tmp_path, datetime(2012, 1, 10, tzinfo=UTC), APIA)
    # Apia moved from UTC-10 to UTC+14: Thursday 29 December 2011 was followed by Saturday 31st.
    log(store, datetime(2011, 12, 30, 9, 0, tzinfo=UTC), 2)  # Thursday 29th, 23:00 (UTC-10)
    log(store, datetime(2011, 12, 30, 11, 0, tzinfo=UTC), 8)  # Saturday 31st, 01:00 (UTC+14)
    board = store.dashboard(DateRange(date(2011, 12, 26), date(2012, 1, 1)), date(2012, 1, 1))
    assert [(d.day, d.total) for d in board.days] == [
        (date(2011, 12, 29), 2),
        (date(2011, 12, 31), 8),
    ]
    assert [(c.weekday, c.hour) for c in board.cells] == [(3, 23), (5, 1)]
    assert [(w.day, w.entries) for w in board.weekly] == [(date(2011, 12, 26), 2)]
    store.close()


def test_breaks_per_week_streak_and_what_helps(shanghai):
    def brk(local: datetime, outcome: str, seconds: int = 0) -> None:
        shown = None if outcome == "natural" else local
        shanghai.add_break(BreakRecord("micro", local, shown, outcome, 0, seconds))

    monday = datetime(2026, 11, 16, 10, tzinfo=SHANGHAI)
    brk(monday, "taken", 300)  # ends 10:05
    brk(monday + timedelta(hours=1), "taken", 60)  # 11:00-11:01
    brk(monday + timedelta(hours=2), "natural")  # neither extends nor breaks the run
    brk(monday + timedelta(hours=3), "taken", 60)  # 13:00-13:01
    brk(monday + timedelta(hours=4), "skipped")  # 14:00
    brk(monday + timedelta(hours=5), "taken", 60)
    brk(monday + timedelta(days=7), "postponed")  # next week
    brk(monday + timedelta(days=7, hours=1), "ended_early", 30)
    log(shanghai, monday + timedelta(minutes=3), 9)  # during the first break: not after it
    log(shanghai, monday + timedelta(minutes=30), 4)  # after the 10:00 break
    log(shanghai, monday + timedelta(minutes=70), 2)  # after both: counts for the 11:00 only
    log(shanghai, monday + timedelta(hours=4, minutes=20), 8)  # after the skipped one
    log(shanghai, monday + timedelta(hours=4, minutes=59), 6)  # after the skipped one
    log(shanghai, monday + timedelta(hours=8), 5)  # long after any break
    shanghai.add_exercise(
        ExerciseUse(uuid.uuid4(), "breathing", monday, monday, distress_before=7, distress_after=4)
    )
    shanghai.add_exercise(
        ExerciseUse(uuid.uuid4(), "breathing", monday, monday, distress_before=5, distress_after=4)
    )
    shanghai.add_exercise(ExerciseUse(uuid.uuid4(), "detachment", monday, None, distress_before=6))
    board = shanghai.dashboard(
        DateRange(date(2026, 11, 16), date(2026, 11, 27)), date(2026, 11, 27)
    )
    assert [(w.week_start, w.counts) for w in board.breaks] == [
        (date(2026, 11, 16), {"taken": 4, "natural": 1, "skipped": 1}),
        (date(2026, 11, 23), {"postponed": 1, "ended_early": 1}),
    ]
    assert board.longest_taken_run == 3
    assert [(a.outcome, a.entries, a.mean) for a in board.after_breaks] == [
        ("taken", 2, 3.0),
        ("skipped", 2, 7.0),
    ]
    assert [(e.kind, e.uses, e.mean_before, e.mean_after) for e in board.exercises] == [
        ("breathing", 2, 6.0, 4.0)
    ]


def test_preset_ranges_are_whole_weeks_up_to_today():
    today = date(2026, 11, 25)  # a Wednesday
    assert preset_range("4w", today, None) == DateRange(date(2026, 11, 2), today)
    assert preset_range("12w", today, None).first == date(2026, 9, 7)
    assert preset_range("1y", today, None).first == date(2025, 12, 1)
    assert preset_range("all", today, date(2024, 2, 14)).first == date(2024, 2, 12)
    assert preset_range("all", today, None).first == date(2026, 11, 23)
    with pytest.raises(ValueError):
        preset_range("2w", today, None)
    with pytest.raises(ValueError):
        DateRange(today, today - timedelta(days=1))


def test_offset_spans_find_each_change_to_the_second():
    spans = offset_spans(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC), BERLIN)
    assert [(s.start, s.offset_seconds) for s in spans] == [
        (datetime(2026, 1, 1, tzinfo=UTC), 3600),
        (datetime(2026, 3, 29, 1, tzinfo=UTC), 7200),
        (datetime(2026, 10, 25, 1, tzinfo=UTC), 3600),
    ]
    assert spans[-1].end == datetime(2027, 1, 1, tzinfo=UTC)
    assert offset_spans(spans[0].end, spans[0].end, BERLIN) == []
