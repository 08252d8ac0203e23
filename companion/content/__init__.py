"""Content shipped in `data/`, loaded and checked once; a bad file is an error naming it.

One pattern for every file: `read_content_table` reads it (a missing or unreadable file is a
ContentError that says to reinstall), then the module for that content checks each key and
builds frozen dataclasses, raising ContentError with the file and the key at fault. This
module holds that pattern only (it is imported before the tray shows, so it stays small);
beside it: `vocabulary` (emotion and call-type labels), `reframing` (thinking traps,
questions, examples, exercises, the feeling-need-request reply), `checkin` (the WHO-5
wording), `summary` (the day's sentences), `support_words` (the words that open *Where to
turn*), and `shipped` (what the running app has read).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class ContentError(RuntimeError):
    """A content file is missing or malformed; `str()` names the file and the fault."""


def read_content_table(path: Path) -> dict[str, Any]:
    """A shipped TOML file as a table; a missing or unreadable file is a ContentError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path} is missing; reinstall Companion") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path} cannot be read: {error}") from None
