"""One's data while the app runs: the shift journal, the full store, export and erase.

The journal (plain sqlite3) opens at start; the full store (SQLAlchemy, about 37 MB) only
when a window first needs it. Errors are raised to the caller, which says them: StoreError
or DataDirError from opening, OSError from an export.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.clock import Clock
from companion.paths import AppPaths

if TYPE_CHECKING:
    from companion.storage.erase import EraseReport
    from companion.storage.journal import Journal
    from companion.storage.opening import OpenReport
    from companion.storage.store import Store

log = logging.getLogger(__name__)


class AppData:
    def __init__(self, paths: AppPaths, clock: Clock) -> None:
        self.paths = paths
        self.clock = clock
        self.journal: Journal | None = None  # the shift's writes; open once start-up is done
        self._store: Store | None = None  # the full store, opened when first needed

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
        if self._store is not None:
            self._store.close()
            self._store = None
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    def export_to(self, path: Path, settings: dict[str, Any]) -> None:
        """Everything, with `settings` (what the settings file sets), as one JSON file.
        Raises OSError."""
        from companion.storage.transfer import export_document, write_json

        store = self.store
        if store is None:
            raise OSError("the store is not open")
        write_json(export_document(store, settings, self.clock.now()), path)
        log.info("all data exported")

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
