"""When the tray starts `companion team sync`: the rules, free of Qt and of the process.

A day becomes due when its shift ends (`domain.team.day_done_at`). The tray looks at the days
due soon after it starts, and again each time a shift day ends; when a day it has not tried yet
is due, it starts one sync. A sync that fails is tried again after 5 minutes, 15 minutes and an
hour; after that, when the next shift day ends (which starts the waits afresh). A sync that
succeeded is not started again for the same days, even if some stayed due (the sync process
said why, in the log), so nothing loops. Every time is compared as a timestamp, so sleep and
clock changes only make a look come late, never in a burst.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from companion.domain.shift import ShiftPlan
from companion.domain.team import day_done_at

RETRY_WAITS = (timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))


def next_day_done(plan: ShiftPlan, now: datetime, zone: tzinfo) -> datetime:
    """The first moment after `now` at which a local day's shift is over (an overnight range
    ends the next morning; a day without a shift is over at midnight)."""
    today = now.astimezone(zone).date()
    ends = [day_done_at(plan, today + timedelta(days=offset), zone) for offset in (-1, 0, 1)]
    return min(end for end in ends if end > now)


@dataclass(slots=True)
class SyncPlanner:
    retry_waits: tuple[timedelta, ...] = RETRY_WAITS
    tried: frozenset[date] = frozenset()  # the days due when the last sync was started
    failures: int = 0  # failed syncs in a row since a new day was due
    retry_at: datetime | None = None  # when to try again after a failure
    look_at: datetime | None = None  # when to look at the days due again; None: at once
    running: bool = False

    def wants_look(self, now: datetime) -> bool:
        """Whether to ask which days are due now (cheap to call every minute)."""
        if self.running:
            return False
        if self.look_at is None or now >= self.look_at:
            return True
        return self.retry_at is not None and now >= self.retry_at

    def look_again(self) -> None:
        """Something changed (sharing turned on, the settings): look at the next chance."""
        self.look_at = None

    def looked(self, now: datetime, due: Iterable[date], next_done: datetime) -> bool:
        """The days due now (none when sharing is off or not set up); True: start a sync."""
        self.look_at = next_done
        days = frozenset(due)
        if not days:
            self.tried, self.failures, self.retry_at = frozenset(), 0, None
            return False
        fresh = bool(days - self.tried)
        retry = self.retry_at is not None and now >= self.retry_at
        if not fresh and not retry:
            return False
        if fresh:
            self.failures = 0
        self.tried = days
        self.retry_at = None
        self.running = True
        return True

    def finished(self, now: datetime, ok: bool) -> datetime | None:
        """The sync ended; returns when it will be tried again (None: not before a new day is
        due, or not at all after a success)."""
        self.running = False
        if ok:
            self.failures, self.retry_at = 0, None
            return None
        self.failures += 1
        if self.failures <= len(self.retry_waits):
            self.retry_at = now + self.retry_waits[self.failures - 1]
        else:
            self.retry_at = None
        return self.retry_at
