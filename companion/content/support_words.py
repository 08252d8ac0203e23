"""The words of self-harm, hopelessness or a wish to die (`data/support_words.toml`), loaded and
checked once.

Both languages are merged into one `DistressRules`: an agent may write either. A bad file is a
ContentError naming it and the key at fault. How the rules match is told in
companion/domain/support.py.
"""

from __future__ import annotations

from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.language import SUPPORTED
from companion.domain.support import GAP, DistressRules, breaks_a_clause, merged, well_formed
from companion.paths import data_dir

MAX_PHRASE_LENGTH = 200  # a pattern of alternatives, (活着|人生)…(没意思|没意义), may be long
# `words` is required; every other list is optional.
_KEYS: tuple[str, ...] = tuple(DistressRules.__dataclass_fields__)
# Lists whose phrases are read inside one clause: a mark of punctuation would end it.
_IN_A_CLAUSE = frozenset({"about_me", "strain", "before", "after", "mild", "fillers"})
# Lists whose phrases may hold "…" (parts a little apart) and (a|b) (alternatives).
_WITH_GAPS = frozenset({"words", "about_me", "strain"})

# Kept for callers that name the rules by what they hold.
SupportWords = DistressRules


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
        patterned = any(mark in item for mark in (GAP, "(", ")", "|", "?", "（", "）", "｜", "？"))
        if patterned and (key not in _WITH_GAPS or not well_formed(item)):
            raise ContentError(
                f"{path}: [{section}] {key} holds {item!r}; “{GAP}” (between two parts) and "
                f"(a|b) or (a)? (alternatives) may only be written in "
                f"{', '.join(sorted(_WITH_GAPS))}, each ( closed and each alternative filled"
            )
        if key in _IN_A_CLAUSE and breaks_a_clause(item):
            raise ContentError(
                f"{path}: [{section}] {key} holds {item!r}; a phrase read inside a clause "
                "cannot hold punctuation (it ends a clause)"
            )
    return [item.strip() for item in value]


def load_support_words(path: Path | None = None) -> DistressRules:
    path = path or data_dir() / "support_words.toml"
    table = read_content_table(path)
    unknown = sorted(set(table) - set(SUPPORTED))
    if unknown:
        raise ContentError(f"{path}: unknown sections: {', '.join(unknown)}")
    languages = []
    for language in SUPPORTED:
        section = table.get(language)
        if not isinstance(section, dict):
            raise ContentError(f"{path}: [{language}] is missing")
        extra = sorted(set(section) - set(_KEYS))
        if extra:
            raise ContentError(f"{path}: [{language}] has unknown keys: {', '.join(extra)}")
        lists = {
            key: tuple(_phrases(path, language, key, section.get(key), required=key == "words"))
            for key in _KEYS
        }
        languages.append(DistressRules(**lists))
    return merged(languages)
