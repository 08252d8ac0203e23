"""A window made once, when first asked for, and then kept: the pattern every window of the
app follows, written once.

When it is made it speaks the app's language and follows each change of it, and it refreshes
after the events it follows (when on screen). `show` brings it to the person; one that was not
on screen opens where every window opens (`place`: centred on the active screen, see
`screen_fit.place_window`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from companion.services.events import follow
from companion.ui.present import bring_forward


class Speaking(Protocol):
    def retranslate(self, language: str) -> None: ...


class Languages(Protocol):
    """Where a window learns the language: the one in force, and each change of it."""

    @property
    def language(self) -> str: ...

    @property
    def language_changed(self) -> SignalInstance: ...


W = TypeVar("W", bound=QWidget)


def speaks(window: Any, languages: Languages) -> None:
    """A window just made speaks the language now, and follows every change of it."""
    window.retranslate(languages.language)
    languages.language_changed.connect(window.retranslate)


class WindowSlot(Generic[W]):
    def __init__(
        self,
        languages: Languages,
        make: Callable[[], W],
        *,
        refresh_on: tuple[SignalInstance, ...] = (),
        place: Callable[[W], None] | None = None,  # where it opens; None: centred
    ) -> None:
        self._languages = languages
        self._make = make
        self._refresh_on = refresh_on
        self._place = place
        self._window: W | None = None

    @property
    def window(self) -> W | None:
        """The window once made; None before, and after Qt has deleted it (a test's teardown
        deletes windows, and a late signal must then find none rather than a dead object)."""
        if self._window is not None and not Shiboken.isValid(self._window):
            self._window = None
        return self._window

    def get(self) -> W:
        """The window, made now if it was not yet (it then loads what it shows)."""
        window = self.window
        if window is None:
            from companion.ui.screen_fit import keep_on_screen  # not before the tray shows

            window = self._make()
            keep_on_screen(window)  # it fits its screen, however it is later shown
            speaks(window, self._languages)
            if self._refresh_on:
                follow(window, *self._refresh_on)  # type: ignore[arg-type]
            self._window = window
        return window

    def show(self, *, take_focus: bool = True, refresh: bool = False) -> W:
        """Bring the window forward; with `refresh`, one made before reloads what it shows
        first (a new one has just loaded it)."""
        made = self.window is not None
        window = self.get()
        if refresh and made:
            window.refresh()  # type: ignore[attr-defined]
        if not window.isVisible():
            if self._place is not None:
                self._place(window)
            else:
                from companion.ui.screen_fit import place_window

                place_window(window)
        bring_forward(window, take_focus=take_focus)
        return window

    def drop(self) -> None:
        """Close the window and forget it (made afresh when next asked for)."""
        if self.window is not None:
            window, self._window = self.window, None
            window.close()
            window.deleteLater()
