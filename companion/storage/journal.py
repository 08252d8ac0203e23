"""The shift journal: what a working shift writes and asks, in plain sqlite3.

During a shift Companion records breaks, mood entries, exercises, check-ins and thought-record
drafts, and asks a few counts for its reminders and the end-of-shift summary. Importing
SQLAlchemy alone keeps about 37 MB resident, more than the whole tray app needs, so these go
through the standard library's sqlite3 here, and the full store (`storage.store`) is opened
only when a window needs it (the mood log, trends, thought records, export).

The store delegates the same operations to this class on its own connection, so there is one
implementation of each write. The tables and their constraints are still defined once, by the
SQLAlchemy models and the Alembic migrations; `tests/storage/test_journal.py` checks that every
column written here exists there and that what either side writes, the other reads back the same.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from companion.domain.breaks import BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import Clock
from companion.domain.day_summary import DaySummary, summary_bounds
from companion.domain.mood import MoodEntry, MoodInput
from companion.domain.shift import ShiftPlan
from companion.domain.thoughts import ExerciseUse, ThoughtRecord, check_exercise, check_record
from companion.storage.columns import (
    EXERCISE_COLUMNS,
    EXERCISE_TIMES,
    THOUGHT_COLUMNS,
    THOUGHT_TIMES,
)
from companion.storage.connection import (
    connect,
    from_utc_text,
    optional_from_utc_text,
    optional_utc_text,
    reading,
    utc_text,
    writing,
)
from companion.storage.record_values import (
    exercise_values,
    thought_from_values,
    thought_values,
)
from companion.storage.summary_queries import SummaryQueries
from companion.storage.team_days import due_days
from companion.storage.team_share import TeamShare

log = logging.getLogger(__name__)

MOOD_COLUMNS = ("id", "at", "stress", "category", "note", "created_at", "updated_at")
BREAK_COLUMNS = ("id", "kind", "due", "shown", "outcome", "postponed", "seconds", "created_at")
CHECK_IN_COLUMNS = ("id", "at", "instrument", "answers", "raw", "created_at")
EMOTION_COLUMNS = ("entry_id", "emotion", "position")


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + column for column in columns)})"
    )


def _upsert(table: str, columns: tuple[str, ...]) -> str:
    """Insert, or update every column of the row with the same id. Not INSERT OR REPLACE,
    which deletes the row first and so would cut the links other rows have to it."""
    updates = ", ".join(f"{column} = excluded.{column}" for column in columns if column != "id")
    return f"{_insert(table, columns)} ON CONFLICT (id) DO UPDATE SET {updates}"


def _stored(values: Mapping[str, Any], times: tuple[str, ...]) -> dict[str, Any]:
    """Column values with their times as the store keeps them, and booleans as 0 or 1."""
    stored = dict(values)
    for column in times:
        stored[column] = optional_utc_text(stored[column])
    return {k: int(v) if isinstance(v, bool) else v for k, v in stored.items()}


def _read_times(row: sqlite3.Row, times: tuple[str, ...]) -> dict[str, Any]:
    values = {key: row[key] for key in row.keys()}  # noqa: SIM118  # sqlite3.Row has no items()
    for column in times:
        values[column] = optional_from_utc_text(values[column])
    return values


class StoreGone(sqlite3.OperationalError):
    """The database file this journal opened is no longer where it was: nothing is written."""


class Journal:
    """The shift's writes and small reads, on one sqlite3 connection."""

    def __init__(
        self, connection: sqlite3.Connection, clock: Clock, *, owned: bool = False
    ) -> None:
        self._db = connection
        self._clock = clock
        self._owned = owned
        self._file: tuple[Path, tuple[int, int]] | None = None  # the file this journal writes

    @classmethod
    def open(cls, database: Path, clock: Clock) -> Journal:
        """A journal on its own connection to a database made ready by `prepare_database`."""
        journal = cls(connect(database), clock, owned=True)
        info = database.stat()
        journal._file = (database, (info.st_dev, info.st_ino))
        return journal

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, once the file is known to be still there. A folder deleted
        or a drive taken away while Companion runs leaves SQLite writing on into a file nobody
        can open again: every save would seem to succeed and be lost."""
        if self._file is not None:
            database, identity = self._file
            try:
                info = database.stat()
                there = (info.st_dev, info.st_ino) == identity
            except OSError:
                there = False
            if not there:
                raise StoreGone(
                    f"the database {database} is gone (its folder was deleted or moved, or its "
                    "drive taken away); nothing more can be saved until Companion starts again"
                )
        with writing(self._db) as db:
            yield db

    def close(self) -> None:
        if self._owned:
            self._db.close()

    # -- writes --------------------------------------------------------------------------------

    def add_mood(self, values: MoodInput, entry_id: uuid.UUID | None = None) -> MoodEntry:
        now = self._clock.now()
        entry = MoodEntry(
            id=entry_id or uuid.uuid4(),
            at=values.at,
            stress=values.stress,
            emotions=values.emotions,
            category=values.category,
            note=values.note,
            created_at=now,
            updated_at=now,
        )
        key = str(entry.id)
        with self._writing() as db:
            db.execute(
                _insert("mood_entry", MOOD_COLUMNS),
                {
                    "id": key,
                    "at": utc_text(entry.at),
                    "stress": entry.stress,
                    "category": entry.category,
                    "note": entry.note,
                    "created_at": utc_text(now),
                    "updated_at": utc_text(now),
                },
            )
            db.executemany(
                _insert("mood_emotion", EMOTION_COLUMNS),
                [
                    {"entry_id": key, "emotion": code, "position": position}
                    for position, code in enumerate(entry.emotions)
                ],
            )
        log.info("mood entry %s saved", key)
        return entry

    def add_break(self, record: BreakRecord) -> uuid.UUID:
        break_id = uuid.uuid4()
        with self._writing() as db:
            db.execute(
                _insert("break_event", BREAK_COLUMNS),
                {
                    "id": str(break_id),
                    "kind": record.kind,
                    "due": utc_text(record.due),
                    "shown": optional_utc_text(record.shown),
                    "outcome": record.outcome,
                    "postponed": record.postponed,
                    "seconds": record.seconds,
                    "created_at": utc_text(self._clock.now()),
                },
            )
        log.info("break %s recorded: %s %s", break_id, record.kind, record.outcome)
        return break_id

    def add_exercise(self, use: ExerciseUse) -> ExerciseUse:
        """Record an exercise (or replace the record with the same id)."""
        check_exercise(use)
        with self._writing() as db:
            db.execute(
                _upsert("exercise_use", EXERCISE_COLUMNS),
                _stored(exercise_values(use), EXERCISE_TIMES),
            )
        log.info("exercise %s (%s) recorded", use.id, use.kind)
        return use

    def save_thought(self, record: ThoughtRecord) -> ThoughtRecord:
        """Insert or replace a thought record (drafts are saved as they are typed)."""
        check_record(record)
        with self._writing() as db:
            db.execute(
                _upsert("thought_record", THOUGHT_COLUMNS),
                _stored(thought_values(record), THOUGHT_TIMES),
            )
        log.info("thought record %s saved (%s)", record.id, "draft" if record.is_draft else "done")
        return record

    def add_check_in(self, check_in: CheckIn) -> CheckIn:
        score = check_in.score  # raises ValueError on answers WHO-5 does not allow
        with self._writing() as db:
            db.execute(
                _insert("check_in", CHECK_IN_COLUMNS),
                {
                    "id": str(check_in.id),
                    "at": utc_text(check_in.at),
                    "instrument": "who5",
                    "answers": json.dumps(list(check_in.answers)),
                    "raw": score.raw,
                    "created_at": utc_text(self._clock.now()),
                },
            )
        log.info("check-in %s saved", check_in.id)
        return check_in

    # -- reads ---------------------------------------------------------------------------------

    def _rows(self, query: str, *params: object) -> list[sqlite3.Row]:
        cursor = self._db.cursor()
        cursor.row_factory = sqlite3.Row
        try:
            with reading(self._db):
                return list(cursor.execute(query, params))
        finally:
            cursor.close()

    def latest_mood(self) -> MoodEntry | None:
        """The newest entry by when it happened (as `recent_moods(1)` of the store)."""
        rows = self._rows(
            "SELECT m.*, (SELECT json_group_array(emotion) FROM "
            "(SELECT emotion FROM mood_emotion WHERE entry_id = m.id ORDER BY position)) "
            "AS emotion_list FROM mood_entry AS m ORDER BY m.at DESC, m.id LIMIT 1"
        )
        if not rows:
            return None
        row = rows[0]
        return MoodEntry(
            id=uuid.UUID(row["id"]),
            at=from_utc_text(row["at"]),
            stress=row["stress"],
            emotions=tuple(json.loads(row["emotion_list"])),
            category=row["category"],
            note=row["note"],
            created_at=from_utc_text(row["created_at"]),
            updated_at=from_utc_text(row["updated_at"]),
        )

    def newest_draft(self) -> ThoughtRecord | None:
        """The thought record last worked on and not yet finished."""
        rows = self._rows(
            "SELECT * FROM thought_record WHERE is_draft = 1 ORDER BY updated_at DESC LIMIT 1"
        )
        return thought_from_values(_read_times(rows[0], THOUGHT_TIMES)) if rows else None

    def latest_check_in(self) -> CheckIn | None:
        rows = self._rows("SELECT id, at, answers FROM check_in ORDER BY at DESC LIMIT 1")
        if not rows:
            return None
        row = rows[0]
        return CheckIn(
            uuid.UUID(row["id"]), from_utc_text(row["at"]), tuple(json.loads(row["answers"]))
        )

    def day_summary(self, day: date, until: datetime | None = None) -> DaySummary:
        """The figures of the local `day` from its start until `until` (default: the end of
        the day, or now; an overnight shift passes `until` to count its morning hours too)."""
        since, end = summary_bounds(day, self._clock.local_zone(), self._clock.now(), until)
        return SummaryQueries(self._db).day_summary(day, since, end)

    def logged_between(self, since: datetime, until: datetime) -> int:
        """The number of mood entries from `since` (inclusive) to `until`."""
        return SummaryQueries(self._db).entries_between(since, until)

    def count_check_ins(self, since: datetime, until: datetime) -> int:
        """The number of check-ins from `since` (inclusive) to `until`."""
        return SummaryQueries(self._db).check_ins_between(since, until)

    def first_record_at(self) -> datetime | None:
        """When the oldest record was made (how long Companion has been in use here)."""
        return SummaryQueries(self._db).first_record_at()

    # -- sharing with the team ---------------------------------------------------------------

    def team_share(self) -> TeamShare:
        """The agent's choice to share, the pseudonym and the days as sent, on this connection
        (the settings window turns sharing on and off through it)."""
        return TeamShare(self._db)

    def team_days_due(self, plan: ShiftPlan) -> list[date]:
        """The days `companion team sync` would send now (none while sharing is off)."""
        return due_days(self._db, plan, self._clock)
