"""A global shortcut: one key combination that reaches Companion while another program has the
keyboard, so the quick log opens even when the tray icon sits hidden in an overflow area.

How, per system (ctypes only, no extra Python packages):

- X11 (Linux, BSD): `XGrabKey` on the root window through libX11, on a display connection of
  its own (not Qt's), read with a QSocketNotifier on its file descriptor (`XPending` and
  `XNextEvent`, never blocking). The key is grabbed once for each state of CapsLock and NumLock,
  which would otherwise make it miss. A combination another program grabbed already fails with
  BadAccess: an Xlib error handler, installed only around our own calls and then put back,
  catches it, and the status says "taken". Detectable auto-repeat makes holding the keys count
  once.
- Wayland: a program cannot take a key for itself there (XWayland only sees keys typed into X
  windows), so the status says "wayland". The desktop's own keyboard settings can run
  `companion quick-log`, which asks the running Companion to open the quick log.
- Windows: `RegisterHotKey` with no window (the message goes to the GUI thread's queue) and
  `MOD_NOREPEAT`; a QAbstractNativeEventFilter picks WM_HOTKEY out of Qt's message loop.
  ERROR_HOTKEY_ALREADY_REGISTERED reads as "taken". Written against the documented API and
  tested with a fake user32; not yet run on Windows.
- macOS: Carbon's `RegisterEventHotKey` on the application's event target, with an event
  handler (`InstallEventHandler`, a ctypes callback) for kEventHotKeyPressed that checks our
  hot key id. It needs no accessibility permission. As everywhere in Qt on macOS, "Ctrl" in the
  setting is ⌘ Command and "Meta" is ⌃ Control, so what the settings field records is what is
  registered. eventHotKeyExistsErr reads as "taken". Written against the documented API and
  tested with a fake Carbon; not yet run on macOS.

Verified: X11 on Debian 12 (tests/unit/test_hotkey.py grabs Ctrl+Alt+M on a private Xvfb screen,
presses it with xdotool and also checks a key another client holds).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, QSocketNotifier
from PySide6.QtCore import Signal as QtSignal

from companion.domain.key_sequence import (
    FUNCTION_KEYS,
    InvalidKeySequence,
    KeyCombo,
    parse_key_sequence,
)
from companion.platform.idle import X11_PLATFORMS, is_wayland_session

log = logging.getLogger(__name__)

X11_NAME = "X11 XGrabKey"
WINDOWS_NAME = "Windows RegisterHotKey"
MAC_NAME = "macOS RegisterEventHotKey"
NONE_NAME = "none"

# Why a shortcut does not work here (None: it works).
OFF = "off"  # no combination is set
WAYLAND = "wayland"
NO_DISPLAY = "no_display"  # no X display (or Qt shows nothing on a screen: offscreen)
NO_LIBRARY = "no_x11_library"
TAKEN = "taken"  # another program holds the combination
NO_KEY = "no_key"  # this keyboard has no such key
INVALID = "invalid"  # the text is not a usable combination
UNSUPPORTED = "unsupported_platform"  # a system with none of the backends below
ERROR = "error"

Activate = Callable[[], None]


class Backend(Protocol):
    name: str
    # None when shortcuts can be grabbed here; else WAYLAND, NO_DISPLAY, NO_LIBRARY,
    # UNSUPPORTED or ERROR.
    unavailable_reason: str | None

    def grab(self, combo: KeyCombo) -> str | None:
        """Take the combination; None on success, else TAKEN, NO_KEY or ERROR."""
        ...

    def release(self) -> None:
        """Give back the combination grabbed (if any)."""
        ...

    def close(self) -> None:
        """Release everything; the backend is not used again."""
        ...


class UnavailableBackend:
    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.unavailable_reason: str | None = reason

    def grab(self, combo: KeyCombo) -> str | None:
        return self.unavailable_reason

    def release(self) -> None:
        pass

    def close(self) -> None:
        pass


class GlobalShortcut(QObject):
    """One global key combination; `activated` is emitted when it is pressed anywhere.

    `status` is None while the combination is held, else a reason code (module constants) the
    settings window turns into a sentence. The backend is chosen on first use.
    """

    activated = QtSignal()

    def __init__(
        self,
        make_backend: Callable[[Activate], Backend] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_backend = make_backend or make_platform_backend
        self._backend: Backend | None = None
        self.sequence = ""
        self.status: str | None = OFF

    @property
    def name(self) -> str:
        return NONE_NAME if self._backend is None else self._backend.name

    def set_sequence(self, text: str) -> str | None:
        """Hold `text` ("" for none) instead of the current combination; returns `status`."""
        invalid = False
        try:
            combo = parse_key_sequence(text)
        except InvalidKeySequence as error:
            log.warning("global shortcut %r: %s", text, error)
            combo, invalid = None, True
        if self._backend is not None:
            self._backend.release()
        self.sequence = "" if combo is None else combo.text
        if combo is None:
            self.status = INVALID if invalid else OFF
            return self.status
        if self._backend is None:
            try:
                self._backend = self._make_backend(self.activated.emit)
            except Exception:
                log.warning("global shortcut: choosing a backend failed", exc_info=True)
                self._backend = UnavailableBackend(NONE_NAME, ERROR)
        backend = self._backend
        try:
            reason = backend.unavailable_reason or backend.grab(combo)
        except Exception:
            log.warning("global shortcut: grabbing %s failed", combo, exc_info=True)
            reason = ERROR
        self.status = reason
        if reason is None:
            log.info("global shortcut %s for the quick log (%s)", combo, backend.name)
        else:
            log.info("global shortcut %s not available (%s): %s", combo, backend.name, reason)
        return reason

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None
        self.status = OFF


def make_platform_backend(
    on_activated: Activate,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    qt_platform: str | None = None,
) -> Backend:
    """The backend for this system (or the one the arguments describe)."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if qt_platform is None:
        from PySide6.QtGui import QGuiApplication

        qt_platform = QGuiApplication.platformName()
    if qt_platform in ("offscreen", "minimal"):  # nothing on a screen to bring the log to
        return UnavailableBackend(NONE_NAME, NO_DISPLAY)
    if platform == "win32":
        return open_windows(on_activated)
    if platform == "darwin":
        return open_mac(on_activated)
    if platform.startswith(X11_PLATFORMS):
        if qt_platform.startswith("wayland") or is_wayland_session(environ):
            return UnavailableBackend(X11_NAME, WAYLAND)
        display = environ.get("DISPLAY", "")
        if not display:
            return UnavailableBackend(X11_NAME, NO_DISPLAY)
        return open_x11(display, on_activated)
    return UnavailableBackend(NONE_NAME, UNSUPPORTED)


# --- X11 ------------------------------------------------------------------------------------

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


Prototypes = dict[str, tuple[tuple[Any, ...], Any]]  # function: (argument types, result type)


def declared(library: Any, prototypes: Prototypes) -> Any:
    """`library` with the argument and result types of the functions named set."""
    for name, (argtypes, restype) in prototypes.items():
        function = getattr(library, name)
        function.argtypes = argtypes
        function.restype = restype
    return library


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


# --- Windows --------------------------------------------------------------------------------

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
HOTKEY_ID = 0x4D4C  # any id from 0 to 0xBFFF is the application's own
_WINDOWS_NAMED_KEYS = {
    "Space": 0x20,
    "PgUp": 0x21,
    "PgDown": 0x22,
    "End": 0x23,
    "Home": 0x24,
    "Left": 0x25,
    "Up": 0x26,
    "Right": 0x27,
    "Down": 0x28,
    "Print": 0x2C,  # VK_SNAPSHOT
    "Ins": 0x2D,
    "Del": 0x2E,
    "Pause": 0x13,
}


def windows_virtual_key(key: str) -> int:
    """The virtual-key code of one of key_sequence.KEYS."""
    if key in FUNCTION_KEYS:
        return 0x70 + FUNCTION_KEYS.index(key)  # VK_F1 ... VK_F24
    if key in _WINDOWS_NAMED_KEYS:
        return _WINDOWS_NAMED_KEYS[key]
    return ord(key)  # 'A'-'Z' and '0'-'9' are their own codes


def windows_modifiers(combo: KeyCombo) -> int:
    return (
        MOD_NOREPEAT
        | (MOD_SHIFT if combo.shift else 0)
        | (MOD_CONTROL if combo.ctrl else 0)
        | (MOD_ALT if combo.alt else 0)
        | (MOD_WIN if combo.meta else 0)
    )


class Point(ctypes.Structure):
    _fields_ = (("x", ctypes.c_long), ("y", ctypes.c_long))


class Msg(ctypes.Structure):
    """MSG from <winuser.h>: WPARAM is UINT_PTR, LPARAM LONG_PTR."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt", Point),
        ("lPrivate", ctypes.c_uint32),
    )


class HotkeyFilter(QAbstractNativeEventFilter):
    """Picks WM_HOTKEY with our id out of the messages Qt's event loop reads."""

    def __init__(self, on_activated: Activate) -> None:
        super().__init__()
        self.on_activated = on_activated

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:  # noqa: N802
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        msg = Msg.from_address(int(message))
        if msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID:
            self.on_activated()
            return True, 0
        return False, 0


def _load_user32() -> tuple[Any, Callable[[], int]]:
    if sys.platform == "win32":
        user32 = ctypes.WinDLL("user32", use_last_error=True)
        user32.RegisterHotKey.argtypes = (
            ctypes.c_void_p,  # HWND: none, the message goes to this thread's queue
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
        )
        user32.RegisterHotKey.restype = ctypes.c_int  # BOOL
        user32.UnregisterHotKey.argtypes = (ctypes.c_void_p, ctypes.c_int)
        user32.UnregisterHotKey.restype = ctypes.c_int
        return user32, ctypes.get_last_error
    raise OSError("RegisterHotKey exists on Windows only")


def open_windows(on_activated: Activate) -> Backend:
    try:
        user32, last_error = _load_user32()
    except Exception:
        log.warning("global shortcut: user32 could not be loaded", exc_info=True)
        return UnavailableBackend(WINDOWS_NAME, ERROR)
    return WindowsBackend(user32, last_error, on_activated)


class WindowsBackend:
    """RegisterHotKey for the GUI thread; `user32` and `last_error` may be fakes."""

    name = WINDOWS_NAME

    def __init__(
        self,
        user32: Any,
        last_error: Callable[[], int],
        on_activated: Activate,
        application: QCoreApplication | None = None,
    ) -> None:
        self.unavailable_reason: str | None = None
        self._user32 = user32
        self._last_error = last_error
        self._registered = False
        self.filter = HotkeyFilter(on_activated)
        self._application = application or QCoreApplication.instance()
        if self._application is not None:
            self._application.installNativeEventFilter(self.filter)

    def grab(self, combo: KeyCombo) -> str | None:
        self.release()
        if not self._user32.RegisterHotKey(
            None, HOTKEY_ID, windows_modifiers(combo), windows_virtual_key(combo.key)
        ):
            code = int(self._last_error())
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                return TAKEN
            log.warning("global shortcut: RegisterHotKey failed with error %d", code)
            return ERROR
        self._registered = True
        return None

    def release(self) -> None:
        if self._registered:
            self._user32.UnregisterHotKey(None, HOTKEY_ID)
            self._registered = False

    def close(self) -> None:
        self.release()
        if self._application is not None:
            self._application.removeNativeEventFilter(self.filter)
            self._application = None


# --- macOS ----------------------------------------------------------------------------------

CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 1 << 8, 1 << 9, 1 << 11, 1 << 12  # Events.h


def _four_chars(code: str) -> int:
    """A Carbon OSType ('keyb') as its 32-bit number."""
    return int.from_bytes(code.encode("ascii"), "big")


K_EVENT_CLASS_KEYBOARD = _four_chars("keyb")
K_EVENT_HOT_KEY_PRESSED = 5
K_EVENT_PARAM_DIRECT_OBJECT = _four_chars("----")
TYPE_EVENT_HOT_KEY_ID = _four_chars("hkid")
HOT_KEY_SIGNATURE = _four_chars("CMPN")  # the same letters as the store's application id
EVENT_HOT_KEY_EXISTS = -9878  # eventHotKeyExistsErr
EVENT_NOT_HANDLED = -9874  # eventNotHandledErr: let other handlers see the event

# Virtual key codes of the ANSI keyboard (HIToolbox/Events.h, kVK_*): positions, not letters.
_MAC_KEY_CODES = {
    "A": 0x00,
    "S": 0x01,
    "D": 0x02,
    "F": 0x03,
    "H": 0x04,
    "G": 0x05,
    "Z": 0x06,
    "X": 0x07,
    "C": 0x08,
    "V": 0x09,
    "B": 0x0B,
    "Q": 0x0C,
    "W": 0x0D,
    "E": 0x0E,
    "R": 0x0F,
    "Y": 0x10,
    "T": 0x11,
    "1": 0x12,
    "2": 0x13,
    "3": 0x14,
    "4": 0x15,
    "6": 0x16,
    "5": 0x17,
    "9": 0x19,
    "7": 0x1A,
    "8": 0x1C,
    "0": 0x1D,
    "O": 0x1F,
    "U": 0x20,
    "I": 0x22,
    "P": 0x23,
    "L": 0x25,
    "J": 0x26,
    "K": 0x28,
    "N": 0x2D,
    "M": 0x2E,
    "Space": 0x31,
    "Ins": 0x72,  # the Help key sits where Insert is
    "Home": 0x73,
    "PgUp": 0x74,
    "Del": 0x75,  # forward delete
    "End": 0x77,
    "PgDown": 0x79,
    "Left": 0x7B,
    "Right": 0x7C,
    "Down": 0x7D,
    "Up": 0x7E,
    "F1": 0x7A,
    "F2": 0x78,
    "F3": 0x63,
    "F4": 0x76,
    "F5": 0x60,
    "F6": 0x61,
    "F7": 0x62,
    "F8": 0x64,
    "F9": 0x65,
    "F10": 0x6D,
    "F11": 0x67,
    "F12": 0x6F,
    "F13": 0x69,
    "F14": 0x6B,
    "F15": 0x71,
    "F16": 0x6A,
    "F17": 0x40,
    "F18": 0x4F,
    "F19": 0x50,
    "F20": 0x5A,
}  # F21-F24, Pause and Print have no key on a Mac keyboard


def mac_key_code(key: str) -> int | None:
    """The virtual key code of one of key_sequence.KEYS; None where Macs have no such key."""
    return _MAC_KEY_CODES.get(key)


def mac_modifiers(combo: KeyCombo) -> int:
    """Qt's reading on macOS: Ctrl is ⌘ Command and Meta is ⌃ Control."""
    return (
        (CMD_KEY if combo.ctrl else 0)
        | (CONTROL_KEY if combo.meta else 0)
        | (OPTION_KEY if combo.alt else 0)
        | (SHIFT_KEY if combo.shift else 0)
    )


class EventHotKeyID(ctypes.Structure):
    _fields_ = (("signature", ctypes.c_uint32), ("id", ctypes.c_uint32))


class EventTypeSpec(ctypes.Structure):
    _fields_ = (("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32))


# OSStatus (*EventHandlerProcPtr)(EventHandlerCallRef, EventRef, void *userData)
EVENT_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


CARBON = "/System/Library/Frameworks/Carbon.framework/Carbon"


def load_carbon() -> Any:
    """Carbon (HIToolbox) with the prototypes used here; OSError where there is none."""
    carbon = ctypes.CDLL(CARBON)
    pointer = ctypes.c_void_p
    prototypes: Prototypes = {
        "GetApplicationEventTarget": ((), pointer),
        "InstallEventHandler": (
            (
                pointer,
                EVENT_HANDLER,
                ctypes.c_ulong,
                ctypes.POINTER(EventTypeSpec),
                pointer,
                ctypes.POINTER(pointer),
            ),
            ctypes.c_int32,
        ),
        "RemoveEventHandler": ((pointer,), ctypes.c_int32),
        "RegisterEventHotKey": (
            (
                ctypes.c_uint32,
                ctypes.c_uint32,
                EventHotKeyID,
                pointer,
                ctypes.c_uint32,
                ctypes.POINTER(pointer),
            ),
            ctypes.c_int32,
        ),
        "UnregisterEventHotKey": ((pointer,), ctypes.c_int32),
        "GetEventParameter": (
            (
                pointer,
                ctypes.c_uint32,
                ctypes.c_uint32,
                pointer,
                ctypes.c_ulong,
                pointer,
                pointer,
            ),
            ctypes.c_int32,
        ),
    }
    return declared(carbon, prototypes)


def open_mac(on_activated: Activate) -> Backend:
    try:
        carbon = load_carbon()
        return MacBackend(carbon, on_activated)
    except Exception:
        log.warning("global shortcut: Carbon could not be used", exc_info=True)
        return UnavailableBackend(MAC_NAME, ERROR)


class MacBackend:
    """RegisterEventHotKey on the application's event target; `carbon` may be a fake.

    Carbon events reach the handler from the main run loop, which Qt's event loop runs, so
    `on_activated` is called on the GUI thread.
    """

    name = MAC_NAME

    def __init__(self, carbon: Any, on_activated: Activate) -> None:
        self.unavailable_reason: str | None = None
        self._carbon = carbon
        self._on_activated = on_activated
        self._target = carbon.GetApplicationEventTarget()
        self._hot_key: ctypes.c_void_p | None = None
        self._callback = EVENT_HANDLER(self._on_event)  # kept alive while installed
        self._handler: ctypes.c_void_p | None = ctypes.c_void_p()
        pressed = EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOT_KEY_PRESSED)
        status = carbon.InstallEventHandler(
            self._target,
            self._callback,
            1,
            ctypes.byref(pressed),
            None,
            ctypes.byref(self._handler),
        )
        if status != 0:
            raise OSError(f"InstallEventHandler failed with status {status}")

    def _on_event(self, _call: int | None, event: int | None, _data: int | None) -> int:
        hot_key = EventHotKeyID()
        status = self._carbon.GetEventParameter(
            event,
            K_EVENT_PARAM_DIRECT_OBJECT,
            TYPE_EVENT_HOT_KEY_ID,
            None,
            ctypes.sizeof(hot_key),
            None,
            ctypes.byref(hot_key),
        )
        if status != 0 or hot_key.signature != HOT_KEY_SIGNATURE or hot_key.id != HOTKEY_ID:
            return EVENT_NOT_HANDLED
        try:
            self._on_activated()
        except Exception:
            log.exception("global shortcut: handling the key failed")
        return 0

    def grab(self, combo: KeyCombo) -> str | None:
        self.release()
        code = mac_key_code(combo.key)
        if code is None:
            return NO_KEY
        reference = ctypes.c_void_p()
        status = self._carbon.RegisterEventHotKey(
            code,
            mac_modifiers(combo),
            EventHotKeyID(HOT_KEY_SIGNATURE, HOTKEY_ID),
            self._target,
            0,
            ctypes.byref(reference),
        )
        if status == EVENT_HOT_KEY_EXISTS:
            return TAKEN
        if status != 0:
            log.warning("global shortcut: RegisterEventHotKey failed with status %d", status)
            return ERROR
        self._hot_key = reference
        return None

    def release(self) -> None:
        if self._hot_key is not None:
            self._carbon.UnregisterEventHotKey(self._hot_key)
            self._hot_key = None

    def close(self) -> None:
        self.release()
        if self._handler is not None:
            self._carbon.RemoveEventHandler(self._handler)
            self._handler = None
