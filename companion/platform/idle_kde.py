"""Idle time on KDE Plasma (X11 or Wayland): `org.freedesktop.ScreenSaver.GetSessionIdleTime`.

KDE's screen locker (ksmserver/kscreenlocker) serves org.freedesktop.ScreenSaver at /ScreenSaver
on the session bus; GetSessionIdleTime() -> u is the milliseconds since the last input, measured
by KWin (so on Wayland too). Other desktops may own the same name without this method (GNOME
answers "not supported"): the probe is only chosen when a first call returns a number.

Each reading is one call on the Qt thread, answered by a local process in about a millisecond;
it waits at most 500 ms. KWin 5.27 on Wayland (tried headless, tests/e2e/test_idle_wayland.py)
serves the name but answers "GetSessionIdleTime is not supported on this platform": there the
probe is not chosen and KWin's idle protocol is used through swayidle (idle_swayidle.py). So
this source serves KDE on X11 where the screen saver extension is missing, and any desktop whose
screen saver service does answer. The reading is tested against a stand-in service on a private
bus (tests/unit/test_idle_sources.py).
"""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from companion.platform.qt_dbus import session_bus

log = logging.getLogger(__name__)

KDE_NAME = "KDE org.freedesktop.ScreenSaver"
SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
TIMEOUT_MS = 500


class ScreenSaverIdleProbe:
    """GetSessionIdleTime, asked at every reading."""

    name = KDE_NAME
    source = "kde"

    def __init__(self, bus: QDBusConnection) -> None:
        self.unavailable_reason: str | None = None
        self._bus: QDBusConnection | None = bus
        self._failing = False

    def _ask(self) -> int | None:
        if self._bus is None:
            return None
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetSessionIdleTime")
        reply = self._bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.debug("idle time: GetSessionIdleTime: %s", reply.errorMessage())
            return None
        arguments = reply.arguments()
        if not arguments or not isinstance(arguments[0], int) or arguments[0] < 0:
            log.debug("idle time: GetSessionIdleTime answered %r", arguments)
            return None
        return int(arguments[0])

    def idle_seconds(self) -> float | None:
        try:
            idle_ms = self._ask()
        except Exception:
            log.debug("idle time: GetSessionIdleTime failed", exc_info=True)
            idle_ms = None
        if idle_ms is None:
            if self._bus is not None:
                level = logging.DEBUG if self._failing else logging.WARNING
                log.log(level, "idle time: the screen saver service did not answer")
                self._failing = True
            return None
        if self._failing:
            log.info("idle time: the screen saver service answers again")
            self._failing = False
        return idle_ms / 1000

    def close(self) -> None:
        self._bus = None


def open_screensaver() -> ScreenSaverIdleProbe | None:
    """A probe when org.freedesktop.ScreenSaver answers GetSessionIdleTime, else None."""
    bus = session_bus()
    if bus is None or not bus.interface().isServiceRegistered(SERVICE).value():
        return None
    probe = ScreenSaverIdleProbe(bus)
    try:
        answer = probe._ask()
    except Exception:
        log.debug("idle time: GetSessionIdleTime failed", exc_info=True)
        answer = None
    if answer is None:
        log.info("idle time: %s is on the bus but does not tell the idle time", SERVICE)
        return None
    return probe
