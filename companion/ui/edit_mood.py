"""The dialog that edits one mood entry of the mood log: its time and every value.

It asks about the entry's own time ("how stressed were you then"). Esc (or Cancel) after the
note was changed asks first, with *Keep editing* as the default: an edit is not made in a
hurry, and a rewritten note is the one thing here that cannot be typed back in a second.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import MoodEntry, MoodInput
from companion.ui.confirm import ask_discard
from companion.ui.mood_form import MoodForm
from companion.ui.widgets import DateTimeEdit


class EditMoodDialog(QDialog):
    """Edit one entry: its time and every value."""

    def __init__(self, vocabulary: Vocabulary, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editMood")
        self._clock = clock
        self.entry: MoodEntry | None = None
        self.discard_question: QMessageBox | None = None
        self.when_label = QLabel(self)
        self.when = DateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_label.setBuddy(self.when)
        self.form = MoodForm(vocabulary, self, monotonic=clock.monotonic)
        self.form.set_past(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.when_label)
        row.addWidget(self.when, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(row)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.accept)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds the keys; no Tab stop of its own
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Digits set the stress at once, as in the quick log; Shift+Tab or Alt+W reach the time.
        self.form.focus_stress()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.form.handle_key(event):
            return
        super().keyPressEvent(event)

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Edit entry · Companion"))
        self.when_label.setText(self.tr("&When"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.form.retranslate(language)

    def load(self, entry: MoodEntry) -> None:
        self.entry = entry
        self.when.setMaximumDateTime(QDateTime.currentDateTime())
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())))
        self.form.set_values(entry.stress, entry.emotions, entry.category, entry.note)

    def note_changed(self) -> bool:
        loaded = (self.entry.note or "") if self.entry is not None else ""
        return self.form.note_text().strip() != loaded.strip()

    def reject(self) -> None:
        """Cancel, Esc or the title bar: with the note changed, ask before throwing it away."""
        if not self.isVisible() or not self.note_changed():
            super().reject()
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return
        self.discard_question = ask_discard(
            self,
            self.tr("Discard your changes?"),
            self.tr("You changed the note of this entry. Discard your changes?"),
            self.tr("&Discard changes"),
            self.tr("&Keep editing"),
            "confirmDiscard",
            self._discard,
        )
        self.discard_question.finished.connect(self._forget_question)

    def _forget_question(self) -> None:
        self.discard_question = None  # the box deletes itself when closed

    def _discard(self) -> None:
        super().reject()

    def values(self) -> MoodInput:
        """The edited values; raises InvalidMood naming the first bad one."""
        now = self._clock.now()
        at = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), tz=now.tzinfo)
        if self.entry is not None and abs((at - self.entry.at).total_seconds()) < 60:
            at = self.entry.at  # unchanged to the minute: keep the exact original time
        return self.form.mood_input(at=at, now=now)
