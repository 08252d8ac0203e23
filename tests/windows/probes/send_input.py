"""Synthesized keyboard and mouse input through user32.SendInput, as a second program would
send it (under Wine a physical X key press reaches RegisterHotKey only while a Wine window has
the focus; SendInput from another Wine process always does)."""

from __future__ import annotations

import ctypes
from ctypes import wintypes

INPUT_MOUSE, INPUT_KEYBOARD = 0, 1
MOUSEEVENTF_MOVE = 0x0001
KEYEVENTF_KEYUP = 0x0002
VK = {"ctrl": 0x11, "alt": 0x12, "shift": 0x10}


class MouseInput(ctypes.Structure):
    _fields_ = (
        ("dx", wintypes.LONG),
        ("dy", wintypes.LONG),
        ("mouseData", wintypes.DWORD),
        ("dwFlags", wintypes.DWORD),
        ("time", wintypes.DWORD),
        ("dwExtraInfo", ctypes.c_size_t),
    )


class KeyboardInput(ctypes.Structure):
    _fields_ = (
        ("wVk", wintypes.WORD),
        ("wScan", wintypes.WORD),
        ("dwFlags", wintypes.DWORD),
        ("time", wintypes.DWORD),
        ("dwExtraInfo", ctypes.c_size_t),
    )


class _Union(ctypes.Union):
    _fields_ = (("mi", MouseInput), ("ki", KeyboardInput), ("padding", ctypes.c_byte * 32))


class Input(ctypes.Structure):
    _fields_ = (("type", wintypes.DWORD), ("u", _Union))


_user32 = ctypes.WinDLL("user32", use_last_error=True)
_user32.SendInput.argtypes = (wintypes.UINT, ctypes.POINTER(Input), ctypes.c_int)
_user32.SendInput.restype = wintypes.UINT


def _send(events: list[Input]) -> None:
    array = (Input * len(events))(*events)
    sent = _user32.SendInput(len(events), array, ctypes.sizeof(Input))
    if sent != len(events):
        raise OSError(f"SendInput sent {sent} of {len(events)} (error {ctypes.get_last_error()})")


def move_mouse(dx: int = 5, dy: int = 5) -> None:
    event = Input(type=INPUT_MOUSE)
    event.u.mi = MouseInput(dx=dx, dy=dy, dwFlags=MOUSEEVENTF_MOVE)
    _send([event])


def press(key: str, *modifiers: str) -> None:
    """Press and release `key` (a letter, digit or virtual-key code) with modifiers held."""
    codes = [VK[name] for name in modifiers]
    main = ord(key.upper()) if isinstance(key, str) else key
    events = []
    for code in [*codes, main]:
        event = Input(type=INPUT_KEYBOARD)
        event.u.ki = KeyboardInput(wVk=code)
        events.append(event)
    for code in reversed([*codes, main]):
        event = Input(type=INPUT_KEYBOARD)
        event.u.ki = KeyboardInput(wVk=code, dwFlags=KEYEVENTF_KEYUP)
        events.append(event)
    _send(events)


if __name__ == "__main__":
    import json
    import sys

    # `send_input.py key M ctrl alt` or `send_input.py mouse`
    if sys.argv[1] == "mouse":
        move_mouse()
    else:
        press(sys.argv[2], *sys.argv[3:])
    print(json.dumps({"sent": sys.argv[1:]}))
