"""Which backend of the global shortcut each system gets: X11, Windows, macOS, the desktop
portal on Wayland (the quick log's only), or a stand-in that says why there is none (Wayland
without the portal, no display, offscreen, another system)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from companion.platform.hotkey.base import (
    NO_DISPLAY,
    NONE_NAME,
    UNSUPPORTED,
    WAYLAND,
    X11_NAME,
    Activate,
    Backend,
    UnavailableBackend,
)
from companion.platform.idle import X11_PLATFORMS, is_wayland_session


def make_platform_backend(
    on_activated: Activate,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    qt_platform: str | None = None,
    portal: str = "",
) -> Backend:
    """The backend for this system (or the one the arguments describe). Only that backend's
    module is loaded. `portal`: on Wayland, ask the desktop portal for the shortcut, so
    described in the desktop's dialog (the quick log's; "" for none)."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if qt_platform is None:
        from PySide6.QtGui import QGuiApplication

        qt_platform = QGuiApplication.platformName()
    if qt_platform in ("offscreen", "minimal"):  # nothing on a screen to bring the log to
        return UnavailableBackend(NONE_NAME, NO_DISPLAY)
    if platform == "win32":
        from companion.platform.hotkey.windows import open_windows

        return open_windows(on_activated)
    if platform == "darwin":
        from companion.platform.hotkey.mac import open_mac

        return open_mac(on_activated)
    if platform.startswith(X11_PLATFORMS):
        if qt_platform.startswith("wayland") or is_wayland_session(environ):
            if portal:
                from companion.platform.hotkey.portal import open_portal

                backend = open_portal(on_activated, portal)
                if backend is not None:
                    return backend
            return UnavailableBackend(X11_NAME, WAYLAND)
        display = environ.get("DISPLAY", "")
        if not display:
            return UnavailableBackend(X11_NAME, NO_DISPLAY)
        from companion.platform.hotkey.x11 import open_x11

        return open_x11(display, on_activated)
    return UnavailableBackend(NONE_NAME, UNSUPPORTED)
