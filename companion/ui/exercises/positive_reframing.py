"""Positive reframing: a kinder reading of what the customer did."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.content.reframing import ReframingPair
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.widgets import _caption, _plain_edit


class PositiveReframingPage(ExercisePage):
    """积极赋意: the examples (harsh → kind), then the agent's own harsh and kinder readings."""

    def build_work(self, layout: QVBoxLayout) -> None:
        self.examples_title = _caption(self)
        self.examples = QLabel(self)
        self.examples.setObjectName("reframingExamples")
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)
        self.harsh_label = QLabel(self)
        self.harsh = _plain_edit(self)
        self.harsh.setObjectName("harshReading")
        self.harsh_label.setBuddy(self.harsh)
        self.kind_label = QLabel(self)
        self.kind = _plain_edit(self)
        self.kind.setObjectName("kindReading")
        self.kind_label.setBuddy(self.kind)
        layout.addWidget(self.examples_title)
        layout.addWidget(self.examples)
        layout.addWidget(self.harsh_label)
        layout.addWidget(self.harsh)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.kind)
        layout.addStretch(1)

    def work_focus(self) -> QWidget:
        return self.harsh

    def details(self) -> str:
        harsh = self.harsh.toPlainText().strip()
        kind = self.kind.toPlainText().strip()
        lines = [harsh] if harsh else []
        if kind:
            lines.append(f"→ {kind}")
        return "\n".join(lines)

    def recap_text(self) -> str:
        kind = self.kind.toPlainText().strip()
        if kind:
            return self.tr("Your kinder reading: %1").replace("%1", kind)
        return super().recap_text()

    def reset_work(self) -> None:
        self.harsh.clear()
        self.kind.clear()

    def retranslate_work(self) -> None:
        self.examples_title.setText(self.tr("Examples: a harsh reading → a kinder one"))
        pairs = [
            e
            for e in (self.exercise.examples if self.exercise else ())
            if isinstance(e, ReframingPair)
        ]
        self.examples.setText(
            "".join(
                f'<p style="margin: 0 0 6px 0;">{html.escape(pair.harsh)}<br/>'
                f"<b>→</b> {html.escape(pair.kind)}</p>"
                for pair in pairs
            )
        )
        self.examples.setAccessibleName(self.tr("Examples"))
        self.harsh_label.setText(self.tr("Your first, &harsh reading of what happened"))
        self.harsh.setAccessibleName(self.tr("Your harsh reading"))
        self.harsh.setPlaceholderText(self.tr("What went through your mind at first"))
        self.kind_label.setText(self.tr("A &kinder reading that also fits the facts"))
        self.kind.setAccessibleName(self.tr("Your kinder reading"))
        self.kind.setPlaceholderText(self.tr("What might be going on for the customer?"))
