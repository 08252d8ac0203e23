"""Consistent copies of the store (SQLite's online backup), kept in `backups/`."""

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
    source_connection = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=30)
    target_connection = sqlite3.connect(target)
    try:
        source_connection.backup(target_connection)
    finally:
        target_connection.close()
        source_connection.close()
    prune_backups(backups_dir)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"{PREFIX}*.db"), reverse=True)


def prune_backups(backups_dir: Path, keep: int = KEEP) -> None:
    for old in list_backups(backups_dir)[keep:]:
        old.unlink(missing_ok=True)
