"""Looking after oneself over the day and the week: the end-of-shift summary, the gentle
reminder to log when nothing was logged, the weekly check-in (WHO-5), my plan (weekly goals)
and *Where to turn*.

The wellbeing driver decides when the summary, the reminder and the check-in are due; they wait
while a break, a call or a pause is on (`quiet`), and come when it ends. None of them takes the
keyboard: the check-in that falls due is offered in a tray message (a click opens it), and where
there is no tray it is shown without being activated, so someone typing goes on typing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from companion.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from companion.domain.checkin import CheckIn
    from companion.domain.goals import WeekCounts
    from companion.domain.reminders import ReminderSettings
    from companion.domain.shift import ShiftPlan
    from companion.features import Services
    from companion.scheduling.wellbeing_driver import WellbeingDriver
    from companion.ui.action_plan import ActionPlanWindow
    from companion.ui.checkin import CheckInDialog
    from companion.ui.day_summary import DaySummaryWindow
    from companion.ui.help_contacts import HelpContactsWindow
    from companion.ui.tray_presence import TrayPresence

log = logging.getLogger(__name__)

MESSAGE_TARGET_SECONDS = 600  # a click on the log reminder opens the quick log this long after


class Wellbeing(QObject):
    log_requested = Signal()  # open the quick log
    history_requested = Signal()  # open the mood log (a tray message about an entry)
    contacts_edit_requested = Signal()  # the settings, at the help-contacts tab
    settings_chosen = Signal(object)  # a dict of settings to apply (the summary's own switch)

    def __init__(
        self, services: Services, presence: TrayPresence, quiet: Callable[[], bool]
    ) -> None:
        super().__init__()
        self._services = services
        self._presence = presence
        self._quiet = quiet  # a break, its notice, a call or a pause is on
        self._was_quiet = False
        self.driver: WellbeingDriver | None = None
        speech, events = services.speech, services.events
        self._summary = WindowSlot(speech, self._make_summary)
        self._checkin = WindowSlot(speech, self._make_checkin)
        self._plan = WindowSlot(
            speech,
            self._make_plan,
            refresh_on=(
                events.mood_saved,
                events.mood_edited,
                events.check_in_saved,
                events.thought_saved,
                events.exercise_saved,
                events.settings_changed,
                events.data_replaced,
            ),
        )
        self._help = WindowSlot(speech, self._make_help)
        self._message_target: tuple[Callable[[], None], float] | None = None
        self._checkin_offered = False  # the driver offered it: a skip asks for one reminder
        events.mood_saved.connect(self.forget_message_target)
        presence.message_opened.connect(self.message_opened)

    @property
    def day_summary(self) -> DaySummaryWindow | None:
        return self._summary.window

    @property
    def checkin(self) -> CheckInDialog | None:
        return self._checkin.window

    @property
    def plan_window(self) -> ActionPlanWindow | None:
        return self._plan.window

    @property
    def help_window(self) -> HelpContactsWindow | None:
        return self._help.window

    # -- the wellbeing driver ------------------------------------------------------------------

    def _reminder_settings(self) -> ReminderSettings:
        from companion.domain.reminders import ReminderSettings

        return ReminderSettings.from_values(self._services.settings.get)

    def start(self) -> None:
        from companion.scheduling.wellbeing_driver import WellbeingDriver
        from companion.storage.erase import REMINDERS_FILE

        services = self._services
        self.driver = WellbeingDriver(
            services.settings.shift_plan(),
            self._reminder_settings(),
            lambda: services.data.journal,
            self._quiet,
            services.clock,
            services.data.paths.data_dir / REMINDERS_FILE,
        )
        self.driver.shift_ended.connect(lambda: self.show_day_summary(on_demand=False))
        self.driver.log_reminder_due.connect(self._remind_to_log)
        self.driver.checkin_due.connect(self._checkin_due)
        services.events.settings_changed.connect(self._follow_settings)
        self.driver.start()

    def _follow_settings(self, _values: dict[str, Any]) -> None:
        if self.driver is not None:
            self.driver.reconfigure(self._services.settings.shift_plan(), self._reminder_settings())

    def breaks_changed(self) -> None:
        """A pause or a call that ends lets a waiting reminder through."""
        quiet = self._quiet()
        if self._was_quiet and not quiet and self.driver is not None:
            self.driver.check()
        self._was_quiet = quiet

    # -- the end-of-shift summary --------------------------------------------------------------

    def _make_summary(self) -> DaySummaryWindow:
        from companion.content import ContentError
        from companion.content.summary import shipped_sentences
        from companion.ui.day_summary import DaySummaryWindow

        try:
            sentences = shipped_sentences()
        except ContentError as error:
            log.error("%s", error)
            sentences = {}  # the figures still show, without the sentence
        window = DaySummaryWindow(sentences)
        window.at_shift_end_changed.connect(self._set_summary_at_shift_end)
        window.log_requested.connect(self.log_requested)
        return window

    def show_day_summary(self, *, on_demand: bool = True) -> None:
        """Today's summary (from the tray), or that of the shift just ended (the driver)."""
        from companion.domain.reminders import shift_day

        services = self._services
        journal = services.data.journal
        if journal is None:
            return
        now = services.clock.now()
        zone = services.clock.local_zone()
        plan = services.settings.shift_plan()
        day = shift_day(plan, now, zone)
        before: datetime | None = None
        if not on_demand and self.driver is not None and self.driver.summary_day:
            day = self.driver.summary_day
        elif on_demand:
            before, last_day = _before_todays_shift(plan, now, zone)
            if before is not None:  # before today's shift: the last shift, said to be so
                day = last_day or now.astimezone(zone).date()
        self._summary.get().show_summary(
            journal.day_summary(day, until=now if before is None else None),
            at_shift_end=bool(services.settings.get("summary.at_shift_end")),
            on_demand=on_demand,
            shift_starts=before,
            today=now.astimezone(zone).date(),
        )

    def _set_summary_at_shift_end(self, on: bool) -> None:
        self.settings_chosen.emit({"summary.at_shift_end": on})

    # -- the log reminder ----------------------------------------------------------------------

    def _remind_to_log(self) -> None:
        """A gentle tray message; clicking it opens the quick log. Without a tray, nothing."""
        if not self._presence.can_tell():
            log.info("log reminder not shown: no tray messages here")
            return
        target = self._services.clock.monotonic() + MESSAGE_TARGET_SECONDS
        self._message_target = (self.log_requested.emit, target)
        self._presence.tell(
            QCoreApplication.translate("CompanionApp", "How was today?"),
            QCoreApplication.translate(
                "CompanionApp",
                "Nothing was logged today. If you like, click here and note how you are; "
                "it takes a few seconds.",
            ),
            10000,
        )

    def forget_message_target(self, *_args: Any) -> None:
        self._message_target = None

    def message_opened(self) -> None:
        """A tray message was clicked: the log reminder opens the quick log, others the log."""
        target, self._message_target = self._message_target, None
        if target is not None and self._services.clock.monotonic() < target[1]:
            target[0]()
        else:
            self.history_requested.emit()

    # -- the weekly check-in -------------------------------------------------------------------

    def _make_checkin(self) -> CheckInDialog:
        from companion.content.checkin import load_who5
        from companion.ui.checkin import CheckInDialog

        services = self._services
        dialog = CheckInDialog(
            self.save_check_in, self._latest_check_in, services.clock, load_who5()
        )
        dialog.saved.connect(services.events.check_in_saved.emit)
        dialog.help_requested.connect(lambda: self.show_help_contacts())
        dialog.skipped.connect(self._checkin_skipped)
        return dialog

    def offer_checkin(self, *, take_focus: bool = True) -> None:
        """Show the weekly check-in (from the tray menu or a click on its message: with the
        keyboard; `take_focus` False: shown without taking it). Safe to call again: one window
        only, and an open one keeps its answers. When this week's check-in is done already, the
        window says so and still allows another."""
        from companion.content import ContentError

        if self._services.data.journal is None:
            return
        try:
            dialog = self._checkin.get()
        except ContentError as error:
            log.error("%s", error)
            self._services.notices.inform(
                QCoreApplication.translate("CompanionApp", "Check-in not available"),
                str(error),
                icon=QMessageBox.Icon.Warning,
            )
            return
        dialog.open_fresh(take_focus=take_focus)

    def _checkin_due(self) -> None:
        """Its time came: a tray message whose click opens it, never a window that takes the
        keyboard from someone typing."""
        self._checkin_offered = True
        if not self._presence.can_tell():
            self.offer_checkin(take_focus=False)
            return
        target = self._services.clock.monotonic() + MESSAGE_TARGET_SECONDS
        self._message_target = (self.offer_checkin, target)
        self._presence.tell(
            QCoreApplication.translate("CompanionApp", "Your weekly check-in"),
            QCoreApplication.translate(
                "CompanionApp",
                "Five short questions about the last two weeks, whenever you have a moment. "
                "Click here to open it; it is in the tray menu too.",
            ),
            15000,
        )

    def _checkin_skipped(self) -> None:
        if self.driver is not None and self._checkin_offered:
            self.driver.checkin_dismissed()  # one reminder, about two hours from now

    def save_check_in(self, check_in: CheckIn) -> CheckIn:
        journal = self._services.data.journal
        if journal is None:
            raise RuntimeError("the store is not open")
        return journal.add_check_in(check_in)

    def _latest_check_in(self) -> CheckIn | None:
        journal = self._services.data.journal
        return None if journal is None else journal.latest_check_in()

    # -- my plan -------------------------------------------------------------------------------

    def _make_plan(self) -> ActionPlanWindow:
        from companion.ui.action_plan import ActionPlanWindow

        vocabulary = self._services.content.vocabulary
        assert vocabulary is not None
        return ActionPlanWindow(PlanBook(self._services), vocabulary)

    def show_plan(self) -> None:
        if self._services.data.store is None or self._services.content.vocabulary is None:
            return
        self._plan.show(refresh=True)

    # -- where to turn -------------------------------------------------------------------------

    def _make_help(self) -> HelpContactsWindow:
        from companion.ui.help_contacts import HelpContactsWindow

        window = HelpContactsWindow(lines=self._services.content.help_lines)
        window.edit_requested.connect(self.contacts_edit_requested)
        return window

    def show_help_contacts(self, *, gently: bool = False) -> None:
        """Where to turn (from the tray, the check-in, or after words of distress)."""
        self._help.get().show_contacts(self._services.settings.get("help.contacts"), gently=gently)
        log.info("help contacts shown")

    def shut_down(self) -> None:
        if self.driver is not None:
            self.driver.shut_down()
            self.driver = None


class PlanBook:
    """What My plan reads and changes: the goals in the store, the threshold of a difficult
    contact in the settings; each change says so (`goals_changed`: the trends follow it)."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def _store(self) -> Any:
        return self._services.data.store

    def _changed(self) -> None:
        self._services.events.goals_changed.emit()

    def goals(self) -> list[Any]:
        store = self._store()
        return [] if store is None else list(store.goals())

    def set_goal(self, code: str, target: int, label: str | None = None) -> None:
        store = self._store()
        if store is not None:
            store.set_goal(code, target, label)
            self._changed()

    def remove_goal(self, code: str) -> None:
        store = self._store()
        if store is not None:
            store.remove_goal(code)
            self._changed()

    def tick(self) -> None:
        store = self._store()
        if store is not None:
            store.tick_goal()
            self._changed()

    def untick(self) -> None:
        from companion.domain.timefmt import day_start
        from companion.domain.trends import monday_of

        store = self._store()
        if store is not None:
            zone = self._services.clock.local_zone()
            today = self._services.clock.now().astimezone(zone).date()
            store.untick_goal(day_start(monday_of(today), zone))
            self._changed()

    def difficult_call_types(self) -> frozenset[str]:
        store = self._store()
        return frozenset() if store is None else frozenset(store.difficult_call_types())

    def set_difficult_call_types(self, codes: frozenset[str]) -> None:
        store = self._store()
        if store is not None:
            store.set_difficult_call_types(codes)
            self._changed()

    def difficult_from(self) -> int:
        return int(self._services.settings.get("reframing.offer_from_stress"))

    def this_week(self) -> WeekCounts | None:
        store = self._store()
        if store is None:
            return None
        clock = self._services.clock
        today = clock.now().astimezone(clock.local_zone()).date()
        counts: list[WeekCounts] = store.week_counts(today, 1, self.difficult_from())
        return counts[0]


def _before_todays_shift(
    plan: ShiftPlan, now: datetime, zone: tzinfo
) -> tuple[datetime | None, date | None]:
    """Before today's shift has started (and no shift is on): when it starts, in local time,
    and the day the last shift began (within two weeks), else (None, None)."""
    from datetime import timedelta

    today = now.astimezone(zone).date()
    ranges = plan.ranges_for(today)
    if not ranges or plan.current(now, zone) is not None:
        return None, None
    start = datetime.combine(today, ranges[0].start).replace(tzinfo=zone)
    if now >= start:
        return None, None
    back = (today - timedelta(days=days) for days in range(1, 15))
    return start, next((day for day in back if plan.ranges_for(day)), None)
