"""The app's style sheet: calm, readable, the same in both languages, light or dark.

Headings stand out by size, colour and space, never by weight alone: the usual Chinese font on
Linux (WenQuanYi Micro Hei) has no bold, so a bold-only heading reads as plain text in Chinese.
Borders, focus rings and error text get colours worked out from the palette in force, so that
they keep their contrast (WCAG: 3:1 for outlines, 4.5:1 for text) on a dark desktop too; the
sheet is made anew when the palette changes: the desktop's, or the theme's.

The theme (`appearance.theme`) is the desktop's palette (`system`), or Companion's own light or
dark one (companion.ui.palette) whatever the desktop uses. High contrast (`appearance.contrast`:
when the desktop asks for it, always or never) is Companion's black or white palette, with a
sheet of thick outlines and focus rings. `apply_theme` gives them to the whole application at
once, so every open window changes with it, and follows the desktop's contrast preference.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from companion.paths import resources_dir
from companion.settings import CONTRASTS, THEMES
from companion.ui.palette import (
    ACCENT,
    ACCENT_EDGE,
    ERROR,
    FOCUS,
    HIGH_ERROR,
    WHITE,
    border_on,
    dark_palette,
    high_contrast_palette,
    high_focus,
    is_dark_colour,
    is_high_contrast,
    light_palette,
    readable_on,
)

__all__ = ["ACCENT", "ACCENT_EDGE", "ERROR", "FOCUS"]  # (kept here too, for older imports)

log = logging.getLogger(__name__)

TEXT_CONTRAST = 4.5
HIGH_TEXT_CONTRAST = 7.0  # WCAG 1.4.6 (AAA): the high-contrast sheet's text
TITLE_PX = 17  # body text is about 12–13 px: a heading is a third larger, in the accent colour
HINT_PX = 11


@dataclass(frozen=True, slots=True)
class SheetColours:
    """The colours the sheet gives text and outlines, worked out for a window and its text."""

    border: QColor
    focus: QColor
    heading: QColor
    error: QColor
    chosen: QColor  # a chosen chip's background …
    chosen_text: QColor  # … and its text
    chosen_edge: QColor


def sheet_colours(window: QColor, text: QColor, high: bool = False) -> SheetColours:
    if high:  # outlines in the text's colour; heading and text alike; a chosen chip inverted
        dark = is_dark_colour(window)
        return SheetColours(
            border=QColor(text),
            focus=high_focus(window),
            heading=QColor(text),
            error=HIGH_ERROR[0 if dark else 1],
            chosen=QColor(text),
            chosen_text=QColor(window),
            chosen_edge=QColor(text),
        )
    return SheetColours(
        border=border_on(window, text),
        focus=readable_on(FOCUS, window),
        heading=readable_on(ACCENT, window, TEXT_CONTRAST),
        error=readable_on(ERROR, window, TEXT_CONTRAST),
        chosen=QColor(ACCENT),
        chosen_text=QColor(WHITE),
        chosen_edge=QColor(ACCENT_EDGE),
    )


def style_sheet(window: QColor, text: QColor, high: bool = False) -> str:
    """The sheet for a window colour and its text colour (the palette's Window and WindowText);
    `high`: the high-contrast one (thick outlines and focus rings on every control)."""
    colours = sheet_colours(window, text, high)
    border = colours.border.name()
    focus = colours.focus.name()
    heading = colours.heading.name()
    error = colours.error.name()
    sheet = f"""
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
    background: {colours.chosen.name()}; color: {colours.chosen_text.name()};
    border-color: {colours.chosen_edge.name()};
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
QFrame#distressQuestion {{ border: 2px solid transparent; border-radius: 6px; }}
QFrame#distressQuestion:focus {{ border-color: {focus}; }}
"""
    if high:
        sheet += _high_contrast_rules(window.name(), text.name(), focus)
    return sheet


def _arrow(direction: str, text: str) -> str:
    """The file of a spin box's or a combo box's arrow in the text's colour (the style's own
    arrows go once a sheet gives those boxes a border)."""
    name = "black" if is_dark_colour(QColor(text)) else "white"
    return (resources_dir() / "icons" / "contrast" / f"{direction}-{name}.svg").as_posix()


def _high_contrast_rules(window: str, text: str, focus: str) -> str:
    """Every control outlined in the text's colour, a 3-pixel focus ring in a colour no text
    uses, and what is chosen inverted (text-coloured, with the window's colour on it), so that
    no state is told by colour alone."""
    up, down = _arrow("up", text), _arrow("down", text)
    return f"""
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    border: none; width: 14px; background: {window};
}}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 9px; height: 6px; }}
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {{
    image: url({down}); width: 9px; height: 6px;
}}
QComboBox {{ padding: 1px 20px 1px 4px; }}
QComboBox::drop-down {{ border: none; border-left: 2px solid {text}; width: 16px; }}
QPushButton, QToolButton {{
    background: {window}; color: {text}; border: 2px solid {text}; border-radius: 4px;
    padding: 4px 10px; min-height: 18px;
}}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {focus}; padding: 3px 9px; }}
QPushButton:checked, QPushButton:pressed, QToolButton:checked {{
    background: {text}; color: {window};
}}
QPushButton:disabled {{ border-style: dashed; }}
QPushButton#chip {{ border: 2px solid {text}; padding: 3px 11px; }}
QPushButton#chip:checked {{ border: 2px solid {text}; }}
QPushButton#chip:focus {{ border: 3px solid {focus}; padding: 2px 10px; }}
QPushButton#stressButton {{ border: 2px solid {text}; padding: 2px; }}
QPushButton#stressButton:focus {{ border: 3px solid {focus}; padding: 1px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QAbstractSpinBox, QComboBox {{
    border: 2px solid {text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,
QAbstractSpinBox:focus, QComboBox:focus {{
    border: 3px solid {focus};
}}
QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 8px; height: 8px; padding: 2px; border: 2px solid {text}; background: {window};
}}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background: {text}; background-clip: content;
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
QFrame#alwaysThere {{ border: 2px solid {text}; }}
QFrame#distressQuestion:focus, QLabel#helpNumber:focus {{ border: 3px solid {focus}; }}
QScrollBar:vertical {{ background: {window}; width: 14px; border-left: 1px solid {text}; }}
QScrollBar:horizontal {{ background: {window}; height: 14px; border-top: 1px solid {text}; }}
QScrollBar::handle {{ background: {text}; border: 2px solid {window}; border-radius: 5px; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QTabBar::tab:selected {{ background: {text}; color: {window}; }}
QTabBar::tab:focus {{ border: 3px solid {focus}; }}
"""


def style_sheet_for(palette: QPalette) -> str:
    return style_sheet(
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.WindowText),
        is_high_contrast(palette),
    )


# The sheet for Companion's light palette; `apply_style` follows the palette actually in force.
STYLE_SHEET = style_sheet_for(light_palette())


def desktop_asks_high_contrast() -> bool:
    """The desktop's accessibility setting (Qt 6.10+): Windows' contrast themes, GNOME's and
    KDE's high contrast (through the settings portal), macOS' "Increase contrast"."""
    # (PySide6 6.11: the accessibility hints' wrapper dies with a style-hints wrapper made for
    # the call, "already deleted", when both are taken in one chained expression: hold it)
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


class _PaletteFollower(QObject):
    """Makes the sheet anew when the application's palette changes (light ↔ dark), and puts
    the palette of the theme and contrast in force, following the desktop's colour scheme and
    contrast preference while they change.

    It follows `paletteChanged`, not an event filter on the application: a Python filter there
    sees every event sent to the application and cost about 6 MB of resident memory."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.theme = "system"
        self.contrast = "normal"  # until told (nothing of ours is in force at first)
        self._in_force: tuple[str, bool] = ("system", False)  # our palette: (light|dark, high)
        self._before: QPalette | None = None  # the palette in force before one of ours
        self._style_before = ""  # the style swapped for Fusion by a palette of ours, if any
        app.paletteChanged.connect(lambda _palette: self.apply())
        self._hints = QGuiApplication.styleHints()  # (held: see desktop_asks_high_contrast)
        self._accessibility = self._hints.accessibility()
        self._accessibility.contrastPreferenceChanged.connect(lambda _value: self.follow())
        self._hints.colorSchemeChanged.connect(lambda _scheme: self.follow())

    @property
    def high(self) -> bool:
        return self._in_force[1]

    def apply(self) -> None:
        sheet = style_sheet_for(self._app.palette())
        if sheet != self._app.styleSheet():  # setting the same sheet again could loop
            self._app.setStyleSheet(sheet)

    def use(self, theme: str, contrast: str) -> None:
        if theme not in THEMES or contrast not in CONTRASTS:
            return
        self.theme, self.contrast = theme, contrast
        self.follow()

    def _desktop_is_dark(self) -> bool:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        palette = self._before if self._before is not None else self._app.palette()
        return is_dark_colour(palette.color(QPalette.ColorRole.Window))

    def follow(self) -> None:
        """Put the palette for the theme and contrast in force, if it is not already."""
        contrast, theme = self.contrast, self.theme
        high = contrast == "high" or (contrast == "auto" and desktop_asks_high_contrast())
        if theme == "system" and not high:
            wanted: tuple[str, bool] = ("system", False)
        elif theme == "system":
            wanted = ("dark" if self._desktop_is_dark() else "light", True)
        else:
            wanted = (theme, high)
        if wanted == self._in_force:
            return
        app = self._app
        if wanted[0] == "system":
            self._in_force = wanted
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
            if self._in_force[0] == "system":
                self._before = QPalette(app.palette())
                # Windows 10's native style paints its controls itself and ignores a palette;
                # Qt itself switches to Fusion in Windows' dark mode. Do the same for ours.
                if app.style().name().lower() == "windowsvista":
                    self._style_before = app.style().name()
                    app.setStyle("Fusion")
            self._in_force = wanted
            dark = wanted[0] == "dark"
            if theme != "system":  # (with the desktop's scheme, high contrast follows it)
                _ask_colour_scheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
            if high:
                app.setPalette(high_contrast_palette(dark))
            else:
                app.setPalette(dark_palette() if dark else light_palette())
        self.apply()
        log.info("theme: %s%s", theme, ", high contrast" if high else "")


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


def apply_theme(app: QApplication, theme: str, contrast: str = "normal") -> None:
    """Give every window of `app` the theme's colours at once: `light` or `dark` (Companion's
    own, whatever the desktop's), or `system` (the desktop's, following its changes); in high
    contrast when `contrast` is `high`, or `auto` and the desktop asks for it (followed live)."""
    follower = app.findChild(_PaletteFollower)
    if follower is None:
        if theme == "system" and contrast == "normal":
            return  # nothing of ours to undo, and the palette and sheet stay as they are
        follower = _PaletteFollower(app)
    follower.use(theme, contrast)


def current_theme(app: QApplication) -> str:
    follower = app.findChild(_PaletteFollower)
    return "system" if follower is None else follower.theme


def high_contrast_in_force(app: QApplication) -> bool:
    follower = app.findChild(_PaletteFollower)
    return follower is not None and follower.high
