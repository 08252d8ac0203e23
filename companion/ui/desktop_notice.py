"""The break's notice as a desktop notification, where there is no tray (see
companion.platform.notifications): the corner notice still shows, but on GNOME without the
AppIndicator extension, or on Wayland where a window cannot place itself in a corner, the
desktop's own notification is what the agent sees. It offers what the notice offers: Start now
and Postpone (Skip stays on the notice and its shortcut: a notification's buttons are few).

A notification cannot count down, so it says "soon" rather than "in 30 s"; it is replaced as
the notice's state changes and withdrawn when the notice goes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion.domain.breaks import LONG

if TYPE_CHECKING:
    from companion.platform.notifications import DesktopNotifications

log = logging.getLogger(__name__)

COUNTING, WAITING, GENTLE = "counting", "waiting", "gentle"  # as ui.break_notice names them


class DesktopBreakNotice(QObject):
    start_now = Signal()
    postpone = Signal()

    def __init__(self, notifications: DesktopNotifications, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifications = notifications
        self.shown = 0  # the notification's id (0: none shown)
        self._wanted = False  # shown and not withdrawn (an id may still be on its way)
        self._sent_count = 0  # notices sent: only the latest one's id is kept
        notifications.action_invoked.connect(self._chosen)
        notifications.closed.connect(self._closed)

    def show_notice(self, kind: str, postpone_minutes: int | None, state: str) -> None:
        long = kind == LONG
        if state == WAITING:
            title = (
                self.tr("Long break when you pause")
                if long
                else self.tr("Micro-break when you pause")
            )
            text = self.tr(
                "It starts after a few seconds without typing or using the mouse. "
                "Finish your sentence first."
            )
        elif state == GENTLE:
            title = self.tr("Time for a long break") if long else self.tr("Time for a micro-break")
            text = self.tr("Take it whenever you are ready: it will not start by itself.")
        else:
            title = self.tr("Long break soon") if long else self.tr("Micro-break soon")
            text = self.tr("Finish what you are doing; the break starts when you pause.")
        actions = [("start", self.tr("Start now"))]
        if postpone_minutes is not None:
            actions.append(
                ("postpone", self.tr("Postpone %1 min").replace("%1", str(postpone_minutes)))
            )
        self._wanted = True
        self._sent_count += 1
        count = self._sent_count
        self._notifications.notify(
            title,
            text,
            actions=actions,
            replaces=self.shown,
            timeout_ms=0,
            on_sent=lambda number: self._sent(count, number),
        )

    def _sent(self, count: int, number: int) -> None:
        if not self._wanted:  # withdrawn before the daemon answered
            if number != self.shown:
                self._notifications.close_notification(number)
            return
        if count == self._sent_count:  # an older answer is replaced by the newer one
            self.shown = number

    def hide_notice(self) -> None:
        self._wanted = False
        if self.shown:
            self._notifications.close_notification(self.shown)
            self.shown = 0

    def _chosen(self, number: int, key: str) -> None:
        if number != self.shown or not number:
            return
        self.shown = 0
        self._wanted = False
        if key == "start":
            self.start_now.emit()
        elif key == "postpone":
            self.postpone.emit()

    def _closed(self, number: int, _why: int) -> None:
        if number == self.shown:
            self.shown = 0  # dismissed: the corner notice and the shortcuts remain
