"""The sentences of the end-of-shift summary (`data/summary.toml`), loaded and checked."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.day_summary import SENTENCE_KINDS
from companion.domain.language import SUPPORTED
from companion.paths import data_dir


def load_sentences(path: Path | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """kind -> language -> variants; a missing kind or language is a ContentError."""
    path = path or data_dir() / "summary.toml"
    table = read_content_table(path)
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind in SENTENCE_KINDS:
        entry = table.get(kind)
        if not isinstance(entry, dict):
            raise ContentError(f"{path}: [{kind}] is missing")
        found[kind] = {}
        for language in SUPPORTED:
            variants = entry.get(language)
            if (
                not isinstance(variants, list)
                or not variants
                or not all(isinstance(item, str) and item.strip() for item in variants)
            ):
                raise ContentError(f"{path}: [{kind}] needs a list of {language} sentences")
            found[kind][language] = tuple(variants)
    unknown = sorted(set(table) - set(SENTENCE_KINDS))
    if unknown:
        raise ContentError(f"{path}: unknown kinds: {', '.join(unknown)}")
    return found


@cache
def shipped_sentences() -> dict[str, dict[str, tuple[str, ...]]]:
    return load_sentences()
