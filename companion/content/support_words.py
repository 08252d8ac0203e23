"""The words of self-harm or hopelessness (`data/support_words.toml`), loaded and checked once.

Both languages are merged: an agent may write either. A bad file is a ContentError naming it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.language import SUPPORTED
from companion.paths import data_dir

MAX_PHRASE_LENGTH = 40


@dataclass(frozen=True, slots=True)
class SupportWords:
    words: tuple[str, ...]
    ignore: tuple[str, ...]


def _phrases(path: Path, section: str, key: str, value: object, *, required: bool) -> list[str]:
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        raise ContentError(f"{path}: [{section}] {key} must be a non-empty list of phrases")
    for item in value:
        if not isinstance(item, str) or not item.strip() or len(item) > MAX_PHRASE_LENGTH:
            raise ContentError(
                f"{path}: [{section}] {key} holds {item!r}; each phrase must be text of "
                f"1 to {MAX_PHRASE_LENGTH} characters"
            )
    return [item.strip() for item in value]


def load_support_words(path: Path | None = None) -> SupportWords:
    path = path or data_dir() / "support_words.toml"
    table = read_content_table(path)
    unknown = sorted(set(table) - set(SUPPORTED))
    if unknown:
        raise ContentError(f"{path}: unknown sections: {', '.join(unknown)}")
    words: list[str] = []
    ignore: list[str] = []
    for language in SUPPORTED:
        section = table.get(language)
        if not isinstance(section, dict):
            raise ContentError(f"{path}: [{language}] is missing")
        extra = sorted(set(section) - {"words", "ignore"})
        if extra:
            raise ContentError(f"{path}: [{language}] has unknown keys: {', '.join(extra)}")
        words += _phrases(path, language, "words", section.get("words"), required=True)
        ignore += _phrases(path, language, "ignore", section.get("ignore"), required=False)
    return SupportWords(words=tuple(words), ignore=tuple(ignore))
