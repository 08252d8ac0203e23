"""Text from outside, made harmless to show: on a terminal, in a window, in a log line.

A team server's error, a file's name or field, a note an older build let through: any of them
may hold characters that act instead of showing. On a terminal an escape sequence (ESC `[`…)
recolours or clears the screen, retitles the window or, on some terminals, writes to the
clipboard; a carriage return or a backspace overwrites what was printed before it. In a window
(and on a terminal that lays out both directions) a bidirectional override turns the rest of
the line around, so that `fdp.exe` reads as `exe.pdf`. A line separator starts a line that
looks like one of ours.

`harmless` writes each such character the way Python writes it in a literal (`\\x1b`,
`\\u202e`): still there for whoever needs to know what was sent, but only as text.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, lone surrogates, the bidirectional marks, embeddings, overrides and
# isolates, and the line and paragraph separators.
_ACTING = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
_ACTING_EXCEPT_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029]"
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _written(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def harmless(text: str, *, lines: bool = False) -> str:
    """`text` with every character that could act on a terminal or turn text around written
    out as an escape. With `lines`, line feeds and tabs stay (a window's paragraphs);
    otherwise the result is one line."""
    pattern = _ACTING_EXCEPT_LINES if lines else _ACTING
    return pattern.sub(_written, text)
