"""A local day's counts as they are shared with the team (plain sqlite3), which days have
anything recorded, and which are due to be sent. Only counts leave these queries: no note, text,
answer or time of day. Plain sqlite3, so that the tray can ask which days are pending without
SQLAlchemy (`companion team sync` sends them)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta, tzinfo

from companion.domain.checkin import score_who5
from companion.domain.clock import Clock
from companion.domain.goals import TAKEN_OUTCOMES
from companion.domain.shift import ShiftPlan
from companion.domain.team import NO_CATEGORY, CategoryCell, SharedDay, days_due
from companion.domain.timefmt import day_start
from companion.domain.trends import OFFERED_OUTCOMES
from companion.storage.connection import from_utc_text, reading, utc_text
from companion.storage.team_share import TeamShare

_OFFERED = ", ".join(f"'{outcome}'" for outcome in OFFERED_OUTCOMES)
_TAKEN = ", ".join(f"'{outcome}'" for outcome in TAKEN_OUTCOMES)


def shared_day(connection: sqlite3.Connection, day: date, zone: tzinfo) -> SharedDay:
    """The counts of the local `day` (from its midnight to the next)."""
    bounds = {
        "since": utc_text(day_start(day, zone)),
        "until": utc_text(day_start(day + timedelta(days=1), zone)),
    }
    with reading(connection) as db:
        entries, mean = db.execute(
            "SELECT count(*), avg(stress) FROM mood_entry WHERE at >= :since AND at < :until",
            bounds,
        ).fetchone()
        categories = db.execute(
            "SELECT coalesce(category, :none), count(*), avg(stress) FROM mood_entry "
            "WHERE at >= :since AND at < :until GROUP BY 1",
            {**bounds, "none": NO_CATEGORY},
        ).fetchall()
        emotions = db.execute(
            "SELECT e.emotion, count(DISTINCT e.entry_id) FROM mood_emotion e "
            "JOIN mood_entry m ON m.id = e.entry_id "
            "WHERE m.at >= :since AND m.at < :until GROUP BY 1",
            bounds,
        ).fetchall()
        offered, taken, skipped = db.execute(
            f"SELECT count(*), coalesce(sum(outcome IN ({_TAKEN})), 0), "
            "coalesce(sum(outcome = 'skipped'), 0) FROM break_event "
            "WHERE coalesce(shown, due) >= :since AND coalesce(shown, due) < :until "
            f"AND outcome IN ({_OFFERED})",
            bounds,
        ).fetchone()
        (exercises,) = db.execute(
            "SELECT count(*) FROM exercise_use WHERE started_at >= :since AND started_at < :until",
            bounds,
        ).fetchone()
        answers = db.execute(
            "SELECT answers FROM check_in WHERE at >= :since AND at < :until", bounds
        ).fetchall()
    lows = [score_who5(json.loads(text)).low for (text,) in answers]
    return SharedDay(
        day=day,
        entries=int(entries),
        mean_stress=None if mean is None else float(mean),
        by_category={
            str(code): CategoryCell(int(count), float(average))
            for code, count, average in categories
        },
        by_emotion={str(code): int(count) for code, count in emotions},
        breaks_offered=int(offered),
        breaks_taken=int(taken),
        breaks_skipped=int(skipped),
        exercises=int(exercises),
        checkin_low=any(lows) if lows else None,
    )


def days_with_records(
    connection: sqlite3.Connection, since: datetime, until: datetime, zone: tzinfo
) -> set[date]:
    """The local days between `since` and `until` with a mood entry, a break offered, an
    exercise or a check-in."""
    bounds = {"since": utc_text(since), "until": utc_text(until)}
    with reading(connection) as db:
        rows = db.execute(
            "SELECT at FROM mood_entry WHERE at >= :since AND at < :until "
            "UNION SELECT coalesce(shown, due) FROM break_event "
            f"WHERE coalesce(shown, due) >= :since AND coalesce(shown, due) < :until "
            f"AND outcome IN ({_OFFERED}) "
            "UNION SELECT started_at FROM exercise_use "
            "WHERE started_at >= :since AND started_at < :until "
            "UNION SELECT at FROM check_in WHERE at >= :since AND at < :until",
            bounds,
        ).fetchall()
    return {from_utc_text(text).astimezone(zone).date() for (text,) in rows}


RESEND_DAYS = 7  # a day sent is sent again, changed, if its records change within a week


def due_days(connection: sqlite3.Connection, plan: ShiftPlan, clock: Clock) -> list[date]:
    """The days to send now (oldest first): none while sharing is off. A day already sent is
    due again when what it would send now differs (an entry logged or edited after the shift
    ended), for RESEND_DAYS days; the server replaces it."""
    share = TeamShare(connection)
    state = share.state()
    if state is None or not state.sharing:
        return []
    zone = clock.local_zone()
    now = clock.now()
    active = days_with_records(connection, day_start(state.since_day, zone), now, zone)
    due = days_due(plan, state.since_day, now, zone, sent=share.sent_days(), active=active)
    recent = max(now.astimezone(zone).date() - timedelta(days=RESEND_DAYS), state.since_day)
    changed = [
        sent.day
        for sent in share.sent(since=recent)
        if shared_day(connection, sent.day, zone).as_sent() != sent.payload
    ]
    return sorted({*due, *changed})
