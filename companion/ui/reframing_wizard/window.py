"""The wizard's window: the step shown with its number, title and explanation, the thought kept
in view, Back / Next / Finish, the draft saved as it is typed, and the keys."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.thoughts import EmotionRating, ThoughtRecord
from companion.ui.reframing_wizard.balanced import BalancedPage, ReratePage
from companion.ui.reframing_wizard.end import EndPage
from companion.ui.reframing_wizard.facts import EmotionsPage, SituationPage, ThoughtPage
from companion.ui.reframing_wizard.page import StepPage
from companion.ui.reframing_wizard.traps import DistortionsPage, QuestionsPage
from companion.ui.reframing_wizard.widgets import (
    AUTOSAVE_MS,
    END,
    STEPS,
    THOUGHT,
    RatingRows,
    Words,
    banner,
    wrapped,
)
from companion.ui.screen_fit import scrolled

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from companion.content.reframing import ReframingContent


class ReframingWizard(QWidget):
    """One thought record at a time; `save` keeps drafts, `finish` the finished record."""

    finished = Signal(object)  # the finished ThoughtRecord

    def __init__(
        self,
        save: Callable[[ThoughtRecord], object],
        clock: Clock,
        vocabulary: Vocabulary,
        content: Callable[[str], ReframingContent],
        suggest: Callable[[str], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reframing")
        self._save = save
        self._clock = clock
        self._vocabulary = vocabulary
        self._content_for = content
        self.record: ThoughtRecord | None = None
        self.ended: ThoughtRecord | None = None  # the record just finished, shown on END
        self._loading = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("hint")
        self.title = wrapped(self)
        self.title.setObjectName("title")
        self.explain = wrapped(self)
        self.thought_banner = banner(self)
        self.pages = QStackedWidget(self)
        self._make_steps(suggest)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.finish_button = QPushButton(self)
        self.close_button = QPushButton(self)  # on the end page only
        self.next_button.setDefault(True)
        self.save_error = wrapped(self)  # when the record could not be written
        self.save_error.setObjectName("error")
        self.save_error.hide()
        self._lay_out()

        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.finish_button.clicked.connect(self.finish)
        self.close_button.clicked.connect(self.close)
        self.thought.textChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # the draft is kept
        self.resize(720, 600)

    # -- building ----------------------------------------------------------------------------

    def _make_steps(self, suggest: Callable[[str], list[str]]) -> None:
        """The seven steps in order, then the end, each a page of the stack."""
        changed = self._changed
        self.situation_page = SituationPage(self, changed)
        self.thought_page = ThoughtPage(self, changed)
        self.emotions_page = EmotionsPage(self, changed)
        self.distortions_page = DistortionsPage(self, changed, suggest)
        self.questions_page = QuestionsPage(self, changed)
        self.balanced_page = BalancedPage(self, changed)
        self.rerate_page = ReratePage(self, changed)
        self.end_page = EndPage(self, changed)
        self.steps: list[StepPage] = [
            self.situation_page,
            self.thought_page,
            self.emotions_page,
            self.distortions_page,
            self.questions_page,
            self.balanced_page,
            self.rerate_page,
        ]
        for page in [*self.steps, self.end_page]:
            self.pages.addWidget(page.widget)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.close_button)
        steps_host = QWidget(self)  # it scrolls on a short screen; Back, Next, Finish stay in view
        steps = QVBoxLayout(steps_host)
        steps.setContentsMargins(0, 0, 0, 0)
        for widget in (self.step_label, self.title, self.explain, self.thought_banner):
            steps.addWidget(widget)
        steps.addWidget(self.pages, 1)
        steps.addWidget(self.save_error)
        self.scroller = scrolled(steps_host, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)

    # -- the steps' controls, by name (the app's features, tests and scripts read them) --------

    @property
    def situation(self) -> QPlainTextEdit:
        return self.situation_page.edit

    @property
    def thought(self) -> QPlainTextEdit:
        return self.thought_page.edit

    @property
    def thought_error(self) -> QLabel:
        return self.thought_page.error

    @property
    def emotions(self) -> RatingRows:
        return self.emotions_page.rows

    @property
    def distortion_boxes(self) -> dict[str, QCheckBox]:
        return self.distortions_page.boxes

    @property
    def distortion_texts(self) -> dict[str, QLabel]:
        return self.distortions_page.texts

    @property
    def suggested_label(self) -> QLabel:
        return self.distortions_page.suggested_label

    @property
    def balanced(self) -> QPlainTextEdit:
        return self.balanced_page.edit

    @property
    def examples(self) -> QListWidget:
        return self.balanced_page.examples

    @property
    def belief(self) -> QSlider:
        return self.balanced_page.belief

    @property
    def rerate(self) -> RatingRows:
        return self.rerate_page.rows

    @property
    def end_lines(self) -> list[QLabel]:
        return self.end_page.lines

    @property
    def end_text(self) -> QLabel:
        return self.end_page.sentence

    @property
    def end_balanced(self) -> QLabel:
        return self.end_page.balanced

    # -- language ----------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        words = Words(
            language,
            self._content_for(language),
            lambda code: self._vocabulary.emotion(code, language),
        )
        for page in [*self.steps, self.end_page]:
            page.retranslate(words)
        self.setWindowTitle(self.tr("Reframe a thought · Companion"))
        self.back_button.setText(self.tr("&Back"))
        self.finish_button.setText(self.tr("&Finish"))
        self.close_button.setText(self.tr("&Close"))
        self._show_step()

    def set_after_abuse(self, after_abuse: bool) -> None:
        """After an entry tagged 客户辱骂: the definitions that carry a line for it (personalising:
        not your fault, not yours to bear) show it."""
        self.distortions_page.set_after_abuse(after_abuse)

    # -- records -----------------------------------------------------------------------------

    def start_new(
        self, mood_entry_id: uuid.UUID | None = None, emotions: tuple[str, ...] = ()
    ) -> None:
        self.load(blank_record(self._clock.now(), mood_entry_id, emotions))

    def load(self, record: ThoughtRecord) -> None:
        """Show a record (new, or a draft to resume) at the step where it was left."""
        self._loading = True
        try:
            self.record = record
            self.ended = None
            for page in self.steps:
                page.load(record)
        finally:
            self._loading = False
        self.go(min(max(record.step, 0), STEPS - 1), save=False)

    def current(self, *, draft: bool) -> ThoughtRecord:
        assert self.record is not None
        return self._answers(self.record, draft=draft)

    def _answers(self, record: ThoughtRecord, *, draft: bool) -> ThoughtRecord:
        """`record` with every step's answers, at the step shown."""
        record = replace(
            record, updated_at=self._clock.now(), is_draft=draft, step=self.pages.currentIndex()
        )
        for page in self.steps:
            record = page.answers(record)
        return record

    def _has_content(self) -> bool:
        return bool(self.situation.toPlainText().strip() or self.thought.toPlainText().strip())

    def save_draft(self) -> None:
        self._autosave.stop()
        if self.record is None or self._loading or not self._has_content():
            return
        record = self.current(draft=True)
        self._write(record)
        self.record = record

    def _write(self, record: ThoughtRecord) -> bool:
        """Save `record`; when that fails (a full disk, a locked file), say so in the window,
        which keeps everything typed, and try again at the next change or Finish."""
        try:
            self._save(record)
        except Exception:
            log.exception("saving thought record %s failed", record.id)
            self.save_error.setText(
                self.tr(
                    "Your thought record could not be saved just now; everything you wrote is "
                    "still here. Companion tries again as you go on, or press Finish again."
                )
            )
            self.save_error.show()
            return False
        self.save_error.hide()
        return True

    def _changed(self) -> None:
        if not self._loading:
            self._autosave.start()

    def finish(self) -> None:
        for step, page in enumerate(self.steps):
            problem = page.problem()
            if problem is not None:  # the thought, the one step needed
                self.go(step)
                page.show_problem(problem)
                return
        record = self.current(draft=False)
        if not self._write(record):
            return
        self._autosave.stop()
        self.record = None
        self._show_end(record)
        self.finished.emit(record)

    def _show_end(self, record: ThoughtRecord) -> None:
        """The end: what changed. Close (Enter, Esc) leaves."""
        self.ended = record
        self.pages.setCurrentIndex(END)
        self._show_step()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- moving between steps ----------------------------------------------------------------

    def go(self, step: int, *, save: bool = True) -> None:
        if not 0 <= step < STEPS:
            return
        leaving = self.pages.currentIndex()
        step = self._first_open(step)
        answers = self._answers(self.record or blank_record(self._clock.now()), draft=True)
        if leaving < STEPS:
            self.steps[leaving].leave()
        page = self.steps[step]
        page.enter(answers)
        self.pages.setCurrentIndex(step)
        self._show_step()
        page.focus_widget().setFocus()
        if save and self.record is not None:
            self.save_draft()

    def _first_open(self, step: int) -> int:
        """`step`, or the first step before it that cannot be passed yet (saying why there)."""
        blocked: int | None = None
        for index, page in enumerate(self.steps):
            problem = page.problem() if index < step and blocked is None else None
            if problem is not None:
                blocked = index
            page.show_problem(problem)
        return step if blocked is None else blocked

    def _show_step(self) -> None:
        step = self.pages.currentIndex()
        page = self.end_page if step == END else self.steps[step]
        self.step_label.setVisible(step < STEPS)
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", str(STEPS))
        )
        self.title.setText(page.title())
        self.explain.setText(page.explain())
        self.explain.setVisible(True)
        thought = self.thought.toPlainText().strip()
        self.thought_banner.setVisible(step > THOUGHT and bool(thought))
        self.thought_banner.setText(self.tr("Your thought: “%1”").replace("%1", thought))
        if step == END and self.ended is not None:
            self.end_page.show(self.ended)
            self.thought_banner.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        ended = step == END
        for button in (self.back_button, self.finish_button):
            button.setVisible(not ended)
        self.close_button.setVisible(ended)
        self.close_button.setDefault(ended)
        self.next_button.setDefault(not ended)
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(step < STEPS - 1)
        # One stable key for keyboard users (Alt+N), whether a step was filled in or skipped.
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setEnabled(ended or self.steps[step].ready)

    # -- keys and closing --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.pages.currentIndex() == END and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.close()  # the end page: Enter closes, as Esc does
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_draft()  # an unfinished record stays as a draft
        super().closeEvent(event)


def blank_record(
    now: datetime, mood_entry_id: uuid.UUID | None = None, emotions: tuple[str, ...] = ()
) -> ThoughtRecord:
    """A new record: nothing written yet, the emotions of the mood entry it comes from (if any)
    ticked at 50."""
    return ThoughtRecord(
        id=uuid.uuid4(),
        created_at=now,
        updated_at=now,
        automatic_thought="",
        emotions_before=tuple(EmotionRating(code, 50) for code in emotions),
        mood_entry_id=mood_entry_id,
    )
