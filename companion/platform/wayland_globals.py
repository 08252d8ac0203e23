"""The globals a Wayland compositor offers (interface name -> version), read over its socket.

A few lines of the Wayland wire protocol instead of a library: connect to the compositor's
socket, ask wl_display (object 1) for the registry (`get_registry`, opcode 1, new id 2) and a
`sync` (opcode 0, new id 3), then read `wl_registry.global(name: uint, interface: string,
version: uint)` events (object 2, opcode 0) until the callback's `done` (object 3, opcode 0).
Every message is a header of two 32-bit words (object id; size << 16 | opcode) in the host's
byte order, then the arguments, each padded to 4 bytes; a string is its length with the NUL,
then the bytes.

Used to see whether the compositor has an idle protocol before starting swayidle, in about a
millisecond and without waiting for a child to fail. Never raises: any trouble reads as None.
"""

from __future__ import annotations

import logging
import socket
import struct
import sys
import time
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

TIMEOUT = 0.5  # seconds for the whole exchange
ORDER = "<" if sys.byteorder == "little" else ">"


def socket_path(environ: Mapping[str, str]) -> Path | None:
    """Where the compositor listens: WAYLAND_DISPLAY, absolute or in XDG_RUNTIME_DIR."""
    display = environ.get("WAYLAND_DISPLAY", "")
    if not display:
        return None
    if Path(display).is_absolute():
        return Path(display)
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    return Path(runtime, display) if runtime else None


def _message(object_id: int, opcode: int, *words: int) -> bytes:
    size = 8 + 4 * len(words)
    return struct.pack(f"{ORDER}II{len(words)}I", object_id, size << 16 | opcode, *words)


def read_globals(environ: Mapping[str, str]) -> dict[str, int] | None:
    """Interface name -> version of every global the compositor offers; None when it can't be
    asked (no Wayland display, no answer in time, a malformed answer)."""
    path = socket_path(environ)
    if path is None:
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(TIMEOUT)
            connection.connect(str(path))
            connection.sendall(_message(1, 1, 2) + _message(1, 0, 3))
            return _read_until_done(connection)
    except (OSError, ValueError, struct.error) as error:
        log.debug("wayland globals: asking %s failed: %s", path, error)
        return None


def _read_until_done(connection: socket.socket) -> dict[str, int] | None:
    found: dict[str, int] = {}
    buffer = b""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        buffer += chunk
        while len(buffer) >= 8:
            object_id, word = struct.unpack_from(f"{ORDER}II", buffer)
            size, opcode = word >> 16, word & 0xFFFF
            if size < 8:
                raise ValueError(f"bad message size {size}")
            if len(buffer) < size:
                break
            body, buffer = buffer[8:size], buffer[size:]
            if object_id == 2 and opcode == 0:  # wl_registry.global
                length = struct.unpack_from(f"{ORDER}I", body, 4)[0]
                interface = body[8 : 8 + length].rstrip(b"\0").decode("ascii", "replace")
                padded = (length + 3) & ~3
                found[interface] = struct.unpack_from(f"{ORDER}I", body, 8 + padded)[0]
            elif object_id == 3 and opcode == 0:  # wl_callback.done
                return found
            elif object_id == 1 and opcode == 0:  # wl_display.error
                raise ValueError("the compositor answered with an error")
    return None
