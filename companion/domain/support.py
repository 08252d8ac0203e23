"""Words of self-harm or hopelessness in a text the agent wrote: a pure check, no Qt.

Matching is case-insensitive. A phrase with Latin letters matches whole words only ("hopeless"
is not found in "hopelessly"), with any run of spaces between its words and ’ read as '. A
Chinese phrase matches anywhere, since Chinese has no spaces between words. Phrases in `ignore`
(everyday exaggerations such as 想死你了, "I miss you so much") are blanked out first, so that
the phrase they contain is not found there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "＇": "'"})
_WORD = re.compile(r"[a-z0-9]")


def _normalise(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).casefold().split())


@lru_cache(maxsize=64)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for phrase in phrases:
        words = _normalise(phrase).split(" ")
        if not words or not words[0]:
            continue
        body = r"\s+".join(re.escape(word) for word in words)
        start = r"(?<![a-z0-9])" if _WORD.match(words[0][0]) else ""
        end = r"(?![a-z0-9])" if _WORD.match(words[-1][-1]) else ""
        parts.append(f"{start}{body}{end}")
    if not parts:
        return None
    # Longer phrases first, so that an ignored phrase is blanked whole.
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts))


def mentions_distress(text: str, words: Iterable[str], ignore: Iterable[str] = ()) -> bool:
    """Whether `text` holds one of `words` outside the phrases in `ignore`."""
    found = _pattern(tuple(words))
    if found is None or not text.strip():
        return False
    normal = _normalise(text)
    skipped = _pattern(tuple(ignore))
    if skipped is not None:
        normal = skipped.sub(" ", normal)
    return found.search(normal) is not None
