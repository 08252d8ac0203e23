"""Consistent copies of the store (SQLite's online backup), kept in `backups/`.

A copy is taken whole or not at all: one the disk had no room for is removed, never left
half-written among the others."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from companion.domain.clock import Clock, local_now

KEEP = 10
PREFIX = "companion-"


def backup_database(
    source: Path, backups_dir: Path, reason: str, clock: Clock | None = None
) -> Path:
    """Copy `source` into `backups_dir` (owner-only) and return the copy's path."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = local_now(clock).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{PREFIX}{stamp}-{reason}.db"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)
    try:
        source_connection = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            target_connection = sqlite3.connect(target)
            try:
                source_connection.backup(target_connection)
            finally:
                target_connection.close()
        finally:
            source_connection.close()
    except BaseException:
        for half_written in (target, target.with_name(target.name + "-journal")):
            half_written.unlink(missing_ok=True)
        raise
    prune_backups(backups_dir)
    return target


def same_content(store: Path, copy: Path) -> bool:
    """Whether `copy` holds exactly what `store` holds (schema, every row of every table): a
    copy that can stand for a new one. False when either cannot be read."""
    connection = sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        connection.execute("ATTACH DATABASE ? AS copy", (f"{copy.as_uri()}?mode=ro",))
        schema = "SELECT type, name, tbl_name, sql FROM {}.sqlite_master ORDER BY type, name"
        if (
            connection.execute(schema.format("main")).fetchall()
            != connection.execute(schema.format("copy")).fetchall()
        ):
            return False
        for pragma in ("application_id", "user_version"):
            ours = connection.execute(f"PRAGMA main.{pragma}").fetchone()
            theirs = connection.execute(f"PRAGMA copy.{pragma}").fetchone()
            if ours != theirs:
                return False
        tables = connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for (table,) in tables:
            counts = connection.execute(
                f'SELECT (SELECT count(*) FROM main."{table}"), '
                f'(SELECT count(*) FROM copy."{table}")'
            ).fetchone()
            if counts[0] != counts[1]:
                return False
            differing = connection.execute(
                f'SELECT count(*) FROM (SELECT rowid, * FROM main."{table}" '
                f'EXCEPT SELECT rowid, * FROM copy."{table}")'
            ).fetchone()
            if differing[0]:
                return False
        return True
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"{PREFIX}*.db"), reverse=True)


def prune_backups(backups_dir: Path, keep: int = KEEP) -> None:
    for old in list_backups(backups_dir)[keep:]:
        old.unlink(missing_ok=True)
