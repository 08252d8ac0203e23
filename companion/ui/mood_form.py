"""The fields of a mood entry: stress, emotions, call type and a note.

Keyboard: the stress row takes the focus first; there digits set the stress (`1` then `0` typed
quickly is 10) and arrows move it. Tab moves to the emotions, then the call types: each group is
one Tab stop, the arrows move within it and Space ticks a chip, and an arrow or a digit there never
changes the stress. In the note, Enter starts a new line and Ctrl+Enter saves. While an input
method is composing (Chinese pinyin, for example) no key is taken as a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from companion.content.vocabulary import Vocabulary
from companion.domain.mood import (
    CATEGORIES,
    EMOTIONS,
    NOTE_MAX_CHARS,
    InvalidMood,
    MoodInput,
    Problem,
    first_forbidden_character,
    make_mood_input,
)
from companion.ui.accessibility import announce
from companion.ui.widgets import ChoiceChips, StressScale

_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class NoteEdit(QPlainTextEdit):
    """The note: plain text, Ctrl+Enter submits, aware of input-method composition."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.composing = False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        self.composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if (
            not self.composing
            and event.key() in _ENTER_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class MoodForm(QWidget):
    """Shows and collects the values of one mood entry; the owner saves them."""

    submitted = Signal()

    def __init__(
        self,
        vocabulary: Vocabulary,
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        """`monotonic` (the clock's) times a quick `1 0` typed for a stress of 10."""
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._language = "en"
        self._past = False  # an entry of the past: "how stressed were you", not "are you"
        self.stress_label = QLabel(self)
        self.stress_label.setWordWrap(True)  # a narrow window or large text: it wraps
        self.stress = StressScale(self, monotonic=monotonic)
        self.stress_hint = QLabel(self)
        self.stress_hint.setObjectName("hint")
        self.stress_hint.setWordWrap(True)
        self.emotions_label = QLabel(self)
        self.emotions = ChoiceChips(EMOTIONS, single=False, parent=self)
        self.category_label = QLabel(self)
        self.categories = ChoiceChips(CATEGORIES, single=True, parent=self)
        self.note_label = QLabel(self)
        self.note = NoteEdit(self)
        self.note.setFixedHeight(72)
        self.counter = QLabel(self)
        self.counter.setObjectName("hint")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (
            self.stress_label,
            self.stress,
            self.stress_hint,
            self.emotions_label,
            self.emotions,
            self.category_label,
            self.categories,
            self.note_label,
            self.note,
            self.counter,
            self.error,
        ):
            layout.addWidget(widget)
        self.stress_label.setBuddy(self.stress)
        self.note_label.setBuddy(self.note)

        self.note.submitted.connect(self.submitted)
        self.note.textChanged.connect(self._update_counter)
        self.stress.valueChanged.connect(lambda _value: self.error.hide())
        self.retranslate("en")

    # -- keyboard ----------------------------------------------------------------------------

    def focus_stress(self) -> None:
        """Where the keyboard starts: the stress row, so a digit chooses at once."""
        self.stress.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A key the dialog got with no field focused (before the stress row took the focus):
        digits and arrows set the stress. With any field focused (a chip, the note, a button)
        nothing here changes the stress. True when the key was used."""
        focus = self.window().focusWidget()
        if focus is not None and focus is not self.window() and focus is not self.stress:
            return False
        return self.stress.handle_key(event)

    # -- values ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.stress.set_value(None)
        self.emotions.set_selected([])
        self.categories.set_selected([])
        self.note.setPlainText("")
        self.error.hide()

    def set_values(
        self, stress: int, emotions: tuple[str, ...], category: str | None, note: str | None
    ) -> None:
        self.stress.set_value(stress)
        self.emotions.set_selected(emotions)
        self.categories.set_selected([category] if category else [])
        self.note.setPlainText(note or "")
        self.error.hide()

    def stress_value(self) -> int | None:
        return self.stress.value()

    def emotion_codes(self) -> list[str]:
        return self.emotions.selected()

    def category_code(self) -> str | None:
        chosen = self.categories.selected()
        return chosen[0] if chosen else None

    def note_text(self) -> str:
        return self.note.toPlainText()

    def mood_input(self, at: datetime, now: datetime) -> MoodInput:
        """The checked values of the form; raises InvalidMood naming the first bad one."""
        stress = self.stress_value()
        if stress is None:
            raise InvalidMood(Problem.STRESS_NOT_INTEGER, "no stress level chosen")
        return make_mood_input(
            at=at,
            now=now,
            stress=stress,
            emotions=self.emotion_codes(),
            category=self.category_code(),
            note=self.note_text(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, assertive=True)  # a screen reader says it at once

    def show_problem(self, error: InvalidMood) -> None:
        self.show_error(self.problem_text(error))

    def problem_text(self, error: InvalidMood) -> str:
        if error.problem is Problem.STRESS_NOT_INTEGER:
            return self.tr("Choose your stress first: press a number from 0 to 10.")
        if error.problem is Problem.NOTE_TOO_LONG:
            return (
                self.tr("The note is %1 characters long; at most %2 fit. Please shorten it.")
                .replace("%1", error.detail)
                .replace("%2", str(NOTE_MAX_CHARS))
            )
        if error.problem in (Problem.NOTE_CONTROL_CHARACTER, Problem.NOTE_NOT_TEXT):
            return self.tr(
                "The note contains an invisible control character (%1), probably from a paste. "
                "Please remove it."
            ).replace("%1", error.detail)
        if error.problem is Problem.TIME_IN_FUTURE:
            return self.tr("The time is in the future. Choose a time that has passed.")
        if error.problem is Problem.TIME_TOO_EARLY:
            return self.tr("The time is too long ago. Choose a time after the year 2000.")
        return str(error)

    def _update_counter(self) -> None:
        length = len(self.note.toPlainText())
        self.counter.setText(f"{length} / {NOTE_MAX_CHARS}")
        over = length > NOTE_MAX_CHARS or first_forbidden_character(self.note_text()) is not None
        self.counter.setProperty("over", over)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    # -- language ----------------------------------------------------------------------------

    def set_past(self, past: bool) -> None:
        """Ask about the time of an entry being edited ("were you then"), not about now."""
        self._past = past
        self.retranslate(self._language)

    def has_note(self) -> bool:
        return bool(self.note_text().strip())

    def retranslate(self, language: str) -> None:
        self._language = language
        self.stress_label.setText(
            self.tr("How stressed were you then? (0 = calm, 10 = at your limit)")
            if self._past
            else self.tr("How stressed are you right now? (0 = calm, 10 = at your limit)")
        )
        self.stress.setAccessibleName(self.stress_label.text())
        self.stress.set_accessible_names(self.tr("Stress {}"))
        self.stress_hint.setText(self.tr("Keys 0–9 choose, 1 then 0 for 10, ↑ ↓ adjust"))
        self.stress.set_accessible_help(self.stress_hint.text(), self.tr("Not chosen yet."))
        self.emotions_label.setText(self.tr("Emotions (any that fit)"))
        self.emotions.set_labels(
            {code: self._vocabulary.emotion(code, language) for code in EMOTIONS},
            self.tr("Emotion"),
        )
        self.category_label.setText(self.tr("Call type"))
        self.categories.set_labels(
            {code: self._vocabulary.category(code, language) for code in CATEGORIES},
            self.tr("Call type"),
        )
        self.note_label.setText(self.tr("&Note (optional)"))
        self.note.setPlaceholderText(self.tr("What happened, in a few words"))
        self.note.setAccessibleName(self.tr("Note"))
        self._update_counter()
