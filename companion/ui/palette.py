"""Colours: the one home of every colour Companion names (tests/unit/test_colours.py fails on a
colour written anywhere else in companion/ui), the stress scale (a blue-to-orange ramp readable
by colour-blind users), contrast arithmetic (WCAG), and the palettes of the theme
(`appearance.theme`: light, dark) and of high contrast (`appearance.contrast`).

Colour is never the only signal: the number is always written on or beside it.

High contrast (companion.ui.style) is pure black or pure white behind text at 7:1 or more
(WCAG's AAA), every outline in the text's colour, a thick focus ring in a colour of its own and
the selection in colours no other control uses.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

WHITE = QColor("#ffffff")
BLACK = QColor("#000000")

_LOW = QColor("#2c7bb6")
_MID = QColor("#f2f0e6")
_HIGH = QColor("#d7301f")


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor(
        round(first.red() + (second.red() - first.red()) * amount),
        round(first.green() + (second.green() - first.green()) * amount),
        round(first.blue() + (second.blue() - first.blue()) * amount),
    )


def stress_colour(stress: int) -> QColor:
    if stress <= 5:
        return _mix(_LOW, _MID, stress / 5)
    return _mix(_MID, _HIGH, (stress - 5) / 5)


# The marks under the unchosen buttons of a 0–10 scale: the same blue-to-red ramp with a grey,
# not near-white, middle. Every mark's luminance lies between 0.15 and 0.25, so each stands out
# from a light and a dark window alike (contrast 3.1–4.5) and none looks chosen: a near-white
# mark under the 5 read as a highlight on a dark desktop and vanished on a light one.
_MARK_MID = QColor("#7f7b70")


def scale_mark_colour(value: int) -> QColor:
    """The mark under an unchosen button of the 0–10 scale."""
    if value <= 5:
        return _mix(_LOW, _MARK_MID, value / 5)
    return _mix(_MARK_MID, _HIGH, (value - 5) / 5)


def text_colour_on(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#1b1b1b") if luminance > 150 else QColor(WHITE)


# -- the app's named colours ---------------------------------------------------------------------

ACCENT = QColor("#2c7bb6")  # the calm end of the stress colours: headings, a goal's bar
ACCENT_EDGE = QColor("#1f5f8f")  # a chosen chip's border
FOCUS = QColor("#e08e0b")  # the focus ring (made readable on the window: `readable_on`)
ERROR = QColor("#b3261e")
CALM_ON_DARK = QColor("#7fb8e0")  # the breathing circle's blue, lighter, for dark windows
DIM = QColor("#0b1016")  # the cover over the other screens during a break
REACHED = QColor("#2e9e43")  # a reached goal's bar
REACHED_SHADE = QColor(46, 160, 67, 60)  # a light green behind a week whose target was reached
CHOSEN_EDGE = QColor("#202020")  # the border of the chosen button of the 0–10 scale
FEW_ENTRIES = QColor("#deebf7")  # the heat map's counts: from few (light) …
MANY_ENTRIES = QColor("#08519c")  # … to many (dark)

# Okabe & Ito (2008): safe for deuteranopia, protanopia and tritanopia (the charts' colours).
BLUE = "#0072B2"
SKY = "#56B4E9"
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
GREEN = "#009E73"
PURPLE = "#CC79A7"


# -- contrast (WCAG 2.1) -------------------------------------------------------------------------

GRAPHICS_CONTRAST = 3.0  # WCAG 1.4.11: borders, dots and lines against what is behind them


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    return (
        0.2126 * _linear(colour.red())
        + 0.7152 * _linear(colour.green())
        + 0.0722 * _linear(colour.blue())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark_colour(colour: QColor) -> bool:
    return relative_luminance(colour) < 0.18


def readable_on(colour: QColor, background: QColor, minimum: float = GRAPHICS_CONTRAST) -> QColor:
    """`colour`, or the nearest step of it towards white (on a dark background) or black (on a
    light one) that stands out from `background` by at least `minimum`: the same hue, so a
    chart's legend still matches, only lighter or darker where it would fade."""
    target = QColor("#ffffff") if is_dark_colour(background) else QColor("#000000")
    for step in range(21):
        candidate = _mix(colour, target, step / 20)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return target


def border_on(background: QColor, text: QColor, minimum: float = GRAPHICS_CONTRAST) -> QColor:
    """A quiet border for `background`: the least mix of `text` into it that still stands out
    by `minimum` (a control's outline must be seen, WCAG 1.4.11), a little more for safety."""
    for step in range(1, 41):
        candidate = _mix(background, text, step / 40)
        if contrast_ratio(candidate, background) >= minimum + 0.15:
            return candidate
    return QColor(text)


# -- the theme's palettes (companion.ui.style.apply_theme) --------------------------------------

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

# Qt's own light colours (the Fusion style's): "light" on a dark desktop looks as Companion
# does on a light one. Three are darker than Fusion's, for text at 4.5:1 (WCAG AA): the
# placeholder text (the hints use it), the selection and visited links.
_LIGHT = {
    _R.Window: "#efefef", _R.WindowText: "#000000", _R.Base: "#ffffff",
    _R.AlternateBase: "#f7f7f7", _R.ToolTipBase: "#ffffdc", _R.ToolTipText: "#000000",
    _R.PlaceholderText: "#5c5c5c", _R.Text: "#000000", _R.Button: "#efefef",
    _R.ButtonText: "#000000", _R.BrightText: "#ffffff", _R.Light: "#ffffff",
    _R.Midlight: "#cacaca", _R.Dark: "#9f9f9f", _R.Mid: "#b8b8b8", _R.Shadow: "#767676",
    _R.Highlight: "#2874b0", _R.HighlightedText: "#ffffff", _R.Link: "#0000ff",
    _R.LinkVisited: "#a000a0", _R.Accent: "#2874b0",
}  # fmt: skip
_LIGHT_DISABLED = {
    _R.WindowText: "#bebebe", _R.Text: "#bebebe", _R.ButtonText: "#bebebe",
    _R.Base: "#efefef", _R.Dark: "#bebebe", _R.Shadow: "#b1b1b1", _R.Highlight: "#919191",
    _R.Accent: "#919191",
}  # fmt: skip

# A calm dark grey (the one the dark screenshots have always used), with the roles a dark
# desktop also sets: links a dark background can show, tooltips and bevels that are not white.
_DARK = {
    _R.Window: "#202124", _R.WindowText: "#e8eaed", _R.Base: "#17181a",
    _R.AlternateBase: "#26272a", _R.ToolTipBase: "#2d2e31", _R.ToolTipText: "#e8eaed",
    _R.PlaceholderText: "#9aa0a6", _R.Text: "#e8eaed", _R.Button: "#2d2e31",
    _R.ButtonText: "#e8eaed", _R.BrightText: "#ffffff", _R.Light: "#3c4043",
    _R.Midlight: "#35363a", _R.Dark: "#101113", _R.Mid: "#5f6368", _R.Shadow: "#000000",
    _R.Highlight: "#2874b0", _R.HighlightedText: "#ffffff", _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9", _R.Accent: "#2874b0",
}  # fmt: skip
_DARK_DISABLED = {
    _R.WindowText: "#80868b", _R.Text: "#80868b", _R.ButtonText: "#80868b",
    _R.Base: "#202124", _R.Button: "#26272a", _R.Highlight: "#4a4c50",
    _R.HighlightedText: "#bdc1c6", _R.PlaceholderText: "#5f6368", _R.Accent: "#4a4c50",
}  # fmt: skip


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))  # every group
    for role, colour in disabled.items():
        palette.setColor(_G.Disabled, role, QColor(colour))
    return palette


# High contrast, dark: Windows' "High Contrast Black" in spirit (white text, cyan selection, yellow
# links); every bevel and outline in the text's colour.
_HIGH_DARK = {
    _R.Window: "#000000", _R.WindowText: "#ffffff", _R.Base: "#000000",
    _R.AlternateBase: "#1a1a1a", _R.ToolTipBase: "#000000", _R.ToolTipText: "#ffffff",
    _R.PlaceholderText: "#c8c8c8", _R.Text: "#ffffff", _R.Button: "#000000",
    _R.ButtonText: "#ffffff", _R.BrightText: "#ffffff", _R.Light: "#ffffff",
    _R.Midlight: "#ffffff", _R.Dark: "#ffffff", _R.Mid: "#ffffff", _R.Shadow: "#ffffff",
    _R.Highlight: "#1aebff", _R.HighlightedText: "#000000", _R.Link: "#ffff00",
    _R.LinkVisited: "#ffd27f", _R.Accent: "#1aebff",
}  # fmt: skip
_HIGH_DARK_DISABLED = {
    _R.WindowText: "#a6a6a6", _R.Text: "#a6a6a6", _R.ButtonText: "#a6a6a6",
    _R.Base: "#000000", _R.Button: "#000000", _R.Highlight: "#a6a6a6",
    _R.HighlightedText: "#000000", _R.PlaceholderText: "#a6a6a6", _R.Accent: "#a6a6a6",
}  # fmt: skip
# High contrast, light: "High Contrast White" (black text, deep purple selection, dark blue links).
_HIGH_LIGHT = {
    _R.Window: "#ffffff", _R.WindowText: "#000000", _R.Base: "#ffffff",
    _R.AlternateBase: "#ebebeb", _R.ToolTipBase: "#ffffff", _R.ToolTipText: "#000000",
    _R.PlaceholderText: "#3d3d3d", _R.Text: "#000000", _R.Button: "#ffffff",
    _R.ButtonText: "#000000", _R.BrightText: "#000000", _R.Light: "#000000",
    _R.Midlight: "#000000", _R.Dark: "#000000", _R.Mid: "#000000", _R.Shadow: "#000000",
    _R.Highlight: "#37006e", _R.HighlightedText: "#ffffff", _R.Link: "#00009f",
    _R.LinkVisited: "#5c005c", _R.Accent: "#37006e",
}  # fmt: skip
_HIGH_LIGHT_DISABLED = {
    _R.WindowText: "#555555", _R.Text: "#555555", _R.ButtonText: "#555555",
    _R.Base: "#ffffff", _R.Button: "#ffffff", _R.Highlight: "#555555",
    _R.HighlightedText: "#ffffff", _R.PlaceholderText: "#555555", _R.Accent: "#555555",
}  # fmt: skip

# The style sheet's own colours in high contrast (companion.ui.style): on black, then on white.
HIGH_FOCUS = (QColor("#ffff00"), QColor("#0037da"))  # yellow / strong blue: no text uses them
HIGH_ERROR = (QColor("#ff9e9e"), QColor("#a00000"))

# Every pair of (text, background) roles the app shows text in (checked in the tests: 7:1 in high
# contrast, 4.5:1 in light and dark).
TEXT_PAIRS = (
    (_R.WindowText, _R.Window),
    (_R.Text, _R.Base),
    (_R.Text, _R.AlternateBase),
    (_R.ButtonText, _R.Button),
    (_R.ToolTipText, _R.ToolTipBase),
    (_R.HighlightedText, _R.Highlight),
    (_R.PlaceholderText, _R.Base),
    (_R.PlaceholderText, _R.Window),
    (_R.Link, _R.Base),
    (_R.LinkVisited, _R.Base),
)


def high_focus(window: QColor) -> QColor:
    """The focus ring's colour in high contrast, on `window` (black or white)."""
    return QColor(HIGH_FOCUS[0 if is_dark_colour(window) else 1])


def is_high_contrast(palette: QPalette) -> bool:
    """Whether `palette` is a high-contrast one (ours, or a desktop's like it): a pure black or
    white window with text at 19:1 or more. Widgets that paint colour themselves ask this."""
    window = palette.color(_R.Window)
    return window.rgb() in (BLACK.rgb(), WHITE.rgb()) and (
        contrast_ratio(window, palette.color(_R.WindowText)) >= 19
    )


def high_contrast_palette(dark: bool) -> QPalette:
    """Companion's high-contrast colours: white on black (`dark`) or black on white."""
    if dark:
        return _palette(_HIGH_DARK, _HIGH_DARK_DISABLED)
    return _palette(_HIGH_LIGHT, _HIGH_LIGHT_DISABLED)


def light_palette() -> QPalette:
    """Companion's light colours, whatever the desktop's."""
    return _palette(_LIGHT, _LIGHT_DISABLED)


def dark_palette() -> QPalette:
    """Companion's dark colours, whatever the desktop's (also the dark screenshots')."""
    return _palette(_DARK, _DARK_DISABLED)
