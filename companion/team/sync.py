"""`companion team sync`: send the days that are due, in its own short process.

The days due are worked out locally (`storage.team_days.due_days`, which the tray asks too),
their counts read from the store, and all of them sent in one call that upserts each
(pseudonym, day): sending twice, or from two processes at once, stores each day once. A failure
is retried twice with a growing wait, then recorded as the last result; nothing is marked sent
unless the server stored it.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from companion.domain.clock import Clock
from companion.domain.shift import ShiftPlan
from companion.storage.team_days import due_days, shared_day
from companion.storage.team_share import TeamShare
from companion.team.connection import (
    InvalidTeamUrl,
    TeamSchemaMismatch,
    TeamServerError,
    shown_url,
)

log = logging.getLogger(__name__)

RETRY_WAITS = (1.0, 3.0)  # seconds before the second and third tries


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    ok: bool
    sent: int
    message: str


def sync(
    connection: sqlite3.Connection,
    plan: ShiftPlan,
    clock: Clock,
    url: str,
    team: str,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncOutcome:
    """Send what is due. Never raises for the server; the outcome says what happened."""
    from companion.team.agent import send_days

    share = TeamShare(connection)
    state = share.state()
    if state is None or not state.sharing:
        return SyncOutcome(True, 0, "sharing is off; nothing sent")
    if not url:
        return _record(share, clock, SyncOutcome(False, 0, "no team URL is set (team.url)"))
    if not team:
        return _record(share, clock, SyncOutcome(False, 0, "no team name is set (team.name)"))
    zone = clock.local_zone()
    days = due_days(connection, plan, clock)
    if not days:
        return _record(share, clock, SyncOutcome(True, 0, "up to date; nothing was due"))
    payloads = [shared_day(connection, day, zone).as_sent() for day in days]
    error: str = ""
    for attempt, wait in enumerate((0.0, *RETRY_WAITS)):
        if wait:
            sleep(wait)
        try:
            stored = send_days(url, state.pseudonym, team, payloads)
        except InvalidTeamUrl as problem:
            error = str(problem)
            break
        except TeamServerError as problem:
            error = str(problem)
            log.warning("team sync try %d failed: %s", attempt + 1, error)
            if isinstance(problem, TeamSchemaMismatch):  # waiting does not upgrade a server
                break
            continue
        share.record_sent(team, payloads, clock.now())
        first, last = days[0], days[-1]
        span = first.isoformat() if first == last else f"{first} to {last}"
        return _record(
            share,
            clock,
            SyncOutcome(True, stored, f"sent {stored} day(s) ({span}) to {shown_url(url)}"),
        )
    return _record(share, clock, SyncOutcome(False, 0, f"not sent, kept for later: {error}"))


def _record(share: TeamShare, clock: Clock, outcome: SyncOutcome) -> SyncOutcome:
    share.record_result(clock.now(), outcome.ok, outcome.message)
    if outcome.ok:
        log.info("team sync: %s", outcome.message)
    else:
        log.warning("team sync: %s", outcome.message)
    return outcome
