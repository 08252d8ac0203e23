"""What the wizard's steps share: the step numbers, the words of the language shown, a text box,
a plain or scrolling page, and the rows that rate emotions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.domain.mood import EMOTIONS
from companion.domain.thoughts import EmotionRating

if TYPE_CHECKING:
    from companion.content.reframing import ReframingContent

SITUATION, THOUGHT, EMOTIONS_STEP, DISTORTIONS, QUESTIONS, BALANCED, RERATE = range(7)
STEPS = 7
END = STEPS  # the page after Finish: what changed (not a step)
AUTOSAVE_MS = 400


@dataclass(frozen=True)
class Words:
    """The language the wizard speaks: its code, the reframing content in it, and an
    emotion's name in it."""

    language: str
    content: ReframingContent
    emotion: Callable[[str], str]

    def emotions(self) -> dict[str, str]:
        return {code: self.emotion(code) for code in EMOTIONS}


def text_edit(parent: QWidget, height: int = 90) -> QPlainTextEdit:
    """A text box that Tab leaves (Tab is for moving on, not for typing a tab)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def banner(parent: QWidget) -> QLabel:
    """A thought kept in view, in a framed panel."""
    label = QLabel(parent)
    label.setObjectName("thoughtBanner")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    return label


def wrapped(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


def plain_page(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A step's widgets one under the other, the rest of the height left empty."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def scrolling_page(parent: QWidget, inner: QWidget) -> QScrollArea:
    """A step that may be longer than the window (the traps, the questions)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # no Tab stop of its own (a nameless filler): Tab goes to what it holds
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    return area


class RatingRows(QWidget):
    """A row per emotion: tick it, then say how strong it is (0-100). The strength appears only
    for a ticked emotion: ten sliders at 50 beside unticked ones read as ten answers."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.sliders: dict[str, QSlider] = {}
        self.values_shown: dict[str, QLabel] = {}
        self._only: set[str] | None = None  # the emotions shown (None: all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for code in EMOTIONS:
            layout.addLayout(self._row(code))
            self._sync(code)

    def _row(self, code: str) -> QHBoxLayout:
        row = QHBoxLayout()
        box = QCheckBox(self)
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(0, 100)
        slider.setSingleStep(5)
        slider.setPageStep(10)
        slider.setValue(50)
        slider.setEnabled(False)
        shown = QLabel("50", self)
        shown.setMinimumWidth(28)
        shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box.toggled.connect(lambda _on, c=code: self._sync(c))
        box.toggled.connect(lambda _on: self.changed.emit())
        slider.valueChanged.connect(lambda value, label=shown: label.setText(str(value)))
        slider.valueChanged.connect(lambda _value: self.changed.emit())
        row.addWidget(box, 2)
        row.addWidget(slider, 3)
        row.addWidget(shown)
        self.boxes[code], self.sliders[code], self.values_shown[code] = box, slider, shown
        return row

    def _sync(self, code: str) -> None:
        """A row shown (all, or those of `show_only`); its strength only once it is ticked."""
        shown = self._only is None or code in self._only
        ticked = self.boxes[code].isChecked()
        for widget in (self.sliders[code], self.values_shown[code]):
            policy = widget.sizePolicy()  # a shown row keeps its height as it is ticked
            policy.setRetainSizeWhenHidden(shown)
            widget.setSizePolicy(policy)
        self.boxes[code].setVisible(shown)
        self.sliders[code].setEnabled(ticked)
        self.sliders[code].setVisible(shown and ticked)
        self.values_shown[code].setVisible(shown and ticked)

    def set_labels(self, labels: dict[str, str], strength: str) -> None:
        for code, box in self.boxes.items():
            box.setText(labels[code])
            self.sliders[code].setAccessibleName(strength.replace("%1", labels[code]))

    def values(self) -> tuple[EmotionRating, ...]:
        return tuple(
            EmotionRating(code, self.sliders[code].value())
            for code, box in self.boxes.items()
            if box.isChecked() and not box.isHidden()
        )

    def set_values(self, ratings: tuple[EmotionRating, ...]) -> None:
        chosen = {rating.emotion: rating.intensity for rating in ratings}
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
            self.sliders[code].setValue(chosen.get(code, 50))

    def show_only(self, codes: set[str] | None) -> None:
        """Show every emotion (None) or only some (the re-rating step)."""
        self._only = None if codes is None else set(codes)
        for code in self.boxes:
            self._sync(code)
