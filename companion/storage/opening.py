"""Getting the database file ready to open, without losing anything (stdlib sqlite3 only).

A damaged or foreign file is moved aside with a timestamp (never deleted, never replaced by an
older backup), a store from a newer Companion is left untouched, and a copy is taken before any
migration (one copy per store to update: an update that did not finish leaves the store as it
was, and its copy stands for the next attempt's). Rows an older store holds that this version
cannot use are set aside into a file beside that copy, and the update goes on. Whatever still
stops it is one line (StoreError), never a traceback, and changes nothing. Both ways of opening
the file, the full store (`storage.store`, SQLAlchemy) and the shift journal (`storage.journal`),
start here.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from companion.domain.clock import Clock, local_now
from companion.files import create_private_file, disk_full
from companion.paths import AppPaths, ensure_private_dir
from companion.storage.backups import backup_database, list_backups, same_content
from companion.storage.health import FileState, inspect_database

log = logging.getLogger(__name__)

SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = 10, 13, 14


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
    set_aside: Path | None = None  # the rows an update could not use, kept in this file
    set_aside_rows: int = 0
    set_aside_summary: str = ""  # which tables and why, without any of their values


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
    created = inspection.state is FileState.MISSING
    try:
        create_private_file(database)
    except OSError as error:
        raise StoreError(
            f"Companion cannot write its database {database}: {error.strerror}"
        ) from None
    if inspection.state is FileState.OUTDATED:
        assert inspection.revision is not None
        report.migrated_from = inspection.revision
        report.backup_before_migration = _backup_before_update(
            database, paths, inspection.revision, clock
        )
    if inspection.state is not FileState.CURRENT:
        _update(database, inspection.revision, report, created)
    return report


def _why(error: BaseException, database: Path) -> str:
    """What went wrong, in words that hold none of the store's values: a full disk said as
    such, else SQLite's or the system's own message."""
    from companion.storage.migrate import MigrationError

    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    if isinstance(cause, MigrationError):
        return str(cause)
    code = getattr(cause, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL or (isinstance(cause, OSError) and cause.errno == errno.ENOSPC):
        return "the disk is full"
    # SQLite says "disk I/O error" or "unable to open" when it cannot grow a file
    if (primary in (SQLITE_IOERR, SQLITE_CANTOPEN) or isinstance(cause, OSError)) and disk_full(
        database.parent, 1024 * 1024
    ):
        return "the disk is full"
    if isinstance(cause, sqlite3.Error):
        return str(cause) or type(cause).__name__
    if isinstance(cause, OSError):
        return cause.strerror or type(cause).__name__
    return f"an unexpected {type(cause).__name__}"


def _backup_before_update(
    database: Path, paths: AppPaths, revision: str, clock: Clock | None
) -> Path:
    """A copy of the store before it is updated. An update that did not finish left the store
    as it was, and its copy stands for the next attempt's: one copy per store to update, not
    one more at each start."""
    reason = f"before-{revision}-upgrade"
    for earlier in list_backups(paths.backups_dir):  # the newest first
        if earlier.name.endswith(f"-{reason}.db"):
            if same_content(database, earlier):
                log.info("the copy %s still stands for the store before its update", earlier.name)
                return earlier
            break
    try:
        backup = backup_database(database, paths.backups_dir, reason, clock)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(
            f"Companion could not back up its database {database} before updating it "
            f"({_why(error, database)}); nothing was changed."
        ) from None
    log.info("backed up store to %s before migrating", backup)
    return backup


def _update(database: Path, revision: str | None, report: OpenReport, created: bool) -> None:
    """Create or update the schema; rows an older store holds that this version cannot use
    are set aside into a file beside the backup. Any failure is one StoreError line, and
    nothing is changed (a file this call created is removed again)."""
    from companion.process.uncaught import describe
    from companion.storage.engine import make_engine
    from companion.storage.migrate import upgrade_to_head
    from companion.storage.repair import SetAside, summary, write_set_aside

    backup = report.backup_before_migration
    aside = None if backup is None else backup.with_name(f"{backup.stem}-set-aside.json")

    def keep(rows: list[SetAside]) -> None:
        assert aside is not None
        about: dict[str, object] = {
            "database": str(database),
            "backup": str(backup),
            "updated_from": revision,
        }
        write_set_aside(aside, rows, about)

    engine = make_engine(database)
    try:
        rows = upgrade_to_head(engine, keep if aside is not None else None)
    except Exception as error:  # whatever it is, one line: never a traceback
        log.error("updating the store from %s failed: %s", revision or "empty", describe(error))
        why = _why(error, database)
        engine.dispose()
        if backup is None:
            if created:
                _remove_new_store(database)
            raise StoreError(
                f"Companion cannot create its database {database} ({why}); nothing was written."
            ) from None
        raise StoreError(
            f"Companion could not update its database {database} to this version ({why}). "
            f"It was not changed; the copy taken before the update is {backup}."
        ) from None
    engine.dispose()
    log.info("store migrated from %s", revision or "empty")
    if rows:
        report.set_aside, report.set_aside_rows = aside, len(rows)
        report.set_aside_summary = summary(rows)
        log.warning(
            "the update set aside %d row(s) it could not use, kept in %s: %s",
            len(rows),
            aside,
            report.set_aside_summary,
        )


def _remove_new_store(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
