"""The break cycle: when a micro-break or a long break is due, and what became of each.

A pure state machine. Every input carries the current time, and the state is derived from
timestamps (when counting started, when a break fell due), never from timers having fired. So
time spent asleep, a wall-clock jump or a late wake-up can never produce a burst of breaks: at
most one break is pending at any moment, and after a jump the schedule is recomputed.

Rules:
- Breaks are offered only within the shift; work time restarts at the start of each shift range.
- A micro-break falls due `micro_interval` after the last one (or the start of work), a long
  break `long_interval` after the last long one; when both fall together, the long one is taken.
- A notice comes `notice` before a break. When it runs out, the break starts only once the
  hands have left the keyboard and mouse for `quiet` (no input for a few seconds): it never takes
  the screen from someone typing. Waiting longer than `wait_bound` for such a pause, or with no
  way to see input at all, the notice stays as a gentle offer that starts nothing by itself.
- Postpone moves the break by `postpone`, at most `max_postpones` times in a row.
- On a call nothing is shown; a break that falls due waits and is offered right after the call.
  A call switched on by hand ends by itself after `call_auto_end`.
- While the screen is held (the system's Do not disturb or quiet hours, a presentation, a
  full-screen program: `domain/screen_state.py`), a notice is held exactly as on a call: hidden
  if it was showing, offered with a full notice once the hold ends, never lost. A break already
  running is left alone (its own window may be what fills the screen), and time away still
  counts as a natural break.
- Idle time (away from the computer, not on a call) of at least a break's length is a natural
  break: counting restarts when the person returns, and nothing is offered straight away.
- While paused, nothing is offered; a break that falls due during a pause is recorded as
  `not_offered`. Pauses always end by themselves; counting restarts when they do.
- A break during which the person went back to the keyboard or mouse (a few readings of fresh
  input, not counting their use of the break window itself) ends at once as `cut_short`: it is
  recorded as such, never as taken.
- Every break ends as exactly one record with its final outcome; a break offered and never
  taken nor skipped (a gentle offer left standing until the shift ended) is `postponed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import Enum

from companion.domain.shift import Interval, ShiftPlan

MICRO = "micro"
LONG = "long"
KINDS = (MICRO, LONG)
OUTCOMES = (
    "taken",
    "ended_early",
    "cut_short",
    "skipped",
    "postponed",
    "natural",
    "not_offered",
)

BREAK_SHOWN = ("taken", "ended_early", "cut_short")  # the outcomes of a break that ran

# A wall-clock step larger than this, against real elapsed time, is a clock change, not drift.
CLOCK_JUMP = timedelta(seconds=60)
# Real time passing between two looks larger than this means the computer slept (or froze).
SLEEP_GAP = timedelta(seconds=150)
# Breaks whose due times lie this close together are taken as one (the long one).
TOGETHER = timedelta(minutes=5)
# A notice reached late (a late wake-up) still stays up at least this long.
MIN_NOTICE = timedelta(seconds=10)
# An idle reading older than this says nothing about the hands now.
FRESH = timedelta(seconds=2)
# Input in a break's first moments is the end of what the person was doing: not counted.
BREAK_GRACE = timedelta(seconds=2)
# Input this close to the person's own use of the break window (a click on End early) is theirs.
TOUCH_SLACK = timedelta(seconds=0.5)
# Readings with fresh input during a break (about a second apart) before it counts as cut short,
# all within this window: a few stray nudges across a long break are not a return to work.
BUSY_READINGS = 3
BUSY_WINDOW = timedelta(seconds=6)


@dataclass(frozen=True, slots=True)
class BreakRules:
    micro_interval: timedelta = timedelta(minutes=25)
    micro_length: timedelta = timedelta(seconds=40)
    long_interval: timedelta = timedelta(minutes=100)
    long_length: timedelta = timedelta(minutes=5)
    notice: timedelta = timedelta(seconds=30)
    postpone: timedelta = timedelta(minutes=5)
    max_postpones: int = 3
    call_auto_end: timedelta = timedelta(minutes=60)
    quiet: timedelta = timedelta(seconds=3)  # no input this long before a break may start
    wait_bound: timedelta = timedelta(minutes=2)  # then the notice stays as a gentle offer

    def length(self, kind: str) -> timedelta:
        return self.long_length if kind == LONG else self.micro_length


@dataclass(frozen=True, slots=True)
class BreakRecord:
    kind: str
    due: datetime
    shown: datetime | None
    outcome: str
    postponed: int
    seconds: int


class Phase(Enum):
    OFF_SHIFT = "off_shift"
    WORKING = "working"
    NOTICE = "notice"
    BREAK = "break"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class CycleView:
    """What the UI shows, derived from the cycle at one moment."""

    phase: Phase
    on_call: bool
    kind: str | None  # the pending break, when on shift
    due: datetime | None  # when it starts (after postpones)
    notice_ends: datetime | None  # in NOTICE: when the countdown ends
    waiting: bool  # in NOTICE: the countdown is over; the break starts at the next pause
    gentle: bool  # in NOTICE: an offer that starts nothing by itself (busy, or input unseen)
    break_ends: datetime | None  # in BREAK
    paused_until: datetime | None
    can_postpone: bool
    postponed: int
    postpone_minutes: int
    next_shift: datetime | None  # off shift: when the next shift starts
    wake_at: datetime | None  # the next moment the cycle changes by itself
    held: bool = False  # the screen takes no notices now (Do not disturb, full screen)


@dataclass(slots=True)
class _Pending:
    """The next break: what it is, when it first fell due, and what happened so far."""

    kind: str
    first_due: datetime
    due: datetime
    shown: datetime | None = None
    postponed: int = 0
    not_offered_recorded: bool = False


class BreakCycle:
    def __init__(
        self,
        shift: ShiftPlan,
        rules: BreakRules,
        zone: tzinfo,
        now: datetime,
        *,
        sees_input: bool = True,
    ) -> None:
        """`sees_input`: whether idle time can be read here; without it no break ever starts
        by itself (the notice asks instead)."""
        self._shift = shift
        self._rules = rules
        self._zone = zone
        self._last = now
        self._phase = Phase.OFF_SHIFT
        self._interval: Interval | None = None
        self._micro_anchor = now
        self._long_anchor = now
        self._pending: _Pending | None = None
        self._notice_ends: datetime | None = None
        self._break_kind = MICRO
        self._break_started: datetime | None = None
        self._paused_until: datetime | None = None
        self._on_call = False
        self._held = False  # the screen takes no notices (Do not disturb, full screen)
        self._call_ends: datetime | None = None  # for calls switched on by hand
        self._away_since: datetime | None = None
        self._sees_input = sees_input
        self._reading: tuple[datetime, timedelta] | None = None  # the last idle reading
        self._waiting_since: datetime | None = None  # NOTICE: the countdown ran out then
        self._gentle = False  # NOTICE: an offer that starts nothing by itself
        self._touched: datetime | None = None  # BREAK: the person last used the break window
        # BREAK: readings that saw input during it (read at, input at), the last few seconds'
        self._busy: list[tuple[datetime, datetime]] = []
        self._records: list[BreakRecord] = []
        self._observed_from = now
        self.tick(now)

    # -- reading ---------------------------------------------------------------------------

    @property
    def rules(self) -> BreakRules:
        return self._rules

    def drain_records(self) -> list[BreakRecord]:
        records, self._records = self._records, []
        return records

    def view(self) -> CycleView:
        if self._phase in (Phase.WORKING, Phase.NOTICE, Phase.PAUSED):
            self._pending_break()  # the next break is always known while on shift
        pending = self._pending if self._phase is not Phase.OFF_SHIFT else None
        if self._phase is Phase.BREAK:
            kind: str | None = self._break_kind
        else:
            kind = pending.kind if pending is not None else None
        return CycleView(
            phase=self._phase,
            on_call=self._on_call,
            kind=kind,
            due=pending.due if pending is not None else None,
            notice_ends=self._notice_ends if self._phase is Phase.NOTICE else None,
            waiting=self._phase is Phase.NOTICE
            and self._waiting_since is not None
            and not self._gentle,
            gentle=self._phase is Phase.NOTICE and self._gentle,
            break_ends=self._break_ends() if self._phase is Phase.BREAK else None,
            paused_until=self._paused_until if self._phase is Phase.PAUSED else None,
            can_postpone=pending is not None and pending.postponed < self._rules.max_postpones,
            postponed=pending.postponed if pending is not None else 0,
            postpone_minutes=round(self._rules.postpone.total_seconds() / 60),
            next_shift=self._shift.next_start(self._last, self._zone)
            if self._phase is Phase.OFF_SHIFT
            else None,
            wake_at=self._wake_at(),
            held=self._held,
        )

    def _break_ends(self) -> datetime | None:
        if self._break_started is None:
            return None
        return self._break_started + self._rules.length(self._break_kind)

    def _wake_at(self) -> datetime | None:
        moments: list[datetime | None] = [self._call_ends]
        if self._phase is Phase.OFF_SHIFT:
            moments.append(self._shift.next_start(self._last, self._zone))
        else:
            moments.append(self._interval[1] if self._interval else None)
        # Nothing is offered until then.
        waiting = self._on_call or self._held or self._away_since is not None
        if self._phase is Phase.WORKING and self._pending is not None and not waiting:
            moments.append(self._pending.due - self._rules.notice)
        if self._phase is Phase.NOTICE and self._waiting_since is None:
            moments.append(self._notice_ends)
        if self._phase is Phase.NOTICE and self._waiting_since is not None and not self._gentle:
            moments.append(self._waiting_since + self._rules.wait_bound)
        if self._phase is Phase.BREAK:
            moments.append(self._break_ends())
        if self._phase is Phase.PAUSED:
            moments.append(self._paused_until)
            if self._pending is not None and not self._pending.not_offered_recorded:
                moments.append(self._pending.due)
        # Only moments still ahead: a wake-up in the past would be a busy loop.
        future = [moment for moment in moments if moment is not None and moment > self._last]
        return min(future) if future else None

    # -- the passing of time ---------------------------------------------------------------

    def tick(self, now: datetime, real_elapsed: float | None = None) -> None:
        """Bring the cycle up to `now`. `real_elapsed`: real seconds since the previous look
        (sleep included) where known, to tell sleep and clock changes from ordinary time."""
        if real_elapsed is not None:
            self._notice_jumps(now, timedelta(seconds=real_elapsed))
        previous = self._last
        self._last = max(self._last, now) if real_elapsed is None else now
        self._follow_shift(now, previous)
        if self._phase is Phase.OFF_SHIFT:
            return
        if self._call_ends is not None and now >= self._call_ends:
            self.end_call(now)
        if self._phase is Phase.PAUSED:
            self._follow_pause(now)
        if self._phase is Phase.BREAK:
            ends = self._break_ends()
            if ends is not None and now >= ends:
                self._finish_break(
                    now, "taken", int(self._rules.length(self._break_kind).total_seconds())
                )
        if self._phase in (Phase.WORKING, Phase.NOTICE):
            self._follow_pending(now)

    def _notice_jumps(self, now: datetime, elapsed: timedelta) -> None:
        wall = now - self._last
        skew = wall - elapsed
        if abs(skew) > CLOCK_JUMP:
            # The wall clock was changed (or the zone): move every stored moment with it, so the
            # schedule keeps its real distances; nothing falls due because of the jump itself.
            self._shift_moments(skew)
        if elapsed > SLEEP_GAP and self._phase is not Phase.OFF_SHIFT:
            self._came_back_after(now, elapsed)

    def _shift_moments(self, delta: timedelta) -> None:
        self._last += delta
        self._micro_anchor += delta
        self._long_anchor += delta
        if self._pending is not None:
            self._pending.first_due += delta
            self._pending.due += delta
            if self._pending.shown is not None:
                self._pending.shown += delta
        if self._notice_ends is not None:
            self._notice_ends += delta
        if self._waiting_since is not None:
            self._waiting_since += delta
        if self._touched is not None:
            self._touched += delta
        self._busy = [(read + delta, at + delta) for read, at in self._busy]
        if self._reading is not None:
            self._reading = (self._reading[0] + delta, self._reading[1])
        if self._break_started is not None:
            self._break_started += delta
        if self._paused_until is not None:
            self._paused_until += delta
        if self._call_ends is not None:
            self._call_ends += delta
        if self._away_since is not None:
            self._away_since += delta

    def _came_back_after(self, now: datetime, elapsed: timedelta) -> None:
        """The computer slept (or the app froze) for `elapsed`: that was time away."""
        away_from = now - elapsed
        if self._phase is Phase.BREAK:
            self._finish_break(
                now, "taken", int(self._rules.length(self._break_kind).total_seconds())
            )
            return
        if self._phase in (Phase.WORKING, Phase.NOTICE) and not self._on_call:
            self._natural_break(away_from, now)

    def _follow_shift(self, now: datetime, previous: datetime) -> None:
        current = self._shift.current(now, self._zone)
        if current == self._interval and current is not None:
            return
        if current is None:
            if self._phase is not Phase.OFF_SHIFT and self._phase is not Phase.BREAK:
                self._close_pending("postponed", only_if_offered=True)
                self._phase = Phase.OFF_SHIFT
                self._leave_notice()
                self._paused_until = None
            self._interval = None
            return
        # A new stretch of shift began, unless the shift ran without a gap since the last look
        # (the interval found is clipped to a window, so its ends are no identity).
        new_stretch = self._interval is None or current[0] > previous
        self._interval = current
        if new_stretch and self._phase in (Phase.OFF_SHIFT, Phase.WORKING, Phase.NOTICE):
            # Counting starts when the shift began if we saw it begin; after sleep or a late
            # start of the app, when we first see it.
            start = current[0] if now - current[0] <= SLEEP_GAP else now
            self._micro_anchor = self._long_anchor = start
            self._close_pending("postponed", only_if_offered=True)
            self._phase = Phase.WORKING
            self._leave_notice()

    def _follow_pause(self, now: datetime) -> None:
        assert self._paused_until is not None
        pending = self._pending_break()
        if not pending.not_offered_recorded and now >= pending.due:
            self._record(pending, "not_offered", 0)
            pending.not_offered_recorded = True
        if now >= self._paused_until:
            self._resume_counting(
                self._paused_until if now - self._paused_until < SLEEP_GAP else now
            )

    def _resume_counting(self, at: datetime) -> None:
        """Counting restarts: a break postponed before the pause was never taken."""
        self._close_pending("postponed", only_if_offered=True)
        self._phase = Phase.WORKING
        self._paused_until = None
        self._micro_anchor = self._long_anchor = at

    def _follow_pending(self, now: datetime) -> None:
        pending = self._pending_break()
        if self._phase is Phase.NOTICE:
            assert self._notice_ends is not None
            if self._on_call or self._held or self._away_since is not None:
                self._phase = Phase.WORKING  # hide it; offered again after the call or hold
                self._leave_notice()
            elif now >= self._notice_ends:
                self._when_hands_rest(now, pending.kind)
            return
        if self._on_call or self._held or self._away_since is not None:
            return
        if self._interval is not None and pending.due >= self._interval[1]:
            return  # falls after the shift ends: never offered outside the shift
        if now >= pending.due - self._rules.notice:
            self._phase = Phase.NOTICE
            if pending.shown is None:
                pending.shown = now
            if now >= pending.due:  # after a call or an absence: a full notice, to decide
                self._notice_ends = now + self._rules.notice
            else:  # never so short that nobody could react
                self._notice_ends = max(pending.due, now + min(self._rules.notice, MIN_NOTICE))

    def _when_hands_rest(self, now: datetime, kind: str) -> None:
        """The countdown is over: start the break if the hands are resting, else wait for a
        pause (up to `wait_bound`), then leave a gentle offer that starts nothing itself."""
        if self._gentle:
            return
        if not self._sees_input:
            self._gentle = True
            return
        if self._waiting_since is None:
            self._waiting_since = self._notice_ends or now
        if self._hands_resting(now):
            self._start_break(now, kind)
        elif now >= self._waiting_since + self._rules.wait_bound:
            self._gentle = True

    def _hands_resting(self, now: datetime) -> bool:
        """Whether the latest idle reading, taken just now, shows no input for `quiet`."""
        if self._reading is None:
            return False
        taken, idle = self._reading
        return timedelta(0) <= now - taken <= FRESH and idle >= self._rules.quiet

    def _leave_notice(self) -> None:
        self._notice_ends = None
        self._waiting_since = None
        self._gentle = False

    def _pending_break(self) -> _Pending:
        if self._pending is None:
            micro_due = self._micro_anchor + self._rules.micro_interval
            long_due = self._long_anchor + self._rules.long_interval
            if long_due <= micro_due + TOGETHER:
                # Taken with the micro-break it meets, and never much sooner after the last one.
                due = max(min(long_due, micro_due), micro_due - TOGETHER)
                self._pending = _Pending(LONG, due, due)
            else:
                self._pending = _Pending(MICRO, micro_due, micro_due)
        return self._pending

    # -- what the person does --------------------------------------------------------------

    def start_now(self, now: datetime) -> None:
        """Start the pending break at once (from the notice, or "start a break now")."""
        self.tick(now)
        if self._phase is Phase.BREAK:
            return
        if self._phase is Phase.PAUSED:
            self._resume_counting(now)
        if self._phase is Phase.OFF_SHIFT:
            self._pending = _Pending(MICRO, now, now)
        pending = self._pending_break()
        if pending.shown is None:
            pending.shown = now
        self._start_break(now, pending.kind)

    def _start_break(self, now: datetime, kind: str) -> None:
        self._phase = Phase.BREAK
        self._break_kind = kind
        self._break_started = now
        self._touched = None
        self._busy = []
        self._leave_notice()

    def postpone(self, now: datetime) -> bool:
        self.tick(now)
        pending = self._pending
        if self._phase is not Phase.NOTICE or pending is None:
            return False
        if pending.postponed >= self._rules.max_postpones:
            return False
        pending.postponed += 1
        pending.due = now + self._rules.postpone
        self._phase = Phase.WORKING
        self._leave_notice()
        return True

    def skip(self, now: datetime) -> None:
        self.tick(now)
        pending = self._pending
        if self._phase is not Phase.NOTICE or pending is None:
            return
        self._record(pending, "skipped", 0)
        self._restart_after(pending.kind, now)
        self._phase = Phase.WORKING
        self._leave_notice()

    def break_finished(self, now: datetime, seconds: int) -> None:
        if self._phase is Phase.BREAK:
            self._finish_break(now, "taken", seconds)
        self.tick(now)

    def end_early(self, now: datetime, seconds: int) -> None:
        if self._phase is Phase.BREAK:
            self._finish_break(now, "ended_early", seconds)
        self.tick(now)

    def _finish_break(self, now: datetime, outcome: str, seconds: int) -> None:
        kind = self._break_kind
        pending = self._pending or _Pending(kind, now, now, shown=now)
        self._record(pending, outcome, seconds)
        self._restart_after(kind, now)
        self._break_started = None
        self._phase = Phase.WORKING if self._interval is not None else Phase.OFF_SHIFT

    def _restart_after(self, kind: str, now: datetime) -> None:
        self._micro_anchor = now
        if kind == LONG:
            self._long_anchor = now
        self._pending = None

    def pause(self, now: datetime, until: datetime) -> None:
        """Pause breaks until `until` (a pause always ends by itself)."""
        self.tick(now)
        if until <= now or self._phase is Phase.OFF_SHIFT:
            return
        if self._phase is Phase.BREAK:
            seconds = int((now - (self._break_started or now)).total_seconds())
            self._finish_break(now, "ended_early", seconds)
        self._phase = Phase.PAUSED
        self._paused_until = until
        self._leave_notice()

    def pause_rest_of_shift(self, now: datetime) -> None:
        self.tick(now)
        if self._interval is not None:
            self.pause(now, self._interval[1])

    def resume(self, now: datetime) -> None:
        self.tick(now)
        if self._phase is Phase.PAUSED:
            self._resume_counting(now)
            self._follow_pending(now)

    def start_call(self, now: datetime, *, by_hand: bool) -> None:
        self.tick(now)
        self._on_call = True
        self._call_ends = now + self._rules.call_auto_end if by_hand else None
        self._away_since = None
        if self._phase is Phase.NOTICE:
            self._phase = Phase.WORKING
            self._leave_notice()
        if self._phase is Phase.BREAK:
            seconds = int((now - (self._break_started or now)).total_seconds())
            self._finish_break(now, "ended_early", seconds)

    def end_call(self, now: datetime) -> None:
        if not self._on_call:
            return
        self._on_call = False
        self._call_ends = None
        self.tick(now)

    def set_held(self, now: datetime, held: bool) -> None:
        """Whether the screen takes notices now: while held, a notice waits as on a call."""
        if held != self._held:
            self._held = held
            if held and self._phase is Phase.NOTICE:
                self._phase = Phase.WORKING  # hidden; offered again, in full, once it ends
                self._leave_notice()
        self.tick(now)

    def break_touched(self, now: datetime) -> None:
        """The person used the break window itself (the mouse over it, a key in it): that
        input is theirs to the break, not a return to work."""
        self._touched = now

    def set_idle(self, now: datetime, idle_seconds: float) -> None:
        """The latest reading of time since the last keyboard or mouse input."""
        idle = timedelta(seconds=max(0.0, idle_seconds))
        before, self._reading = self._reading, (now, idle)
        if (
            self._phase is Phase.BREAK
            and not self._on_call
            and self._back_at_work(now, idle, before)
        ):
            assert self._break_started is not None
            seconds = int((self._busy[0][1] - self._break_started).total_seconds())
            self._finish_break(now, "cut_short", seconds)
        if self._on_call or self._phase in (Phase.OFF_SHIFT, Phase.BREAK, Phase.PAUSED):
            self._away_since = None
            self.tick(now)
            return
        if idle >= self._rules.micro_length:
            if self._away_since is None:
                # Never earlier than what this cycle has seen of the shift: the system's idle
                # counter may have been running long before Companion started.
                seen_from = self._observed_from
                if self._interval is not None:
                    seen_from = max(seen_from, self._interval[0])
                self._away_since = max(now - idle, seen_from)
        elif self._away_since is not None:
            returned = now - idle
            away_from = self._away_since
            self._away_since = None
            self._natural_break(away_from, returned)
        self.tick(now)

    def _back_at_work(
        self, now: datetime, idle: timedelta, before: tuple[datetime, timedelta] | None
    ) -> bool:
        """Whether input keeps arriving during the break (typing, using the mouse elsewhere):
        `BUSY_READINGS` readings within `BUSY_WINDOW`, each showing input since the one
        `before` it. Idle time only grows between inputs and drops back at each one, so a
        reading lower than the last means new input; a reading as high (two readings a moment
        apart, a coarse counter) or higher means none. That needs no agreement between the idle
        counter's clock and this cycle's."""
        if self._break_started is None or before is None:
            return False
        before_at, before_idle = before
        if idle >= before_idle or now < self._break_started + BREAK_GRACE:
            return False
        if self._touched is not None and self._touched >= before_at - TOUCH_SLACK:
            return False  # the agent's own use of the break window since the last reading
        self._busy = [moment for moment in self._busy if now - moment[0] <= BUSY_WINDOW]
        self._busy.append((now, max(now - idle, self._break_started)))
        return len(self._busy) >= BUSY_READINGS

    def _natural_break(self, away_from: datetime, returned: datetime) -> None:
        length = returned - away_from
        if length < self._rules.micro_length:
            return
        kind = LONG if length >= self._rules.long_length else MICRO
        pending = self._pending
        postponed = pending.postponed if pending is not None else 0
        self._records.append(
            BreakRecord(kind, away_from, None, "natural", postponed, int(length.total_seconds()))
        )
        self._micro_anchor = returned
        if kind == LONG:  # a short absence does not replace a long break
            self._long_anchor = returned
        self._pending = None
        self._phase = Phase.WORKING
        self._leave_notice()

    def reconfigure(self, shift: ShiftPlan, rules: BreakRules, now: datetime) -> None:
        self._shift = shift
        self._rules = rules
        if self._pending is not None and self._pending.postponed == 0:
            self._pending = None  # recomputed from the anchors with the new intervals
        self._interval = None if self._phase is Phase.OFF_SHIFT else self._interval
        self.tick(now)

    def shut_down(self, now: datetime) -> None:
        """The app is quitting: a break running now ends early; one offered and never taken
        is recorded as postponed."""
        if self._phase is Phase.BREAK and self._break_started is not None:
            seconds = int((now - self._break_started).total_seconds())
            self._finish_break(now, "ended_early", seconds)
        self._close_pending("postponed", only_if_offered=True)

    # -- records ---------------------------------------------------------------------------

    def _close_pending(self, outcome: str, *, only_if_offered: bool) -> None:
        pending = self._pending
        offered = pending is not None and (pending.postponed > 0 or pending.shown is not None)
        if (
            pending is not None
            and not pending.not_offered_recorded
            and (not only_if_offered or offered)
        ):
            self._record(pending, outcome, 0)
        self._pending = None

    def _record(self, pending: _Pending, outcome: str, seconds: int) -> None:
        self._records.append(
            BreakRecord(
                kind=self._break_kind if outcome in BREAK_SHOWN else pending.kind,
                due=pending.first_due,
                shown=pending.shown,
                outcome=outcome,
                postponed=pending.postponed,
                seconds=max(0, seconds),
            )
        )


def reminders_wait(view: CycleView) -> bool:
    """Nothing but breaks shows during a pause, a call, a break or its notice, and nothing at
    all while the screen is held (Do not disturb, full screen): the summary, the log reminder
    and the check-in wait until it is over."""
    return view.on_call or view.held or view.phase in (Phase.PAUSED, Phase.NOTICE, Phase.BREAK)
