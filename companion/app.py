"""The composition root: builds the settings, store, tray and windows, and wires them.

Start-up order keeps the tray quick: Qt and the tray icon first (then `ready` is logged); the
shift journal (plain sqlite3; Alembic only when a migration is due), breaks and reminders right
after. What a shift does not use is loaded when first asked for: the full store (SQLAlchemy,
about 37 MB) with the mood log, trends, thought records or an export; pyqtgraph with the trends.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from companion import APP_NAME, __version__
from companion.crash_trace import UncleanStop
from companion.data_service import AppData
from companion.domain.clock import SystemClock
from companion.domain.language import resolve_language
from companion.events import AppEvents, follow
from companion.flows import AfterSave
from companion.paths import AppPaths, DataDirError, resources_dir
from companion.qt_binding import BindingReport
from companion.settings import Settings, load_settings
from companion.settings_service import SettingsKeeper
from companion.startup import process_age_ms
from companion.ui.i18n import Translations
from companion.ui.notices import Notices
from companion.ui.present import bring_forward
from companion.ui.tray import REST_OF_SHIFT, STATES, StandInWindow, TrayIcon, TrayMenu, TrayWatch

if TYPE_CHECKING:
    from datetime import date

    from companion.content.reframing import ReframingContent
    from companion.domain.breaks import BreakRecord
    from companion.domain.checkin import CheckIn
    from companion.domain.day_summary import Sentences
    from companion.domain.goals import WeekCounts
    from companion.domain.mood import MoodEntry, MoodFilter
    from companion.domain.reminders import ReminderSettings
    from companion.domain.thoughts import ThoughtRecord
    from companion.domain.trends import Dashboard, DateRange
    from companion.ipc.protocol import Request
    from companion.platform.hotkey import GlobalShortcut
    from companion.platform.idle import IdleProbe
    from companion.platform.microphone import MicrophoneProbe
    from companion.scheduling.break_driver import BreakDriver
    from companion.scheduling.wellbeing_driver import WellbeingDriver
    from companion.storage.journal import Journal
    from companion.storage.store import Store
    from companion.ui.action_plan import ActionPlanWindow
    from companion.ui.break_presenter import BreakPresenter
    from companion.ui.break_window import BreakWindow
    from companion.ui.checkin import CheckInDialog
    from companion.ui.dashboard import DashboardWindow
    from companion.ui.day_summary import DaySummaryWindow
    from companion.ui.exercises import ExercisesWindow
    from companion.ui.help_contacts import HelpContactsWindow
    from companion.ui.history import HistoryWindow
    from companion.ui.practice import PracticeDialog
    from companion.ui.quick_log import QuickLogDialog
    from companion.ui.reframing_wizard import ReframingWizard
    from companion.ui.settings_dialog import DetectionStatus, SettingsDialog
    from companion.ui.support_offer import SupportOffer
    from companion.ui.thought_records import ThoughtRecordsWindow

log = logging.getLogger(__name__)


def headless() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal")


class CompanionApp(QObject):
    def __init__(
        self,
        qt_app: QApplication,
        paths: AppPaths,
        settings: Settings,
        language_override: str | None,
    ) -> None:
        super().__init__()
        self.qt_app = qt_app
        self.paths = paths
        self.keeper = SettingsKeeper(paths.settings_file, settings)  # the settings in force
        self.clock = SystemClock()
        self.language_setting = settings.language
        self.language = resolve_language(
            language_override, settings.language, QLocale.system().name()
        )
        self.translations = Translations()
        self.translations.apply(self.language)
        self.data = AppData(paths, self.clock)  # the journal, the full store, export, erase
        self.quick_log: QuickLogDialog | None = None
        self.history: HistoryWindow | None = None
        icons = resources_dir() / "icons"
        self.icons = {
            state: QIcon(
                str(icons / ("companion.svg" if state == "working" else f"companion-{state}.svg"))
            )
            for state in STATES
        }
        self.icon = self.icons["working"]
        self.menu = TrayMenu(self.language_setting)
        self.driver: BreakDriver | None = None
        self.breaks: BreakPresenter | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.detection: DetectionStatus | None = None
        self.wizard: ReframingWizard | None = None
        self.records_window: ThoughtRecordsWindow | None = None
        self.breathing_window: BreakWindow | None = None
        self.exercises_window: ExercisesWindow | None = None
        self.practice: PracticeDialog | None = None
        self.dashboard: DashboardWindow | None = None
        self.wellbeing: WellbeingDriver | None = None  # summary, log reminder, check-in
        self.day_summary: DaySummaryWindow | None = None
        self.plan_window: ActionPlanWindow | None = None
        self._message_target: tuple[Any, float] | None = None  # a tray message's click
        self._checkin_watched = False
        self._was_quiet = False
        self.checkin: CheckInDialog | None = None
        self._breathing_started: Any = None
        self.support_offer: SupportOffer | None = None
        self.help_window: HelpContactsWindow | None = None
        self._reframing: dict[str, ReframingContent] = {}
        self.binding: BindingReport | None = None  # set by run_app: the start-up check
        self.unclean_stop: UncleanStop | None = None  # set by run_app: how the last run ended
        self._vocabulary: Any = None
        self._idle: IdleProbe
        self._microphone_probe: MicrophoneProbe
        self.shortcut: GlobalShortcut | None = None  # the quick log's global shortcut
        self.tray: TrayIcon | None = None
        self.stand_in: StandInWindow | None = None
        self.notices = Notices(lambda: self.tray)
        self.events = AppEvents()
        self.after_save = AfterSave(
            self.clock,
            lambda: self.settings,
            lambda: self.journal,
            show_help=lambda: self.show_help_contacts(gently=True),
            offer_support=self._offer_support,
            tell=self.notices.tray_message,
        )
        self.events.mood_saved.connect(self.after_save.mood_saved)
        self.events.mood_edited.connect(self.after_save.mood_edited)
        self.events.thought_saved.connect(self.after_save.thought_finished)
        self.exit_code = 0

    # -- start-up ----------------------------------------------------------------------------

    def start(self) -> None:
        self.qt_app.setWindowIcon(self.icon)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._show_tray()
        else:
            log.info("no system tray on this desktop; showing the stand-in window")
            self.stand_in = StandInWindow(self.icon, self.menu)
            self.stand_in.show()
            self._watch_for_tray()
        log.info(
            "ready in %d ms (Companion %s, %s, language %s)",
            process_age_ms(),
            __version__,
            "tray" if self.tray else "stand-in window",
            self.language,
        )
        self.menu.log_requested.connect(self.show_quick_log)
        self.menu.history_requested.connect(self.show_history)
        self.menu.dashboard_requested.connect(self.show_dashboard)
        self.menu.summary_requested.connect(self.show_day_summary)
        self.menu.plan_requested.connect(self.show_plan)
        self.menu.language_chosen.connect(self.choose_language)
        self.menu.quit_requested.connect(self.quit)
        self.menu.break_requested.connect(self.start_break_now)
        self.menu.pause_requested.connect(self.pause_breaks)
        self.menu.resume_requested.connect(self.resume_breaks)
        self.menu.call_toggled.connect(self.set_on_call)
        self.menu.settings_requested.connect(self.show_settings)
        self.menu.reframe_requested.connect(lambda: self.show_reframing())
        self.menu.records_requested.connect(self.show_records)
        self.menu.exercises_requested.connect(lambda: self.show_exercises())
        self.menu.help_requested.connect(self.show_help_contacts)
        self.menu.checkin_requested.connect(self.offer_checkin)
        QTimer.singleShot(0, self._finish_start)

    def _show_tray(self) -> None:
        self.tray = TrayIcon(self.icons, self.menu)
        self.tray.show()
        self.tray.message_opened.connect(self._message_opened)

    def _watch_for_tray(self) -> None:
        self.tray_watch = TrayWatch(self)
        self.tray_watch.appeared.connect(self._move_to_tray)
        self.tray_watch.start()

    def _move_to_tray(self) -> None:
        log.info("a system tray appeared; moving to it")
        self._show_tray()
        if self.stand_in is not None:
            self.stand_in.hide()
            self.stand_in.deleteLater()
            self.stand_in = None

    @property
    def journal(self) -> Journal | None:
        """The shift journal (plain sqlite3), open once start-up is done."""
        return self.data.journal

    @property
    def store(self) -> Store | None:
        """The full store (SQLAlchemy), opened when a window first needs it."""
        return self.data.store

    def _finish_start(self) -> None:
        from companion.content import ContentError, load_vocabulary
        from companion.content.reframing import check_all_languages
        from companion.storage.opening import StoreError

        try:
            vocabulary = load_vocabulary()
            check_all_languages()  # a missing or malformed content file is named now
        except ContentError as error:
            self.fail(str(error))
            return
        self._vocabulary = vocabulary
        try:
            report = self.data.open()
        except (StoreError, DataDirError) as error:
            self.fail(str(error))
            return
        log.info("store open (the shift journal; the full store opens when a window needs it)")
        if report.moved_aside is not None:
            self.notices.database_moved_aside(
                report.problem, str(report.moved_aside), report.backups
            )
        self._start_breaks()
        self._start_reminders()
        self._apply_shortcut()
        if self.settings.problems:
            self.notices.inform(
                QCoreApplication.translate("CompanionApp", "Some settings were not used"),
                QCoreApplication.translate(
                    "CompanionApp", "These settings were ignored; the others apply:"
                )
                + "\n\n"
                + "\n".join(f"• {problem}" for problem in self.settings.problems),
            )
        self.events.store_opened.emit()
        if self.binding is not None and not self.binding.sound:
            self.notices.binding_leaks(self.binding)
        if self.unclean_stop is not None:
            self.notices.closed_unexpectedly(self.unclean_stop)

    def _start_breaks(self) -> None:
        from companion.platform.idle import make_idle_probe
        from companion.platform.microphone import make_microphone_probe
        from companion.scheduling.break_driver import BreakDriver
        from companion.ui.break_presenter import BreakPresenter

        assert self.journal is not None
        idle = make_idle_probe()
        microphone = make_microphone_probe()
        self._idle, self._microphone_probe = idle, microphone
        log.info(
            "idle detection: %s; call detection: %s",
            idle.unavailable_reason or idle.name,
            microphone.unavailable_reason or microphone.name,
        )
        # A sound server that is not running yet may start later: the probe asks again.
        usable = microphone.unavailable_reason in (None, "no_audio_server")
        self._microphone = microphone if usable else None
        self.driver = BreakDriver(
            self.settings.shift_plan(),
            self.settings.break_rules(),
            self._record_break,
            clock=self.clock,
            idle=idle if idle.unavailable_reason is None else None,
            microphone=self._microphone if self.settings.get("calls.detect_microphone") else None,
        )
        self.breaks = BreakPresenter(self.driver, self.language, self.clock.monotonic)
        self.driver.changed.connect(self._show_cycle)
        self.driver.call_ended.connect(self._after_call)
        self.driver.start()

    # -- end-of-shift summary, log reminder, check-in offer, my plan -----------------------------

    def _reminder_settings(self) -> ReminderSettings:
        from companion.domain.reminders import ReminderSettings

        return ReminderSettings.from_values(self.settings.get)

    def _start_reminders(self) -> None:
        from companion.scheduling.wellbeing_driver import WellbeingDriver
        from companion.storage.erase import REMINDERS_FILE

        self.wellbeing = WellbeingDriver(
            self.settings.shift_plan(),
            self._reminder_settings(),
            lambda: self.journal,
            self._reminders_quiet,
            self.clock,
            self.paths.data_dir / REMINDERS_FILE,
        )
        self.wellbeing.shift_ended.connect(lambda: self.show_day_summary(on_demand=False))
        self.wellbeing.log_reminder_due.connect(self._remind_to_log)
        self.wellbeing.checkin_due.connect(self._checkin_due)
        if self.driver is not None:  # a pause or a call that ends lets a waiting one through
            self.driver.changed.connect(self._reminders_after_change)
        self.wellbeing.start()

    def _reminders_quiet(self) -> bool:
        from companion.domain.breaks import reminders_wait

        return self.driver is not None and reminders_wait(self.driver.view)

    def _reminders_after_change(self) -> None:
        quiet = self._reminders_quiet()
        if self._was_quiet and not quiet and self.wellbeing is not None:
            self.wellbeing.check()
        self._was_quiet = quiet

    def show_day_summary(self, *, on_demand: bool = True) -> None:
        """Today's summary (from the tray), or that of the shift just ended (the driver)."""
        from companion.content import ContentError
        from companion.content.summary import shipped_sentences
        from companion.domain.reminders import shift_day
        from companion.ui.day_summary import DaySummaryWindow

        if self.journal is None:
            return
        now = self.clock.now()
        day = shift_day(self.settings.shift_plan(), now, self.clock.local_zone())
        if not on_demand and self.wellbeing is not None and self.wellbeing.summary_day:
            day = self.wellbeing.summary_day
        if self.day_summary is None:
            try:
                sentences: Sentences = shipped_sentences()
            except ContentError as error:
                log.error("%s", error)
                sentences = {}  # the figures still show, without the sentence
            self.day_summary = DaySummaryWindow(sentences)
            self.day_summary.at_shift_end_changed.connect(self._set_summary_at_shift_end)
            self.day_summary.log_requested.connect(self.show_quick_log)
            self._speaks(self.day_summary)
        self.day_summary.show_summary(
            self.journal.day_summary(day, until=now),
            at_shift_end=bool(self.settings.get("summary.at_shift_end")),
            on_demand=on_demand,
        )

    def _set_summary_at_shift_end(self, on: bool) -> None:
        self.apply_settings({"summary.at_shift_end": on})

    def _remind_to_log(self) -> None:
        """A gentle tray message; clicking it opens the quick log. Without a tray, nothing."""
        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            log.info("log reminder not shown: no tray messages here")
            return
        self._message_target = (self.show_quick_log, self.clock.monotonic() + 600)
        self.tray.showMessage(
            QCoreApplication.translate("CompanionApp", "How was today?"),
            QCoreApplication.translate(
                "CompanionApp",
                "Nothing was logged today. If you like, click here and note how you are; "
                "it takes a few seconds.",
            ),
            QSystemTrayIcon.MessageIcon.Information,
            10000,
        )

    def _forget_message_target(self) -> None:
        self._message_target = None

    def _message_opened(self) -> None:
        """A tray message was clicked: the log reminder opens the quick log, others the log."""
        target, self._message_target = self._message_target, None
        if target is not None and self.clock.monotonic() < target[1]:
            target[0]()
        else:
            self.show_history()

    def _checkin_due(self) -> None:
        self.offer_checkin()
        if self.checkin is not None and not self._checkin_watched:
            self._checkin_watched = True
            self.checkin.skipped.connect(self._checkin_skipped)

    def _checkin_skipped(self) -> None:
        if self.wellbeing is not None:
            self.wellbeing.checkin_dismissed()  # one reminder, about two hours from now

    def show_plan(self) -> None:
        from companion.ui.action_plan import ActionPlanWindow

        if self.store is None:
            return
        if self.plan_window is None:
            self.plan_window = ActionPlanWindow(
                lambda: [] if self.store is None else self.store.goals(),
                self._set_goal,
                self._remove_goal,
                self._this_week_counts,
            )
            self._speaks(self.plan_window)  # loads the goals
        else:
            self.plan_window.refresh()
        bring_forward(self.plan_window)

    def _set_goal(self, code: str, target: int) -> None:
        if self.store is not None:
            self.store.set_goal(code, target)
            self.events.goals_changed.emit()

    def _remove_goal(self, code: str) -> None:
        if self.store is not None:
            self.store.remove_goal(code)
            self.events.goals_changed.emit()

    def _this_week_counts(self) -> WeekCounts | None:
        if self.store is None:
            return None
        today = self.clock.now().astimezone(self.clock.local_zone()).date()
        return self.store.week_counts(today)[0]

    # -- (end of summary, reminders, plan) -------------------------------------------------------

    def _show_cycle(self) -> None:
        from companion.domain.breaks import Phase
        from companion.ui.break_presenter import tray_state

        if self.driver is None or self.breaks is None:
            return
        now = self.clock.now()
        view = self.driver.view
        self.breaks.update(now)
        tooltip = self.breaks.tooltip(now, self.clock.local_zone())
        if self.tray is not None:
            self.tray.show_state(tray_state(view, now), tooltip)
        if self.stand_in is not None:
            self.stand_in.status.setText(tooltip)
        self.menu.show_breaks(
            on_shift=view.phase is not Phase.OFF_SHIFT,
            paused=view.phase is Phase.PAUSED,
            on_call=view.on_call,
        )

    # -- reframing and exercises ---------------------------------------------------------------

    def reframing_content(self, language: str) -> ReframingContent:
        from companion.content.reframing import load_reframing

        if language not in self._reframing:
            self._reframing[language] = load_reframing(language)
        return self._reframing[language]

    def _wizard(self) -> ReframingWizard:
        from companion.domain.reframing import suggest_distortions
        from companion.ui.reframing_wizard import ReframingWizard

        if self.wizard is None:
            assert self.journal is not None
            self.wizard = ReframingWizard(
                self.journal.save_thought,
                self.clock,
                self._vocabulary,
                self.reframing_content,
                suggest_distortions,
            )
            self.wizard.finished.connect(self.events.thought_saved.emit)
            self._speaks(self.wizard)
        return self.wizard

    def show_reframing(self, entry: MoodEntry | None = None) -> None:
        """Start a thought record (from a mood entry when given), or go on with a draft."""
        if self.journal is None:
            return
        wizard = self._wizard()
        if not (wizard.isVisible() and wizard.record is not None):
            draft = self.journal.newest_draft()
            if entry is not None:
                wizard.start_new(entry.id, entry.emotions)
            elif draft is not None:
                wizard.load(draft)  # the newest draft; others are in Thought records
            else:
                wizard.start_new()
        bring_forward(wizard)

    def resume_thought(self, record: ThoughtRecord) -> None:
        wizard = self._wizard()
        wizard.save_draft()
        wizard.load(record)
        bring_forward(wizard, take_focus=False)

    def show_records(self) -> None:
        from companion.ui.thought_records import ThoughtRecordsWindow

        if self.store is None:
            return
        if self.records_window is None:
            self.records_window = ThoughtRecordsWindow(
                lambda: self.store, self.clock, self._vocabulary, self.reframing_content
            )
            self.records_window.resume_requested.connect(self.resume_thought)
            self.records_window.new_requested.connect(lambda: self.show_reframing())
            self.records_window.practice_requested.connect(self.show_practice)
            follow(self.records_window, self.events.thought_saved, self.events.data_replaced)
            self._speaks(self.records_window)
        bring_forward(self.records_window)

    def show_practice(self) -> None:
        from companion.ui.practice import PracticeDialog

        if self.practice is None:
            self.practice = PracticeDialog(self.reframing_content)
            self._speaks(self.practice)
        bring_forward(self.practice)

    def show_exercises(self, code: str | None = None) -> None:
        from companion.ui.exercises import ExercisesWindow

        if self.journal is None:
            return
        if self.exercises_window is None:
            self.exercises_window = ExercisesWindow(
                self.journal.add_exercise, self.clock, self.reframing_content
            )
            self._speaks(self.exercises_window)
        if code is not None:
            self.exercises_window.show_exercise(code)
        bring_forward(self.exercises_window)

    def breathe_for_a_minute(self) -> None:
        """The break window's guided breathing, on request; kept as a breathing exercise."""
        from companion.ui.break_window import BreakWindow

        if self.breathing_window is None:
            self.breathing_window = BreakWindow(self.clock.monotonic)
            self._speaks(self.breathing_window)
            self.breathing_window.finished.connect(self._breathing_done)
            self.breathing_window.ended_early.connect(self._breathing_done)
        self._breathing_started = self.clock.now()
        self.breathing_window.show_break("micro", 60)

    def _breathing_done(self, _seconds: int) -> None:
        import uuid

        from companion.domain.thoughts import ExerciseUse

        if self._breathing_started is not None:
            self.after_save.keep_exercise(
                ExerciseUse(uuid.uuid4(), "breathing", self._breathing_started, self.clock.now())
            )
        self._breathing_started = None

    def _offer_support(self, stress: int) -> None:
        from companion.ui.support_offer import SupportOffer

        if self.support_offer is None:
            self.support_offer = SupportOffer()
            self.support_offer.breathe_requested.connect(self.breathe_for_a_minute)
            self.support_offer.reframe_requested.connect(self._reframe_last_entry)
            self._speaks(self.support_offer)
        self.support_offer.offer(stress)

    def show_help_contacts(self, *, gently: bool = False) -> None:
        """Where to turn (from the tray, the check-in, or after words of distress)."""
        from companion.ui.help_contacts import HelpContactsWindow

        if self.help_window is None:
            self.help_window = HelpContactsWindow()
            self.help_window.edit_requested.connect(self.edit_help_contacts)
            self._speaks(self.help_window)
        self.help_window.show_contacts(self.settings.get("help.contacts"), gently=gently)
        log.info("help contacts shown")

    def edit_help_contacts(self) -> None:
        self.show_settings()
        if self.settings_dialog is not None:
            self.settings_dialog.show_contacts_tab()

    def _reframe_last_entry(self) -> None:
        if self.journal is None:
            return
        self.show_reframing(self.journal.latest_mood())

    def _after_call(self) -> None:
        if self.settings.get("calls.offer_mood_log"):
            self.show_quick_log()

    def start_break_now(self) -> None:
        if self.driver is not None:
            self.driver.start_now()

    def resume_breaks(self) -> None:
        if self.driver is not None:
            self.driver.resume()

    def pause_breaks(self, minutes: int) -> None:
        if self.driver is None:
            return
        if minutes == REST_OF_SHIFT:
            self.driver.pause_rest_of_shift()
        else:
            self.driver.pause_for(minutes)

    def set_on_call(self, on_call: bool) -> None:
        if self.driver is None:
            return
        if on_call:
            self.driver.call_started()
        else:
            self.driver.call_stopped()

    def _detection_status(self) -> DetectionStatus:
        from companion.ui.settings_dialog import DetectionStatus

        return DetectionStatus(
            idle_reason=self._idle.unavailable_reason,
            idle_name=self._idle.name,
            microphone_reason=self._microphone_probe.unavailable_reason,
            microphone_name=self._microphone_probe.name,
            shortcut_reason=None if self.shortcut is None else self.shortcut.status,
            shortcut_sequence="" if self.shortcut is None else self.shortcut.sequence,
        )

    def show_settings(self) -> None:
        from companion.ui.settings_dialog import SettingsDialog

        if self.driver is None:
            return
        self.detection = self._detection_status()  # as it is now: a sound server may have started
        shown = self.keeper.as_they_are()
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(shown, self.detection, clock=self.clock)
            self.settings_dialog.saved.connect(self.apply_settings)
            self.settings_dialog.export_requested.connect(self.export_data)
            self.settings_dialog.erase_requested.connect(self.erase_all_data)
            self.settings_dialog.finished.connect(lambda _result: self._apply_shortcut())
            self._speaks(self.settings_dialog)
        self.settings_dialog.load(shown, self.detection)
        if self.shortcut is not None:  # so that its keys reach the shortcut field
            self.shortcut.set_sequence("")
        bring_forward(self.settings_dialog)

    @property
    def settings(self) -> Settings:
        return self.keeper.settings

    def apply_settings(self, values: dict[str, Any]) -> None:
        """Write each changed key (keeping the rest of the file) and apply them at once."""
        applied = self.keeper.apply(values)
        if applied.login_error is not None:
            self.notices.login_entry_unchanged(applied.login_error)
        if applied.not_saved:
            self.notices.settings_not_saved(applied.not_saved)
        if self.driver is not None:
            self.driver.reconfigure(self.settings.shift_plan(), self.settings.break_rules())
            detect = bool(self.settings.get("calls.detect_microphone"))
            self.driver.set_microphone(self._microphone if detect else None)
        if self.wellbeing is not None:
            self.wellbeing.reconfigure(self.settings.shift_plan(), self._reminder_settings())
        self._apply_shortcut()
        self.events.settings_changed.emit(values)

    # -- the quick log's global shortcut ------------------------------------------------------

    def _apply_shortcut(self) -> None:
        """Hold the combination the settings name (none while the settings window is open, so
        that the shortcut field can record it)."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            return
        if self.shortcut is None:
            from companion.platform.hotkey import GlobalShortcut

            self.shortcut = GlobalShortcut(parent=self)
            self.shortcut.activated.connect(self.quick_log_by_shortcut)
        self.shortcut.set_sequence(str(self.settings.get("shortcuts.quick_log")))

    def quick_log_by_shortcut(self) -> None:
        """The global shortcut (or `companion quick-log`) was used: the quick log comes to the
        front, keeping what is typed in it already. Not during a break: the break window stays
        (End early, or Esc, ends it first)."""
        from companion.domain.breaks import Phase

        if self.driver is not None and self.driver.view.phase is Phase.BREAK:
            log.info("quick log shortcut ignored during a break")
            return
        if self.quick_log is None and self._vocabulary is None:
            return
        log.info("quick log brought forward by its shortcut")
        if self.quick_log is not None and self.quick_log.isVisible():
            bring_forward(self.quick_log)
            return
        self.show_quick_log()

    # -- one's data: export and erase --------------------------------------------------------

    def _record_break(self, record: BreakRecord) -> None:
        log.info("break recorded: %s, %s", record.kind, record.outcome)
        if self.journal is not None:  # None only for a moment, while the data is erased
            self.journal.add_break(record)

    def export_data(self, path: str) -> None:
        """Write all data as one JSON export (the settings window asked where)."""
        from pathlib import Path

        if self.store is None:
            return
        explicit = load_settings(self.paths.settings_file).values  # what the file sets
        try:
            self.data.export_to(Path(path), explicit)
        except OSError as error:
            self.notices.export_failed(path, error.strerror or str(error))
            return
        self.notices.exported(path)

    def _drop_windows_with_data(self) -> None:
        """Close, without saving, the windows that hold a record being written."""
        if self.wizard is not None:
            self.wizard.record = None  # closing would keep it as a draft otherwise
            self.wizard.close()
            self.wizard.deleteLater()
            self.wizard = None
        if self.exercises_window is not None:
            self.exercises_window.close()
            self.exercises_window.deleteLater()
            self.exercises_window = None
        self._breathing_started = None

    def erase_all_data(self) -> None:
        """Erase all one's data (as `companion erase` does) and go on with an empty store."""
        from companion.storage.opening import StoreError

        self._drop_windows_with_data()
        try:
            report = self.data.erase()
        except (StoreError, DataDirError) as error:
            self.fail(str(error))
            return
        self.events.data_replaced.emit()
        self.notices.erased([f"{path}: {why}" for path, why in report.failed])

    # -- messages ----------------------------------------------------------------------------

    def fail(self, message: str) -> None:
        """A problem Companion cannot work around: say so clearly and exit 1."""
        log.error("%s", message)
        print(f"companion: {message}", file=sys.stderr)
        self.exit_code = 1
        if headless():
            self.quit()
            return
        QMessageBox.critical(None, APP_NAME, message)
        self.quit()

    # -- actions -----------------------------------------------------------------------------

    def _quick_log(self) -> QuickLogDialog | None:
        """The quick log, made when first asked for (about 20 ms), so that a tray that has not
        been used yet holds no window."""
        from companion.ui.quick_log import QuickLogDialog

        if self.quick_log is None and self._vocabulary is not None:
            self.quick_log = QuickLogDialog(lambda: self.journal, self.clock, self._vocabulary)
            self.quick_log.saved.connect(self.events.mood_saved.emit)
            self.quick_log.saved.connect(lambda _entry: self._forget_message_target())
            self._speaks(self.quick_log)
        return self.quick_log

    def show_quick_log(self) -> None:
        quick_log = self._quick_log()
        if quick_log is not None:
            quick_log.open_fresh()

    def _history(self) -> HistoryWindow | None:
        """The mood log window, made when first shown (a shift does not need it)."""
        from companion.ui.history import HistoryWindow

        if self.history is None and self._vocabulary is not None:
            self.history = HistoryWindow(lambda: self.store, self.clock, self._vocabulary)
            self.history.new_entry_requested.connect(self.show_quick_log)
            self.history.reframe_requested.connect(self.show_reframing)
            self.history.entry_edited.connect(self.events.mood_edited.emit)
            events = self.events
            follow(self.history, events.mood_saved, events.store_opened, events.data_replaced)
            self._speaks(self.history)
        return self.history

    def show_history(self) -> None:
        history = self._history()
        if history is None:
            return
        bring_forward(history)

    def show_dashboard(self) -> None:
        from companion.ui.dashboard import DashboardWindow

        if self.store is None or self._vocabulary is None:
            return
        if self.dashboard is None:
            self.dashboard = DashboardWindow(
                self._load_dashboard,
                lambda: None if self.store is None else self.store.first_entry_day(),
                self.clock,
                self._vocabulary,
                self._exercise_name,
            )
            self.dashboard.log_requested.connect(self.show_quick_log)
            self.dashboard.entries_requested.connect(self.show_entries)
            events = self.events
            follow(
                self.dashboard,
                events.mood_saved,
                events.mood_edited,
                events.check_in_saved,
                events.goals_changed,
                events.data_replaced,
            )
            self._speaks(self.dashboard)  # draws the current range
        else:
            self.dashboard.refresh()
        bring_forward(self.dashboard)

    def offer_checkin(self) -> None:
        """Show the weekly check-in (from the tray, or offered at the chosen time). Safe to call
        again: one window only, and an open one keeps its answers. When this week's check-in is
        done already, the window says so and still allows another."""
        from companion.content import ContentError
        from companion.content.checkin import load_who5
        from companion.ui.checkin import CheckInDialog

        if self.journal is None:
            return
        if self.checkin is None:
            try:
                texts = load_who5()
            except ContentError as error:
                log.error("%s", error)
                self.notices.inform(
                    QCoreApplication.translate("CompanionApp", "Check-in not available"),
                    str(error),
                    icon=QMessageBox.Icon.Warning,
                )
                return
            self.checkin = CheckInDialog(
                self._save_check_in, self._latest_check_in, self.clock, texts
            )
            self.checkin.saved.connect(self.events.check_in_saved.emit)
            self.checkin.help_requested.connect(lambda: self.show_help_contacts())
            self._speaks(self.checkin)
        self.checkin.open_fresh()

    def _save_check_in(self, check_in: CheckIn) -> CheckIn:
        if self.journal is None:
            raise RuntimeError("the store is not open")
        return self.journal.add_check_in(check_in)

    def _latest_check_in(self) -> CheckIn | None:
        return None if self.journal is None else self.journal.latest_check_in()

    def _load_dashboard(self, span: DateRange, today: date) -> Dashboard | None:
        return None if self.store is None else self.store.dashboard(span, today)

    def _exercise_name(self, kind: str, language: str) -> str:
        if kind == "thought_record":
            return QCoreApplication.translate("CompanionApp", "Thought record")
        exercise = self.reframing_content(language).exercises.get(kind)
        return kind if exercise is None else exercise.name

    def show_entries(self, flt: MoodFilter) -> None:
        """The mood log, narrowed to the entries behind a point of the dashboard."""
        history = self._history()
        if history is None:
            return
        history.show_filtered(flt)
        self.show_history()

    def activate(self) -> None:
        """Another start of Companion asked this one to come forward."""
        log.info("activated by a second start")
        if self.stand_in is not None:
            bring_forward(self.stand_in)
        else:
            self.show_history()

    def handle_request(self, request: Request) -> None:
        """A request from a later start or a `companion` command (companion.ipc.protocol)."""
        from companion.ipc.protocol import Activate, Call, QuickLog

        match request:
            case Activate():
                self.activate()
            case QuickLog():
                log.info("quick log asked for from the command line")
                self.quick_log_by_shortcut()
            case Call(started=started) if self.driver is not None:
                log.info("call %s (from the command line)", "start" if started else "end")
                self.set_on_call(started)

    def choose_language(self, setting: str) -> None:
        self.language_setting = setting
        problem = self.keeper.save_language(setting)
        if problem is not None:
            self.notices.language_not_saved(problem)
        self.language = resolve_language(None, setting, QLocale.system().name())
        self.translations.apply(self.language)
        self.menu.mark_language(setting)
        self.menu.retranslate()
        if self.tray is not None:
            self.tray.retranslate()
        if self.stand_in is not None:
            self.stand_in.retranslate()
        if self.breaks is not None:
            self.breaks.retranslate(self.language)
        self.events.language_changed.emit(self.language)
        self._show_cycle()
        log.info("language set to %s (%s)", setting, self.language)

    def _speaks(self, window: Any) -> None:
        """A window just made: it speaks the language now, and follows every change of it."""
        window.retranslate(self.language)
        self.events.language_changed.connect(window.retranslate)

    def shut_down(self) -> None:
        """Close the store and take the icon away; windows and the event loop are left as is."""
        if self.wizard is not None:
            self.wizard.save_draft()  # an unfinished thought record is kept
        if self.tray is not None:
            self.tray.hide()
        if self.shortcut is not None:
            self.shortcut.close()
        if self.wellbeing is not None:
            self.wellbeing.shut_down()
            self.wellbeing = None
        if self.driver is not None:
            self.driver.shut_down()  # records a postponed break that was never taken
            self.driver = None
            self._idle.close()
            self._microphone_probe.close()  # its `pactl subscribe`, where one runs
        self.data.close()

    def quit(self) -> None:
        log.info("quitting")
        self.shut_down()
        self.qt_app.exit(self.exit_code)

    def windows(self) -> list[QWidget]:
        found: list[QWidget | None] = [self.quick_log, self.history, self.stand_in]
        if self.breaks is not None:
            found += self.breaks.made()
        return [window for window in found if window is not None]
