"""Steps 6-7, the way out: a balanced thought and how much it is believed, then the emotions
rated again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.domain.thoughts import DISTORTION_CODES, ThoughtRecord
from companion.ui.reframing_wizard.page import StepPage
from companion.ui.reframing_wizard.widgets import (
    RERATE,
    RatingRows,
    Words,
    plain_page,
    text_edit,
    wrapped,
)

translate = QCoreApplication.translate


class BalancedPage(StepPage):
    """6. A balanced thought (typed, or an example of the traps chosen taken with Enter) and how
    much it is believed, 0-100: no belief is recorded until the slider is moved."""

    def build(self) -> QWidget:
        self.edit = text_edit(self.host, 80)
        self.examples_label = QLabel(self.host)
        self.examples = QListWidget(self.host)
        self.belief_label = QLabel(self.host)
        self.belief = QSlider(Qt.Orientation.Horizontal, self.host)
        self.belief.setRange(0, 100)
        self.belief.setSingleStep(5)
        self.belief.setPageStep(10)
        self.belief_value = QLabel(self.host)
        self.belief_set = False
        self._loading = False
        belief_row = QHBoxLayout()
        belief_row.addWidget(self.belief, 1)
        belief_row.addWidget(self.belief_value)
        page = QWidget(self.host)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.examples_label)
        layout.addWidget(self.examples, 1)
        layout.addWidget(self.belief_label)
        layout.addLayout(belief_row)
        self.edit.textChanged.connect(self.changed)
        self.belief.valueChanged.connect(self._belief_moved)
        self.examples.itemActivated.connect(self._use_example)
        return page

    def title(self) -> str:
        return translate("ReframingWizard", "A balanced thought")

    def explain(self) -> str:
        return translate(
            "ReframingWizard", "Write a thought that takes all the evidence into account."
        )

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        self.edit.setPlaceholderText(
            translate("ReframingWizard", "A fairer way to see it, in your own words")
        )
        self.examples_label.setText(
            translate("ReframingWizard", "Examples (Enter or double-click to use one):")
        )
        self.belief_label.setText(
            translate("ReframingWizard", "How much do you believe this balanced thought?")
        )
        self.edit.setAccessibleName(translate("ReframingWizard", "Balanced thought"))
        self.examples.setAccessibleName(
            translate("ReframingWizard", "Examples of balanced thoughts")
        )
        self.belief.setAccessibleName(
            translate("ReframingWizard", "How much you believe the balanced thought, 0 to 100")
        )
        self.examples.setAccessibleDescription(
            translate(
                "ReframingWizard",
                "Enter or double-click uses the chosen example as your balanced thought.",
            )
        )

    def load(self, record: ThoughtRecord) -> None:
        self._loading = True  # setting the slider is not the agent's answer
        try:
            self.edit.setPlainText(record.balanced_thought)
            self.belief_set = record.belief is not None
            self.belief.setValue(record.belief if record.belief is not None else 50)
        finally:
            self._loading = False

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        return replace(
            record,
            balanced_thought=self.edit.toPlainText(),
            belief=self.belief.value() if self.belief_set else None,
        )

    def enter(self, record: ThoughtRecord) -> None:
        """Examples of the traps chosen (of the first three when none is)."""
        assert self.words is not None
        self.examples.clear()
        for code in record.distortions or DISTORTION_CODES[:3]:
            for example in self.words.content.distortions[code].balanced_examples:
                QListWidgetItem(example, self.examples)
        self.belief_value.setText(str(self.belief.value()))

    def focus_widget(self) -> QWidget:
        return self.edit

    def _belief_moved(self, value: int) -> None:
        self.belief_value.setText(str(value))
        if not self._loading:
            self.belief_set = True
            self.changed()

    def _use_example(self, item: QListWidgetItem) -> None:
        self.edit.setPlainText(item.text())
        self.edit.setFocus()


class ReratePage(StepPage):
    """7. The emotions rated before, rated again (only those)."""

    def build(self) -> QWidget:
        self.rows = RatingRows(self.host)
        self.none = wrapped(self.host)
        self.rows.changed.connect(self.changed)
        return plain_page(self.host, self.rows, self.none)

    def title(self) -> str:
        return translate("ReframingWizard", "How strong are the emotions now?")

    def explain(self) -> str:
        return translate("ReframingWizard", "Rate them again; any change, however small, counts.")

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        self.rows.set_labels(words.emotions(), translate("ReframingWizard", "How strong now: %1"))
        self.none.setText(
            translate(
                "ReframingWizard",
                "You rated no emotions before; go back to rate them, or finish here.",
            )
        )

    def load(self, record: ThoughtRecord) -> None:
        self.rows.set_values(record.emotions_after or record.emotions_before)

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        """The re-rating counts once the step was reached (`record.step`) or made before."""
        rated = record.step >= RERATE or record.emotions_after
        return replace(record, emotions_after=self.rows.values() if rated else ())

    def enter(self, record: ThoughtRecord) -> None:
        before = {rating.emotion for rating in record.emotions_before}
        self.rows.show_only(before)
        self.none.setVisible(not before)
        if not record.emotions_after:  # not re-rated yet: start from the ratings before
            self.rows.set_values(record.emotions_before)
