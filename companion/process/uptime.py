"""How long this process has been running, for the `ready` line in the log."""

from __future__ import annotations

import ctypes
import os
import sys
import time
from pathlib import Path

_IMPORTED_AT = time.monotonic()


def _linux_process_age() -> float | None:
    try:
        fields = Path("/proc/self/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    started = int(fields[19]) / ticks  # field 22 of stat; fields here start at field 3
    return max(0.0, uptime - started)


def _windows_process_age() -> float | None:
    """GetProcessTimes' creation time against the system time, both FILETIMEs (100 ns)."""
    if sys.platform == "win32":
        try:
            from ctypes import wintypes

            kernel32 = ctypes.WinDLL("kernel32")
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE  # the pseudo-handle -1
            filetime = ctypes.POINTER(ctypes.c_uint64)  # FILETIME: 100 ns since 1601, 8 bytes
            kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *(filetime,) * 4)
            kernel32.GetProcessTimes.restype = wintypes.BOOL
            kernel32.GetSystemTimeAsFileTime.argtypes = (filetime,)
            creation, exited, kernel, user, now = (ctypes.c_uint64() for _ in range(5))
            times = (ctypes.byref(value) for value in (creation, exited, kernel, user))
            if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), *times):
                return None
            kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))
        except (OSError, AttributeError):
            return None
        return max(0.0, (now.value - creation.value) / 10_000_000)
    return None


def _process_age() -> float | None:
    if sys.platform == "win32":
        return _windows_process_age()
    return _linux_process_age()  # elsewhere /proc is missing: None


def process_age_ms() -> int:
    """Milliseconds since the interpreter started (since this module loaded where unknown)."""
    age = _process_age()
    if age is None:
        age = time.monotonic() - _IMPORTED_AT
    return round(age * 1000)
