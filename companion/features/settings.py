"""The settings window, and what its answers do: the changed settings are written and applied
at once (each feature follows `settings_changed`; the theme is followed here, for every window);
all data is exported (a JSON file, or CSV files), an export is imported, or everything is
erased; sharing daily summaries with the team is turned on or off at once (`sharing_changed`).

An export or an import runs on a thread of its own (`AppData.start_job`): years of records take
seconds, and the window keeps answering meanwhile, saying each step in the "Your data" tab. The
result comes back to the window's thread through a queued signal and is said in a notice.

While the window is open the global shortcuts are let go of, so that their keys reach the
shortcut fields (`events.shortcuts_held_back`). It always shows the settings in force: a change
made elsewhere while it is open (`companion config set`, the file edited by hand) shows in it
at once, and Save writes only what the person changed in it, never a value it showed earlier.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from companion.paths import DataDirError
from companion.settings import load_settings
from companion.ui.style import apply_theme
from companion.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.clock import Clock
    from companion.features import Services
    from companion.services.data_service import Progress
    from companion.storage.transfer import ImportReport
    from companion.team.sharing_service import TeamSharing
    from companion.ui.settings import DetectionStatus, SettingsDialog

log = logging.getLogger(__name__)

JobDone = Callable[[Any, Exception | None], None]


class SettingsWindow(QObject):
    about_to_erase = Signal()  # close, without saving, what holds a record being written
    failed = Signal(str)  # the data could not be opened again: the app cannot go on
    sharing_changed = Signal()  # sharing with the team was turned on or off
    # An export's or import's thread, back on the window's thread (queued):
    _job_step = Signal(str, str, int)  # export or import, the step it begins, a count
    _job_done = Signal(object, object, object)  # what to call, the result, the error

    def __init__(
        self,
        services: Services,
        detection: Callable[[], DetectionStatus],
        sharing: TeamSharing | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        self._detection = detection  # what the probes find, asked each time it opens
        self._sharing = sharing  # None: the "Your team" tab shows that nothing can be shared
        self._dialog = WindowSlot(services.speech, self._make_dialog)
        services.events.settings_changed.connect(self._follow)
        self._job_step.connect(self._show_step)
        self._job_done.connect(self._finish_job)
        services.events.settings_changed.connect(lambda _values: self.use_theme())
        self.use_theme()  # the one kept in the settings, from the start

    def use_theme(self) -> None:
        """Give every window the theme and contrast in force (`appearance.theme`,
        `appearance.contrast`), at once."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings = self._services.settings
            theme = str(settings.get("appearance.theme"))
            apply_theme(app, theme, str(settings.get("appearance.contrast")))

    @property
    def dialog(self) -> SettingsDialog | None:
        return self._dialog.window

    def _make_dialog(self) -> SettingsDialog:
        from companion.ui.settings import SettingsDialog

        services = self._services
        dialog = SettingsDialog(
            services.keeper.as_they_are(), self._detection(), clock=services.clock
        )
        dialog.saved.connect(lambda values: self.apply(dialog.edited(values)))
        dialog.export_requested.connect(self.export_data)
        dialog.export_csv_requested.connect(self.export_csv)
        dialog.import_requested.connect(self.import_data)
        dialog.erase_requested.connect(self.erase_all_data)
        dialog.sharing_toggled.connect(self.share_with_team)
        dialog.finished.connect(lambda _result: services.events.shortcuts_held_back.emit(False))
        return dialog

    def show(self) -> None:
        dialog = self._dialog.get()
        dialog.load(self._services.keeper.as_they_are(), self._detection())
        self._show_sharing()
        self._services.events.shortcuts_held_back.emit(True)
        self._dialog.show()

    def _follow(self, _changed: dict[str, Any]) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            dialog.follow(self._services.keeper.as_they_are(), self._detection())

    def show_contacts(self) -> None:
        self.show()
        if self.dialog is not None:
            self.dialog.show_contacts_tab()

    def share_with_team(self, on: bool) -> None:
        """The agent ticked or unticked "Share daily summaries with my team": at once."""
        if self._sharing is not None:
            try:
                if on:
                    self._sharing.turn_on()
                else:
                    self._sharing.turn_off()
            except sqlite3.Error as error:  # the box goes back to what is really stored
                log.warning("sharing with the team not changed: %s", error)
            self.sharing_changed.emit()
        self._show_sharing()

    def _show_sharing(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        view = None
        if self._sharing is not None:
            try:
                view = self._sharing.view()
            except sqlite3.Error as error:
                log.warning("sharing with the team not read: %s", error)
        dialog.show_sharing(view)

    def apply(self, values: dict[str, Any]) -> None:
        """Write each changed key (keeping the rest of the file) and apply them at once."""
        services = self._services
        applied = services.keeper.apply(values)
        if applied.login_error is not None:
            services.notices.login_entry_unchanged(applied.login_error)
        if applied.not_saved:
            services.notices.settings_not_saved(applied.not_saved)
        services.events.settings_changed.emit(values)

    # -- export and import, off the window's thread ----------------------------------------

    def _progress(self, action: str) -> Progress:
        return lambda step, count: self._job_step.emit(action, step, count)

    def _start_job(self, action: str, work: Callable[[], Any], done: JobDone) -> bool:
        """Run `work` on its own thread; `done(result, error)` then, on this one."""
        data = self._services.data
        if data.store is None or data.busy:  # not open yet, or the last one still runs
            log.info("%s not started: %s", action, "busy" if data.busy else "data not open")
            self._services.notices.inform(
                QCoreApplication.translate("SettingsDialog", "Not now"),
                QCoreApplication.translate(
                    "SettingsDialog",
                    "Another export or import is still running, or your data is not open yet. "
                    "Try again in a moment; nothing has changed.",
                ),
            )
            return False
        self._show_step(action, "reading", 0)
        data.start_job(work, lambda result, error: self._job_done.emit(done, result, error))
        return True

    def _show_step(self, action: str, step: str, count: int) -> None:
        if self.dialog is not None:
            self.dialog.data.show_work(action, step, count)

    def _finish_job(self, done: JobDone, result: Any, error: Exception | None) -> None:
        if self.dialog is not None:
            self.dialog.data.work_done()
        if self._services.data.journal is None:  # Companion quit meanwhile (it waited)
            log.info("an export or import ended while Companion was quitting")
            return
        done(result, error)

    def export_data(self, path: str) -> None:
        """Write all data as one JSON export (the window asked where)."""
        services = self._services
        explicit = load_settings(services.keeper.path).values  # what the file sets

        def done(_result: None, error: Exception | None) -> None:
            if error is None:
                services.notices.exported(path)
            else:
                services.notices.export_failed(path, _why(error))

        self._start_job(
            "export",
            lambda: services.data.export_to(Path(path), explicit, self._progress("export")),
            done,
        )

    def export_csv(self, folder: str) -> None:
        """Write every record as CSV files in a new folder (the window chose it)."""
        services = self._services

        def done(_result: list[Path] | None, error: Exception | None) -> None:
            if error is None:
                services.notices.exported_csv(folder)
            else:
                services.notices.export_failed(folder, _why(error))

        self._start_job(
            "export",
            lambda: services.data.export_csv_to(Path(folder), self._progress("export")),
            done,
        )

    def import_data(self, path: str) -> None:
        """Import an export this app wrote: what is new is added, nothing here is changed."""
        services = self._services
        settings_file = services.keeper.path

        def done(report: ImportReport | None, error: Exception | None) -> None:
            from companion.services.data_service import ImportRefused
            from companion.storage.transfer import InvalidImport

            if isinstance(error, InvalidImport):
                services.notices.import_failed(path, error.kind, str(error))
                return
            if isinstance(error, ImportRefused):
                services.notices.import_failed(path, "refused", str(error))
                return
            if error is not None or report is None:
                log.error("import failed: %s", type(error).__name__)
                services.notices.import_failed(path, "refused", type(error).__name__)
                return
            services.events.data_replaced.emit()  # every view of the data reloads
            if report.settings_added:  # written to the file: now in force, and shown
                values = load_settings(settings_file).values
                self.apply({key: values[key] for key in report.settings_added if key in values})
                dialog = self.dialog
                if dialog is not None and dialog.isVisible():  # else Save would undo them
                    dialog.load(services.keeper.as_they_are(), self._detection())
            services.notices.imported(
                path,
                [(kind, report.added[kind], report.skipped[kind]) for kind in report.added],
                (len(report.settings_added), len(report.settings_kept)),
                report.settings_problem,
                (report.future, _local_minute(report.latest_future, services.clock)),
            )

        self._start_job(
            "import",
            lambda: services.data.import_from(Path(path), settings_file, self._progress("import")),
            done,
        )

    def erase_all_data(self) -> None:
        """Erase all one's data (as `companion erase` does) and go on with an empty store."""
        from companion.storage.opening import StoreError

        services = self._services
        self.about_to_erase.emit()
        try:
            report = services.data.erase()
        except (StoreError, DataDirError) as error:
            self.failed.emit(str(error))
            return
        services.events.data_replaced.emit()
        self._show_sharing()  # nothing shared is kept here any more
        services.notices.erased([f"{path}: {why}" for path, why in report.failed])


def _local_minute(moment: datetime | None, clock: Clock) -> str:
    """A time as the person reads it here: local, to the minute."""
    if moment is None:
        return ""
    return f"{moment.astimezone(clock.local_zone()):%Y-%m-%d %H:%M}"


def _why(error: Exception) -> str:
    """Why an export failed, in a few words: the system's reason for a file that could not be
    written, else the kind of error (never a database statement with its values)."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    log.error("export failed: %s", type(error).__name__)
    return type(error).__name__
