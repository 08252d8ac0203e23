"""Dims every screen during a break: one quiet, translucent cover per screen, behind the break.

A cover never takes the keyboard (the break window keeps it, so Esc still ends the break),
shows in no task bar, and lets every click through to what is under it: a call that rings
during a break can still be answered on the softphone. Where the desktop composites windows
(Windows always does) the work shows through, dimmed; where it does not (a bare X server) the
cover is a plain dark screen, so dimming is off unless the user turns it on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

DIM_COLOUR = QColor("#0b1016")
DIM_OPACITY = 0.62


class DimOverlay(QWidget):
    """A translucent dark cover over one whole screen."""

    def __init__(self, screen: QScreen) -> None:
        super().__init__(None)
        self.setObjectName("dimOverlay")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowTransparentForInput  # a click reaches what is under it
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowOpacity(DIM_OPACITY)
        self.setWindowTitle("Companion")
        self.cover(screen)

    def cover(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), DIM_COLOUR)
        painter.end()


class ScreenDimmer:
    """The covers of every screen, made while a break runs and gone after it."""

    def __init__(self) -> None:
        self.overlays: list[DimOverlay] = []

    @property
    def active(self) -> bool:
        return bool(self.overlays)

    def show(self) -> None:
        """Cover each screen (again: screens may have come or gone since)."""
        self.hide()
        for screen in QGuiApplication.screens():
            overlay = DimOverlay(screen)
            overlay.show()
            self.overlays.append(overlay)

    def hide(self) -> None:
        for overlay in self.overlays:
            overlay.hide()
            overlay.deleteLater()
        self.overlays = []
