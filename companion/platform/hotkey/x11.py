"""The global shortcut on X11 (Linux, BSD): `XGrabKey` on the root window through libX11
(ctypes), on a display connection of its own, read with a QSocketNotifier; once for each
state of CapsLock and NumLock; BadAccess (another client holds the keys) reads as taken."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QSocketNotifier

from companion.domain.key_sequence import FUNCTION_KEYS, KeyCombo
from companion.platform.hotkey.base import (
    ERROR,
    NO_DISPLAY,
    NO_KEY,
    NO_LIBRARY,
    TAKEN,
    X11_NAME,
    Activate,
    Backend,
    Prototypes,
    UnavailableBackend,
    declared,
)

log = logging.getLogger(__name__)


SHIFT_MASK, LOCK_MASK, CONTROL_MASK, MOD1_MASK, MOD2_MASK, MOD4_MASK = 1, 2, 4, 8, 16, 64
KEY_PRESS, KEY_RELEASE = 2, 3
GRAB_MODE_ASYNC = 1
BAD_ACCESS = 10
XK_NUM_LOCK = 0xFF7F
_X11_NAMED_KEYSYMS = {
    "Space": 0x20,
    "Ins": 0xFF63,
    "Del": 0xFFFF,
    "Home": 0xFF50,
    "End": 0xFF57,
    "PgUp": 0xFF55,
    "PgDown": 0xFF56,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Pause": 0xFF13,
    "Print": 0xFF61,
}


def x11_keysym(key: str) -> int:
    """The X keysym of one of key_sequence.KEYS (letters as their lower-case keysym)."""
    if key in FUNCTION_KEYS:
        return 0xFFBE + FUNCTION_KEYS.index(key)  # XK_F1 ...
    if key in _X11_NAMED_KEYSYMS:
        return _X11_NAMED_KEYSYMS[key]
    return ord(key.lower())  # Latin-1 keysyms equal their code points


def x11_modifiers(combo: KeyCombo) -> int:
    """Ctrl, Alt (Mod1) and Meta (Super, Mod4) as an X modifier mask."""
    return (
        (SHIFT_MASK if combo.shift else 0)
        | (CONTROL_MASK if combo.ctrl else 0)
        | (MOD1_MASK if combo.alt else 0)
        | (MOD4_MASK if combo.meta else 0)
    )


class XKeyEvent(ctypes.Structure):
    """<X11/Xlib.h> XKeyEvent."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("root", ctypes.c_ulong),
        ("subwindow", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    )


class XEvent(ctypes.Union):
    """<X11/Xlib.h> XEvent: 24 longs, whatever the event."""

    _fields_ = (("type", ctypes.c_int), ("xkey", XKeyEvent), ("pad", ctypes.c_long * 24))


class XErrorEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))


def load_xlib() -> Any:
    """libX11 with the prototypes used here; OSError when it is missing."""
    from companion.platform.idle import _load_library

    xlib = _load_library("libX11.so.6", "X11")
    display, window = ctypes.c_void_p, ctypes.c_ulong
    prototypes: Prototypes = {
        "XOpenDisplay": ((ctypes.c_char_p,), display),
        "XCloseDisplay": ((display,), ctypes.c_int),
        "XDefaultRootWindow": ((display,), window),
        "XConnectionNumber": ((display,), ctypes.c_int),
        "XKeysymToKeycode": ((display, ctypes.c_ulong), ctypes.c_ubyte),
        "XkbKeysymToModifiers": ((display, ctypes.c_ulong), ctypes.c_uint),
        "XkbSetDetectableAutoRepeat": (
            (display, ctypes.c_int, ctypes.POINTER(ctypes.c_int)),
            ctypes.c_int,
        ),
        "XGrabKey": (
            (
                display,
                ctypes.c_int,
                ctypes.c_uint,
                window,
                ctypes.c_int,
                ctypes.c_int,
                ctypes.c_int,
            ),
            ctypes.c_int,
        ),
        "XUngrabKey": ((display, ctypes.c_int, ctypes.c_uint, window), ctypes.c_int),
        "XSync": ((display, ctypes.c_int), ctypes.c_int),
        "XPending": ((display,), ctypes.c_int),
        "XNextEvent": ((display, ctypes.POINTER(XEvent)), ctypes.c_int),
        "XSetErrorHandler": ((ctypes.c_void_p,), ctypes.c_void_p),
    }
    return declared(xlib, prototypes)


def open_x11(display_name: str, on_activated: Activate) -> Backend:
    try:
        xlib = load_xlib()
    except OSError as error:
        log.info("global shortcut: libX11 not found (Debian package libx11-6): %s", error)
        return UnavailableBackend(X11_NAME, NO_LIBRARY)
    display = xlib.XOpenDisplay(os.fsencode(display_name))
    if not display:
        log.info("global shortcut: cannot open X display %r", display_name)
        return UnavailableBackend(X11_NAME, NO_DISPLAY)
    try:
        return X11Backend(xlib, display, on_activated)
    except Exception:
        log.warning("global shortcut: setting up X11 failed", exc_info=True)
        xlib.XCloseDisplay(display)
        return UnavailableBackend(X11_NAME, ERROR)


class X11Backend:
    """Grabs one combination on the root window of a display connection of its own.

    Use it from the Qt thread only. Xlib's error handler is process-wide: ours is installed
    around our own calls only, passes errors of other connections to the handler it replaced,
    and that one is put back straight after.
    """

    name = X11_NAME

    def __init__(self, xlib: Any, display: int, on_activated: Activate) -> None:
        self.unavailable_reason: str | None = None
        self._xlib = xlib
        self._display: int | None = display
        self._on_activated = on_activated
        self._root = xlib.XDefaultRootWindow(display)
        self._errors: list[int] = []
        self._previous_handler: int | None = None
        self._handler = X_ERROR_HANDLER(self._on_error)  # kept alive while installed
        self._grabbed: list[tuple[int, int]] = []  # (keycode, modifiers) per lock state
        self._keycode = 0
        self._modifiers = 0
        self._held = False
        numlock = int(xlib.XkbKeysymToModifiers(display, XK_NUM_LOCK)) or MOD2_MASK
        self._lock_states = sorted({0, LOCK_MASK, numlock, LOCK_MASK | numlock})
        supported = ctypes.c_int(0)
        with self._catching_errors():
            xlib.XkbSetDetectableAutoRepeat(display, 1, ctypes.byref(supported))
        self._notifier = QSocketNotifier(
            int(xlib.XConnectionNumber(display)), QSocketNotifier.Type.Read
        )
        self._notifier.activated.connect(self._read_events)

    def _on_error(self, display: int | None, error: Any) -> int:
        if display == self._display:
            self._errors.append(int(error.contents.error_code))
        elif self._previous_handler:
            previous = ctypes.cast(self._previous_handler, X_ERROR_HANDLER)
            return int(previous(display, error))
        return 0

    @contextlib.contextmanager
    def _catching_errors(self) -> Iterator[list[int]]:
        self._errors = []
        self._previous_handler = self._xlib.XSetErrorHandler(
            ctypes.cast(self._handler, ctypes.c_void_p)
        )
        try:
            yield self._errors
        finally:
            if self._display is not None:
                self._xlib.XSync(self._display, 0)  # errors of our requests arrive now
            self._xlib.XSetErrorHandler(self._previous_handler)
            self._previous_handler = None

    def grab(self, combo: KeyCombo) -> str | None:
        self.release()
        if self._display is None:
            return ERROR
        keycode = int(self._xlib.XKeysymToKeycode(self._display, x11_keysym(combo.key)))
        if keycode == 0:
            return NO_KEY
        modifiers = x11_modifiers(combo)
        with self._catching_errors() as errors:
            for lock_state in self._lock_states:
                self._xlib.XGrabKey(
                    self._display,
                    keycode,
                    modifiers | lock_state,
                    self._root,
                    1,  # owner_events
                    GRAB_MODE_ASYNC,
                    GRAB_MODE_ASYNC,
                )
                self._grabbed.append((keycode, modifiers | lock_state))
        if errors:
            self.release()
            if BAD_ACCESS in errors:
                log.info("global shortcut: %s is grabbed by another X client", combo)
                return TAKEN
            log.warning("global shortcut: XGrabKey failed with X errors %s", errors)
            return ERROR
        self._keycode, self._modifiers, self._held = keycode, modifiers, False
        self._read_events()  # XSync may have queued events the notifier will not announce
        return None

    def release(self) -> None:
        if self._display is None or not self._grabbed:
            self._grabbed = []
            return
        with self._catching_errors():
            for keycode, modifiers in self._grabbed:
                self._xlib.XUngrabKey(self._display, keycode, modifiers, self._root)
        self._grabbed = []
        self._keycode = 0

    def _read_events(self) -> None:
        if self._display is None:
            return
        event = XEvent()
        pressed = False
        relevant = SHIFT_MASK | CONTROL_MASK | MOD1_MASK | MOD4_MASK
        with self._catching_errors():
            while self._xlib.XPending(self._display):
                self._xlib.XNextEvent(self._display, ctypes.byref(event))
                if event.type not in (KEY_PRESS, KEY_RELEASE) or not self._keycode:
                    continue
                key = event.xkey
                if key.keycode != self._keycode:
                    continue
                if event.type == KEY_RELEASE:
                    self._held = False
                elif (key.state & relevant) == self._modifiers and not self._held:
                    self._held = True  # auto-repeat sends presses only until the release
                    pressed = True
        if pressed:
            self._on_activated()

    def close(self) -> None:
        if self._display is None:
            return
        self.release()
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        display, self._display = self._display, None
        try:
            self._xlib.XCloseDisplay(display)
        except Exception:
            log.debug("global shortcut: closing the X display failed", exc_info=True)
