"""The quick mood log: opened from the tray after a difficult call, saved in one action.

Built once at start-up and shown on demand, so it appears at once.

Esc (or Cancel, or the title bar) closes it at once, even with a note typed: an agent often
closes it in a hurry because the next call is coming in, and a question then would stand in the
way. What was typed is not lost: a form with a note is kept as a draft and comes back, with the
time it was typed, the next time the quick log opens; *Clear* starts afresh. Without a note,
closing means "never mind" and the next opening is empty.

The draft lives in memory only: quitting Companion (or erasing all data, `forget`) drops it. It
is kept for `DRAFT_HOURS` and only within the local day it was typed: one older, or from
yesterday's last call, was abandoned and is dropped without a word when the quick log next
opens. An entry is logged when it is saved, so a restored draft is saved at that moment, not
at the time it was typed (which the line above the form shows, so the person can tell).

Asked to open while it is open (*New entry* in the mood log, *Log* in the trends, a call's end),
it only comes to the front: what is typed in it stays.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import InvalidMood, MoodEntry, MoodWriter
from companion.ui.accessibility import announce
from companion.ui.mood_form import MoodForm
from companion.ui.present import bring_forward
from companion.ui.screen_fit import VerticalScroll, scrolled, work_screen

log = logging.getLogger(__name__)

DRAFT_HOURS = 2  # a draft older than this (or from another local day) was abandoned


@dataclass(frozen=True, slots=True)
class Draft:
    """What was typed in a quick log closed without saving."""

    stress: int | None
    emotions: tuple[str, ...]
    category: str | None
    note: str
    at: datetime  # when it was closed


class FormScroll(VerticalScroll):
    """The form's scroll area: it asks for the form's whole height at the width the dialog
    can have on its screen (the chips wrap into more lines when narrow), so that nothing
    scrolls while the screen has room; on a small screen (2x scale, large text) it scrolls."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        content = self.widget()
        if content is None or not content.hasHeightForWidth():
            return hint
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - 64  # the dialog's margins and frame
        width = max(1, min(hint.width(), room) - self._bar_width())
        return QSize(hint.width(), max(hint.height(), content.heightForWidth(width)))


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
        # It holds the keys until the stress row takes them, but is no Tab stop of its own.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.draft: Draft | None = None
        self.draft_line = QLabel(self)
        self.draft_line.setObjectName("hint")
        self.draft_line.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_draft)
        draft_row = QHBoxLayout()
        draft_row.setContentsMargins(0, 0, 0, 0)
        draft_row.addWidget(self.draft_line, 1)
        draft_row.addWidget(self.clear_button)
        self.form = MoodForm(vocabulary, self, monotonic=clock.monotonic)
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
        layout.addLayout(draft_row)
        # On a small screen, at 2x scale or with large text, the form scrolls: its rows keep
        # their height (never cut in half) and Save stays in view.
        layout.addWidget(scrolled(self.form, self, FormScroll), 1)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.save)
        self._show_draft_line(False)
        self.retranslate("en")
        self.resize(520, self.sizeHint().height())

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Log mood · Companion"))
        self.title.setText(self.tr("How are you after that contact?"))
        self.keys_hint.setText(
            self.tr(
                "Tab moves between groups, arrows within one, Space ticks · Enter saves "
                "(Ctrl+Enter in the note) · Esc closes and keeps a note for next time"
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.clear_button.setText(self.tr("C&lear"))
        self.clear_button.setToolTip(self.tr("Forget what was typed and start afresh"))
        self.form.retranslate(language)
        self._update_draft_line()

    def open_fresh(self) -> None:
        """Show an empty form (or the draft kept from last time), in front, for the keyboard.
        Open already: only brought to the front, keeping what is typed."""
        if self.isVisible():
            bring_forward(self)
            return
        if self.draft is not None and self._abandoned(self.draft):
            log.info("an old quick log draft dropped")
            self.draft = None
        draft = self.draft
        self.form.clear()
        if draft is not None:
            if draft.stress is not None:
                self.form.stress.set_value(draft.stress)
            self.form.emotions.set_selected(draft.emotions)
            self.form.categories.set_selected([draft.category] if draft.category else [])
            self.form.note.setPlainText(draft.note)
        self._show_draft_line(draft is not None)
        self._centre_on_active_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        self.form.focus_stress()

    # -- the draft -----------------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Closed without saving: keep the form for next time when a note was typed."""
        if not self.form.has_note():
            self.draft = None
            return
        self.draft = Draft(
            stress=self.form.stress_value(),
            emotions=tuple(self.form.emotion_codes()),
            category=self.form.category_code(),
            note=self.form.note_text(),
            at=self._clock.now(),
        )

    def _abandoned(self, draft: Draft) -> bool:
        """Typed more than `DRAFT_HOURS` ago, or on another local day."""
        now = self._clock.now()
        zone = self._clock.local_zone()
        return (
            now - draft.at > timedelta(hours=DRAFT_HOURS)
            or now.astimezone(zone).date() != draft.at.astimezone(zone).date()
        )

    def forget(self) -> None:
        """All data is being erased: the draft and the form go, and an open quick log closes
        without keeping anything."""
        self.draft = None
        self.form.clear()
        self._show_draft_line(False)
        if self.isVisible():
            QDialog.reject(self)  # not our reject: it would keep the form as a draft

    def clear_draft(self) -> None:
        self.draft = None
        self.form.clear()
        self._show_draft_line(False)
        self.form.focus_stress()

    def _show_draft_line(self, shown: bool) -> None:
        self.draft_line.setVisible(shown)
        self.clear_button.setVisible(shown)
        self._update_draft_line()

    def _update_draft_line(self) -> None:
        if self.draft is None:
            return
        at = self.draft.at.astimezone(self._clock.local_zone())
        self.draft_line.setText(
            self.tr("Not saved yet: what you typed at %1 is back.").replace("%1", f"{at:%H:%M}")
        )

    def reject(self) -> None:
        self.keep_draft()
        super().reject()

    def _centre_on_active_screen(self) -> None:
        screen = work_screen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.size())
        width, height = min(size.width(), area.width()), min(size.height(), area.height())
        if self.screen() is not screen:
            self.setScreen(screen)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # The stress row has the keys first: digits, arrows, Enter and Esc all work at once.
        self.form.focus_stress()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.form.handle_key(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.isVisible():
            self.reject()  # as Esc: hidden, not destroyed, and a typed note kept
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
        self.draft = None
        announce(self, self.tr("Saved: stress %1.").replace("%1", str(entry.stress)))
        self.hide()
        self.saved.emit(entry)
