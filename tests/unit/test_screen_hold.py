"""Quiet hours, a presentation and a full-screen program hold break notices exactly as a call
does: nothing shown while they last, the break offered right after, never lost
(companion/domain/breaks.py, companion/domain/screen_state.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain import screen_state
from companion.domain.breaks import Phase, reminders_wait
from companion.domain.screen_state import (
    ACCEPTS,
    DO_NOT_DISTURB,
    FULL_SCREEN,
    NOT_PRESENT,
    PRESENTATION,
    from_desktop,
    from_windows,
    holds_breaks,
)
from tests.unit.test_break_cycle import Shift, at


@pytest.mark.parametrize(
    ("quns", "state", "holds"),
    [
        (screen_state.QUNS_NOT_PRESENT, NOT_PRESENT, False),
        (screen_state.QUNS_BUSY, FULL_SCREEN, True),
        (screen_state.QUNS_RUNNING_D3D_FULL_SCREEN, FULL_SCREEN, True),
        (screen_state.QUNS_PRESENTATION_MODE, PRESENTATION, True),
        (screen_state.QUNS_ACCEPTS_NOTIFICATIONS, ACCEPTS, False),
        (screen_state.QUNS_QUIET_TIME, DO_NOT_DISTURB, True),
        (screen_state.QUNS_APP, FULL_SCREEN, True),
    ],
)
def test_each_windows_state_and_whether_it_holds_breaks(quns, state, holds):
    assert from_windows(quns) == state
    assert holds_breaks(from_windows(quns)) is holds


def test_an_unknown_or_unread_state_never_holds_a_break():
    assert from_windows(0) is None and from_windows(99) is None
    assert not holds_breaks(None)


@pytest.mark.parametrize(
    ("full_screen", "dnd", "state"),
    [
        (None, None, None),
        (False, None, ACCEPTS),
        (None, False, ACCEPTS),
        (False, False, ACCEPTS),
        (True, None, FULL_SCREEN),
        (True, False, FULL_SCREEN),
        (None, True, DO_NOT_DISTURB),
        (True, True, DO_NOT_DISTURB),
    ],
)
def test_a_linux_desktop_state_from_what_could_be_read(full_screen, dnd, state):
    assert from_desktop(full_screen, dnd) == state


def test_a_break_due_while_held_waits_and_comes_right_after():
    day = Shift(at(9))
    day.run_until(at(9, 20))
    day.do("set_held", True)  # a presentation begins
    day.run_until(at(9, 40))
    view = day.cycle.view()
    assert day.notices == [] and day.starts == [] and view.held
    assert view.wake_at is None or view.wake_at > day.now  # no busy loop while held
    day.do("set_held", False)
    view = day.cycle.view()
    assert view.phase is Phase.NOTICE and not view.held  # offered straight after
    assert view.notice_ends == at(9, 40, 30)  # with the whole notice
    day.run_until(at(9, 42))
    [record] = day.records
    assert (record.due, record.shown, record.outcome) == (at(9, 25), at(9, 40), "taken")


def test_a_notice_showing_is_hidden_when_the_hold_begins_and_offered_again_in_full():
    day = Shift(at(9))
    day.run_until(at(9, 24, 45))
    assert day.cycle.view().phase is Phase.NOTICE
    day.do("set_held", True)
    assert day.cycle.view().phase is Phase.WORKING
    day.run_until(at(9, 50))
    assert day.starts == [] and day.records == []  # nothing lost, nothing recorded yet
    day.do("set_held", False)
    assert day.cycle.view().phase is Phase.NOTICE
    assert day.cycle.view().notice_ends == at(9, 50, 30)
    day.run_until(at(9, 52))
    [record] = day.records
    assert (record.due, record.shown, record.outcome) == (at(9, 25), at(9, 24, 30), "taken")


def test_postpones_are_kept_across_a_hold():
    day = Shift(at(9))
    day.run_until(at(9, 24, 45))
    assert day.do("postpone")
    day.do("set_held", True)
    day.run_until(at(9, 45))
    day.do("set_held", False)
    view = day.cycle.view()
    assert view.phase is Phase.NOTICE and view.postponed == 1


def test_a_running_break_is_left_alone_by_a_hold():
    """Unlike a call: the break window itself may be what fills the screen."""
    day = Shift(at(9))
    day.run_until(at(9, 25, 10))
    assert day.cycle.view().phase is Phase.BREAK
    day.do("set_held", True)
    assert day.cycle.view().phase is Phase.BREAK
    day.run_until(at(9, 26))
    [record] = day.records
    assert record.outcome == "taken"


def test_time_away_during_a_hold_is_still_a_natural_break():
    day = Shift(at(9))
    day.run_until(at(9, 10))
    day.do("set_held", True)
    day.now = at(9, 13)
    day.do("set_idle", 180)
    day.now = at(9, 20)
    day.do("set_idle", 1)
    [record] = day.records
    assert record.outcome == "natural"


def test_a_break_asked_for_by_hand_starts_even_while_held():
    day = Shift(at(9))
    day.run_until(at(9, 10))
    day.do("set_held", True)
    day.do("start_now")
    assert day.cycle.view().phase is Phase.BREAK


def test_a_break_due_after_the_shift_ends_while_held_is_recorded_once():
    day = Shift(at(17, 30))
    day.do("set_held", True)
    day.run_until(at(18, 30))
    assert day.starts == [] and day.notices == []
    day.do("set_held", False)
    day.run_until(at(18, 40))
    assert day.starts == [] and day.notices == []  # never offered outside the shift


def test_reminders_wait_while_held():
    day = Shift(at(9))
    day.run_until(at(9, 5))
    assert not reminders_wait(day.cycle.view())
    day.do("set_held", True)
    assert reminders_wait(day.cycle.view())
    day.do("set_held", False)
    assert not reminders_wait(day.cycle.view())


def test_a_hold_set_again_and_again_changes_nothing():
    day = Shift(at(9))
    for minute in range(1, 20):
        day.now = at(9, minute)
        day.do("set_held", True)
    day.do("set_held", False)
    day.run_until(at(9, 30))
    assert day.starts and day.starts[0][0] >= at(9, 25) - timedelta(seconds=1)
