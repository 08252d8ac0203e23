"""One's data while the app runs: the shift journal, the full store, export, import and erase.

The journal (plain sqlite3) opens at start; the full store (SQLAlchemy, about 37 MB) only
when a window first needs it. Errors are raised to the caller, which says them: StoreError
or DataDirError from opening, OSError from an export, InvalidImport or ImportRefused from an
import. An export or an import of years of records takes seconds: `start_job` runs it on a
thread of its own (one at a time), and `close` waits for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from companion.domain.clock import Clock
from companion.paths import AppPaths

if TYPE_CHECKING:
    from companion.storage.erase import EraseReport
    from companion.storage.journal import Journal
    from companion.storage.opening import OpenReport
    from companion.storage.store import Store
    from companion.storage.transfer import ImportReport

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[str, int], None]  # a step as it begins ("checking", "saving", …), a count


class ImportRefused(Exception):
    """The store refused the import's records (a full disk, a locked file): it was rolled back,
    nothing changed. `str()` says why, never what was being written."""


class JobRunning(RuntimeError):
    """Another export or import is still running."""


class AppData:
    def __init__(self, paths: AppPaths, clock: Clock) -> None:
        self.paths = paths
        self.clock = clock
        self.journal: Journal | None = None  # the shift's writes; open once start-up is done
        self._store: Store | None = None  # the full store, opened when first needed
        self._job: threading.Thread | None = None  # an export or import running

    @property
    def store(self) -> Store | None:
        """The full store, opened the first time a window needs it: the mood log, trends,
        thought records, my plan, export. None until the journal is open."""
        if self._store is None and self.journal is not None:
            from companion.storage.engine import make_engine
            from companion.storage.store import Store

            self._store = Store(make_engine(self.paths.database), self.clock)
            log.info("full store open")
        return self._store

    def open(self) -> OpenReport:
        """Make the database ready (moving a damaged one aside, migrating an old one) and open
        the shift journal on it. Raises StoreError or DataDirError."""
        import sqlite3

        from companion.storage.journal import Journal
        from companion.storage.opening import StoreError, prepare_database

        report = prepare_database(self.paths, self.clock)
        try:
            self.journal = Journal.open(self.paths.database, self.clock)
        except sqlite3.Error as error:
            raise StoreError(
                f"Companion cannot open its database {self.paths.database}: {error}"
            ) from None
        return report

    def close(self) -> None:
        self.wait_for_job()  # an import is one transaction: it ends, then the store closes
        if self._store is not None:
            self._store.close()
            self._store = None
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    # -- long work, off the window's thread ------------------------------------------------

    @property
    def busy(self) -> bool:
        """An export or an import is running."""
        return self._job is not None and self._job.is_alive()

    def start_job(
        self, work: Callable[[], T], done: Callable[[T | None, Exception | None], None]
    ) -> None:
        """Run `work` on a thread of its own; then `done(result, None)`, or `done(None, error)`
        when it raised. `done` is called on that thread: a window passes it on to its own
        (a queued signal). Raises JobRunning while another runs."""
        if self.busy:
            raise JobRunning("an export or import is still running")

        def run() -> None:
            try:
                result = work()
            except Exception as error:  # said by `done`; nothing may escape the thread
                log.info("data job failed: %s", type(error).__name__)
                done(None, error)
                return
            done(result, None)

        self._job = threading.Thread(target=run, name="companion-data-job", daemon=True)
        self._job.start()

    def wait_for_job(self) -> None:
        job = self._job
        if job is not None and job.is_alive():
            log.info("waiting for an export or import to finish")
            job.join()
        self._job = None

    # -- export and import ----------------------------------------------------------------

    def _open_store(self) -> Store:
        store = self._store  # opened by the window's thread (`store`) before the job starts
        if store is None:
            raise OSError("the store is not open")
        return store

    def export_to(
        self, path: Path, settings: dict[str, Any], progress: Progress | None = None
    ) -> None:
        """Everything, with `settings` (what the settings file sets), as one JSON file, written
        a record at a time. Raises OSError."""
        from companion.storage.transfer import write_json

        store = self._open_store()
        if progress is not None:
            progress("writing", 0)
        write_json(store, settings, self.clock.now(), path)
        log.info("all data exported")

    def export_csv_to(self, folder: Path, progress: Progress | None = None) -> list[Path]:
        """Every record as CSV files in `folder` (made if needed), the files `companion export
        --format csv` writes; returns them. Raises OSError."""
        from companion.storage.transfer import write_csv

        store = self._open_store()
        if progress is not None:
            progress("writing", 0)
        written = write_csv(store, folder)  # CSV holds no settings
        log.info("all data exported as CSV")
        return written

    def import_from(
        self, path: Path, settings_file: Path, progress: Progress | None = None
    ) -> ImportReport:
        """Add what an export this app wrote holds and the store does not, as `companion
        import` does: the whole file is checked first, the records go in one transaction, a
        record already here is skipped, a setting set here is kept. Raises InvalidImport (the
        file) or ImportRefused (the store): either way nothing changed."""
        from companion.storage.transfer import InvalidImport, database_reason, import_file

        store = self._open_store()
        if progress is not None:
            progress("reading", 0)
        try:
            return import_file(store, settings_file, path, self.clock.now(), progress)
        except InvalidImport:
            raise
        except Exception as error:  # the database refused the write: it was rolled back
            raise ImportRefused(database_reason(error)) from None

    def erase(self) -> EraseReport:
        """Erase the store, its backups, the files kept aside and the logs (as `companion
        erase` does), then open a new, empty store. Raises StoreError or DataDirError when the
        new one cannot be opened; the report says what could not be removed."""
        from companion.logs import setup_logging, stop_logging
        from companion.storage.erase import erase_all

        log.info("erasing all data, as asked in the settings")
        self.close()
        logging_was_on = stop_logging()  # the log file is erased too
        report = erase_all(self.paths)
        if logging_was_on:
            setup_logging(self.paths.log_file)
        log.info("all data erased: %d files removed", len(report.removed))
        self.open()
        return report
