"""Windows follow what happened; nobody pushes a refresh into them."""

from __future__ import annotations

from companion.services.events import AppEvents, follow


class Window:
    def __init__(self, visible: bool) -> None:
        self.visible, self.refreshed = visible, 0

    def isVisible(self) -> bool:  # noqa: N802
        return self.visible

    def refresh(self) -> None:
        self.refreshed += 1


def test_a_window_on_screen_refreshes_after_each_event_it_follows(qtbot):
    events = AppEvents()
    shown, hidden, other = Window(True), Window(False), Window(True)
    follow(shown, events.mood_saved, events.data_replaced)
    follow(hidden, events.mood_saved)
    follow(other, events.goals_changed)
    events.mood_saved.emit(object())
    events.data_replaced.emit()
    assert (shown.refreshed, hidden.refreshed, other.refreshed) == (2, 0, 0)
