"""The break cycle, stepped through whole shifts with a fake clock."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.breaks import (
    LONG,
    MICRO,
    OUTCOMES,
    TOGETHER,
    BreakCycle,
    BreakRules,
    Phase,
)
from companion.domain.shift import ShiftPlan, parse_ranges

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = (2026, 11, 23)


def at(hour: int, minute: int = 0, second: int = 0, day=MONDAY, zone=SHANGHAI) -> datetime:
    return datetime(*day, hour, minute, second, tzinfo=zone).astimezone(UTC)


class Shift:
    """Runs a cycle the way the app does: a look at least every 10 s, and at every wake-up,
    each with a reading of idle time.

    `hands` is what the readings say unless a test gave one of its own (`do("set_idle", …)`,
    after which time away keeps growing from that reading): "resting" (the person is at the
    desk, hands off the keyboard for a few seconds at each look, and away from it during a
    break), "typing" (input just now, breaks included),
    or "unseen" (no idle source: no readings at all).
    """

    def __init__(
        self,
        start: datetime,
        plan: ShiftPlan | None = None,
        rules=None,
        zone=SHANGHAI,
        hands: str = "resting",
    ):
        self.now = start
        self.hands = hands
        self.last_input: datetime | None = None  # set by a test's own reading
        self.typed = 0
        self.cycle = BreakCycle(
            plan or ShiftPlan(), rules or BreakRules(), zone, start, sees_input=hands != "unseen"
        )
        self.starts: list[tuple[datetime, str]] = []  # breaks that began (wall clock)
        self.real = 0.0  # real seconds since the start; a wall-clock jump does not move it
        self.real_starts: list[float] = []
        self.notices: list[datetime] = []
        self.records = []
        self._phase = self.cycle.view().phase

    def observe(self) -> None:
        view = self.cycle.view()
        if view.phase is not self._phase:
            if view.phase is Phase.BREAK:
                self.starts.append((self.now, view.kind))
                self.real_starts.append(self.real)
            if view.phase is Phase.NOTICE:
                self.notices.append(self.now)
            self._phase = view.phase
        self.records.extend(self.cycle.drain_records())

    def run_until(self, end: datetime, step=timedelta(seconds=10), on_notice=None) -> None:
        while self.now < end:
            wake = self.cycle.view().wake_at
            following = self.now + step
            if wake is not None and self.now < wake < following:
                following = wake
            self.real += (min(following, end) - self.now).total_seconds()
            self.now = min(following, end)
            self.cycle.tick(self.now, real_elapsed=None)
            self.read_idle()
            notices = len(self.notices)
            self.observe()
            if on_notice is not None and len(self.notices) > notices:  # a notice just appeared
                on_notice(self)
                self.observe()

    def read_idle(self) -> None:
        if self.last_input is not None:
            self.cycle.set_idle(self.now, (self.now - self.last_input).total_seconds())
        elif self.hands == "resting":  # and during a break, away from the keyboard
            in_break = self.cycle.view().phase is Phase.BREAK and self.starts
            rested = (self.now - self.starts[-1][0]).total_seconds() if in_break else 0.0
            self.cycle.set_idle(self.now, 5.0 + rested)
        elif self.hands == "typing":  # keys a fraction of a second apart
            self.typed += 1
            self.cycle.set_idle(self.now, 0.3 - 0.1 * (self.typed % 3))

    def set_hands(self, hands: str) -> None:
        self.hands, self.last_input = hands, None

    def do(self, action: str, *args, **kwargs):
        if action == "set_idle":
            self.last_input = self.now - timedelta(seconds=args[0])
        result = getattr(self.cycle, action)(self.now, *args, **kwargs)
        self.observe()
        return result

    def outcomes(self) -> list[str]:
        return [record.outcome for record in self.records]


def test_an_ordinary_day_when_every_break_is_simply_let_happen():
    day = Shift(at(8, 50))
    day.run_until(at(18, 30))
    starts = [moment for moment, _kind in day.starts]
    assert starts, "no break at all"
    assert all(at(9) <= moment < at(18) for moment in starts)  # never outside the shift
    assert starts[0] == at(9, 25)  # the first micro-break, 25 minutes in
    assert day.notices[0] == at(9, 24, 30)  # with a notice 30 s before
    assert all(record.outcome == "taken" for record in day.records)
    kinds = [kind for _moment, kind in day.starts]
    assert kinds.count(LONG) == 5 and kinds.count(MICRO) >= 10
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Never a burst: at least an interval apart, less the window in which a long break due
    # shortly after a micro-break takes its place.
    assert min(gaps) >= timedelta(minutes=25) - TOGETHER
    assert day.cycle.view().phase is Phase.OFF_SHIFT


def test_when_a_micro_and_a_long_break_fall_together_the_long_one_is_taken():
    rules = BreakRules(micro_interval=timedelta(minutes=25), long_interval=timedelta(minutes=50))
    day = Shift(at(9), rules=rules)
    day.run_until(at(10, 0))
    assert [kind for _moment, kind in day.starts] == [MICRO, LONG]
    long_record = day.records[1]
    assert long_record.kind == LONG and long_record.seconds == 300


def test_postpone_at_most_three_times_then_one_record_of_the_taken_break():
    day = Shift(at(9))
    postponed = []

    def postpone_when_possible(shift: Shift) -> None:
        view = shift.cycle.view()
        postponed.append(view.can_postpone)
        if view.can_postpone:
            assert shift.do("postpone")

    day.run_until(at(9, 50), on_notice=postpone_when_possible)
    assert postponed == [True, True, True, False]
    # Each postpone gives five minutes from the moment it is pressed (a notice shown 30 s early).
    assert day.notices == [at(9, 24, 30), at(9, 29), at(9, 33, 30), at(9, 38)]
    assert day.starts[0] == (at(9, 38, 30), MICRO)
    [record] = day.records
    assert (record.outcome, record.postponed, record.due, record.shown) == (
        "taken",
        3,
        at(9, 25),
        at(9, 24, 30),
    )


def test_skip_records_and_restarts_the_cycle():
    day = Shift(at(9))
    day.run_until(at(9, 24, 40))
    assert day.cycle.view().phase is Phase.NOTICE
    day.do("skip")
    assert day.outcomes() == ["skipped"]
    assert day.cycle.view().due == at(9, 24, 40) + timedelta(minutes=25)


def test_start_now_and_end_early():
    day = Shift(at(9))
    day.run_until(at(9, 10))
    day.do("start_now")
    assert day.cycle.view().phase is Phase.BREAK
    day.now = at(9, 10, 15)
    day.do("end_early", 15)
    [record] = day.records
    assert (record.outcome, record.seconds) == ("ended_early", 15)
    assert day.cycle.view().due == at(9, 35, 15)


def test_a_break_due_during_a_call_waits_and_comes_right_after():
    day = Shift(at(9))
    day.run_until(at(9, 20))
    day.do("start_call", by_hand=True)
    day.run_until(at(9, 40))
    assert day.notices == [] and day.starts == []  # nothing while on the call
    day.do("end_call")
    view = day.cycle.view()
    assert view.phase is Phase.NOTICE  # offered straight after the call
    assert view.notice_ends == at(9, 40, 30)  # with the whole notice, to postpone or skip
    day.run_until(at(9, 42))
    [record] = day.records
    assert (record.due, record.shown, record.outcome) == (at(9, 25), at(9, 40), "taken")


def test_a_notice_disappears_when_a_call_starts():
    day = Shift(at(9))
    day.run_until(at(9, 24, 45))
    assert day.cycle.view().phase is Phase.NOTICE
    day.do("start_call", by_hand=False)
    assert day.cycle.view().phase is Phase.WORKING
    day.run_until(at(9, 30))
    assert day.starts == []


def test_a_call_during_a_break_ends_it_early():
    day = Shift(at(9))
    day.run_until(at(9, 25, 20))
    assert day.cycle.view().phase is Phase.BREAK
    day.do("start_call", by_hand=False)
    [record] = day.records
    assert (record.outcome, record.seconds) == ("ended_early", 20)


def test_a_call_switched_on_by_hand_ends_by_itself():
    day = Shift(at(9))
    day.do("start_call", by_hand=True)
    day.run_until(at(9, 59, 50))
    assert day.cycle.view().on_call
    day.run_until(at(10, 0, 10))
    assert not day.cycle.view().on_call


def test_time_away_from_the_computer_is_a_natural_break():
    day = Shift(at(9))
    day.run_until(at(9, 10))
    day.now = at(9, 13)
    day.do("set_idle", 180)  # away since 09:10
    day.run_until(at(9, 20), step=timedelta(seconds=5), on_notice=None)
    assert day.notices == []
    day.do("set_idle", 2)  # back at 09:19:58
    [record] = day.records
    assert (record.outcome, record.kind, record.due, record.seconds) == (
        "natural",
        LONG,  # ten minutes away: as long as a long break
        at(9, 10),
        598,
    )
    view = day.cycle.view()
    assert view.phase is Phase.WORKING  # coming back never starts a break
    assert view.due == at(9, 19, 58) + timedelta(minutes=25)


def test_idle_while_on_a_call_is_not_a_break():
    day = Shift(at(9))
    day.do("start_call", by_hand=False)
    day.now = at(9, 10)
    day.do("set_idle", 300)
    day.do("end_call")
    day.do("set_idle", 1)
    assert day.records == []


def test_a_pause_ends_by_itself_and_records_the_break_it_hid():
    day = Shift(at(9))
    day.run_until(at(9, 20))
    day.do("pause", at(9, 50))
    assert day.cycle.view().phase is Phase.PAUSED
    day.run_until(at(9, 55))
    assert day.notices == [] and day.starts == []
    [record] = day.records
    assert (record.outcome, record.due, record.shown) == ("not_offered", at(9, 25), None)
    assert day.cycle.view().phase is Phase.WORKING
    assert day.cycle.view().due == at(10, 15)  # counting restarted when the pause ended


def test_pause_for_the_rest_of_the_shift_and_the_next_day_is_normal():
    day = Shift(at(9))
    day.run_until(at(11))
    day.do("pause_rest_of_shift")
    day.run_until(at(9, 30, day=(2026, 11, 24)))
    starts_on_monday = [moment for moment, _kind in day.starts if moment < at(18)]
    assert all(moment < at(11) for moment in starts_on_monday)
    assert day.starts[-1][0] == at(9, 25, day=(2026, 11, 24))


def test_sleep_gives_one_natural_break_and_no_burst():
    day = Shift(at(9))
    day.run_until(at(9, 20))
    day.now = at(11, 20)  # the laptop slept for two hours
    day.cycle.tick(day.now, real_elapsed=7200)
    day.observe()
    view = day.cycle.view()
    assert view.phase is Phase.WORKING
    assert [record.outcome for record in day.records] == ["natural"]
    day.run_until(at(12))
    assert len(day.starts) == 1 and day.starts[0][0] == at(11, 45)


@pytest.mark.parametrize("jump", [timedelta(hours=3), timedelta(hours=-1), timedelta(hours=8)])
def test_a_wall_clock_jump_keeps_the_schedule_in_real_time(jump):
    day = Shift(at(9))
    day.run_until(at(9, 10))
    before = day.cycle.view().due
    day.now = at(9, 10) + jump + timedelta(seconds=10)
    day.cycle.tick(day.now, real_elapsed=10)
    day.observe()
    view = day.cycle.view()
    if view.phase is not Phase.OFF_SHIFT:
        assert view.phase is Phase.WORKING
        assert view.due == before + jump  # still 15 real minutes away
    assert day.starts == [] and day.records == []


def test_a_daylight_saving_night_shift_has_no_burst():
    plan = ShiftPlan(days=frozenset({6}), hours=parse_ranges(["00:00-06:00"]))
    start = datetime(2026, 3, 29, 0, tzinfo=BERLIN).astimezone(UTC)
    day = Shift(start, plan=plan, zone=BERLIN)
    day.run_until(start + timedelta(hours=6))
    starts = [moment for moment, _kind in day.starts]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= timedelta(minutes=25) - TOGETHER
    assert starts[-1] < start + timedelta(hours=5)  # the shift was 5 real hours long


def test_an_overnight_shift_with_a_day_off():
    plan = ShiftPlan(
        days=frozenset(range(7)),
        hours=parse_ranges(["22:00-06:00"]),
        days_off=frozenset({date(2026, 11, 24)}),
    )
    night = Shift(at(21, 50), plan=plan)
    night.run_until(at(6, 10, day=(2026, 11, 25)))
    starts = [moment for moment, _kind in night.starts]
    assert starts[0] == at(22, 25)
    assert all(moment < at(6, day=(2026, 11, 24)) for moment in starts)  # Tuesday night is off


def test_a_break_that_would_fall_after_the_shift_is_never_offered():
    day = Shift(at(17, 50))
    day.run_until(at(18, 30))
    assert day.notices == [] and day.starts == []


def test_a_postponed_break_that_is_never_taken_is_recorded_as_postponed():
    day = Shift(at(17, 30))
    day.run_until(at(17, 54, 40))
    assert day.do("postpone")
    day.do("pause", at(17, 58))
    day.run_until(at(18, 5))
    assert day.outcomes() == ["postponed"]  # it fell due after the pause, which ended at 17:58
    assert day.records[0].postponed == 1
    assert day.records[0].due == at(17, 55)


def test_a_short_absence_restarts_micro_breaks_only():
    day = Shift(at(9))
    day.run_until(at(9, 10))
    day.do("set_idle", 60)
    day.now = at(9, 11)
    day.do("set_idle", 0)
    assert [(r.outcome, r.kind) for r in day.records] == [("natural", MICRO)]
    assert day.cycle.view().due == at(9, 36)


ACTIONS = st.one_of(
    st.tuples(st.just("tick"), st.integers(1, 3600)),
    st.tuples(st.just("jump"), st.integers(-7200, 7200)),
    st.tuples(st.just("sleep"), st.integers(200, 20000)),
    st.tuples(
        st.sampled_from(["postpone", "skip", "start_call", "end_call", "resume"]), st.just(0)
    ),
    st.tuples(st.just("idle"), st.integers(0, 900)),
    st.tuples(st.just("pause"), st.integers(60, 7200)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ACTIONS, max_size=60))
def test_no_sequence_of_events_gives_a_burst_or_a_break_off_shift(actions):
    plan = ShiftPlan()
    day = Shift(at(8, 30), plan=plan)
    for action, amount in actions:
        if action == "tick":
            day.run_until(day.now + timedelta(seconds=amount), step=timedelta(seconds=20))
        elif action in ("jump", "sleep"):
            elapsed = 5 if action == "jump" else amount
            day.now += timedelta(seconds=amount)
            day.real += elapsed
            day.cycle.tick(day.now, real_elapsed=elapsed)
            day.observe()
        elif action == "idle":
            day.do("set_idle", amount)
        elif action == "pause":
            day.do("pause", day.now + timedelta(seconds=amount))
        elif action == "start_call":
            day.do("start_call", by_hand=True)
        else:
            day.do(action)
        view = day.cycle.view()
        if view.phase in (Phase.NOTICE, Phase.BREAK):
            assert plan.current(day.now, SHANGHAI) is not None or view.phase is Phase.BREAK
        assert view.postponed <= BreakRules().max_postpones
    # Measured in real time: after a wall-clock jump, wall times say nothing about distance.
    for first, second in itertools.pairwise(day.real_starts):
        assert second - first >= 5 * 60, day.real_starts
    assert all(record.outcome in OUTCOMES for record in day.records)


def test_the_next_wake_up_is_always_ahead_even_when_a_break_waits_for_a_call():
    day = Shift(at(9))
    day.do("start_call", by_hand=False)  # a detected call has no end time of its own
    for minute in (20, 30, 40, 59):
        day.now = at(9, minute)
        day.cycle.tick(day.now)
        wake = day.cycle.view().wake_at
        assert wake is None or wake > day.now


def test_time_away_before_companion_started_is_not_claimed_as_a_break():
    day = Shift(at(10))  # Companion starts mid-shift; the X idle counter says 3 hours
    day.now = at(10, 1)
    day.do("set_idle", 3 * 3600)
    day.now = at(10, 2)
    day.do("set_idle", 1)
    [record] = day.records
    assert record.due == at(10) and record.seconds == 119


# -- a break waits for the hands to leave the keyboard ------------------------------------------


def test_a_break_never_starts_while_the_agent_types_and_starts_at_the_first_pause():
    day = Shift(at(9), hands="typing")
    day.run_until(at(9, 25, 30), step=timedelta(seconds=1))
    view = day.cycle.view()
    assert day.starts == [] and view.phase is Phase.NOTICE
    assert view.waiting and not view.gentle  # the countdown is over; it waits for a pause
    day.set_hands("resting")  # the agent sends the message and sits back
    day.run_until(at(9, 25, 32), step=timedelta(seconds=1))
    assert [moment for moment, _kind in day.starts] == [at(9, 25, 31)]


def test_two_seconds_without_input_is_not_yet_a_pause():
    day = Shift(at(9), hands="typing")
    day.run_until(at(9, 25, 10), step=timedelta(seconds=1))
    day.do("set_idle", 2)  # a short stop between two sentences
    assert day.cycle.view().phase is Phase.NOTICE
    day.now += timedelta(seconds=1)
    day.do("set_idle", 3)  # no input for the whole quiet time
    assert day.cycle.view().phase is Phase.BREAK


def test_a_stale_reading_of_quiet_never_starts_a_break():
    rules = BreakRules()
    day = Shift(at(9), hands="unseen")
    day.cycle = BreakCycle(ShiftPlan(), rules, SHANGHAI, at(9))
    day.now = at(9, 24, 20)
    day.cycle.set_idle(day.now, 30)  # quiet, but read ten seconds before the notice ran out
    day.now = at(9, 25)
    day.cycle.tick(day.now)
    assert day.cycle.view().phase is Phase.NOTICE


def test_typing_on_past_the_bound_leaves_a_gentle_offer_that_grabs_nothing():
    day = Shift(at(9), hands="typing")
    day.run_until(at(9, 27, 5), step=timedelta(seconds=1))
    view = day.cycle.view()
    assert view.phase is Phase.NOTICE and view.gentle  # waited two minutes for a pause
    assert view.wake_at is None or view.wake_at > day.now
    day.set_hands("resting")
    day.run_until(at(9, 40), step=timedelta(seconds=1))
    assert day.starts == [] and day.cycle.view().gentle  # a later pause starts nothing
    day.do("start_now")  # the agent takes it: the notice's button or the shortcut
    assert day.cycle.view().phase is Phase.BREAK


def test_a_gentle_offer_left_standing_to_the_end_of_the_shift_is_recorded_once():
    day = Shift(at(17, 20), hands="typing")
    day.run_until(at(18, 30), step=timedelta(seconds=5))
    assert day.starts == []
    assert [(record.outcome, record.shown) for record in day.records] == [
        ("postponed", at(17, 44, 30))
    ]
    assert day.cycle.view().phase is Phase.OFF_SHIFT


def test_without_any_idle_source_the_notice_asks_and_never_starts_by_itself():
    day = Shift(at(9), hands="unseen")
    day.run_until(at(10, 30))
    view = day.cycle.view()
    assert day.starts == [] and view.phase is Phase.NOTICE and view.gentle
    day.do("postpone")
    assert day.cycle.view().phase is Phase.WORKING


def test_after_a_call_the_break_waits_for_the_agent_to_finish_typing_up_the_call():
    day = Shift(at(9), hands="typing")
    day.run_until(at(9, 20))
    day.do("start_call", by_hand=True)
    day.run_until(at(9, 40))
    day.do("end_call")  # and the agent types the call's notes
    day.run_until(at(9, 41), step=timedelta(seconds=1))
    assert day.starts == [] and day.cycle.view().waiting
    day.set_hands("resting")
    day.run_until(at(9, 41, 2), step=timedelta(seconds=1))
    assert len(day.starts) == 1


def test_typing_during_a_break_cuts_it_short_and_it_is_never_recorded_as_taken():
    day = Shift(at(9))
    day.run_until(at(9, 25, 1), step=timedelta(seconds=1))
    assert day.starts[0][0] == at(9, 25) and day.cycle.view().phase is Phase.BREAK
    day.run_until(at(9, 25, 11), step=timedelta(seconds=1))
    day.set_hands("typing")  # back to the customer: input from 09:25:12 on
    day.run_until(at(9, 25, 20), step=timedelta(seconds=1))
    [record] = day.records
    assert record.outcome == "cut_short"
    assert record.seconds == 11  # the time the agent really rested (a key 0.2 s before 09:25:12)
    assert day.cycle.view().phase is Phase.WORKING


def test_a_nudge_of_the_mouse_or_a_click_in_the_break_window_does_not_cut_it_short():
    day = Shift(at(9))
    day.run_until(at(9, 25), step=timedelta(seconds=1))
    assert day.cycle.view().phase is Phase.BREAK
    last_input = at(9, 24, 55)
    for second in range(1, 41):
        day.now = at(9, 25, second)
        if second in (10, 20):  # the mouse bumped, twice, ten seconds apart
            last_input = day.now
        if 26 <= second <= 30:  # the person moves to the break window and uses it
            last_input = day.now
            day.cycle.break_touched(day.now)
        day.cycle.tick(day.now)
        day.cycle.set_idle(day.now, (day.now - last_input).total_seconds())
        day.observe()
    assert day.outcomes() == ["taken"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["tick", "start_call", "end_call", "postpone", "skip", "pause"]),
            st.integers(1, 1800),
        ),
        max_size=40,
    )
)
def test_whatever_happens_no_break_starts_by_itself_while_input_keeps_arriving(actions):
    day = Shift(at(8, 30), hands="typing")
    for action, amount in actions:
        if action == "tick":
            day.run_until(day.now + timedelta(seconds=amount), step=timedelta(seconds=5))
        elif action == "pause":
            day.do("pause", day.now + timedelta(seconds=amount))
        elif action == "start_call":
            day.do("start_call", by_hand=True)
        else:
            day.do(action)
        assert day.starts == []
    assert "taken" not in day.outcomes()


def test_a_long_break_rested_through_is_taken_whatever_the_counter_repeats():
    """Two readings a moment apart (the probe and the watch on one time grid) read the same
    idle time on a coarse counter: no input, however often it happens."""
    rules = BreakRules(long_interval=timedelta(minutes=25))
    day = Shift(at(9), rules=rules)
    day.run_until(at(9, 25), step=timedelta(seconds=1))
    assert day.cycle.view().phase is Phase.BREAK and day.cycle.view().kind == LONG
    started = day.starts[0][0]
    last_input = started - timedelta(seconds=5)
    while day.cycle.view().phase is Phase.BREAK:
        day.now += timedelta(seconds=1)
        idle = (day.now - last_input).total_seconds()
        day.cycle.tick(day.now)
        day.cycle.set_idle(day.now, idle)
        if day.now.second % 15 == 0:  # the probe, the same millisecond: the same reading
            day.cycle.set_idle(day.now + timedelta(microseconds=500), idle)
        day.observe()
    assert day.outcomes() == ["taken"]
    assert day.records[0].seconds == 300


def test_three_stray_nudges_across_a_long_break_do_not_cut_it_short():
    rules = BreakRules(long_interval=timedelta(minutes=25))
    day = Shift(at(9), rules=rules)
    day.run_until(at(9, 25), step=timedelta(seconds=1))
    last_input = day.starts[0][0] - timedelta(seconds=5)
    for second in range(1, 301):
        day.now = at(9, 25) + timedelta(seconds=second)
        if second in (40, 130, 250):  # the mouse bumped now and then
            last_input = day.now
        day.cycle.tick(day.now)
        day.cycle.set_idle(day.now, (day.now - last_input).total_seconds())
        day.observe()
    assert day.outcomes() == ["taken"]
