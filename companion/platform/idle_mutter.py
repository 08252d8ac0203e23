"""Idle time on GNOME (X11 or Wayland): mutter's `org.gnome.Mutter.IdleMonitor` on the session bus.

Object /org/gnome/Mutter/IdleMonitor/Core, interface org.gnome.Mutter.IdleMonitor:
`GetIdletime() -> t` (ms since the last input), `AddUserActiveWatch() -> u` (a one-shot watch:
`WatchFired(u id)` is sent at the next input). Watches belong to the D-Bus
connection that added them; mutter drops them when it (or the connection) goes away.

How it is read (through PySide6's QtDBus, on the Qt thread's event loop):
- A reading arms a user-active watch, then asks GetIdletime once: the answer, say 40 s, plus the
  time since, is the idle time for as long as the watch has not fired. While the agent is away,
  readings therefore cost no D-Bus traffic at all; the watch firing (the hands are back) makes
  the next reading ask again. While the agent works, each reading is one GetIdletime and one
  AddUserActiveWatch call (a reading happens every 1 to 15 s).
- `AddIdleWatch(t interval)` and `RemoveWatch(u id)` are not used: PySide6 cannot send a D-Bus
  uint64 or uint32 (a Python int goes out as int32, and mutter rejects the call). A user-active
  watch needs no removal: it fires once, at the next input.
- The watch is armed before GetIdletime is asked, so input between the two is never missed.
- When the IdleMonitor's owner changes (gnome-shell restarted), the watch is gone: the next
  reading arms a new one.

Verified against mutter 43 (Debian 12) in a headless session (tests/e2e/test_idle_wayland.py):
the idle time grows while nothing happens and the watch fires on input; the state logic is
unit-tested with a fake bus (tests/unit/test_idle_sources.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusServiceWatcher

from companion.platform.qt_dbus import session_bus

log = logging.getLogger(__name__)

MUTTER_NAME = "GNOME Mutter IdleMonitor"
SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
INTERFACE = "org.gnome.Mutter.IdleMonitor"
TIMEOUT_MS = 500  # a local compositor answers in about a millisecond
FIRED_SLOT = SLOT("_fired(QDBusMessage)")  # the stubs say bytes; PySide6 wants str


class MutterBus(Protocol):
    """The three calls the probe makes; `QtMutterBus` on the session bus, fakes in tests."""

    def add_user_active_watch(self) -> int | None: ...

    def idletime_ms(self) -> int | None: ...

    def close(self) -> None: ...


class MutterIdleProbe:
    """Idle time from mutter; `bus` calls `watch_fired(id)` and `monitor_changed()` on it."""

    name = MUTTER_NAME
    source = "mutter"

    def __init__(self, bus: MutterBus, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.unavailable_reason: str | None = None
        self._bus: MutterBus | None = bus
        self._monotonic = monotonic
        self._watch: int | None = None  # the armed user-active watch, not fired yet
        self._read: tuple[float, float] | None = None  # (monotonic, idle seconds) when armed
        self._failing = False

    def idle_seconds(self) -> float | None:
        bus = self._bus
        if bus is None:
            return None
        if self._watch is not None and self._read is not None:
            taken, idle = self._read
            return idle + max(0.0, self._monotonic() - taken)
        try:
            watch = bus.add_user_active_watch()
            idle_ms = bus.idletime_ms()
        except Exception:
            watch, idle_ms = None, None
            log.debug("idle time: asking mutter failed", exc_info=True)
        if idle_ms is None:
            self._failed()
            return None
        if self._failing:
            log.info("idle time: mutter answers again")
            self._failing = False
        self._watch = watch  # None (the watch was refused): the next reading asks again
        self._read = (self._monotonic(), idle_ms / 1000)
        return idle_ms / 1000

    def watch_fired(self, watch: int) -> None:
        """Mutter saw input: the next reading asks for the idle time again."""
        if watch == self._watch:
            self._watch = None
            self._read = None

    def monitor_changed(self) -> None:
        """The IdleMonitor's owner came or went: its watches are gone."""
        self._watch = None
        self._read = None

    def _failed(self) -> None:
        level = logging.DEBUG if self._failing else logging.WARNING
        log.log(level, "idle time: mutter's IdleMonitor did not answer")
        self._failing = True

    def close(self) -> None:
        self._watch = self._read = None  # an armed watch ends with the connection or fires
        bus, self._bus = self._bus, None
        if bus is not None:
            try:
                bus.close()
            except Exception:
                log.debug("idle time: closing the mutter connection failed", exc_info=True)


def open_mutter() -> MutterIdleProbe | None:
    """A probe when mutter's IdleMonitor answers on the session bus, else None."""
    bus = session_bus()
    if bus is None or not bus.interface().isServiceRegistered(SERVICE).value():
        return None
    qt_bus = QtMutterBus(bus)
    probe = MutterIdleProbe(qt_bus)
    qt_bus.probe = probe
    if probe.idle_seconds() is None:
        probe.close()
        return None
    return probe


class QtMutterBus(QObject):
    """MutterBus through QtDBus; WatchFired and owner changes go to `probe`."""

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self._bus = bus
        self.probe: MutterIdleProbe | None = None
        self._connected = bus.connect(  # type: ignore[call-overload]
            SERVICE, PATH, INTERFACE, "WatchFired", self, FIRED_SLOT
        )
        if not self._connected:
            log.warning("idle time: cannot listen to mutter's WatchFired signal")
        self._watcher = QDBusServiceWatcher(
            SERVICE, bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        self._watcher.serviceOwnerChanged.connect(self._owner_changed)

    @Slot(QDBusMessage)
    def _fired(self, message: QDBusMessage) -> None:
        try:
            arguments = message.arguments()
            if self.probe is not None and arguments:
                self.probe.watch_fired(int(arguments[0]))
        except Exception:
            log.debug("idle time: a WatchFired signal could not be read", exc_info=True)

    def _owner_changed(self, *_: object) -> None:
        if self.probe is not None:
            log.info("idle time: mutter's IdleMonitor changed owner")
            self.probe.monitor_changed()

    def _call(self, method: str) -> int | None:
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, method)
        reply = self._bus.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.debug("idle time: mutter %s: %s", method, reply.errorMessage())
            return None
        arguments = reply.arguments()
        return int(arguments[0]) if arguments else None

    def add_user_active_watch(self) -> int | None:
        if not self._connected:
            return None  # a watch nobody hears would freeze the idle time
        return self._call("AddUserActiveWatch")

    def idletime_ms(self) -> int | None:
        return self._call("GetIdletime")

    def close(self) -> None:
        self.probe = None
        if self._connected:
            self._bus.disconnect(  # type: ignore[call-overload]
                SERVICE, PATH, INTERFACE, "WatchFired", self, FIRED_SLOT
            )
            self._connected = False
        self._watcher.serviceOwnerChanged.disconnect(self._owner_changed)
        self._watcher.deleteLater()
