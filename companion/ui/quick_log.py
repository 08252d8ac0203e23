"""The quick mood log: opened from the tray after a difficult call, saved in one action.

Built once at start-up and shown on demand, so it appears at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import InvalidMood, MoodEntry, MoodWriter
from companion.ui.mood_form import MoodForm

log = logging.getLogger(__name__)


class QuickLogDialog(QDialog):
    """Stress, emotions, call type, note; Enter saves, Esc closes."""

    saved = Signal(object)  # the new MoodEntry

    def __init__(
        self,
        book: Callable[[], MoodWriter | None],
        clock: Clock,
        vocabulary: Vocabulary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._clock = clock
        self.setObjectName("quickLog")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.form = MoodForm(vocabulary, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.keys_hint = QLabel(self)
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.form)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.save)
        self.installEventFilter(self.form)
        self.buttons.installEventFilter(self.form)
        self.retranslate("en")
        self.resize(520, self.sizeHint().height())

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Log mood · Companion"))
        self.title.setText(self.tr("How are you after that call?"))
        self.keys_hint.setText(
            self.tr("Enter saves (Ctrl+Enter in the note) · Esc closes · Tab moves between fields")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.form.retranslate(language)

    def open_fresh(self) -> None:
        """Show an empty form, in front, ready for the keyboard."""
        self.form.clear()
        self._centre_on_active_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _centre_on_active_screen(self) -> None:
        screen = QGuiApplication.screenAt(self.cursor().pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.size())
        self.move(area.center().x() - size.width() // 2, area.center().y() - size.height() // 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Keys go to the dialog itself first: digits, arrows, Enter and Esc all work at once.
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.form.handle_key(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.hide()
        event.ignore()

    def save(self) -> None:
        book = self._book()
        now = self._clock.now()
        try:
            values = self.form.mood_input(at=now, now=now)
        except InvalidMood as error:
            self.form.show_problem(error)
            return
        if book is None:
            self.form.show_error(
                self.tr("The store is still opening. Please try again in a moment.")
            )
            return
        try:
            entry: MoodEntry = book.add_mood(values)
        except Exception:
            log.exception("saving a mood entry failed")
            self.form.show_error(
                self.tr("Your entry could not be saved; it is still here. Please try again.")
            )
            return
        self.hide()
        self.saved.emit(entry)
