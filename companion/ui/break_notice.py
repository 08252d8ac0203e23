"""The small notice in the corner shortly before a break: start now, postpone, skip, or wait.

An agent may be typing to a customer when it appears, so it never takes the keyboard: it is not
activated when shown, accepts no focus, and none of its buttons can be pressed with Enter or
Space. The mouse reaches them, and so do the global shortcuts it names (start, postpone,
skip), which work from any program without moving the keyboard. It shows what the app tells it
and reports what the agent chose; the app decides what happens next.

Three states: counting down ("Micro-break in 30 s"); waiting for a pause once the countdown is
over (the break starts after a few seconds without input); and a gentle offer that starts
nothing by itself (the agent kept working, or input cannot be seen here).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from companion.domain.breaks import KINDS, LONG
from companion.ui.accessibility import announce
from companion.ui.palette import stress_colour
from companion.ui.screen_fit import note_work_screen, work_screen

COUNTING, WAITING, GENTLE = "counting", "waiting", "gentle"
MARGIN = 16  # from the corner of the screen's free area
WIDTH = 380
_ACCENT = stress_colour(0)


def ms_to_next_second(remaining: float) -> int:
    """Milliseconds until a countdown shown in whole seconds (rounded up) next changes.

    Timers are re-armed for each step from the clock, so a late tick is never carried over and
    the countdown cannot drift; the small margin lands each tick just past the change.
    """
    if remaining <= 0:
        return 0
    fraction = remaining - math.floor(remaining)
    return math.ceil((fraction or 1.0) * 1000) + 5


def whole_seconds(remaining: float) -> int:
    """A countdown's remaining time as shown: rounded up, never below 0."""
    return max(0, math.ceil(remaining - 1e-9))


class BreakNotice(QWidget):
    """'Micro-break in 30 s', counting down, with Start now, Postpone and Skip (the mouse, or
    the global shortcuts it names); then waiting for a pause, or a gentle offer."""

    start_now = Signal()
    postpone = Signal()
    skip = Signal()
    timed_out = Signal()  # the countdown reached 0: the app decides what follows

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._kind = KINDS[0]
        self._deadline: float | None = None
        self._postpone_minutes: int | None = None
        self._state = COUNTING
        self._counted_down = False  # timed_out was told for this countdown
        self._keys: dict[str, str] = {}  # the global shortcuts held: start, postpone, skip
        self._previous: QWidget | None = None  # our window that had the keyboard before
        self.setObjectName("breakNotice")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        # macOS hides tool windows while another application is active; this one must show.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.keys = QLabel(self)  # the shortcuts that reach it from any program
        self.keys.setObjectName("hint")
        self.keys.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.postpone_button = QPushButton(self)
        self.skip_button = QPushButton(self)
        self.buttons = (self.start_button, self.postpone_button, self.skip_button)
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)

        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.start_button)
        row.addWidget(self.postpone_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.keys)

        self.start_button.clicked.connect(lambda: self._chosen(self.start_now))
        self.postpone_button.clicked.connect(lambda: self._chosen(self.postpone))
        self.skip_button.clicked.connect(lambda: self._chosen(self.skip))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.retranslate("en")

    # -- what the app asks -------------------------------------------------------------------

    def show_notice(
        self,
        kind: str,
        seconds: int,
        postpone_minutes: int | None,
        state: str = COUNTING,
        keys: dict[str, str] | None = None,
    ) -> None:
        """Show the notice for a `kind` break, without taking the keyboard: counting down
        `seconds`, waiting for a pause, or as a gentle offer (`state`).

        `postpone_minutes` is what Postpone offers; None hides it (postpones are used up).
        `keys`: the global shortcuts held for "start", "postpone" and "skip", named on it.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown break kind {kind!r}")
        if state not in (COUNTING, WAITING, GENTLE):
            raise ValueError(f"unknown notice state {state!r}")
        self._kind = kind
        self._state = state
        self._keys = dict(keys or {})
        self._postpone_minutes = postpone_minutes
        self._deadline = self._clock() + max(0, seconds)
        self._counted_down = False
        self.postpone_button.setVisible(postpone_minutes is not None)
        self._update_texts()
        self._place()
        active = QApplication.activeWindow()
        if active is not self:
            self._previous = active
        self.show()  # shown without activating: the keyboard stays where it was
        # Nor does a screen reader's focus move: it hears what comes and the keys that answer.
        said = f"{self.title.text()}. {self.hint.text()}"
        announce(self, f"{said} {self.keys.text()}" if self.keys.isVisible() else said)
        self._schedule()

    @property
    def state(self) -> str:
        return self._state

    def hide_notice(self) -> None:
        """Hide it, saying nothing (the app already knows why)."""
        self._deadline = None
        self.timer.stop()
        self.hide()

    def remaining_seconds(self) -> int:
        """The whole seconds shown; 0 when no countdown runs."""
        if self._deadline is None:
            return 0
        return whole_seconds(self._deadline - self._clock())

    # -- counting down -----------------------------------------------------------------------

    def _schedule(self) -> None:
        if self._deadline is None or not self.isVisible() or self._state != COUNTING:
            self.timer.stop()
            return
        self.timer.start(ms_to_next_second(self._deadline - self._clock()))

    def _tick(self) -> None:
        if self._deadline is None or self._state != COUNTING:
            return
        if self._deadline - self._clock() <= 0:
            # It stays up: the app starts the break if the hands rest, else says it waits.
            self.timer.stop()
            if not self._counted_down:
                self._counted_down = True
                self.timed_out.emit()
            return
        self._update_texts()
        self._schedule()

    def _chosen(self, signal: SignalInstance) -> None:
        if self._deadline is None:  # already decided (a double click, or time ran out)
            return
        self._finish(signal)

    def _finish(self, signal: SignalInstance) -> None:
        self.hide_notice()
        signal.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self.timer.stop()
        # On Wayland the compositor put it on the output the agent works on: the break that
        # follows opens there (see screen_fit.work_screen).
        note_work_screen(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._give_keyboard_back()

    def _give_keyboard_back(self) -> None:
        """Some platforms activate it despite the flags: hand the keyboard back at once.

        Only our own windows can be handed back; in any case no key can press a button here.
        """
        previous = self._previous
        if previous is not None and Shiboken.isValid(previous) and previous.isVisible():
            previous.activateWindow()

    # -- look --------------------------------------------------------------------------------

    def _place(self) -> None:
        """Bottom-right corner of the free area of the screen the agent works on."""
        screen = work_screen()
        area = screen.availableGeometry()
        self.setFixedWidth(min(max(WIDTH, self.minimumSizeHint().width()), area.width()))
        self.adjustSize()
        self.move(
            area.right() - self.width() - MARGIN + 1, area.bottom() - self.height() - MARGIN + 1
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(self.backgroundRole()))
        painter.fillRect(QRect(0, 0, 5, self.height()), _ACCENT)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _update_texts(self) -> None:
        long = self._kind == LONG
        if self._state == WAITING:
            title = (
                self.tr("Long break when you pause")
                if long
                else self.tr("Micro-break when you pause")
            )
            hint = self.tr(
                "It starts after a few seconds without typing or using the mouse. "
                "Finish your sentence first."
            )
        elif self._state == GENTLE:
            title = self.tr("Time for a long break") if long else self.tr("Time for a micro-break")
            hint = self.tr("Take it whenever you are ready: it will not start by itself.")
        else:
            seconds = str(self.remaining_seconds())
            title = self.tr("Long break in %1 s") if long else self.tr("Micro-break in %1 s")
            title = title.replace("%1", seconds)
            hint = self.tr("Finish what you are doing; the break starts when you pause.")
        self.title.setText(title)
        self.hint.setText(hint)
        minutes = self._postpone_minutes if self._postpone_minutes is not None else 0
        self.postpone_button.setText(self.tr("Postpone %1 min").replace("%1", str(minutes)))
        self.postpone_button.setAccessibleName(
            self.tr("Postpone the break by 1 minute")
            if minutes == 1
            else self.tr("Postpone the break by %1 minutes").replace("%1", str(minutes))
        )
        self.keys.setText(self._keys_text())
        self.keys.setVisible(bool(self.keys.text()))

    def _keys_text(self) -> str:
        """ "Ctrl+Alt+B starts · Ctrl+Alt+P postpones · Ctrl+Alt+S skips", for the keys held."""
        parts = []
        if self._keys.get("start"):
            parts.append(self.tr("%1 starts").replace("%1", self._keys["start"]))
        if self._keys.get("postpone") and self._postpone_minutes is not None:
            parts.append(self.tr("%1 postpones").replace("%1", self._keys["postpone"]))
        if self._keys.get("skip"):
            parts.append(self.tr("%1 skips").replace("%1", self._keys["skip"]))
        return self.tr(" · ").join(parts)

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Break soon · Companion"))
        self.start_button.setText(self.tr("Start now"))
        self.start_button.setAccessibleName(self.tr("Start the break now"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self._update_texts()
