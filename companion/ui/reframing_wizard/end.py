"""The page after Finish (not a step): what changed, said plainly ("angry 80 → 45"), one calm
sentence, and the balanced thought."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.domain.mood import EMOTIONS
from companion.domain.payoff import thought_payoff
from companion.domain.thoughts import ThoughtRecord
from companion.ui.payoff_words import big_label, show_changes, thought_sentence
from companion.ui.reframing_wizard.page import StepPage
from companion.ui.reframing_wizard.widgets import banner, wrapped

translate = QCoreApplication.translate


class EndPage(StepPage):
    """Each emotion before → after, strongest first, and one calm sentence; the balanced thought
    stays in view."""

    def build(self) -> QWidget:
        self.intro = wrapped(self.host)
        self.lines = [big_label(self.host, "change") for _code in EMOTIONS]
        for line in self.lines:
            line.hide()  # shown as needed: hidden, they add nothing to the steps' height
        self.sentence = wrapped(self.host)
        self.sentence.setObjectName("payoffSentence")
        self.balanced = banner(self.host)
        page = QWidget(self.host)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        for line in self.lines:
            layout.addWidget(line)
        layout.addSpacing(4)
        layout.addWidget(self.sentence)
        layout.addSpacing(12)
        layout.addWidget(self.balanced)
        layout.addStretch(1)
        return page

    def title(self) -> str:
        return translate("ReframingWizard", "Your thought record is saved")

    def explain(self) -> str:
        return translate(
            "ReframingWizard", "You can read it again under Thought records in the tray menu."
        )

    def show(self, record: ThoughtRecord) -> None:
        """What changed between the ratings of `record`, in the language shown."""
        assert self.words is not None
        payoff = thought_payoff(record)
        show_changes(self.lines, self.host, payoff, self.words.emotion)
        self.intro.setText(
            translate("ReframingWizard", "How strong the emotions were before, and after:")
        )
        self.intro.setVisible(bool(payoff.changes))
        self.sentence.setText(thought_sentence(payoff))
        self.sentence.setVisible(bool(payoff.changes))  # else the line above says it all
        balanced = record.balanced_thought.strip()
        self.balanced.setVisible(bool(balanced))
        self.balanced.setText(
            translate("ReframingWizard", "Your balanced thought: “%1”").replace("%1", balanced)
        )
