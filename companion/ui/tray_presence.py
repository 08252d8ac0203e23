"""Where Companion shows itself: the tray icon, or, on a desktop without a system tray, a small
stand-in window with the same menu (until a tray appears, when it moves there)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from companion.paths import resources_dir
from companion.ui.present import bring_forward
from companion.ui.tray import STATES, StandInWindow, TrayIcon, TrayMenu, TrayWatch

if TYPE_CHECKING:
    from datetime import datetime

    from companion.platform.notifications import DesktopNotifications

log = logging.getLogger(__name__)


def gnome_without_tray(environ: dict[str, str] | None = None) -> bool:
    """A GNOME session (where a tray needs the AppIndicator extension)."""
    import os

    environ = dict(os.environ) if environ is None else environ
    desktops = environ.get("XDG_CURRENT_DESKTOP", "") + ":" + environ.get("DESKTOP_SESSION", "")
    return "gnome" in desktops.lower()


def tray_icons() -> dict[str, QIcon]:
    folder = resources_dir() / "icons"
    return {
        state: QIcon(
            str(folder / ("companion.svg" if state == "working" else f"companion-{state}.svg"))
        )
        for state in STATES
    }


class TrayPresence(QObject):
    message_opened = Signal()  # a tray message was clicked

    def __init__(self, menu: TrayMenu) -> None:
        super().__init__()
        self.menu = menu
        self.icons = tray_icons()
        self.icon = self.icons["working"]
        self.tray: TrayIcon | None = None
        self.stand_in: StandInWindow | None = None
        self.tray_watch: TrayWatch | None = None
        self._notifications: DesktopNotifications | None = None  # without a tray
        self._told = 0  # the desktop notification a click on which is message_opened

    def show(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._show_tray()
            return
        log.info("no system tray on this desktop; showing the stand-in window")
        self._open_notifications()
        self.stand_in = StandInWindow(self.icon, self.menu, gnome_without_tray())
        from companion.ui.screen_fit import place_window  # not before the tray shows

        place_window(self.stand_in)  # centred on the active screen, as every window opens
        self.stand_in.show()
        self.tray_watch = TrayWatch(self)
        self.tray_watch.appeared.connect(self._move_to_tray)
        self.tray_watch.start()

    def _open_notifications(self) -> None:
        from companion.platform.notifications import desktop_notifications

        self._notifications = desktop_notifications()
        if self._notifications is not None:
            self._notifications.action_invoked.connect(self._notification_chosen)

    def _notification_chosen(self, number: int, key: str) -> None:
        if number == self._told and key == "default":
            self._told = 0
            self.message_opened.emit()

    def desktop(self) -> DesktopNotifications | None:
        """The desktop's notifications, while the stand-in window stands for the tray."""
        return self._notifications if self.tray is None else None

    @property
    def where(self) -> str:
        return "tray" if self.tray is not None else "stand-in window"

    def _show_tray(self) -> None:
        self.tray = TrayIcon(self.icons, self.menu)
        self.tray.show()
        self.tray.message_opened.connect(self.message_opened)

    def _move_to_tray(self) -> None:
        log.info("a system tray appeared; moving to it")
        self._show_tray()
        if self.stand_in is not None:
            self.stand_in.hide()
            self.stand_in.deleteLater()
            self.stand_in = None

    def show_cycle(
        self,
        state: str,
        tooltip: str,
        *,
        on_shift: bool,
        paused: bool,
        on_call: bool,
        next_shift: datetime | None = None,
    ) -> None:
        """The break cycle as the icon, its tooltip and the menu show it."""
        if self.tray is not None:
            self.tray.show_state(state, tooltip)
        if self.stand_in is not None:
            self.stand_in.status.setText(tooltip)
        self.menu.show_breaks(
            on_shift=on_shift, paused=paused, on_call=on_call, next_shift=next_shift
        )

    def can_tell(self) -> bool:
        """Whether a tray message (or, without a tray, a desktop notification) can be shown."""
        if self.tray is not None:
            return QSystemTrayIcon.supportsMessages()
        desktop = self.desktop()
        return desktop is not None and desktop.available is not False

    def tell(self, title: str, text: str, msecs: int) -> None:
        """A message whose click is `message_opened`."""
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, msecs)
            return
        desktop = self.desktop()
        if desktop is not None:
            from companion.ui.tray import open_label

            desktop.notify(
                title,
                text,
                actions=[("default", open_label())],
                timeout_ms=msecs,
                on_sent=self._remember_told,
            )

    def _remember_told(self, number: int) -> None:
        self._told = number

    def bring_stand_in_forward(self) -> bool:
        if self.stand_in is None:
            return False
        bring_forward(self.stand_in)
        return True

    def retranslate(self, setting: str) -> None:
        self.menu.mark_language(setting)
        self.menu.retranslate()
        if self.tray is not None:
            self.tray.retranslate()
        if self.stand_in is not None:
            self.stand_in.retranslate()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
