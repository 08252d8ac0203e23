"""The guided page every exercise is: the distress question before, the exercise, the question
after, then Done records one ExerciseUse and the page ends on what changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.reframing import Exercise
from companion.domain.clock import Clock
from companion.domain.payoff import exercise_payoff
from companion.domain.thoughts import ExerciseUse
from companion.ui.exercises.widgets import (
    _ENTER_KEYS,
    AFTER,
    BEFORE,
    DONE,
    WORK,
    DistressQuestion,
    _button,
    _steps_html,
    _wrapped,
)
from companion.ui.lines import keep_last_two
from companion.ui.payoff_words import big_label, distress_name, exercise_sentence, show_changes

# -- the guided page -------------------------------------------------------------------------


class ExercisePage(QWidget):
    """One exercise in three steps: before (distress), the exercise, after (distress, Done).

    Subclasses add the exercise itself: `build_work`, `begin_work`, `details` and the rest.
    """

    timed = False
    steps_before = True  # show the content's steps on the first step

    def __init__(
        self, code: str, clock: Clock, monotonic: Callable[[], float], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"exercise_{code}")
        self._clock = clock
        self._monotonic = monotonic
        self.language = "en"
        self.exercise: Exercise | None = None
        self.started_at: datetime | None = None
        self.submit: Callable[[ExercisePage], None] | None = None  # set by the window

        self.title = _wrapped(self, "title")
        self.stage_hint = _wrapped(self, "hint")
        self.stages = QStackedWidget(self)

        self._build_before()

        _work, self.work_layout = self._stage()
        self.build_work(self.work_layout)

        self._build_after()

        self.message = _wrapped(self, "hint")
        self.back_button = _button(self, "back")
        self.next_button = _button(self, "next")
        self.done_button = _button(self, "done")
        nav = QHBoxLayout()
        nav.setSpacing(8)
        nav.addWidget(self.message, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.stage_hint)
        layout.addWidget(self.stages, 1)
        layout.addLayout(nav)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.done_button.clicked.connect(self.done)
        self.distress_before.submitted.connect(self.next)
        self.distress_after.submitted.connect(self.done)
        self.go(BEFORE, focus=False)

    def _build_before(self) -> None:
        """The first step: what the exercise is (and a note after an abusive customer), its steps,
        the distress before."""
        before, self.before_layout = self._stage()
        self.intro = _wrapped(before)
        self.abuse_note = _wrapped(before)  # after an abusive customer, where the content has one
        self.abuse_note.setObjectName("abuseNote")
        self.abuse_note.hide()
        self._after_abuse = False
        self.steps = QLabel(before)
        self.steps.setObjectName("steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.distress_before = DistressQuestion(before, monotonic=self._monotonic)
        self.before_layout.addWidget(self.intro)
        self.before_layout.addWidget(self.abuse_note)
        self.before_layout.addWidget(self.steps)
        self.before_layout.addWidget(self.distress_before)
        self.build_before_options(self.before_layout)  # after it, as in the Tab order
        self.before_layout.addStretch(1)

    def _build_after(self) -> None:
        """The last steps: a recap and the distress after; then what changed, once Done recorded
        it."""
        after, after_layout = self._stage()
        self.recap = _wrapped(after, "recap")
        self.recap.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.distress_after = DistressQuestion(after, monotonic=self._monotonic)
        after_layout.addWidget(self.recap)
        after_layout.addWidget(self.distress_after)
        after_layout.addStretch(1)

        done, done_layout = self._stage()  # what changed, once Done recorded it
        self.result_title = _wrapped(done)
        self.result_lines = [big_label(done, "change")]
        self.result_text = _wrapped(done)
        self.result_text.setObjectName("payoffSentence")
        done_layout.addWidget(self.result_title)
        done_layout.addWidget(self.result_lines[0])
        done_layout.addWidget(self.result_text)
        done_layout.addStretch(1)
        self.recorded: ExerciseUse | None = None

    def _stage(self) -> tuple[QScrollArea, QVBoxLayout]:
        """A step's area: it scrolls rather than clips when the window is small."""
        area = QScrollArea(self.stages)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(area)
        inner.setObjectName("stage")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.setSpacing(10)
        area.setWidget(inner)
        self.stages.addWidget(area)
        return area, layout

    # -- for the exercises to fill in ------------------------------------------------------------

    def build_before_options(self, layout: QVBoxLayout) -> None:
        """Choices made before starting (how long, say)."""

    def build_work(self, layout: QVBoxLayout) -> None:
        """The exercise itself."""

    def begin_work(self) -> None:
        """Called when the exercise starts (leaving the first step)."""

    def work_focus(self) -> QWidget:
        return self

    def details(self) -> str:
        """The exercise's own text, as written, for the record."""
        return ""

    def extra(self) -> dict[str, str]:
        return {}

    def recap_text(self) -> str:
        return self.tr("Well done.")

    def reset_work(self) -> None:
        """Clear what was typed or run."""

    def retranslate_work(self) -> None:
        """Texts of the exercise (language and content are set)."""

    @property
    def running(self) -> bool:
        """A timed exercise is counting down."""
        return False

    def stop_early(self) -> None:
        """End a running timed exercise now."""

    def pause(self) -> None:
        """The window is out of sight: stop the timers, keep the exercise."""

    def resume(self) -> None:
        """Back on screen: timers again where something runs."""

    # -- flow ------------------------------------------------------------------------------------

    @property
    def stage(self) -> int:
        return self.stages.currentIndex()

    def go(self, stage: int, *, focus: bool = True) -> None:
        self.stages.setCurrentIndex(stage)
        self._update_nav()
        if stage == AFTER:
            self.recap.setText(self.recap_text())
            self.recap.setVisible(bool(self.recap.text()))
        if stage == DONE:
            self._show_result()
        if focus:
            self.focus_stage()

    def focus_stage(self) -> None:
        """Give the keyboard to where the current step begins."""
        if self.stage == BEFORE:
            self.distress_before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.stage == AFTER:
            self.distress_after.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.stage == DONE:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)  # "Do it again"
        else:
            self.work_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_nav(self) -> None:
        stage = self.stage
        running = self.running
        self.back_button.setVisible(stage not in (BEFORE, DONE) and not running)
        self.next_button.setVisible(stage in (BEFORE, DONE) or (stage == WORK and not self.timed))
        self.done_button.setVisible(stage == AFTER)
        self._retranslate_nav()

    def next(self) -> None:
        if self.stage == BEFORE:
            if self.started_at is None:
                self.started_at = self._clock.now()
            self.message.clear()
            self.go(WORK)
            self.begin_work()
            self._update_nav()
        elif self.stage == WORK and not self.running:
            self.go(AFTER)
        elif self.stage == DONE:  # "Do it again"
            self.reset()
            self.focus_stage()

    def back(self) -> None:
        if self.running or self.stage in (BEFORE, DONE):
            return
        self.message.clear()
        self.go(BEFORE if self.timed else self.stage - 1)

    def done(self) -> None:
        if self.stage == AFTER and self.submit is not None:
            self.submit(self)

    def finish(self, use: ExerciseUse) -> None:
        """`use` was recorded: end on what it changed. Choosing the exercise again, or
        "Do it again", starts afresh."""
        self.recorded = use
        self.message.clear()
        self.go(DONE, focus=False)

    def _show_result(self) -> None:
        use = self.recorded
        if use is None:
            return
        payoff = exercise_payoff(use)
        show_changes(self.result_lines, self, payoff, lambda _what: distress_name())
        self.result_title.setText(self.tr("Recorded"))
        self.result_text.setText(exercise_sentence(payoff))

    def reset(self) -> None:
        """Back to the start with nothing chosen or typed; nothing runs."""
        self.stop_timers()
        self.recorded = None
        self.started_at = None
        self.distress_before.set_value(None)
        self.distress_after.set_value(None)
        self.reset_work()
        self.message.clear()
        self.message.setObjectName("hint")
        self._repolish(self.message)
        self.go(BEFORE, focus=False)

    def stop_timers(self) -> None:
        """Stop whatever runs, without going on (used when leaving)."""

    def make_use(self, finished_at: datetime) -> ExerciseUse:
        before = self.distress_before.value()
        after = self.distress_after.value()
        return ExerciseUse(
            id=uuid.uuid4(),
            kind=self.code,
            started_at=self.started_at or finished_at,
            finished_at=finished_at,
            distress_before=None if before is None else float(before),
            distress_after=None if after is None else float(after),
            details=self.details(),
            extra=self.extra(),
        )

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setObjectName("error" if error else "hint")
        self._repolish(self.message)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter on the first and last steps (from the spin box or a choice) goes on; on the
        # exercise step the fields use Enter themselves.
        if event.key() in _ENTER_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if self.stage == BEFORE:
                self.next()
                return
            if self.stage == AFTER:
                self.done()
                return
            if self.stage == DONE:
                self.next()  # again
                return
        super().keyPressEvent(event)

    # -- language --------------------------------------------------------------------------------

    def set_after_abuse(self, after_abuse: bool) -> None:
        """After an entry tagged 客户辱骂: the exercise's line for it (积极赋意: a kinder reading
        never means putting up with abuse) shows under its introduction."""
        self._after_abuse = after_abuse
        text = self.exercise.after_abuse if self.exercise is not None else ""
        self.abuse_note.setVisible(after_abuse and bool(text))

    def retranslate(self, language: str, exercise: Exercise) -> None:
        self.language = language
        self.exercise = exercise
        self.title.setText(exercise.name)
        self.intro.setText(keep_last_two(exercise.intro or exercise.summary))
        self.abuse_note.setText(keep_last_two(exercise.after_abuse))
        self.abuse_note.setVisible(self._after_abuse and bool(exercise.after_abuse))
        self.steps.setText(_steps_html(tuple(keep_last_two(step) for step in exercise.steps)))
        self.steps.setVisible(self.steps_before)
        self.steps.setAccessibleName(self.tr("How it goes"))
        self.intro.setAccessibleName(self.tr("About this exercise"))
        self.distress_before.retranslate(language)
        self.distress_after.retranslate(language)
        self.recap.setAccessibleName(self.tr("What you did"))
        self.message.setAccessibleName(self.tr("Message"))
        self.retranslate_work()
        self._retranslate_nav()
        if self.stage == AFTER:
            self.recap.setText(self.recap_text())
        self._show_result()

    def _retranslate_nav(self) -> None:
        stage_names = (
            self.tr("Step 1 of 3: before you start"),
            self.tr("Step 2 of 3: the exercise"),
            self.tr("Step 3 of 3: how are you now?"),
            self.tr("Done: what changed"),
        )
        self.stage_hint.setText(stage_names[self.stage])
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back one step"))
        if self.stage == BEFORE:
            self.next_button.setText(self.tr("&Start"))
            self.next_button.setAccessibleName(self.tr("Start the exercise"))
        elif self.stage == DONE:
            self.next_button.setText(self.tr("Do it &again"))
            self.next_button.setAccessibleName(self.tr("Do this exercise again"))
        else:
            self.next_button.setText(self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Next step"))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done: record this exercise"))
