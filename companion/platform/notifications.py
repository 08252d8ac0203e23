"""Desktop notifications through `org.freedesktop.Notifications` on the session bus, for a
desktop without a system tray (GNOME without the AppIndicator extension: Fedora, RHEL, Debian).
Qt's tray messages need a tray icon; this needs only the desktop's notification daemon, which
GNOME Shell, KDE Plasma, mako, dunst, swaync and xfce4-notifyd all are.

Notices may carry actions (buttons): the daemon says which one was pressed with
`ActionInvoked(id, key)` and that a notice went away with `NotificationClosed(id, reason)`;
both are told here for the notices this process sent, as Qt signals.

Verified against a fake daemon on a private session bus (tests/unit/test_notifications.py) and
with the real app under Xvfb, read with dbus-monitor (tests/e2e/test_notifications_no_tray.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.platform.session_bus import SessionBus, open_session_bus

log = logging.getLogger(__name__)

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_NAME = "Companion"
DESKTOP_ENTRY = "companion"  # companion.desktop: the daemon shows our icon and name

# NotificationClosed reasons
EXPIRED, DISMISSED, CLOSED_BY_CALL, UNDEFINED = 1, 2, 3, 4


class DesktopNotifications(QObject):
    """Sends notices to the desktop's notification daemon and says what became of them."""

    action_invoked = Signal(int, str)  # the notice's id, the action's key
    closed = Signal(int, int)  # the notice's id, why (EXPIRED, DISMISSED, ...)

    def __init__(self, bus: SessionBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._ours: set[int] = set()  # ids of the notices sent and not closed
        self.available: bool | None = None  # a daemon serves the name (None: not known yet)
        bus.listen(NAME, "ActionInvoked", self._action)
        bus.listen(NAME, "NotificationClosed", self._closed)
        bus.listen(NAME, "ActivationToken", self._token)  # spec 1.2: sent before the action
        self.look()

    def look(self) -> None:
        """Ask again whether a daemon runs or can be started (answered later)."""

        def activatable(body: tuple[Any, ...]) -> None:
            self._found(bool(body) and NAME in body[0])

        def owned(has: bool) -> None:
            if has:
                self._found(True)
            else:
                self._bus.call(
                    "org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus",
                    "ListActivatableNames",
                    on_reply=activatable,
                    on_error=lambda _why: self._found(False),
                )

        self._bus.has_owner(NAME, owned)

    def _found(self, available: bool) -> None:
        if available != self.available:
            log.info("desktop notifications %s", "available" if available else "not available")
        self.available = available

    def notify(
        self,
        title: str,
        text: str,
        *,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = -1,
        replaces: int = 0,
        urgency: int = 1,
        on_sent: Callable[[int], None] | None = None,
    ) -> None:
        """Send a notice (`actions`: (key, label) pairs; "default" is a click on the notice
        itself); `on_sent` gets its id once the daemon answers. `replaces`: the id of one of
        ours it takes the place of."""
        flat: list[str] = []
        for key, label in actions:
            flat += [key, label]
        hints = {
            "urgency": ("y", urgency),
            "desktop-entry": ("s", DESKTOP_ENTRY),
            "category": ("s", "presence"),
        }

        def sent(body: tuple[Any, ...]) -> None:
            self._found(True)
            number = int(body[0]) if body else 0
            if number:
                self._ours.add(number)
            if on_sent is not None:
                on_sent(number)

        def failed(why: str) -> None:
            log.warning("desktop notification not shown: %s", why)
            self.look()

        self._bus.call(
            NAME,
            PATH,
            NAME,
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, replaces, "companion", title, text, flat, hints, timeout_ms),
            on_reply=sent,
            on_error=failed,
        )

    def close_notification(self, number: int) -> None:
        if number in self._ours:
            self._bus.call(NAME, PATH, NAME, "CloseNotification", "u", (number,))

    def _token(self, _path: str, body: tuple[Any, ...]) -> None:
        if len(body) >= 2 and body[0] in self._ours:
            from companion.platform.hotkey.portal import use_activation_token

            use_activation_token(body[1])

    def _action(self, _path: str, body: tuple[Any, ...]) -> None:
        if len(body) >= 2 and body[0] in self._ours:
            log.info("desktop notification %d: %s chosen", body[0], body[1])
            self.action_invoked.emit(int(body[0]), str(body[1]))

    def _closed(self, _path: str, body: tuple[Any, ...]) -> None:
        if body and body[0] in self._ours:
            self._ours.discard(body[0])
            self.closed.emit(int(body[0]), int(body[1]) if len(body) > 1 else UNDEFINED)


_shared: list[DesktopNotifications | None] = []


def desktop_notifications() -> DesktopNotifications | None:
    """The process's notifier (made on first use); None without a session bus."""
    if not _shared:
        bus = open_session_bus()
        _shared.append(None if bus is None else DesktopNotifications(bus))
    return _shared[0]


def forget_desktop_notifications() -> None:
    """Tests: the next call makes a new notifier (on a new bus, after forget_session_bus)."""
    _shared.clear()
