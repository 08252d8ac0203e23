"""Dims every screen during a break: one quiet, translucent cover per screen, behind the break.

A cover never takes the keyboard (the break window keeps it, so Esc still ends the break),
shows in no task bar, and lets every click through to what is under it: a call that rings
during a break can still be answered on the softphone. Where the desktop composites windows
(Windows always does) the work shows through, dimmed; where it does not (a bare X server) the
cover is a plain dark screen, so dimming is off unless the user turns it on.

On Wayland window opacity is ignored and a window cannot place itself: there a cover is a
full-screen window (every compositor stacks those above normal windows) dimmed by per-pixel
alpha, on each screen but the break's own (the break window dims its screen itself).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from companion.ui.palette import DIM

DIM_COLOUR = QColor(DIM)
DIM_OPACITY = 0.62


def dim_colour(opacity: float) -> QColor:
    """The cover's colour with `opacity` as its alpha (a per-pixel translucent window)."""
    colour = QColor(DIM_COLOUR)
    colour.setAlphaF(opacity)
    return colour


class DimOverlay(QWidget):
    """A translucent dark cover over one whole screen."""

    def __init__(self, screen: QScreen, per_pixel: bool = False) -> None:
        super().__init__(None)
        self.per_pixel = per_pixel  # Wayland: translucent by its pixels' alpha, full screen
        if per_pixel:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
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
        if not per_pixel:
            self.setWindowOpacity(DIM_OPACITY)
        self.setWindowTitle("Companion")
        self.cover(screen)

    def cover(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        if self.per_pixel:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(self.rect(), dim_colour(DIM_OPACITY))
        else:
            painter.fillRect(self.rect(), DIM_COLOUR)
        painter.end()

    def show_cover(self) -> None:
        if self.per_pixel:
            # On its screen's output (xdg_toplevel.set_fullscreen); shown without asking for
            # the keyboard (showFullScreen() would ask).
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.show()
        else:
            self.show()


class ScreenDimmer:
    """The covers of every screen, made while a break runs and gone after it."""

    def __init__(self) -> None:
        self.overlays: list[DimOverlay] = []

    @property
    def active(self) -> bool:
        return bool(self.overlays)

    def show(self, *, except_screen: QScreen | None = None, per_pixel: bool = False) -> None:
        """Cover each screen (again: screens may have come or gone since), but
        `except_screen`; `per_pixel` for Wayland's full-screen, alpha-dimmed covers."""
        self.hide()
        for screen in QGuiApplication.screens():
            if screen is except_screen:
                continue
            overlay = DimOverlay(screen, per_pixel)
            overlay.show_cover()
            self.overlays.append(overlay)

    def hide(self) -> None:
        for overlay in self.overlays:
            overlay.hide()
            overlay.deleteLater()
        self.overlays = []
