"""The dialog that edits one mood entry of the mood log: its time and every value."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import MoodEntry, MoodInput
from companion.ui.mood_form import MoodForm


class EditMoodDialog(QDialog):
    """Edit one entry: its time and every value."""

    def __init__(self, vocabulary: Vocabulary, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editMood")
        self._clock = clock
        self.entry: MoodEntry | None = None
        self.when_label = QLabel(self)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_label.setBuddy(self.when)
        self.form = MoodForm(vocabulary, self)
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
        self.installEventFilter(self.form)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Digits set the stress at once, as in the quick log; Tab or Alt+W reach the time.
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

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

    def values(self) -> MoodInput:
        """The edited values; raises InvalidMood naming the first bad one."""
        now = self._clock.now()
        at = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), tz=now.tzinfo)
        if self.entry is not None and abs((at - self.entry.at).total_seconds()) < 60:
            at = self.entry.at  # unchanged to the minute: keep the exact original time
        return self.form.mood_input(at=at, now=now)
