"""Drives the reminders besides breaks from the Qt event loop: once a minute it asks the planner
(`domain.reminders.ReminderPlanner`) what is due and says so with a signal.

What was already shown is kept in a small JSON file, so a restart never shows it twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from companion.domain.clock import Clock
from companion.domain.reminders import (
    CHECKIN,
    LOG_REMINDER,
    SHIFT_ENDED,
    Records,
    ReminderPlanner,
    ReminderSettings,
    ReminderState,
)
from companion.domain.shift import ShiftPlan
from companion.files import write_atomically

log = logging.getLogger(__name__)

CHECK_MS = 60_000


class WellbeingDriver(QObject):
    # No payload (see BreakDriver): the day is in `summary_day` / `log_day`.
    shift_ended = Signal()  # show the end-of-shift summary (summary.at_shift_end is on)
    log_reminder_due = Signal()  # nothing was logged on the shift day that just ended
    checkin_due = Signal()  # offer this week's check-in

    def __init__(
        self,
        shift: ShiftPlan,
        settings: ReminderSettings,
        records: Callable[[], Records | None],
        quiet: Callable[[], bool],
        clock: Clock,
        state_file: Path | None = None,
    ) -> None:
        super().__init__()
        self._clock = clock
        self._records = records
        self._quiet = quiet
        self._state_file = state_file
        self.planner = ReminderPlanner(
            shift, settings, clock.local_zone(), clock.now(), self._load_state()
        )
        self.summary_day: date | None = None
        self.log_day: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def shut_down(self) -> None:
        self.timer.stop()

    def reconfigure(self, shift: ShiftPlan, settings: ReminderSettings) -> None:
        self.planner.shift, self.planner.settings = shift, settings

    def checkin_dismissed(self) -> None:
        """The check-in was put off: one reminder comes about two hours from now."""
        self.planner.checkin_dismissed(self._clock.now())
        self._save_state()

    def check(self) -> None:
        """Show what is due now (also called when a call or a pause ends)."""
        records = self._records()
        if records is None:
            return
        before = self.planner.state.to_dict()
        due = self.planner.tick(self._clock.now(), quiet=self._quiet(), records=records)
        if self.planner.state.to_dict() != before:
            self._save_state()
        for item in due:
            log.info("due: %s (%s)", item.kind, item.day)
            if item.kind == SHIFT_ENDED:
                self.summary_day = item.day
                self.shift_ended.emit()
            elif item.kind == LOG_REMINDER:
                self.log_day = item.day
                self.log_reminder_due.emit()
            elif item.kind == CHECKIN:
                self.checkin_due.emit()

    # -- what was shown, across restarts -------------------------------------------------------

    def _load_state(self) -> ReminderState:
        if self._state_file is None:
            return ReminderState()
        try:
            values = json.loads(self._state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return ReminderState()
        except (OSError, ValueError) as error:
            log.warning("reminder state not read (%s); starting afresh", error)
            return ReminderState()
        return ReminderState.from_dict(values if isinstance(values, dict) else {})

    def _save_state(self) -> None:
        if self._state_file is None:
            return
        data = json.dumps(self.planner.state.to_dict()).encode("utf-8")
        try:
            write_atomically(self._state_file, data)
        except OSError as error:
            log.warning("reminder state not saved: %s", error)
