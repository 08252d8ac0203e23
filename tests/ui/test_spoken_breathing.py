"""The breaths said to a screen reader are asked for (`breaks.speak_breathing`): a break's
circle speaks every few seconds, so by default a screen reader hears the break's start and its
time left, and each breath only when the agent chose it in the settings, or pressed *Breathe
with the circle* in a long break, or opened the breathing exercise.

What the app hands to Qt's announcement is recorded here (offscreen there is no screen reader
to hear it); tests/e2e/test_accessibility_tree.py hears the same on the real AT-SPI bus.
"""

from __future__ import annotations

import pytest

import companion.ui.break_window as break_window_module
import companion.ui.breathing as breathing_module
from companion.settings import Settings
from companion.ui.break_window import BreakWindow
from companion.ui.settings.breaks_tab import BreaksTab
from tests.helpers.clock import FakeClock


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(who, text) for each announcement: "break" for the window, "breath" for the circle."""
    heard: list[tuple[str, str]] = []
    monkeypatch.setattr(
        break_window_module, "announce", lambda _w, text, **_: heard.append(("break", text))
    )
    monkeypatch.setattr(
        breathing_module, "announce", lambda _w, text, **_: heard.append(("breath", text))
    )
    return heard


def breathe_for(window: BreakWindow, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds * 2):
        clock.advance(0.5)
        window.breathing.timer.timeout.emit()


def test_by_default_a_break_says_its_start_and_not_each_breath(qtbot, said) -> None:
    clock = FakeClock()
    window = BreakWindow(clock)
    qtbot.addWidget(window)
    window.show_break("micro", 40)
    breathe_for(window, clock, 12)
    assert [who for who, _ in said][:1] == ["break"]
    assert "40" in said[0][1]
    assert not [text for who, text in said if who == "breath"], said
    assert window.breathing.phase_text()  # the circle still breathes, silently


def test_asked_for_each_breath_is_said(qtbot, said) -> None:
    clock = FakeClock()
    window = BreakWindow(clock)
    qtbot.addWidget(window)
    window.speak_breathing = True
    window.show_break("micro", 40)
    first = window.breathing.phase_text()  # breathing in
    breathe_for(window, clock, 12)
    breaths = [text for who, text in said if who == "breath"]
    assert len(breaths) >= 3, said  # in, (hold,) out, in again
    assert breaths[0] == first and first in breaths[1:]
    assert len(set(breaths)) >= 2


def test_breathe_with_the_circle_in_a_long_break_is_asking(qtbot, said) -> None:
    clock = FakeClock()
    window = BreakWindow(clock)
    qtbot.addWidget(window)
    window.show_break("long", 300)
    breathe_for(window, clock, 6)
    assert not [text for who, text in said if who == "breath"]
    window.breathe_button.click()  # the agent's own choice
    breathe_for(window, clock, 12)
    assert len([text for who, text in said if who == "breath"]) >= 2, said


def test_the_setting_is_on_the_breaks_tab_and_off_unless_chosen(qtbot) -> None:
    assert Settings().get("breaks.speak_breathing") is False
    tab = BreaksTab()
    qtbot.addWidget(tab)
    tab.retranslate()
    assert "&" in tab.speak_breathing.text()  # a key of its own (Alt+K)
    tab.speak_breathing.setChecked(True)
    assert tab.values()["breaks.speak_breathing"] is True
