"""The app's style sheet: calm, readable, the same in both languages, light or dark.

Headings stand out by size, colour and space, never by weight alone: the usual Chinese font on
Linux (WenQuanYi Micro Hei) has no bold, so a bold-only heading reads as plain text in Chinese.
Borders, focus rings and error text get colours worked out from the palette in force, so that
they keep their contrast (WCAG: 3:1 for outlines, 4.5:1 for text) on a dark desktop too; the
sheet is made anew when the desktop's palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.palette import border_on, readable_on

ACCENT = QColor("#2c7bb6")  # the calm end of the stress colours
ACCENT_EDGE = QColor("#1f5f8f")
FOCUS = QColor("#e08e0b")
ERROR = QColor("#b3261e")
TEXT_CONTRAST = 4.5
TITLE_PX = 17  # body text is about 12–13 px: a heading is a third larger, in the accent colour
HINT_PX = 11

# Qt's own light palette, for a sheet made before any palette is known.
_LIGHT_WINDOW = QColor("#efefef")
_LIGHT_TEXT = QColor("#000000")


def style_sheet(window: QColor, text: QColor) -> str:
    """The sheet for a window colour and its text colour (the palette's Window and WindowText)."""
    border = border_on(window, text).name()
    focus = readable_on(FOCUS, window).name()
    heading = readable_on(ACCENT, window, TEXT_CONTRAST).name()
    error = readable_on(ERROR, window, TEXT_CONTRAST).name()
    return f"""
QLabel#title {{
    font-size: {TITLE_PX}px; font-weight: 600; color: {heading};
    padding-bottom: 3px;
}}
QLabel#hint {{ color: palette(placeholder-text); font-size: {HINT_PX}px; }}
QLabel[over="true"] {{ color: {error}; font-weight: 600; }}
QLabel#error {{ color: {error}; font-weight: 600; }}
QPushButton#chip {{
    border: 1px solid {border}; border-radius: 13px; padding: 4px 12px; min-height: 18px;
}}
QPushButton#chip:checked {{
    background: {ACCENT.name()}; color: white; border-color: {ACCENT_EDGE.name()};
}}
QPushButton#chip:focus, QPushButton#stressButton:focus {{
    outline: none; border: 2px solid {focus};
}}
QPushButton#stressButton {{ border-radius: 4px; border: 1px solid {border}; font-weight: 600; }}
"""


def style_sheet_for(palette: QPalette) -> str:
    return style_sheet(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    )


# The sheet for a light desktop; `apply_style` follows the palette actually in force.
STYLE_SHEET = style_sheet(_LIGHT_WINDOW, _LIGHT_TEXT)


class _PaletteFollower(QObject):
    """Makes the sheet anew when the application's palette changes (light ↔ dark).

    It follows `paletteChanged`, not an event filter on the application: a Python filter there
    sees every event sent to the application and cost about 6 MB of resident memory."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.paletteChanged.connect(lambda _palette: self.apply())

    def apply(self) -> None:
        sheet = style_sheet_for(self._app.palette())
        if sheet != self._app.styleSheet():  # setting the same sheet again could loop
            self._app.setStyleSheet(sheet)


def apply_style(app: QApplication) -> None:
    """Give `app` the sheet for its palette now, and again whenever the palette changes."""
    follower = app.findChild(_PaletteFollower)
    if follower is None:
        follower = _PaletteFollower(app)
    follower.apply()
