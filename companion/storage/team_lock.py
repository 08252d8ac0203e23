"""One team operation at a time on this computer: `companion team sync` and `team withdraw`
hold this lock while they run, so that a withdrawal never lands between a send and its record
(which would leave days on the server under a pseudonym nothing here remembers).

The lock is an exclusive transaction on a tiny SQLite file: SQLite's file locks work the same on
Linux and Windows, wait with a timeout, and are released by the system if the process dies.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WAIT_SECONDS = 60.0  # a sync with its retries takes well under this


class TeamBusy(RuntimeError):
    """Another team operation held the lock for longer than the wait."""


@contextmanager
def team_lock(path: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    connection = sqlite3.connect(path, timeout=wait, isolation_level=None)
    try:
        try:
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            raise TeamBusy(
                "another 'companion team' command is sending or withdrawing; try again in a minute"
            ) from None
        try:
            yield
        finally:
            connection.execute("ROLLBACK")
    finally:
        connection.close()
