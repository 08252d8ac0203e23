"""Steps 4-5, the thinking traps: which fit the thought (suggested from its wording, the agent
decides), then each one's questions with the evidence for and against the thought."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from companion.domain.thoughts import DISTORTION_CODES, Evidence, ThoughtRecord
from companion.ui.lines import keep_last_two
from companion.ui.reframing_wizard.page import StepPage
from companion.ui.reframing_wizard.widgets import Words, scrolling_page, text_edit, wrapped

translate = QCoreApplication.translate


class DistortionsPage(StepPage):
    """4. The traps, each with its definition and an example; those the wording suggests are
    ticked on the way in, unless the agent already chose some."""

    def __init__(
        self, host: QWidget, changed: Callable[[], None], suggest: Callable[[str], list[str]]
    ) -> None:
        self.suggest = suggest
        self.suggested: list[str] = []
        self.after_abuse = False  # after an abusive customer (companion.domain.abuse)
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        super().__init__(host, changed)

    def build(self) -> QWidget:
        self.suggested_label = wrapped(self.host)
        inner = QWidget(self.host)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.suggested_label)
        for code in DISTORTION_CODES:
            box = QCheckBox(inner)
            text = QLabel(inner)
            text.setWordWrap(True)
            text.setObjectName("hint")
            text.setContentsMargins(24, 0, 0, 6)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            layout.addWidget(text)
            self.boxes[code], self.texts[code] = box, text
        layout.addStretch(1)
        return scrolling_page(self.host, inner)

    def title(self) -> str:
        return translate("ReframingWizard", "Which thinking traps fit?")

    def explain(self) -> str:
        return translate(
            "ReframingWizard",
            "Choose any that fit. The suggestions come from your wording; you decide.",
        )

    def chosen(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        for code, box in self.boxes.items():
            box.setText(words.content.distortions[code].name)
        self._explain()

    def set_after_abuse(self, after_abuse: bool) -> None:
        """After an entry tagged 客户辱骂: the definitions that carry a line for it (personalising:
        not your fault, not yours to bear) show it."""
        self.after_abuse = after_abuse
        self._explain()

    def _explain(self) -> None:
        if self.words is None:
            return
        for code, text in self.texts.items():
            distortion = self.words.content.distortions[code]
            example = distortion.examples[0] if distortion.examples else ""
            lines = [distortion.definition]
            if self.after_abuse and distortion.after_abuse:
                lines.append(distortion.after_abuse)
            lines.append(translate("ReframingWizard", "For example: “%1”").replace("%1", example))
            text.setText("\n".join(lines))

    def load(self, record: ThoughtRecord) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in record.distortions)
        self.suggested = []

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        return replace(record, distortions=self.chosen())

    def enter(self, record: ThoughtRecord) -> None:
        """Suggest the traps the thought's wording points to."""
        assert self.words is not None
        self.suggested = self.suggest(record.automatic_thought)
        if not self.suggested:
            self.suggested_label.setText(
                translate(
                    "ReframingWizard",
                    "Nothing in the wording points to a trap; choose any that fit, or skip.",
                )
            )
            return
        names = "、" if self.words.language == "zh_CN" else ", "
        distortions = self.words.content.distortions
        self.suggested_label.setText(
            translate("ReframingWizard", "Suggested from your wording: %1").replace(
                "%1", names.join(distortions[code].name for code in self.suggested)
            )
        )
        if not self.chosen():
            for code in self.suggested:  # a first choice the agent can change
                self.boxes[code].setChecked(True)


class QuestionsPage(StepPage):
    """5. For each trap chosen, its questions and two boxes: what speaks for the thought, what
    against it. What was typed is kept for a trap unticked and ticked again."""

    def build(self) -> QWidget:
        self.evidence_edits: dict[str, tuple[QPlainTextEdit, QPlainTextEdit]] = {}
        self.evidence_text: dict[str, tuple[str, str]] = {}
        self.area = QWidget(self.host)
        self.questions_layout = QVBoxLayout(self.area)
        self.no_distortions = wrapped(self.area)  # laid out with the questions
        self.no_distortions.hide()
        self.questions_layout.addWidget(self.no_distortions)
        return scrolling_page(self.host, self.area)

    def title(self) -> str:
        return translate("ReframingWizard", "Test the thought")

    def explain(self) -> str:
        return translate(
            "ReframingWizard",
            "Answer the questions for each trap you chose: what speaks for the "
            "thought, and what speaks against it?",
        )

    def retranslate(self, words: Words) -> None:
        super().retranslate(words)
        self.no_distortions.setText(
            translate(
                "ReframingWizard",
                "No distortion chosen. Go back to choose one, or skip this step.",
            )
        )

    def load(self, record: ThoughtRecord) -> None:
        self.evidence_edits = {}  # the boxes shown belong to the record shown before
        self.evidence_text = {
            item.distortion: (item.evidence_for, item.evidence_against) for item in record.evidence
        }

    def keep(self) -> None:
        for code, (for_edit, against_edit) in self.evidence_edits.items():
            self.evidence_text[code] = (for_edit.toPlainText(), against_edit.toPlainText())

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        self.keep()
        text = self.evidence_text
        return replace(
            record,
            evidence=tuple(
                Evidence(code, *text[code])
                for code in record.distortions
                if code in text and any(text[code])
            ),
        )

    def leave(self) -> None:
        self.keep()

    def enter(self, record: ThoughtRecord) -> None:
        """The questions of the traps chosen (`record.distortions`), made afresh."""
        self.keep()
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.no_distortions:
                widget.deleteLater()
        self.evidence_edits = {}
        self.no_distortions.setVisible(not record.distortions)
        self.questions_layout.addWidget(self.no_distortions)
        for code in record.distortions:
            self.questions_layout.addWidget(self._group(code))
        self.questions_layout.addStretch(1)

    def _group(self, code: str) -> QGroupBox:
        assert self.words is not None
        distortion = self.words.content.distortions[code]
        group = QGroupBox(distortion.name, self.area)
        layout = QVBoxLayout(group)
        questions = QLabel(keep_last_two("\n".join(f"• {q}" for q in distortion.questions)), group)
        questions.setWordWrap(True)
        layout.addWidget(questions)
        for_label = QLabel(translate("ReframingWizard", "What speaks for the thought?"), group)
        for_edit = text_edit(group, 56)
        against_label = QLabel(translate("ReframingWizard", "What speaks against it?"), group)
        against_edit = text_edit(group, 56)
        for_edit.setAccessibleName(
            translate("ReframingWizard", "Evidence for: %1").replace("%1", distortion.name)
        )
        against_edit.setAccessibleName(
            translate("ReframingWizard", "Evidence against: %1").replace("%1", distortion.name)
        )
        earlier = self.evidence_text.get(code, ("", ""))
        for_edit.setPlainText(earlier[0])
        against_edit.setPlainText(earlier[1])
        for edit in (for_edit, against_edit):
            edit.textChanged.connect(self.changed)
            edit.textChanged.connect(self.keep)
        for widget in (for_label, for_edit, against_label, against_edit):
            layout.addWidget(widget)
        self.evidence_edits[code] = (for_edit, against_edit)
        return group
