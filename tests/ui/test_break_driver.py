"""The break driver, on fake time: its wake-ups come from `FakeWakeups` on the suite's fake
clock, so a whole shift runs in a moment and nothing waits real seconds. One test at the end
runs the real scheduler on the Qt loop for a few seconds, with tiny intervals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from companion.domain.breaks import BreakRules, Phase
from companion.domain.clock import SYSTEM_CLOCK
from companion.domain.shift import ShiftPlan, parse_ranges
from companion.scheduling.break_driver import HEARTBEAT_SECONDS, PROBE_SECONDS, BreakDriver
from companion.scheduling.wakeups import SchedulerWakeups
from tests.helpers.clock import FakeClock
from tests.helpers.platform import FakeIdle, FakeMicrophone, HandsThatRest
from tests.helpers.wakeups import FakeWakeups

ALWAYS = ShiftPlan(days=frozenset(range(7)), hours=parse_ranges(["00:00-24:00"]))
NINE_TO_SIX = ShiftPlan(days=frozenset(range(7)), hours=parse_ranges(["09:00-18:00"]))
TINY = BreakRules(
    micro_interval=timedelta(seconds=2),
    micro_length=timedelta(seconds=2),
    long_interval=timedelta(hours=5),
    notice=timedelta(milliseconds=500),
    postpone=timedelta(seconds=1),
    quiet=timedelta(milliseconds=300),
)
EIGHT_AM = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # a Monday; the zone is UTC here


def make_driver(plan: ShiftPlan = NINE_TO_SIX, rules: BreakRules | None = None, **probes):
    """A driver on fake time; unless a test brings its own idle probe, the person at the desk
    sits back whenever a break is offered (`HandsThatRest`)."""
    clock = FakeClock(EIGHT_AM)
    wakeups = FakeWakeups(clock)
    records: list = []
    hands = None
    if "idle" not in probes:
        hands = probes["idle"] = HandsThatRest(clock)
    driver = BreakDriver(
        plan, rules or BreakRules(), records.append, clock=clock, wakeups=wakeups, **probes
    )
    if hands is not None:
        hands.follow(driver)
    driver.records = records  # type: ignore[attr-defined]
    return driver, wakeups, clock


def test_a_whole_shift_of_breaks_on_fake_time():
    driver, wakeups, clock = make_driver()
    phases: list[Phase] = []
    driver.changed.connect(lambda: phases.append(driver.view.phase))
    driver.start()
    assert driver.view.phase is Phase.OFF_SHIFT
    wakeups.advance(11 * 3600)  # 08:00 to 19:00
    records = driver.records
    assert 14 <= len(records) <= 24
    assert {record.outcome for record in records} == {"taken"}  # nobody there to skip them
    assert all(9 <= record.due.hour < 18 for record in records)
    gaps = [later.due - earlier.due for earlier, later in pairwise(records)]
    assert min(gaps) >= timedelta(minutes=20)  # one at a time, never a burst
    assert {"long", "micro"} <= {record.kind for record in records}
    assert Phase.NOTICE in phases and Phase.BREAK in phases
    assert driver.view.phase is Phase.OFF_SHIFT and clock.now().hour == 19


def test_the_probe_rests_off_shift_and_reads_during_it():
    idle = FakeIdle()
    driver, wakeups, _clock = make_driver(idle=idle)
    driver.start()
    wakeups.advance(3600 - 1)  # 08:00-09:00: off shift
    assert "probe" not in wakeups.runs
    assert wakeups.runs.count("heartbeat") == 3600 // HEARTBEAT_SECONDS - 1
    assert wakeups.repeating["probe"].paused
    wakeups.advance(600 + 1)  # 09:00-09:10: on shift
    assert not wakeups.repeating["probe"].paused
    assert wakeups.runs.count("probe") >= 600 // PROBE_SECONDS - 1


def test_time_away_from_the_keyboard_counts_as_a_break():
    idle = FakeIdle()
    driver, wakeups, clock = make_driver(idle=idle)
    driver.start()
    wakeups.advance(3600 + 20 * 60)  # 09:20: a break is 5 minutes away
    idle.seconds = 0.0
    for _ in range(10 * 60 // PROBE_SECONDS):  # ten minutes away from the desk
        idle.seconds += PROBE_SECONDS
        wakeups.advance(PROBE_SECONDS)
    assert driver.records == []  # no notice came while nobody was there
    idle.seconds = 0.0  # back at the desk
    wakeups.advance(PROBE_SECONDS)
    assert [(r.kind, r.outcome) for r in driver.records] == [("long", "natural")]
    assert driver.records[0].seconds >= 9 * 60
    assert driver.view.phase is Phase.WORKING
    assert driver.view.due is not None and driver.view.due >= clock.now() + timedelta(minutes=20)


def test_nothing_while_the_microphone_is_in_use_then_offered_at_once():
    microphone = FakeMicrophone()
    driver, wakeups, _clock = make_driver(ALWAYS, TINY, microphone=microphone)
    driver.start()
    microphone.recording = True
    wakeups.advance(PROBE_SECONDS)  # the probe reads it
    assert driver.view.on_call
    wakeups.advance(60)  # several breaks fell due meanwhile
    assert driver.view.phase is Phase.WORKING and driver.records == []
    ended = []
    driver.call_ended.connect(lambda: ended.append(True))
    microphone.recording = False
    wakeups.advance(PROBE_SECONDS)
    assert ended == [True]
    assert driver.view.phase in (Phase.NOTICE, Phase.BREAK)  # offered right after the call


def test_a_call_by_hand_holds_breaks_until_it_ends():
    driver, wakeups, _clock = make_driver(ALWAYS, TINY)
    driver.start()
    driver.call_started()
    wakeups.advance(30)
    assert driver.view.on_call and driver.records == []
    driver.call_stopped()
    assert driver.view.phase is Phase.NOTICE


def test_a_jump_of_the_wall_clock_is_noticed_by_the_heartbeat():
    driver, wakeups, clock = make_driver()
    driver.start()
    assert driver.view.phase is Phase.OFF_SHIFT
    clock.set(EIGHT_AM + timedelta(hours=2))  # the clock was put right: 10:00, on shift
    wakeups.advance(HEARTBEAT_SECONDS)
    assert driver.view.phase is not Phase.OFF_SHIFT


def test_start_now_skip_and_pause_from_the_ui():
    driver, wakeups, _clock = make_driver(ALWAYS, TINY)
    driver.start()
    driver.start_now()
    assert driver.view.phase is Phase.BREAK
    driver.end_early(0)
    assert driver.records[-1].outcome == "ended_early"
    driver.pause_for(30)
    assert driver.view.phase is Phase.PAUSED
    wakeups.advance(29 * 60)
    assert driver.view.phase is Phase.PAUSED
    assert [r.outcome for r in driver.records[1:]] in ([], ["not_offered"])  # none shown
    wakeups.advance(2 * 60)
    assert driver.view.phase is not Phase.PAUSED  # the pause ran out by itself
    driver.pause_for(30)
    driver.resume()
    assert driver.view.phase is Phase.WORKING


def test_after_shut_down_nothing_wakes_it():
    driver, wakeups, _clock = make_driver(ALWAYS, TINY)
    driver.start()
    assert wakeups.pending()
    driver.shut_down()
    assert not wakeups.pending()


# -- the real scheduler on the Qt loop ----------------------------------------------------------


@pytest.fixture
def real_driver():
    records: list = []
    hands = HandsThatRest(SYSTEM_CLOCK)
    made = BreakDriver(ALWAYS, TINY, records.append, idle=hands)
    hands.follow(made)
    made.records = records  # type: ignore[attr-defined]
    yield made
    made.shut_down()


def test_the_real_scheduler_brings_breaks_and_stops(qtbot, real_driver):
    driver = real_driver
    assert isinstance(driver.wakeups, SchedulerWakeups)
    phases = []
    driver.changed.connect(lambda: phases.append(driver.view.phase))
    driver.start()
    qtbot.waitUntil(lambda: len(driver.records) >= 2, timeout=9000)
    assert [record.outcome for record in driver.records[:2]] == ["taken", "taken"]
    assert Phase.NOTICE in phases and Phase.BREAK in phases
    first, second = driver.records[:2]
    assert second.due - first.due >= timedelta(seconds=2)  # one at a time, never a burst
    driver.shut_down()
    assert not driver.wakeups.pending()


@pytest.mark.logs_errors("the store refuses the record on purpose")
def test_a_record_the_store_cannot_take_now_is_kept_and_saved_later():
    """An import holds the file for a while (or the disk is full): the break's record waits
    and is saved, in order, at a later look; none is lost."""
    saved: list = []
    busy = {"on": True}

    def record(item) -> None:
        if busy["on"]:
            raise RuntimeError("database is locked")
        saved.append(item)

    clock = FakeClock(EIGHT_AM)
    wakeups = FakeWakeups(clock)
    hands = HandsThatRest(clock)
    driver = BreakDriver(ALWAYS, TINY, record, clock=clock, wakeups=wakeups, idle=hands)
    hands.follow(driver)
    driver.start()
    driver.start_now()
    driver.end_early(0)
    driver.start_now()
    driver.end_early(1)
    assert saved == []
    busy["on"] = False
    wakeups.advance(HEARTBEAT_SECONDS)
    assert [item.seconds for item in saved][:2] == [0, 1]
