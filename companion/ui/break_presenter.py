"""Shows the break cycle: the notice, the break window and the tray icon's state and tooltip.

It only reflects the driver's view and forwards what the person does; the cycle decides.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from companion.domain.breaks import CycleView, Phase

COUNTING, WAITING, GENTLE = "counting", "waiting", "gentle"  # as ui.break_notice names them

if TYPE_CHECKING:
    from companion.platform.notifications import DesktopNotifications
    from companion.ui.break_notice import BreakNotice
    from companion.ui.break_window import BreakWindow
    from companion.ui.desktop_notice import DesktopBreakNotice

SOON = timedelta(minutes=2)


log = logging.getLogger(__name__)


class Driver(Protocol):
    @property
    def view(self) -> CycleView: ...

    def start_now(self) -> None: ...
    def postpone(self) -> None: ...
    def skip(self) -> None: ...
    def notice_timed_out(self) -> None: ...
    def break_finished(self, seconds: int) -> None: ...
    def end_early(self, seconds: int) -> None: ...
    def break_touched(self) -> None: ...


def tray_state(view: CycleView, now: datetime) -> str:
    """One of: working, soon, paused, call."""
    if view.on_call:
        return "call"
    if view.phase is Phase.PAUSED:
        return "paused"
    if view.phase in (Phase.NOTICE, Phase.BREAK):
        return "soon"
    if view.phase is Phase.WORKING and view.due is not None and view.due - now <= SOON:
        return "soon"
    return "working"


def notice_state(view: CycleView) -> str:
    """What the notice says: counting down, waiting for a pause, or a gentle offer."""
    if view.gentle:
        return GENTLE
    return WAITING if view.waiting else COUNTING


def make_notice(monotonic: Callable[[], float]) -> BreakNotice:
    from companion.ui.break_notice import BreakNotice

    return BreakNotice(monotonic)


def make_window(monotonic: Callable[[], float]) -> BreakWindow:
    from companion.ui.break_window import BreakWindow

    return BreakWindow(monotonic)


class BreakPresenter(QObject):
    """The notice and the break window are made when first shown: a tray waiting for its
    first break holds neither."""

    def __init__(
        self,
        driver: Driver,
        language: str,
        monotonic: Callable[[], float],
        dim_screen: Callable[[], bool] = lambda: False,
        speak_breathing: Callable[[], bool] = lambda: False,
        keys: Callable[[], dict[str, str]] = dict,
        chime: Callable[[], str] = lambda: "off",
        play: Callable[[str], None] | None = None,
        desktop: Callable[[], DesktopNotifications | None] = lambda: None,
    ) -> None:
        super().__init__()
        self._desktop = desktop  # the desktop's notifications, where there is no tray
        self._desktop_notice: DesktopBreakNotice | None = None
        self._driver = driver
        self._chime = chime  # `breaks.chime`: off, breaks or breathing, read at each sound
        self._play = play  # plays a sound by name (companion.platform.sound)
        self._keys = keys  # the global shortcuts held now, named on the notice
        self._dim_screen = dim_screen  # `breaks.dim_screen`, read as each break starts
        self._speak_breathing = speak_breathing  # `breaks.speak_breathing`, likewise
        self._monotonic = monotonic  # the app's clock, for the countdowns and the circle
        self._language = language
        self._notice: BreakNotice | None = None
        self._window: BreakWindow | None = None
        self._shown_notice: tuple[object, ...] | None = None  # what the notice shows now
        self._shown_break: datetime | None = None

    @property
    def notice(self) -> BreakNotice:
        if self._notice is None:
            notice = make_notice(self._monotonic)
            notice.start_now.connect(self._driver.start_now)
            notice.postpone.connect(self._driver.postpone)
            notice.skip.connect(self._driver.skip)
            notice.timed_out.connect(self._driver.notice_timed_out)
            notice.retranslate(self._language)
            self._notice = notice
        return self._notice

    def _desktop_notice_now(self) -> DesktopBreakNotice | None:
        """The notice as a desktop notification too, while there is no tray."""
        notifications = self._desktop()
        if notifications is None:
            if self._desktop_notice is not None:  # a tray appeared meanwhile
                self._desktop_notice.hide_notice()
            return None
        if self._desktop_notice is None:
            from companion.ui.desktop_notice import DesktopBreakNotice

            notice = DesktopBreakNotice(notifications, self)
            notice.start_now.connect(self._driver.start_now)
            notice.postpone.connect(self._driver.postpone)
            self._desktop_notice = notice
        return self._desktop_notice

    @property
    def window(self) -> BreakWindow:
        if self._window is None:
            window = make_window(self._monotonic)
            window.finished.connect(self._driver.break_finished)
            window.ended_early.connect(self._driver.end_early)
            window.touched.connect(self._driver.break_touched)
            window.finished.connect(lambda _seconds: self._sound("chime"))
            window.breathing.phase_changed.connect(self._breath_sound)
            window.retranslate(self._language)
            self._window = window
        return self._window

    def _sound(self, name: str) -> None:
        """A break's chime (its start, its end), if the agent asked for one."""
        if self._play is not None and self._chime() != "off":
            self._play(name)

    def _breath_sound(self) -> None:
        """A soft cue as each breath in and out begins, if asked for; none for holding."""
        if self._play is None or self._chime() != "breathing" or self._window is None:
            return
        phase = self._window.breathing.state.phase
        if self._window.breathing.isVisible() and phase in ("inhale", "exhale"):
            self._play("breathe-in" if phase == "inhale" else "breathe-out")

    def made(self) -> list[QWidget]:
        """The windows made so far."""
        return [window for window in (self._notice, self._window) if window is not None]

    def retranslate(self, language: str) -> None:
        self._language = language
        for window in (self._notice, self._window):
            if window is not None:
                window.retranslate(language)

    def update(self, now: datetime) -> None:
        view = self._driver.view
        if view.phase is Phase.NOTICE and view.notice_ends is not None:
            state = notice_state(view)
            keys = self._keys()
            key = (view.notice_ends, view.can_postpone, state, tuple(sorted(keys.items())))
            if key != self._shown_notice:
                self._shown_notice = key
                seconds = max(1, round((view.notice_ends - now).total_seconds()))
                postpone = view.postpone_minutes if view.can_postpone else None
                if state != COUNTING:
                    log.info("break notice: %s", state)
                self.notice.show_notice(view.kind or "micro", seconds, postpone, state, keys)
                desktop = self._desktop_notice_now()
                if desktop is not None:
                    desktop.show_notice(view.kind or "micro", postpone, state)
        elif self._shown_notice is not None:
            self._shown_notice = None
            self.notice.hide_notice()
            if self._desktop_notice is not None:
                self._desktop_notice.hide_notice()
        if view.phase is Phase.BREAK and view.break_ends is not None:
            if view.break_ends != self._shown_break:
                self._shown_break = view.break_ends
                seconds = max(1, round((view.break_ends - now).total_seconds()))
                log.info("break shown: %s, %d s", view.kind or "micro", seconds)
                # Never during a call: the driver holds a break until the call ends.
                self.window.dim_screen = self._dim_screen()
                self.window.speak_breathing = self._speak_breathing()
                self.window.end_keys = self._keys().get("skip", "")
                self._sound("chime")
                self.window.show_break(view.kind or "micro", seconds)
        elif self._shown_break is not None:
            self._shown_break = None
            log.info("break window closed")
            self.window.close_break()

    def tooltip(self, now: datetime, zone: tzinfo) -> str:
        """A sentence that says what comes next."""
        view = self._driver.view
        if view.on_call:
            return self.tr("Companion · on a call: breaks wait until it ends")
        if view.held and view.phase is Phase.WORKING:
            return self.tr("Companion · Do not disturb or full screen: breaks wait until it ends")
        if view.phase is Phase.PAUSED and view.paused_until is not None:
            until = view.paused_until.astimezone(zone)
            return self.tr("Companion · breaks paused until %1").replace("%1", f"{until:%H:%M}")
        if view.phase is Phase.BREAK:
            return self.tr("Companion · on a break")
        if view.phase is Phase.OFF_SHIFT:
            if view.next_shift is None:
                return self.tr("Companion · off shift")
            start = view.next_shift.astimezone(zone)
            days = [
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            ]
            return (
                self.tr("Companion · off shift; breaks start again %1 %2")
                .replace("%1", days[start.weekday()])
                .replace("%2", f"{start:%H:%M}")
            )
        if view.due is None:
            return self.tr("Companion")
        minutes = max(0, round((view.due - now).total_seconds() / 60))
        if view.kind == "long":
            return self.tr("Companion · long break in %n min", "", minutes)
        return self.tr("Companion · micro-break in %n min", "", minutes)
