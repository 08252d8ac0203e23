"""Logging a mood and reading it back: the quick log (from the tray, a global shortcut, the
command line or after a call), the mood log, and the trends.

Each window is made when first asked for (the quick log in about 20 ms; the mood log and the
trends open the full store, and the trends load pyqtgraph), so a shift holds only what it uses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from companion.ui.present import bring_forward
from companion.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from datetime import date

    from companion.domain.mood import MoodFilter
    from companion.domain.trends import Dashboard, DateRange
    from companion.features import Services
    from companion.platform.hotkey import GlobalShortcut
    from companion.ui.dashboard import DashboardWindow
    from companion.ui.history import HistoryWindow
    from companion.ui.quick_log import QuickLogDialog

log = logging.getLogger(__name__)


class Mood(QObject):
    reframe_requested = Signal(object)  # a MoodEntry, from the mood log

    def __init__(self, services: Services, *, in_break: Callable[[], bool]) -> None:
        super().__init__()
        self._services = services
        self._in_break = in_break  # the quick log's shortcut waits while a break is on
        events = services.events
        self._quick_log = WindowSlot(services.speech, self._make_quick_log)
        self._history = WindowSlot(
            services.speech,
            self._make_history,
            refresh_on=(events.mood_saved, events.store_opened, events.data_replaced),
        )
        self._dashboard = WindowSlot(
            services.speech,
            self._make_dashboard,
            refresh_on=(
                events.mood_saved,
                events.mood_edited,
                events.check_in_saved,
                events.goals_changed,
                events.data_replaced,
                events.thought_saved,  # What helps: what a thought record changed
                events.exercise_saved,  # and an exercise
            ),
        )
        self.shortcut: GlobalShortcut | None = None  # the quick log's global shortcut
        self._shortcut_held_back = False  # while the settings window records a new one
        self._held_state: tuple[str | None, str] = ("off", "")
        services.events.shortcuts_held_back.connect(self.hold_back_shortcut)

    def in_break(self) -> bool:
        """Whether a break is on (the keys that open windows wait then)."""
        return self._in_break()

    @property
    def quick_log(self) -> QuickLogDialog | None:
        return self._quick_log.window

    @property
    def history(self) -> HistoryWindow | None:
        return self._history.window

    @property
    def dashboard(self) -> DashboardWindow | None:
        return self._dashboard.window

    # -- the quick log -------------------------------------------------------------------------

    def _make_quick_log(self) -> QuickLogDialog:
        from companion.ui.quick_log import QuickLogDialog

        services = self._services
        assert services.content.vocabulary is not None
        quick_log = QuickLogDialog(
            lambda: services.data.journal, services.clock, services.content.vocabulary
        )
        quick_log.saved.connect(services.events.mood_saved.emit)
        return quick_log

    def show_quick_log(self) -> None:
        if self._services.content.vocabulary is not None:  # the content is read at start
            self._quick_log.get().open_fresh()

    def offer_after_call(self) -> None:
        """A call ended and the hands rest: the quick log, if the settings ask for it."""
        if self._services.settings.get("calls.offer_mood_log"):
            self.show_quick_log()

    def drop_unsaved(self, *_args: Any) -> None:
        """All data is about to be erased: the quick log's draft (and what is typed in it) go,
        so nothing private comes back afterwards."""
        if self.quick_log is not None:
            self.quick_log.forget()

    def quick_log_by_shortcut(self) -> None:
        """The global shortcut (or `companion quick-log`) was used: the quick log comes to the
        front, keeping what is typed in it already. Not during a break: the break window stays
        (End early, or Esc, ends it first)."""
        if self._in_break():
            log.info("quick log shortcut ignored during a break")
            return
        if self.quick_log is None and self._services.content.vocabulary is None:
            return
        log.info("quick log brought forward by its shortcut")
        if self.quick_log is not None and self.quick_log.isVisible():
            bring_forward(self.quick_log)
            return
        self.show_quick_log()

    def hold_shortcut(self, *_args: Any) -> None:
        """Hold the combination the settings name (not while the settings window is recording
        a new one)."""
        if self._shortcut_held_back:
            return
        if self.shortcut is None:
            from companion.platform.hotkey import GlobalShortcut

            description = QCoreApplication.translate("CompanionApp", "Log how you feel")
            self.shortcut = GlobalShortcut(parent=self, portal=description)
            self.shortcut.activated.connect(self.quick_log_by_shortcut)
        self.shortcut.set_sequence(str(self._services.settings.get("shortcuts.quick_log")))

    def hold_back_shortcut(self, held_back: bool) -> None:
        """Let go of the combination while the settings window is open (so that its keys reach
        the shortcut field), and take it again when it closes."""
        if held_back and not self._shortcut_held_back:
            self._held_state = self.shortcut_state()  # what the settings show meanwhile
        self._shortcut_held_back = held_back
        if held_back and self.shortcut is not None:
            self.shortcut.set_sequence("")
        elif not held_back:
            self.hold_shortcut()

    def shortcut_binding(self) -> tuple[str, str]:
        """(the backend's name; what the desktop says it bound, "" when it did not say)."""
        if self.shortcut is None:
            return "", ""
        return self.shortcut.name, self.shortcut.bound

    def shortcut_state(self) -> tuple[str | None, str]:
        """(None when held, else why not; the combination), as it is outside the settings
        window: while it records keys, as it was before it opened."""
        if self._shortcut_held_back:
            return self._held_state
        if self.shortcut is None:
            return "off", ""
        return self.shortcut.status, self.shortcut.sequence

    # -- the mood log --------------------------------------------------------------------------

    def _make_history(self) -> HistoryWindow:
        from companion.ui.history import HistoryWindow

        services = self._services
        assert services.content.vocabulary is not None
        history = HistoryWindow(
            lambda: services.data.store, services.clock, services.content.vocabulary
        )
        history.new_entry_requested.connect(self.show_quick_log)
        history.reframe_requested.connect(self.reframe_requested)
        history.entry_edited.connect(services.events.mood_edited.emit)
        return history

    def show_history(self) -> None:
        if self._services.content.vocabulary is not None:
            self._history.show()

    def show_entries(self, flt: MoodFilter) -> None:
        """The mood log, narrowed to the entries behind a point of the trends."""
        if self._services.content.vocabulary is None:
            return
        self._history.get().show_filtered(flt)
        self._history.show()

    # -- the trends ----------------------------------------------------------------------------

    def _make_dashboard(self) -> DashboardWindow:
        from companion.ui.dashboard import DashboardWindow

        services = self._services
        assert services.content.vocabulary is not None
        dashboard = DashboardWindow(
            self._load_dashboard,
            lambda: None if services.data.store is None else services.data.store.first_entry_day(),
            services.clock,
            services.content.vocabulary,
            self._exercise_name,
        )
        dashboard.log_requested.connect(self.show_quick_log)
        dashboard.entries_requested.connect(self.show_entries)
        return dashboard

    def show_dashboard(self) -> None:
        if self._services.data.store is None or self._services.content.vocabulary is None:
            return
        self._dashboard.show(refresh=True)

    def _load_dashboard(self, span: DateRange, today: date) -> Dashboard | None:
        store = self._services.data.store
        if store is None:
            return None
        # A difficult contact (the goals' card) is one at the high-stress offer's threshold.
        difficult_from = int(self._services.settings.get("reframing.offer_from_stress"))
        return store.dashboard(span, today, difficult_from)

    def _exercise_name(self, kind: str, language: str) -> str:
        if kind == "thought_record":
            return QCoreApplication.translate("CompanionApp", "Thought record")
        exercise = self._services.content.reframing(language).exercises.get(kind)
        return kind if exercise is None else exercise.name

    def shut_down(self) -> None:
        if self.shortcut is not None:
            self.shortcut.close()
