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

On Wayland (`covers_screen`) a window can neither place itself nor stay on top, and window
opacity is ignored; but every compositor stacks a full-screen window above normal ones. There
the break is a full-screen window on the screen the agent works on (screen_fit.work_screen),
translucent by per-pixel alpha around the panel (dimmed with `dim_screen`, lightly veiled
without), and with `dim_screen` each other screen gets a full-screen cover (ui/dim.py); no
separate cover under the break. The compositor gives a new full-screen window the keyboard as
it sees fit; the app asks for it (xdg-activation, `QWindow.requestActivate`) only where the
agent acted: a token handed over by the tray (Qt's tray puts it in XDG_ACTIVATION_TOKEN, which
Qt's xdg-shell plugin uses and clears), or a click in one of the app's windows. Once the agent
clicked away, no compositor hands the keyboard back by itself: the panel then says to click it
to come back (Esc and the buttons work again once clicked; the buttons work on the click).
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QScreen,
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
from companion.ui.dim import DIM_OPACITY, ScreenDimmer, dim_colour
from companion.ui.palette import ACCENT, border_on, is_high_contrast, readable_on
from companion.ui.screen_fit import work_screen

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
VEIL_OPACITY = 0.3  # Wayland without `dim_screen`: the work shows around the panel, veiled


def _typing(event: QKeyEvent) -> bool:
    """A key that writes (a letter, a digit, a sign, a space, Enter), not one that works the
    break (Esc, Tab to move between its buttons, Space on the button that has the focus)."""
    key = event.key()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    if key == Qt.Key.Key_Space and isinstance(QApplication.focusWidget(), QPushButton):
        return False
    return bool(event.text().strip()) or key in (
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    )


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


_ACTIVATION_RETRIES_MS = (400, 1200, 2500)


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
        self.speak_breathing = False  # ... and this from `breaks.speak_breathing`
        self.end_keys = ""  # the global shortcut that ends it from any program, if held
        self.dimmer = ScreenDimmer()
        self.suggestion_texts: tuple[str, ...] = ()
        # Wayland: full screen, the panel drawn inside, translucent around it (see above).
        self.covers_screen = QGuiApplication.platformName() == "wayland"
        self._was_active = False  # had the keyboard during this break (Wayland's come-back)
        self.activation_requests = 0  # Wayland: the keyboard asked for (the agent had acted)
        self.setObjectName("breakWindow")
        if self.covers_screen:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click gives it the keys; Tab skips it
        # Shown without taking the keyboard from the program the agent was typing in.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._last_touch = -1.0

        self._build_texts()
        self._build_bottom()
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

    def _build_texts(self) -> None:
        """The Wayland come-back line, the heading, the breathing circle, the countdown and
        a long break's ideas."""
        self.come_back = QLabel(self)  # Wayland: the agent clicked away; how to come back
        self.come_back.setObjectName("breakComeBack")
        self.come_back.setWordWrap(True)
        self.come_back.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.come_back.hide()
        self.heading = QLabel(self)
        self.heading.setObjectName("breakHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breathing = BreathingWidget(self._clock, self)
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

    def _build_bottom(self) -> None:
        """The hint, and the buttons: Breathe with the circle (a long break) and End early."""
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
        self._was_active = False
        self.come_back.hide()
        screen = self._place_on_active_screen()
        if self.dim_screen:
            # First, so that the break comes above the covers; on Wayland the break's own
            # screen is dimmed by the break window itself.
            if self.covers_screen:
                self.dimmer.show(except_screen=screen, per_pixel=True)
            else:
                self.dimmer.show()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the agent's own use of the break window
        if self.covers_screen:
            # Full screen on `screen`'s output (Qt names it in xdg_toplevel.set_fullscreen);
            # not showFullScreen(), which also asks for the keyboard (see _activate_if_asked).
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.show()
            self._activate_if_asked()
        else:
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
        self.breathing.speak_phases = self.speak_breathing
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
        if self.covers_screen:
            # Wayland: on headless sway (a busy machine, software rendering) the full-screen
            # translucent window sometimes showed in pieces for its first seconds, as if its
            # first paint were lost (the cause is not pinned down; Qt then repaints only the
            # circle and the time): all of it is drawn again each second.
            self.update()

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

    def _activate_if_asked(self) -> None:
        """Wayland: ask for the keyboard only where the agent acted (see the module's text):
        a token from the tray, or one of the app's windows has the keyboard (the agent just
        clicked the notice). Qt's xdg-shell plugin sends xdg_activation_v1.activate with that
        token, or asks for one tied to the agent's last click; the compositor may refuse."""
        if os.environ.get("XDG_ACTIVATION_TOKEN") or QGuiApplication.focusWindow() is not None:
            self._request_activation()
            # Asked again while it has not had the keyboard yet: asked before the compositor
            # mapped the new surface (a busy machine), mutter let the first request go.
            for delay in _ACTIVATION_RETRIES_MS:
                QTimer.singleShot(delay, self, self._ask_again)

    def _ask_again(self) -> None:
        if self.running and self.isVisible() and not self._was_active:
            self._request_activation()

    def _request_activation(self) -> None:
        self.activation_requests += 1
        self.windowHandle().requestActivate()

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
            if self.covers_screen and isinstance(event, QKeyEvent) and _typing(event):
                # Wayland: the compositor gave the break the keyboard, so an agent who goes
                # back to typing types into it. Text is a return to work (the break is then
                # cut short, as the idle source sees it), not a use of the break.
                return False
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
                # Asked for by the agent: the breaths are said with it.
                self.breathing.speak_phases = True
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
        if event.type() == QEvent.Type.WindowStateChange and self.covers_screen:
            self.update()  # full screen now (the compositor's configure): drawn whole at it
        if event.type() == QEvent.Type.ActivationChange and self.covers_screen:
            self._activation_changed(self.isActiveWindow())

    def _activation_changed(self, active: bool) -> None:
        """Wayland: once the agent clicked away from the break, the panel says how to come
        back (no compositor gives the keyboard back by itself); gone once it is back."""
        if active:
            self._was_active = True
            self.come_back.hide()
            if self.running and not self.isFullScreen():
                # sway ends a full screen when another window on its workspace is focused
                # (the break then shares the screen as a tile): full screen again on return.
                self.setWindowState(Qt.WindowState.WindowFullScreen)
        elif self._was_active and self.running:
            self.come_back.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Wayland: the panel inside whatever the compositor gave (a tile, once sway ended
        the full screen), never cut."""
        super().resizeEvent(event)
        if self.covers_screen and not self.long_view:
            self.panel.setFixedSize(
                min(WINDOW_WIDTH, self.width()), min(WINDOW_HEIGHT, self.height())
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """A click anywhere on it brings the keyboard back (Esc then ends the break)."""
        if self.covers_screen and self.running and not self.isActiveWindow():
            self.windowHandle().requestActivate()  # tied to this click: allowed
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """No frame of the desktop's: a calm background and, for the panel, a thin edge."""
        painter = QPainter(self)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        card = self.rect()
        if self.covers_screen and not self.long_view:
            # Wayland: the whole screen, dimmed (or veiled) by alpha; the panel drawn on it.
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            veil = DIM_OPACITY if self.dim_screen else VEIL_OPACITY
            painter.fillRect(self.rect(), dim_colour(veil))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            card = self.panel.geometry()
        painter.fillRect(card, background)
        if not self.long_view:
            text = palette.color(QPalette.ColorRole.WindowText)
            if is_high_contrast(palette):  # the panel's edge in the text's colour, thicker
                painter.setPen(QPen(text, 2))
                painter.drawRect(card.adjusted(1, 1, -1, -1))
            else:
                painter.setPen(QPen(border_on(background, text), 1))
                painter.drawRect(card.adjusted(0, 0, -1, -1))
        painter.end()

    # -- look --------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        """Sizes and colour make the hierarchy (the usual Chinese font has no bold)."""
        base = self.font()
        long = self.long_view
        self.heading.setFont(_scaled(base, 2.0 if long else 1.45, QFont.Weight.DemiBold))
        self.countdown.setFont(_scaled(base, 4.2 if long else 2.6, QFont.Weight.Light))
        self.suggestions_title.setFont(_scaled(base, 1.3, QFont.Weight.DemiBold))
        self.come_back.setFont(_scaled(base, 1.15, QFont.Weight.DemiBold))
        self.suggestions.setFont(_scaled(base, 1.3))
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        if is_high_contrast(palette):  # the text's own colour: 21:1
            heading = palette.color(QPalette.ColorRole.WindowText)
        else:
            heading = readable_on(ACCENT, background, 4.5)
        for label in (self.heading, self.suggestions_title, self.come_back):
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
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.come_back)
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
            self.column.setSpacing(10)
            self.column.addWidget(self.heading)
            self.column.addWidget(self.breathing, 1)
            self.column.addWidget(self.countdown)
            self.column.addWidget(self.bottom)
            if self.covers_screen:  # a card in the middle of a full-screen window
                self._outer.setContentsMargins(0, 0, 0, 0)
                self.column.setContentsMargins(24, 20, 24, 18)
                self._outer.setAlignment(self.panel, Qt.AlignmentFlag.AlignCenter)
            else:
                self._outer.setContentsMargins(24, 20, 24, 18)
                self.panel.setMinimumSize(0, 0)
                self.panel.setMaximumSize(16777215, 16777215)
                self._outer.setAlignment(self.panel, Qt.AlignmentFlag(0))
        self._apply_fonts()
        self.update()

    def _place_on_active_screen(self) -> QScreen:
        """On the screen the agent works on (screen_fit.work_screen); that screen."""
        screen = work_screen()
        if self.covers_screen:  # Wayland: the whole screen, whatever the break
            whole = screen.geometry()
            self.setScreen(screen)
            self.setMinimumSize(min(460, whole.width()), min(380, whole.height()))
            self.setGeometry(whole)
            self.panel.setMaximumHeight(16777215)
            if self.long_view:
                self.panel.setMinimumHeight(0)
                self.panel.setFixedWidth(max(300, min(LONG_COLUMN, whole.width() - 96)))
            else:
                self.panel.setFixedSize(
                    min(WINDOW_WIDTH, whole.width()), min(WINDOW_HEIGHT, whole.height())
                )
            return screen
        area = screen.availableGeometry()
        if self.long_view:  # the whole screen: a view to step away from, not a dialog
            self.setScreen(screen)
            self.setMinimumSize(min(460, area.width()), min(380, area.height()))
            self.setGeometry(area)
            self.panel.setFixedWidth(max(300, min(LONG_COLUMN, area.width() - 96)))
            return screen
        width = min(WINDOW_WIDTH, area.width())
        height = min(WINDOW_HEIGHT, area.height())
        self.setScreen(screen)
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)
        return screen

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
        self.come_back.setText(
            self.tr("You clicked away. Click here to return to the break; Esc then ends it.")
        )
        self.breathe_button.setText(self.tr("Breathe with the circle"))
        self.end_button.setText(self.tr("End early"))
        self.end_button.setAccessibleName(self.tr("End the break early"))
