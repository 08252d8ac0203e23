"""A cheap look at the database file before opening it for real (stdlib sqlite3 only).

Tells a fresh or current store from one that needs migrating, one made by a newer Companion,
another program's database, a damaged file, and one that cannot be read just now (locked by
another program, unreadable, a folder): only a damaged or foreign file is ever set aside.

The look is read-only (`mode=ro`): SQLite then never checkpoints the write-ahead log into the
file nor deletes the `-wal`, so a damaged file is set aside exactly as it was found.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from companion.storage.schema import APPLICATION_ID, HEAD_TABLES, KNOWN_REVISIONS, SCHEMA_HEAD

SQLITE_HEADER = b"SQLite format 3\x00"


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # an SQLite file (or a zero-length one) with no tables yet
    CURRENT = "current"
    OUTDATED = "outdated"  # Companion's, at an older revision: migrate
    NEWER = "newer"  # Companion's, from a newer version: leave it alone
    FOREIGN = "foreign"  # a healthy SQLite database that is not Companion's
    CORRUPT = "corrupt"
    BUSY = "busy"  # locked by another program: wait, then say so; touch nothing
    UNREADABLE = "unreadable"  # a folder, no permission, an I/O error: say so; touch nothing


# Only these mean the file itself is damaged; every other error is about reaching it.
DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED
BUSY_WAIT_S = 10.0


@dataclass(frozen=True, slots=True)
class Inspection:
    state: FileState
    revision: str | None = None
    detail: str = ""


def _wal_has_data(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def inspect_database(path: Path, busy_wait: float | None = None) -> Inspection:
    try:
        if not path.exists():
            return Inspection(FileState.MISSING)
        if not path.is_file():
            return Inspection(FileState.UNREADABLE, detail="it is a folder, not a file")
        size = path.stat().st_size
        if size == 0 and not _wal_has_data(path):
            return Inspection(FileState.EMPTY)
        if size > 0:
            with path.open("rb") as handle:
                header = handle.read(100)
            if not header.startswith(SQLITE_HEADER):
                return Inspection(FileState.CORRUPT, detail="it is not an SQLite database")
            if len(header) < 100:
                return Inspection(FileState.CORRUPT, detail="it is truncated")
    except OSError as error:
        return Inspection(FileState.UNREADABLE, detail=error.strerror or str(error))
    return _inspect_tables(path, BUSY_WAIT_S if busy_wait is None else busy_wait)


def _from_error(error: sqlite3.DatabaseError) -> Inspection:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in BUSY_CODES:
        return Inspection(FileState.BUSY, detail=str(error))
    if primary in DAMAGE_CODES:
        return Inspection(FileState.CORRUPT, detail=str(error))
    return Inspection(FileState.UNREADABLE, detail=str(error))


def _inspect_tables(path: Path, busy_wait: float) -> Inspection:
    """Look inside, read-only. SQLite may create an empty `-wal` and a `-shm` index for a
    read-only look; when the file turns out damaged or foreign, the ones it made are removed,
    so that what is set aside is exactly what was there."""
    side = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {file for file in side if file.exists()}
    try:
        inspection = _look_inside(path, busy_wait)
    except sqlite3.DatabaseError as error:
        inspection = _from_error(error)
    if inspection.state in (FileState.CORRUPT, FileState.FOREIGN):
        wal = side[0]
        if wal not in existed and wal.exists() and wal.stat().st_size == 0:
            for file in side:
                if file not in existed:
                    file.unlink(missing_ok=True)
    return inspection


def _look_inside(path: Path, busy_wait: float) -> Inspection:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_wait)
    try:
        check = connection.execute("PRAGMA quick_check(1)").fetchone()
        if check is None or check[0] != "ok":
            return Inspection(FileState.CORRUPT, detail=f"integrity check: {check and check[0]}")
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if not tables and application_id == 0:
            return Inspection(FileState.EMPTY)
        if application_id != APPLICATION_ID:
            return Inspection(FileState.FOREIGN, detail=f"tables: {', '.join(sorted(tables))}")
        if "alembic_version" not in tables:
            return Inspection(FileState.CORRUPT, detail="its schema version is missing")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    finally:
        connection.close()
    if not isinstance(revision, str) or not revision:
        return Inspection(FileState.CORRUPT, detail="its schema version is missing")
    if revision == SCHEMA_HEAD:
        missing = sorted(HEAD_TABLES - tables)
        if missing:
            return Inspection(FileState.CORRUPT, detail=f"table {', '.join(missing)} is missing")
        return Inspection(FileState.CURRENT, revision)
    if revision in KNOWN_REVISIONS:
        return Inspection(FileState.OUTDATED, revision)
    return Inspection(FileState.NEWER, revision)
