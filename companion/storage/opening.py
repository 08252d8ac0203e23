"""Getting the database file ready to open, without losing anything (stdlib sqlite3 only).

A damaged or foreign file is moved aside with a timestamp (never deleted, never replaced by an
older backup), a store from a newer Companion is left untouched, and a copy is taken before any
migration. Both ways of opening the file, the full store (`storage.store`, SQLAlchemy) and the
shift journal (`storage.journal`), start here.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from companion.domain.clock import Clock, local_now
from companion.files import create_private_file, disk_full
from companion.paths import AppPaths, ensure_private_dir
from companion.storage.backups import backup_database, list_backups
from companion.storage.health import FileState, inspect_database

log = logging.getLogger(__name__)


class StoreError(RuntimeError):
    """The store cannot be opened; `str()` is a message for the user."""


@dataclass(slots=True)
class OpenReport:
    """What happened while opening, for the user to be told."""

    moved_aside: Path | None = None
    problem: str = ""  # why the file was moved aside
    backups: list[Path] = field(default_factory=list)
    migrated_from: str | None = None
    backup_before_migration: Path | None = None


def _set_aside(database: Path, label: str, clock: Clock | None) -> Path:
    stamp = local_now(clock).strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.{label}-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = database.with_name(f"{database.name}.{label}-{stamp}-{counter}")
    database.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion_file = database.with_name(database.name + suffix)
        if companion_file.exists():
            companion_file.replace(aside.with_name(aside.name + suffix))
    return aside


def _disk_full(database: Path) -> bool:
    """Reading a WAL store needs room for its -shm index: on a full disk it cannot be opened."""
    return disk_full(database.parent, 256 * 1024)


def _refuse_a_read_only_file(database: Path) -> None:
    """A store its owner cannot write is named before SQLite opens it: SQLite would create the
    `-shm` index with the file's own mode (0400), so that writes went on failing after a
    `chmod 600`. An index left so by an earlier run is made writable again (it is ours)."""
    if not database.is_file():
        return
    # the mode bits, not os.access(): root may write anything, but the owner said read-only
    if not database.stat().st_mode & stat.S_IWUSR:
        raise StoreError(
            f"Companion cannot write its database {database}: it is read-only. Nothing was "
            f"changed; make it writable for you (chmod 600) and start Companion again."
        )
    index = database.with_name(database.name + "-shm")
    if os.name == "posix" and index.is_file() and not index.stat().st_mode & stat.S_IWUSR:
        try:
            index.chmod(0o600)
        except OSError as error:
            raise StoreError(
                f"Companion cannot write {index}: {error.strerror}. Nothing was changed."
            ) from None


def prepare_database(paths: AppPaths, clock: Clock | None = None) -> OpenReport:
    """Make the database under `paths` ready to open: a damaged or foreign file moved aside, a
    new file created private, an old one backed up and migrated. SQLAlchemy and Alembic are
    loaded only when a migration is due (a new store, or an update of Companion)."""
    ensure_private_dir(paths.data_dir)
    database = paths.database
    report = OpenReport()
    _refuse_a_read_only_file(database)
    inspection = inspect_database(database)
    if inspection.state is FileState.BUSY:
        raise StoreError(
            f"The database {database} is in use by another program and stayed locked; "
            "nothing was changed. Close that program (or wait a moment) and try again."
        )
    if inspection.state is FileState.UNREADABLE:
        why = "the disk is full" if _disk_full(database) else inspection.detail
        raise StoreError(
            f"Companion cannot read its database {database} ({why}); nothing was changed."
        )
    if inspection.state in (FileState.CORRUPT, FileState.FOREIGN):
        label = "corrupt" if inspection.state is FileState.CORRUPT else "foreign"
        try:
            report.moved_aside = _set_aside(database, label, clock)
        except OSError as error:
            raise StoreError(
                f"The database {database} is damaged or not Companion's ({inspection.detail}) "
                f"and could not be moved aside: {error.strerror}"
            ) from None
        report.problem = (
            f"{database} is damaged ({inspection.detail})"
            if inspection.state is FileState.CORRUPT
            else f"{database} is not a Companion database ({inspection.detail})"
        )
        report.backups = list_backups(paths.backups_dir)
        log.warning("database %s moved aside to %s", inspection.state.value, report.moved_aside)
        inspection = inspect_database(database)
    if inspection.state is FileState.NEWER:
        raise StoreError(
            f"The database {database} was written by a newer version of Companion "
            f"(schema {inspection.revision}). Please update Companion; the file was not changed."
        )
    try:
        create_private_file(database)
    except OSError as error:
        raise StoreError(
            f"Companion cannot write its database {database}: {error.strerror}"
        ) from None
    if inspection.state is FileState.OUTDATED:
        report.migrated_from = inspection.revision
        report.backup_before_migration = backup_database(
            database, paths.backups_dir, f"before-{inspection.revision}-upgrade", clock
        )
        log.info("backed up store to %s before migrating", report.backup_before_migration)
    if inspection.state is not FileState.CURRENT:
        from companion.storage.engine import make_engine
        from companion.storage.migrate import upgrade_to_head

        engine = make_engine(database)
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
        log.info("store migrated from %s", inspection.revision or "empty")
    return report
