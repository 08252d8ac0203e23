"""The route to help that *Where to turn* always shows (`data/help_lines.toml`), per language:
a heading and its lines, each with a name, a sentence and, where there is one, its numbers.

The file is checked whole when it is loaded; anything missing or malformed is a ContentError
naming the file and the key at fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.language import SUPPORTED
from companion.paths import data_dir

NAME_LENGTH = 40
HOW_LENGTH = 300
LABEL_LENGTH = 12
_NUMBER = re.compile(r"\+?[0-9][0-9 -]{1,18}[0-9]")


@dataclass(frozen=True, slots=True)
class HelpNumber:
    number: str  # digits, spaces and dashes, as dialled
    label: str = ""  # what it is for: 报警, 急救


@dataclass(frozen=True, slots=True)
class HelpLine:
    name: str
    how: str
    numbers: tuple[HelpNumber, ...] = ()


@dataclass(frozen=True, slots=True)
class HelpLines:
    """One language's route to help."""

    heading: str
    lines: tuple[HelpLine, ...]


def _text(path: Path, where: str, table: dict[str, object], key: str, longest: int) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > longest:
        raise ContentError(f"{path}: {where}.{key} must be a text of 1 to {longest} characters")
    return value.strip()


def _numbers(path: Path, where: str, value: object) -> tuple[HelpNumber, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ContentError(f"{path}: {where}.numbers must be a list of tables")
    numbers = []
    for index, item in enumerate(value):
        spot = f"{where}.numbers[{index}]"
        unknown = sorted(set(item) - {"number", "label"})
        if unknown:
            raise ContentError(f"{path}: {spot} has unknown keys: {', '.join(unknown)}")
        number = item.get("number")
        if not isinstance(number, str) or not _NUMBER.fullmatch(number):
            raise ContentError(
                f"{path}: {spot}.number must be a phone number (digits, spaces, dashes), "
                f"got {number!r}"
            )
        label = _text(path, spot, item, "label", LABEL_LENGTH) if "label" in item else ""
        numbers.append(HelpNumber(number, label))
    return tuple(numbers)


def load_help_lines(path: Path | None = None) -> dict[str, HelpLines]:
    path = path or data_dir() / "help_lines.toml"
    document = read_content_table(path)
    unknown = sorted(set(document) - set(SUPPORTED))
    if unknown:
        raise ContentError(f"{path}: unknown sections: {', '.join(unknown)}")
    found: dict[str, HelpLines] = {}
    for language in SUPPORTED:
        table = document.get(language)
        if not isinstance(table, dict):
            raise ContentError(f"{path}: [{language}] is missing")
        extra = sorted(set(table) - {"heading", "lines"})
        if extra:
            raise ContentError(f"{path}: [{language}] has unknown keys: {', '.join(extra)}")
        rows = table.get("lines")
        if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
            raise ContentError(f"{path}: [{language}] needs at least one [[{language}.lines]]")
        lines = []
        for index, row in enumerate(rows):
            where = f"[{language}].lines[{index}]"
            extra = sorted(set(row) - {"name", "how", "numbers"})
            if extra:
                raise ContentError(f"{path}: {where} has unknown keys: {', '.join(extra)}")
            lines.append(
                HelpLine(
                    name=_text(path, where, row, "name", NAME_LENGTH),
                    how=_text(path, where, row, "how", HOW_LENGTH),
                    numbers=_numbers(path, where, row.get("numbers")),
                )
            )
        found[language] = HelpLines(
            heading=_text(path, f"[{language}]", table, "heading", NAME_LENGTH), lines=tuple(lines)
        )
    return found
