"""The SQLAlchemy engine: every connection in WAL mode, with foreign keys and a busy timeout.

Write transactions start with `BEGIN IMMEDIATE`, so two processes writing at once queue on the
busy timeout instead of failing when a read lock cannot be upgraded. A statement that fails is
described without its values (`hide_parameters`): the error of an UPDATE holding a note says
which statement failed, never what the note said, wherever it is logged or shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from companion.storage.connection import BUSY_TIMEOUT_MS, configure

WRITE = {"companion_write": True}


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own would be DEFERRED and late).
    configure(dbapi_connection)


def _on_begin(connection: Connection) -> None:
    if connection.get_execution_options().get("companion_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(database: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{database}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,  # a failed statement's text never carries a note into the log
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def sqlite_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """A pooled connection's own sqlite3 connection, for the queries kept in plain SQL
    (`storage.summary_queries`, shared with the shift journal)."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        yield raw
