"""One SQLite connection set up the way every part of the store expects (stdlib sqlite3 only).

The SQLAlchemy engine (`storage.engine`) and the shift journal (`storage.journal`) both open
their connections through `configure`, so WAL, foreign keys and the busy timeout are the same
whichever of them writes. Times are kept as naive UTC text, exactly as SQLAlchemy's SQLite
`DateTime` writes it (`2026-11-23 06:30:00.000000`), so that either side reads what the other
wrote.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BUSY_TIMEOUT_MS = 30_000
UTC_TEXT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def configure(connection: sqlite3.Connection) -> None:
    """Autocommit at the driver (transactions are begun explicitly), WAL, foreign keys, and a
    busy timeout so that writers from several processes queue instead of failing."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def connect(database: Path) -> sqlite3.Connection:
    """A configured connection to an existing database file (never creates one)."""
    connection = sqlite3.connect(
        f"{database.as_uri()}?mode=rw",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    configure(connection)
    return connection


def utc_text(moment: datetime) -> str:
    """An aware moment as the store keeps it (naive UTC text, UTC_TEXT_FORMAT); a naive one is
    refused. (`isoformat` writes the same text as `strftime(UTC_TEXT_FORMAT)`, several times
    faster: an import writes hundreds of thousands.)"""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime given to the store; times must carry a zone")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def from_utc_text(text: str) -> datetime:
    """A stored time back as an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def optional_utc_text(moment: datetime | None) -> str | None:
    return None if moment is None else utc_text(moment)


def optional_from_utc_text(text: str | None) -> datetime | None:
    return None if text is None else from_utc_text(text)


@contextmanager
def reading(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads from one snapshot of the file (a deferred transaction, then released)."""
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        connection.execute("COMMIT")


@contextmanager
def writing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (`BEGIN IMMEDIATE`: writers queue on the busy
    timeout instead of failing on a lock upgrade); committed, or rolled back on any error."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
