"""Weekly figures, checked against values worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.breaks import BreakRecord
from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.domain.trends import week_bounds
from companion.paths import AppPaths
from companion.storage.store import open_store
from tests.helpers.store_template import place_new_store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 5, 12, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    opened, _ = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), FixedClock(NOW))
    yield opened
    opened.close()


def log(store, local: datetime, stress: int) -> None:
    store.add_mood(make_mood_input(at=local, now=NOW, stress=stress))


def test_weeks_are_local_iso_weeks_even_across_a_dst_change(store):
    # Summer time ended on Sunday 25 October 2026: that week has 169 hours.
    log(store, datetime(2026, 10, 19, 0, 30, tzinfo=BERLIN), 2)  # Monday just after midnight
    log(store, datetime(2026, 10, 25, 23, 30, tzinfo=BERLIN), 8)  # Sunday late, after the change
    log(store, datetime(2026, 10, 26, 0, 10, tzinfo=BERLIN), 5)  # next Monday
    log(store, datetime(2026, 10, 18, 23, 59, tzinfo=BERLIN), 9)  # the Sunday before
    store.add_break(
        BreakRecord("micro", datetime(2026, 10, 20, 9, tzinfo=BERLIN), None, "taken", 0, 40)
    )
    store.add_break(
        BreakRecord("micro", datetime(2026, 10, 21, 9, tzinfo=BERLIN), None, "taken", 1, 40)
    )
    store.add_break(
        BreakRecord("long", datetime(2026, 10, 22, 9, tzinfo=BERLIN), None, "skipped", 0, 0)
    )
    weeks = week_bounds(date(2026, 11, 4), 4, BERLIN)
    assert [monday for monday, _s, _e in weeks] == [
        date(2026, 10, 12),
        date(2026, 10, 19),
        date(2026, 10, 26),
        date(2026, 11, 2),
    ]
    assert weeks[1][2] - weeks[1][1] == timedelta(hours=169)
    stats = store.weekly_stats(weeks)
    assert [(s.entries, s.mean_stress, s.max_stress) for s in stats] == [
        (1, 9.0, 9),
        (2, 5.0, 8),
        (1, 5.0, 5),
        (0, None, None),  # an empty week: no mean, no maximum
    ]
    assert stats[1].breaks == {"taken": 2, "skipped": 1}
    assert stats[0].breaks == {}


def test_means_are_rounded_to_two_decimals(store):
    for stress in (3, 7, 9):
        log(store, datetime(2026, 11, 3, 10, tzinfo=BERLIN), stress)
    [week] = store.weekly_stats(week_bounds(date(2026, 11, 4), 1, BERLIN))
    assert week.mean_stress == 6.33 and week.entries == 3


def test_a_week_count_below_one_is_refused():
    with pytest.raises(ValueError):
        week_bounds(date(2026, 11, 4), 0, BERLIN)
