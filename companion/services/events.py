"""What happened in the app, as Qt signals: windows subscribe to what they show, and nobody
pushes a refresh into them.

The composition root makes one `AppEvents` and emits on it; a window made later says which
events it follows with `follow` (refreshed then, if it is on screen); the language has its own
signal, `ui.i18n.Speech.language_changed`.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance


class AppEvents(QObject):
    mood_saved = Signal(object)  # a MoodEntry logged (the quick log)
    mood_edited = Signal(object)  # a MoodEntry changed or deleted in the mood log
    thought_saved = Signal(object)  # a ThoughtRecord finished
    check_in_saved = Signal(object)  # a CheckIn
    exercise_saved = Signal(object)  # an ExerciseUse recorded in the exercises window
    goals_changed = Signal()  # a weekly goal set or removed
    data_replaced = Signal()  # all data erased, or records imported: every view reloads
    store_opened = Signal()  # the data is ready (at start): a window opened early loads it
    settings_changed = Signal(object)  # the dict of values just applied
    # The settings window is open (True) or closed (False): the global shortcuts let go of
    # their keys meanwhile, so that pressing one there records it instead of acting.
    shortcuts_held_back = Signal(bool)


class Refreshable(Protocol):
    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)

    def refresh(self) -> None: ...


def follow(window: Refreshable, *events: SignalInstance) -> None:
    """Refresh `window` after each of `events`, when it is on screen (a hidden one refreshes
    when it is shown again)."""

    def refresh(*_args: Any) -> None:
        if window.isVisible():
            window.refresh()

    for event in events:
        event.connect(refresh)
