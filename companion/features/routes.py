"""Keyboard routes to the windows: global shortcuts that open the mood log, the trends and the
settings from any program (`shortcuts.mood_log`, `.trends`, `.settings`), and `companion open
WINDOW` for desktops where only the desktop's own settings can bind keys. Many screen-reader
users cannot reach a tray (GNOME has none by default): these, and the stand-in window's buttons,
are their way in.

The keys are held through the same `ShortcutSet` as the break keys (X11 grab, RegisterHotKey,
the Wayland portal), follow the settings as they change, and are let go while the settings
window records keys. The window opened takes the keyboard: the person asked for it. The tray
menu (and so the stand-in window) shows each window's keys beside it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from companion.features import Services
    from companion.platform.hotkey.shortcut_set import ShortcutSet
    from companion.ui.tray import TrayMenu

log = logging.getLogger(__name__)

# What `companion open` names, by the window's action in companion.platform.hotkey.shortcut_set.
WINDOWS = {"mood-log": "mood_log", "trends": "trends", "settings": "settings"}
# The tray menu's entries that show their global keys, by settings key.
MENU_KEYS = ("shortcuts.quick_log", "shortcuts.mood_log", "shortcuts.trends", "shortcuts.settings")


class MoodWindows(Protocol):
    """What the routes ask of the mood feature (`companion.features.mood.Mood`), which app.py
    gives them (a feature never imports another)."""

    def show_history(self) -> None: ...

    def show_dashboard(self) -> None: ...

    def in_break(self) -> bool: ...


class WindowRoutes(QObject):
    def __init__(
        self,
        services: Services,
        menu: TrayMenu,
        mood: MoodWindows,
        show_settings: Callable[[], None],
    ) -> None:
        super().__init__()
        self._services = services
        self._menu = menu
        self._mood = mood  # the quick log's key waits during a break: these do too
        self._openers = {
            "mood_log": mood.show_history,
            "trends": mood.show_dashboard,
            "settings": show_settings,
        }
        self.keys: ShortcutSet | None = None
        services.events.shortcuts_held_back.connect(self._hold_back)
        services.events.settings_changed.connect(self._follow_settings)
        services.events.store_opened.connect(self.start)  # once start-up is done

    def start(self) -> None:
        from companion.platform.hotkey.shortcut_set import WINDOW_ACTIONS, ShortcutSet

        if self.keys is not None:
            return
        self.keys = ShortcutSet(WINDOW_ACTIONS, parent=self)
        self.keys.pressed.connect(self._pressed)
        self.keys.hold(self._sequences())
        self._show_keys()

    def _sequences(self) -> dict[str, str]:
        from companion.platform.hotkey.shortcut_set import WINDOW_ACTIONS

        return {key: str(self._services.settings.get(key)) for key in WINDOW_ACTIONS}

    def _show_keys(self) -> None:
        settings = self._services.settings
        self._menu.show_keys({key: str(settings.get(key)) for key in MENU_KEYS})

    def _follow_settings(self, _values: dict[str, Any]) -> None:
        self._show_keys()
        if self.keys is not None:
            self.keys.hold(self._sequences())

    def _hold_back(self, held_back: bool) -> None:
        if self.keys is not None:
            self.keys.hold_back(held_back, self._sequences())

    def _pressed(self, action: str) -> None:
        """A window's key, pressed in any program: the window comes forward with the keyboard
        (not during a break: the break window stays until it ends, as for the quick log)."""
        if self._mood.in_break():
            log.info("%s shortcut ignored during a break", action)
            return
        log.info("%s opened by its shortcut", action)
        self._openers[action]()

    def open(self, window: str) -> None:
        """`companion open WINDOW` (a name of WINDOWS): as its key would."""
        log.info("%s asked for from the command line", window)
        self._pressed(WINDOWS[window])

    def statuses(self) -> dict[str, tuple[str | None, str]]:
        """By settings key: (None when held, else why not; the combination)."""
        return {} if self.keys is None else self.keys.statuses()

    def shut_down(self) -> None:
        if self.keys is not None:
            self.keys.close()
            self.keys = None
