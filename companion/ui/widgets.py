"""Small reusable widgets: a flow layout, chips, and the 0-10 stress scale."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)

from companion.domain.mood import STRESS_MAX, STRESS_MIN
from companion.ui.palette import stress_colour, text_colour_on


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
    """A checkable, rounded button for choosing emotions and call types."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("chip")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class ChoiceChips(QWidget):
    """Chips for a set of codes; several or at most one may be chosen."""

    changed = Signal()

    def __init__(
        self, codes: tuple[str, ...], *, single: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._single = single
        self.chips: dict[str, Chip] = {}
        layout = FlowLayout(self)
        for code in codes:
            chip = Chip(code, self)
            chip.toggled.connect(lambda checked, c=code: self._on_toggled(c, checked))
            layout.addWidget(chip)
            self.chips[code] = chip
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _on_toggled(self, code: str, checked: bool) -> None:
        if self._single and checked:
            for other, chip in self.chips.items():
                if other != code and chip.isChecked():
                    chip.setChecked(False)
        self.changed.emit()

    def set_labels(self, labels: dict[str, str], accessible_prefix: str) -> None:
        for code, chip in self.chips.items():
            chip.setText(labels[code])
            chip.setAccessibleName(f"{accessible_prefix}: {labels[code]}")

    def selected(self) -> list[str]:
        return [code for code, chip in self.chips.items() if chip.isChecked()]

    def set_selected(self, codes: list[str] | tuple[str, ...]) -> None:
        for code, chip in self.chips.items():
            chip.setChecked(code in codes)


class StressScale(QWidget):
    """Eleven buttons, 0 to 10, coloured calm to tense; none chosen until the user picks one."""

    valueChanged = Signal(int)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for stress in range(STRESS_MIN, STRESS_MAX + 1):
            button = QPushButton(str(stress), self)
            button.setObjectName("stressButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            # Digits and arrows set the stress from anywhere, so Tab skips these eleven buttons.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(34, 34)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            colour = stress_colour(stress)
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour.name()};"
                f" color: {text_colour_on(colour).name()}; border: 2px solid #202020; }}"
                f" QPushButton {{ border-bottom: 4px solid {colour.name()}; }}"
            )
            self._group.addButton(button, stress)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idClicked.connect(self.set_value)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(STRESS_MIN, min(STRESS_MAX, value))
        self._value = value
        for stress, button in enumerate(self.buttons):
            button.setChecked(stress == value)
        if value is not None:
            self.valueChanged.emit(value)

    def step(self, delta: int) -> None:
        """Arrow keys: move from the current value (from 5 when none is chosen yet)."""
        self.set_value(5 if self._value is None else self._value + delta)

    def set_accessible_names(self, template: str) -> None:
        for stress, button in enumerate(self.buttons):
            button.setAccessibleName(template.format(stress))
