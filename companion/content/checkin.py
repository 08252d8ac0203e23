"""The words of the weekly check-in: the WHO-5 statements and answers, in each language.

They live in `data/checkin/who5.toml` (English: the published items; Chinese: Companion's own
translation, named as such on screen). The file is checked whole when it is loaded; anything
missing or malformed is a ContentError naming the file and the key at fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.checkin import ANSWER_MAX, ANSWER_MIN, WHO5_ITEMS
from companion.domain.language import SUPPORTED
from companion.paths import data_dir

ANSWERS = ANSWER_MAX - ANSWER_MIN + 1


@dataclass(frozen=True, slots=True)
class Who5Text:
    """One language's wording of the WHO-5."""

    source: str  # names the instrument, and a translation as such
    intro: str
    items: tuple[str, ...]  # the five statements, in order
    answers: tuple[str, ...]  # by score: answers[0] is "at no time", answers[5] "all of the time"
    note: str  # where the wording comes from (not shown)

    def answer(self, score: int) -> str:
        return self.answers[score - ANSWER_MIN]


def _text(path: Path, table: dict[str, object], language: str, key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{path}: [{language}].{key} must be a text that is not empty")
    return value.strip()


def _texts(
    path: Path, table: dict[str, object], language: str, key: str, count: int
) -> tuple[str, ...]:
    value = table.get(key)
    if (
        not isinstance(value, list)
        or len(value) != count
        or not all(isinstance(item, str) and item.strip() for item in value)
    ):
        raise ContentError(f"{path}: [{language}].{key} must be a list of {count} texts")
    return tuple(item.strip() for item in value)


def load_who5(path: Path | None = None) -> dict[str, Who5Text]:
    """The WHO-5 wording for every language Companion speaks."""
    path = path or data_dir() / "checkin" / "who5.toml"
    document = read_content_table(path)
    found: dict[str, Who5Text] = {}
    for language in SUPPORTED:
        table = document.get(language)
        if not isinstance(table, dict):
            raise ContentError(f"{path}: [{language}] is missing")
        found[language] = Who5Text(
            source=_text(path, table, language, "source"),
            intro=_text(path, table, language, "intro"),
            items=_texts(path, table, language, "items", WHO5_ITEMS),
            answers=_texts(path, table, language, "answers", ANSWERS),
            note=_text(path, table, language, "note"),
        )
    return found
