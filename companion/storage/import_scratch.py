"""Where an import keeps the records it has checked until they all go into the store at once.

An export may hold years of records: more than should be held in memory. So each record, once
checked, is written to a scratch SQLite file beside the store (owner-only folder; a hidden
`.import-*.tmp` that `erase` removes should a kill leave one behind, deleted when the import
ends), a thousand at a time; two records with the same id are found there at the end. Then,
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
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
MERGE_CACHE_KIB = 8 * 1024  # SQLite's page cache while the records go in (its default: 2 MiB)
Row = dict[str, Any]


def _columns(table: str) -> list[str]:
    return [column.name for column in Base.metadata.tables[table].columns]


def _text(moment: datetime) -> str:
    """A time as the store keeps it (connection.utc_text), quickly for one already in UTC (as
    every checked time is): an import writes hundreds of thousands."""
    if moment.tzinfo is UTC:
        return moment.isoformat(" ", "microseconds")[:26]
    return utc_text(moment)


def _stored(moment: datetime | None) -> str | None:
    return None if moment is None else _text(moment)


def _row(kind: str, record: Any) -> tuple[str, Row]:
    """The store's row for a checked record, and the latest of its times (as stored: the text
    sorts as the times do)."""
    if kind == "mood_entries":
        entry: MoodEntry = record
        row: Row = {
            "id": str(entry.id),
            "at": _text(entry.at),
            "stress": entry.stress,
            "category": entry.category,
            "note": entry.note,
            "created_at": _text(entry.created_at),
            "updated_at": _text(entry.updated_at),
        }
        return max(row["at"], row["created_at"], row["updated_at"]), row
    if kind == "thought_records":
        thought: ThoughtRecord = record
        row = thought_values(thought)
        row["created_at"], row["updated_at"] = _text(thought.created_at), _text(thought.updated_at)
        return max(row["created_at"], row["updated_at"]), row
    if kind == "exercises":
        use: ExerciseUse = record
        row = exercise_values(use)
        row["started_at"], row["finished_at"] = _text(use.started_at), _stored(use.finished_at)
        return max(row["started_at"], row["finished_at"] or ""), row
    if kind == "breaks":
        item: StoredBreak = record
        done = item.record
        row = {
            "id": str(item.id),
            "kind": done.kind,
            "due": _text(done.due),
            "shown": _stored(done.shown),
            "outcome": done.outcome,
            "postponed": done.postponed,
            "seconds": done.seconds,
            "created_at": _text(item.created_at),
        }
        return max(row["due"], row["shown"] or "", row["created_at"]), row
    if kind == "check_ins":
        check_in: CheckIn = record
        at = _text(check_in.at)
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
            "since": _text(goal.since),
            "updated_at": _text(goal.updated_at),
            "label": goal.label,
        }
        return max(row["since"], row["updated_at"]), row
    if kind == "goal_ticks":
        tick: GoalTick = record
        at = _text(tick.at)
        return at, {"id": str(tick.id), "code": tick.code, "at": at}
    mark: DifficultMark = record
    since = _text(mark.since)
    return since, {"category": mark.category, "since": since}


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
            for table, _key in TABLES.values():
                columns = ", ".join(_columns(table))
                self._connection.execute(
                    f"CREATE TABLE {table} (n INTEGER NOT NULL, latest TEXT NOT NULL, {columns})"
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
        emotions = record.emotions if kind == "mood_entries" else ()
        self.add_row(kind, n, latest, row, emotions)

    def add_row(
        self, kind: str, n: int, latest: str, row: Row, emotions: Sequence[str] = ()
    ) -> None:
        """Keep record number `n` of `kind` as its row (checked), with the latest of its times
        and, for a mood entry, its emotions in their order."""
        row["n"], row["latest"] = n, latest
        self._pending[kind].append(row)
        if emotions:
            self._pending[EMOTIONS_TABLE] += [
                {"entry_id": row["id"], "emotion": code, "position": position}
                for position, code in enumerate(emotions)
            ]
        if len(self._pending[kind]) >= BATCH:
            self.flush(kind)

    def flush(self, kind: str) -> None:
        """Write what is pending of `kind`."""
        rows = self._pending[kind]
        if rows:
            table, _key = TABLES[kind]
            names = ["n", "latest", *_columns(table)]
            self.connection.executemany(
                f"INSERT INTO {table} ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + name for name in names)})",
                rows,
            )
            self._pending[kind] = []
        if kind == "mood_entries" and self._pending[EMOTIONS_TABLE]:
            names = _columns(EMOTIONS_TABLE)
            self.connection.executemany(
                f"INSERT INTO {EMOTIONS_TABLE} ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + name for name in names)})",
                self._pending[EMOTIONS_TABLE],
            )
            self._pending[EMOTIONS_TABLE] = []

    def _index(self, kind: str) -> None:
        """Index the records of `kind` by id (or code), which finds two records with the same
        one: InvalidImport names the first record that repeats one, and the one before it.
        (One index made at the end costs a fraction of keeping it while the rows come.)"""
        table, key = TABLES[kind]
        try:
            self.connection.execute(f"CREATE UNIQUE INDEX {table}_{key} ON {table} ({key})")
        except sqlite3.IntegrityError:
            [(n, ident, first)] = self.connection.execute(
                f"SELECT n, {key}, first FROM (SELECT n, {key}, "
                f"min(n) OVER (PARTITION BY {key}) AS first FROM {table}) "
                "WHERE n != first ORDER BY n LIMIT 1"
            ).fetchall()
            raise InvalidImport(
                f"{kind}[{n}].{key}: {ident} appears twice (also {kind}[{first}])"
            ) from None

    @property
    def connection(self) -> sqlite3.Connection:
        assert self._connection is not None, "the scratch file is finished"
        return self._connection

    def finish(self) -> None:
        """Everything added is in the file, which is closed (ready for `merge`); InvalidImport
        when two records of a kind have the same id (or code)."""
        for kind in TABLES:
            self.flush(kind)
        for kind in RECORD_KINDS:
            self._index(kind)
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
    [(cache,)] = connection.execute("PRAGMA cache_size").fetchall()
    # New rows land all over the indexes (ids are random): a larger page cache for this one
    # transaction saves a third of its time, and is handed back after.
    connection.execute(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")
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
                connection.execute(  # in the file's order: the scratch table's own
                    f"INSERT INTO main.{table} ({columns}) SELECT {columns} "
                    f"FROM incoming.{table} AS s WHERE NOT EXISTS "
                    f"(SELECT 1 FROM main.{table} AS m WHERE m.{key} = s.{key})"
                )
    finally:
        connection.execute("DETACH DATABASE incoming")
        connection.execute(f"PRAGMA cache_size = {cache}")
    log.info("imported %d records", sum(merged.added.values()))
    return merged
