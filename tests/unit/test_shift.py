"""Shift hours: ranges, overnight shifts, days off, extra days, daylight-saving days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.shift import InvalidShift, ShiftPlan, TimeRange, parse_ranges, parse_weekdays

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


def local(zone, *args) -> datetime:
    return datetime(*args, tzinfo=zone).astimezone(UTC)


def test_default_shift_is_weekdays_nine_to_six():
    plan = ShiftPlan()
    monday = plan.intervals(local(SHANGHAI, 2026, 11, 23), local(SHANGHAI, 2026, 11, 30), SHANGHAI)
    assert len(monday) == 5
    assert monday[0] == (local(SHANGHAI, 2026, 11, 23, 9), local(SHANGHAI, 2026, 11, 23, 18))
    assert plan.current(local(SHANGHAI, 2026, 11, 28, 10), SHANGHAI) is None  # Saturday


def test_several_ranges_a_day_and_a_whole_day():
    assert parse_ranges(["13:00-18:00", "09:00-12:00"]) == (
        TimeRange(time(9), time(12)),
        TimeRange(time(13), time(18)),
    )
    whole = ShiftPlan(hours=parse_ranges(["00:00-24:00"]))
    day = local(SHANGHAI, 2026, 11, 23)
    assert whole.worked_seconds(day, day + timedelta(days=1), SHANGHAI) == 86400


@pytest.mark.parametrize(
    "items",
    [
        ["9 to 18"],
        ["09:00-09:00"],
        ["25:00-26:00"],
        ["09:00-12:00", "11:00-13:00"],
        [],
        ["24:00-01:00"],
    ],
)
def test_bad_ranges_are_refused(items):
    with pytest.raises(InvalidShift):
        parse_ranges(items)


def test_weekday_names():
    assert parse_weekdays(["Mon", "tuesday", "SUN"]) == frozenset({0, 1, 6})
    with pytest.raises(InvalidShift):
        parse_weekdays(["mon", "funday"])


def test_an_overnight_range_belongs_to_the_day_it_starts():
    plan = ShiftPlan(days=frozenset({0}), hours=parse_ranges(["22:00-06:00"]))
    found = plan.intervals(local(SHANGHAI, 2026, 11, 23), local(SHANGHAI, 2026, 11, 26), SHANGHAI)
    assert found == [(local(SHANGHAI, 2026, 11, 23, 22), local(SHANGHAI, 2026, 11, 24, 6))]
    assert plan.current(local(SHANGHAI, 2026, 11, 24, 3), SHANGHAI) is not None


def test_days_off_and_extra_working_days():
    plan = ShiftPlan(
        days_off=frozenset({date(2026, 10, 1)}),  # a Thursday, public holiday
        extra_days=frozenset({date(2026, 9, 27)}),  # a Sunday, make-up working day
    )
    assert plan.current(local(SHANGHAI, 2026, 10, 1, 10), SHANGHAI) is None
    assert plan.current(local(SHANGHAI, 2026, 9, 27, 10), SHANGHAI) is not None


def test_a_shift_across_the_spring_change_is_an_hour_shorter():
    plan = ShiftPlan(days=frozenset({6}), hours=parse_ranges(["00:00-06:00"]))
    start = local(BERLIN, 2026, 3, 29)
    assert plan.worked_seconds(start, start + timedelta(days=1), BERLIN) == 5 * 3600
    autumn = local(BERLIN, 2026, 10, 25)
    assert plan.worked_seconds(autumn, autumn + timedelta(days=1), BERLIN) == 7 * 3600


def test_next_start_skips_the_weekend():
    friday_evening = local(SHANGHAI, 2026, 11, 27, 19)
    assert ShiftPlan().next_start(friday_evening, SHANGHAI) == local(SHANGHAI, 2026, 11, 30, 9)


@pytest.mark.parametrize("text", ["00:00-24:00", "22:00-24:00", "22:00-06:00", "09:00-18:00"])
def test_a_range_is_written_so_that_it_reads_back_the_same(text):
    item = TimeRange.parse(text)
    assert str(item) == text
    assert TimeRange.parse(str(item)) == item


def test_a_shift_that_never_ends_has_an_end_that_stays_put_all_day():
    """A 00:00-24:00 shift every day runs on past any window: the end `current` gives must not
    move with the moment asked about, or the break cycle would re-plan at every look."""
    plan = ShiftPlan(days=frozenset(range(7)), hours=parse_ranges(["00:00-24:00"]))
    morning = plan.current(local(SHANGHAI, 2026, 11, 23, 0, 5), SHANGHAI)
    evening = plan.current(local(SHANGHAI, 2026, 11, 23, 23, 55, 59), SHANGHAI)
    assert morning is not None and morning == evening
    assert morning[1] == local(SHANGHAI, 2026, 11, 26)  # three local midnights on
    tomorrow = plan.current(local(SHANGHAI, 2026, 11, 24, 0, 5), SHANGHAI)
    assert tomorrow is not None and tomorrow[1] == local(SHANGHAI, 2026, 11, 27)
