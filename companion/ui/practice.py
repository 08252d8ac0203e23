"""Practice spotting thinking traps: a thought from an agent's day, which traps does it show?"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.thoughts import DISTORTION_CODES
from companion.ui.lines import keep_last_two

if TYPE_CHECKING:
    from companion.content.reframing import PracticeItem, ReframingContent


class PracticeDialog(QDialog):
    def __init__(
        self,
        content: Callable[[str], ReframingContent],
        parent: QWidget | None = None,
        *,
        shuffle: Callable[[list[PracticeItem]], None] = random.shuffle,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practice")
        self._content_for = content
        self._shuffle = shuffle
        self._joiner = ", "  # between trap names: "、" in Chinese
        self._items: list[PracticeItem] = []
        self._index = 0
        self.right = 0
        self.answered = 0
        self.progress = QLabel(self)
        self.progress.setObjectName("hint")
        self.thought = QLabel(self)
        self.thought.setObjectName("title")
        self.thought.setWordWrap(True)
        self.ask = QLabel(self)
        self.boxes: dict[str, QCheckBox] = {code: QCheckBox(self) for code in DISTORTION_CODES}
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.check_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.check_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.progress)
        layout.addWidget(self.thought)
        layout.addWidget(self.ask)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self.check)
        self.next_button.clicked.connect(self.next_item)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)

    def retranslate(self, language: str) -> None:
        content = self._content_for(language)
        self._items = list(content.practice)
        self._shuffle(self._items)
        self._names = {code: item.name for code, item in content.distortions.items()}
        self._joiner = "、" if language == "zh_CN" else ", "
        for code, box in self.boxes.items():
            box.setText(self._names[code])
        self.setWindowTitle(self.tr("Spot the thinking trap · Companion"))
        self.ask.setText(self.tr("Which thinking traps does this thought show? Tick any that fit."))
        self.check_button.setText(self.tr("&Check"))
        self.next_button.setText(self.tr("&Next thought"))
        self.close_button.setText(self.tr("Close"))
        self.right = self.answered = 0
        self._index = 0
        self._show()

    def _quoted(self, name: str) -> str:
        """A trap's name as the feedback says it: in Chinese between quotes, so that “个人化”
        is not read as 有个 + 人化 (a name that has its own quotes, “应该”思维, keeps them)."""
        if self._joiner != "、" or "“" in name:
            return name
        return f"“{name}”"

    def current(self) -> PracticeItem:
        return self._items[self._index % len(self._items)]

    def _show_progress(self) -> None:
        self.progress.setText(
            self.tr("Thought %1 of %2 · %3 right so far")
            .replace("%1", str(self._index % len(self._items) + 1))
            .replace("%2", str(len(self._items)))
            .replace("%3", str(self.right))
        )

    def _show(self) -> None:
        item = self.current()
        self.thought.setText(keep_last_two(f"“{item.thought}”"))
        self._show_progress()
        for box in self.boxes.values():
            box.setChecked(False)
            box.setEnabled(True)
        self.feedback.setText("")
        self.check_button.setEnabled(True)
        self.next_button.setEnabled(False)

    def check(self) -> None:
        item = self.current()
        chosen = {code for code, box in self.boxes.items() if box.isChecked()}
        main = item.distortions[0]
        names = self._joiner.join(self._quoted(self._names[code]) for code in item.distortions)
        self.answered += 1
        if main in chosen:
            self.right += 1
            text = self.tr("Yes: this thought shows %1.").replace("%1", names)
        else:
            text = self.tr("This one mainly shows %1. Look again at its wording.").replace(
                "%1", names
            )
        self.feedback.setText(text)
        self._show_progress()
        for box in self.boxes.values():
            box.setEnabled(False)
        self.check_button.setEnabled(False)
        self.next_button.setEnabled(True)
        self.next_button.setDefault(True)
        self.next_button.setFocus()

    def next_item(self) -> None:
        self._index += 1
        self.check_button.setDefault(True)
        self._show()
