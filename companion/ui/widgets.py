"""Small reusable widgets: a flow layout, chips, and the 0-10 stress scale.

Keyboard: each group of chips is one Tab stop (a "roving" focus: Tab enters the group at its
first chosen chip, else its first chip); the arrow keys, Home and End move within the group and
Space ticks the chip. The stress scale is one Tab stop too, and only there do digits and arrows
change the stress, so an arrow pressed on a chip can never change it. A digit sets 0 to 9; 10 is
`1` then `0` typed close together (`domain.typed_number`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QButtonGroup,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QWidget,
    QWidgetItem,
)

from companion.domain.mood import STRESS_MAX, STRESS_MIN
from companion.domain.typed_number import TypedRating
from companion.ui.palette import (
    CHOSEN_EDGE,
    high_focus,
    is_high_contrast,
    readable_on,
    scale_mark_colour,
    stress_colour,
    text_colour_on,
)


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to new lines (for chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt override)
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class Chip(QPushButton):
    """A checkable, rounded button for choosing emotions and call types.

    A chip of a single choice is auto-exclusive, which Qt's accessibility reports as a radio
    button (one of a group), not a check box; a click on the chosen one still clears it."""

    def __init__(self, code: str, parent: QWidget | None = None, *, single: bool = False) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("chip")
        self.setCheckable(True)
        self.setAutoExclusive(single)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def nextCheckState(self) -> None:  # noqa: N802 (Qt override)
        if self.autoExclusive() and self.isChecked():
            self.untick()
            return
        super().nextCheckState()

    def untick(self) -> None:
        """Untick, also the chosen chip of a single choice (which Qt would keep ticked)."""
        exclusive = self.autoExclusive()
        self.setAutoExclusive(False)
        self.setChecked(False)
        self.setAutoExclusive(exclusive)


_PREVIOUS_KEYS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Up: "up"}
_NEXT_KEYS = {Qt.Key.Key_Right: "right", Qt.Key.Key_Down: "down"}


class ChoiceChips(QWidget):
    """Chips for a set of codes; several or at most one may be chosen."""

    changed = Signal()

    def __init__(
        self, codes: tuple[str, ...], *, single: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._single = single
        self.chips: dict[str, Chip] = {}
        self._order = list(codes)
        self.current = codes[0]  # the chip Tab reaches: the group's one Tab stop
        layout = FlowLayout(self)
        for code in codes:
            chip = Chip(code, self, single=single)
            chip.toggled.connect(lambda checked, c=code: self._on_toggled(c, checked))
            chip.installEventFilter(self)
            layout.addWidget(chip)
            self.chips[code] = chip
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._rove(self.current)

    # -- keyboard: one Tab stop, arrows within ----------------------------------------------

    def _rove(self, code: str) -> None:
        """Make `code` the group's Tab stop; the others take the focus only when clicked."""
        self.current = code
        for other, chip in self.chips.items():
            chip.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if other == code else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(watched, Chip) or watched.code not in self.chips:
            return False
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            if watched.code != self.current:
                self._rove(watched.code)
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._move_key(watched, event)
        return False

    def _move_key(self, chip: Chip, event: QKeyEvent) -> bool:
        """Arrows, Home and End move the focus within the group; True when one did."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        key = Qt.Key(event.key())
        index = self._order.index(chip.code)
        target: str | None
        if key == Qt.Key.Key_Home:
            target = self._order[0]
        elif key == Qt.Key.Key_End:
            target = self._order[-1]
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            target = self._order[max(0, min(len(self._order) - 1, index + step))]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = self._row_neighbour(chip, up=key == Qt.Key.Key_Up)
        else:
            return False
        if target is not None:
            self._rove(target)
            self.chips[target].setFocus(Qt.FocusReason.OtherFocusReason)
        return True  # an arrow on a chip is always used up: it never reaches the stress

    def _row_neighbour(self, chip: Chip, *, up: bool) -> str | None:
        """The chip in the line above or below nearest to `chip`, else the previous or next."""
        here = chip.geometry()
        tops = {other.geometry().top() for other in self.chips.values()}
        lines = sorted(
            (top for top in tops if (top < here.top() if up else top > here.top())), reverse=up
        )
        index = self._order.index(chip.code)
        if not lines:  # one line only: up and down act like left and right
            step = -1 if up else 1
            return self._order[max(0, min(len(self._order) - 1, index + step))]
        line = lines[0]
        centre = here.center().x()
        return min(
            (code for code, other in self.chips.items() if other.geometry().top() == line),
            key=lambda code: abs(self.chips[code].geometry().center().x() - centre),
        )

    def _on_toggled(self, code: str, checked: bool) -> None:
        if self._single and checked:
            for other, chip in self.chips.items():
                if other != code and chip.isChecked():
                    chip.untick()
        self.changed.emit()

    def set_labels(self, labels: dict[str, str], accessible_prefix: str) -> None:
        for code, chip in self.chips.items():
            chip.setText(labels[code])
            chip.setAccessibleName(f"{accessible_prefix}: {labels[code]}")

    def selected(self) -> list[str]:
        return [code for code, chip in self.chips.items() if chip.isChecked()]

    def set_selected(self, codes: list[str] | tuple[str, ...]) -> None:
        """Tick exactly `codes`; Tab then enters the group at the first of them."""
        for code, chip in self.chips.items():
            if code in codes:
                chip.setChecked(True)
            else:
                chip.untick()
        chosen = [code for code in self._order if code in codes]
        self._rove(chosen[0] if chosen else self._order[0])


_STRESS_KEYS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}
_UP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Plus}
_DOWN_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Minus}
FOCUS_FRAME = 3  # pixels around the buttons where the focus frame is drawn


class StressScale(QAbstractSlider):
    """Eleven buttons, 0 to 10, coloured calm to tense; none chosen until the user picks one.

    The scale is one Tab stop (the buttons take no focus): with the focus on it, digits choose
    (`1` then `0` quickly for 10, timed on `monotonic`, the clock's) and the arrows (and + -)
    adjust; nowhere else do they change the stress. The unchosen buttons are all marked alike:
    none looks chosen before one is.

    To a screen reader it is a slider from 0 to 10 (QAbstractSlider's accessibility): it reads
    the value when the scale takes the focus, and each choice sends a value-change event, also
    a repeated one. `valueChanged` is QAbstractSlider's, emitted for every choice; `value()` is
    None until one is made (the slider itself then stands at 0)."""

    def __init__(
        self, parent: QWidget | None = None, *, monotonic: Callable[[], float] | None = None
    ) -> None:
        super().__init__(parent)
        self.setOrientation(Qt.Orientation.Horizontal)
        self.setRange(STRESS_MIN, STRESS_MAX)
        self.setPageStep(1)
        self._monotonic = monotonic
        self._typed = TypedRating()
        self._hint = ""  # how to choose, for a screen reader (the accessible description)
        self._unchosen = ""  # said before it while no value is chosen
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME)
        layout.setSpacing(3)
        self.buttons: list[QPushButton] = []
        for stress in range(STRESS_MIN, STRESS_MAX + 1):
            button = QPushButton(str(stress), self)
            button.setObjectName("stressButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            # The scale itself takes the focus and the keys: Tab skips these eleven buttons.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(28, 34)  # eleven of them fit a 400-pixel-wide window
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, stress)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idClicked.connect(self._clicked)
        self.valueChanged.connect(self._follow)
        self._restyle()

    def _restyle(self) -> None:
        """Colour the buttons for the window they sit on: each mark at least 3:1 against it."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        high = is_high_contrast(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        for stress, button in enumerate(self.buttons):
            colour = stress_colour(stress)
            mark = readable_on(scale_mark_colour(stress), window)
            if high:  # the chosen one inverted (text 21:1), not told by a colour
                chosen = f"background: {text.name()}; color: {window.name()};"
                edge = text.name()
            else:
                chosen = f"background: {colour.name()}; color: {text_colour_on(colour).name()};"
                edge = CHOSEN_EDGE.name()
            button.setStyleSheet(
                f"QPushButton:checked {{ {chosen} border: 2px solid {edge}; }}"
                f" QPushButton {{ border-bottom: 4px solid {mark.name()}; }}"
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()  # a light or dark desktop: the marks keep their contrast

    def _clicked(self, value: int) -> None:
        self._typed.forget()
        self.set_value(value)

    def value(self) -> int | None:  # type: ignore[override]
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is None:
            self._typed.forget()
            self._value = None
            self._tick(None)
            return
        value = max(STRESS_MIN, min(STRESS_MAX, value))
        self._value = value
        self._tick(value)
        if super().value() != value:
            self.setValue(value)  # emits valueChanged and tells the screen reader
        else:  # the same value again, or the first choice at the resting 0
            self.valueChanged.emit(value)
            QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self, value))

    def _follow(self, value: int) -> None:
        """The slider moved by itself (a screen reader setting its value): follow it."""
        if self._value != value:
            self._value = value
            self._tick(value)

    def _tick(self, value: int | None) -> None:
        for stress, button in enumerate(self.buttons):
            button.setChecked(stress == value)
        self._describe()

    def set_accessible_help(self, hint: str, unchosen: str) -> None:
        """The description a screen reader reads after the value: `hint` (how to choose),
        after `unchosen` while nothing is chosen (the slider then stands at 0)."""
        self._hint, self._unchosen = hint, unchosen
        self._describe()

    def _describe(self) -> None:
        text = self._hint if self._value is not None else f"{self._unchosen} {self._hint}"
        if text.strip() and text.strip() != self.accessibleDescription():
            self.setAccessibleDescription(text.strip())

    def step(self, delta: int) -> None:
        """Arrow keys: move from the current value (from 5 when none is chosen yet)."""
        self._typed.forget()
        self.set_value(5 if self._value is None else self._value + delta)

    def type_digit(self, digit: int) -> None:
        """A number key: 0–9 at once, and a `0` straight after a `1` makes 10."""
        at = None if self._monotonic is None else self._monotonic()
        self.set_value(self._typed.press(digit, at))

    def set_accessible_names(self, template: str) -> None:
        for stress, button in enumerate(self.buttons):
            button.setAccessibleName(template.format(stress))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits choose, arrows and + - adjust; True when the key was used."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        key = Qt.Key(event.key())
        if key in _STRESS_KEYS:
            self.type_digit(_STRESS_KEYS[key])
        elif key in _UP_KEYS:
            self.step(+1)
        elif key in _DOWN_KEYS:
            self.step(-1)
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.handle_key(event):
            event.accept()
            return
        QWidget.keyPressEvent(self, event)  # not the slider's own keys (Page Up, Home…)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        event.ignore()  # the wheel scrolls the window; it never changes the stress

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if is_high_contrast(palette):  # the high-contrast focus ring: 3 pixels, its own colour
            pen = QPen(high_focus(palette.color(QPalette.ColorRole.Window)), 3)
        else:
            pen = QPen(palette.highlight().color(), 2)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 5, 5)


# -- date and time fields: one Tab stop each ----------------------------------------------------
# Qt's date and time edits take Tab to move between their sections (hours, minutes; year, month,
# day), so one field is two or three Tab stops that a screen reader cannot tell apart. Here Tab
# leaves the field; the arrows Left and Right move between its sections, Up and Down change one.


class TimeEdit(QTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt override)
        return QWidget.focusNextPrevChild(self, next)


class DateEdit(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt override)
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt override)
        return QWidget.focusNextPrevChild(self, next)
