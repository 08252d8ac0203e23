"""The reminders besides breaks, stepped through days with a fake clock: shown when due, and
never when they should not be (logged already, quiet, off, done, too late)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.reminders import (
    CHECKIN,
    LOG_REMINDER,
    SHIFT_ENDED,
    Due,
    ReminderPlanner,
    ReminderSettings,
    ReminderState,
    last_shift_end,
    shift_day,
)
from companion.domain.shift import ShiftPlan, parse_ranges

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 11, 23)
NO_CHECKIN = ReminderSettings(checkin_enabled=False)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


class FakeRecords:
    def __init__(self, first: datetime | None = None) -> None:
        self.entries: list[datetime] = []
        self.check_ins: list[datetime] = []
        # Someone who has used Companion for a while, unless a test says otherwise.
        self.first = first or at(9, day=MONDAY - timedelta(days=30))

    def logged_between(self, since: datetime, until: datetime) -> int:
        return sum(since <= moment < until for moment in self.entries)

    def count_check_ins(self, since: datetime, until: datetime) -> int:
        return sum(since <= moment < until for moment in self.check_ins)

    def first_record_at(self) -> datetime | None:
        return self.first


class NewUser(FakeRecords):
    """A first start: nothing in the store yet."""

    def first_record_at(self) -> datetime | None:
        return None


def run(
    planner: ReminderPlanner,
    records: FakeRecords,
    start: datetime,
    end: datetime,
    quiet: tuple[datetime, datetime] | None = None,
) -> list[tuple[datetime, Due]]:
    """Tick once a minute from `start` to `end`, as the driver does."""
    found = []
    now = start
    while now <= end:
        is_quiet = quiet is not None and quiet[0] <= now < quiet[1]
        found += [(now, due) for due in planner.tick(now, quiet=is_quiet, records=records)]
        now += timedelta(minutes=1)
    return found


def planner(settings=NO_CHECKIN, plan: ShiftPlan | None = None, started=None) -> ReminderPlanner:
    return ReminderPlanner(plan or ShiftPlan(), settings, SHANGHAI, started or at(8))


def test_summary_at_shift_end_and_log_reminder_after_it_when_nothing_was_logged():
    shown = run(planner(), FakeRecords(), at(8), at(23))
    assert shown == [
        (at(18), Due(SHIFT_ENDED, MONDAY)),
        (at(18, 15), Due(LOG_REMINDER, MONDAY)),
    ]


def test_no_log_reminder_when_something_was_logged_that_day():
    records = FakeRecords()
    records.entries.append(at(10, 30))
    shown = run(planner(), records, at(8), at(23))
    assert [due.kind for _at, due in shown] == [SHIFT_ENDED]


def test_settings_off_show_nothing():
    off = replace(NO_CHECKIN, summary_at_shift_end=False, log_after_shift=False)
    assert run(planner(off), FakeRecords(), at(8), at(23)) == []
    later = replace(NO_CHECKIN, log_after_minutes=45)
    shown = run(planner(later), FakeRecords(), at(8), at(23))
    assert [when for when, _due in shown] == [at(18), at(18, 45)]


def test_nothing_during_a_call_or_a_pause_then_shown_when_it_ends():
    shown = run(planner(), FakeRecords(), at(8), at(23), quiet=(at(17, 50), at(18, 40)))
    assert shown == [
        (at(18, 40), Due(SHIFT_ENDED, MONDAY)),
        (at(18, 40), Due(LOG_REMINDER, MONDAY)),
    ]


def test_too_late_after_a_long_quiet_nothing_is_shown():
    assert run(planner(), FakeRecords(), at(8), at(23), quiet=(at(17), at(22))) == []


def test_off_shift_days_and_a_start_after_the_shift_show_nothing():
    saturday = MONDAY + timedelta(days=5)
    assert run(planner(started=at(8, day=saturday)), FakeRecords(), at(8, day=saturday),
               at(23, day=saturday)) == []  # fmt: skip
    # Companion started at 19:00: the shift ended before it ran.
    assert run(planner(started=at(19)), FakeRecords(), at(19), at(23)) == []


def test_each_is_shown_once_a_day_and_again_the_next_working_day():
    plan = planner()
    shown = run(plan, FakeRecords(), at(8), at(20, day=MONDAY + timedelta(days=1)))
    assert [(when, due.kind) for when, due in shown] == [
        (at(18), SHIFT_ENDED),
        (at(18, 15), LOG_REMINDER),
        (at(18, day=MONDAY + timedelta(days=1)), SHIFT_ENDED),
        (at(18, 15, day=MONDAY + timedelta(days=1)), LOG_REMINDER),
    ]


def test_a_lunch_gap_is_not_the_end_of_the_shift_and_an_overnight_shift_keeps_its_day():
    split = ShiftPlan(hours=parse_ranges(["09:00-12:00", "13:00-18:00"]))
    shown = run(planner(plan=split), FakeRecords(), at(8), at(19))
    assert [(when, due.kind) for when, due in shown] == [
        (at(18), SHIFT_ENDED),
        (at(18, 15), LOG_REMINDER),
    ]
    night = ShiftPlan(days=frozenset(range(7)), hours=parse_ranges(["22:00-06:00"]))
    tuesday = MONDAY + timedelta(days=1)
    assert last_shift_end(night, at(7, day=tuesday), SHANGHAI) == (MONDAY, at(6, day=tuesday))
    assert shift_day(night, at(3, day=tuesday), SHANGHAI) == MONDAY
    assert shift_day(ShiftPlan(), at(20), SHANGHAI) == MONDAY


def test_the_check_in_is_offered_at_the_chosen_time_once_then_reminded_once():
    settings = ReminderSettings(
        summary_at_shift_end=False, log_after_shift=False, checkin_weekday=0, checkin_time=time(10)
    )
    plan = planner(settings)
    shown = run(plan, FakeRecords(), at(8), at(23, day=MONDAY + timedelta(days=3)))
    assert shown == [(at(10), Due(CHECKIN, MONDAY)), (at(12), Due(CHECKIN, MONDAY))]


def test_a_check_in_put_off_late_is_reminded_at_the_next_start_of_shift():
    settings = ReminderSettings(
        summary_at_shift_end=False, log_after_shift=False, checkin_time=time(17)
    )
    plan = planner(settings)
    assert run(plan, FakeRecords(), at(8), at(17, 30)) == [(at(17), Due(CHECKIN, MONDAY))]
    plan.checkin_dismissed(at(17, 30))  # 19:30 is off shift: the reminder waits for 09:00
    tuesday = MONDAY + timedelta(days=1)
    shown = run(plan, FakeRecords(), at(17, 31), at(12, day=tuesday))
    assert shown == [(at(9, day=tuesday), Due(CHECKIN, MONDAY))]


def test_no_check_in_when_done_off_or_quiet():
    settings = ReminderSettings(summary_at_shift_end=False, log_after_shift=False)
    records = FakeRecords()
    records.check_ins.append(at(9, 30))  # done before it was offered
    assert run(planner(settings), records, at(8), at(23)) == []
    records = FakeRecords()
    plan = planner(settings)
    assert len(run(plan, records, at(8), at(10))) == 1
    records.check_ins.append(at(11))  # done after the offer: no reminder
    assert run(plan, records, at(10, 1), at(23)) == []
    off = replace(settings, checkin_enabled=False)
    assert run(planner(off), FakeRecords(), at(8), at(23)) == []
    shown = run(planner(settings), FakeRecords(), at(8), at(11), quiet=(at(9, 55), at(10, 20)))
    assert [when for when, _due in shown] == [at(10, 20)]


def test_a_new_week_offers_the_check_in_again():
    settings = ReminderSettings(summary_at_shift_end=False, log_after_shift=False)
    plan = planner(settings)
    next_monday = MONDAY + timedelta(days=7)
    shown = run(plan, FakeRecords(), at(8), at(10, 30, day=next_monday))
    assert [(when, due.day) for when, due in shown] == [
        (at(10), MONDAY),
        (at(12), MONDAY),
        (at(10, day=next_monday), next_monday),
    ]


def test_no_check_in_in_the_first_week_even_when_its_time_comes_minutes_after_the_first_start():
    """The first start at 09:54 on a Monday, the check-in set for Mondays at 10:00: it waited
    six minutes and took the screen. Now the first one comes a full week later."""
    settings = ReminderSettings(summary_at_shift_end=False, log_after_shift=False)
    plan = planner(settings, started=at(9, 54))
    next_monday = MONDAY + timedelta(days=7)
    shown = run(plan, NewUser(), at(9, 54), at(12, 30, day=next_monday))
    assert shown == [(at(10, day=next_monday), Due(CHECKIN, next_monday)),
                     (at(12, day=next_monday), Due(CHECKIN, next_monday))]  # fmt: skip
    assert plan.state.first_use == at(9, 54)


def test_a_first_start_midweek_waits_for_the_week_after_next():
    settings = ReminderSettings(summary_at_shift_end=False, log_after_shift=False)
    tuesday = MONDAY + timedelta(days=1)
    plan = planner(settings, started=at(9, day=tuesday))
    shown = run(plan, NewUser(), at(9, day=tuesday), at(11, day=MONDAY + timedelta(days=14)))
    assert [when for when, _due in shown] == [at(10, day=MONDAY + timedelta(days=14))]


def test_the_first_use_survives_a_restart_and_older_records_count_too():
    settings = ReminderSettings(summary_at_shift_end=False, log_after_shift=False)
    first = planner(settings, started=at(9, day=MONDAY - timedelta(days=3)))
    run(
        first,
        NewUser(),
        at(9, day=MONDAY - timedelta(days=3)),
        at(9, 5, MONDAY - timedelta(days=3)),
    )
    kept = ReminderState.from_dict(first.state.to_dict())
    assert kept.first_use == at(9, day=MONDAY - timedelta(days=3))
    restarted = ReminderPlanner(ShiftPlan(), settings, SHANGHAI, at(8), kept)
    assert run(restarted, NewUser(), at(8), at(23)) == []  # four days of use: not yet
    # Upgrading, or a state file lost: the store's oldest record says how long it has been used.
    records = FakeRecords(first=at(9, day=MONDAY - timedelta(days=40)))
    upgraded = planner(settings)
    assert [when for when, _due in run(upgraded, records, at(8), at(11))] == [at(10)]


def test_the_state_survives_a_restart_and_a_damaged_one_is_ignored():
    plan = planner()
    run(plan, FakeRecords(), at(8), at(19))
    again = ReminderState.from_dict(plan.state.to_dict())
    assert again == plan.state
    restarted = ReminderPlanner(ShiftPlan(), NO_CHECKIN, SHANGHAI, at(8), again)
    assert run(restarted, FakeRecords(), at(18, 5), at(20)) == []
    assert ReminderState.from_dict({"summary_for": "yesterday", "log_reminded": 3}) == (
        ReminderState()
    )


def test_settings_are_read_from_the_settings_keys():
    values = {
        "summary.at_shift_end": False,
        "reminders.log_after_shift": True,
        "reminders.log_after_minutes": 30,
        "checkin.enabled": True,
        "checkin.day": "fri",
        "checkin.time": "16:45",
    }
    settings = ReminderSettings.from_values(values.__getitem__)
    assert settings == ReminderSettings(False, True, 30, True, 4, time(16, 45))


def test_a_check_in_missed_while_companion_was_not_running_waits_for_the_shift():
    settings = ReminderSettings(summary_at_shift_end=False, log_after_shift=False)
    tuesday = MONDAY + timedelta(days=1)
    started_on_shift = planner(settings, started=at(9, 30, tuesday))
    shown = run(started_on_shift, FakeRecords(), at(9, 30, tuesday), at(10, 30, tuesday))
    assert shown == [(at(9, 45, tuesday), Due(CHECKIN, MONDAY))]  # not the moment it started
    started_in_the_evening = planner(settings, started=at(20, 0, tuesday))
    wednesday = MONDAY + timedelta(days=2)
    shown = run(started_in_the_evening, FakeRecords(), at(20, 0, tuesday), at(10, 0, wednesday))
    assert shown == [(at(9, 0, wednesday), Due(CHECKIN, MONDAY))]  # the next start of shift


@pytest.mark.parametrize(
    ("phase", "on_call", "waits"),
    [
        ("WORKING", False, False),
        ("OFF_SHIFT", False, False),
        ("WORKING", True, True),
        ("PAUSED", False, True),
        ("NOTICE", False, True),
        ("BREAK", False, True),
    ],
)
def test_reminders_wait_during_a_call_a_pause_a_break_and_its_notice(phase, on_call, waits):
    from companion.domain.breaks import CycleView, Phase, reminders_wait

    view = CycleView(
        Phase[phase], on_call, None, None, None, False, False, None, None, False, 0, 5, None, None
    )
    assert reminders_wait(view) is waits
