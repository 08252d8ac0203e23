"""When the first break comes, as the welcome says it: asked of the break cycle itself."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from companion.domain.breaks import LONG, MICRO, BreakCycle, BreakRules
from companion.domain.first_break import first_break
from companion.domain.shift import ShiftPlan, parse_ranges, parse_weekdays

ZONE = ZoneInfo("Asia/Shanghai")
RULES = BreakRules()


def plan(*hours: str, days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")) -> ShiftPlan:
    return ShiftPlan(days=parse_weekdays(list(days)), hours=parse_ranges(list(hours)))


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE)  # 23 November 2026 is a Monday


def test_on_shift_it_counts_from_now_and_off_shift_from_the_shift_start():
    upcoming = first_break(plan("09:00-18:00"), RULES, ZONE, local(23, 10))
    assert upcoming is not None and (upcoming.kind, upcoming.at) == (MICRO, local(23, 10, 25))
    upcoming = first_break(plan("09:00-18:00"), RULES, ZONE, local(23, 7))
    assert upcoming is not None and upcoming.at == local(23, 9, 25)


def test_a_break_that_would_fall_after_the_stretch_comes_in_the_next_one():
    upcoming = first_break(plan("09:00-12:00", "13:00-18:00"), RULES, ZONE, local(23, 11, 50))
    assert upcoming is not None and upcoming.at == local(23, 13, 25)
    friday_evening = first_break(plan("09:00-18:00"), RULES, ZONE, local(27, 17, 50))
    assert friday_evening is not None and friday_evening.at == local(30, 9, 25)


def test_a_long_interval_shorter_than_the_micro_one_makes_the_first_break_long():
    rules = BreakRules(micro_interval=timedelta(minutes=60), long_interval=timedelta(minutes=30))
    upcoming = first_break(plan("09:00-18:00"), rules, ZONE, local(23, 8))
    assert upcoming is not None and upcoming.kind == LONG


def test_no_working_day_means_no_break():
    assert first_break(plan("09:00-18:00", days=()), RULES, ZONE, local(23, 10)) is None


def test_the_running_cycle_is_asked_and_left_as_it_was():
    started = local(23, 9, 0)
    running = BreakCycle(plan("09:00-18:00"), RULES, ZONE, started)
    running.tick(local(23, 9, 10))
    before = running.view()
    upcoming = first_break(plan("08:00-17:00"), RULES, ZONE, local(23, 9, 10), running)
    assert upcoming is not None and upcoming.at == local(23, 9, 25)  # counting kept its start
    assert running.view() == before
    # what the real cycle does when the settings are saved
    running.reconfigure(plan("08:00-17:00"), RULES, local(23, 9, 10))
    assert running.view().due == upcoming.at
