"""Micro-breaks: the break driver (the scheduler and the cycle), the notice and the break
window, the idle and microphone probes that keep breaks out of calls, wait for a pause in
typing and count time away, and the global shortcuts that answer a notice from any program.

The driver is made once the shift journal is open (it records each break there). It follows
the settings as they change; `changed` tells the tray to show the cycle anew.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.breaks import BreakRecord, CycleView
    from companion.features import Services
    from companion.platform.hotkey.shortcut_set import BreakKeys
    from companion.platform.idle import IdleProbe
    from companion.platform.microphone import MicrophoneProbe
    from companion.platform.screen_state import ScreenStateProbe
    from companion.platform.sound import Chime
    from companion.scheduling.break_driver import BreakDriver
    from companion.ui.break_presenter import BreakPresenter
    from companion.ui.settings import DetectionStatus

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Breaks", "…")


class Breaks(QObject):
    changed = Signal()  # the cycle moved on: the tray shows it anew
    # A call ended (by hand or the microphone going quiet) and the hands have rested since, so
    # what follows it (the mood log, if asked for) never lands on someone typing up the call.
    call_ended = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.driver: BreakDriver | None = None
        self.presenter: BreakPresenter | None = None
        self._idle: IdleProbe | None = None
        self._microphone_probe: MicrophoneProbe | None = None
        self._microphone: MicrophoneProbe | None = None  # the probe, where it can ever answer
        self._screen: ScreenStateProbe | None = None  # Do not disturb, full screen
        self.keys: BreakKeys | None = None  # start, postpone, skip, on a call: from anywhere
        self.chime: Chime | None = None  # made when a first sound is asked for
        services.events.shortcuts_held_back.connect(self.hold_back_keys)
        self._after_call_timer = QTimer(self)  # after a call: waits for the hands to rest
        self._after_call_timer.setInterval(1000)
        self._after_call_timer.timeout.connect(self._check_hands_after_call)
        self._call_quiet = 0.0
        self._call_wait_until = 0.0

    def start(self) -> None:
        from companion.platform.hotkey.shortcut_set import ACTIONS, BreakKeys
        from companion.platform.idle import make_idle_probe
        from companion.platform.microphone import make_microphone_probe
        from companion.platform.screen_state import make_screen_state_probe
        from companion.scheduling.break_driver import BreakDriver
        from companion.ui.break_presenter import BreakPresenter

        services = self._services
        settings = services.settings
        idle = make_idle_probe()
        microphone = make_microphone_probe()
        screen = self._screen = make_screen_state_probe()
        self._idle, self._microphone_probe = idle, microphone
        log.info(
            "idle detection: %s; call detection: %s; screen state: %s",
            idle.unavailable_reason or idle.name,
            microphone.unavailable_reason or microphone.name,
            screen.unavailable_reason or screen.name,
        )
        # A sound server that is not running yet may start later: the probe asks again.
        usable = microphone.unavailable_reason in (None, "no_audio_server")
        self._microphone = microphone if usable else None
        self.driver = BreakDriver(
            settings.shift_plan(),
            settings.break_rules(),
            self._record,
            clock=services.clock,
            idle=idle if idle.unavailable_reason is None else None,
            microphone=self._microphone if settings.get("calls.detect_microphone") else None,
            screen=screen if screen.unavailable_reason is None else None,
        )
        self.presenter = BreakPresenter(
            self.driver,
            services.speech.language,
            services.clock.monotonic,
            dim_screen=lambda: bool(self._services.settings.get("breaks.dim_screen")),
            speak_breathing=lambda: bool(self._services.settings.get("breaks.speak_breathing")),
            keys=lambda: {} if self.keys is None else self.keys.held(),
            chime=lambda: str(self._services.settings.get("breaks.chime")),
            play=self._play,
            desktop=services.notices.desktop,
        )
        self.keys = BreakKeys(parent=self)
        self.keys.pressed.connect(self._key_pressed)
        self.keys.hold({key: settings.get(key) for key in ACTIONS})
        self.driver.changed.connect(self.changed)
        self.driver.call_ended.connect(self._after_call)
        services.events.settings_changed.connect(self._follow_settings)
        services.speech.language_changed.connect(self._retranslate)
        self.driver.start()

    def _after_call(self) -> None:
        """Tell that the call ended once the hands rest (`breaks.quiet_seconds` without input,
        read every second for up to `breaks.wait_minutes`); at once where input can't be seen.
        No pause in that time: nothing is offered (the agent went straight on working)."""
        idle = self._idle
        if idle is None or idle.unavailable_reason is not None:
            if not self.reminders_wait():  # never onto a break or its notice
                self.call_ended.emit()
            return
        settings = self._services.settings
        self._call_quiet = float(settings.get("breaks.quiet_seconds"))
        self._call_wait_until = self._services.clock.monotonic() + 60.0 * settings.get(
            "breaks.wait_minutes"
        )
        self._after_call_timer.start()
        self._check_hands_after_call()

    def _check_hands_after_call(self) -> None:
        """Once a second after a call: a new call drops the offer; a break's notice or the
        break itself holds it (it comes after the break, once the hands rest again)."""
        from companion.domain.breaks import Phase

        view = self.view
        now = self._services.clock.monotonic()
        if view is not None and view.on_call:
            self._after_call_timer.stop()
            log.info("another call began: nothing offered for the last one")
            return
        if view is not None and view.phase in (Phase.NOTICE, Phase.BREAK):
            self._call_wait_until = max(self._call_wait_until, now + 60.0)
            return
        idle = None if self._idle is None else self._idle.idle_seconds()
        if idle is not None and idle >= self._call_quiet:
            self._after_call_timer.stop()
            self.call_ended.emit()
        elif now >= self._call_wait_until:
            self._after_call_timer.stop()
            log.info("no pause after the call: nothing offered")

    def _retranslate(self, language: str) -> None:
        if self.presenter is not None:
            self.presenter.retranslate(language)
            self.changed.emit()  # the tooltip, in the new language

    def _record(self, record: BreakRecord) -> None:
        log.info("break recorded: %s, %s", record.kind, record.outcome)
        journal = self._services.data.journal
        if journal is not None:  # None only for a moment, while the data is erased
            journal.add_break(record)

    def _follow_settings(self, _values: dict[str, Any]) -> None:
        if self.driver is None:
            return
        settings = self._services.settings
        self.driver.reconfigure(settings.shift_plan(), settings.break_rules())
        detect = bool(settings.get("calls.detect_microphone"))
        self.driver.set_microphone(self._microphone if detect else None)
        if self.keys is not None:
            self.keys.hold(self._key_settings())
            self.driver.changed.emit()  # the notice names the keys held now

    def _key_settings(self) -> dict[str, str]:
        from companion.platform.hotkey.shortcut_set import ACTIONS

        return {key: self._services.settings.get(key) for key in ACTIONS}

    def hold_back_keys(self, held_back: bool) -> None:
        """The settings window records keys: let the shortcuts go until it is done."""
        if self.keys is not None:
            self.keys.hold_back(held_back, self._key_settings())

    # -- the shortcuts ------------------------------------------------------------------------

    def _key_pressed(self, action: str) -> None:
        """A break or call shortcut, pressed in any program: act, and say so in the tray
        (the keyboard stays where it was)."""
        from companion.domain.breaks import Phase

        if self.driver is None:
            return
        view = self.driver.view
        if action == "call":
            self.set_on_call(not view.on_call)
            on_call = self.driver.view.on_call
            if on_call:
                self._tell(translate("Breaks", "On a call: breaks wait until it ends."))
            else:
                self._tell(translate("Breaks", "Call ended: breaks go on as usual."))
        elif action == "start":
            if view.phase is not Phase.BREAK:
                self.driver.start_now()
        elif action == "postpone":
            if view.phase is Phase.NOTICE and view.can_postpone:
                self.driver.postpone()
                minutes = str(view.postpone_minutes)
                self._tell(translate("Breaks", "Break postponed by %1 min.").replace("%1", minutes))
            elif view.phase is Phase.NOTICE:
                self._tell(translate("Breaks", "It can't be postponed again: start it or skip it."))
            else:
                self._tell(translate("Breaks", "No break is waiting to be postponed."))
        elif action == "skip":
            if view.phase is Phase.NOTICE:
                self.driver.skip()
                self._tell(translate("Breaks", "Break skipped."))
            elif view.phase is Phase.BREAK and self.presenter is not None:
                self.presenter.window.end_early()
            else:
                self._tell(translate("Breaks", "No break is waiting to be skipped."))

    def _play(self, name: str) -> None:
        if self.chime is None:
            from companion.platform.sound import Chime

            self.chime = Chime(parent=self)
        self.chime.play(name)

    def _tell(self, text: str) -> None:
        log.info("told in the tray: %s", text)
        self._services.notices.tray_message(translate("Breaks", "Companion"), text)

    # -- what the tray shows ------------------------------------------------------------------

    @property
    def view(self) -> CycleView | None:
        return None if self.driver is None else self.driver.view

    def look(self) -> tuple[str, str]:
        """Bring the notice and break window up to now; the tray's state and tooltip."""
        from companion.ui.break_presenter import tray_state

        assert self.driver is not None and self.presenter is not None
        clock = self._services.clock
        now = clock.now()
        self.presenter.update(now)
        return tray_state(self.driver.view, now), self.presenter.tooltip(now, clock.local_zone())

    def next_shift(self) -> datetime | None:
        """When the next shift starts, in local time (None while on shift, or with none ahead)."""
        view = self.view
        if view is None or view.next_shift is None:
            return None
        return view.next_shift.astimezone(self._services.clock.local_zone())

    def in_break(self) -> bool:
        from companion.domain.breaks import Phase

        return self.driver is not None and self.driver.view.phase is Phase.BREAK

    def reminders_wait(self) -> bool:
        """Whether a reminder should wait (a break, its notice, a call, a pause)."""
        from companion.domain.breaks import reminders_wait

        return self.driver is not None and reminders_wait(self.driver.view)

    # -- what the person asks for -------------------------------------------------------------

    def start_now(self) -> None:
        if self.driver is not None:
            self.driver.start_now()

    def resume(self) -> None:
        if self.driver is not None:
            self.driver.resume()

    def pause(self, minutes: int) -> None:
        from companion.ui.tray import REST_OF_SHIFT

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

    def detection(
        self,
        shortcut_reason: str | None,
        shortcut_sequence: str,
        binding: tuple[str, str] = ("", ""),
        more_keys: dict[str, tuple[str | None, str]] | None = None,
    ) -> DetectionStatus:
        """What the probes find now (a sound server may have started since); `more_keys`:
        the statuses of the other global shortcuts (the windows'), by settings key."""
        from companion.ui.settings import DetectionStatus

        assert self._idle is not None and self._microphone_probe is not None
        shortcuts = {"shortcuts.quick_log": (shortcut_reason, shortcut_sequence)}
        if self.keys is not None:
            shortcuts.update(self.keys.statuses())
        shortcuts.update(more_keys or {})
        return DetectionStatus(
            idle_reason=self._idle.unavailable_reason,
            idle_name=self._idle.name,
            idle_source=getattr(self._idle, "source", ""),
            idle_desktop=getattr(self._idle, "desktop", ""),
            microphone_reason=self._microphone_probe.unavailable_reason,
            microphone_name=self._microphone_probe.name,
            shortcut_reason=shortcut_reason,
            shortcut_sequence=shortcut_sequence,
            shortcuts=shortcuts,
            shortcut_backend=binding[0],
            shortcut_bound=binding[1],
            screen_reason=None if self._screen is None else self._screen.unavailable_reason,
            screen_name="" if self._screen is None else self._screen.name,
            screen_state=None if self.driver is None else self.driver.screen_state,
        )

    def windows(self) -> list[QWidget]:
        return [] if self.presenter is None else self.presenter.made()

    def shut_down(self) -> None:
        self._after_call_timer.stop()
        if self.keys is not None:
            self.keys.close()
            self.keys = None
        if self.chime is not None:
            self.chime.close()
            self.chime = None
        if self.driver is not None:
            self.driver.shut_down()  # records a postponed break that was never taken
            self.driver = None
        if self._idle is not None:
            self._idle.close()
            self._idle = None
        if self._microphone_probe is not None:
            self._microphone_probe.close()  # its `pactl subscribe`, where one runs
            self._microphone_probe = None
        if self._screen is not None:
            self._screen.close()
            self._screen = None
