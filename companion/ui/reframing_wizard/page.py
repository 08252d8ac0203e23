"""The step page: what every step of the wizard is to its window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from companion.domain.thoughts import ThoughtRecord
from companion.ui.reframing_wizard.widgets import Words


class StepPage:
    """One step of the thought record: its widget in the window's stack, its title and
    explanation, and its part of the record.

    The window calls `load` when a record is shown, `enter` before the step is shown (with the
    answers so far), `leave` when it moves on, and `answers` to gather the record; a step whose
    `problem` is not None cannot be passed (the thought, while it is empty).
    """

    def __init__(self, host: QWidget, changed: Callable[[], None]) -> None:
        self.host = host  # the wizard: a step's widgets are made in its window
        self.changed = changed  # something was typed or chosen: the draft is saved soon
        self.words: Words | None = None
        self.widget = self.build()

    def build(self) -> QWidget:
        """The step's widget, as the window's stack shows it."""
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def explain(self) -> str:
        raise NotImplementedError

    def retranslate(self, words: Words) -> None:
        self.words = words

    def load(self, record: ThoughtRecord) -> None:
        """Show what `record` holds for this step."""

    def answers(self, record: ThoughtRecord) -> ThoughtRecord:
        """`record` with this step's answers."""
        return record

    def enter(self, record: ThoughtRecord) -> None:
        """The step is about to be shown; `record` holds the answers so far."""

    def leave(self) -> None:
        """The step is left for another."""

    @property
    def ready(self) -> bool:
        """Next may be pressed."""
        return self.problem() is None

    def problem(self) -> str | None:
        """Why the step cannot be passed yet (None: it can)."""
        return None

    def show_problem(self, problem: str | None) -> None:
        """Say `problem` on the step (None: say nothing)."""

    def focus_widget(self) -> QWidget:
        """What takes the keyboard when the step is shown."""
        return self.widget
