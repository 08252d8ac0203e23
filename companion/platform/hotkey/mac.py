"""The global shortcut on macOS: Carbon's `RegisterEventHotKey` on the application's event
target, with a ctypes event handler for kEventHotKeyPressed. Ctrl in the setting is
⌘ Command and Meta is ⌃ Control, as everywhere in Qt on macOS. Tested with a fake Carbon;
not yet run on macOS."""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from companion.domain.key_sequence import KeyCombo
from companion.platform.hotkey.base import (
    ERROR,
    MAC_NAME,
    NO_KEY,
    TAKEN,
    Activate,
    Backend,
    Prototypes,
    UnavailableBackend,
    declared,
    new_hotkey_id,
)

log = logging.getLogger(__name__)


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
        self.hotkey_id = new_hotkey_id()
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
        if status != 0 or hot_key.signature != HOT_KEY_SIGNATURE or hot_key.id != self.hotkey_id:
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
            EventHotKeyID(HOT_KEY_SIGNATURE, self.hotkey_id),
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
