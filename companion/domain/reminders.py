"""What is due besides breaks: the end-of-shift summary, the log reminder and the check-in.

Pure decisions, like `domain.breaks.BreakCycle`: the driver asks `ReminderPlanner.tick` once a
minute with the time, whether anything must stay quiet (a pause, a call, a break) and a way to
ask the store what was recorded. Nothing is ever shown while quiet; it waits until the quiet
ends, and gives up when it would come too late to make sense.

A gentle first week: no check-in is offered before a full week of use. Its questions are about
the last two weeks, and a questionnaire minutes after a first start only gets in the way. The
first use is the earliest of when Companion first ran here (kept in the state) and the oldest
record in the store (an upgrade, or a state file that was lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Protocol

from companion.domain.shift import WEEKDAYS, ShiftPlan
from companion.domain.timefmt import day_start
from companion.domain.trends import monday_of

SHIFT_ENDED = "shift_ended"
LOG_REMINDER = "log_reminder"
CHECKIN = "checkin"

# The summary and the log reminder are dropped when they would come this long after their time
# (after a long call, or a computer woken in the evening).
LATE_LIMIT = timedelta(hours=3)
CHECKIN_REMINDER_AFTER = timedelta(hours=2)
# A check-in whose time passed while Companion was not running waits this long after it starts.
AFTER_START = timedelta(minutes=15)
# A shift day: the latest day whose work began at most this long ago.
SHIFT_DAY_REACH = timedelta(hours=20)
# No check-in falls due before this long after the first use.
FIRST_WEEK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    summary_at_shift_end: bool = True
    log_after_shift: bool = True
    log_after_minutes: int = 15
    checkin_enabled: bool = True
    checkin_weekday: int = 0  # 0 = Monday
    checkin_time: time = time(10, 0)

    @classmethod
    def from_values(cls, get: Any) -> ReminderSettings:
        """From the settings (`get(key)` as `Settings.get`)."""
        hour, minute = (int(part) for part in str(get("checkin.time")).split(":"))
        return cls(
            summary_at_shift_end=bool(get("summary.at_shift_end")),
            log_after_shift=bool(get("reminders.log_after_shift")),
            log_after_minutes=int(get("reminders.log_after_minutes")),
            checkin_enabled=bool(get("checkin.enabled")),
            checkin_weekday=WEEKDAYS.index(str(get("checkin.day"))[:3].lower()),
            checkin_time=time(hour, minute),
        )


class Records(Protocol):
    """What the planner asks of the store."""

    def logged_between(self, since: datetime, until: datetime) -> int: ...

    def count_check_ins(self, since: datetime, until: datetime) -> int: ...

    def first_record_at(self) -> datetime | None:
        """When the oldest record (an entry, a break, an exercise, a check-in) was made."""
        ...


@dataclass(frozen=True, slots=True)
class Due:
    kind: str  # SHIFT_ENDED, LOG_REMINDER or CHECKIN
    day: date  # the shift day (summary, log reminder) or the week's Monday (check-in)


@dataclass(slots=True)
class ReminderState:
    """What was already shown; kept across restarts (`to_dict` / `from_dict`)."""

    summary_for: datetime | None = None  # the shift end the summary was shown (or dropped) for
    log_reminded: date | None = None  # the shift day the log reminder was handled for
    checkin_week: date | None = None  # the Monday of the week the check-in was first offered
    checkin_offered: datetime | None = None
    checkin_reminded: bool = False
    first_use: datetime | None = None  # when Companion was first used here (see FIRST_WEEK)

    def to_dict(self) -> dict[str, str | bool | None]:
        return {
            "summary_for": None if self.summary_for is None else self.summary_for.isoformat(),
            "log_reminded": None if self.log_reminded is None else self.log_reminded.isoformat(),
            "checkin_week": None if self.checkin_week is None else self.checkin_week.isoformat(),
            "checkin_offered": (
                None if self.checkin_offered is None else self.checkin_offered.isoformat()
            ),
            "checkin_reminded": self.checkin_reminded,
            "first_use": None if self.first_use is None else self.first_use.isoformat(),
        }

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> ReminderState:
        """Whatever cannot be read is left unset (never raises on a damaged file)."""

        def moment(key: str) -> datetime | None:
            try:
                found = datetime.fromisoformat(str(values[key]))
            except (KeyError, TypeError, ValueError):
                return None
            return found if found.tzinfo is not None else None

        def day(key: str) -> date | None:
            try:
                return date.fromisoformat(str(values[key]))
            except (KeyError, TypeError, ValueError):
                return None

        return cls(
            summary_for=moment("summary_for"),
            log_reminded=day("log_reminded"),
            checkin_week=day("checkin_week"),
            checkin_offered=moment("checkin_offered"),
            checkin_reminded=values.get("checkin_reminded") is True,
            first_use=moment("first_use"),
        )


def _local(day: date, moment: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, moment).replace(tzinfo=zone).astimezone(UTC)


def last_shift_end(shift: ShiftPlan, now: datetime, zone: tzinfo) -> tuple[date, datetime] | None:
    """The latest end of a day's work at or before `now`: the day it began on and the moment.

    A day's work ends with its last time range, so a lunch gap between two ranges is no end.
    """
    today = now.astimezone(zone).date()
    for back in range(3):
        day = today - timedelta(days=back)
        ranges = shift.ranges_for(day)
        if not ranges:
            continue
        last = ranges[-1]
        end = _local(day + timedelta(days=1) if last.overnight else day, last.end, zone)
        if end <= now:
            return day, end
    return None


def shift_day(shift: ShiftPlan, now: datetime, zone: tzinfo) -> date:
    """The day a summary asked for now is about: the day the current or latest work began on
    (an overnight shift belongs to the day it starts), else today."""
    today = now.astimezone(zone).date()
    for back in range(2):
        day = today - timedelta(days=back)
        ranges = shift.ranges_for(day)
        if ranges and now - SHIFT_DAY_REACH <= _local(day, ranges[0].start, zone) <= now:
            return day
    return today


def checkin_due_at(settings: ReminderSettings, now: datetime, zone: tzinfo) -> datetime:
    """When this ISO week's check-in is offered."""
    monday = monday_of(now.astimezone(zone).date())
    return _local(monday + timedelta(days=settings.checkin_weekday), settings.checkin_time, zone)


@dataclass(slots=True)
class ReminderPlanner:
    shift: ShiftPlan
    settings: ReminderSettings
    zone: tzinfo
    started: datetime  # nothing that fell due before this is shown
    state: ReminderState = field(default_factory=ReminderState)
    _first_use_known: bool = field(default=False, init=False)

    def tick(self, now: datetime, *, quiet: bool, records: Records) -> list[Due]:
        """What to show now (each at most once); records in `state` what it returns."""
        self.first_use(records)
        if quiet:
            return []  # everything waits; each check below still applies when the quiet ends
        found = []
        for check in (self._summary, self._log_reminder, self._checkin):
            due = check(now, records)
            if due is not None:
                found.append(due)
        return found

    def _summary(self, now: datetime, _records: Records) -> Due | None:
        ended = last_shift_end(self.shift, now, self.zone)
        if ended is None or not self.settings.summary_at_shift_end:
            return None
        day, end = ended
        if end <= self.started or end == self.state.summary_for:
            return None
        self.state.summary_for = end
        return Due(SHIFT_ENDED, day) if now - end <= LATE_LIMIT else None

    def _log_reminder(self, now: datetime, records: Records) -> Due | None:
        ended = last_shift_end(self.shift, now, self.zone)
        if ended is None or not self.settings.log_after_shift:
            return None
        day, end = ended
        due = end + timedelta(minutes=self.settings.log_after_minutes)
        if now < due or due <= self.started or self.state.log_reminded == day:
            return None
        if self.shift.current(now, self.zone) is not None:
            return None  # the next shift already began: no reminder about the last one
        self.state.log_reminded = day
        if now - due > LATE_LIMIT:
            return None
        if records.logged_between(day_start(day, self.zone), now) > 0:
            return None  # something was logged that day: nothing to remind of
        return Due(LOG_REMINDER, day)

    def first_use(self, records: Records) -> datetime:
        """When Companion was first used here: the state's (or this start's, on a first
        start), or the oldest record when that is older. Asked of the store once a run."""
        if not self._first_use_known or self.state.first_use is None:
            known = self.state.first_use or self.started
            oldest = records.first_record_at()
            if oldest is not None and oldest < known:
                known = oldest
            self.state.first_use = known
            self._first_use_known = True
        return self.state.first_use

    def _checkin(self, now: datetime, records: Records) -> Due | None:
        if not self.settings.checkin_enabled:
            return None
        due = self.checkin_time(now)
        monday = monday_of(now.astimezone(self.zone).date())
        if now < due:
            return None
        if due < self.first_use(records) + FIRST_WEEK:
            return None  # a gentle first week: the first check-in comes after it
        state = self.state
        if state.checkin_week != monday:
            state.checkin_week, state.checkin_offered = monday, None
            state.checkin_reminded = False
        if state.checkin_reminded:
            return None
        if state.checkin_offered is not None and now < self.reminder_at(state.checkin_offered):
            return None
        week_start = day_start(monday, self.zone)
        if records.count_check_ins(week_start, week_start + timedelta(days=7)) > 0:
            return None  # done this week: never offered again
        if state.checkin_offered is None:
            state.checkin_offered = now
        else:
            state.checkin_reminded = True
        return Due(CHECKIN, monday)

    def checkin_time(self, now: datetime) -> datetime:
        """When this week's check-in is offered: at the chosen time; when Companion was not
        running then, a little after it starts, within a shift (never the moment it starts)."""
        due = checkin_due_at(self.settings, now, self.zone)
        if due >= self.started:
            return due
        later = self.started + AFTER_START
        if self.shift.current(later, self.zone) is not None:
            return later
        return self.shift.next_start(later, self.zone) or later

    def checkin_dismissed(self, now: datetime) -> None:
        """The check-in was offered and put off: the one reminder counts from now."""
        if self.state.checkin_offered is not None and not self.state.checkin_reminded:
            self.state.checkin_offered = now

    def reminder_at(self, offered: datetime) -> datetime:
        """About two hours after it was put off; if that falls outside the shift while a shift
        is coming, at the start of the next shift instead."""
        at = offered + CHECKIN_REMINDER_AFTER
        if self.shift.current(at, self.zone) is not None:
            return at
        return self.shift.next_start(at, self.zone) or at
