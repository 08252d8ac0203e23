"""The real scheduler on the Qt loop drives the cycle: a few seconds with tiny intervals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain.breaks import BreakRules, Phase
from companion.domain.shift import ShiftPlan, parse_ranges
from companion.scheduling.break_driver import BreakDriver

ALWAYS = ShiftPlan(days=frozenset(range(7)), hours=parse_ranges(["00:00-24:00"]))
TINY = BreakRules(
    micro_interval=timedelta(seconds=2),
    micro_length=timedelta(seconds=1),
    long_interval=timedelta(hours=5),
    notice=timedelta(milliseconds=500),
    postpone=timedelta(seconds=1),
)


class FakeMicrophone:
    def __init__(self) -> None:
        self.recording = False

    def in_use(self) -> bool:
        return self.recording


@pytest.fixture
def driver():
    records = []
    made = BreakDriver(ALWAYS, TINY, records.append)
    made.records = records  # type: ignore[attr-defined]
    yield made
    made.shut_down()


def test_breaks_come_and_finish_by_themselves(qtbot, driver):
    phases = []
    driver.changed.connect(lambda: phases.append(driver.view.phase))
    driver.start()
    qtbot.waitUntil(lambda: len(driver.records) >= 2, timeout=9000)
    assert [record.outcome for record in driver.records[:2]] == ["taken", "taken"]
    assert Phase.NOTICE in phases and Phase.BREAK in phases
    first, second = driver.records[:2]
    assert second.due - first.due >= timedelta(seconds=2)  # one at a time, never a burst


def test_nothing_while_the_microphone_is_in_use_then_offered_at_once(qtbot, driver):
    microphone = FakeMicrophone()
    microphone.recording = True
    driver.set_microphone(microphone)
    driver.start()
    driver._probe()  # the probe job runs every PROBE_SECONDS; read it now
    assert driver.view.on_call
    qtbot.wait(3000)  # a break fell due meanwhile
    assert driver.view.phase is Phase.WORKING and driver.records == []
    microphone.recording = False
    with qtbot.waitSignal(driver.call_ended):
        driver._probe()
    assert driver.view.phase is Phase.NOTICE  # offered right after the call


def test_start_now_skip_and_pause_from_the_ui(qtbot, driver):
    driver.start()
    driver.start_now()
    assert driver.view.phase is Phase.BREAK
    driver.end_early(0)
    assert driver.records[-1].outcome == "ended_early"
    driver.pause_for(30)
    assert driver.view.phase is Phase.PAUSED
    driver.resume()
    assert driver.view.phase is Phase.WORKING


def test_after_shut_down_no_timer_is_left(qtbot, driver):
    driver.start()
    driver.shut_down()
    assert not driver._scheduler.timer.isActive()
