"""When the tray starts `companion team sync`: after each shift day, soon after start-up when
days are pending, and after a failure again in 5 min, 15 min, 1 h, then at the next day's end."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.domain.shift import ShiftPlan, TimeRange
from companion.domain.team_sync import SyncPlanner, next_day_done

SHANGHAI = ZoneInfo("Asia/Shanghai")
PLAN = ShiftPlan()  # Monday to Friday, 09:00-18:00
MONDAY = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai
FRIDAY = date(2026, 11, 20)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def test_the_next_day_done_is_the_end_of_todays_shift_or_else_midnight():
    assert next_day_done(PLAN, MONDAY, SHANGHAI) == local(23, 18)
    assert next_day_done(PLAN, local(23, 18), SHANGHAI) == local(24, 18)  # Tuesday next
    saturday = local(28, 10)
    assert next_day_done(PLAN, saturday, SHANGHAI) == local(29, 0)  # no shift: at midnight
    overnight = ShiftPlan(days=frozenset(range(7)), hours=(TimeRange.parse("22:00-06:00"),))
    assert next_day_done(overnight, local(24, 3), SHANGHAI) == local(24, 6)
    assert next_day_done(overnight, local(24, 7), SHANGHAI) == local(25, 6)  # the next night


def test_pending_days_at_start_up_are_sent_once_and_not_again_after_success():
    planner = SyncPlanner()
    assert planner.wants_look(MONDAY)
    assert planner.looked(MONDAY, [FRIDAY], local(23, 18))
    assert not planner.wants_look(MONDAY)  # while it runs
    assert planner.finished(MONDAY, ok=True) is None
    later = MONDAY + timedelta(hours=1)
    assert not planner.wants_look(later)  # nothing to look at before the shift ends
    # Still due after a success (the sync said why in the log): not started again for it.
    assert not planner.looked(local(23, 18), [FRIDAY], local(24, 0))
    assert planner.looked(local(23, 18, 1), [FRIDAY, date(2026, 11, 23)], local(24, 0))


def test_failures_back_off_then_wait_for_the_next_shift_day_to_end():
    planner = SyncPlanner()
    now = MONDAY
    assert planner.looked(now, [FRIDAY], local(23, 18))
    waits = []
    for _try in range(4):
        retry = planner.finished(now, ok=False)
        if retry is None:
            break
        waits.append(retry - now)
        assert not planner.wants_look(retry - timedelta(seconds=1))
        assert planner.wants_look(retry)
        now = retry
        assert planner.looked(now, [FRIDAY], local(23, 18))
    assert waits == [timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1)]
    assert planner.retry_at is None and planner.failures == 4
    assert not planner.wants_look(local(23, 17, 59))
    assert planner.wants_look(local(23, 18))  # Monday's shift is over: a new day is due
    assert planner.looked(local(23, 18), [FRIDAY, date(2026, 11, 23)], local(24, 0))
    assert planner.finished(local(23, 18), ok=False) == local(23, 18, 5)  # waits afresh


def test_nothing_due_or_sharing_off_starts_nothing_and_a_change_looks_again():
    planner = SyncPlanner()
    assert not planner.looked(MONDAY, [], local(23, 18))
    assert not planner.wants_look(MONDAY + timedelta(minutes=30))
    planner.look_again()  # sharing turned on in the settings window
    assert planner.wants_look(MONDAY + timedelta(minutes=30))
