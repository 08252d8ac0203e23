"""What every backend of the global shortcut shares: the backends' names, the reasons a
shortcut does not work (the `status` codes the settings window turns into sentences), the
`Backend` protocol and the stand-in for a system where there is none, and ctypes prototypes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from companion.domain.key_sequence import KeyCombo

X11_NAME = "X11 XGrabKey"
WINDOWS_NAME = "Windows RegisterHotKey"
MAC_NAME = "macOS RegisterEventHotKey"
PORTAL_NAME = "GlobalShortcuts portal"
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
# Only through the desktop portal (Wayland), where the desktop asks the person:
CONFIRMING = "confirming"  # the desktop's dialog asks the person to confirm the keys
REFUSED = "refused"  # the person cancelled the desktop's dialog, or it bound nothing

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


# Our hot keys' ids with RegisterHotKey and RegisterEventHotKey: the first, then one more for
# each backend made (Companion holds several shortcuts, each through a backend of its own).
HOTKEY_ID = 0x4D4C  # any id from 0 to 0xBFFF is the application's own
_next_ids = itertools.count(HOTKEY_ID)


def new_hotkey_id() -> int:
    """An id no other backend of this process uses."""
    return next(_next_ids)


Prototypes = dict[str, tuple[tuple[Any, ...], Any]]  # function: (argument types, result type)


def declared(library: Any, prototypes: Prototypes) -> Any:
    """`library` with the argument and result types of the functions named set."""
    for name, (argtypes, restype) in prototypes.items():
        function = getattr(library, name)
        function.argtypes = argtypes
        function.restype = restype
    return library
