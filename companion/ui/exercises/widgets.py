"""Shared pieces of the exercises window: constants, small widget helpers, the countdown, the
distress question (0-10), the exercise list's delegate, the task list and the part editor."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

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
    QFont,
    QFontMetrics,
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.break_notice import ms_to_next_second, whole_seconds
from companion.ui.widgets import StressScale

log = logging.getLogger(__name__)

EXERCISE_CODES: tuple[str, ...] = (
    "breathing",
    "detachment",
    "positive_reframing",
    "task_split",
    "nvc",
)
BEFORE, WORK, AFTER, DONE = range(4)  # DONE: what changed, once recorded
CYCLES_MIN, CYCLES_MAX, CYCLES_DEFAULT = 1, 10, 5  # the steps say: four to six rounds
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
    scale, set from the keyboard while the question has the focus (`1` then `0` quickly is 10,
    timed on `monotonic`)."""

    changed = Signal()
    submitted = Signal()  # Enter

    def __init__(
        self, parent: QWidget | None = None, *, monotonic: Callable[[], float] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("distressQuestion")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # (its focus ring: the app's style sheet, companion.ui.style)
        self.question = _caption(self)
        self.scale = StressScale(self, monotonic=monotonic)
        self.scale.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the question is the Tab stop
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
                self.scale.type_digit(_DIGITS[key])  # `1` then `0` quickly: 10
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
            self.tr("Optional. Keys 0–9 choose, 1 then 0 for 10, ↑ ↓ adjust, Delete clears.")
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


# -- the written exercises -------------------------------------------------------------------


def _plain_edit(parent: QWidget, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit
