"""Keeping the long-running tray process small: what Python and PySide6 would otherwise hold.

PySide6 replaces `__import__` with a hook (shiboken's `__feature__` support, PYSIDE-2029) that,
for every module imported after it, reads the module's whole source through
`inspect.getsource` to see whether it mentions PySide6. `linecache` then keeps every line of
every module for the life of the process: about 7.5 MB in Companion, a tenth of its memory,
held all shift for nothing. (A PyInstaller bundle ships no sources, so it never pays this.)

`keep_no_source_lines()` swaps the cache for one that keeps only the file read last. Nothing is
lost: a traceback or a debugger reads the lines it needs from the file again. It is for the app
process only, installed before PySide6 is imported; the command-line jobs are short-lived.
"""

from __future__ import annotations

import linecache
from typing import Any


class _OnlyTheLast(dict[str, Any]):
    """linecache's `cache`, holding one file at a time: `updatecache` reads back the entry it
    has just stored (and a lazy entry from `lazycache`), so the last one must stay."""

    def __setitem__(self, key: str, value: Any) -> None:
        self.clear()
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]


def keep_no_source_lines() -> None:
    linecache.clearcache()
    linecache.cache = _OnlyTheLast()  # type: ignore[assignment,unused-ignore]


def source_lines_kept() -> int:
    """How many files `linecache` holds (for tests and benchmarks): at most one."""
    return len(linecache.cache)
