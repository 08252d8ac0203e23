"""Drives the break cycle from the Qt event loop and tells the UI what to show.

Wake-ups (`wakeups`: APScheduler on the Qt thread) only wake the cycle: at the next moment it
changes by itself, once a minute to notice clock changes and sleep, and every PROBE_SECONDS
during a shift to read idle time and whether the microphone is in use. Those two are also read
at every wake-up, just before a notice shows or a break starts, so a call that began a moment
ago still holds them. The cycle decides everything; records it finishes are handed to `record`
(the store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from companion.domain.breaks import BreakCycle, BreakRecord, BreakRules, CycleView, Phase
from companion.domain.clock import SYSTEM_CLOCK, Clock
from companion.domain.screen_state import holds_breaks
from companion.domain.shift import ShiftPlan
from companion.scheduling.wakeups import SchedulerWakeups, Wakeups

log = logging.getLogger(__name__)

# Each reading costs about a millisecond of CPU; every 15 s keeps an idle shift near 5 ms a
# minute. Time away is measured from the system's idle counter, so the interval does not make
# a natural break less exact, and the readings at each wake-up keep notices out of calls.
PROBE_SECONDS = 15
HEARTBEAT_SECONDS = 60
# While a break waits for the hands to rest, and while it runs (to see the agent go back to
# work), idle time is read every second: a break starts at the first pause, not up to 15 s
# later, and a few seconds of typing end it as cut short. Only those minutes pay for it.
WATCH_SECONDS = 1
# Break records kept while the store cannot take them (each is a few bytes; a day has ~20).
MAX_UNSAVED = 500


class IdleReader(Protocol):
    def idle_seconds(self) -> float | None: ...


class MicrophoneReader(Protocol):
    def in_use(self) -> bool | None: ...


class ScreenReader(Protocol):
    def state(self) -> str | None: ...


def watching(view: CycleView) -> bool:
    """Whether idle time is read every second: a break waits for a pause, or runs."""
    return view.phase is Phase.BREAK or (view.phase is Phase.NOTICE and view.waiting)


class BreakDriver(QObject):
    # No payload: the UI reads `view`. (Passing Python objects through signals with no receiver
    # has corrupted reference counts in PySide6.)
    changed = Signal()
    call_ended = Signal()  # a call ended by hand or by the microphone going quiet

    def __init__(
        self,
        shift: ShiftPlan,
        rules: BreakRules,
        record: Callable[[BreakRecord], object],
        *,
        clock: Clock = SYSTEM_CLOCK,
        idle: IdleReader | None = None,
        microphone: MicrophoneReader | None = None,
        wakeups: Wakeups | None = None,
        screen: ScreenReader | None = None,
    ) -> None:
        """`screen`: whether the screen takes notices (Do not disturb, full screen); while it
        does not, notices wait as during a call."""
        super().__init__()
        self._clock = clock
        self._screen = screen
        self.screen_state: str | None = None  # the last state read (domain/screen_state.py)
        self._record = record
        self._idle = idle
        self._microphone = microphone
        self._call_by_microphone = False
        now = self._clock.now()
        self._last_real = self._clock.elapsed()
        self.cycle = BreakCycle(
            shift, rules, self._clock.local_zone(), now, sees_input=idle is not None
        )
        self.wakeups: Wakeups = wakeups or SchedulerWakeups()
        self._view: CycleView = self.cycle.view()
        self._waking = False  # the one-off wake-up is running (and is used up)
        self._unsaved: list[BreakRecord] = []  # records the store could not take yet
        self._failing = False
        self._wake_at: object = None  # the moment the pending wake-up is for

    # -- life --------------------------------------------------------------------------------

    def start(self) -> None:
        self.wakeups.start()
        self.wakeups.every("heartbeat", HEARTBEAT_SECONDS, self._look)
        self.wakeups.every("probe", PROBE_SECONDS, self._probe)
        self.wakeups.every("watch", WATCH_SECONDS, self._watch)
        self.wakeups.set_paused("watch", True)
        self._look()

    def shut_down(self) -> None:
        self.cycle.shut_down(self._clock.now())
        self._save_records()
        self.wakeups.shut_down()

    @property
    def view(self) -> CycleView:
        return self._view

    def set_microphone(self, microphone: MicrophoneReader | None) -> None:
        self._microphone = microphone
        if microphone is None and self._call_by_microphone:
            self._call_by_microphone = False
            self.cycle.end_call(self._clock.now())
            self._publish()

    def reconfigure(self, shift: ShiftPlan, rules: BreakRules) -> None:
        self.cycle.reconfigure(shift, rules, self._clock.now())
        self._publish()

    # -- what wakes it -----------------------------------------------------------------------

    def _look(self, *, always_tell: bool = True) -> None:
        """Bring the cycle up to now, telling it how much real time passed (sleep included)."""
        real = self._clock.elapsed()
        elapsed, self._last_real = real - self._last_real, real
        self.cycle.tick(self._clock.now(), real_elapsed=elapsed)
        self._publish(always_tell=always_tell)

    def _wake(self) -> None:
        self._waking = True
        try:
            self._read_probes()
            self._look()
        finally:
            self._waking = False

    def _probe(self) -> None:
        self._read_probes()
        self._look(always_tell=False)  # every few seconds: tell the UI only of a change

    def _watch(self) -> None:
        """Idle time only, every second, while a break waits for a pause or runs."""
        if self._idle is not None:
            idle = self._idle.idle_seconds()
            if idle is not None:
                self.cycle.set_idle(self._clock.now(), idle)
        self._look(always_tell=False)

    def _read_probes(self) -> None:
        """Tell the cycle whether the microphone is in use and how long the person has been
        away from the keyboard (what the probes can tell here)."""
        now = self._clock.now()
        if self._microphone is not None:
            in_use = self._microphone.in_use()
            if in_use and not self.cycle.view().on_call:
                log.info("microphone in use: treating it as a call")
                self._call_by_microphone = True
                self.cycle.start_call(now, by_hand=False)
            elif in_use is False and self._call_by_microphone:
                log.info("microphone free again: the call ended")
                self._call_by_microphone = False
                self.cycle.end_call(now)
                self.call_ended.emit()
        if self._idle is not None:
            idle = self._idle.idle_seconds()
            if idle is not None:
                self.cycle.set_idle(now, idle)
        if self._screen is not None:
            state = self._screen.state()
            if state != self.screen_state:
                log.info("screen state: %s", state or "unknown")
            self.screen_state = state
            self.cycle.set_held(now, holds_breaks(state))

    def _publish(self, *, always_tell: bool = True) -> None:
        self._save_records()
        view = self.cycle.view()
        changed = view != self._view
        self._view = view
        if view.wake_at == self._wake_at and not changed and not self._waking:
            if always_tell:
                self.changed.emit()
            return  # the pending wake-up still fits: nothing to reschedule
        # One wake-up at the next moment the cycle changes by itself.
        self._wake_at = view.wake_at
        self.wakeups.once_at(view.wake_at, self._wake)
        # Idle time and the microphone matter only during a shift.
        self.wakeups.set_paused("probe", view.phase is Phase.OFF_SHIFT)
        self.wakeups.set_paused("watch", not watching(view) or self._idle is None)
        if changed or always_tell:
            self.changed.emit()

    def _save_records(self) -> None:
        """Hand each finished record to the store; one it cannot take now (the file busy with
        an import, a full disk) is kept and offered again at the next look, in order."""
        waiting = self._unsaved + self.cycle.drain_records()
        self._unsaved = []
        for index, record in enumerate(waiting):
            try:
                self._record(record)
            except Exception:
                if not self._failing:
                    log.exception("a break record could not be saved yet; trying again")
                self._failing = True
                self._unsaved = waiting[index:][-MAX_UNSAVED:]
                return
        if self._failing:
            log.info("break records saved again")
        self._failing = False

    # -- what the person does ----------------------------------------------------------------

    def _act(self, action: Callable[[], object]) -> None:
        real = self._clock.elapsed()
        elapsed, self._last_real = real - self._last_real, real
        self.cycle.tick(self._clock.now(), real_elapsed=elapsed)
        action()
        self._publish()

    def start_now(self) -> None:
        self._act(lambda: self.cycle.start_now(self._clock.now()))

    def postpone(self) -> None:
        self._act(lambda: self.cycle.postpone(self._clock.now()))

    def skip(self) -> None:
        self._act(lambda: self.cycle.skip(self._clock.now()))

    def notice_timed_out(self) -> None:
        self._wake()  # read the hands now: the break starts only if they rest

    def break_touched(self) -> None:
        """The person used the break window: that input is not a return to work."""
        self.cycle.break_touched(self._clock.now())

    def break_finished(self, seconds: int) -> None:
        self._act(lambda: self.cycle.break_finished(self._clock.now(), seconds))

    def end_early(self, seconds: int) -> None:
        self._act(lambda: self.cycle.end_early(self._clock.now(), seconds))

    def pause_for(self, minutes: int) -> None:
        self._act(
            lambda: self.cycle.pause(
                self._clock.now(), self._clock.now() + timedelta(minutes=minutes)
            )
        )

    def pause_rest_of_shift(self) -> None:
        self._act(lambda: self.cycle.pause_rest_of_shift(self._clock.now()))

    def resume(self) -> None:
        self._act(lambda: self.cycle.resume(self._clock.now()))

    def call_started(self) -> None:
        self._call_by_microphone = False
        self._act(lambda: self.cycle.start_call(self._clock.now(), by_hand=True))

    def call_stopped(self) -> None:
        was_on_call = self.cycle.view().on_call
        self._call_by_microphone = False
        self._act(lambda: self.cycle.end_call(self._clock.now()))
        if was_on_call:
            self.call_ended.emit()
