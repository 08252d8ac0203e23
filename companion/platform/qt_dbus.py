"""The session bus through PySide6's QtDBus, for the probes that ask the desktop over D-Bus."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


def session_bus() -> QDBusConnection | None:
    """The session bus, or None where there is none (no DBUS_SESSION_BUS_ADDRESS, no daemon).

    Without DBUS_SESSION_BUS_ADDRESS, only the systemd user bus ($XDG_RUNTIME_DIR/bus) is
    used: libdbus would otherwise "autolaunch" a bus daemon through dbus-launch that outlives us.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if not runtime or not Path(runtime, "bus").is_socket():
            return None
    try:
        bus = QDBusConnection.sessionBus()
    except Exception:
        log.debug("no session bus", exc_info=True)
        return None
    if not bus.isConnected():
        log.debug("no session bus: %s", bus.lastError().message())
        return None
    return bus
