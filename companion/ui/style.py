"""The app's style sheet: calm, readable, the same in both languages, light or dark.

Headings stand out by size, colour and space, never by weight alone: the usual Chinese font on
Linux (WenQuanYi Micro Hei) has no bold, so a bold-only heading reads as plain text in Chinese.
Borders, focus rings and error text get colours worked out from the palette in force, so that
they keep their contrast (WCAG: 3:1 for outlines, 4.5:1 for text) on a dark desktop too; the
sheet is made anew when the palette changes: the desktop's, or the theme's.

The theme (`appearance.theme`) is the desktop's palette (`system`), or Companion's own light or
dark one (companion.ui.palette) whatever the desktop uses. `apply_theme` gives it to the whole
application at once, so every open window changes with it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from companion.settings import THEMES
from companion.ui.palette import border_on, dark_palette, light_palette, readable_on

log = logging.getLogger(__name__)

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
QFrame#alwaysThere {{ border: 1px solid {border}; border-radius: 6px; }}
QLabel#alwaysHeading {{ color: {heading}; font-weight: 600; }}
QLabel#lineName {{ font-weight: 600; }}
QLabel#helpNumber {{
    color: {heading}; border: 2px solid transparent; border-radius: 4px; padding: 0 4px;
}}
QLabel#helpNumber:focus {{ border-color: {focus}; }}
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
        self.theme = "system"
        self._before: QPalette | None = None  # the palette in force before a theme of ours
        self._style_before = ""  # the style swapped for Fusion by a theme of ours, if any
        app.paletteChanged.connect(lambda _palette: self.apply())

    def apply(self) -> None:
        sheet = style_sheet_for(self._app.palette())
        if sheet != self._app.styleSheet():  # setting the same sheet again could loop
            self._app.setStyleSheet(sheet)

    def use_theme(self, theme: str) -> None:
        if theme == self.theme or theme not in THEMES:
            return
        app = self._app
        if theme == "system":
            if self._style_before:
                app.setStyle(self._style_before)  # before the palette: a style resets it
                self._style_before = ""
            before = self._before
            self._before = None
            _ask_colour_scheme(Qt.ColorScheme.Unknown)
            # A palette someone set (a test, a screenshot script) comes back as it was; else
            # an empty one: Qt then resolves every role from the desktop's, and follows it.
            app.setPalette(before if before is not None and before.resolveMask() else QPalette())
        else:
            if self.theme == "system":
                self._before = QPalette(app.palette())
            # Windows 10's native style paints its controls itself and ignores a palette; Qt
            # itself switches to Fusion in Windows' dark mode. Do the same for a theme of ours.
            if app.style().name().lower() == "windowsvista":
                self._style_before = app.style().name()
                app.setStyle("Fusion")
            dark = theme == "dark"
            _ask_colour_scheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
            app.setPalette(dark_palette() if dark else light_palette())
        self.theme = theme
        self.apply()
        log.info("theme: %s", theme)


def _ask_colour_scheme(scheme: Qt.ColorScheme) -> None:
    """Tell the platform too (Qt 6.8+), where it can follow: native title bars and dialogs on
    Windows and macOS. Unknown gives the choice back to the desktop."""
    hints = QGuiApplication.styleHints()
    if scheme == Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)


def _follower(app: QApplication) -> _PaletteFollower:
    follower = app.findChild(_PaletteFollower)
    if follower is None:
        follower = _PaletteFollower(app)
    return follower


def apply_style(app: QApplication) -> None:
    """Give `app` the sheet for its palette now, and again whenever the palette changes."""
    _follower(app).apply()


def apply_theme(app: QApplication, theme: str) -> None:
    """Give every window of `app` the theme's colours at once: `light` or `dark` (Companion's
    own, whatever the desktop's), or `system` (the desktop's, following its changes)."""
    follower = app.findChild(_PaletteFollower)
    if follower is None:
        if theme == "system":
            return  # nothing of ours to undo, and the palette and sheet stay as they are
        follower = _PaletteFollower(app)
    follower.use_theme(theme)


def current_theme(app: QApplication) -> str:
    follower = app.findChild(_PaletteFollower)
    return "system" if follower is None else follower.theme
