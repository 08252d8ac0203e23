"""Colours (issue 32, item 14): every colour Companion names lives in companion.ui.palette, so a
high-contrast theme reaches all of them; and every pair of text and background colours reads
well: 7:1 in high contrast (WCAG 1.4.6, AAA), 4.5:1 in the light and dark themes (1.4.3)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from companion.ui.palette import (
    BLACK,
    CALM_ON_DARK,
    TEXT_PAIRS,
    WHITE,
    contrast_ratio,
    dark_palette,
    high_contrast_palette,
    is_high_contrast,
    light_palette,
    readable_on,
    relative_luminance,
    stress_colour,
)
from companion.ui.style import sheet_colours, style_sheet_for

R = QPalette.ColorRole
UI = Path(__file__).resolve().parents[2] / "companion" / "ui"
THEME_MODULE = UI / "palette.py"

_NAMES = "white|black|red|green|blue|yellow|orange|purple|gray|grey|darkgray|lightgray|magenta|cyan"
_IN_STRINGS = (
    re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"),  # "#2c7bb6", "#fff"
    re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE),  # style-sheet functions
    re.compile(rf"(?:color|background|border[-a-z]*)\s*:[^;{{}}]*\b(?:{_NAMES})\b", re.IGNORECASE),
)
_IN_CODE = (
    re.compile(r"QColor\s*\(\s*\d"),  # QColor(46, 160, 67)
    re.compile(r"QColor\s*\(\s*[\"']"),  # QColor("white")
    re.compile(r"QColor\.from(?:Rgb|Rgba|Hsv|Hsl|Cmyk|String)\w*\s*\(\s*[\d\"']"),
    re.compile(rf"Qt\.(?:GlobalColor\.)?(?:{_NAMES}|darkBlue|darkRed|darkGreen)\b"),
)


def hard_coded_colours(source: str) -> list[str]:
    """The colours written into `source` (strings and calls; comments do not count)."""
    found: list[str] = []
    lines = source.splitlines(keepends=True)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            found += [
                f"{token.start[0]}: {match.group(0)}"
                for pattern in _IN_STRINGS
                for match in pattern.finditer(token.string)
            ]
        if token.type == tokenize.COMMENT:  # blanked out of the code searched below
            row, column = token.start
            line = lines[row - 1]
            lines[row - 1] = line[:column] + " " * (len(line) - column - 1) + "\n"
    code = "".join(lines)
    found += [match.group(0) for pattern in _IN_CODE for match in pattern.finditer(code)]
    return found


def ui_files() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if path != THEME_MODULE)


def test_no_colour_is_written_anywhere_in_the_ui_but_the_theme_module():
    found = {
        str(path.relative_to(UI)): colours
        for path in ui_files()
        if (colours := hard_coded_colours(path.read_text(encoding="utf-8")))
    }
    assert found == {}


@pytest.mark.parametrize(
    "line",
    [
        'FOCUS = QColor("#e08e0b")',
        "REACHED = QColor(46, 160, 67, 60)",
        'sheet = "QFrame:focus { border-color: #e08e0b; }"',
        'sheet = f"QPushButton:checked {{ color: white; border: 2px solid {edge}; }}"',
        'sheet = "QLabel { color: rgb(10, 20, 30); }"',
        "painter.setPen(Qt.GlobalColor.red)",
        'light, dark = QColor("#deebf7"), QColor("#08519c")',
    ],
)
def test_the_search_finds_the_ways_colours_were_written(line):
    """What the old code had (22 colours in 10 files) is found, so the test above would fail."""
    assert hard_coded_colours(line + "\n")


def test_comments_and_names_are_not_colours():
    assert hard_coded_colours("x = 1  # the #1 colour is QColor(0)\nname = 'theme-dark'\n") == []


def pairs(palette: QPalette) -> list[tuple[str, float]]:
    ratios = [
        (f"{text.name}/{ground.name}", contrast_ratio(palette.color(text), palette.color(ground)))
        for text, ground in TEXT_PAIRS
    ]
    high = is_high_contrast(palette)
    window = palette.color(R.Window)
    colours = sheet_colours(window, palette.color(R.WindowText), high)
    ratios += [
        ("heading/Window", contrast_ratio(colours.heading, window)),
        ("error/Window", contrast_ratio(colours.error, window)),
        ("chosen chip", contrast_ratio(colours.chosen_text, colours.chosen)),
    ]
    return ratios


HIGH = {"high-dark": high_contrast_palette(True), "high-light": high_contrast_palette(False)}
NORMAL = {"light": light_palette(), "dark": dark_palette()}


@pytest.mark.parametrize("name", sorted(HIGH))
def test_high_contrast_text_is_7_to_1_on_pure_black_or_white(name):
    palette = HIGH[name]
    assert is_high_contrast(palette)
    assert palette.color(R.Window) in (BLACK, WHITE) and palette.color(R.Base) in (BLACK, WHITE)
    low = [(pair, round(ratio, 2)) for pair, ratio in pairs(palette) if ratio < 7.0]
    assert low == []
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.Text)
    assert contrast_ratio(disabled, palette.color(QPalette.ColorGroup.Disabled, R.Base)) >= 7.0
    window = palette.color(R.Window)
    colours = sheet_colours(window, palette.color(R.WindowText), True)
    assert contrast_ratio(colours.focus, window) >= 7.0  # the focus ring: seen at once
    assert colours.focus != colours.heading and colours.focus != palette.color(R.Highlight)
    assert colours.border == palette.color(R.WindowText)  # outlines in the text's colour


@pytest.mark.parametrize("name", sorted(NORMAL))
def test_normal_text_is_4_5_to_1_in_light_and_dark(name):
    palette = NORMAL[name]
    assert not is_high_contrast(palette)
    low = [(pair, round(ratio, 2)) for pair, ratio in pairs(palette) if ratio < 4.5]
    assert low == []
    window = palette.color(R.Window)
    colours = sheet_colours(window, palette.color(R.WindowText))
    assert contrast_ratio(colours.focus, window) >= 3.0
    assert contrast_ratio(colours.border, window) >= 3.0


@pytest.mark.parametrize("palette", [*HIGH.values(), *NORMAL.values()])
def test_the_breathing_circle_stands_out_3_to_1_in_every_theme(palette):
    window = palette.color(R.Window)
    dark = window.lightness() < 128
    circle = readable_on(CALM_ON_DARK if dark else stress_colour(0), window)
    assert contrast_ratio(circle, window) >= 3.0


def test_the_sheet_in_high_contrast_has_thick_rings():
    sheet = style_sheet_for(high_contrast_palette(True))
    assert "QPushButton:focus, QToolButton:focus { border: 3px solid #ffff00" in sheet
    assert "3px solid" not in style_sheet_for(light_palette())


def test_luminance_is_wcags():
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)
