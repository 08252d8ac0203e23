"""The dashboard's aggregates, computed in SQL on the indexed time columns.

Local days, weekdays and hours come from joining each row to the stretch of constant UTC offset
it falls in (`domain.local_time.offset_spans`) and adding that offset in SQLite, so that grouping
stays right across daylight-saving and time-zone changes without reading rows into Python.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import Connection, Engine, text

from companion.domain.goals import DIFFICULT_FROM_DEFAULT, GoalWeek
from companion.domain.local_time import OffsetSpan, offset_spans
from companion.domain.timefmt import day_start
from companion.domain.trends import (
    AFTER_BREAK_OUTCOMES,
    OFFERED_OUTCOMES,
    AfterBreak,
    Dashboard,
    DateRange,
    DayStress,
    ExerciseEffect,
    GroupStress,
    HourCell,
    StressSum,
    WeekBreaks,
    longest_run,
    monday_of,
    week_bounds,
)
from companion.storage.connection import utc_text

# A mood entry counts as "after a break" when logged within this long after the break ended.
AFTER_BREAK_WINDOW_SECONDS = 3600
_AFTER = ", ".join(f"'{outcome}'" for outcome in AFTER_BREAK_OUTCOMES)
GOAL_WEEKS = 12  # weeks of goal progress the dashboard shows at most


def spans_cte(spans: list[OffsetSpan]) -> str:
    """`spans(start, finish, shift)`: a CTE of the offset stretches, `shift` an SQLite modifier.

    Built from datetimes and integers only (never from user text), so it is safe to inline.
    """
    rows = ", ".join(
        f"('{utc_text(span.start)}', '{utc_text(span.end)}', '{span.offset_seconds:+d} seconds')"
        for span in spans
    )
    return f"spans(start, finish, shift) AS (VALUES {rows})"


class TrendQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def first_entry_day(self, zone: tzinfo) -> date | None:
        with self._engine.connect() as connection:
            first = connection.execute(text("SELECT min(at) FROM mood_entry")).scalar()
        if first is None:
            return None
        moment = datetime.fromisoformat(str(first)).replace(tzinfo=UTC)
        return moment.astimezone(zone).date()

    def dashboard(
        self,
        span: DateRange,
        zone: tzinfo,
        today: date,
        difficult_from: int = DIFFICULT_FROM_DEFAULT,
    ) -> Dashboard:
        since, until = span.bounds(zone)
        spans = offset_spans(since - timedelta(days=7), until + timedelta(days=1), zone)
        this_monday = monday_of(today)
        with self._engine.connect() as connection:
            weeks = self._week_sums(connection, this_monday, zone)
            return Dashboard(
                range=span,
                all_entries=connection.execute(text("SELECT count(*) FROM mood_entry")).scalar()
                or 0,
                days=self._days(connection, spans, since, until),
                cells=self._cells(connection, spans, since, until),
                categories=self._groups(connection, since, until, by_emotion=False),
                emotions=self._groups(connection, since, until, by_emotion=True),
                breaks=self._breaks(connection, spans, since, until),
                exercises=self._exercises(connection, since, until),
                after_breaks=self._after_breaks(connection, since, until),
                longest_taken_run=self._longest_run(connection, since, until),
                this_week=weeks[1],
                last_week=weeks[0],
                check_ins=self._check_ins(connection, spans, since, until),
                goal_weeks=self._goal_weeks(span, zone, difficult_from),
            )

    # -- parts ---------------------------------------------------------------------------------

    @staticmethod
    def _range_params(since: datetime, until: datetime) -> dict[str, str]:
        return {"since": utc_text(since), "until": utc_text(until)}

    def _days(
        self, connection: Connection, spans: list[OffsetSpan], since: datetime, until: datetime
    ) -> list[DayStress]:
        query = text(
            f"WITH {spans_cte(spans)} "
            "SELECT date(m.at, spans.shift) AS day, count(*), sum(m.stress) "
            "FROM spans JOIN mood_entry AS m ON m.at >= spans.start AND m.at < spans.finish "
            "WHERE m.at >= :since AND m.at < :until GROUP BY day ORDER BY day"
        )
        return [
            DayStress(date.fromisoformat(day), count, total)
            for day, count, total in connection.execute(query, self._range_params(since, until))
        ]

    def _check_ins(
        self, connection: Connection, spans: list[OffsetSpan], since: datetime, until: datetime
    ) -> list[tuple[date, int]]:
        """Each check-in's local day and its score on 0-100 (the raw sum times 4)."""
        query = text(
            f"WITH {spans_cte(spans)} "
            "SELECT date(c.at, spans.shift) AS day, c.raw * 4 "
            "FROM spans JOIN check_in AS c ON c.at >= spans.start AND c.at < spans.finish "
            "WHERE c.at >= :since AND c.at < :until ORDER BY c.at"
        )
        return [
            (date.fromisoformat(day), int(percent))
            for day, percent in connection.execute(query, self._range_params(since, until))
        ]

    def _cells(
        self, connection: Connection, spans: list[OffsetSpan], since: datetime, until: datetime
    ) -> list[HourCell]:
        query = text(
            f"WITH {spans_cte(spans)} "
            "SELECT CAST(strftime('%w', m.at, spans.shift) AS INTEGER) AS weekday, "
            "CAST(strftime('%H', m.at, spans.shift) AS INTEGER) AS hour, count(*), sum(m.stress) "
            "FROM spans JOIN mood_entry AS m ON m.at >= spans.start AND m.at < spans.finish "
            "WHERE m.at >= :since AND m.at < :until GROUP BY weekday, hour"
        )
        cells = [
            # SQLite counts weekdays from Sunday (0); people here count from Monday.
            HourCell((sunday_first - 1) % 7, hour, count, total)
            for sunday_first, hour, count, total in connection.execute(
                query, self._range_params(since, until)
            )
        ]
        return sorted(cells, key=lambda cell: (cell.weekday, cell.hour))

    def _groups(
        self, connection: Connection, since: datetime, until: datetime, *, by_emotion: bool
    ) -> list[GroupStress]:
        if by_emotion:
            query = text(
                "SELECT e.emotion, count(*), avg(m.stress) FROM mood_entry AS m "
                "JOIN mood_emotion AS e ON e.entry_id = m.id "
                "WHERE m.at >= :since AND m.at < :until GROUP BY e.emotion"
            )
        else:
            query = text(
                "SELECT m.category, count(*), avg(m.stress) FROM mood_entry AS m "
                "WHERE m.at >= :since AND m.at < :until GROUP BY m.category"
            )
        found = [
            GroupStress(code, count, mean)
            for code, count, mean in connection.execute(query, self._range_params(since, until))
        ]
        return sorted(found, key=lambda group: (-group.mean, -group.entries, group.code or ""))

    def _breaks(
        self, connection: Connection, spans: list[OffsetSpan], since: datetime, until: datetime
    ) -> list[WeekBreaks]:
        # date(x, '-6 days', 'weekday 1') is the Monday on or before x.
        query = text(
            f"WITH {spans_cte(spans)} "
            "SELECT date(b.due, spans.shift, '-6 days', 'weekday 1') AS monday, b.outcome, "
            "count(*) FROM spans JOIN break_event AS b "
            "ON b.due >= spans.start AND b.due < spans.finish "
            "WHERE b.due >= :since AND b.due < :until AND b.outcome != 'not_offered' "
            "GROUP BY monday, b.outcome"
        )
        weeks: dict[date, dict[str, int]] = {}
        for monday, outcome, count in connection.execute(query, self._range_params(since, until)):
            weeks.setdefault(date.fromisoformat(monday), {})[outcome] = count
        return [WeekBreaks(monday, counts) for monday, counts in sorted(weeks.items())]

    def _exercises(
        self, connection: Connection, since: datetime, until: datetime
    ) -> list[ExerciseEffect]:
        query = text(
            "SELECT kind, count(*), avg(distress_before), avg(distress_after) FROM exercise_use "
            "WHERE started_at >= :since AND started_at < :until "
            "AND distress_before IS NOT NULL AND distress_after IS NOT NULL "
            "GROUP BY kind ORDER BY count(*) DESC, kind"
        )
        return [
            ExerciseEffect(kind, count, before, after)
            for kind, count, before, after in connection.execute(
                query, self._range_params(since, until)
            )
        ]

    def _after_breaks(
        self, connection: Connection, since: datetime, until: datetime
    ) -> list[AfterBreak]:
        # Each entry is counted once, after the latest break that ended in the hour before it.
        query = text(
            "WITH ended AS ("
            "  SELECT outcome, strftime('%Y-%m-%d %H:%M:%f', coalesce(shown, due), "
            "    '+' || seconds || ' seconds') AS finish FROM break_event "
            f"  WHERE outcome IN ({_AFTER}) "
            "  AND due >= :early AND due < :until), "
            "pairs AS ("
            "  SELECT m.at, m.stress, ended.outcome, row_number() OVER "
            "    (PARTITION BY m.id ORDER BY ended.finish DESC) AS latest "
            # The breaks stay the outer loop (CROSS JOIN), and the range is checked only
            # outside: each break then reads just the entries of its own hour through the index
            # on `at`. With the range inside, SQLite scans the whole range for every break.
            "  FROM ended CROSS JOIN mood_entry AS m ON m.at >= ended.finish "
            "  AND m.at < strftime('%Y-%m-%d %H:%M:%f', ended.finish, :window)) "
            "SELECT outcome, count(*), avg(stress) FROM pairs "
            "WHERE latest = 1 AND at >= :since AND at < :until GROUP BY outcome"
        )
        params = self._range_params(since, until)
        params["early"] = utc_text(since - timedelta(hours=3))
        params["window"] = f"+{AFTER_BREAK_WINDOW_SECONDS} seconds"
        found = {
            outcome: AfterBreak(outcome, count, mean)
            for outcome, count, mean in connection.execute(query, params)
        }
        return [found[outcome] for outcome in AFTER_BREAK_OUTCOMES if outcome in found]

    def _longest_run(self, connection: Connection, since: datetime, until: datetime) -> int:
        marks = ", ".join(f"'{outcome}'" for outcome in OFFERED_OUTCOMES)
        query = text(
            f"SELECT outcome FROM break_event WHERE due >= :since AND due < :until "
            f"AND outcome IN ({marks}) ORDER BY due"
        )
        outcomes = list(connection.execute(query, self._range_params(since, until)).scalars())
        return longest_run(outcomes)

    def _goal_weeks(self, span: DateRange, zone: tzinfo, difficult_from: int) -> list[GoalWeek]:
        """Goal progress in the range's weeks (the last GOAL_WEEKS of them)."""
        from companion.storage.engine import sqlite_connection
        from companion.storage.summary_queries import SummaryQueries

        weeks = min((monday_of(span.last) - monday_of(span.first)).days // 7 + 1, GOAL_WEEKS)
        with sqlite_connection(self._engine) as connection:
            bounds = week_bounds(span.last, weeks, zone)
            return SummaryQueries(connection).goal_weeks(bounds, difficult_from)

    def _week_sums(self, connection: Connection, monday: date, zone: tzinfo) -> list[StressSum]:
        """Last week and this week (entries and stress sum), in local time."""
        found = []
        for start_day in (monday - timedelta(weeks=1), monday):
            start = day_start(start_day, zone)
            end = day_start(start_day + timedelta(weeks=1), zone)
            count, total = connection.execute(
                text(
                    "SELECT count(*), coalesce(sum(stress), 0) FROM mood_entry "
                    "WHERE at >= :since AND at < :until"
                ),
                self._range_params(start, end),
            ).one()
            found.append(StressSum(count, total))
        return found
