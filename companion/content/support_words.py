"""The words of self-harm or hopelessness (`data/support_words.toml`), loaded and checked once.

Both languages are merged: an agent may write either. A bad file is a ContentError naming it.
How the lists match is told in companion/domain/support.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.language import SUPPORTED
from companion.domain.support import NOTHING_ABOUT_ME, AboutMe, breaks_a_clause
from companion.paths import data_dir

MAX_PHRASE_LENGTH = 40
# `words` is required; the phrases that count only about the agent, and the words allowed
# around them, are optional.
_KEYS = ("words", "about_me", "before", "after", "ignore")


@dataclass(frozen=True, slots=True)
class SupportWords:
    words: tuple[str, ...]
    ignore: tuple[str, ...]
    about_me: AboutMe = NOTHING_ABOUT_ME


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
    lists: dict[str, list[str]] = {key: [] for key in _KEYS}
    for language in SUPPORTED:
        section = table.get(language)
        if not isinstance(section, dict):
            raise ContentError(f"{path}: [{language}] is missing")
        extra = sorted(set(section) - set(_KEYS))
        if extra:
            raise ContentError(f"{path}: [{language}] has unknown keys: {', '.join(extra)}")
        for key in _KEYS:
            lists[key] += _phrases(path, language, key, section.get(key), required=key == "words")
        for key in ("about_me", "before", "after"):
            marked = [item for item in lists[key] if breaks_a_clause(item)]
            if marked:
                raise ContentError(
                    f"{path}: [{language}] {key} holds {marked[0]!r}; a phrase about the "
                    "agent, and a word around it, cannot hold punctuation (it ends a clause)"
                )
    return SupportWords(
        words=tuple(lists["words"]),
        ignore=tuple(lists["ignore"]),
        about_me=AboutMe(
            phrases=tuple(lists["about_me"]),
            before=tuple(lists["before"]),
            after=tuple(lists["after"]),
        ),
    )
