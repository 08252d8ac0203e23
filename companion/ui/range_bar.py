"""A row of range chips (4 weeks, 12 weeks… or 13, 26, 52 weeks), one checked at a time, and
Alt+1, Alt+2… pressing them from anywhere in the window: the trends window and the Team window
share it. Each window keeps its own presets and texts (it names the chips in its retranslate)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

Key = TypeVar("Key", bound=Hashable)


class RangeBar(QWidget, Generic[Key]):
    """One checkable chip a key, in order; `chosen` says which key a click or Alt+n picked.

    The shortcuts belong to `window` (they work while the bar is hidden, as the window's did);
    `row` is the bar's layout, for a window that adds more to the row (the trends window's
    custom dates)."""

    chosen = Signal(object)  # the key of the chip clicked or pressed

    def __init__(
        self, keys: Sequence[Key], checked: Key, window: QWidget, spacing: int = 6
    ) -> None:
        super().__init__(window)
        self.keys = tuple(keys)
        self.buttons: dict[Key, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(spacing)
        for key in self.keys:
            button = QPushButton(self)
            button.setObjectName("chip")
            button.setCheckable(True)
            self.buttons[key] = button
            self.group.addButton(button)
            self.row.addWidget(button)
            button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
        self.buttons[checked].setChecked(True)
        for index, key in enumerate(self.keys):
            QShortcut(QKeySequence(f"Alt+{index + 1}"), window, lambda k=key: self.press(k))

    def check(self, key: Key) -> None:
        self.buttons[key].setChecked(True)

    def press(self, key: Key) -> None:
        """What Alt+n does: the focus to the chip, then the choice."""
        self.buttons[key].setFocus()
        self.chosen.emit(key)
