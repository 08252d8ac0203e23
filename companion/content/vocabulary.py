"""The labels of the emotion and call-type codes in every language (data/vocabulary.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.language import SUPPORTED
from companion.domain.mood import CATEGORIES, EMOTIONS
from companion.paths import data_dir


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


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    path = path or data_dir() / "vocabulary.toml"
    table = read_content_table(path)
    return Vocabulary(
        emotions=_labels(path, table.get("emotions"), "emotions", EMOTIONS),
        categories=_labels(path, table.get("categories"), "categories", CATEGORIES),
    )
