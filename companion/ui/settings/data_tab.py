"""The "Your data" tab of the settings: export everything to a file (JSON, or CSV files for a
spreadsheet), import an export back, or erase it all after asking.

The tab only asks: for a file or a folder, or for a confirmation; the app does the work when the
dialog passes the request on, on a thread of its own, and tells the tab each step (`show_work`)
until it is done (`work_done`). Meanwhile the buttons wait: one piece of work at a time.
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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.clock import Clock, local_now
from companion.ui.confirm import confirm_delete
from companion.ui.settings.widgets import tab_layout

EXPORT, IMPORT = "export", "import"


def unused_folder(parent: Path, name: str) -> Path:
    """`parent/name`, or `name-2`, `name-3`… when it is taken: an earlier export is never
    written over."""
    candidate, number = parent / name, 1
    while candidate.exists():
        number += 1
        candidate = parent / f"{name}-{number}"
    return candidate


class _WorkLine(QWidget):
    """What is being done, with a moving bar, under the button that started it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dataWork")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: the steps are said in words
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.bar.setAccessibleName(text)
        self.show()


class DataTab(QWidget):
    """Export, import and erase, each explained; none of the buttons is ever the default."""

    export_requested = Signal(str)  # the JSON file to write all data to
    export_csv_requested = Signal(str)  # the new folder to write the CSV files in
    import_requested = Signal(str)  # the export file to import
    erase_requested = Signal()  # confirmed: erase the store, backups, files kept aside, logs

    def __init__(self, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._clock = clock  # names the export's suggested file by the day; None: the real one
        self.shared_days = 0  # days sent to the team server from here: erasing warns of them
        self.working: str | None = None  # EXPORT or IMPORT while the app works on it
        self.setObjectName("dataPage")
        self.export_group = QGroupBox(self)
        self.export_text = QLabel(self.export_group)
        self.export_button = QPushButton(self.export_group)
        self.export_button.clicked.connect(self.choose_export_file)
        self.export_csv_button = QPushButton(self.export_group)
        self.export_csv_button.setObjectName("exportCsv")
        self.export_csv_button.clicked.connect(self.choose_csv_folder)
        self.import_group = QGroupBox(self)
        self.import_text = QLabel(self.import_group)
        self.import_button = QPushButton(self.import_group)
        self.import_button.setObjectName("importData")
        self.import_button.clicked.connect(self.choose_import_file)
        self.erase_group = QGroupBox(self)
        self.erase_text = QLabel(self.erase_group)
        self.erase_button = QPushButton(self.erase_group)
        self.erase_button.setObjectName("eraseAll")
        self.erase_button.clicked.connect(self.confirm_erase)
        self.lines = {
            EXPORT: _WorkLine(self.export_group),
            IMPORT: _WorkLine(self.import_group),
        }
        for group, text, buttons, line in (
            (
                self.export_group,
                self.export_text,
                (self.export_button, self.export_csv_button),
                self.lines[EXPORT],
            ),
            (self.import_group, self.import_text, (self.import_button,), self.lines[IMPORT]),
            (self.erase_group, self.erase_text, (self.erase_button,), None),
        ):
            text.setWordWrap(True)
            row = QHBoxLayout()
            for button in buttons:
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addStretch(1)
            box = QVBoxLayout(group)
            box.setSpacing(8)
            box.addWidget(text)
            box.addLayout(row)
            if line is not None:
                box.addWidget(line)
        tab_layout(self, self.export_group, self.import_group, self.erase_group)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.export_group.setTitle(translate("SettingsDialog", "Export"))
        self.export_text.setText(
            translate(
                "SettingsDialog",
                "Everything Companion keeps stays on this computer. An export is one file with "
                "all your mood entries, thought records, exercises, breaks, check-ins, plan and "
                "settings, which Import reads back, here or on another computer. CSV files open "
                "in a spreadsheet. Neither is encrypted: keep them private.",
            )
        )
        self.export_button.setText(translate("SettingsDialog", "&Export my data…"))
        self.export_csv_button.setText(translate("SettingsDialog", "Export as CS&V…"))
        self.import_group.setTitle(translate("SettingsDialog", "Import"))
        self.import_text.setText(
            translate(
                "SettingsDialog",
                "Bring back the records of an export made with Companion, from this computer "
                "or another. Records already here stay as they are, and settings you have set "
                "here are kept. The whole file is checked first: if anything in it is wrong, "
                "nothing is imported.",
            )
        )
        self.import_button.setText(translate("SettingsDialog", "Im&port…"))
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

    # -- asking ------------------------------------------------------------------------------

    def _today(self) -> str:
        return f"{local_now(self._clock):%Y-%m-%d}"

    def choose_export_file(self) -> None:
        """Ask where to save the export; the app writes it."""
        suggested = Path.home() / f"companion-export-{self._today()}.json"
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

    def choose_csv_folder(self) -> None:
        """Ask in which folder to put the CSV files; they go in a new folder of their own
        there (companion-csv-YYYY-MM-DD), so that no earlier export is written over."""
        chosen = QFileDialog.getExistingDirectory(
            self.window(),
            QCoreApplication.translate("SettingsDialog", "Where to save the CSV files"),
            str(Path.home()),
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
        )
        if not chosen:
            return
        folder = unused_folder(Path(chosen), f"companion-csv-{self._today()}")
        self.export_csv_requested.emit(str(folder))

    def choose_import_file(self) -> None:
        """Ask which export to import; the app checks and imports it."""
        translate = QCoreApplication.translate
        path, _chosen = QFileDialog.getOpenFileName(
            self.window(),
            translate("SettingsDialog", "Import an export"),
            str(Path.home()),
            translate("SettingsDialog", "Companion exports (*.json);;All files (*)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.import_requested.emit(path)

    # -- while the app works -----------------------------------------------------------------

    def show_work(self, action: str, step: str, count: int = 0) -> None:
        """Say the step the app is at (`action` EXPORT or IMPORT); the buttons wait."""
        self.working = action
        for button in (
            self.export_button,
            self.export_csv_button,
            self.import_button,
            self.erase_button,
        ):
            button.setEnabled(False)
        self.lines[action].say(self._step_text(action, step, count))

    def work_done(self) -> None:
        self.working = None
        for line in self.lines.values():
            line.hide()
        for button in (
            self.export_button,
            self.export_csv_button,
            self.import_button,
            self.erase_button,
        ):
            button.setEnabled(True)

    def _step_text(self, action: str, step: str, count: int) -> str:
        translate = QCoreApplication.translate
        if step == "reading" and action == EXPORT:
            return translate("SettingsDialog", "Gathering all your records…")
        if step == "writing":
            return translate("SettingsDialog", "Writing the export…")
        if step == "reading":
            return translate("SettingsDialog", "Reading the file…")
        if step == "checking":
            return translate("SettingsDialog", "Checking every record in the file…")
        if step == "saving":
            return translate("SettingsDialog", "Saving %Ln new records…", "", count)
        return translate("SettingsDialog", "Working…")

    # -- erasing -----------------------------------------------------------------------------

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
