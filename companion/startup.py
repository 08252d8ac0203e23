"""How long this process has been running, for the `ready` line in the log."""

from __future__ import annotations

import os
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


def process_age_ms() -> int:
    """Milliseconds since the interpreter started (since this module loaded where unknown)."""
    age = _linux_process_age()
    if age is None:
        age = time.monotonic() - _IMPORTED_AT
    return round(age * 1000)
