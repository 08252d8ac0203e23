"""The global shortcut on Windows: `RegisterHotKey` with no window (the message goes to the
GUI thread's queue) and a QAbstractNativeEventFilter that picks WM_HOTKEY out of Qt's
message loop. Run under Wine 8 by tests/windows (the real app opens the quick log when another
program sends the keys, and reports a combination another program registered as taken)."""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

from companion.domain.key_sequence import FUNCTION_KEYS, KeyCombo
from companion.platform.hotkey.base import (
    ERROR,
    TAKEN,
    WINDOWS_NAME,
    Activate,
    Backend,
    UnavailableBackend,
    new_hotkey_id,
)

log = logging.getLogger(__name__)


MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
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

    def __init__(self, on_activated: Activate, hotkey_id: int) -> None:
        super().__init__()
        self.on_activated = on_activated
        self.hotkey_id = hotkey_id

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:  # noqa: N802
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        msg = Msg.from_address(int(message))
        if msg.message == WM_HOTKEY and msg.wParam == self.hotkey_id:
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
        self.hotkey_id = new_hotkey_id()
        self.filter = HotkeyFilter(on_activated, self.hotkey_id)
        self._application = application or QCoreApplication.instance()
        if self._application is not None:
            self._application.installNativeEventFilter(self.filter)

    def grab(self, combo: KeyCombo) -> str | None:
        self.release()
        if not self._user32.RegisterHotKey(
            None, self.hotkey_id, windows_modifiers(combo), windows_virtual_key(combo.key)
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
            self._user32.UnregisterHotKey(None, self.hotkey_id)
            self._registered = False

    def close(self) -> None:
        self.release()
        if self._application is not None:
            self._application.removeNativeEventFilter(self.filter)
            self._application = None
