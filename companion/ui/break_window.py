"""The break itself: a calm window with the breathing circle and the time left.

It may take the keyboard (the agent is on a break), but a stray Enter or Space left over from
typing never ends it: only the End early button (mouse, or Tab then Space), Esc, or closing the
window does. It reports how the break ended and how long it lasted; the app decides the rest.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.breaks import KINDS, LONG
from companion.ui.break_notice import ms_to_next_second, whole_seconds
from companion.ui.breathing import BreathingWidget

WINDOW_WIDTH = 560
WINDOW_HEIGHT = 440


def minutes_seconds(seconds: int) -> str:
    """A countdown as m:ss (5:00, 0:40)."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class BreakWindow(QWidget):
    """A micro-break or a long break counting down; End early (or Esc) is always there."""

    finished = Signal(int)  # seconds taken: the whole break
    ended_early = Signal(int)  # seconds taken before the agent ended it

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._kind = KINDS[0]
        self._seconds = 0
        self._started_at: float | None = None  # set while a break runs
        self.suggestion_texts: tuple[str, ...] = ()
        self.setObjectName("breakWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.heading = QLabel(self)
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breathing = BreathingWidget(clock, self)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("breakCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.countdown.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2.6)
        big.setWeight(QFont.Weight.Light)
        self.countdown.setFont(big)
        self.suggestions_title = QLabel(self)
        self.suggestions_title.setObjectName("suggestionsTitle")
        caption = QFont(self.suggestions_title.font())
        caption.setWeight(QFont.Weight.DemiBold)
        self.suggestions_title.setFont(caption)
        self.suggestions = QLabel(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.side = QWidget(self)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(6)
        side.addStretch(1)
        side.addWidget(self.suggestions_title)
        side.addWidget(self.suggestions)
        side.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endEarly")
        self.end_button.setAutoDefault(False)
        # Reached with Tab, never focused at once: a stray Space from typing must not end it.
        self.end_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.body = QGridLayout()
        self.body.setHorizontalSpacing(20)
        self.body.setVerticalSpacing(4)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(self.body, 1)
        layout.addLayout(bottom)
        self._arrange()

        self.end_button.clicked.connect(self.end_early)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.setMinimumSize(460, 380)
        self.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        self.retranslate("en")

    # -- what the app asks -------------------------------------------------------------------

    def show_break(self, kind: str, seconds: int) -> None:
        """Start a `kind` break of `seconds`, centred on the screen the mouse is on."""
        if kind not in KINDS:
            raise ValueError(f"unknown break kind {kind!r}")
        self._kind = kind
        self._seconds = max(0, seconds)
        self._started_at = self._clock()
        self._arrange()
        self._retranslate_texts()
        self._update_countdown()
        self._centre_on_active_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.breathing.start()
        self._schedule()

    def close_break(self) -> None:
        """End the break for the app's own reason (a call came in, say), saying nothing."""
        self._stop()
        self.hide()

    def end_early(self) -> None:
        """The agent ends the break: reports the seconds taken so far."""
        if self._started_at is None:
            return
        taken = self.seconds_taken()
        self._stop()
        self.hide()
        self.ended_early.emit(taken)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def seconds_taken(self) -> int:
        if self._started_at is None:
            return 0
        return min(self._seconds, max(0, math.floor(self._clock() - self._started_at)))

    def remaining_seconds(self) -> int:
        if self._started_at is None:
            return 0
        return whole_seconds(self._started_at + self._seconds - self._clock())

    # -- counting down -----------------------------------------------------------------------

    def _schedule(self) -> None:
        if self._started_at is None or not self.isVisible():
            self.timer.stop()
            return
        self.timer.start(ms_to_next_second(self._started_at + self._seconds - self._clock()))

    def _tick(self) -> None:
        if self._started_at is None:
            return
        if self._started_at + self._seconds - self._clock() <= 0:
            seconds = self._seconds
            self._stop()
            self.hide()
            self.finished.emit(seconds)
            return
        self._update_countdown()
        self._schedule()

    def _stop(self) -> None:
        self._started_at = None
        self.timer.stop()
        self.breathing.stop()

    def _update_countdown(self) -> None:
        self.countdown.setText(minutes_seconds(self.remaining_seconds()))

    # -- events ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.running:
            self.end_early()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.end_early()  # closed by the agent while the break runs; nothing when it is over
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._update_countdown()
        self._schedule()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        if not self.isVisible():  # hidden, not just minimised: the break still ends on time then
            self.timer.stop()

    # -- look --------------------------------------------------------------------------------

    def _arrange(self) -> None:
        """Micro: the circle with the time under it. Long: the ideas beside them."""
        for widget in (self.breathing, self.countdown, self.side):
            self.body.removeWidget(widget)
        self.body.addWidget(self.breathing, 0, 0)
        self.body.addWidget(self.countdown, 1, 0)
        long = self._kind == LONG
        self.side.setVisible(long)
        if long:
            self.body.addWidget(self.side, 0, 1, 2, 1)
            self.body.setColumnStretch(0, 5)
            self.body.setColumnStretch(1, 6)
        else:
            self.body.setColumnStretch(0, 1)
            self.body.setColumnStretch(1, 0)
        self.body.setRowStretch(0, 1)

    def _centre_on_active_screen(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(WINDOW_WIDTH, area.width())
        height = min(WINDOW_HEIGHT, area.height())
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def retranslate(self, language: str) -> None:
        self.breathing.retranslate(language)
        self._retranslate_texts()

    def _retranslate_texts(self) -> None:
        if self._kind == LONG:
            self.setWindowTitle(self.tr("Long break · Companion"))
            self.heading.setText(self.tr("Long break: step away and breathe with the circle"))
        else:
            self.setWindowTitle(self.tr("Micro-break · Companion"))
            self.heading.setText(self.tr("Micro-break: breathe with the circle"))
        self.countdown.setAccessibleName(self.tr("Time left in the break"))
        self.suggestions_title.setText(self.tr("While you rest:"))
        ideas = (
            self.tr("Stand up and stretch"),
            self.tr("Drink some water"),
            self.tr("Rest your eyes on something far away"),
            self.tr("Roll your shoulders"),
        )
        self.suggestion_texts = ideas
        items = "".join(
            f'<li style="margin-bottom: 6px;">{html.escape(idea)}</li>' for idea in ideas
        )
        self.suggestions.setText(f'<ul style="margin: 0; -qt-list-indent: 1;">{items}</ul>')
        self.suggestions.setAccessibleName(self.tr("Ideas for the break"))
        self.hint.setText(self.tr("The break ends by itself. Esc ends it early."))
        self.end_button.setText(self.tr("End early"))
        self.end_button.setAccessibleName(self.tr("End the break early"))
