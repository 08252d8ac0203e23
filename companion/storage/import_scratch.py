"""Where an import keeps the records it has checked until they all go into the store at once.

An export may hold years of records: more than should be held in memory. So each record, once
checked, is written to a scratch SQLite file beside the store (owner-only folder; a hidden
`.import-*.tmp` that `erase` removes should a kill leave one behind, deleted when the import
ends), a thousand at a time; two records with the same id are found there as they come. Then,
in one transaction on the store, `merge` checks that every link (a thought record's mood entry,
an exercise's thought record) is in the file or the store, counts what is new and what is
there already, and copies the new records over in SQL: all of them, or (on any error) none.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.domain.checkin import CheckIn
from companion.domain.mood import MoodEntry
from companion.domain.thoughts import ExerciseUse, ThoughtRecord
from companion.storage.batch import DifficultMark, GoalTick, StoredBreak, StoredGoal
from companion.storage.connection import from_utc_text, utc_text, writing
from companion.storage.models import Base
from companion.storage.record_values import exercise_values, thought_values
from companion.storage.transfer_checks import RECORD_KINDS, InvalidImport

log = logging.getLogger(__name__)

# kind of record: (its table, the column that tells two apart)
TABLES: dict[str, tuple[str, str]] = {
    "mood_entries": ("mood_entry", "id"),
    "thought_records": ("thought_record", "id"),
    "exercises": ("exercise_use", "id"),
    "breaks": ("break_event", "id"),
    "check_ins": ("check_in", "id"),
    "goals": ("goal", "code"),
    "goal_ticks": ("goal_tick", "id"),
    "difficult_call_types": ("difficult_call_type", "category"),
}
EMOTIONS_TABLE = "mood_emotion"
BATCH = 1000  # rows written to the scratch file at a time
STALE_SECONDS = 3600  # a scratch file this old was left by an import that was killed
Row = dict[str, Any]


def _columns(table: str) -> list[str]:
    return [column.name for column in Base.metadata.tables[table].columns]


def _stored(moment: datetime | None) -> str | None:
    return None if moment is None else utc_text(moment)


def _latest(*moments: datetime | None) -> str:
    return utc_text(max(moment for moment in moments if moment is not None))


def _row(kind: str, record: Any) -> tuple[str, Row]:
    """The store's row for a checked record, and the latest of its times (as stored)."""
    if kind == "mood_entries":
        entry: MoodEntry = record
        row: Row = {
            "id": str(entry.id),
            "at": utc_text(entry.at),
            "stress": entry.stress,
            "category": entry.category,
            "note": entry.note,
            "created_at": utc_text(entry.created_at),
            "updated_at": utc_text(entry.updated_at),
        }
        return _latest(entry.at, entry.created_at, entry.updated_at), row
    if kind == "thought_records":
        thought: ThoughtRecord = record
        row = thought_values(thought)
        for name in ("created_at", "updated_at"):
            row[name] = utc_text(row[name])
        return _latest(thought.created_at, thought.updated_at), row
    if kind == "exercises":
        use: ExerciseUse = record
        row = exercise_values(use)
        row["started_at"], row["finished_at"] = _stored(use.started_at), _stored(use.finished_at)
        return _latest(use.started_at, use.finished_at), row
    if kind == "breaks":
        item: StoredBreak = record
        done = item.record
        row = {
            "id": str(item.id),
            "kind": done.kind,
            "due": utc_text(done.due),
            "shown": _stored(done.shown),
            "outcome": done.outcome,
            "postponed": done.postponed,
            "seconds": done.seconds,
            "created_at": utc_text(item.created_at),
        }
        return _latest(done.due, done.shown, item.created_at), row
    if kind == "check_ins":
        check_in: CheckIn = record
        at = utc_text(check_in.at)
        # An export does not carry when a check-in was written: it was written when answered.
        row = {
            "id": str(check_in.id),
            "at": at,
            "instrument": "who5",
            "answers": _answers(check_in),
            "raw": check_in.score.raw,
            "created_at": at,
        }
        return at, row
    if kind == "goals":
        goal: StoredGoal = record
        row = {
            "code": goal.code,
            "target": goal.target,
            "since": utc_text(goal.since),
            "updated_at": utc_text(goal.updated_at),
            "label": goal.label,
        }
        return _latest(goal.since, goal.updated_at), row
    if kind == "goal_ticks":
        tick: GoalTick = record
        return utc_text(tick.at), {"id": str(tick.id), "code": tick.code, "at": utc_text(tick.at)}
    mark: DifficultMark = record
    return utc_text(mark.since), {"category": mark.category, "since": utc_text(mark.since)}


def _answers(check_in: CheckIn) -> str:
    return json.dumps(list(check_in.answers))


class Scratch:
    """The scratch file of one import in `folder`: `add` each checked record, `finish`, then
    `merge` it into the store. Used as a context manager, which deletes the file at the end.
    `now` tells which scratch files are old enough to be what a killed import left."""

    def __init__(self, folder: Path, now: datetime) -> None:
        _remove_stale(folder, now)
        descriptor, name = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=folder)
        os.close(descriptor)
        self.path = Path(name)
        self._pending: dict[str, list[Row]] = {kind: [] for kind in (*TABLES, EMOTIONS_TABLE)}
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = sqlite3.connect(name, isolation_level=None)
            self._connection.execute("PRAGMA journal_mode = OFF")  # a throwaway: no journal
            self._connection.execute("PRAGMA synchronous = OFF")
            for table, key in TABLES.values():
                columns = ", ".join(_columns(table))
                self._connection.execute(
                    f"CREATE TABLE {table} (n INTEGER NOT NULL, latest TEXT NOT NULL, "
                    f"{columns}, PRIMARY KEY ({key}))"
                )
            self._connection.execute(
                f"CREATE TABLE {EMOTIONS_TABLE} ({', '.join(_columns(EMOTIONS_TABLE))})"
            )
            self._connection.execute("BEGIN")
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def add(self, kind: str, n: int, record: Any) -> None:
        """Keep record number `n` of `kind` (checked); InvalidImport when another record of
        the file has its id (or code)."""
        latest, row = _row(kind, record)
        row["n"], row["latest"] = n, latest
        self._pending[kind].append(row)
        if kind == "mood_entries":
            entry: MoodEntry = record
            self._pending[EMOTIONS_TABLE] += [
                {"entry_id": row["id"], "emotion": code, "position": position}
                for position, code in enumerate(entry.emotions)
            ]
        if len(self._pending[kind]) >= BATCH:
            self.flush(kind)

    def flush(self, kind: str) -> None:
        """Write what is pending of `kind`, finding a second record with the same id."""
        rows = self._pending[kind]
        if rows:
            table, _key = TABLES[kind]
            names = ["n", "latest", *_columns(table)]
            statement = (
                f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + name for name in names)})"
            )
            cursor = self.connection.executemany(statement, rows)
            if cursor.rowcount != len(rows):
                self._twice(kind, rows)
            self._pending[kind] = []
        if kind == "mood_entries" and self._pending[EMOTIONS_TABLE]:
            names = _columns(EMOTIONS_TABLE)
            self.connection.executemany(
                f"INSERT INTO {EMOTIONS_TABLE} ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + name for name in names)})",
                self._pending[EMOTIONS_TABLE],
            )
            self._pending[EMOTIONS_TABLE] = []

    def _twice(self, kind: str, rows: list[Row]) -> None:
        table, key = TABLES[kind]
        for row in rows:
            (first,) = self.connection.execute(
                f"SELECT n FROM {table} WHERE {key} = ?", (row[key],)
            ).fetchone()
            if first != row["n"]:
                raise InvalidImport(
                    f"{kind}[{row['n']}].{key}: {row[key]} appears twice (also {kind}[{first}])"
                )

    @property
    def connection(self) -> sqlite3.Connection:
        assert self._connection is not None, "the scratch file is finished"
        return self._connection

    def finish(self) -> None:
        """Everything added is in the file, which is closed (ready for `merge`)."""
        for kind in TABLES:
            self.flush(kind)
        self.connection.execute("COMMIT")
        self.connection.close()
        self._connection = None

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def _remove_stale(folder: Path, now: datetime) -> None:
    """Scratch files an import killed long ago left behind (they hold notes)."""
    limit = now.timestamp() - STALE_SECONDS
    for path in folder.glob(".import-*.tmp"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


@dataclass(slots=True)
class Merged:
    """What `merge` did: records added and already there, per kind; how many of those added
    are dated after now here, and the latest of their times."""

    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    future: int = 0
    latest: datetime | None = None


_LINKS = (
    # kind, table, column, what it points at: kind, table
    ("thought_records", "thought_record", "mood_entry_id", "mood entry", "mood_entry"),
    ("exercises", "exercise_use", "thought_record_id", "thought record", "thought_record"),
)


def _check_links(connection: sqlite3.Connection) -> None:
    """Thought records may point at a mood entry, exercises at a thought record: each must be
    in the file or already in the store."""
    for kind, table, column, name, target in _LINKS:
        found = connection.execute(
            f"SELECT s.n, s.{column} FROM incoming.{table} AS s WHERE s.{column} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM incoming.{target} AS t WHERE t.id = s.{column}) "
            f"AND NOT EXISTS (SELECT 1 FROM main.{target} AS t WHERE t.id = s.{column}) "
            "ORDER BY s.n LIMIT 1"
        ).fetchall()
        if found:
            n, ident = found[0]
            raise InvalidImport(
                f"{kind}[{n}].{column}: no {name} {ident} in the file or in the store"
            )


def merge(
    connection: sqlite3.Connection,
    scratch: Path,
    now: datetime,
    tell: Callable[[str, int], None],
) -> Merged:
    """Add the scratch file's records that the store does not hold, in one transaction on
    `connection` (the store's): a record whose id (or code) is there already is left as it
    is. Raises InvalidImport for a link to nothing, or the database's error: nothing changed.
    `tell("saving", n)` says how many records are added, before they are."""
    merged = Merged()
    now_text = utc_text(now)
    connection.execute("ATTACH DATABASE ? AS incoming", (str(scratch),))
    try:
        with writing(connection):
            _check_links(connection)
            for kind in RECORD_KINDS:
                table, key = TABLES[kind]
                new = (
                    f"FROM incoming.{table} AS s WHERE NOT EXISTS "
                    f"(SELECT 1 FROM main.{table} AS m WHERE m.{key} = s.{key})"
                )
                [(total,)] = connection.execute(f"SELECT count(*) FROM incoming.{table}").fetchall()
                [(added, future, latest)] = connection.execute(
                    "SELECT count(*), coalesce(sum(s.latest > ?1), 0), "
                    f"max(CASE WHEN s.latest > ?1 THEN s.latest END) {new}",
                    (now_text,),
                ).fetchall()
                merged.added[kind], merged.skipped[kind] = added, total - added
                merged.future += future
                if latest is not None:
                    moment = from_utc_text(latest)
                    merged.latest = moment if merged.latest is None else max(merged.latest, moment)
            tell("saving", sum(merged.added.values()))
            # Links are checked at the commit, so a table may go in before the one it names.
            connection.execute("PRAGMA defer_foreign_keys = ON")
            emotions = ", ".join(_columns(EMOTIONS_TABLE))
            connection.execute(
                f"INSERT INTO main.{EMOTIONS_TABLE} ({emotions}) SELECT {emotions} "
                f"FROM incoming.{EMOTIONS_TABLE} AS s WHERE NOT EXISTS "
                "(SELECT 1 FROM main.mood_entry AS m WHERE m.id = s.entry_id)"
            )
            for kind in RECORD_KINDS:
                table, key = TABLES[kind]
                columns = ", ".join(_columns(table))
                connection.execute(
                    f"INSERT INTO main.{table} ({columns}) SELECT {columns} "
                    f"FROM incoming.{table} AS s WHERE NOT EXISTS "
                    f"(SELECT 1 FROM main.{table} AS m WHERE m.{key} = s.{key}) ORDER BY s.n"
                )
    finally:
        connection.execute("DETACH DATABASE incoming")
    log.info("imported %d records", sum(merged.added.values()))
    return merged
