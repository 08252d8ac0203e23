"""Counts behind the end-of-shift summary, the weekly goals and the reminders, in SQL.

Every query is a range on an indexed time column; the bounds are computed in local time by the
caller (`domain.trends.week_bounds`, `domain.timefmt.day_start`) and passed as UTC.

Plain sqlite3, so that the shift journal (which must not load SQLAlchemy) and the store share
one copy of these queries.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from sqlite3 import Connection

from companion.domain.day_summary import DaySummary
from companion.domain.goals import (
    DIFFICULT_FROM_DEFAULT,
    GOALS,
    OWN,
    REFRAMING_KINDS,
    TAKEN_OUTCOMES,
    GoalWeek,
    WeekCounts,
    week_progress,
)
from companion.domain.trends import OFFERED_OUTCOMES
from companion.storage.connection import from_utc_text, reading, utc_text

_OFFERED = ", ".join(f"'{outcome}'" for outcome in OFFERED_OUTCOMES)
_TAKEN = ", ".join(f"'{outcome}'" for outcome in TAKEN_OUTCOMES)
_REFRAMING = ", ".join(f"'{kind}'" for kind in REFRAMING_KINDS)

WeekBound = tuple[date, datetime, datetime]  # Monday, start, end (as domain.trends.week_bounds)


def _params(since: datetime, until: datetime) -> dict[str, str]:
    return {"since": utc_text(since), "until": utc_text(until)}


# A break shown early ("Start a break now") or after postponing sits up to 8 hours from when it
# fell due (the longest interval; ten postponements of 30 minutes are less). A day's margin lets
# the index on `due` narrow the rows before the exact test on when the break was shown.
_SHOWN_MARGIN = timedelta(days=1)


def _breaks(connection: Connection, since: datetime, until: datetime) -> tuple[int, int]:
    """Breaks offered and taken from `since` to `until`, each counted when it was shown (when
    it fell due, for one never shown)."""
    offered, taken = connection.execute(
        f"SELECT count(*), coalesce(sum(outcome IN ({_TAKEN})), 0) FROM break_event "
        "WHERE due >= :wide_since AND due < :wide_until "
        "AND coalesce(shown, due) >= :since AND coalesce(shown, due) < :until "
        f"AND outcome IN ({_OFFERED})",
        {
            **_params(since, until),
            "wide_since": utc_text(since - _SHOWN_MARGIN),
            "wide_until": utc_text(until + _SHOWN_MARGIN),
        },
    ).fetchone()
    return int(offered), int(taken)


def _exercises(
    connection: Connection, since: datetime, until: datetime, *, reframing: bool = False
) -> int:
    kinds = f" AND kind IN ({_REFRAMING})" if reframing else ""
    (count,) = connection.execute(
        f"SELECT count(*) FROM exercise_use WHERE started_at >= :since AND started_at < :until"
        f"{kinds}",
        _params(since, until),
    ).fetchone()
    return int(count)


def _difficult(connection: Connection, since: datetime, until: datetime, from_stress: int) -> int:
    """Entries of difficult contacts (`domain.goals.is_difficult`): stress at or above
    `from_stress`, or a call type marked difficult."""
    (count,) = connection.execute(
        "SELECT count(*) FROM mood_entry WHERE at >= :since AND at < :until "
        "AND (stress >= :from_stress OR category IN (SELECT category FROM difficult_call_type))",
        {**_params(since, until), "from_stress": from_stress},
    ).fetchone()
    return int(count)


def _ticks(connection: Connection, since: datetime, until: datetime) -> int:
    (count,) = connection.execute(
        "SELECT count(*) FROM goal_tick WHERE code = :code AND at >= :since AND at < :until",
        {**_params(since, until), "code": OWN},
    ).fetchone()
    return int(count)


def _count(connection: Connection, table: str, since: datetime, until: datetime) -> int:
    (count,) = connection.execute(
        f"SELECT count(*) FROM {table} WHERE at >= :since AND at < :until",
        _params(since, until),
    ).fetchone()
    return int(count)


class SummaryQueries:
    """The queries, on one sqlite3 connection; each method reads one snapshot."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def day_summary(self, day: date, since: datetime, until: datetime) -> DaySummary:
        with reading(self._db) as connection:
            entries, mean, highest = connection.execute(
                "SELECT count(*), avg(stress), max(stress) FROM mood_entry "
                "WHERE at >= :since AND at < :until",
                _params(since, until),
            ).fetchone()
            offered, taken = _breaks(connection, since, until)
            exercises = _exercises(connection, since, until)
        return DaySummary(
            day=day,
            entries=int(entries),
            mean_stress=None if mean is None else float(mean),
            max_stress=None if highest is None else int(highest),
            breaks_offered=offered,
            breaks_taken=taken,
            exercises=exercises,
        )

    def week_counts(
        self, weeks: list[WeekBound], difficult_from: int = DIFFICULT_FROM_DEFAULT
    ) -> list[WeekCounts]:
        """What was recorded in each week; a difficult contact is one with a stress of
        `difficult_from` or more (the high-stress offer's threshold) or a marked call type."""
        found = []
        with reading(self._db) as connection:
            for monday, start, end in weeks:
                offered, taken = _breaks(connection, start, end)
                found.append(
                    WeekCounts(
                        week_start=monday,
                        breaks_offered=offered,
                        breaks_taken=taken,
                        mood_entries=_count(connection, "mood_entry", start, end),
                        reframing=_exercises(connection, start, end, reframing=True),
                        check_ins=_count(connection, "check_in", start, end),
                        difficult_entries=_difficult(connection, start, end, difficult_from),
                        exercises=_exercises(connection, start, end),
                        own_ticks=_ticks(connection, start, end),
                    )
                )
        return found

    def goal_weeks(
        self, weeks: list[WeekBound], difficult_from: int = DIFFICULT_FROM_DEFAULT
    ) -> list[GoalWeek]:
        """Progress of the goals chosen now, in each of `weeks` (none without goals)."""
        with reading(self._db) as connection:
            query = "SELECT code, target, label FROM goal"
            rows = {code: (int(target), label) for code, target, label in connection.execute(query)}
        goals = [(code, *rows[code]) for code in GOALS if code in rows]
        if not goals:
            return []
        return [
            GoalWeek(counts.week_start, week_progress(goals, counts))
            for counts in self.week_counts(weeks, difficult_from)
        ]

    def entries_between(self, since: datetime, until: datetime) -> int:
        return _count(self._db, "mood_entry", since, until)

    def check_ins_between(self, since: datetime, until: datetime) -> int:
        return _count(self._db, "check_in", since, until)

    def first_record_at(self) -> datetime | None:
        """The oldest moment of any record (each a min on an indexed column); None when empty."""
        (oldest,) = self._db.execute(
            "SELECT min(t) FROM (SELECT min(at) AS t FROM mood_entry "
            "UNION ALL SELECT min(due) FROM break_event "
            "UNION ALL SELECT min(started_at) FROM exercise_use "
            "UNION ALL SELECT min(at) FROM check_in)"
        ).fetchone()
        return None if oldest is None else from_utc_text(str(oldest))
