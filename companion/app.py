"""The composition root: makes the parts of the app and connects them, and nothing else.

What each part does lives with it: the features in `companion.features` (breaks, mood,
reframing, wellbeing, settings, welcome, team, the keyboard's routes to windows), the running
app's services in `companion.services` (one's data in `data_service`, the settings in force in
`settings_service`, the reactions after a save in `flows`, what happened in `events`), the
tray in `ui.tray_presence`, the messages in `ui.notices`.

Start-up order keeps the tray quick: Qt and the tray icon first (then `ready` is logged); the
shift journal (plain sqlite3; Alembic only when a migration is due), breaks and reminders right
after. What a shift does not use is loaded when first asked for: the full store (SQLAlchemy,
about 37 MB) with the mood log, trends, thought records or an export; pyqtgraph with the trends.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from companion import __version__
from companion.content.shipped import ShippedContent
from companion.domain.clock import SYSTEM_CLOCK, Clock
from companion.features import Services
from companion.features.breaks import Breaks
from companion.features.live_settings import LiveSettings
from companion.features.mood import Mood
from companion.features.reframing import Reframing
from companion.features.routes import WindowRoutes
from companion.features.settings import SettingsWindow
from companion.features.team import Team
from companion.features.welcome import Welcome
from companion.features.wellbeing import Wellbeing
from companion.paths import AppPaths, DataDirError
from companion.process.crash_trace import UncleanStop
from companion.process.qt_binding import BindingReport
from companion.process.uptime import process_age_ms
from companion.services.data_service import AppData
from companion.services.events import AppEvents
from companion.services.flows import AfterSave
from companion.services.settings_service import SettingsKeeper
from companion.settings import Settings
from companion.ui.accessibility import install_window_roles
from companion.ui.i18n import Speech
from companion.ui.notices import Notices, app_name
from companion.ui.tray import TrayMenu
from companion.ui.tray_presence import TrayPresence

if TYPE_CHECKING:
    from companion.ipc.protocol import Request
    from companion.storage.journal import Journal
    from companion.storage.store import Store
    from companion.ui.settings import DetectionStatus

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
        clock: Clock = SYSTEM_CLOCK,
        welcome: bool = False,  # run_app asks for it; the tests only when a test does
    ) -> None:
        super().__init__()
        install_window_roles()  # windows a screen reader announces as windows, not "filler"
        self.qt_app, self.paths, self.clock = qt_app, paths, clock
        self.exit_code = 0
        self.binding: BindingReport | None = None  # set by run_app: the start-up check
        self.unclean_stop: UncleanStop | None = None  # set by run_app: how the last run ended

        self.speech = Speech(settings.language, language_override)
        self.menu = TrayMenu(self.speech.setting)
        self.presence = TrayPresence(self.menu)
        self.notices = Notices(lambda: self.presence.tray, self.presence.desktop)
        self.events = AppEvents()
        self.keeper = SettingsKeeper(paths.settings_file, settings)  # the settings in force
        self.data = AppData(paths, clock)  # the journal, the full store, export, erase
        self.content = ShippedContent()
        services = Services(
            clock, self.events, self.speech, self.data, self.keeper, self.content, self.notices
        )
        self.breaks = Breaks(services)
        self.mood = Mood(services, in_break=self.breaks.in_break)
        self.reframing = Reframing(services)
        self.wellbeing = Wellbeing(services, self.presence, self.breaks.reminders_wait)
        self.team = Team(services, self.menu)
        self.settings_window = SettingsWindow(services, self._detection, self.team.sharing)
        self.live_settings = LiveSettings(services)  # `config set`, the file edited by hand
        self.routes = WindowRoutes(services, self.menu, self.mood, self.settings_window.show)
        self.welcome = Welcome(
            services,
            self.presence,
            self.menu,
            lambda: self.breaks.driver,
            self._detection,
            welcome,
        )
        self.after_save = AfterSave(
            clock,
            lambda: self.keeper.settings,
            lambda: self.data.journal,
            show_help=lambda: self.wellbeing.show_help_contacts(gently=True),
            offer_support=self.reframing.offer_support,
            tell=self.notices.tray_message,
        )
        self._wire()

    def _wire(self) -> None:
        events, menu = self.events, self.menu
        mood, reframing, wellbeing = self.mood, self.reframing, self.wellbeing
        breaks, settings_window = self.breaks, self.settings_window
        # what follows a save
        events.mood_saved.connect(self.after_save.mood_saved)
        events.mood_edited.connect(self.after_save.mood_edited)
        events.thought_saved.connect(self.after_save.thought_finished)
        reframing.exercise_done.connect(self.after_save.keep_exercise)
        reframing.exercise_done.connect(events.exercise_saved.emit)  # then the views refresh
        # the features asking each other
        mood.reframe_requested.connect(reframing.show_reframing)
        wellbeing.log_requested.connect(mood.show_quick_log)
        wellbeing.history_requested.connect(mood.show_history)
        wellbeing.contacts_edit_requested.connect(settings_window.show_contacts)
        wellbeing.settings_chosen.connect(settings_window.apply)
        breaks.changed.connect(self._show_cycle)
        breaks.changed.connect(wellbeing.breaks_changed)
        breaks.call_ended.connect(mood.offer_after_call)
        breaks.changed.connect(self.welcome.breaks_changed)
        self.welcome.settings_chosen.connect(settings_window.apply)
        self.welcome.language_chosen.connect(self.choose_language)
        settings_window.about_to_erase.connect(reframing.drop_unsaved)
        settings_window.about_to_erase.connect(mood.drop_unsaved)
        settings_window.failed.connect(self.fail)
        events.settings_changed.connect(mood.hold_shortcut)
        self.speech.language_changed.connect(
            lambda _language: self.presence.retranslate(self.speech.setting)
        )
        # the tray menu
        menu.log_requested.connect(mood.show_quick_log)
        menu.history_requested.connect(mood.show_history)
        menu.dashboard_requested.connect(mood.show_dashboard)
        menu.summary_requested.connect(wellbeing.show_day_summary)
        menu.plan_requested.connect(wellbeing.show_plan)
        menu.checkin_requested.connect(wellbeing.offer_checkin)
        menu.help_requested.connect(wellbeing.show_help_contacts)
        menu.reframe_requested.connect(lambda: reframing.show_reframing())
        menu.records_requested.connect(reframing.show_records)
        menu.exercises_requested.connect(lambda: reframing.show_exercises())
        menu.break_requested.connect(breaks.start_now)
        menu.pause_requested.connect(breaks.pause)
        menu.resume_requested.connect(breaks.resume)
        menu.call_toggled.connect(breaks.set_on_call)
        menu.settings_requested.connect(settings_window.show)
        menu.language_chosen.connect(self.choose_language)
        menu.quit_requested.connect(self.quit)

    @property
    def journal(self) -> Journal | None:
        """The shift journal (plain sqlite3), open once start-up is done."""
        return self.data.journal

    @property
    def store(self) -> Store | None:
        """The full store (SQLAlchemy), opened when a window first needs it."""
        return self.data.store

    @property
    def settings(self) -> Settings:
        return self.keeper.settings

    # -- start-up ----------------------------------------------------------------------------

    def start(self) -> None:
        self.qt_app.setWindowIcon(self.presence.icon)
        self.presence.show()
        log.info(
            "ready in %d ms (Companion %s, %s, language %s)",
            process_age_ms(),
            __version__,
            self.presence.where,
            self.speech.language,
        )
        QTimer.singleShot(0, self._finish_start)

    def _finish_start(self) -> None:
        from companion.content import ContentError
        from companion.storage.opening import StoreError

        try:
            self.content.load()  # a missing or malformed content file is named now
            report = self.data.open()
        except (ContentError, StoreError, DataDirError) as error:
            self.fail(str(error))
            return
        log.info("store open (the shift journal; the full store opens when a window needs it)")
        self.notices.after_opening(report)  # a store moved aside, rows an update set aside
        self.breaks.start()
        self.wellbeing.start()
        self.team.start()
        self.mood.hold_shortcut()
        self.live_settings.start()  # from now on a change to the file applies at once
        if self.settings.problems:
            self.notices.settings_ignored(self.settings.problems)
        self.events.store_opened.emit()
        if self.binding is not None and not self.binding.sound:
            self.notices.binding_leaks(self.binding)
        if self.unclean_stop is not None:
            self.notices.closed_unexpectedly(self.unclean_stop)
        self.welcome.start()  # on a first start only, and never during a call

    # -- small pieces of wiring --------------------------------------------------------------

    def _show_cycle(self) -> None:
        view = self.breaks.view
        if view is None:
            return
        from companion.domain.breaks import Phase

        state, tooltip = self.breaks.look()
        self.presence.show_cycle(
            state,
            tooltip,
            on_shift=view.phase is not Phase.OFF_SHIFT,
            next_shift=self.breaks.next_shift(),
            paused=view.phase is Phase.PAUSED,
            on_call=view.on_call,
        )

    def _detection(self) -> DetectionStatus:
        mood, more_keys = self.mood, self.routes.statuses()  # the windows' keys
        return self.breaks.detection(*mood.shortcut_state(), mood.shortcut_binding(), more_keys)

    def activate(self) -> None:
        """Another start of Companion asked this one to come forward."""
        log.info("activated by a second start")
        if not self.presence.bring_stand_in_forward():
            self.mood.show_history()

    def handle_request(self, request: Request) -> None:
        """A request from a later start or a `companion` command (companion.ipc.protocol)."""
        from companion.ipc.protocol import Activate, Call, Open, QuickLog

        match request:
            case Activate():
                self.activate()
            case QuickLog():
                log.info("quick log asked for from the command line")
                self.mood.quick_log_by_shortcut()
            case Open(window=window):
                self.routes.open(window)
            case Call(started=started) if self.breaks.driver is not None:
                if started != self.breaks.driver.view.on_call:  # a repeat changes nothing
                    log.info("call %s (from the command line)", "start" if started else "end")
                self.breaks.set_on_call(started)

    def choose_language(self, setting: str) -> None:
        self.live_settings.choose_language(setting)  # saved; the tray and every window follow

    # -- the end -----------------------------------------------------------------------------

    def fail(self, message: str) -> None:
        """A problem Companion cannot work around: say so clearly and exit 1."""
        log.error("%s", message)
        print(f"companion: {message}", file=sys.stderr)
        self.exit_code = 1
        if not headless():
            QMessageBox.critical(None, app_name(), message)
        self.quit()

    def shut_down(self) -> None:
        """Close the store and take the icon away; windows and the event loop are left as is."""
        self.reframing.keep_draft()  # an unfinished thought record is kept
        self.presence.hide()
        self.live_settings.shut_down()
        self.mood.shut_down()
        self.routes.shut_down()
        self.wellbeing.shut_down()
        self.breaks.shut_down()
        self.team.shut_down()
        self.data.close()

    def quit(self) -> None:
        log.info("quitting")
        self.shut_down()
        self.qt_app.exit(self.exit_code)

    def windows(self) -> list[QWidget]:
        found = [self.mood.quick_log, self.mood.history, self.presence.stand_in]
        return [window for window in found if window is not None] + self.breaks.windows()
