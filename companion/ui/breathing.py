"""A calm circle to breathe with: it grows as you breathe in, waits, and shrinks as you breathe out.

What it shows comes from `breathing_at` and a monotonic clock, never from counting frames, so a
busy moment never puts it out of step. It repaints about 30 times a second, and only while it is
started and on screen: hidden or stopped, it costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.domain.breathing import BreathingPhase, BreathingState, breathing_at
from companion.ui.accessibility import announce
from companion.ui.palette import CALM_ON_DARK, is_high_contrast, readable_on, stress_colour

FRAME_MS = 33  # about 30 frames a second
_CALM = stress_colour(0)  # the calm end of the app's colours
_CALM_ON_DARK = CALM_ON_DARK  # the same blue, lighter, for dark themes
_SMALLEST = 0.5  # the circle's radius with empty lungs, as a part of the largest


class BreathingWidget(QWidget):
    """The breathing circle, with the phase ("Breathe in") and its seconds left in the middle."""

    phase_changed = Signal()  # breathing in, holding or out began (read `state.phase`)

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing")
        self._clock = clock
        self._started_at: float | None = None
        self._state = breathing_at(0.0)
        self._words: dict[BreathingPhase, str] = {}
        self._word_font_cache: tuple[tuple[object, ...], QFont] | None = None
        self.speak_phases = True  # a screen reader says each phase (a break asks first)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._advance)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate("en")

    # -- life --------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin a fresh exercise (breathing in) now."""
        self._started_at = self._clock()
        self._state = breathing_at(0.0)
        self._update_accessible_text()
        if self.isVisible() and self.speak_phases:
            announce(self, self.phase_text())
        self.update()
        self._update_timer()
        self.phase_changed.emit()

    def stop(self) -> None:
        self._started_at = None
        self._update_timer()

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.running:
            self._advance()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        # Also when its window is minimised: then it still counts as visible, but is not seen.
        self.timer.stop()

    def _update_timer(self) -> None:
        if self.running and self.isVisible():
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _advance(self) -> None:
        if self._started_at is None:
            return
        elapsed = max(0.0, self._clock() - self._started_at)
        before = self._state.phase
        self._state = breathing_at(elapsed)
        if self._state.phase != before:
            self._update_accessible_text()
            if self.speak_phases:
                announce(self, self.phase_text())  # the screen reader speaks the breath too
            self.phase_changed.emit()
        self.update()

    # -- what it shows -----------------------------------------------------------------------

    @property
    def state(self) -> BreathingState:
        return self._state

    def phase_text(self) -> str:
        return self._words[self._state.phase]

    def phase_words(self) -> list[str]:
        """What each phase is called ("Breathe in", "Hold", "Breathe out"), in order."""
        return list(self._words.values())

    def seconds_text(self) -> str:
        return str(max(1, math.ceil(self._state.seconds_left - 1e-9)))

    def retranslate(self, language: str) -> None:
        self._words = {
            "inhale": self.tr("Breathe in"),
            "hold": self.tr("Hold"),
            "exhale": self.tr("Breathe out"),
        }
        self.setAccessibleDescription(
            self.tr("Breathing exercise: in 4 s, hold 2 s, out 6 s. The circle shows the breath.")
        )
        self._update_accessible_text()
        self.update()

    def _update_accessible_text(self) -> None:
        self.setAccessibleName(self.phase_text())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 240)

    def _colour(self) -> QColor:
        background = self.palette().color(self.backgroundRole())
        dark = background.lightness() < 128
        # decorative, yet seen: at least 3:1 against what it is drawn on (WCAG 1.4.11)
        return readable_on(_CALM_ON_DARK if dark else _CALM, background)

    def _word_font(self, room: float) -> QFont:
        """The phase word's font: larger than the text around it, yet small enough for the
        longest word to fit the smallest circle (so it never jumps between phases), and never
        below the usual size. Worked out again only when the room, font or words change.
        """
        key = (round(room), self.font().key(), *self._words.values())
        if self._word_font_cache is not None and self._word_font_cache[0] == key:
            return self._word_font_cache[1]
        base = max(self.font().pointSizeF(), 9.0)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(base * 1.35)
        widest = max(QFontMetricsF(font).horizontalAdvance(word) for word in self._words.values())
        if widest > room > 0:
            font.setPointSizeF(max(base, base * 1.35 * room / widest))
        self._word_font_cache = (key, font)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = max(10.0, min(self.width(), self.height()) / 2 - 6)
        radius = largest * (_SMALLEST + (1 - _SMALLEST) * self._state.size)
        colour = self._colour()

        high = is_high_contrast(self.palette())
        guide = QColor(colour)
        guide.setAlpha(255 if high else 70)  # (high contrast: the largest circle seen, 3:1)
        painter.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)

        fill = QColor(colour)
        # (in high contrast fainter, so the words on it keep their full contrast)
        faint = 25 if high else 60
        fill.setAlpha(faint + round(40 * self._state.size))
        painter.setPen(QPen(colour, 2.5))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)

        text_colour = self.palette().color(self.foregroundRole())
        painter.setPen(text_colour)
        painter.setFont(self._word_font(largest * _SMALLEST * 2 * 0.9))
        word_height = painter.fontMetrics().height()
        box_width = 2 * largest
        painter.drawText(
            QRectF(centre.x() - largest, centre.y() - word_height, box_width, word_height),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            self.phase_text(),
        )
        seconds_font = QFont(self.font())
        seconds_font.setPointSizeF(max(seconds_font.pointSizeF(), 9.0) * 1.15)
        painter.setFont(seconds_font)
        seconds_height = painter.fontMetrics().height()
        painter.drawText(
            QRectF(centre.x() - largest, centre.y() + 2, box_width, seconds_height),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.seconds_text(),
        )
        painter.end()
