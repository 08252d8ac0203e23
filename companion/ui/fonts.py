"""The Chinese font: one with a real bold face, where one is installed.

The usual Chinese font on Linux, WenQuanYi Micro Hei, has no bold: a bold heading then shows
bold Latin letters beside regular Chinese ones. Where a family with a real bold is installed
(Noto Sans CJK SC or Source Han Sans on Linux, Microsoft YaHei on Windows, PingFang SC on
macOS) the app asks for it for Chinese text; Latin text keeps the desktop's own font. Where none
is, nothing changes, and the style sheet's headings still stand out by size and colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

# Chinese UI families that come with a bold face, best first.
PREFERRED = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Sarasa UI SC",
)
# Book faces (Song, Kai, Fangsong), serif, monospace and vertical faces are not for a UI.
_NOT_FOR_UI = ("serif", "mono", "song", "kai", "ming", "fangsong", "mincho")
_BOLD_STYLES = ("bold", "semibold", "demibold", "heavy", "black")


class FontBook(Protocol):
    """What the font database says: the families that write Simplified Chinese, and the
    styles each family has ("Regular", "Bold" …)."""

    def families(self) -> Sequence[str]: ...
    def styles(self, family: str) -> Sequence[str]: ...


class QtFontBook:
    """The fonts installed here, as Qt's font database lists them."""

    def families(self) -> Sequence[str]:
        return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)

    def styles(self, family: str) -> Sequence[str]:
        return QFontDatabase.styles(family)


def has_real_bold(styles: Sequence[str]) -> bool:
    """Whether a family's styles include a bold face (not one Qt would fake)."""
    return any(style.lower().replace(" ", "") in _BOLD_STYLES for style in styles)


def for_ui(family: str) -> bool:
    lowered = family.lower()
    return not family.startswith("@") and not any(word in lowered for word in _NOT_FOR_UI)


def choose_chinese_family(book: FontBook) -> str | None:
    """The Chinese family to use: the first of PREFERRED installed with a bold face, else any
    installed sans family with one; None when no Chinese family here has a bold."""
    bold = [
        family
        for family in book.families()
        if for_ui(family) and has_real_bold(book.styles(family))
    ]
    for family in PREFERRED:
        if family in bold:
            return family
    return bold[0] if bold else None


class _FontKeeper:
    """The desktop's own font, kept to go back to when the language changes again."""

    desktop: QFont | None = None
    chosen: str | None = None


def apply_language_font(language: str, book: FontBook | None = None) -> str | None:
    """Set the application font for `language`: for Chinese, a Chinese family with a real bold
    first, then the desktop's font (for what the first has not); otherwise the desktop's font
    as it was. Returns the Chinese family chosen, if any."""
    if QGuiApplication.instance() is None:
        return None
    if _FontKeeper.desktop is None:
        _FontKeeper.desktop = QGuiApplication.font()
    font = QFont(_FontKeeper.desktop)
    chosen = choose_chinese_family(book or QtFontBook()) if language == "zh_CN" else None
    if chosen is not None:
        own = [family for family in (font.families() or [font.family()]) if family]
        # First: a desktop font that also writes Chinese but has no bold (WenQuanYi Micro Hei)
        # would otherwise draw every character, and the real bold would never be reached.
        font.setFamilies([chosen, *(family for family in own if family != chosen)])
    _FontKeeper.chosen = chosen
    if font != QGuiApplication.font():
        QGuiApplication.setFont(font)
    return chosen
