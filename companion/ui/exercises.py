"""The short exercises: breathing, short detachment, positive reframing, splitting into small
tasks, and feeling – need – request. Each is a small guided page in one window.

Every exercise goes the same three steps: an optional "How distressed are you right now?"
(0-10, may be left unset), the exercise itself, the same question again; then Done records one
ExerciseUse. Leaving an exercise before Done (choosing another one, closing the window) records
nothing. The two timed exercises read a monotonic clock, never count frames, and keep a timer
running only while they run and are on screen: an idle window costs nothing.

Keyboard: ↑/↓ in the list choose an exercise, Enter (or Tab) goes into it. On the distress
question, 0-9 choose, ↑/↓ adjust (up to 10), Delete clears and Enter goes on. Esc stops a
running timer, and otherwise closes the window.
"""

from __future__ import annotations

import html
import logging
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHideEvent,
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.breathing import CYCLE_SECONDS
from companion.domain.clock import Clock
from companion.domain.thoughts import ExerciseUse, InvalidThought, check_exercise
from companion.reframing_content import (
    Exercise,
    NvcExample,
    ReframingContent,
    ReframingPair,
    TaskSplitExample,
)
from companion.ui.break_notice import ms_to_next_second, whole_seconds
from companion.ui.break_window import minutes_seconds
from companion.ui.breathing import BreathingWidget
from companion.ui.widgets import StressScale

log = logging.getLogger(__name__)

EXERCISE_CODES: tuple[str, ...] = (
    "breathing",
    "detachment",
    "positive_reframing",
    "task_split",
    "nvc",
)
BEFORE, WORK, AFTER = range(3)
CYCLES_MIN, CYCLES_MAX, CYCLES_DEFAULT = 1, 10, 3
DETACHMENT_CHOICES: tuple[int, ...] = (30, 45, 60)
DETACHMENT_DEFAULT = 30
FIELD_MAX_CHARS = 300  # one NVC part, one task
WINDOW_WIDTH = 940
WINDOW_HEIGHT = 620
LIST_WIDTH = 270
DONE_MARK = "✓"
OPEN_MARK = "☐"

_DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}
_UP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Plus}
_DOWN_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Minus}
_CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_CODE_ROLE = Qt.ItemDataRole.UserRole
_SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


# -- feeling – need – request ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NvcTemplate:
    """How one language joins the three parts into a calm reply; `{}` is the agent's words."""

    feeling: str
    need: str
    request: str
    joiner: str


NVC_TEMPLATES: dict[str, NvcTemplate] = {
    "en": NvcTemplate(
        feeling="It sounds like you're feeling {}.",
        need="What matters most to you is {}.",
        request="Right now I can {}. Would that be all right?",
        joiner=" ",
    ),
    "zh_CN": NvcTemplate(
        feeling="我能感受到您很{}。",
        need="您最在意的是{}。",
        request="我现在{},您看可以吗?",
        joiner="",
    ),
}
_SENTENCE_ENDS = ".!?。!?…"
_TRAILING = " \t,,;;::、.。!!??…"


def _is_whole_sentence(text: str) -> bool:
    """A part the agent wrote as a sentence of their own (it is then used as it is)."""
    if not text or text[-1] not in _SENTENCE_ENDS:
        return False
    first = text[0]
    if first.isascii() and first.isalpha():
        return first.isupper()
    return len(text) >= 8


def nvc_part(text: str, template: str) -> str:
    """One part of the reply: a few words go into the template, a whole sentence stays."""
    core = text.strip()
    if not core:
        return ""
    if _is_whole_sentence(core):
        return core
    core = core.rstrip(_TRAILING)
    return template.format(core) if core else ""


def compose_nvc(feeling: str, need: str, request: str, language: str) -> str:
    """The whole reply in `language` (English for any other); parts left empty are left out."""
    template = NVC_TEMPLATES.get(language, NVC_TEMPLATES["en"])
    parts = (
        nvc_part(feeling, template.feeling),
        nvc_part(need, template.need),
        nvc_part(request, template.request),
    )
    return template.joiner.join(part for part in parts if part)


def _steps_html(steps: tuple[str, ...]) -> str:
    items = "".join(f'<li style="margin-bottom: 4px;">{html.escape(step)}</li>' for step in steps)
    return f'<ol style="margin: 0; -qt-list-indent: 1;">{items}</ol>'


def _wrapped(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(True)  # Enter presses the button that has the keyboard
    return button


def _caption(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


# -- pieces ----------------------------------------------------------------------------------


class Countdown(QObject):
    """Seconds left of a timed exercise, read from a monotonic clock.

    Its single-shot timer is re-armed from the clock for each whole second, so nothing drifts;
    it runs only between `start` and the end, and not while paused (the window hidden).
    """

    ticked = Signal()
    finished = Signal()

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started_at: float | None = None
        self._seconds = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def start(self, seconds: float) -> None:
        self._started_at = self._clock()
        self._seconds = seconds
        self.resume()

    def stop(self) -> None:
        self._started_at = None
        self.timer.stop()

    def pause(self) -> None:
        """Stop the timer (the exercise keeps its start: time runs on, as on a clock)."""
        self.timer.stop()

    def resume(self) -> None:
        if self._started_at is None:
            return
        self.timer.start(ms_to_next_second(self._left()))

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def seconds(self) -> float:
        return self._seconds

    def elapsed(self) -> float:
        if self._started_at is None:
            return 0.0
        return min(self._seconds, max(0.0, self._clock() - self._started_at))

    def remaining(self) -> int:
        return whole_seconds(self._left()) if self._started_at is not None else 0

    def _left(self) -> float:
        assert self._started_at is not None
        return self._started_at + self._seconds - self._clock()

    def _tick(self) -> None:
        if self._started_at is None:
            return
        if self._left() <= 0:
            self.stop()
            self.finished.emit()
            return
        self.ticked.emit()
        self.resume()


class DistressQuestion(QFrame):
    """'How distressed are you right now? (0–10)': optional, the eleven buttons of the stress
    scale, set from the keyboard while the question has the focus."""

    changed = Signal()
    submitted = Signal()  # Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distressQuestion")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QFrame#distressQuestion { border: 2px solid transparent; border-radius: 6px; }"
            " QFrame#distressQuestion:focus { border-color: #e08e0b; }"
        )
        self.question = _caption(self)
        self.scale = StressScale(self)
        self.hint = _wrapped(self, "hint")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearDistress")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete clears from the keys
        self.clear_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.question)
        layout.addWidget(self.scale)
        layout.addLayout(row)
        self.scale.valueChanged.connect(lambda _value: self._changed())
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate("en")

    def value(self) -> int | None:
        return self.scale.value()

    def set_value(self, value: int | None) -> None:
        self.scale.set_value(value)
        if value is None:
            self._changed()

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self._update_accessible_text()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            key = Qt.Key(event.key())
            if key in _DIGITS:
                self.set_value(_DIGITS[key])
                return
            if key in _UP_KEYS:
                self.scale.step(+1)
                return
            if key in _DOWN_KEYS:
                self.scale.step(-1)
                return
            if key in _CLEAR_KEYS:
                self.set_value(None)
                return
            if key in _ENTER_KEYS:
                self.submitted.emit()
                return
        super().keyPressEvent(event)

    def retranslate(self, language: str) -> None:
        self.question.setText(self.tr("How distressed are you right now? (0–10)"))
        self.hint.setText(
            self.tr("Optional. Keys 0–9 choose, ↑ ↓ adjust (up to 10), Delete clears.")
        )
        self.scale.set_accessible_names(self.tr("Distress {}"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the distress rating"))
        self.setAccessibleName(self.question.text())
        self._update_accessible_text()

    def _update_accessible_text(self) -> None:
        value = self.value()
        now = self.tr("Not set") if value is None else self.tr("%1 of 10").replace("%1", str(value))
        self.setAccessibleDescription(f"{now}. {self.hint.text()}")
        self.clear_button.setEnabled(value is not None)


class ExerciseItemDelegate(QStyledItemDelegate):
    """A list item with the exercise's name in bold and its summary, wrapped, under it."""

    PADDING = 8

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        name = QFont(base)
        name.setWeight(QFont.Weight.DemiBold)
        summary = QFont(base)
        summary.setPointSizeF(max(base.pointSizeF(), 9.0) * 0.92)
        return name, summary

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self._view.viewport().width() or option.rect.width()
        return max(60, width - 2 * self.PADDING)

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name_font, summary_font = self._fonts(self._view.font())
        width = self._text_width(option)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        summary = str(index.data(_SUMMARY_ROLE) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        name_height = QFontMetrics(name_font).boundingRect(QRect(0, 0, width, 10_000), flags, name)
        summary_height = QFontMetrics(summary_font).boundingRect(
            QRect(0, 0, width, 10_000), flags, summary
        )
        height = name_height.height() + 3 + summary_height.height() + 2 * self.PADDING
        return QSize(width + 2 * self.PADDING, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = self._view
        style = widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        palette = widget.palette()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(role)
        muted = QColor(colour)
        if not selected:
            muted.setAlpha(185)
        name_font, summary_font = self._fonts(widget.font())
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        summary = str(index.data(_SUMMARY_ROLE) or "")
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setFont(name_font)
        painter.setPen(colour)
        name_rect = QFontMetrics(name_font).boundingRect(QRect(0, 0, width, 10_000), flags, name)
        top = rect.top() + self.PADDING
        left = rect.left() + self.PADDING
        painter.drawText(QRect(left, top, width, name_rect.height()), flags, name)
        painter.setFont(summary_font)
        painter.setPen(muted)
        top += name_rect.height() + 3
        painter.drawText(QRect(left, top, width, rect.bottom() - top), flags, summary)
        painter.restore()


class TaskList(QListWidget):
    """The agent's small tasks, each checkable (Space ticks one); Delete removes one."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in _CLEAR_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class PartEdit(QPlainTextEdit):
    """One short part of a reply: wraps over two lines; Enter goes on rather than breaking
    the line (never while an input method is composing)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.composing = False
        margins = self.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * 2
        self.setFixedHeight(
            lines
            + 2 * round(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def setText(self, text: str) -> None:  # noqa: N802 (like QLineEdit)
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        self.composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in _ENTER_KEYS and not self.composing:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


# -- the guided page -------------------------------------------------------------------------


class ExercisePage(QWidget):
    """One exercise in three steps: before (distress), the exercise, after (distress, Done).

    Subclasses add the exercise itself: `build_work`, `begin_work`, `details` and the rest.
    """

    timed = False
    steps_before = True  # show the content's steps on the first step

    def __init__(
        self, code: str, clock: Clock, monotonic: Callable[[], float], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"exercise_{code}")
        self._clock = clock
        self._monotonic = monotonic
        self.language = "en"
        self.exercise: Exercise | None = None
        self.started_at: datetime | None = None
        self.submit: Callable[[ExercisePage], None] | None = None  # set by the window

        self.title = _wrapped(self, "title")
        self.stage_hint = _wrapped(self, "hint")
        self.stages = QStackedWidget(self)

        before, self.before_layout = self._stage()
        self.intro = _wrapped(before)
        self.steps = QLabel(before)
        self.steps.setObjectName("steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.distress_before = DistressQuestion(before)
        self.before_layout.addWidget(self.intro)
        self.before_layout.addWidget(self.steps)
        self.before_layout.addWidget(self.distress_before)
        self.build_before_options(self.before_layout)  # after it, as in the Tab order
        self.before_layout.addStretch(1)

        _work, self.work_layout = self._stage()
        self.build_work(self.work_layout)

        after, after_layout = self._stage()
        self.recap = _wrapped(after, "recap")
        self.recap.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.distress_after = DistressQuestion(after)
        after_layout.addWidget(self.recap)
        after_layout.addWidget(self.distress_after)
        after_layout.addStretch(1)

        self.message = _wrapped(self, "hint")
        self.back_button = _button(self, "back")
        self.next_button = _button(self, "next")
        self.done_button = _button(self, "done")
        nav = QHBoxLayout()
        nav.setSpacing(8)
        nav.addWidget(self.message, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.stage_hint)
        layout.addWidget(self.stages, 1)
        layout.addLayout(nav)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.done_button.clicked.connect(self.done)
        self.distress_before.submitted.connect(self.next)
        self.distress_after.submitted.connect(self.done)
        self.go(BEFORE, focus=False)

    def _stage(self) -> tuple[QScrollArea, QVBoxLayout]:
        """A step's area: it scrolls rather than clips when the window is small."""
        area = QScrollArea(self.stages)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(area)
        inner.setObjectName("stage")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.setSpacing(10)
        area.setWidget(inner)
        self.stages.addWidget(area)
        return area, layout

    # -- for the exercises to fill in ------------------------------------------------------------

    def build_before_options(self, layout: QVBoxLayout) -> None:
        """Choices made before starting (how long, say)."""

    def build_work(self, layout: QVBoxLayout) -> None:
        """The exercise itself."""

    def begin_work(self) -> None:
        """Called when the exercise starts (leaving the first step)."""

    def work_focus(self) -> QWidget:
        return self

    def details(self) -> str:
        """The exercise's own text, as written, for the record."""
        return ""

    def extra(self) -> dict[str, str]:
        return {}

    def recap_text(self) -> str:
        return self.tr("Well done.")

    def reset_work(self) -> None:
        """Clear what was typed or run."""

    def retranslate_work(self) -> None:
        """Texts of the exercise (language and content are set)."""

    @property
    def running(self) -> bool:
        """A timed exercise is counting down."""
        return False

    def stop_early(self) -> None:
        """End a running timed exercise now."""

    def pause(self) -> None:
        """The window is out of sight: stop the timers, keep the exercise."""

    def resume(self) -> None:
        """Back on screen: timers again where something runs."""

    # -- flow ------------------------------------------------------------------------------------

    @property
    def stage(self) -> int:
        return self.stages.currentIndex()

    def go(self, stage: int, *, focus: bool = True) -> None:
        self.stages.setCurrentIndex(stage)
        self._update_nav()
        if stage == AFTER:
            self.recap.setText(self.recap_text())
            self.recap.setVisible(bool(self.recap.text()))
        if focus:
            self.focus_stage()

    def focus_stage(self) -> None:
        """Give the keyboard to where the current step begins."""
        if self.stage == BEFORE:
            self.distress_before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.stage == AFTER:
            self.distress_after.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.work_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_nav(self) -> None:
        stage = self.stage
        running = self.running
        self.back_button.setVisible(stage != BEFORE and not running)
        self.next_button.setVisible(stage == BEFORE or (stage == WORK and not self.timed))
        self.done_button.setVisible(stage == AFTER)
        self._retranslate_nav()

    def next(self) -> None:
        if self.stage == BEFORE:
            if self.started_at is None:
                self.started_at = self._clock.now()
            self.message.clear()
            self.go(WORK)
            self.begin_work()
            self._update_nav()
        elif self.stage == WORK and not self.running:
            self.go(AFTER)

    def back(self) -> None:
        if self.running or self.stage == BEFORE:
            return
        self.message.clear()
        self.go(BEFORE if self.timed else self.stage - 1)

    def done(self) -> None:
        if self.stage == AFTER and self.submit is not None:
            self.submit(self)

    def reset(self) -> None:
        """Back to the start with nothing chosen or typed; nothing runs."""
        self.stop_timers()
        self.started_at = None
        self.distress_before.set_value(None)
        self.distress_after.set_value(None)
        self.reset_work()
        self.message.clear()
        self.message.setObjectName("hint")
        self._repolish(self.message)
        self.go(BEFORE, focus=False)

    def stop_timers(self) -> None:
        """Stop whatever runs, without going on (used when leaving)."""

    def make_use(self, finished_at: datetime) -> ExerciseUse:
        before = self.distress_before.value()
        after = self.distress_after.value()
        return ExerciseUse(
            id=uuid.uuid4(),
            kind=self.code,
            started_at=self.started_at or finished_at,
            finished_at=finished_at,
            distress_before=None if before is None else float(before),
            distress_after=None if after is None else float(after),
            details=self.details(),
            extra=self.extra(),
        )

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setObjectName("error" if error else "hint")
        self._repolish(self.message)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter on the first and last steps (from the spin box or a choice) goes on; on the
        # exercise step the fields use Enter themselves.
        if event.key() in _ENTER_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if self.stage == BEFORE:
                self.next()
                return
            if self.stage == AFTER:
                self.done()
                return
        super().keyPressEvent(event)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self, language: str, exercise: Exercise) -> None:
        self.language = language
        self.exercise = exercise
        self.title.setText(exercise.name)
        self.intro.setText(exercise.intro or exercise.summary)
        self.steps.setText(_steps_html(exercise.steps))
        self.steps.setVisible(self.steps_before)
        self.steps.setAccessibleName(self.tr("How it goes"))
        self.intro.setAccessibleName(self.tr("About this exercise"))
        self.distress_before.retranslate(language)
        self.distress_after.retranslate(language)
        self.recap.setAccessibleName(self.tr("What you did"))
        self.message.setAccessibleName(self.tr("Message"))
        self.retranslate_work()
        self._retranslate_nav()
        if self.stage == AFTER:
            self.recap.setText(self.recap_text())

    def _retranslate_nav(self) -> None:
        stage_names = (
            self.tr("Step 1 of 3: before you start"),
            self.tr("Step 2 of 3: the exercise"),
            self.tr("Step 3 of 3: how are you now?"),
        )
        self.stage_hint.setText(stage_names[self.stage])
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back one step"))
        if self.stage == BEFORE:
            self.next_button.setText(self.tr("&Start"))
            self.next_button.setAccessibleName(self.tr("Start the exercise"))
        else:
            self.next_button.setText(self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Next step"))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done: record this exercise"))


# -- the timed exercises ---------------------------------------------------------------------


class BreathingPage(ExercisePage):
    """The breathing circle for a chosen number of 12-second cycles, counting down."""

    timed = True

    def build_before_options(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.cycles_label = QLabel(self)
        self.cycles = QSpinBox(self)
        self.cycles.setObjectName("cycles")
        self.cycles.setRange(CYCLES_MIN, CYCLES_MAX)
        self.cycles.setValue(CYCLES_DEFAULT)
        self.cycles_label.setBuddy(self.cycles)
        self.cycles_total = QLabel(self)
        self.cycles_total.setObjectName("hint")
        row.addWidget(self.cycles_label)
        row.addWidget(self.cycles)
        row.addWidget(self.cycles_total, 1)
        layout.addLayout(row)
        self.cycles.valueChanged.connect(lambda _value: self._update_total())

    def build_work(self, layout: QVBoxLayout) -> None:
        self.countdown = Countdown(self._monotonic, self)
        self.breathing = BreathingWidget(self._monotonic, self)
        self.breathing.setMinimumSize(180, 180)
        self.cycle_label = QLabel(self)
        self.cycle_label.setObjectName("cycleLabel")
        self.cycle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_left = QLabel(self)
        self.time_left.setObjectName("exerciseCountdown")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.time_left.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2.0)
        big.setWeight(QFont.Weight.Light)
        self.time_left.setFont(big)
        self.stop_button = _button(self, "stopEarly")
        # Reached with Tab, never focused at once: a stray Space must not stop it.
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        stop_row = QHBoxLayout()
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        stop_row.addStretch(1)
        layout.addWidget(self.breathing, 1)
        layout.addWidget(self.cycle_label)
        layout.addWidget(self.time_left)
        layout.addLayout(stop_row)
        self.stop_button.clicked.connect(self.stop_early)
        self.countdown.ticked.connect(self._update_time)
        self.countdown.finished.connect(self._finish)
        self._breathed = 0.0
        self._stopped_early = False

    def work_focus(self) -> QWidget:
        return self  # not the Stop button: Esc stops, Tab reaches the button

    def begin_work(self) -> None:
        self._stopped_early = False
        self._breathed = 0.0
        self.countdown.start(self.cycles.value() * CYCLE_SECONDS)
        self.breathing.start()
        self._update_time()

    @property
    def running(self) -> bool:
        return self.countdown.running

    def _update_time(self) -> None:
        self.time_left.setText(minutes_seconds(self.countdown.remaining()))
        total = self.cycles.value()
        cycle = min(total, math.floor(self.countdown.elapsed() / CYCLE_SECONDS) + 1)
        self.cycle_label.setText(
            self.tr("Cycle %1 of %2").replace("%1", str(cycle)).replace("%2", str(total))
        )

    def _finish(self) -> None:
        self._breathed = self.countdown.seconds
        self.breathing.stop()
        self.go(AFTER)

    def stop_early(self) -> None:
        if not self.countdown.running:
            return
        self._breathed = self.countdown.elapsed()
        self._stopped_early = True
        self.countdown.stop()
        self.breathing.stop()
        self.go(AFTER)

    def stop_timers(self) -> None:
        self.countdown.stop()
        self.breathing.stop()

    def pause(self) -> None:
        self.countdown.pause()  # the circle stops by itself when hidden

    def resume(self) -> None:
        if self.countdown.running:
            self._update_time()
        self.countdown.resume()

    def reset_work(self) -> None:
        self.cycles.setValue(CYCLES_DEFAULT)
        self._breathed = 0.0
        self._stopped_early = False

    def extra(self) -> dict[str, str]:
        return {
            "cycles": str(self.cycles.value()),
            "seconds": str(math.floor(self._breathed)),
            "stopped_early": "true" if self._stopped_early else "false",
        }

    def recap_text(self) -> str:
        if self._stopped_early:
            return self.tr("You breathed for %1 before stopping.").replace(
                "%1", minutes_seconds(math.floor(self._breathed))
            )
        return (
            self.tr("You breathed for %1 cycles (%2). Well done.")
            .replace("%1", str(self.cycles.value()))
            .replace("%2", minutes_seconds(round(self._breathed)))
        )

    def _update_total(self) -> None:
        seconds = round(self.cycles.value() * CYCLE_SECONDS)
        self.cycles_total.setText(
            self.tr("12 s each, %1 in all").replace("%1", minutes_seconds(seconds))
        )

    def retranslate_work(self) -> None:
        self.breathing.retranslate(self.language)
        self.cycles_label.setText(self.tr("C&ycles:"))
        self.cycles.setAccessibleName(self.tr("Number of breathing cycles"))
        self._update_total()
        self.cycles_total.setAccessibleName(self.tr("Length of the breathing"))
        self.time_left.setAccessibleName(self.tr("Time left"))
        self.cycle_label.setAccessibleName(self.tr("Breathing cycle"))
        self.stop_button.setText(self.tr("&End early"))
        self.stop_button.setAccessibleName(self.tr("End the breathing early"))
        if self.countdown.running:
            self._update_time()


class DetachmentPage(ExercisePage):
    """30, 45 or 60 seconds between calls, the steps one after another, counting down."""

    timed = True
    steps_before = False  # they come one at a time

    def build_before_options(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.length_label = QLabel(self)
        row.addWidget(self.length_label)
        self.length_group = QButtonGroup(self)
        self.length_buttons: dict[int, QRadioButton] = {}
        for seconds in DETACHMENT_CHOICES:
            button = QRadioButton(self)
            button.setObjectName(f"length{seconds}")
            self.length_group.addButton(button, seconds)
            self.length_buttons[seconds] = button
            row.addWidget(button)
        row.addStretch(1)
        self.length_label.setBuddy(self.length_buttons[DETACHMENT_CHOICES[0]])
        self.length_buttons[DETACHMENT_DEFAULT].setChecked(True)
        layout.addLayout(row)

    def build_work(self, layout: QVBoxLayout) -> None:
        self.countdown = Countdown(self._monotonic, self)
        self.step_number = QLabel(self)
        self.step_number.setObjectName("hint")
        self.step_text = _wrapped(self, "detachmentStep")
        font = QFont(self.step_text.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.4)
        self.step_text.setFont(font)
        self.step_text.setMinimumHeight(110)
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.step_number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.time_left = QLabel(self)
        self.time_left.setObjectName("exerciseCountdown")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.time_left.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2.0)
        big.setWeight(QFont.Weight.Light)
        self.time_left.setFont(big)
        self.stop_button = _button(self, "stopEarly")
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        stop_row = QHBoxLayout()
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        stop_row.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.step_number)
        layout.addWidget(self.step_text)
        layout.addWidget(self.time_left)
        layout.addLayout(stop_row)
        layout.addStretch(1)
        self.stop_button.clicked.connect(self.stop_early)
        self.countdown.ticked.connect(self._update_time)
        self.countdown.finished.connect(self._finish)
        self._taken = 0.0
        self._stopped_early = False

    def chosen_seconds(self) -> int:
        chosen = self.length_group.checkedId()
        return chosen if chosen in DETACHMENT_CHOICES else DETACHMENT_DEFAULT

    def begin_work(self) -> None:
        self._stopped_early = False
        self._taken = 0.0
        self.countdown.start(self.chosen_seconds())
        self._update_time()

    @property
    def running(self) -> bool:
        return self.countdown.running

    def step_index(self) -> int:
        steps = self.exercise.steps if self.exercise else ()
        if not steps or self.countdown.seconds <= 0:
            return 0
        each = self.countdown.seconds / len(steps)
        return min(len(steps) - 1, math.floor(self.countdown.elapsed() / each + 1e-9))

    def _update_time(self) -> None:
        steps = self.exercise.steps if self.exercise else ()
        self.time_left.setText(minutes_seconds(self.countdown.remaining()))
        if steps:
            index = self.step_index()
            self.step_number.setText(
                self.tr("Step %1 of %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(steps)))
            )
            self.step_text.setText(steps[index])

    def _finish(self) -> None:
        self._taken = self.countdown.seconds
        self.go(AFTER)

    def stop_early(self) -> None:
        if not self.countdown.running:
            return
        self._taken = self.countdown.elapsed()
        self._stopped_early = True
        self.countdown.stop()
        self.go(AFTER)

    def stop_timers(self) -> None:
        self.countdown.stop()

    def pause(self) -> None:
        self.countdown.pause()

    def resume(self) -> None:
        if self.countdown.running:
            self._update_time()
        self.countdown.resume()

    def reset_work(self) -> None:
        self.length_buttons[DETACHMENT_DEFAULT].setChecked(True)
        self._taken = 0.0
        self._stopped_early = False

    def extra(self) -> dict[str, str]:
        return {
            "seconds_chosen": str(self.chosen_seconds()),
            "seconds": str(math.floor(self._taken)),
            "stopped_early": "true" if self._stopped_early else "false",
        }

    def recap_text(self) -> str:
        return self.tr("You took %1 for yourself. The last call is behind you.").replace(
            "%1", minutes_seconds(math.floor(self._taken))
        )

    def retranslate_work(self) -> None:
        self.length_label.setText(self.tr("&Length:"))
        for seconds, button in self.length_buttons.items():
            button.setText(self.tr("%1 s").replace("%1", str(seconds)))
            button.setAccessibleName(self.tr("%1 seconds").replace("%1", str(seconds)))
        self.step_number.setAccessibleName(self.tr("Step number"))
        self.step_text.setAccessibleName(self.tr("Current step"))
        self.time_left.setAccessibleName(self.tr("Time left"))
        self.stop_button.setText(self.tr("&End early"))
        self.stop_button.setAccessibleName(self.tr("End the exercise early"))
        if self.countdown.running:
            self._update_time()


# -- the written exercises -------------------------------------------------------------------


def _plain_edit(parent: QWidget, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class PositiveReframingPage(ExercisePage):
    """积极赋意: the examples (harsh → kind), then the agent's own harsh and kinder readings."""

    def build_work(self, layout: QVBoxLayout) -> None:
        self.examples_title = _caption(self)
        self.examples = QLabel(self)
        self.examples.setObjectName("reframingExamples")
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)
        self.harsh_label = QLabel(self)
        self.harsh = _plain_edit(self)
        self.harsh.setObjectName("harshReading")
        self.harsh_label.setBuddy(self.harsh)
        self.kind_label = QLabel(self)
        self.kind = _plain_edit(self)
        self.kind.setObjectName("kindReading")
        self.kind_label.setBuddy(self.kind)
        layout.addWidget(self.examples_title)
        layout.addWidget(self.examples)
        layout.addWidget(self.harsh_label)
        layout.addWidget(self.harsh)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.kind)
        layout.addStretch(1)

    def work_focus(self) -> QWidget:
        return self.harsh

    def details(self) -> str:
        harsh = self.harsh.toPlainText().strip()
        kind = self.kind.toPlainText().strip()
        lines = [harsh] if harsh else []
        if kind:
            lines.append(f"→ {kind}")
        return "\n".join(lines)

    def recap_text(self) -> str:
        kind = self.kind.toPlainText().strip()
        if kind:
            return self.tr("Your kinder reading: %1").replace("%1", kind)
        return super().recap_text()

    def reset_work(self) -> None:
        self.harsh.clear()
        self.kind.clear()

    def retranslate_work(self) -> None:
        self.examples_title.setText(self.tr("Examples: a harsh reading → a kinder one"))
        pairs = [
            e
            for e in (self.exercise.examples if self.exercise else ())
            if isinstance(e, ReframingPair)
        ]
        self.examples.setText(
            "".join(
                f'<p style="margin: 0 0 6px 0;">{html.escape(pair.harsh)}<br/>'
                f"<b>→</b> {html.escape(pair.kind)}</p>"
                for pair in pairs
            )
        )
        self.examples.setAccessibleName(self.tr("Examples"))
        self.harsh_label.setText(self.tr("Your first, &harsh reading of what happened"))
        self.harsh.setAccessibleName(self.tr("Your harsh reading"))
        self.harsh.setPlaceholderText(self.tr("What went through your mind at first"))
        self.kind_label.setText(self.tr("A &kinder reading that also fits the facts"))
        self.kind.setAccessibleName(self.tr("Your kinder reading"))
        self.kind.setPlaceholderText(self.tr("What might be going on for the customer?"))


class TaskSplitPage(ExercisePage):
    """目标分解: an example, then the agent's own checklist of small tasks."""

    def build_work(self, layout: QVBoxLayout) -> None:
        self._example_index = 0
        example_head = QHBoxLayout()
        self.example_title = _caption(self)
        self.another_button = _button(self, "anotherExample")
        example_head.addWidget(self.example_title, 1)
        example_head.addWidget(self.another_button)
        self.example = QLabel(self)
        self.example.setObjectName("taskExample")
        self.example.setWordWrap(True)
        self.example.setTextFormat(Qt.TextFormat.RichText)
        self.tasks_title = _caption(self)
        self.task_input = QLineEdit(self)
        self.task_input.setObjectName("taskInput")
        self.task_input.setMaxLength(FIELD_MAX_CHARS)
        self.tasks_title.setBuddy(self.task_input)
        self.add_button = _button(self, "addTask")
        add_row = QHBoxLayout()
        add_row.addWidget(self.task_input, 1)
        add_row.addWidget(self.add_button)
        self.tasks = TaskList(self)
        self.tasks.setObjectName("taskList")
        self.tasks.setWordWrap(True)
        self.tasks.setMinimumHeight(110)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.remove_button = _button(self, "removeTask")
        list_row = QHBoxLayout()
        list_row.addWidget(self.count, 1)
        list_row.addWidget(self.remove_button)
        layout.addLayout(example_head)
        layout.addWidget(self.example)
        layout.addWidget(self.tasks_title)
        layout.addLayout(add_row)
        layout.addWidget(self.tasks, 1)
        layout.addLayout(list_row)
        self.another_button.clicked.connect(self._another_example)
        self.add_button.clicked.connect(self.add_task)
        self.task_input.returnPressed.connect(self.add_task)
        self.remove_button.clicked.connect(self.remove_task)
        self.tasks.delete_pressed.connect(self.remove_task)
        self.tasks.itemChanged.connect(lambda _item: self._update_count())
        self.tasks.currentRowChanged.connect(lambda _row: self._update_count())

    def work_focus(self) -> QWidget:
        return self.task_input

    def task_items(self) -> list[tuple[str, bool]]:
        items = []
        for row in range(self.tasks.count()):
            item = self.tasks.item(row)
            items.append((item.text(), item.checkState() == Qt.CheckState.Checked))
        return items

    def add_task(self) -> None:
        text = " ".join(self.task_input.text().split())
        if not text:
            return
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        self.tasks.addItem(item)
        self.tasks.setCurrentItem(item)
        self.task_input.clear()
        self._update_count()

    def remove_task(self) -> None:
        row = self.tasks.currentRow()
        if row < 0:
            return
        self.tasks.takeItem(row)
        if self.tasks.count():
            self.tasks.setCurrentRow(min(row, self.tasks.count() - 1))
        else:
            self.task_input.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_count()

    def _another_example(self) -> None:
        examples = self._examples()
        if examples:
            self._example_index = (self._example_index + 1) % len(examples)
        self._show_example()

    def _examples(self) -> list[TaskSplitExample]:
        found = self.exercise.examples if self.exercise else ()
        return [e for e in found if isinstance(e, TaskSplitExample)]

    def _show_example(self) -> None:
        examples = self._examples()
        if not examples:
            self.example.clear()
            return
        example = examples[self._example_index % len(examples)]
        tasks = "".join(f"<li>{html.escape(task)}</li>" for task in example.tasks)
        self.example.setText(
            f"<p style='margin: 0 0 4px 0;'><i>“{html.escape(example.complaint)}”</i></p>"
            f"<ol style='margin: 0; -qt-list-indent: 1;'>{tasks}</ol>"
        )
        self.another_button.setEnabled(len(examples) > 1)

    def details(self) -> str:
        return "\n".join(
            f"{DONE_MARK if done else OPEN_MARK} {text}" for text, done in self.task_items()
        )

    def recap_text(self) -> str:
        items = self.task_items()
        if not items:
            return super().recap_text()
        done = sum(1 for _text, ticked in items if ticked)
        return (
            self.tr("%1 of %2 small tasks done.")
            .replace("%1", str(done))
            .replace("%2", str(len(items)))
        )

    def reset_work(self) -> None:
        self.tasks.clear()
        self.task_input.clear()
        self._example_index = 0
        self._show_example()
        self._update_count()

    def _update_count(self) -> None:
        items = self.task_items()
        done = sum(1 for _text, ticked in items if ticked)
        if items:
            self.count.setText(
                self.tr("%1 of %2 done · Space ticks, Delete removes")
                .replace("%1", str(done))
                .replace("%2", str(len(items)))
            )
        else:
            self.count.setText(self.tr("No tasks yet: type one above and press Enter."))
        self.remove_button.setEnabled(self.tasks.currentRow() >= 0)

    def retranslate_work(self) -> None:
        self.example_title.setText(self.tr("An example"))
        self.another_button.setText(self.tr("Another e&xample"))
        self.another_button.setAccessibleName(self.tr("Show another example"))
        self.example.setAccessibleName(self.tr("Example complaint and its small tasks"))
        self.tasks_title.setText(self.tr("Your small &tasks"))
        self.task_input.setAccessibleName(self.tr("New task"))
        self.task_input.setPlaceholderText(
            self.tr("Something you can start in the next few minutes, then Enter")
        )
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the task"))
        self.tasks.setAccessibleName(self.tr("Your tasks"))
        self.count.setAccessibleName(self.tr("Tasks done"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen task"))
        self._show_example()
        self._update_count()


class NvcPage(ExercisePage):
    """感受—需要—请求: three fields, the whole calm reply as you type, Copy, and examples."""

    def build_work(self, layout: QVBoxLayout) -> None:
        self._picked: NvcExample | None = None
        self.examples_title = _caption(self)
        self.examples = QListWidget(self)
        self.examples.setObjectName("nvcExamples")
        self.examples.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.examples.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.examples_title.setBuddy(self.examples)
        self.use_button = _button(self, "useExample")
        examples_row = QHBoxLayout()
        examples_row.addWidget(self.examples, 1)
        examples_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        self._filling = False
        self.fields: dict[str, PartEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        grid = QVBoxLayout()
        grid.setSpacing(4)
        for name in ("feeling", "need", "request"):
            label = QLabel(self)
            field = PartEdit(self)
            field.setObjectName(f"nvc_{name}")
            label.setBuddy(field)
            field.textChanged.connect(self._on_typed)
            grid.addWidget(label)
            grid.addWidget(field)
            self.fields[name] = field
            self.field_labels[name] = label
        self.fields["feeling"].submitted.connect(lambda: self.fields["need"].setFocus())
        self.fields["need"].submitted.connect(lambda: self.fields["request"].setFocus())
        self.fields["request"].submitted.connect(lambda: self.next_button.setFocus())
        self.preview_title = _caption(self)
        self.preview = QLabel(self)
        self.preview.setObjectName("nvcPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setMinimumHeight(56)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.copy_button = _button(self, "copyReply")
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.examples_title)
        layout.addLayout(examples_row)
        layout.addLayout(grid)
        layout.addWidget(self.preview_title)
        layout.addLayout(preview_row)
        layout.addStretch(1)
        self.use_button.clicked.connect(self.use_example)
        self.examples.itemActivated.connect(lambda _item: self.use_example())
        self.copy_button.clicked.connect(self.copy)

    def work_focus(self) -> QWidget:
        return self.fields["feeling"]

    def _examples(self) -> list[NvcExample]:
        found = self.exercise.examples if self.exercise else ()
        return [e for e in found if isinstance(e, NvcExample)]

    def use_example(self, row: int | None = None) -> None:
        """Fill the three fields with an example (the chosen one in the list by default)."""
        examples = self._examples()
        row = self.examples.currentRow() if row is None else row
        if not 0 <= row < len(examples):
            return
        example = examples[row]
        self._filling = True
        try:
            for name in ("feeling", "need", "request"):
                self.fields[name].setText(getattr(example, name))
        finally:
            self._filling = False
        self._picked = example
        self.update_preview()
        self.fields["feeling"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_typed(self) -> None:
        if not self._filling:
            self._picked = None  # edited: no longer the example's own wording
        self.update_preview()

    def sentence(self) -> str:
        feeling, need, request = (self.fields[n].text() for n in ("feeling", "need", "request"))
        picked = self._picked
        if picked is not None and (feeling, need, request) == (
            picked.feeling,
            picked.need,
            picked.request,
        ):
            return picked.sentence  # the example's own, more natural wording
        return compose_nvc(feeling, need, request, self.language)

    def update_preview(self) -> None:
        sentence = self.sentence()
        if sentence:
            self.preview.setText(sentence)
            self.preview.setEnabled(True)
        else:
            self.preview.setText(self.tr("Your reply appears here as you type."))
            self.preview.setEnabled(False)
        self.copy_button.setEnabled(bool(sentence))

    def copy(self) -> None:
        sentence = self.sentence()
        if not sentence:
            return
        QGuiApplication.clipboard().setText(sentence)
        self.show_message(self.tr("Copied. Paste it into your reply."))

    def details(self) -> str:
        return self.sentence()

    def recap_text(self) -> str:
        sentence = self.sentence()
        if sentence:
            return self.tr("Your reply: %1").replace("%1", sentence)
        return super().recap_text()

    def reset_work(self) -> None:
        for field in self.fields.values():
            field.clear()
        self._picked = None
        self.examples.setCurrentRow(-1)
        self.update_preview()

    def retranslate_work(self) -> None:
        self.examples_title.setText(self.tr("Start from an e&xample (Enter fills it in)"))
        self.examples.setAccessibleName(self.tr("Examples"))
        self.examples.clear()
        examples = self._examples()
        for example in examples:
            item = QListWidgetItem(example.situation)
            item.setToolTip(example.sentence)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{example.situation} {example.sentence}"
            )
            self.examples.addItem(item)
        rows = max(1, min(len(examples), 4))
        height = self.examples.sizeHintForRow(0) * rows + 2 * self.examples.frameWidth() + 2
        self.examples.setFixedHeight(max(height, 48))
        self.use_button.setText(self.tr("&Use"))
        self.use_button.setAccessibleName(self.tr("Fill in the chosen example"))
        labels = {
            "feeling": (
                self.tr("&Feeling: what they are probably feeling"),
                self.tr("Feeling"),
                self.tr("e.g. worried, let down"),
            ),
            "need": (
                self.tr("N&eed: what matters to them underneath"),
                self.tr("Need"),
                self.tr("e.g. getting it on time"),
            ),
            "request": (
                self.tr("&Request: one concrete next step"),
                self.tr("Request"),
                self.tr("e.g. check with the courier and call you back in ten minutes"),
            ),
        }
        for name, (label, accessible, placeholder) in labels.items():
            self.field_labels[name].setText(label)
            self.fields[name].setAccessibleName(accessible)
            self.fields[name].setPlaceholderText(placeholder)
        self.preview_title.setText(self.tr("Your calm reply"))
        self.preview.setAccessibleName(self.tr("Your calm reply"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the reply"))
        self.update_preview()


_PAGES: dict[str, type[ExercisePage]] = {
    "breathing": BreathingPage,
    "detachment": DetachmentPage,
    "positive_reframing": PositiveReframingPage,
    "task_split": TaskSplitPage,
    "nvc": NvcPage,
}


# -- the window ------------------------------------------------------------------------------


class ExercisesWindow(QWidget):
    """The five short exercises on the left, the chosen one on the right."""

    recorded = Signal(object)  # the ExerciseUse, after `record` took it

    def __init__(
        self,
        record: Callable[[ExerciseUse], object],
        clock: Clock,
        content: Callable[[str], ReframingContent],
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._clock = clock
        self._content = content
        self.language = "en"
        self.setObjectName("exercisesWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)

        self.list = QListWidget(self)
        self.list.setObjectName("exerciseList")
        self.list.setItemDelegate(ExerciseItemDelegate(self.list))
        self.list.setFixedWidth(LIST_WIDTH)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        for code in EXERCISE_CODES:
            item = QListWidgetItem(code)
            item.setData(_CODE_ROLE, code)
            self.list.addItem(item)

        self.welcome = QWidget(self)
        self.welcome_title = _wrapped(self.welcome, "title")
        self.welcome_text = _wrapped(self.welcome)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.setContentsMargins(16, 12, 16, 12)
        welcome_layout.addWidget(self.welcome_title)
        welcome_layout.addWidget(self.welcome_text)
        welcome_layout.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.pages: dict[str, ExercisePage] = {}
        for code in EXERCISE_CODES:
            page = _PAGES[code](code, clock, monotonic, self.stack)
            page.submit = self._submit
            self.pages[code] = page
            self.stack.addWidget(page)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

        self.list.currentRowChanged.connect(self._on_row)
        self.list.activated.connect(lambda _index: self._enter_page())
        self.setMinimumSize(760, 500)
        self.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        self.retranslate("en")

    # -- what the app asks -------------------------------------------------------------------

    def show_exercise(self, code: str) -> None:
        """Open at `code`, in front, ready for the keyboard (an exercise under way is kept)."""
        if code not in self.pages:
            raise ValueError(f"unknown exercise {code!r}")
        row = EXERCISE_CODES.index(code)
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)  # opens it fresh
        elif self.stack.currentWidget() is not self.pages[code]:
            self._open(code)
        if not self.isVisible():
            self._centre_on_active_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        self.pages[code].focus_stage()

    def current_page(self) -> ExercisePage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ExercisePage) else None

    def retranslate(self, language: str) -> None:
        self.language = language
        content = self._content(language)
        self.setWindowTitle(self.tr("Short exercises · Companion"))
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setAccessibleDescription(self.tr("↑ ↓ choose an exercise, Enter opens it"))
        for row, code in enumerate(EXERCISE_CODES):
            exercise = content.exercises[code]
            item = self.list.item(row)
            item.setText(exercise.name)
            item.setData(_SUMMARY_ROLE, exercise.summary)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, exercise.name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, exercise.summary)
            self.pages[code].retranslate(language, exercise)
        self.list.doItemsLayout()
        self.welcome_title.setText(self.tr("A few minutes for yourself"))
        self.welcome_text.setText(
            self.tr(
                "Choose an exercise on the left (↑ ↓, then Enter). Each one asks how distressed "
                "you are before and after, if you like; nothing is recorded until you press Done."
            )
        )

    # -- inside --------------------------------------------------------------------------------

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(EXERCISE_CODES):
            self._open(EXERCISE_CODES[row])

    def _open(self, code: str) -> None:
        """Leave the exercise shown (recording nothing) and start `code` afresh."""
        page = self.pages[code]
        old = self.current_page()
        if old is not None and old is not page:
            old.reset()
        page.reset()
        self.stack.setCurrentWidget(page)

    def _enter_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_stage()

    def _submit(self, page: ExercisePage) -> None:
        use = page.make_use(self._clock.now())
        try:
            check_exercise(use)
        except InvalidThought as error:
            if error.control_character:
                text = self.tr(
                    "Your text contains an invisible control character, probably from a paste. "
                    "Please remove it."
                )
            else:
                text = self.tr("Your text is too long to keep. Please shorten it.")
            page.show_message(text, error=True)
            return
        try:
            self._record(use)
        except Exception:
            log.exception("recording an exercise failed")
            page.show_message(
                self.tr("This could not be recorded; everything is still here. Please try again."),
                error=True,
            )
            return
        log.info("exercise %s recorded", use.kind)
        page.reset()
        page.show_message(self.tr("Recorded. Well done."))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.recorded.emit(use)

    def _centre_on_active_screen(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(max(self.width(), WINDOW_WIDTH), area.width())
        height = min(max(self.height(), WINDOW_HEIGHT), area.height())
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    # -- events ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            page = self.current_page()
            if page is not None and page.running:
                page.stop_early()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        page = self.current_page()
        if page is not None:
            page.resume()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        page = self.current_page()
        if page is None:
            return
        if self.isVisible():  # minimised: the exercise waits, its timers stop
            page.pause()
        else:  # closed or hidden: the exercise is left, and nothing recorded
            page.reset()
