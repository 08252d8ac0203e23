"""Thinking again about a hard moment: the thought-record wizard and the records, the practice
questions, the exercises, a guided breathing minute, and the offer of one of those after a
stressful log.

An unfinished thought record is kept as a draft (when the app stops too); erasing all data
closes, without saving, the windows that hold a record being written.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from companion.ui.window_slot import WindowSlot

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.mood import MoodEntry
    from companion.domain.thoughts import ThoughtRecord
    from companion.features import Services
    from companion.ui.break_window import BreakWindow
    from companion.ui.exercises import ExercisesWindow
    from companion.ui.practice import PracticeDialog
    from companion.ui.reframing_wizard import ReframingWizard
    from companion.ui.support_offer import SupportOffer
    from companion.ui.thought_records import ThoughtRecordsWindow


def trap_suggester() -> Callable[[str], list[str]]:
    """The wizard's thinking-trap suggestions, which never call words of distress a trap (the
    shipped distress rules are blanked out of the thought first). A damaged word list leaves the
    plain suggestions: the wizard must never fail on it."""
    from companion.content.support_words import load_support_words
    from companion.domain.reframing import suggest_distortions
    from companion.domain.support import trap_suggestions

    try:
        rules = load_support_words()
    except Exception:
        log.exception("the support word list could not be read")
        return suggest_distortions
    return functools.partial(trap_suggestions, rules=rules)


class Reframing(QObject):
    exercise_done = Signal(object)  # an ExerciseUse (a breathing minute), to be kept

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        speech, events = services.speech, services.events
        self._wizard = WindowSlot(speech, self._make_wizard)
        self._records = WindowSlot(
            speech, self._make_records, refresh_on=(events.thought_saved, events.data_replaced)
        )
        self._practice = WindowSlot(speech, self._make_practice)
        self._exercises = WindowSlot(speech, self._make_exercises)
        self._breathing = WindowSlot(speech, self._make_breathing)
        self._support = WindowSlot(speech, self._make_support_offer)
        self._breathing_started: datetime | None = None

    @property
    def wizard(self) -> ReframingWizard | None:
        return self._wizard.window

    @property
    def records_window(self) -> ThoughtRecordsWindow | None:
        return self._records.window

    @property
    def practice(self) -> PracticeDialog | None:
        return self._practice.window

    @property
    def exercises_window(self) -> ExercisesWindow | None:
        return self._exercises.window

    @property
    def breathing_window(self) -> BreakWindow | None:
        return self._breathing.window

    @property
    def support_offer(self) -> SupportOffer | None:
        return self._support.window

    # -- thought records -----------------------------------------------------------------------

    def _make_wizard(self) -> ReframingWizard:
        from companion.ui.reframing_wizard import ReframingWizard

        services = self._services
        assert services.data.journal is not None and services.content.vocabulary is not None
        wizard = ReframingWizard(
            services.data.journal.save_thought,
            services.clock,
            services.content.vocabulary,
            services.content.reframing,
            trap_suggester(),
        )
        wizard.finished.connect(services.events.thought_saved.emit)
        return wizard

    def _after_abuse(self, entry: MoodEntry | None = None) -> bool:
        """Started from an entry: whether it is tagged 客户辱骂; else whether the latest entry
        is, and recent (companion.domain.abuse)."""
        from companion.domain.abuse import after_abuse, was_abusive

        if entry is not None:
            return was_abusive(entry)
        journal = self._services.data.journal
        return journal is not None and after_abuse(
            journal.latest_mood(), self._services.clock.now()
        )

    def show_reframing(self, entry: MoodEntry | None = None) -> None:
        """Start a thought record (from a mood entry when given), or go on with a draft."""
        journal = self._services.data.journal
        if journal is None:
            return
        wizard = self._wizard.get()
        wizard.set_after_abuse(self._after_abuse(entry))
        if not (wizard.isVisible() and wizard.record is not None):
            draft = journal.newest_draft()
            if entry is not None:
                wizard.start_new(entry.id, entry.emotions)
            elif draft is not None:
                wizard.load(draft)  # the newest draft; others are in Thought records
            else:
                wizard.start_new()
        self._wizard.show()

    def reframe_last_entry(self) -> None:
        journal = self._services.data.journal
        if journal is not None:
            self.show_reframing(journal.latest_mood())

    def resume_thought(self, record: ThoughtRecord) -> None:
        wizard = self._wizard.get()
        wizard.save_draft()
        wizard.load(record)
        self._wizard.show(take_focus=False)

    def _make_records(self) -> ThoughtRecordsWindow:
        from companion.ui.thought_records import ThoughtRecordsWindow

        services = self._services
        assert services.content.vocabulary is not None
        records = ThoughtRecordsWindow(
            lambda: services.data.store,
            services.clock,
            services.content.vocabulary,
            services.content.reframing,
        )
        records.resume_requested.connect(self.resume_thought)
        records.new_requested.connect(lambda: self.show_reframing())
        records.practice_requested.connect(self.show_practice)
        return records

    def show_records(self) -> None:
        if self._services.data.store is not None:
            self._records.show()

    def _make_practice(self) -> PracticeDialog:
        from companion.ui.practice import PracticeDialog

        return PracticeDialog(self._services.content.reframing)

    def show_practice(self) -> None:
        self._practice.show()

    # -- exercises and breathing ---------------------------------------------------------------

    def _make_exercises(self) -> ExercisesWindow:
        from companion.ui.exercises import ExercisesWindow

        services = self._services
        assert services.data.journal is not None
        window = ExercisesWindow(
            services.data.journal.add_exercise, services.clock, services.content.reframing
        )
        window.recorded.connect(services.events.exercise_saved.emit)
        return window

    def show_exercises(self, code: str | None = None) -> None:
        if self._services.data.journal is None:
            return
        window = self._exercises.get()
        window.set_after_abuse(self._after_abuse())
        if code is not None:
            window.show_exercise(code)
        self._exercises.show()

    def _make_breathing(self) -> BreakWindow:
        from companion.ui.break_window import BreakWindow

        window = BreakWindow(self._services.clock.monotonic)
        window.finished.connect(self._breathing_done)
        window.ended_early.connect(self._breathing_done)
        return window

    def breathe_for_a_minute(self) -> None:
        """The break window's guided breathing, on request; kept as a breathing exercise."""
        window = self._breathing.get()
        self._breathing_started = self._services.clock.now()
        window.show_break("micro", 60)

    def _breathing_done(self, _seconds: int) -> None:
        import uuid

        from companion.domain.thoughts import ExerciseUse

        started, self._breathing_started = self._breathing_started, None
        if started is not None:
            finished = self._services.clock.now()
            self.exercise_done.emit(ExerciseUse(uuid.uuid4(), "breathing", started, finished))

    # -- after a stressful log -----------------------------------------------------------------

    def _make_support_offer(self) -> SupportOffer:
        from companion.ui.support_offer import SupportOffer

        offer = SupportOffer()
        offer.breathe_requested.connect(self.breathe_for_a_minute)
        offer.reframe_requested.connect(self.reframe_last_entry)
        return offer

    def offer_support(self, stress: int, abusive: bool = False) -> None:
        """A breathing minute or a reframing, offered (never forced) after a high stress; after
        an abusive customer it says the abuse is not the agent's to bear."""
        self._support.get().offer(stress, abusive)

    # -- when the data goes, and at the end ----------------------------------------------------

    def drop_unsaved(self, *_args: Any) -> None:
        """Close, without saving, the windows that hold a record being written."""
        wizard = self.wizard
        if wizard is not None:
            wizard.record = None  # closing would keep it as a draft otherwise
        self._wizard.drop()
        self._exercises.drop()
        self._breathing_started = None

    def keep_draft(self) -> None:
        """An unfinished thought record is kept (the app is stopping)."""
        if self.wizard is not None:
            self.wizard.save_draft()
