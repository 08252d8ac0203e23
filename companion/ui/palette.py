"""Colours of the stress scale: a blue-to-orange ramp readable by colour-blind users.

Colour is never the only signal: the number is always written on or beside it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

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


def text_colour_on(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#1b1b1b") if luminance > 150 else QColor("#ffffff")
