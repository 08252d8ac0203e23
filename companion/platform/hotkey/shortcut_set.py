"""Sets of global shortcuts held together, each from its settings key: the break and call
keys (start a break, postpone or skip it, "I'm on a call"), and the keys that open a window
(the mood log, the trends, the settings). They reach Companion from any program: the break keys
without taking the keyboard from it, so the break notice (which never takes focus) can be
answered from the keyboard; the window keys bring their window forward with the keyboard in it
(the person asked for it).

Each is a `GlobalShortcut` of its own, with a backend of its own (X11 grab, RegisterHotKey,
the Wayland portal, Carbon), held from the settings and let go while the settings window
records new keys. What a key does is the app's business (`pressed`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from companion.platform.hotkey.base import Activate, Backend
from companion.platform.hotkey.global_shortcut import GlobalShortcut

log = logging.getLogger(__name__)

# Settings key: what the key does (the name `held` and the notice use).
ACTIONS: dict[str, str] = {
    "shortcuts.start_break": "start",
    "shortcuts.postpone_break": "postpone",
    "shortcuts.skip_break": "skip",
    "shortcuts.call": "call",
}
# The keys that open a window, with the keyboard in it.
WINDOW_ACTIONS: dict[str, str] = {
    "shortcuts.mood_log": "mood_log",
    "shortcuts.trends": "trends",
    "shortcuts.settings": "settings",
}
PURPOSES = {
    "start": "starting a break",
    "postpone": "postponing a break",
    "skip": "skipping a break",
    "call": "being on a call",
    "mood_log": "the mood log",
    "trends": "the trends",
    "settings": "the settings",
}


class ShortcutSet(QObject):
    """Global shortcuts by settings key; `pressed` names the action of the one pressed."""

    pressed = Signal(str)  # the action: "start", "postpone", ..., "mood_log", "trends", ...

    def __init__(
        self,
        actions: dict[str, str],
        make_backend: Callable[[Activate], Backend] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions = dict(actions)
        self._make_backend = make_backend
        self._shortcuts: dict[str, GlobalShortcut] = {}
        self._held_back = False
        self._statuses_before: dict[str, tuple[str | None, str]] = {}

    def hold(self, sequences: dict[str, str]) -> None:
        """Hold each action's combination (by settings key; "" for none)."""
        if self._held_back:
            return
        for key, action in self.actions.items():
            shortcut = self._shortcuts.get(key)
            if shortcut is None:
                shortcut = GlobalShortcut(self._make_backend, self, PURPOSES[action])
                shortcut.activated.connect(lambda action=action: self._pressed(action))
                self._shortcuts[key] = shortcut
            wanted = sequences.get(key, "")
            if shortcut.sequence != wanted or shortcut.status not in (None, "off"):
                shortcut.set_sequence(wanted)

    def hold_back(self, held_back: bool, sequences: dict[str, str]) -> None:
        """Let every combination go while the settings window records keys (so pressing one
        there records it instead of acting), and take them again afterwards."""
        if held_back and not self._held_back:
            self._statuses_before = self.statuses()  # what the settings show meanwhile
        self._held_back = held_back
        if held_back:
            for shortcut in self._shortcuts.values():
                shortcut.set_sequence("")
        else:
            self.hold(sequences)

    def held(self) -> dict[str, str]:
        """The combinations that work now, by action: {"postpone": "Ctrl+Alt+P", ...}."""
        return {
            self.actions[key]: shortcut.sequence
            for key, shortcut in self._shortcuts.items()
            if shortcut.status is None and shortcut.sequence
        }

    def statuses(self) -> dict[str, tuple[str | None, str]]:
        """By settings key: (None when held, else why not; the combination); while the
        settings window records keys, as they were before it opened."""
        if self._held_back:
            return dict(self._statuses_before)
        return {
            key: (shortcut.status, shortcut.sequence) for key, shortcut in self._shortcuts.items()
        }

    def _pressed(self, action: str) -> None:
        log.info("shortcut pressed: %s", action)
        self.pressed.emit(action)

    def close(self) -> None:
        for shortcut in self._shortcuts.values():
            shortcut.close()
        self._shortcuts.clear()


class BreakKeys(ShortcutSet):
    """The break and call keys: "start", "postpone", "skip" or "call"."""

    def __init__(
        self,
        make_backend: Callable[[Activate], Backend] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(ACTIONS, make_backend, parent)
