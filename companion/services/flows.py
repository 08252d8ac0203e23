"""What follows a save: the reactions to a mood entry logged or edited and to a thought record
finished, in one place.

- Words of self-harm or hopelessness in what was just saved open *Where to turn*, gently and
  once a day at most (the text itself is never logged); the entry is saved either way.
- Otherwise a high stress (from `reframing.offer_from_stress`) brings the offer of a breathing
  minute or a reframing (offered, never forced), and anything else a short tray message.
- A finished thought record is also kept as an exercise, with the distress before and after,
  so that the trends can show what helps. (The wizard itself ends on what changed: no tray
  message repeats it.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from companion.domain.clock import Clock

if TYPE_CHECKING:  # the rules themselves are loaded with the first save, after start-up
    from companion.domain.mood import MoodEntry
    from companion.domain.thoughts import ExerciseUse, ThoughtRecord
    from companion.settings import Settings
    from companion.storage.journal import Journal

log = logging.getLogger(__name__)


class AfterSave:
    def __init__(
        self,
        clock: Clock,
        settings: Callable[[], Settings],
        journal: Callable[[], Journal | None],
        *,
        show_help: Callable[[], None],
        offer_support: Callable[[int, bool], None],
        tell: Callable[[str, str], None],
    ) -> None:
        self._clock = clock
        self._settings = settings
        self._journal = journal
        self._show_help = show_help  # where to turn, gently
        self._offer_support = offer_support  # breathing or reframing (stress, abusive customer)
        self._tell = tell  # a short tray message (title, text)
        self.help_offered_on: date | None = None  # the day distress words last opened it
        self._support_words: Any = None

    def mood_saved(self, entry: MoodEntry) -> None:
        if self.distressed(entry.note):
            return  # where to turn, rather than a breathing offer on top of it
        settings = self._settings()
        threshold = int(settings.get("reframing.offer_from_stress"))
        if settings.get("reframing.offer_after_log") and entry.stress >= threshold:
            from companion.domain.abuse import was_abusive

            self._offer_support(entry.stress, was_abusive(entry))
            return
        self._tell(
            QCoreApplication.translate("CompanionApp", "Mood logged"),
            QCoreApplication.translate(
                "CompanionApp", "Stress %1 saved. Click here to see or edit your entries."
            ).replace("%1", str(entry.stress)),
        )

    def mood_edited(self, entry: MoodEntry) -> None:
        """A note that now speaks of self-harm or hopelessness opens where to turn, as a new
        entry's would."""
        self.distressed(entry.note)

    def thought_finished(self, record: ThoughtRecord) -> None:
        import uuid

        from companion.domain.thoughts import ExerciseUse, distress_on_ten

        self.keep_exercise(
            ExerciseUse(
                id=uuid.uuid4(),
                kind="thought_record",
                started_at=record.created_at,
                finished_at=self._clock.now(),
                distress_before=distress_on_ten(record.emotions_before),
                distress_after=distress_on_ten(record.emotions_after),
                thought_record_id=record.id,
            )
        )
        texts = [record.situation, record.automatic_thought, record.balanced_thought]
        for item in record.evidence:
            texts += [item.evidence_for, item.evidence_against]
        self.distressed(*texts)  # no tray word besides: the wizard ends on what changed

    def keep_exercise(self, use: ExerciseUse) -> None:
        """Record an exercise that was done. It only feeds "what helps" on the trends, so a
        failure is logged and nothing else is held up (the thought record itself is saved)."""
        journal = self._journal()
        if journal is None:
            return
        try:
            journal.add_exercise(use)
        except Exception:
            log.exception("the %s exercise could not be recorded", use.kind)

    def distressed(self, *texts: str | None) -> bool:
        """Show the help contacts, gently and at most once a day, when a text just saved holds
        words of self-harm or hopelessness. The text itself is never logged."""
        from companion.content.support_words import load_support_words
        from companion.domain.support import mentions_distress

        today = self._clock.now().astimezone(self._clock.local_zone()).date()
        if self.help_offered_on == today:
            return False
        if self._support_words is None:
            try:
                self._support_words = load_support_words()
            except Exception:  # a damaged word list must never get in the way of saving
                log.exception("the support word list could not be read")
                return False
        rules = self._support_words
        if not any(mentions_distress(text or "", rules) for text in texts):
            return False
        self.help_offered_on = today
        self._show_help()
        return True
