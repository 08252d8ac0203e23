"""The welcome on a first start (`ui/welcome.py`): once, skippable, never during a call.

Who sees it: someone whose data folder held no database when Companion started, so a new user
and not one upgrading. It waits while a call, a break, its notice or a pause is on, and comes
when that ends; a call that starts while it is open hides it until the call ends. It then comes
back without taking the keyboard, and not while a Companion window that came forward by itself
(one that stays on top: the quick log a call's end may open, `calls.offer_mood_log`) has it: it
waits until that one lets go. Whether it
was shown is kept in `welcome.json` in the data folder ("pending" from the first start until it
is answered, so a first start that quit before it could show still shows it next time; "done"
after Start or Skip). Start applies the shift hours and days through the settings window's path
(`settings_chosen`); the language is applied as the tray menu applies it (`language_chosen`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.files import write_atomically
from companion.settings import Settings
from companion.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from companion.domain.first_break import UpcomingBreak
    from companion.features import Services
    from companion.scheduling.break_driver import BreakDriver
    from companion.ui.settings import DetectionStatus
    from companion.ui.tray import TrayMenu
    from companion.ui.tray_presence import TrayPresence
    from companion.ui.welcome import WelcomeWindow

log = logging.getLogger(__name__)

PENDING, DONE = "pending", "done"
SETTLE_SECONDS = 2  # the tray icon is in place (its geometry known) before the welcome looks
LOOK_SCALE = 1.0  # tests make the first look come sooner
BACK_MS = 500  # after a call: the quick log its end may open has taken the keyboard by then


def _gui() -> QGuiApplication:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app


class Welcome(QObject):
    settings_chosen = Signal(object)  # the shift keys to apply, as the settings window does
    language_chosen = Signal(str)  # the language picked in the welcome: applied at once

    def __init__(
        self,
        services: Services,
        presence: TrayPresence,
        menu: TrayMenu,
        driver: Callable[[], BreakDriver | None],  # the break driver, once it runs
        detection: Callable[[], DetectionStatus],  # the microphone, the quick log's shortcut
        enabled: bool,  # run_app says so unless `--no-welcome`; tests only when they ask
    ) -> None:
        super().__init__()
        self._services = services
        self._presence = presence
        self._menu = menu
        self._driver, self._detection = driver, detection
        paths = services.data.paths
        # Decided before the store is opened (opening makes the database).
        self._new_user = enabled and not paths.database.exists()
        self._enabled = enabled
        self.waiting = False  # due, held back by a call (or a break, a pause)
        self._hidden_for_call = False
        self._looked = False  # the first look, after the tray settled and the microphone was read
        self._said_wait = False
        self._coming_back = False  # after a call: a look at who has the keyboard is due
        self._following_focus = False  # waiting for another window to let go of the keyboard
        self._slot = WindowSlot(services.speech, self._make_window, place=self._place)

    @property
    def window(self) -> WelcomeWindow | None:
        return self._slot.window

    # -- when -------------------------------------------------------------------------------

    def _on_call(self) -> bool:
        driver = self._driver()
        return driver is not None and driver.view.on_call

    def _quiet(self) -> bool:
        """A call, a break, its notice or a pause is on (or the breaks do not run yet)."""
        from companion.domain.breaks import reminders_wait

        driver = self._driver()
        return driver is None or reminders_wait(driver.view)

    @property
    def state_file(self) -> Path:
        from companion.storage.erase import WELCOME_FILE  # not before the tray shows

        return self._services.data.paths.data_dir / WELCOME_FILE

    def state(self) -> str | None:
        try:
            value = json.loads(self.state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("welcome state not read (%s); not showing it", error)
            return DONE
        return value.get("welcome") if isinstance(value, dict) else DONE

    def _keep(self, state: str) -> None:
        try:
            write_atomically(self.state_file, json.dumps({"welcome": state}).encode("utf-8"))
        except OSError as error:
            log.warning("welcome state not saved: %s", error)

    def start(self) -> None:
        """Start-up is done (the store and the break driver run): show it if it is due."""
        if not self._enabled:
            return
        state = self.state()
        if state == DONE or (state is None and not self._new_user):
            return
        if state is None:
            self._keep(PENDING)
        self.waiting = True
        # A call under way is known once the break driver first asked the microphone.
        from companion.scheduling.break_driver import PROBE_SECONDS

        listens = bool(self._services.settings.get("calls.detect_microphone"))
        seconds = PROBE_SECONDS + 1 if listens else SETTLE_SECONDS
        log.info("welcome due: first look in %d s", seconds)
        QTimer.singleShot(round(seconds * 1000 * LOOK_SCALE), self.first_look)

    def first_look(self) -> None:
        self._looked = True
        self.breaks_changed()

    def breaks_changed(self) -> None:
        """The break cycle moved on: a call may have begun or ended."""
        window = self.window
        if self._hidden_for_call and window is not None and not self._on_call():
            self._come_back_soon()
            return
        if window is not None and window.isVisible() and self._on_call():
            log.info("welcome hidden until the call ends")
            self._hidden_for_call = True
            window.hide()
            return
        if not (self.waiting and self._looked):
            return
        if not self._quiet():
            self.waiting = False
            self.show()
        elif not self._said_wait:
            self._said_wait = True
            log.info("welcome waits: a call, a break or a pause is on")

    def _come_back_soon(self, *_args: Any) -> None:
        if not self._coming_back:
            self._coming_back = True
            QTimer.singleShot(BACK_MS, self._come_back)

    def _come_back(self) -> None:
        """After the call that hid it: back, without the keyboard, once no window that came
        forward by itself (one that stays on top: the quick log, a notice) holds the keyboard."""
        from PySide6.QtCore import Qt  # not at import: the `Qt` namespace costs ~14 ms to load

        self._coming_back = False
        window = self.window
        if not self._hidden_for_call or window is None or self._on_call():
            return
        active = QApplication.activeWindow()
        on_top = Qt.WindowType.WindowStaysOnTopHint
        if active is not None and active is not window and active.windowFlags() & on_top:
            if not self._following_focus:
                self._following_focus = True
                _gui().focusWindowChanged.connect(self._come_back_soon)
                log.info("welcome waits until %s is done", active.objectName() or "a window")
            return
        self._stop_following_focus()
        self._hidden_for_call = False
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._slot.show(take_focus=False)
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        log.info("welcome back after the call")

    def _stop_following_focus(self) -> None:
        if self._following_focus:
            self._following_focus = False
            _gui().focusWindowChanged.disconnect(self._come_back_soon)

    def show(self) -> None:
        window = self._slot.get()
        window.load(self._services.settings)
        window.retranslate(self._services.speech.language)
        self._slot.show()  # by the tray icon, or centred (`place`)
        log.info("welcome shown")

    # -- the window ---------------------------------------------------------------------------

    def _place(self, window: WelcomeWindow) -> None:
        """By the tray icon, where the tray says now where it is (else centred)."""
        tray = self._presence.tray
        window.place(tray.geometry() if tray is not None else None)

    def _make_window(self) -> WelcomeWindow:
        from companion.ui.welcome import WelcomeWindow, WhereItLives

        presence, services = self._presence, self._services
        tray = presence.tray
        status = self._detection()
        listens = bool(services.settings.get("calls.detect_microphone"))
        where = WhereItLives(
            in_tray=tray is not None,
            tray_rect=tray.geometry() if tray is not None else None,
            shortcut=status.shortcut_sequence if status.shortcut_reason is None else "",
            log_action=self._menu.log_action.text(),
            call_action=self._menu.call_action.text(),
            calls_detected=listens and status.microphone_reason is None,
            call_shortcut=self._call_shortcut(),
        )
        window = WelcomeWindow(
            services.settings, where, self.first_break, services.clock, presence.icon
        )
        window.started.connect(self._started)
        window.skipped.connect(self._skipped)
        window.language_chosen.connect(self.language_chosen)
        return window

    def _call_shortcut(self) -> str:
        """The global shortcut for "I'm on a call", only if it is held ("" otherwise)."""
        reason, sequence = self._detection().shortcuts.get("shortcuts.call", ("off", ""))
        return sequence if reason is None else ""

    def first_break(self, hours: list[str], days: list[str]) -> UpcomingBreak | None:
        """When the first break comes with these hours and days (the rest as set)."""
        from companion.domain.first_break import first_break

        settings = self._services.settings
        edited = Settings(values={**settings.values, "shift.hours": hours, "shift.days": days})
        clock = self._services.clock
        return first_break(
            edited.shift_plan(),
            edited.break_rules(),
            clock.local_zone(),
            clock.now(),
            None if (driver := self._driver()) is None else driver.cycle,
        )

    def _started(self, values: dict[str, Any]) -> None:
        self._keep(DONE)
        log.info("welcome answered: %s", ", ".join(f"{k}={v}" for k, v in values.items()))
        self.settings_chosen.emit(values)

    def _skipped(self) -> None:
        self._keep(DONE)
        self._hidden_for_call = False
        self._stop_following_focus()
        log.info("welcome skipped")
