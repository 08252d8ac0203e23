"""Feeling - need - request: three parts joined into one calm reply to copy (the joining is
`domain.nvc`; how each language joins them is in data/reframing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.content.reframing import NvcExample
from companion.domain.nvc import compose_nvc
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.widgets import PartEdit, _button, _caption


class NvcPage(ExercisePage):
    """感受—需要—请求: three fields, the whole calm reply as you type, Copy, and examples."""

    def build_work(self, layout: QVBoxLayout) -> None:
        self._picked: NvcExample | None = None
        self.examples_title = _caption(self)
        self.examples = QListWidget(self)
        self.examples.setObjectName("nvcExamples")
        self.examples.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.examples.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.examples_title.setBuddy(self.examples)
        self.use_button = _button(self, "useExample")
        examples_row = QHBoxLayout()
        examples_row.addWidget(self.examples, 1)
        examples_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        self._filling = False
        self.fields: dict[str, PartEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        grid = QVBoxLayout()
        grid.setSpacing(4)
        for name in ("feeling", "need", "request"):
            label = QLabel(self)
            field = PartEdit(self)
            field.setObjectName(f"nvc_{name}")
            label.setBuddy(field)
            field.textChanged.connect(self._on_typed)
            grid.addWidget(label)
            grid.addWidget(field)
            self.fields[name] = field
            self.field_labels[name] = label
        self.fields["feeling"].submitted.connect(lambda: self.fields["need"].setFocus())
        self.fields["need"].submitted.connect(lambda: self.fields["request"].setFocus())
        self.fields["request"].submitted.connect(lambda: self.next_button.setFocus())
        self.preview_title = _caption(self)
        self.preview = QLabel(self)
        self.preview.setObjectName("nvcPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setMinimumHeight(56)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.copy_button = _button(self, "copyReply")
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.examples_title)
        layout.addLayout(examples_row)
        layout.addLayout(grid)
        layout.addWidget(self.preview_title)
        layout.addLayout(preview_row)
        layout.addStretch(1)
        self.use_button.clicked.connect(self.use_example)
        self.examples.itemActivated.connect(lambda _item: self.use_example())
        self.copy_button.clicked.connect(self.copy)

    def work_focus(self) -> QWidget:
        return self.fields["feeling"]

    def _examples(self) -> list[NvcExample]:
        found = self.exercise.examples if self.exercise else ()
        return [e for e in found if isinstance(e, NvcExample)]

    def use_example(self, row: int | None = None) -> None:
        """Fill the three fields with an example (the chosen one in the list by default)."""
        examples = self._examples()
        row = self.examples.currentRow() if row is None else row
        if not 0 <= row < len(examples):
            return
        example = examples[row]
        self._filling = True
        try:
            for name in ("feeling", "need", "request"):
                self.fields[name].setText(getattr(example, name))
        finally:
            self._filling = False
        self._picked = example
        self.update_preview()
        self.fields["feeling"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_typed(self) -> None:
        if not self._filling:
            self._picked = None  # edited: no longer the example's own wording
        self.update_preview()

    def sentence(self) -> str:
        feeling, need, request = (self.fields[n].text() for n in ("feeling", "need", "request"))
        picked = self._picked
        if picked is not None and (feeling, need, request) == (
            picked.feeling,
            picked.need,
            picked.request,
        ):
            return picked.sentence  # the example's own, more natural wording
        reply = self.exercise.reply if self.exercise is not None else None
        return "" if reply is None else compose_nvc(feeling, need, request, reply)

    def update_preview(self) -> None:
        sentence = self.sentence()
        if sentence:
            self.preview.setText(sentence)
            self.preview.setEnabled(True)
        else:
            self.preview.setText(self.tr("Your reply appears here as you type."))
            self.preview.setEnabled(False)
        self.copy_button.setEnabled(bool(sentence))

    def copy(self) -> None:
        sentence = self.sentence()
        if not sentence:
            return
        QGuiApplication.clipboard().setText(sentence)
        self.show_message(self.tr("Copied. Paste it into your reply."))

    def details(self) -> str:
        return self.sentence()

    def recap_text(self) -> str:
        sentence = self.sentence()
        if sentence:
            return self.tr("Your reply: %1").replace("%1", sentence)
        return super().recap_text()

    def reset_work(self) -> None:
        for field in self.fields.values():
            field.clear()
        self._picked = None
        self.examples.setCurrentRow(-1)
        self.update_preview()

    def retranslate_work(self) -> None:
        self.examples_title.setText(self.tr("Start from an e&xample (Enter fills it in)"))
        self.examples.setAccessibleName(self.tr("Examples"))
        self.examples.clear()
        examples = self._examples()
        for example in examples:
            item = QListWidgetItem(example.situation)
            item.setToolTip(example.sentence)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{example.situation} {example.sentence}"
            )
            self.examples.addItem(item)
        rows = max(1, min(len(examples), 4))
        height = self.examples.sizeHintForRow(0) * rows + 2 * self.examples.frameWidth() + 2
        self.examples.setFixedHeight(max(height, 48))
        self.use_button.setText(self.tr("&Use"))
        self.use_button.setAccessibleName(self.tr("Fill in the chosen example"))
        labels = {
            "feeling": (
                self.tr("&Feeling: the feeling right now (theirs, or your own)"),
                self.tr("Feeling"),
                self.tr("e.g. worried, let down"),
            ),
            "need": (
                self.tr("N&eed: what matters underneath it"),
                self.tr("Need"),
                self.tr("e.g. getting it on time"),
            ),
            "request": (
                self.tr("&Request: one concrete next step"),
                self.tr("Request"),
                self.tr("e.g. check with the courier and call you back in ten minutes"),
            ),
        }
        for name, (label, accessible, placeholder) in labels.items():
            self.field_labels[name].setText(label)
            self.fields[name].setAccessibleName(accessible)
            self.fields[name].setPlaceholderText(placeholder)
        self.preview_title.setText(self.tr("Your calm reply"))
        self.preview.setAccessibleName(self.tr("Your calm reply"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the reply"))
        self.update_preview()
