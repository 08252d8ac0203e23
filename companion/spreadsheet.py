"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Excel and LibreOffice read a cell that begins with `=` as a formula, and Excel also one that
begins with `+`, `-` or `@` (and, after a tab or a carriage return, the same again); in an East
Asian Excel a full-width `＝＋－＠` can count too. A note such as `=HYPERLINK("http://…?"&A1)`
would send the row away when the file is opened, and `+cmd|' /C calc'!A0` start a program. So
every CSV Companion writes (the export, `companion list --format csv`, the charts' *Save data as
CSV*) passes each text cell through `safe_cell`: one that begins with such a character gets a
leading apostrophe, the usual way of saying "this is text" (OWASP's advice on CSV injection).
The text after the apostrophe is exactly what was written; a plain number such as `-3` or
`+0.5` is left as it is, since a spreadsheet reads it as the number it is and runs nothing.
Numbers, booleans and empty cells are never touched. Companion does not read CSV back: the
JSON export is the one that imports.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import IO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """`value`, with a leading apostrophe when it is text a spreadsheet would evaluate."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and _PLAIN_NUMBER.fullmatch(value) is None
    ):
        return "'" + value
    return value


def safe_row(values: Iterable[object]) -> list[object]:
    return [safe_cell(value) for value in values]


class LineWriter:
    """CSV rows ending in a plain "\n" (as `companion list` writes them), each cell made safe.

    Python's csv module quotes a cell holding a line end only when that line end is its own:
    with "\n" it would leave a lone carriage return in a note unquoted, which every
    spreadsheet reads as the end of the row (and the rest of the note as a new row, perhaps a
    formula). So each row is written with "\r\n", which quotes both, then ends in "\n"."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def writerow(self, values: Iterable[object]) -> None:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(safe_row(values))
        self._out.write(self._buffer.getvalue()[:-2] + "\n")
