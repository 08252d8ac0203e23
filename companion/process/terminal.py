"""What Companion writes to a terminal's error stream is only ever text.

Every line on stderr is for a person (errors, warnings, notes): none is data a script reads
byte for byte. So the stream itself writes out, as escapes, any character that could act on
the terminal (see `companion.domain.shown_text`): a team server's error, a file's name or a
damaged setting can quote whatever it likes, and nothing recolours, clears or retitles the
terminal, or turns a line around. Standard output is left alone (it carries JSON and CSV);
the tables printed there escape their cells themselves.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO, cast

from companion.domain.shown_text import harmless


class HarmlessStream:
    """A text stream that writes through to `stream`, every acting character escaped."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(harmless(text, lines=True))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:  # encoding, errors, isatty, fileno, reconfigure…
        return getattr(self._stream, name)


def harmless_stderr() -> None:
    """Make `sys.stderr` write only harmless text (once; a missing stream stays missing)."""
    if sys.stderr is None or isinstance(sys.stderr, HarmlessStream):
        return
    sys.stderr = cast(TextIO, HarmlessStream(sys.stderr))
