"""Opening the store safely, and the repository the rest of the app uses.

Opening never loses data (`storage.opening`). The shift's own writes and small reads go
through `storage.journal` instead, which does not load SQLAlchemy; this store is for everything
else: the mood log, trends, thought records, export and import.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVarTuple

from sqlalchemy import Engine, Select, Table, exists, func, insert, or_, select, text
from sqlalchemy.orm import Session

from companion.domain.breaks import BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import Clock
from companion.domain.day_summary import DaySummary
from companion.domain.goals import (
    DIFFICULT_FROM_DEFAULT,
    GOALS,
    OWN,
    Goal,
    InvalidGoal,
    WeekCounts,
    check_call_types,
    check_goal,
    check_label,
)
from companion.domain.mood import MoodEntry, MoodFilter, MoodInput
from companion.domain.thoughts import ExerciseUse, ThoughtRecord
from companion.domain.trends import Dashboard, DateRange, WeekStats
from companion.paths import AppPaths
from companion.storage.batch import StoredBreak
from companion.storage.connection import reading, utc_text
from companion.storage.engine import WRITE, make_engine, sqlite_connection
from companion.storage.journal import Journal
from companion.storage.models import (
    Base,
    BreakEventRow,
    CheckInRow,
    DifficultCallTypeRow,
    ExerciseUseRow,
    GoalRow,
    GoalTickRow,
    MoodEmotionRow,
    MoodEntryRow,
    ThoughtRecordRow,
)
from companion.storage.mood_search import at_local_time, spans_covering
from companion.storage.opening import OpenReport, prepare_database
from companion.storage.summary_queries import SummaryQueries
from companion.storage.thought_rows import (
    exercise_from_row,
    thought_from_row,
)
from companion.storage.trend_queries import TrendQueries

if TYPE_CHECKING:
    from companion.storage.import_scratch import Merged

log = logging.getLogger(__name__)

_Row = TypeVarTuple("_Row")  # the columns a query on mood entries selects


def open_store(paths: AppPaths, clock: Clock) -> tuple[Store, OpenReport]:
    """Open (creating or migrating as needed) the store under `paths`."""
    report = prepare_database(paths, clock)
    return Store(make_engine(paths.database), clock), report


def _escape_like(value: str) -> str:
    """`value` matched literally inside a LIKE pattern whose escape character is '!'."""
    return value.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _to_entry(row: MoodEntryRow) -> MoodEntry:
    return MoodEntry(
        id=uuid.UUID(row.id),
        at=row.at,
        stress=row.stress,
        emotions=tuple(link.emotion for link in row.emotions),
        category=row.category,
        note=row.note,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _emotion_rows(values: MoodInput) -> list[MoodEmotionRow]:
    return [
        MoodEmotionRow(emotion=code, position=index) for index, code in enumerate(values.emotions)
    ]


def _table(model: type[Base]) -> Table:
    """The Core table of a model, for executemany inserts."""
    return Base.metadata.tables[model.__tablename__]


class Store:
    """Mood entries in the SQLite file (implements domain.mood.MoodBook)."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._writer = engine.execution_options(**WRITE)
        self._clock = clock

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _journal(self) -> Iterator[Journal]:
        """The shift journal on one of this store's connections: one implementation of the
        writes (and small reads) that a shift makes without SQLAlchemy."""
        with sqlite_connection(self._engine) as connection:
            yield Journal(connection, self._clock)

    def add_mood(self, values: MoodInput, entry_id: uuid.UUID | None = None) -> MoodEntry:
        with self._journal() as journal:
            return journal.add_mood(values, entry_id)

    def update_mood(self, entry_id: uuid.UUID, values: MoodInput) -> MoodEntry:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            row = session.get(MoodEntryRow, str(entry_id))
            if row is None:
                raise KeyError(f"no mood entry {entry_id}")
            row.at = values.at
            row.stress = values.stress
            row.category = values.category
            row.note = values.note
            row.emotions = _emotion_rows(values)
            row.updated_at = self._clock.now()
            session.flush()
            entry = _to_entry(row)
        log.info("mood entry %s updated", entry_id)
        return entry

    def delete_mood(self, entry_id: uuid.UUID) -> bool:
        with Session(self._writer) as session, session.begin():
            row = session.get(MoodEntryRow, str(entry_id))
            if row is None:
                return False
            session.delete(row)
        log.info("mood entry %s deleted", entry_id)
        return True

    def get_mood(self, entry_id: uuid.UUID) -> MoodEntry | None:
        with Session(self._engine) as session:
            row = session.get(MoodEntryRow, str(entry_id))
            return None if row is None else _to_entry(row)

    def recent_moods(self, limit: int, offset: int = 0) -> Sequence[MoodEntry]:
        """Newest first."""
        query = (
            select(MoodEntryRow)
            .order_by(MoodEntryRow.at.desc(), MoodEntryRow.id)
            .limit(limit)
            .offset(offset)
        )
        with Session(self._engine) as session:
            return [_to_entry(row) for row in session.scalars(query)]

    def moods_between(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[MoodEntry]:
        """Oldest first; `since` inclusive, `until` exclusive."""
        query = select(MoodEntryRow).order_by(MoodEntryRow.at, MoodEntryRow.id)
        if since is not None:
            query = query.where(MoodEntryRow.at >= since)
        if until is not None:
            query = query.where(MoodEntryRow.at < until)
        with Session(self._engine) as session:
            return [_to_entry(row) for row in session.scalars(query)]

    def count_moods(self) -> int:
        with Session(self._engine) as session:
            return session.scalar(select(func.count()).select_from(MoodEntryRow)) or 0

    # -- finding entries ---------------------------------------------------------------------

    def find_moods(self, flt: MoodFilter, limit: int, offset: int = 0) -> list[MoodEntry]:
        """Entries that pass `flt`, newest first (the order of recent_moods), a page at a time."""
        query = self._matching(select(MoodEntryRow), flt)
        if query is None:
            return []
        query = query.order_by(MoodEntryRow.at.desc(), MoodEntryRow.id).limit(limit).offset(offset)
        with Session(self._engine) as session:
            return [_to_entry(row) for row in session.scalars(query)]

    def count_moods_matching(self, flt: MoodFilter) -> int:
        query = self._matching(select(func.count()).select_from(MoodEntryRow), flt)
        if query is None:
            return 0
        with Session(self._engine) as session:
            return session.scalar(query) or 0

    def _matching(self, query: Select[*_Row], flt: MoodFilter) -> Select[*_Row] | None:
        """`query` narrowed to the entries `flt` keeps; None when none can match."""
        if flt.weekday is not None and not 0 <= flt.weekday <= 6:
            raise ValueError(f"weekday must be from 0 (Monday) to 6, got {flt.weekday}")
        if flt.hour is not None and not 0 <= flt.hour <= 23:
            raise ValueError(f"hour must be from 0 to 23, got {flt.hour}")
        needle = flt.text.strip()
        if needle:
            query = query.where(MoodEntryRow.note.like(f"%{_escape_like(needle)}%", escape="!"))
        if flt.category is not None:
            query = query.where(MoodEntryRow.category == flt.category)
        if flt.emotion is not None:
            query = query.where(
                exists().where(
                    MoodEmotionRow.entry_id == MoodEntryRow.id,
                    MoodEmotionRow.emotion == flt.emotion,
                )
            )
        if flt.since is not None:
            query = query.where(MoodEntryRow.at >= flt.since)
        if flt.until is not None:
            query = query.where(MoodEntryRow.at < flt.until)
        if flt.weekday is None and flt.hour is None:
            return query
        with Session(self._engine) as session:  # two queries: each one reads the index once
            first: datetime | None = session.scalar(select(func.min(MoodEntryRow.at)))
            last: datetime | None = session.scalar(select(func.max(MoodEntryRow.at)))
        if first is None or last is None:
            return None
        # Local weekday and hour need the UTC offsets over every entry that could match.
        start = first if flt.since is None else max(flt.since, first)
        end = max(self._clock.now(), last) + timedelta(days=1)
        if flt.until is not None:
            end = min(flt.until, end)
        if start >= end:
            return None
        spans = spans_covering(start, end, self._clock.local_zone())
        return at_local_time(query, spans, flt.weekday, flt.hour)

    # -- bulk inserts (demo history, benchmarks) ---------------------------------------------
    # Many records in one transaction and one executemany per table (Core inserts: the ORM's
    # bulk path splits into thousands of statements): 100,000 entries take seconds. The values
    # are taken as already checked (make_mood_input; BreakRecord as the cycle makes them).

    def add_moods_bulk(
        self, values: Sequence[MoodInput], ids: Sequence[uuid.UUID] | None = None
    ) -> list[uuid.UUID]:
        """Insert mood entries (with their emotions) in one transaction; their ids, in order."""
        if ids is not None and len(ids) != len(values):
            raise ValueError("add_moods_bulk needs one id per entry")
        chosen = list(ids) if ids is not None else [uuid.uuid4() for _ in values]
        now = self._clock.now()
        entries: list[dict[str, object]] = []
        emotions: list[dict[str, object]] = []
        for entry_id, item in zip(chosen, values, strict=True):
            key = str(entry_id)
            entries.append(
                {
                    "id": key,
                    "at": item.at,
                    "stress": item.stress,
                    "category": item.category,
                    "note": item.note,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            emotions.extend(
                {"entry_id": key, "emotion": code, "position": position}
                for position, code in enumerate(item.emotions)
            )
        if entries:
            with Session(self._writer) as session, session.begin():
                session.execute(insert(_table(MoodEntryRow)), entries)
                if emotions:
                    session.execute(insert(_table(MoodEmotionRow)), emotions)
        log.info("%d mood entries saved at once", len(entries))
        return chosen

    def add_breaks_bulk(self, records: Sequence[BreakRecord]) -> int:
        """Insert break records in one transaction; how many were inserted."""
        now = self._clock.now()
        rows: list[dict[str, object]] = [
            {
                "id": str(uuid.uuid4()),
                "kind": record.kind,
                "due": record.due,
                "shown": record.shown,
                "outcome": record.outcome,
                "postponed": record.postponed,
                "seconds": record.seconds,
                "created_at": now,
            }
            for record in records
        ]
        if rows:
            with Session(self._writer) as session, session.begin():
                session.execute(insert(_table(BreakEventRow)), rows)
        log.info("%d breaks recorded at once", len(rows))
        return len(rows)

    def record_counts(self) -> dict[str, int]:
        """How many records of each kind the store holds: moods, breaks, thoughts, exercises."""
        tables: dict[str, type[Base]] = {
            "moods": MoodEntryRow,
            "breaks": BreakEventRow,
            "thoughts": ThoughtRecordRow,
            "exercises": ExerciseUseRow,
        }
        with Session(self._engine) as session:
            return {
                name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in tables.items()
            }

    # -- (end of bulk inserts) ---------------------------------------------------------------

    # -- breaks ------------------------------------------------------------------------------

    def add_break(self, record: BreakRecord) -> uuid.UUID:
        with self._journal() as journal:
            return journal.add_break(record)

    def breaks_between(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[tuple[uuid.UUID, BreakRecord]]:
        """Breaks by when they fell due, oldest first; `since` inclusive, `until` exclusive."""
        query = select(BreakEventRow).order_by(BreakEventRow.due, BreakEventRow.id)
        if since is not None:
            query = query.where(BreakEventRow.due >= since)
        if until is not None:
            query = query.where(BreakEventRow.due < until)
        with Session(self._engine) as session:
            return [
                (
                    uuid.UUID(row.id),
                    BreakRecord(
                        kind=row.kind,
                        due=row.due,
                        shown=row.shown,
                        outcome=row.outcome,
                        postponed=row.postponed,
                        seconds=row.seconds,
                    ),
                )
                for row in session.scalars(query)
            ]

    # -- thought records and exercises -------------------------------------------------------

    def save_thought(self, record: ThoughtRecord) -> ThoughtRecord:
        """Insert or replace a thought record (drafts are saved as they are typed)."""
        with self._journal() as journal:
            return journal.save_thought(record)

    def get_thought(self, record_id: uuid.UUID) -> ThoughtRecord | None:
        with Session(self._engine) as session:
            row = session.get(ThoughtRecordRow, str(record_id))
            return None if row is None else thought_from_row(row)

    def thoughts(self, *, drafts: bool = False, search: str = "") -> list[ThoughtRecord]:
        """Finished records (or drafts), newest first, optionally only those containing `search`."""
        query = (
            select(ThoughtRecordRow)
            .where(ThoughtRecordRow.table.is_draft == drafts)
            .order_by(ThoughtRecordRow.table.updated_at.desc())
        )
        needle = search.strip()
        if needle:
            pattern = f"%{_escape_like(needle)}%"
            columns = (
                ThoughtRecordRow.table.situation,
                ThoughtRecordRow.table.automatic_thought,
                ThoughtRecordRow.table.balanced_thought,
                ThoughtRecordRow.table.evidence,
            )
            query = query.where(or_(*(column.like(pattern, escape="!") for column in columns)))
        with Session(self._engine) as session:
            return [thought_from_row(row) for row in session.scalars(query)]

    def delete_thought(self, record_id: uuid.UUID) -> bool:
        with Session(self._writer) as session, session.begin():
            row = session.get(ThoughtRecordRow, str(record_id))
            if row is None:
                return False
            session.delete(row)
        log.info("thought record %s deleted", record_id)
        return True

    def add_exercise(self, use: ExerciseUse) -> ExerciseUse:
        with self._journal() as journal:
            return journal.add_exercise(use)

    def exercises_between(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[ExerciseUse]:
        query = select(ExerciseUseRow).order_by(ExerciseUseRow.table.started_at)
        if since is not None:
            query = query.where(ExerciseUseRow.table.started_at >= since)
        if until is not None:
            query = query.where(ExerciseUseRow.table.started_at < until)
        with Session(self._engine) as session:
            return [exercise_from_row(row) for row in session.scalars(query)]

    # -- export and import (companion.storage.transfer) --------------------------------------

    def all_breaks(self) -> list[StoredBreak]:
        """Every break with its id and when it was written, by when it fell due."""
        query = select(BreakEventRow).order_by(BreakEventRow.due, BreakEventRow.id)
        with Session(self._engine) as session:
            return [
                StoredBreak(
                    id=uuid.UUID(row.id),
                    record=BreakRecord(
                        row.kind, row.due, row.shown, row.outcome, row.postponed, row.seconds
                    ),
                    created_at=row.created_at,
                )
                for row in session.scalars(query)
            ]

    @property
    def folder(self) -> Path:
        """The folder the store's file is in (owner-only)."""
        database = self._engine.url.database
        assert database is not None
        return Path(database).parent

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A connection reading one moment of the store (a read transaction), for reads that
        go a row at a time (storage.export_rows): writes meanwhile are not seen."""
        with sqlite_connection(self._engine) as connection, reading(connection):
            yield connection

    def add_imported(
        self, scratch: Path, now: datetime, tell: Callable[[str, int], None]
    ) -> Merged:
        """Add the checked records of an import's scratch file that are not here yet, in one
        transaction (storage.import_scratch.merge)."""
        from companion.storage.import_scratch import merge

        with sqlite_connection(self._engine) as connection:
            return merge(connection, scratch, now, tell)

    # -- check-ins and goals -----------------------------------------------------------------

    def add_check_in(self, check_in: CheckIn) -> CheckIn:
        with self._journal() as journal:
            return journal.add_check_in(check_in)

    def check_ins_between(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[CheckIn]:
        """Oldest first; `since` inclusive, `until` exclusive."""
        query = select(CheckInRow).order_by(CheckInRow.at)
        if since is not None:
            query = query.where(CheckInRow.at >= since)
        if until is not None:
            query = query.where(CheckInRow.at < until)
        with Session(self._engine) as session:
            return [
                CheckIn(uuid.UUID(row.id), row.at, tuple(json.loads(row.answers)))
                for row in session.scalars(query)
            ]

    def latest_check_in(self) -> CheckIn | None:
        with self._journal() as journal:
            return journal.latest_check_in()

    def goals(self) -> list[Goal]:
        """The goals chosen, in the display order of `domain.goals.GOALS`."""
        with Session(self._engine) as session:
            rows = {row.code: row for row in session.scalars(select(GoalRow))}
        return [
            Goal(code, rows[code].target, rows[code].since, rows[code].label)
            for code in GOALS
            if code in rows
        ]

    def set_goal(self, code: str, target: int, label: str | None = None) -> Goal:
        """Choose a goal or change its target (keeping when it was first chosen); the goal of
        one's own needs its text (`label`). Raises InvalidGoal, storing nothing."""
        check_goal(code, target)
        text = check_label(label) if code == OWN else None
        now = self._clock.now()
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            row = session.get(GoalRow, code)
            if row is None:
                row = GoalRow(code=code, target=target, since=now, updated_at=now, label=text)
                session.add(row)
            else:
                row.target, row.updated_at, row.label = target, now, text
        log.info("goal %s set to %d", code, target)  # never the text: it is the person's own
        return Goal(code, target, row.since, text)

    def tick_goal(self, code: str = OWN) -> None:
        """The goal of one's own done once more, now."""
        if code not in GOALS:
            raise InvalidGoal(f"unknown goal {code!r}")
        with Session(self._writer) as session, session.begin():
            session.add(GoalTickRow(id=str(uuid.uuid4()), code=code, at=self._clock.now()))
        log.info("goal %s ticked", code)

    def untick_goal(self, since: datetime, code: str = OWN) -> bool:
        """Take back the newest tick made at or after `since` (this week's start, say); False
        when there is none."""
        query = (
            select(GoalTickRow)
            .where(GoalTickRow.code == code, GoalTickRow.at >= since)
            .order_by(GoalTickRow.at.desc())
            .limit(1)
        )
        with Session(self._writer) as session, session.begin():
            row = session.scalars(query).first()
            if row is None:
                return False
            session.delete(row)
        log.info("goal %s tick taken back", code)
        return True

    def difficult_call_types(self) -> frozenset[str]:
        """The call types marked as difficult (their entries count as difficult contacts)."""
        with Session(self._engine) as session:
            return frozenset(session.scalars(select(DifficultCallTypeRow.category)))

    def set_difficult_call_types(self, codes: frozenset[str] | set[str]) -> None:
        """Mark exactly `codes` as difficult (each keeps when it was first marked)."""
        chosen = check_call_types(codes)
        now = self._clock.now()
        with Session(self._writer) as session, session.begin():
            rows = {row.category: row for row in session.scalars(select(DifficultCallTypeRow))}
            for code, row in rows.items():
                if code not in chosen:
                    session.delete(row)
            for code in chosen - rows.keys():
                session.add(DifficultCallTypeRow(category=code, since=now))
        log.info("difficult call types: %s", ", ".join(sorted(chosen)) or "none")

    def remove_goal(self, code: str) -> bool:
        with Session(self._writer) as session, session.begin():
            row = session.get(GoalRow, code)
            if row is None:
                return False
            session.delete(row)
        log.info("goal %s removed", code)
        return True

    # -- end-of-shift summary, goal progress, reminders (storage/summary_queries.py) ---------

    def day_summary(self, day: date, until: datetime | None = None) -> DaySummary:
        """The figures of the local `day` from its start until `until` (default: the end of
        the day, or now; an overnight shift passes `until` to count its morning hours too)."""
        with self._journal() as journal:
            return journal.day_summary(day, until)

    def week_counts(
        self, today: date, weeks: int = 1, difficult_from: int = DIFFICULT_FROM_DEFAULT
    ) -> list[WeekCounts]:
        """What was recorded in the last `weeks` ISO weeks up to `today`'s, oldest first; an
        entry of stress `difficult_from` or more (the high-stress offer's threshold) or of a
        marked call type is a difficult contact."""
        from companion.domain.trends import week_bounds

        bounds = week_bounds(today, weeks, self._clock.local_zone())
        with sqlite_connection(self._engine) as connection:
            return SummaryQueries(connection).week_counts(bounds, difficult_from)

    def logged_between(self, since: datetime, until: datetime) -> int:
        """The number of mood entries from `since` (inclusive) to `until`."""
        with self._journal() as journal:
            return journal.logged_between(since, until)

    def count_check_ins(self, since: datetime, until: datetime) -> int:
        """The number of check-ins from `since` (inclusive) to `until`."""
        with self._journal() as journal:
            return journal.count_check_ins(since, until)

    # -- (end of summary, goal progress, reminders) --------------------------------------------

    # -- trends ------------------------------------------------------------------------------

    def first_entry_day(self) -> date | None:
        """The local day of the oldest mood entry, None without entries."""
        return TrendQueries(self._engine).first_entry_day(self._clock.local_zone())

    def dashboard(
        self, span: DateRange, today: date, difficult_from: int = DIFFICULT_FROM_DEFAULT
    ) -> Dashboard:
        """Every aggregate the dashboard draws for the local days of `span` (`difficult_from`:
        as for `week_counts`)."""
        return TrendQueries(self._engine).dashboard(
            span, self._clock.local_zone(), today, difficult_from
        )

    def weekly_stats(self, weeks: list[tuple[date, datetime, datetime]]) -> list[WeekStats]:
        """Entries, mean and highest stress, and breaks by outcome, per week, in SQL: each week
        is a range on the indexed time columns, joined to a table of the weeks' bounds."""
        if not weeks:
            return []
        bounds = [
            (index, utc_text(start), utc_text(end))
            for index, (_monday, start, end) in enumerate(weeks)
        ]
        values = ", ".join(f"({i}, '{s}', '{e}')" for i, s, e in bounds)
        moods = text(
            f"WITH weeks(n, start, finish) AS (VALUES {values}) "
            "SELECT weeks.n, count(m.id), avg(m.stress), max(m.stress) FROM weeks "
            "LEFT JOIN mood_entry AS m ON m.at >= weeks.start AND m.at < weeks.finish "
            "GROUP BY weeks.n"
        )
        breaks = text(
            f"WITH weeks(n, start, finish) AS (VALUES {values}) "
            "SELECT weeks.n, b.outcome, count(b.id) FROM weeks "
            "JOIN break_event AS b ON b.due >= weeks.start AND b.due < weeks.finish "
            "GROUP BY weeks.n, b.outcome"
        )
        with self._engine.connect() as connection:
            mood_rows = {row[0]: row for row in connection.execute(moods)}
            outcomes: dict[int, dict[str, int]] = {}
            for n, outcome, count in connection.execute(breaks):
                outcomes.setdefault(n, {})[outcome] = count
        found = []
        for index, (monday, _start, _end) in enumerate(weeks):
            _n, count, mean, highest = mood_rows[index]
            found.append(
                WeekStats(
                    week_start=monday,
                    entries=count,
                    mean_stress=None if mean is None else round(mean, 2),
                    max_stress=highest,
                    breaks=outcomes.get(index, {}),
                )
            )
        return found
