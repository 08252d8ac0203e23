"""The route to help Where to turn always shows (data/help_lines.toml): what ships, and a bad file
named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.content import ContentError
from companion.content.help_lines import HelpNumber, load_help_lines
from companion.domain.language import SUPPORTED


def test_chinese_ships_the_national_line_and_the_emergency_numbers() -> None:
    zh = load_help_lines()["zh_CN"]
    hotline, danger = zh.lines
    assert hotline.name == "全国心理援助热线" and hotline.numbers == (HelpNumber("12356"),)
    assert "国家卫生健康委" in hotline.how
    assert danger.numbers == (HelpNumber("110", "报警"), HelpNumber("120", "急救"))
    assert "生命危险" in danger.how and "110" in danger.how and "120" in danger.how


def test_english_assumes_no_country() -> None:
    en = load_help_lines()["en"]
    text = " ".join(line.how for line in en.lines)
    assert "call your local emergency number now" in text
    assert "crisis" in text
    assert all(not line.numbers for line in en.lines)  # no one country's number as everyone's
    # 112, 911 and 999 appear only together, as examples
    assert re.search(r"such as 112, 911 or 999", text)


def test_every_language_has_a_route() -> None:
    lines = load_help_lines()
    assert set(lines) == set(SUPPORTED)
    assert all(route.heading and route.lines for route in lines.values())


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "help_lines.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_EN = '[en]\nheading = "Now"\n[[en.lines]]\nname = "A"\nhow = "B"\n'


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        (GOOD_EN, "[zh_CN] is missing"),
        ('[zh_CN]\nheading = "现在"\n' + GOOD_EN, "needs at least one"),
        (
            '[zh_CN]\nheading = "现在"\n[[zh_CN.lines]]\nname = "热线"\nhow = "打"\n'
            'numbers = [{ number = "12a56" }]\n' + GOOD_EN,
            "must be a phone number",
        ),
        (
            '[zh_CN]\nheading = "现在"\n[[zh_CN.lines]]\nname = ""\nhow = "打"\n' + GOOD_EN,
            "name must be a text",
        ),
        (
            '[zh_CN]\nheading = "现在"\nfoo = 1\n[[zh_CN.lines]]\nname = "a"\nhow = "b"\n'
            + GOOD_EN,
            "unknown keys: foo",
        ),
        ("[zh_CN\n", "cannot be read"),
    ],
)
def test_a_bad_file_is_named(tmp_path: Path, text: str, fault: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError, match=re.escape(fault)) as error:
        load_help_lines(path)
    assert str(path) in str(error.value)
