"""The guided reframing exercise (a thought record), one step at a time.

Situation → automatic thought → emotions and how strong → distortions (suggested from the
wording; the agent decides) → questions with evidence for and against → a balanced thought and
how much it is believed → the emotions re-rated. Only the thought is required; every other step
can be skipped. Back and forward keep what was typed, and the record is saved as a draft while it
is typed, so closing the window (or a crash) loses nothing. Finish ends on what changed, said
plainly ("angry 80 → 45"), with one calm sentence (`ui.payoff_words`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import EMOTIONS
from companion.domain.payoff import thought_payoff
from companion.domain.thoughts import DISTORTION_CODES, EmotionRating, Evidence, ThoughtRecord
from companion.ui.lines import keep_last_two
from companion.ui.payoff_words import big_label, show_changes, thought_sentence
from companion.ui.screen_fit import scrolled

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from companion.content.reframing import ReframingContent

SITUATION, THOUGHT, EMOTIONS_STEP, DISTORTIONS, QUESTIONS, BALANCED, RERATE = range(7)
STEPS = 7
END = STEPS  # the page after Finish: what changed (not a step)
AUTOSAVE_MS = 400


def _text_edit(parent: QWidget, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class RatingRows(QWidget):
    """A row per emotion: tick it, then say how strong it is (0-100). The strength appears only
    for a ticked emotion: ten sliders at 50 beside unticked ones read as ten answers."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.sliders: dict[str, QSlider] = {}
        self.values_shown: dict[str, QLabel] = {}
        self._only: set[str] | None = None  # the emotions shown (None: all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for code in EMOTIONS:
            row = QHBoxLayout()
            box = QCheckBox(self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 100)
            slider.setSingleStep(5)
            slider.setPageStep(10)
            slider.setValue(50)
            slider.setEnabled(False)
            shown = QLabel("50", self)
            shown.setMinimumWidth(28)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            box.toggled.connect(lambda _on, c=code: self._sync(c))
            box.toggled.connect(lambda _on: self.changed.emit())
            slider.valueChanged.connect(lambda value, label=shown: label.setText(str(value)))
            slider.valueChanged.connect(lambda _value: self.changed.emit())
            row.addWidget(box, 2)
            row.addWidget(slider, 3)
            row.addWidget(shown)
            layout.addLayout(row)
            self.boxes[code], self.sliders[code], self.values_shown[code] = box, slider, shown
            self._sync(code)

    def _sync(self, code: str) -> None:
        """A row shown (all, or those of `show_only`); its strength only once it is ticked."""
        shown = self._only is None or code in self._only
        ticked = self.boxes[code].isChecked()
        for widget in (self.sliders[code], self.values_shown[code]):
            policy = widget.sizePolicy()  # a shown row keeps its height as it is ticked
            policy.setRetainSizeWhenHidden(shown)
            widget.setSizePolicy(policy)
        self.boxes[code].setVisible(shown)
        self.sliders[code].setEnabled(ticked)
        self.sliders[code].setVisible(shown and ticked)
        self.values_shown[code].setVisible(shown and ticked)

    def set_labels(self, labels: dict[str, str], strength: str) -> None:
        for code, box in self.boxes.items():
            box.setText(labels[code])
            self.sliders[code].setAccessibleName(strength.replace("%1", labels[code]))

    def values(self) -> tuple[EmotionRating, ...]:
        return tuple(
            EmotionRating(code, self.sliders[code].value())
            for code, box in self.boxes.items()
            if box.isChecked() and not box.isHidden()
        )

    def set_values(self, ratings: tuple[EmotionRating, ...]) -> None:
        chosen = {rating.emotion: rating.intensity for rating in ratings}
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
            self.sliders[code].setValue(chosen.get(code, 50))

    def show_only(self, codes: set[str] | None) -> None:
        """Show every emotion (None) or only some (the re-rating step)."""
        self._only = None if codes is None else set(codes)
        for code in self.boxes:
            self._sync(code)


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
        self._suggest = suggest
        self._language = "en"
        self._after_abuse = False  # after an abusive customer (companion.domain.abuse)
        self._content: ReframingContent | None = None
        self.record: ThoughtRecord | None = None
        self._loading = False
        self._suggested: list[str] = []
        self._evidence_edits: dict[str, tuple[QPlainTextEdit, QPlainTextEdit]] = {}
        self._evidence_text: dict[str, tuple[str, str]] = {}
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("hint")
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.thought_banner = QLabel(self)
        self.thought_banner.setObjectName("thoughtBanner")
        self.thought_banner.setWordWrap(True)
        self.thought_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.thought_banner.setMargin(8)
        self.pages = QStackedWidget(self)

        self.situation = _text_edit(self, 120)
        self.thought = _text_edit(self, 90)
        self.emotions = RatingRows(self)
        self.distortion_boxes: dict[str, QCheckBox] = {}
        self.distortion_texts: dict[str, QLabel] = {}
        self.suggested_label = QLabel(self)
        self.suggested_label.setWordWrap(True)
        self.questions_area = QWidget(self)
        self.questions_layout = QVBoxLayout(self.questions_area)
        self.no_distortions = QLabel(self.questions_area)  # laid out with the questions
        self.no_distortions.setWordWrap(True)
        self.no_distortions.hide()
        self.questions_layout.addWidget(self.no_distortions)
        self.balanced = _text_edit(self, 80)
        self.examples_label = QLabel(self)
        self.examples = QListWidget(self)
        self.belief_label = QLabel(self)
        self.belief = QSlider(Qt.Orientation.Horizontal, self)
        self.belief.setRange(0, 100)
        self.belief.setSingleStep(5)
        self.belief.setPageStep(10)
        self.belief_value = QLabel(self)
        self.belief_set = False
        self.rerate = RatingRows(self)
        self.rerate_none = QLabel(self)
        self.rerate_none.setWordWrap(True)
        self.thought_error = QLabel(self)
        self.thought_error.setObjectName("error")
        self.thought_error.setWordWrap(True)
        self.thought_error.hide()
        self.ended: ThoughtRecord | None = None  # the record just finished, shown on END
        self.end_intro = QLabel(self)
        self.end_intro.setWordWrap(True)
        self.end_lines = [big_label(self, "change") for _code in EMOTIONS]
        for line in self.end_lines:
            line.hide()  # shown as needed: hidden, they add nothing to the steps' height
        self.end_text = QLabel(self)
        self.end_text.setObjectName("payoffSentence")
        self.end_text.setWordWrap(True)
        self.end_balanced = QLabel(self)
        self.end_balanced.setObjectName("thoughtBanner")
        self.end_balanced.setWordWrap(True)
        self.end_balanced.setFrameShape(QFrame.Shape.StyledPanel)
        self.end_balanced.setMargin(8)

        for page in (
            self._page(self.situation),
            self._page(self.thought, self.thought_error),
            self._page(self.emotions),
            self._distortions_page(),
            self._scroll(self.questions_area),
            self._balanced_page(),
            self._page(self.rerate, self.rerate_none),
            self._end_page(),
        ):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.finish_button = QPushButton(self)
        self.close_button = QPushButton(self)  # on the end page only
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.close_button)
        steps_host = QWidget(self)  # it scrolls on a short screen; Back, Next, Finish stay in view
        steps = QVBoxLayout(steps_host)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addWidget(self.step_label)
        steps.addWidget(self.title)
        steps.addWidget(self.explain)
        steps.addWidget(self.thought_banner)
        steps.addWidget(self.pages, 1)
        self.save_error = QLabel(self)  # when the record could not be written
        self.save_error.setObjectName("error")
        self.save_error.setWordWrap(True)
        self.save_error.hide()
        steps.addWidget(self.save_error)
        self.scroller = scrolled(steps_host, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.finish_button.clicked.connect(self.finish)
        self.close_button.clicked.connect(self.close)
        for edit in (self.situation, self.thought, self.balanced):
            edit.textChanged.connect(self._changed)
        self.thought.textChanged.connect(self._update_buttons)
        self.emotions.changed.connect(self._changed)
        self.rerate.changed.connect(self._changed)
        self.belief.valueChanged.connect(self._belief_moved)
        self.examples.itemActivated.connect(self._use_example)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # the draft is kept
        self.resize(720, 600)

    # -- building ----------------------------------------------------------------------------

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        # no Tab stop of its own (a nameless filler): Tab goes to what it holds
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(inner)
        return area

    def _distortions_page(self) -> QWidget:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.suggested_label)
        for code in DISTORTION_CODES:
            box = QCheckBox(inner)
            text = QLabel(inner)
            text.setWordWrap(True)
            text.setObjectName("hint")
            text.setContentsMargins(24, 0, 0, 6)
            box.toggled.connect(self._changed)
            layout.addWidget(box)
            layout.addWidget(text)
            self.distortion_boxes[code], self.distortion_texts[code] = box, text
        layout.addStretch(1)
        return self._scroll(inner)

    def _end_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.end_intro)
        for line in self.end_lines:
            layout.addWidget(line)
        layout.addSpacing(4)
        layout.addWidget(self.end_text)
        layout.addSpacing(12)
        layout.addWidget(self.end_balanced)
        layout.addStretch(1)
        return page

    def _balanced_page(self) -> QWidget:
        belief_row = QHBoxLayout()
        belief_row.addWidget(self.belief, 1)
        belief_row.addWidget(self.belief_value)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.balanced)
        layout.addWidget(self.examples_label)
        layout.addWidget(self.examples, 1)
        layout.addWidget(self.belief_label)
        layout.addLayout(belief_row)
        return page

    # -- language ----------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self._language = language
        self._content = self._content_for(language)
        labels = {code: self._vocabulary.emotion(code, language) for code in EMOTIONS}
        self.emotions.set_labels(labels, self.tr("How strong: %1"))
        self.rerate.set_labels(labels, self.tr("How strong now: %1"))
        for code, box in self.distortion_boxes.items():
            box.setText(self._content.distortions[code].name)
        self._explain_distortions()
        self.setWindowTitle(self.tr("Reframe a thought · Companion"))
        self.back_button.setText(self.tr("&Back"))
        self.finish_button.setText(self.tr("&Finish"))
        self.close_button.setText(self.tr("&Close"))
        self.situation.setPlaceholderText(
            self.tr(
                "Only what a camera would have seen and heard, e.g. “The customer said the "
                "parcel was late and asked for a refund.”"
            )
        )
        self.thought.setPlaceholderText(
            self.tr("The words that went through your head, e.g. “It's my fault again.”")
        )
        self.balanced.setPlaceholderText(self.tr("A fairer way to see it, in your own words"))
        self.examples_label.setText(self.tr("Examples (Enter or double-click to use one):"))
        self.belief_label.setText(self.tr("How much do you believe this balanced thought?"))
        self.no_distortions.setText(
            self.tr("No distortion chosen. Go back to choose one, or skip this step.")
        )
        self.rerate_none.setText(
            self.tr("You rated no emotions before; go back to rate them, or finish here.")
        )
        for widget, name in (
            (self.situation, self.tr("Situation")),
            (self.thought, self.tr("Automatic thought")),
            (self.balanced, self.tr("Balanced thought")),
            (self.examples, self.tr("Examples of balanced thoughts")),
            (self.belief, self.tr("How much you believe the balanced thought, 0 to 100")),
        ):
            widget.setAccessibleName(name)
        self.examples.setAccessibleDescription(
            self.tr("Enter or double-click uses the chosen example as your balanced thought.")
        )
        self._show_step()

    def set_after_abuse(self, after_abuse: bool) -> None:
        """After an entry tagged 客户辱骂: the definitions that carry a line for it (personalising:
        not your fault, not yours to bear) show it."""
        self._after_abuse = after_abuse
        self._explain_distortions()

    def _explain_distortions(self) -> None:
        if self._content is None:
            return
        for code in self.distortion_boxes:
            distortion = self._content.distortions[code]
            example = distortion.examples[0] if distortion.examples else ""
            lines = [distortion.definition]
            if self._after_abuse and distortion.after_abuse:
                lines.append(distortion.after_abuse)
            lines.append(self.tr("For example: “%1”").replace("%1", example))
            self.distortion_texts[code].setText("\n".join(lines))

    def _step_texts(self, step: int) -> tuple[str, str]:
        texts = {
            SITUATION: (
                self.tr("What happened?"),
                self.tr("Describe the situation in a sentence or two, facts only."),
            ),
            THOUGHT: (
                self.tr("What went through your mind?"),
                self.tr(
                    "Write the thought as it came, even if it seems harsh. This is the one "
                    "step you cannot skip."
                ),
            ),
            EMOTIONS_STEP: (
                self.tr("What did you feel, and how strongly?"),
                self.tr("Tick each emotion and set how strong it was, 0 to 100."),
            ),
            DISTORTIONS: (
                self.tr("Which thinking traps fit?"),
                self.tr("Choose any that fit. The suggestions come from your wording; you decide."),
            ),
            QUESTIONS: (
                self.tr("Test the thought"),
                self.tr(
                    "Answer the questions for each trap you chose: what speaks for the "
                    "thought, and what speaks against it?"
                ),
            ),
            BALANCED: (
                self.tr("A balanced thought"),
                self.tr("Write a thought that takes all the evidence into account."),
            ),
            RERATE: (
                self.tr("How strong are the emotions now?"),
                self.tr("Rate them again; any change, however small, counts."),
            ),
            END: (
                self.tr("Your thought record is saved"),
                self.tr("You can read it again under Thought records in the tray menu."),
            ),
        }
        return texts[step]

    # -- records -----------------------------------------------------------------------------

    def start_new(
        self, mood_entry_id: uuid.UUID | None = None, emotions: tuple[str, ...] = ()
    ) -> None:
        now = self._clock.now()
        self.load(
            ThoughtRecord(
                id=uuid.uuid4(),
                created_at=now,
                updated_at=now,
                automatic_thought="",
                emotions_before=tuple(EmotionRating(code, 50) for code in emotions),
                mood_entry_id=mood_entry_id,
            )
        )

    def load(self, record: ThoughtRecord) -> None:
        """Show a record (new, or a draft to resume) at the step where it was left."""
        self._loading = True
        try:
            self.record = record
            self.ended = None
            self.situation.setPlainText(record.situation)
            self.thought.setPlainText(record.automatic_thought)
            self.emotions.set_values(record.emotions_before)
            for code, box in self.distortion_boxes.items():
                box.setChecked(code in record.distortions)
            self._evidence_text = {
                item.distortion: (item.evidence_for, item.evidence_against)
                for item in record.evidence
            }
            self.balanced.setPlainText(record.balanced_thought)
            self.belief_set = record.belief is not None
            self.belief.setValue(record.belief if record.belief is not None else 50)
            self.rerate.set_values(record.emotions_after or record.emotions_before)
            self._suggested = []
        finally:
            self._loading = False
        self.go(min(max(record.step, 0), STEPS - 1), save=False)

    def current(self, *, draft: bool) -> ThoughtRecord:
        assert self.record is not None
        self._keep_evidence()
        chosen = tuple(code for code, box in self.distortion_boxes.items() if box.isChecked())
        return replace(
            self.record,
            updated_at=self._clock.now(),
            situation=self.situation.toPlainText(),
            automatic_thought=self.thought.toPlainText(),
            emotions_before=self.emotions.values(),
            distortions=chosen,
            evidence=tuple(
                Evidence(code, *self._evidence_text[code])
                for code in chosen
                if code in self._evidence_text and any(self._evidence_text[code])
            ),
            balanced_thought=self.balanced.toPlainText(),
            belief=self.belief.value() if self.belief_set else None,
            emotions_after=self.rerate.values()
            if self.pages.currentIndex() >= RERATE or self.record.emotions_after
            else (),
            is_draft=draft,
            step=self.pages.currentIndex(),
        )

    def _has_content(self) -> bool:
        return bool(self.situation.toPlainText().strip() or self.thought.toPlainText().strip())

    def save_draft(self) -> None:
        self._autosave.stop()
        if self.record is None or self._loading or not self._has_content():
            return
        self.record = self._save_or_report(self.current(draft=True))

    def _save_or_report(self, record: ThoughtRecord) -> ThoughtRecord:
        self._write(record)
        return record

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

    def _belief_moved(self, value: int) -> None:
        self.belief_value.setText(str(value))
        if not self._loading:
            self.belief_set = True
            self._changed()

    def finish(self) -> None:
        if not self.thought.toPlainText().strip():
            self.go(THOUGHT)
            self.thought_error.setText(
                self.tr("Write the thought first; it is the one step needed.")
            )
            self.thought_error.show()
            return
        record = self.current(draft=False)
        if not self._write(record):
            return
        self._autosave.stop()
        self.record = None
        self._show_end(record)
        self.finished.emit(record)

    def _show_end(self, record: ThoughtRecord) -> None:
        """The end: each emotion before → after, strongest first, and one calm sentence; the
        balanced thought stays in view. Close (Enter, Esc) leaves."""
        self.ended = record
        self.pages.setCurrentIndex(END)
        self._show_step()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_payoff(self) -> None:
        record = self.ended
        if record is None:
            return
        payoff = thought_payoff(record)
        language = self._language
        show_changes(
            self.end_lines, self, payoff, lambda code: self._vocabulary.emotion(code, language)
        )
        self.end_intro.setText(self.tr("How strong the emotions were before, and after:"))
        self.end_intro.setVisible(bool(payoff.changes))
        self.end_text.setText(thought_sentence(payoff))
        self.end_text.setVisible(bool(payoff.changes))  # else the line above says it all
        balanced = record.balanced_thought.strip()
        self.thought_banner.hide()
        self.end_balanced.setVisible(bool(balanced))
        self.end_balanced.setText(self.tr("Your balanced thought: “%1”").replace("%1", balanced))

    # -- moving between steps ----------------------------------------------------------------

    def go(self, step: int, *, save: bool = True) -> None:
        if not 0 <= step < STEPS:
            return
        leaving = self.pages.currentIndex()
        if step > THOUGHT and not self.thought.toPlainText().strip():
            step = THOUGHT  # the thought is the one required step
            self.thought_error.setText(
                self.tr("Write the thought first; it is the one step needed.")
            )
            self.thought_error.show()
        else:
            self.thought_error.hide()
        if leaving == QUESTIONS:
            self._keep_evidence()
        if step == DISTORTIONS:
            self._offer_suggestions()
        if step == QUESTIONS:
            self._build_questions()
        if step == BALANCED:
            self._fill_examples()
        if step == RERATE:
            before = {rating.emotion for rating in self.emotions.values()}
            self.rerate.show_only(before)
            self.rerate_none.setVisible(not before)
            if not (self.record and self.record.emotions_after):
                self.rerate.set_values(self.emotions.values())
        self.pages.setCurrentIndex(step)
        self._show_step()
        page = self.pages.currentWidget()
        focus = {SITUATION: self.situation, THOUGHT: self.thought, BALANCED: self.balanced}
        target = focus.get(step) or page
        if target is not None:
            target.setFocus()
        if save and self.record is not None:
            self.save_draft()

    def _show_step(self) -> None:
        step = self.pages.currentIndex()
        title, explain = self._step_texts(step)
        self.step_label.setVisible(step < STEPS)
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", str(STEPS))
        )
        self.title.setText(title)
        self.explain.setText(explain)
        self.explain.setVisible(True)
        thought = self.thought.toPlainText().strip()
        self.thought_banner.setVisible(step > THOUGHT and bool(thought))
        self.thought_banner.setText(self.tr("Your thought: “%1”").replace("%1", thought))
        if step == END:
            self._show_payoff()
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
        if step == THOUGHT:
            self.next_button.setEnabled(bool(self.thought.toPlainText().strip()))
        else:
            self.next_button.setEnabled(True)

    def _offer_suggestions(self) -> None:
        thought = self.thought.toPlainText()
        self._suggested = self._suggest(thought)
        assert self._content is not None
        if self._suggested:
            names = "、" if self._language == "zh_CN" else ", "
            self.suggested_label.setText(
                self.tr("Suggested from your wording: %1").replace(
                    "%1",
                    names.join(self._content.distortions[code].name for code in self._suggested),
                )
            )
            if not any(box.isChecked() for box in self.distortion_boxes.values()):
                for code in self._suggested:  # a first choice the agent can change
                    self.distortion_boxes[code].setChecked(True)
        else:
            self.suggested_label.setText(
                self.tr("Nothing in the wording points to a trap; choose any that fit, or skip.")
            )

    def _keep_evidence(self) -> None:
        for code, (for_edit, against_edit) in self._evidence_edits.items():
            self._evidence_text[code] = (for_edit.toPlainText(), against_edit.toPlainText())

    def _build_questions(self) -> None:
        self._keep_evidence()
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.no_distortions:
                widget.deleteLater()
        self._evidence_edits = {}
        assert self._content is not None
        chosen = [code for code, box in self.distortion_boxes.items() if box.isChecked()]
        self.no_distortions.setVisible(not chosen)
        self.questions_layout.addWidget(self.no_distortions)
        for code in chosen:
            distortion = self._content.distortions[code]
            group = QGroupBox(distortion.name, self.questions_area)
            layout = QVBoxLayout(group)
            questions = QLabel(
                keep_last_two("\n".join(f"• {q}" for q in distortion.questions)), group
            )
            questions.setWordWrap(True)
            layout.addWidget(questions)
            for_label = QLabel(self.tr("What speaks for the thought?"), group)
            for_edit = _text_edit(group, 56)
            against_label = QLabel(self.tr("What speaks against it?"), group)
            against_edit = _text_edit(group, 56)
            for_edit.setAccessibleName(self.tr("Evidence for: %1").replace("%1", distortion.name))
            against_edit.setAccessibleName(
                self.tr("Evidence against: %1").replace("%1", distortion.name)
            )
            earlier = self._evidence_text.get(code, ("", ""))
            for_edit.setPlainText(earlier[0])
            against_edit.setPlainText(earlier[1])
            for edit in (for_edit, against_edit):
                edit.textChanged.connect(self._changed)
                edit.textChanged.connect(self._keep_evidence)
            for widget in (for_label, for_edit, against_label, against_edit):
                layout.addWidget(widget)
            self.questions_layout.addWidget(group)
            self._evidence_edits[code] = (for_edit, against_edit)
        self.questions_layout.addStretch(1)

    def _fill_examples(self) -> None:
        assert self._content is not None
        self.examples.clear()
        chosen = [code for code, box in self.distortion_boxes.items() if box.isChecked()]
        for code in chosen or list(DISTORTION_CODES[:3]):
            for example in self._content.distortions[code].balanced_examples:
                QListWidgetItem(example, self.examples)
        self.belief_value.setText(str(self.belief.value()))

    def _use_example(self, item: QListWidgetItem) -> None:
        self.balanced.setPlainText(item.text())
        self.balanced.setFocus()

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
