"""Where a window's wrapped Chinese text breaks its lines, and the lines left with one character.

A label that wraps is laid out here the way QLabel lays it out when it paints: its font, the
width of its document rectangle (the contents less margin and indent), Qt's word wrap; plain
text with a QTextLayout per paragraph, rich text with a QTextDocument of no margin. A line that
holds one character, or one Latin word or number, and nothing but punctuation besides (情。,
“5”) is a widow: Chinese typesetting keeps at least two characters on a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9%]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def units(line: str) -> int:
    """How many characters a line holds for the eye: each Chinese character, each Latin word
    or number; punctuation, symbols and spaces do not count."""
    kept = "".join(c for c in line if unicodedata.category(c)[0] not in "PSZ")
    return len(_WORD.findall(kept))


def text_width(label: QLabel) -> float:
    """The width QLabel wraps its text at (QLabelPrivate::documentRect)."""
    rect = label.contentsRect()
    width = rect.width() - 2 * label.margin()
    indent = label.indent()
    if indent < 0 and label.frameWidth():
        indent = QFontMetricsF(label.font()).horizontalAdvance("x") / 2 - label.margin()
    if indent > 0:
        alignment = label.alignment()
        if alignment & Qt.AlignmentFlag.AlignLeft:
            width -= indent
        if alignment & Qt.AlignmentFlag.AlignRight:
            width -= indent
    return float(width)


def _plain_lines(text: str, label: QLabel, width: float) -> Iterator[list[str]]:
    if label.buddy() is not None:
        text = re.sub(r"&(.)", r"\1", text)  # the mnemonic's & is not drawn
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        yield lines


def _rich_lines(text: str, label: QLabel, width: float) -> Iterator[list[str]]:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setHtml(text)
    document.setTextWidth(width)
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        words = block.text()
        lines = []
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(words[line.textStart() : line.textStart() + line.textLength()])
        yield lines
        block = block.next()


def wrapped_lines(label: QLabel, width: float | None = None) -> list[list[str]]:
    """The label's text as it is laid out at `width` (by default its own), paragraph by
    paragraph, line by line."""
    width = text_width(label) if width is None else width
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    return list((_rich_lines if rich else _plain_lines)(text, label, width))


def widows(window: QWidget) -> list[str]:
    """The wrapped Chinese labels shown in `window` with a line of one character."""
    found = []
    for label in window.findChildren(QLabel):
        if not (label.wordWrap() and label.isVisibleTo(window) and _CJK.search(label.text())):
            continue
        if label.width() <= 0:
            continue
        for lines in wrapped_lines(label):
            if len(lines) < 2:
                continue
            for line in lines:
                if units(line) < 2:
                    name = label.objectName() or type(label.parentWidget()).__name__
                    shown = " | ".join(text.strip() for text in lines)
                    found.append(f"{name} at {text_width(label):.0f} px: {shown}")
                    break
    return found
