"""A count with its noun in plain English text (the command line): "1 file", "2 files".

Translated windows choose between two tr() strings instead ("1 entry" / "%1 entries"), since
without an English translation file Qt's %n numerus forms would print "1 entries".
"""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """`count` with `one` when it is exactly 1, else with `many`; thousands get commas."""
    return f"{count:,} {one if count == 1 else many}"
