"""Where the window the agent works in is, on X11: the centre of the desktop's active window.

The window manager names the active window in the root window's `_NET_ACTIVE_WINDOW` property
(EWMH; openbox, xfwm, KWin, mutter and every current X11 desktop set it). Its centre, in the
X screen's pixels, tells which monitor the agent is working on, even when the mouse rests on
another one. Read through ctypes and libX11 (no extra Python package), with one connection
kept open. Nothing is known (None) on Wayland, without a window manager that sets the
property, or where libX11 is missing; the caller then falls back to the mouse.

Wayland gives no client the place of another client's window (by design), so there is no
counterpart there: see `companion.ui.screen_fit.work_screen` for what is used instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0


class _WindowAttributes(ctypes.Structure):
    """The start of Xlib's XWindowAttributes; enough room is kept for the rest."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("rest", ctypes.c_byte * 256),
    ]


class _ActiveWindow:
    def __init__(self) -> None:
        self._xlib: Any = None
        self._display: int | None = None
        self._atom = 0
        self._failed = False

    def _open(self) -> bool:
        if self._display is not None:
            return True
        if self._failed:
            return False
        self._failed = True  # until it works: tried once only
        name = os.environ.get("DISPLAY", "")
        if not name:
            return False
        try:
            xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        except OSError:
            log.info("active window: libX11 not found")
            return False
        c_void, c_ulong, c_int = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
        xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        xlib.XOpenDisplay.restype = c_void
        xlib.XDefaultRootWindow.argtypes = (c_void,)
        xlib.XDefaultRootWindow.restype = c_ulong
        xlib.XInternAtom.argtypes = (c_void, ctypes.c_char_p, c_int)
        xlib.XInternAtom.restype = c_ulong
        xlib.XGetWindowProperty.argtypes = (
            c_void, c_ulong, c_ulong, ctypes.c_long, ctypes.c_long, c_int, c_ulong,
            ctypes.POINTER(c_ulong), ctypes.POINTER(c_int), ctypes.POINTER(c_ulong),
            ctypes.POINTER(c_ulong), ctypes.POINTER(ctypes.c_void_p),
        )  # fmt: skip
        xlib.XGetWindowProperty.restype = c_int
        xlib.XGetWindowAttributes.argtypes = (c_void, c_ulong, ctypes.POINTER(_WindowAttributes))
        xlib.XGetWindowAttributes.restype = c_int
        xlib.XTranslateCoordinates.argtypes = (
            c_void, c_ulong, c_ulong, c_int, c_int,
            ctypes.POINTER(c_int), ctypes.POINTER(c_int), ctypes.POINTER(c_ulong),
        )  # fmt: skip
        xlib.XTranslateCoordinates.restype = c_int
        xlib.XFree.argtypes = (c_void,)
        xlib.XSetErrorHandler.argtypes = (c_void,)
        xlib.XSetErrorHandler.restype = c_void
        display = xlib.XOpenDisplay(os.fsencode(name))
        if not display:
            return False
        # A window may close between two requests: an X error must not end the process
        # (Xlib's default handler exits). Qt's xcb connection is a separate one.
        self._handler = ctypes.CFUNCTYPE(c_int, c_void, c_void)(lambda _d, _e: 0)
        xlib.XSetErrorHandler(ctypes.cast(self._handler, c_void))
        self._xlib, self._display = xlib, display
        self._atom = xlib.XInternAtom(display, b"_NET_ACTIVE_WINDOW", 0)
        self._failed = False
        return True

    def centre(self) -> tuple[int, int] | None:
        """The centre of the active window in X screen pixels, or None if not known."""
        if not self._open():
            return None
        xlib, display = self._xlib, self._display
        root = xlib.XDefaultRootWindow(display)
        kind, size_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = xlib.XGetWindowProperty(
            display, root, self._atom, 0, 1, 0, _ANY_PROPERTY_TYPE, ctypes.byref(kind),
            ctypes.byref(size_format), ctypes.byref(count), ctypes.byref(after),
            ctypes.byref(data),
        )  # fmt: skip
        if status != _SUCCESS or not data.value:
            return None
        try:
            if count.value < 1 or size_format.value != 32:
                return None
            window = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0]
        finally:
            xlib.XFree(data)
        if not window:
            return None
        attributes = _WindowAttributes()
        if not xlib.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
            return None
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        if not xlib.XTranslateCoordinates(
            display, window, root, 0, 0, ctypes.byref(x), ctypes.byref(y), ctypes.byref(child)
        ):
            return None
        return x.value + attributes.width // 2, y.value + attributes.height // 2


_ACTIVE = _ActiveWindow()


def active_window_centre() -> tuple[int, int] | None:
    """The centre of the X11 desktop's active window (X screen pixels); None if unknown."""
    try:
        return _ACTIVE.centre()
    except Exception:  # never let a probe of the desktop break a window's placement
        log.debug("active window: not read", exc_info=True)
        return None
