"""Content shipped in `data/`, loaded and checked once; a bad file is an error naming it.

One pattern for every file: `read_content_table` reads it (a missing or unreadable file is a
ContentError that says to reinstall), then the module for that content checks each key and
builds frozen dataclasses, raising ContentError with the file and the key at fault. This
module holds the vocabulary (emotion and call-type labels); beside it: `reframing` (thinking
traps, questions, examples, exercises), `checkin` (the WHO-5 wording), `summary` (the day's
sentences) and `support_words` (the words that open *Where to turn*).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.domain.language import SUPPORTED
from companion.domain.mood import CATEGORIES, EMOTIONS
from companion.paths import data_dir


class ContentError(RuntimeError):
    """A content file is missing or malformed; `str()` names the file and the fault."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Translated labels of emotion and category codes."""

    emotions: dict[str, dict[str, str]]
    categories: dict[str, dict[str, str]]

    def emotion(self, code: str, language: str) -> str:
        return self.emotions.get(code, {}).get(language, code)

    def category(self, code: str, language: str) -> str:
        return self.categories.get(code, {}).get(language, code)


def _labels(
    path: Path, table: object, section: str, codes: tuple[str, ...]
) -> dict[str, dict[str, str]]:
    if not isinstance(table, dict):
        raise ContentError(f"{path}: [{section}] is missing")
    labels: dict[str, dict[str, str]] = {}
    for code in codes:
        entry = table.get(code)
        if not isinstance(entry, dict):
            raise ContentError(f"{path}: [{section}.{code}] is missing")
        for language in SUPPORTED:
            label = entry.get(language)
            if not isinstance(label, str) or not label.strip():
                raise ContentError(f"{path}: [{section}.{code}] has no {language} label")
        labels[code] = {language: entry[language] for language in SUPPORTED}
    unknown = sorted(set(table) - set(codes))
    if unknown:
        raise ContentError(f"{path}: [{section}] has unknown codes: {', '.join(unknown)}")
    return labels


def read_content_table(path: Path) -> dict[str, Any]:
    """A shipped TOML file as a table; a missing or unreadable file is a ContentError naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path} is missing; reinstall Companion") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{path} cannot be read: {error}") from None


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    path = path or data_dir() / "vocabulary.toml"
    table = read_content_table(path)
    return Vocabulary(
        emotions=_labels(path, table.get("emotions"), "emotions", EMOTIONS),
        categories=_labels(path, table.get("categories"), "categories", CATEGORIES),
    )
