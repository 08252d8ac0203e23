"""The break itself: a calm, frameless window on top of everything, with the time left.

A micro-break is a panel in the middle of the screen with the breathing circle. A long break
fills the screen it is on and asks the agent to step away (stand up, walk, look far away, drink
some water); the circle is there only if asked for. With `dim_screen` every screen is dimmed
behind it (ui/dim.py), so the work stops calling for attention.

It never takes the keyboard by itself: it is shown without being activated, so keys still
typed go where they were going (the break started after a pause in input, and input that goes
on ends it as cut short, which the app decides). A click on it gives it the keyboard (covers
let clicks through); then Esc ends it early. A stray Enter or Space never ends it: only the
End early button (mouse, or Tab then Space), Esc, or closing the window does. It reports how
the break ended and how long it lasted, and every use of it (`touched`: that input is the
agent's use of the break, not a return to work); the app decides the rest.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.breaks import KINDS, LONG
from companion.ui.accessibility import announce
from companion.ui.break_notice import ms_to_next_second, whole_seconds
from companion.ui.breathing import BreathingWidget
from companion.ui.dim import ScreenDimmer
from companion.ui.palette import border_on, readable_on
from companion.ui.style import ACCENT

WINDOW_WIDTH = 560  # a micro-break's panel, at most
_TOUCHES = (
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.HoverMove,
)
WINDOW_HEIGHT = 440
LONG_COLUMN = 680  # the width of a long break's text, however wide the screen


def minutes_seconds(seconds: int) -> str:
    """A countdown as m:ss (5:00, 0:40)."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


def _scaled(font: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    if weight is not None:
        scaled.setWeight(weight)
    return scaled


class BreakWindow(QWidget):
    """A micro-break or a long break counting down; End early (or Esc) is always there."""

    finished = Signal(int)  # seconds taken: the whole break
    ended_early = Signal(int)  # seconds taken before the agent ended it
    touched = Signal()  # the mouse or a key used on it (at most a few times a second)

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._kind = KINDS[0]
        self._seconds = 0
        self._started_at: float | None = None  # set while a break runs
        self._announced = -1  # the seconds left last said to a screen reader
        self.dim_screen = False  # the presenter sets it from `breaks.dim_screen`
        self.end_keys = ""  # the global shortcut that ends it from any program, if held
        self.dimmer = ScreenDimmer()
        self.suggestion_texts: tuple[str, ...] = ()
        self.setObjectName("breakWindow")
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click gives it the keys; Tab skips it
        # Shown without taking the keyboard from the program the agent was typing in.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._last_touch = -1.0

        self.heading = QLabel(self)
        self.heading.setObjectName("breakHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breathing = BreathingWidget(clock, self)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("breakCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_caption = QLabel(self)
        self.countdown_caption.setObjectName("hint")
        self.countdown_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.suggestions_title = QLabel(self)
        self.suggestions_title.setObjectName("suggestionsTitle")
        self.suggestions = QLabel(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.step_away = QWidget(self)  # a long break's ideas
        ideas = QVBoxLayout(self.step_away)
        ideas.setContentsMargins(0, 0, 0, 0)
        ideas.setSpacing(8)
        ideas.addWidget(self.suggestions_title)
        ideas.addWidget(self.suggestions)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.breathe_button = QPushButton(self)  # a long break: the circle, if wanted
        self.breathe_button.setObjectName("breatheWithCircle")
        self.breathe_button.setCheckable(True)
        self.breathe_button.setAutoDefault(False)
        self.breathe_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endEarly")
        self.end_button.setAutoDefault(False)
        # Reached with Tab, never focused at once: a stray Space from typing must not end it.
        self.end_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.bottom = QWidget(self)
        bottom = QHBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.breathe_button)
        bottom.addWidget(self.end_button)
        self.panel = QWidget(self)  # what the window shows, top to bottom (see _arrange)
        self.column = QVBoxLayout(self.panel)
        self.column.setContentsMargins(0, 0, 0, 0)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.panel)
        self._apply_fonts()
        self._arrange()

        self.end_button.clicked.connect(self.end_early)
        self.breathe_button.toggled.connect(self._show_circle)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.setMinimumSize(460, 380)
        self.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        # The mouse moved over it without a button held is the agent's use of the break too
        # (`touched`): widgets hear such moves only while they track the mouse.
        for widget in (self, *self.findChildren(QWidget)):
            widget.setMouseTracking(True)
        self.retranslate("en")

    # -- what the app asks -------------------------------------------------------------------

    def show_break(self, kind: str, seconds: int) -> None:
        """Start a `kind` break of `seconds` on the screen the mouse is on: a micro-break in
        its middle, a long break over all of it; every screen dimmed with `dim_screen`."""
        if kind not in KINDS:
            raise ValueError(f"unknown break kind {kind!r}")
        self._kind = kind
        self._seconds = max(0, seconds)
        self._started_at = self._clock()
        self.breathe_button.setChecked(False)
        self._arrange()
        self._retranslate_texts()
        self._update_countdown()
        self._place_on_active_screen()
        if self.dim_screen:
            self.dimmer.show()  # first, so that the break comes above the covers
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the agent's own use of the break window
        self.show()
        # Where the keyboard goes once the agent clicks in: the window, never End early
        # (a stray Space would end the break). This does not activate it.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._bring_back()
        # Heard without taking the focus: what started, how long, how to end it.
        announce(
            self, f"{self.heading.text()}. {self.spoken_left(self._seconds)} {self.hint.text()}"
        )
        self._announced = self._seconds
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

    @property
    def long_view(self) -> bool:
        """Whether it shows a long break's step-away view (the whole screen)."""
        return self._kind == LONG

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
            announce(self, self.tr("The break is over."))
            self.hide()
            self.finished.emit(seconds)
            return
        self._update_countdown()
        self._schedule()

    def _stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._started_at = None
        self.timer.stop()
        self.breathing.stop()
        self.dimmer.hide()

    def _update_countdown(self) -> None:
        remaining = self.remaining_seconds()
        self.countdown.setText(minutes_seconds(remaining))
        # A screen reader hears the time left at each whole minute, at 30 s and at 10 s: often
        # enough to follow the break, rarely enough not to talk over the breathing.
        spoken = remaining > 0 and (remaining % 60 == 0 or remaining in (30, 10))
        if self.running and spoken and remaining != self._announced:
            self._announced = remaining
            announce(self, self.spoken_left(remaining))

    def spoken_left(self, seconds: int) -> str:
        """The time left as words a screen reader says well ("2 minutes left", not "2:00")."""
        minutes, rest = divmod(max(0, seconds), 60)
        if minutes and not rest:
            if minutes == 1:
                return self.tr("1 minute left.")
            return self.tr("%1 minutes left.").replace("%1", str(minutes))
        if not minutes:
            if rest == 1:
                return self.tr("1 second left.")
            return self.tr("%1 seconds left.").replace("%1", str(rest))
        return self.tr("%1 min %2 s left.").replace("%1", str(minutes)).replace("%2", str(rest))

    def _bring_back(self) -> None:
        """In front of the covers, never taking the keyboard by itself."""
        if not self.isVisible():
            return
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The mouse or the keyboard used on this window: the agent's use of the break (told
        at most four times a second). Watched on the whole application while a break runs."""
        if event.type() in _TOUCHES and self.running:
            widget = watched if isinstance(watched, QWidget) else None
            if widget is not None and widget.window() is self:
                now = self._clock()
                if now - self._last_touch >= 0.25:
                    self._last_touch = now
                    self.touched.emit()
        return False

    def _show_circle(self, shown: bool) -> None:
        if self.long_view:
            self.breathing.setVisible(shown)
            if shown and self.running:
                self.breathing.start()

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
            self.dimmer.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_fonts()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """No frame of the desktop's: a calm background and, for the panel, a thin edge."""
        painter = QPainter(self)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(self.rect(), background)
        if not self.long_view:
            text = palette.color(QPalette.ColorRole.WindowText)
            painter.setPen(QPen(border_on(background, text), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # -- look --------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        """Sizes and colour make the hierarchy (the usual Chinese font has no bold)."""
        base = self.font()
        long = self.long_view
        self.heading.setFont(_scaled(base, 2.0 if long else 1.45, QFont.Weight.DemiBold))
        self.countdown.setFont(_scaled(base, 4.2 if long else 2.6, QFont.Weight.Light))
        self.suggestions_title.setFont(_scaled(base, 1.3, QFont.Weight.DemiBold))
        self.suggestions.setFont(_scaled(base, 1.3))
        background = self.palette().color(QPalette.ColorRole.Window)
        heading = readable_on(ACCENT, background, 4.5)
        for label in (self.heading, self.suggestions_title):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, heading)
            label.setPalette(palette)

    def _arrange(self) -> None:
        """Micro: heading, circle, time. Long: heading, time, the ideas, the circle if asked."""
        while self.column.count():
            self.column.takeAt(0)  # widgets stay; spacers go
        long = self.long_view
        self.step_away.setVisible(long)
        self.countdown_caption.setVisible(long)
        self.breathe_button.setVisible(long)
        self.breathing.setVisible(not long or self.breathe_button.isChecked())
        if long:
            self._outer.setContentsMargins(48, 40, 48, 32)
            self.column.setSpacing(14)
            self.column.addStretch(2)
            self.column.addWidget(self.heading)
            self.column.addSpacing(18)
            self.column.addWidget(self.countdown)
            self.column.addWidget(self.countdown_caption)
            self.column.addSpacing(24)
            self.column.addWidget(self.step_away, 0, Qt.AlignmentFlag.AlignHCenter)
            self.column.addWidget(self.breathing, 3)
            self.column.addStretch(3)
            self.column.addWidget(self.bottom)
            self._outer.setAlignment(self.panel, Qt.AlignmentFlag.AlignHCenter)
        else:
            self._outer.setContentsMargins(24, 20, 24, 18)
            self.column.setSpacing(10)
            self.column.addWidget(self.heading)
            self.column.addWidget(self.breathing, 1)
            self.column.addWidget(self.countdown)
            self.column.addWidget(self.bottom)
            self.panel.setMinimumWidth(0)
            self.panel.setMaximumWidth(16777215)
            self._outer.setAlignment(self.panel, Qt.AlignmentFlag(0))
        self._apply_fonts()
        self.update()

    def _place_on_active_screen(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        if self.long_view:  # the whole screen: a view to step away from, not a dialog
            self.setScreen(screen)
            self.setMinimumSize(min(460, area.width()), min(380, area.height()))
            self.setGeometry(area)
            self.panel.setFixedWidth(max(300, min(LONG_COLUMN, area.width() - 96)))
            return
        width = min(WINDOW_WIDTH, area.width())
        height = min(WINDOW_HEIGHT, area.height())
        self.setScreen(screen)
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def retranslate(self, language: str) -> None:
        self.breathing.retranslate(language)
        self._retranslate_texts()

    def _retranslate_texts(self) -> None:
        if self.long_view:
            self.setWindowTitle(self.tr("Long break · Companion"))
            self.heading.setText(self.tr("Long break: time to step away from the screen"))
        else:
            self.setWindowTitle(self.tr("Micro-break · Companion"))
            self.heading.setText(self.tr("Micro-break: breathe with the circle"))
        # The name is the time itself ("4:59"), so that a screen reader reads it; what it is,
        # is the description.
        self.countdown.setAccessibleDescription(self.tr("Time left in the break"))
        self.countdown_caption.setText(self.tr("left in the break"))
        self.suggestions_title.setText(self.tr("While you rest:"))
        ideas = (
            self.tr("Stand up and stretch"),
            self.tr("Walk a few steps"),
            self.tr("Rest your eyes on something far away"),
            self.tr("Drink some water"),
            self.tr("Roll your shoulders"),
        )
        self.suggestion_texts = ideas
        items = "".join(
            f'<li style="margin-bottom: 8px;">{html.escape(idea)}</li>' for idea in ideas
        )
        self.suggestions.setText(f'<ul style="margin: 0; -qt-list-indent: 1;">{items}</ul>')
        self.suggestions.setAccessibleName(self.tr("Ideas for the break"))
        if self.end_keys:
            self.hint.setText(
                self.tr("The break ends by itself. To end it now: End early, or %1.").replace(
                    "%1", self.end_keys
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "The break ends by itself. To end it now: End early, or click here and Esc."
                )
            )
        self.breathe_button.setText(self.tr("Breathe with the circle"))
        self.end_button.setText(self.tr("End early"))
        self.end_button.setAccessibleName(self.tr("End the break early"))
