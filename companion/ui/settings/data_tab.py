"""The "Your data" tab of the settings: export everything to a file, or erase it after asking.

The tab only asks: for the export file, or for a confirmation; the app does the export or the
erasing when the dialog passes the request on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.clock import Clock, local_now
from companion.ui.confirm import confirm_delete
from companion.ui.settings.widgets import tab_layout


class DataTab(QWidget):
    """Export and erase, each explained; neither button is ever the default."""

    export_requested = Signal(str)  # the JSON file to write all data to
    erase_requested = Signal()  # confirmed: erase the store, backups, files kept aside, logs

    def __init__(self, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._clock = clock  # names the export's suggested file by the day; None: the real one
        self.shared_days = 0  # days sent to the team server from here: erasing warns of them
        self.setObjectName("dataPage")
        self.export_group = QGroupBox(self)
        self.export_text = QLabel(self.export_group)
        self.export_text.setWordWrap(True)
        self.export_button = QPushButton(self.export_group)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.choose_export_file)
        self.erase_group = QGroupBox(self)
        self.erase_text = QLabel(self.erase_group)
        self.erase_text.setWordWrap(True)
        self.erase_button = QPushButton(self.erase_group)
        self.erase_button.setObjectName("eraseAll")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.confirm_erase)
        for group, text, button in (
            (self.export_group, self.export_text, self.export_button),
            (self.erase_group, self.erase_text, self.erase_button),
        ):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            box = QVBoxLayout(group)
            box.setSpacing(8)
            box.addWidget(text)
            box.addLayout(row)
        tab_layout(self, self.export_group, self.erase_group)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.export_group.setTitle(translate("SettingsDialog", "Export"))
        self.export_text.setText(
            translate(
                "SettingsDialog",
                "Everything Companion keeps stays on this computer. An export is one file with "
                "all your mood entries, thought records, exercises, breaks and settings (the "
                "command “companion import” reads it back). It is not encrypted: keep it private.",
            )
        )
        self.export_button.setText(translate("SettingsDialog", "&Export my data…"))
        self.erase_group.setTitle(translate("SettingsDialog", "Erase"))
        self.erase_text.setText(
            translate(
                "SettingsDialog",
                "Erasing deletes all your entries, thought records, exercises and breaks, with "
                "their backups, the files kept aside and the logs. It cannot be undone. Your "
                "settings are kept.",
            )
        )
        self.erase_button.setText(translate("SettingsDialog", "E&rase all my data…"))

    def choose_export_file(self) -> None:
        """Ask where to save the export; the app writes it."""
        suggested = Path.home() / f"companion-export-{local_now(self._clock):%Y-%m-%d}.json"
        path, _chosen = QFileDialog.getSaveFileName(
            self.window(),  # the settings dialog, which the file dialog belongs to
            QCoreApplication.translate("SettingsDialog", "Export my data"),
            str(suggested),
            QCoreApplication.translate("SettingsDialog", "JSON files (*.json)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".json"
        self.export_requested.emit(path)

    def _shared_note(self) -> str:
        if not self.shared_days:
            return ""
        how = self.tr(
            "Erasing forgets the pseudonym they were sent under, so they could no longer be "
            "withdrawn from here. To delete them there too, run “companion team withdraw” first."
        )
        if self.shared_days == 1:
            said = self.tr("1 day shared with your team stays on the team server.")
        else:
            said = self.tr(
                "%n days shared with your team stay on the team server.", "", self.shared_days
            )
        return f"\n\n{said} {how}"

    def confirm_erase(self) -> QMessageBox:
        """Ask first; Cancel is the default and Esc cancels. Only "Erase everything" erases."""
        translate = QCoreApplication.translate
        return confirm_delete(
            self.window(),
            translate("SettingsDialog", "Erase all your data?"),
            translate(
                "SettingsDialog",
                "Erase all your mood entries, thought records, exercises and breaks, their "
                "backups, the files kept aside and the logs?\n\nThis cannot be undone. Export "
                "your data first if you may want it later. Your settings are kept.",
            )
            + self._shared_note(),
            translate("SettingsDialog", "Erase everything"),
            "confirmErase",
            self.erase_requested.emit,
        )
