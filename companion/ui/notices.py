"""What Companion says to the person in a box or a tray message, in the user's language.

One place for every notice: `inform` waits for OK without blocking anything (the boxes open are
in `boxes`), `say_quietly` never takes the keyboard focus (a tray message, else a window shown
without activating it), and the notices of a start: a binding that leaks, a last run that ended
unexpectedly, a store set aside, a channel for commands that could not be opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from companion.domain.shown_text import harmless
from companion.process.qt_binding import GOOD_BINDING

if TYPE_CHECKING:
    from companion.platform.notifications import DesktopNotifications
    from companion.process.crash_trace import UncleanStop
    from companion.process.qt_binding import BindingReport
    from companion.ui.tray import TrayIcon

log = logging.getLogger(__name__)


class Opened(Protocol):
    """What opening the store did (companion.storage.opening.OpenReport), as far as it is
    told."""

    moved_aside: Path | None
    problem: str
    backups: list[Path]
    set_aside: Path | None
    set_aside_rows: int


def app_name() -> str:
    """Companion's name in the language in force (心伴 in Chinese), for window titles."""
    return QCoreApplication.translate("CompanionApp", "Companion")


class Notices:
    def __init__(
        self,
        tray: Callable[[], TrayIcon | None],
        desktop: Callable[[], DesktopNotifications | None] = lambda: None,
    ) -> None:
        self._tray = tray  # the tray icon, when there is one now
        self._desktop = desktop  # the desktop's notifications, where there is no tray
        self.boxes: list[QMessageBox] = []
        self.told_went_wrong = False  # an uncaught exception is told once a run

    def inform(
        self,
        title: str,
        text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
        *,
        logged: str | None = None,  # what the log says instead of `text` (no text of a file)
    ) -> None:
        from PySide6.QtCore import Qt

        said = harmless(text if logged is None else logged, lines=True).replace("\n", " ")
        log.warning("%s: %s", title, said)
        # A notice may quote a file's name, a server or a setting: only ever as plain text.
        text = harmless(text, lines=True)
        box = QMessageBox(icon, f"{title} · {app_name()}", text, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("notice")
        box.finished.connect(lambda _result, b=box: self.boxes.remove(b))
        self.boxes.append(box)
        box.open()

    def binding_leaks(self, binding: BindingReport) -> None:
        """Said once a start: the Qt binding would abort Companion within hours."""
        self.inform(
            QCoreApplication.translate("CompanionApp", "Please update Companion's Qt library"),
            QCoreApplication.translate(
                "CompanionApp",
                "This copy of Companion runs on PySide6 %1 with Python %2, which has a known "
                "fault: left alone it would close by itself within a few hours. Companion "
                "works around it for now. To fix it, install a sound version (or ask your "
                'IT department to):\n\npip install "%3"',
            )
            .replace("%1", binding.pyside_version)
            .replace("%2", binding.python_version)
            .replace("%3", GOOD_BINDING),
            icon=QMessageBox.Icon.Warning,
        )

    def closed_unexpectedly(self, stop: UncleanStop) -> None:
        """The last run did not stop cleanly: said without taking the focus (it may come
        mid-call)."""
        self.say_quietly(
            QCoreApplication.translate("CompanionApp", "Companion closed unexpectedly"),
            QCoreApplication.translate(
                "CompanionApp",
                "Companion stopped unexpectedly at %1. It is running again, and your breaks "
                "go on from now.",
            ).replace("%1", stop.at.strftime("%H:%M")),
        )

    def went_wrong(self, log_file: str) -> None:
        """Something Companion did raised an exception nobody caught (process/uncaught.py):
        it was logged and the app goes on. Said once a run, quietly (it may come mid-call): what
        the person just did may not have happened."""
        if self.told_went_wrong:
            return
        self.told_went_wrong = True
        self.say_quietly(
            QCoreApplication.translate("CompanionApp", "Something went wrong"),
            QCoreApplication.translate(
                "CompanionApp",
                "Companion ran into an unexpected problem and carries on. If what you just did "
                "seems to have had no effect, please do it again. The details (without anything "
                "you wrote) are in %1.",
            ).replace("%1", log_file),
        )

    def no_request_channel(self, why: str) -> None:
        """The instance socket could not be opened: commands cannot reach this Companion."""
        self.inform(
            QCoreApplication.translate("CompanionApp", "Commands cannot reach Companion"),
            QCoreApplication.translate(
                "CompanionApp",
                "Companion runs, but could not open its private channel for commands (%1). "
                "“companion call start”, “companion quick-log” and the keyboard shortcut bound "
                "to them will say that Companion is not running, and a second start opens "
                "nothing. Use the tray menu, or restart Companion.",
            ).replace("%1", why),
            icon=QMessageBox.Icon.Warning,
        )

    def say_quietly(self, title: str, text: str) -> None:
        """A notice that never takes the keyboard focus: a tray message, else a window shown
        without activating it."""
        from PySide6.QtCore import Qt  # the Qt namespace costs ~11 ms: not before the tray

        log.info("told the user: %s", title)
        text = harmless(text, lines=True)
        tray = self._tray()
        if tray is not None and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
            return
        desktop = self.desktop()
        if desktop is not None:
            desktop.notify(title, text, timeout_ms=10000)
            return
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Information, f"{title} · {app_name()}", text, ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("quiet-notice")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.finished.connect(lambda _result, b=box: self.boxes.remove(b))
        self.boxes.append(box)
        box.show()

    def after_opening(self, report: Opened) -> None:
        """What opening the store did that the person should know of."""
        if report.moved_aside is not None:
            self.database_moved_aside(report.problem, str(report.moved_aside), report.backups)
        if report.set_aside is not None:
            self.rows_set_aside(report.set_aside_rows, str(report.set_aside))

    def rows_set_aside(self, count: int, where: str) -> None:
        """Updating an older store set aside rows this version could not use (see
        companion.storage.repair): nothing was lost, and the person knows where they are."""
        translate = QCoreApplication.translate
        # English has no plural forms without a .qm: "1 record" is its own text
        text = (
            translate(
                "CompanionApp",
                "Companion updated its database to this version. 1 record it could not use "
                "(for example an emotion whose entry was gone) was set aside in %1. Everything "
                "else is as it was.",
            )
            if count == 1
            else translate(
                "CompanionApp",
                "Companion updated its database to this version. %2 records it could not use "
                "(for example an emotion whose entry was gone) were set aside in %1. "
                "Everything else is as it was.",
            ).replace("%2", f"{count:,}")
        )
        self.inform(
            translate("CompanionApp", "Some old records were set aside"),
            text.replace("%1", where),
            icon=QMessageBox.Icon.Warning,
        )

    def database_moved_aside(self, problem: str, aside: str, backups: list[Path]) -> None:
        text = (
            QCoreApplication.translate(
                "CompanionApp", "Companion could not use its database: %1."
            ).replace("%1", problem)
            + "\n\n"
            + QCoreApplication.translate(
                "CompanionApp", "The file was kept as %1 and a new, empty store was started."
            ).replace("%1", aside)
        )
        if backups:
            text += "\n\n" + QCoreApplication.translate(
                "CompanionApp",
                "The newest backup is %1. It was not restored automatically, because it may be "
                "older than your last entries.",
            ).replace("%1", str(backups[0]))
        self.inform(
            QCoreApplication.translate("CompanionApp", "Database moved aside"),
            text,
            icon=QMessageBox.Icon.Warning,
        )

    def settings_ignored(self, problems: list[str]) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Some settings were not used"),
            QCoreApplication.translate(
                "CompanionApp", "These settings were ignored; the others apply:"
            )
            + "\n\n"
            + "\n".join(f"• {problem}" for problem in problems),
        )

    def export_failed(self, path: str, why: str) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Export failed"),
            QCoreApplication.translate("CompanionApp", "Your data could not be saved to %1: %2")
            .replace("%1", path)
            .replace("%2", why),
            icon=QMessageBox.Icon.Warning,
        )

    def exported(self, path: str) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Data exported"),
            QCoreApplication.translate(
                "CompanionApp",
                "All your data was saved to %1. The file is not encrypted: keep it private.",
            ).replace("%1", path),
        )

    def exported_csv(self, folder: str) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Data exported"),
            QCoreApplication.translate(
                "CompanionApp",
                "Your records were saved as CSV files, one for each kind of record, in the new "
                "folder %1. They are not encrypted: keep them private.",
            ).replace("%1", folder),
        )

    def imported(
        self,
        path: str,
        counts: list[tuple[str, int, int]],
        settings: tuple[int, int],
        settings_problem: str = "",
        future: tuple[int, str] = (0, ""),
    ) -> None:
        """What an import added and skipped: `counts` holds (kind, added, skipped) for each
        kind of record (`mood_entries`, `thought_records`, `exercises`, `breaks`,
        `check_ins`, and, only when the file held some, `goals`, `goal_ticks`,
        `difficult_call_types`), `settings` (added, kept as they are set here), `future` how
        many of those added are dated after now on this computer and the latest such time."""
        translate = QCoreApplication.translate
        names = {
            "mood_entries": translate("CompanionApp", "Mood entries"),
            "thought_records": translate("CompanionApp", "Thought records"),
            "exercises": translate("CompanionApp", "Exercises"),
            "breaks": translate("CompanionApp", "Breaks"),
            "check_ins": translate("CompanionApp", "Weekly check-ins"),
            "goals": translate("CompanionApp", "Goals of My plan"),
            "goal_ticks": translate("CompanionApp", "Ticks of my own goal"),
            "difficult_call_types": translate("CompanionApp", "Call types marked as difficult"),
        }
        optional = ("goals", "goal_ticks", "difficult_call_types")
        lines = [
            translate("CompanionApp", "%1: %2 added, %3 skipped (already here)")
            .replace("%1", names.get(kind, kind))
            .replace("%2", f"{added:,}")
            .replace("%3", f"{skipped:,}")
            for kind, added, skipped in counts
            if kind not in optional or added or skipped
        ]
        lines.append(
            translate("CompanionApp", "Settings: %1 added, %2 kept as you set them here")
            .replace("%1", str(settings[0]))
            .replace("%2", str(settings[1]))
        )
        if any(added for _kind, added, _skipped in counts):
            title = translate("CompanionApp", "Import finished")
            head = translate("CompanionApp", "Imported from %1:").replace("%1", path)
        else:
            title = translate("CompanionApp", "Nothing new to import")
            head = translate("CompanionApp", "Every record in %1 is here already.").replace(
                "%1", path
            )
        text = head + "\n\n" + "\n".join(lines)
        later, latest = future
        if later == 1:
            text += "\n\n" + translate(
                "CompanionApp",
                "1 record is dated after now on this computer (%1): the computer that wrote it "
                "had its clock ahead, or this one is behind. Its time was kept as it was.",
            ).replace("%1", latest)
        elif later:
            text += "\n\n" + translate(
                "CompanionApp",
                "%n records are dated after now on this computer (the latest %1): the computer "
                "that wrote them had its clock ahead, or this one is behind. Their times were "
                "kept as they were.",
                "",
                later,
            ).replace("%1", latest)
        if settings_problem:
            text += "\n\n" + translate(
                "CompanionApp", "The records were imported, but not all settings: %1"
            ).replace("%1", settings_problem)
        self.inform(title, text)

    def import_failed(self, path: str, kind: str, detail: str) -> None:
        """Nothing was imported from `path`: `kind` says why (InvalidImport's kinds, or
        `refused` when the store refused the records), `detail` the line or key at fault."""
        translate = QCoreApplication.translate
        why = {
            "unreadable": translate("CompanionApp", "%1 could not be read."),
            "not_json": translate(
                "CompanionApp",
                "%1 is not a Companion export, or it is damaged: it is not JSON text.",
            ),
            "foreign": translate("CompanionApp", "%1 is not a Companion export."),
            "newer": translate(
                "CompanionApp",
                "%1 was exported by a newer version of Companion. Update Companion, then "
                "import it again.",
            ),
            "refused": translate("CompanionApp", "Companion could not save the records of %1."),
        }.get(
            kind,
            translate(
                "CompanionApp",
                "%1 is a Companion export, but something in it is not as Companion writes it: "
                "it was damaged, or changed by hand.",
            ),
        )
        self.inform(
            translate("CompanionApp", "Nothing was imported"),
            why.replace("%1", path)
            + "\n\n"
            + translate("CompanionApp", "Everything you had saved is as it was.")
            + "\n\n"
            + translate("CompanionApp", "Details: %1").replace("%1", detail),
            icon=QMessageBox.Icon.Warning,
            logged=f"{path}: not imported ({kind})",  # the detail may quote the file's text
        )

    def erased(self, not_removed: list[str]) -> None:
        """All data erased; `not_removed` names the files that could not be (with why)."""
        if not_removed:
            self.inform(
                QCoreApplication.translate("CompanionApp", "Not everything was erased"),
                QCoreApplication.translate("CompanionApp", "These files could not be removed:")
                + "\n"
                + "\n".join(not_removed),
                icon=QMessageBox.Icon.Warning,
            )
            return
        self.inform(
            QCoreApplication.translate("CompanionApp", "Your data was erased"),
            QCoreApplication.translate(
                "CompanionApp",
                "All your entries, thought records, exercises and breaks were erased, with "
                "their backups and the logs. Companion goes on with an empty store; your "
                "settings are kept.",
            ),
        )

    def login_entry_unchanged(self, why: str) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Start at login not changed"),
            QCoreApplication.translate(
                "CompanionApp", "The login entry could not be changed: %1"
            ).replace("%1", why),
            icon=QMessageBox.Icon.Warning,
        )

    def settings_not_saved(self, not_saved: list[str]) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Settings not saved"),
            QCoreApplication.translate(
                "CompanionApp", "These settings apply now but could not be saved:"
            )
            + "\n"
            + "\n".join(not_saved),
            icon=QMessageBox.Icon.Warning,
        )

    def language_not_saved(self, why: str) -> None:
        self.inform(
            QCoreApplication.translate("CompanionApp", "Language not saved"),
            QCoreApplication.translate(
                "CompanionApp", "The language applies now but could not be saved: %1"
            ).replace("%1", why),
            icon=QMessageBox.Icon.Warning,
        )

    def tray_message(self, title: str, text: str) -> None:
        """A short word in the tray (a saved entry, a thought record kept); without a tray, a
        desktop notification, else nothing (it only confirms what the person just did)."""
        tray = self._tray()
        if tray is not None and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 4000)
            return
        desktop = self.desktop()
        if desktop is not None:
            desktop.notify(title, harmless(text, lines=True), timeout_ms=4000)

    def desktop(self) -> DesktopNotifications | None:
        """The desktop's notification daemon, while there is no tray and one answers."""
        if self._tray() is not None:
            return None
        desktop = self._desktop()
        if desktop is None or desktop.available is False:
            return None
        return desktop
