"""Steps 1-3, what happened: the situation, the automatic thought, the emotions and how
strong they were."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from companion.domain.thoughts import ThoughtRecord
from companion.ui.reframing_wizard.page import StepPage
from companion.ui.reframing_wizard.widgets import RatingRows, Words, plain_page, text_edit

translate = QCoreApplication.translate


class SituationPage(StepPage):
    """1. What happened, facts only."""

    def build(self) -> QWidget:
        self.edit = text_edit(self.host, 120)
        self.edit.textChanged.connect(self.changed)
        return plain_page(self.host, self.edit)

    def title(self) -> str:
        return translate("ReframingWizard", "What happened?")

    def explain(self) -> str:
        return translate(
            "ReframingWizard", "Describe the situation in a sentence or two, facts only."
        )

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        self.edit.setPlaceholderText(
            translate(
                "ReframingWizard",
                "Only what a camera would have seen and heard, e.g. “The customer said the "
                "parcel was late and asked for a refund.”",
            )
        )
        self.edit.setAccessibleName(translate("ReframingWizard", "Situation"))

    def load(self, record: ThoughtRecord) -> None:
        self.edit.setPlainText(record.situation)

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        return replace(record, situation=self.edit.toPlainText())

    def focus_widget(self) -> QWidget:
        return self.edit


class ThoughtPage(StepPage):
    """2. The automatic thought: the one step that cannot be skipped."""

    def build(self) -> QWidget:
        self.edit = text_edit(self.host, 90)
        self.error = QLabel(self.host)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.edit.textChanged.connect(self.changed)
        return plain_page(self.host, self.edit, self.error)

    def title(self) -> str:
        return translate("ReframingWizard", "What went through your mind?")

    def explain(self) -> str:
        return translate(
            "ReframingWizard",
            "Write the thought as it came, even if it seems harsh. This is the one "
            "step you cannot skip.",
        )

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        self.edit.setPlaceholderText(
            translate(
                "ReframingWizard",
                "The words that went through your head, e.g. “It's my fault again.”",
            )
        )
        self.edit.setAccessibleName(translate("ReframingWizard", "Automatic thought"))

    def load(self, record: ThoughtRecord) -> None:
        self.edit.setPlainText(record.automatic_thought)

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        return replace(record, automatic_thought=self.edit.toPlainText())

    def problem(self) -> str | None:
        if self.edit.toPlainText().strip():
            return None
        return translate("ReframingWizard", "Write the thought first; it is the one step needed.")

    def show_problem(self, problem: str | None) -> None:
        if problem is None:
            self.error.hide()
            return
        self.error.setText(problem)
        self.error.show()

    def focus_widget(self) -> QWidget:
        return self.edit


class EmotionsPage(StepPage):
    """3. The emotions felt, each with how strong it was (0-100)."""

    def build(self) -> QWidget:
        self.rows = RatingRows(self.host)
        self.rows.changed.connect(self.changed)
        return plain_page(self.host, self.rows)

    def title(self) -> str:
        return translate("ReframingWizard", "What did you feel, and how strongly?")

    def explain(self) -> str:
        return translate(
            "ReframingWizard", "Tick each emotion and set how strong it was, 0 to 100."
        )

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        self.rows.set_labels(words.emotions(), translate("ReframingWizard", "How strong: %1"))

    def load(self, record: ThoughtRecord) -> None:
        self.rows.set_values(record.emotions_before)

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        return replace(record, emotions_before=self.rows.values())
