"""The settings window, and what its answers do: the changed settings are written and applied
at once (each feature follows `settings_changed`), all data is exported to a file, or erased;
sharing daily summaries with the team is turned on or off at once (`sharing_changed`).

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

from PySide6.QtCore import QObject, Signal

from companion.paths import DataDirError
from companion.settings import load_settings
from companion.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from companion.features import Services
    from companion.sharing_service import TeamSharing
    from companion.ui.settings import DetectionStatus, SettingsDialog

log = logging.getLogger(__name__)


class SettingsWindow(QObject):
    about_to_erase = Signal()  # close, without saving, what holds a record being written
    failed = Signal(str)  # the data could not be opened again: the app cannot go on
    sharing_changed = Signal()  # sharing with the team was turned on or off

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

    def export_data(self, path: str) -> None:
        """Write all data as one JSON export (the window asked where)."""
        services = self._services
        if services.data.store is None:
            return
        explicit = load_settings(services.keeper.path).values  # what the file sets
        try:
            services.data.export_to(Path(path), explicit)
        except OSError as error:
            services.notices.export_failed(path, error.strerror or str(error))
            return
        services.notices.exported(path)

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
