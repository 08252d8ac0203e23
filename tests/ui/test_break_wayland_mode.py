"""The break as it is shown on Wayland (`covers_screen`), offscreen: one full-screen window on
the screen the agent works on, translucent by its pixels around a panel in its middle, no cover
under it, and a line saying how to come back once the agent clicked away. Where windows open
(`screen_fit.work_screen`) on each platform. The real compositors are in
tests/e2e/test_break_wayland.py, the X11 desktop with two screens in
tests/e2e/test_break_two_screens_x11.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui import screen_fit
from companion.ui.break_window import VEIL_OPACITY, WINDOW_HEIGHT, WINDOW_WIDTH, BreakWindow
from companion.ui.dim import DIM_OPACITY
from tests.helpers.clock import FakeClock


@pytest.fixture
def covering(qtbot) -> BreakWindow:
    """A break window as Wayland makes it (the platform here is offscreen)."""
    window = BreakWindow(FakeClock())
    window.covers_screen = True
    window.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
    qtbot.addWidget(window)
    return window


def test_the_micro_break_fills_the_screen_with_the_panel_in_the_middle(qtbot, covering):
    covering.show_break("micro", 40)
    qtbot.waitExposed(covering)
    screen = covering.screen()
    assert covering.isFullScreen()
    assert covering.geometry() == screen.geometry()
    panel = covering.panel.geometry()
    assert panel.size().toTuple() == (
        min(WINDOW_WIDTH, screen.geometry().width()),
        min(WINDOW_HEIGHT, screen.geometry().height()),
    )
    assert abs(panel.center().x() - covering.rect().center().x()) <= 1
    assert abs(panel.center().y() - covering.rect().center().y()) <= 1
    assert covering.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)


@pytest.mark.parametrize(("dim", "opacity"), [(True, DIM_OPACITY), (False, VEIL_OPACITY)])
def test_around_the_panel_the_work_shows_through_dimmed_or_veiled(qtbot, covering, dim, opacity):
    covering.dim_screen = dim
    covering.show_break("micro", 40)
    qtbot.waitExposed(covering)
    image = QImage(covering.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    covering.render(image)
    corner = image.pixelColor(5, 5)
    assert abs(corner.alphaF() - opacity) < 0.02  # translucent by its pixels' alpha
    middle = image.pixelColor(covering.panel.geometry().center())
    assert middle.alpha() == 255  # the panel itself is solid


def test_no_cover_under_the_break_only_on_the_other_screens(qtbot, covering):
    covering.dim_screen = True
    covering.show_break("micro", 40)
    qtbot.waitExposed(covering)
    # One screen here: the break dims it itself, so no cover at all.
    assert covering.dimmer.overlays == []


def test_a_long_break_fills_the_screen_solid(qtbot, covering):
    covering.show_break("long", 300)
    qtbot.waitExposed(covering)
    assert covering.isFullScreen() and covering.geometry() == covering.screen().geometry()
    image = QImage(covering.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    covering.render(image)
    assert image.pixelColor(5, 5).alpha() == 255


def test_once_clicked_away_the_panel_says_how_to_come_back(qtbot, covering):
    covering.show_break("micro", 40)
    qtbot.waitExposed(covering)
    covering._activation_changed(False)  # never had the keyboard: nothing to come back to
    assert not covering.come_back.isVisible()
    covering._activation_changed(True)
    assert not covering.come_back.isVisible()
    covering._activation_changed(False)  # the agent clicked the CRM
    assert covering.come_back.isVisible()
    assert "Click here to return to the break" in covering.come_back.text()
    assert "Esc" in covering.come_back.text()
    covering._activation_changed(True)  # clicked back
    assert not covering.come_back.isVisible()
    covering._activation_changed(False)
    with qtbot.waitSignal(covering.ended_early, timeout=200):
        covering.end_button.click()  # the buttons work on the click, keyboard or not
    assert not covering.isVisible()


def test_the_panel_fits_a_tile_smaller_than_itself(qtbot, covering):
    covering.show_break("micro", 40)
    qtbot.waitExposed(covering)
    covering.setWindowState(Qt.WindowState.WindowNoState)
    covering.resize(480, 390)  # sway tiled it beside the CRM
    qtbot.waitUntil(lambda: covering.width() == 480)
    assert covering.panel.width() <= 480 and covering.panel.height() <= 390


def test_an_x11_break_is_still_the_framed_panel(qtbot):
    window = BreakWindow(FakeClock())
    qtbot.addWidget(window)
    assert not window.covers_screen  # offscreen, like X11 and Windows: today's window
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    assert window.size().toTuple() == (WINDOW_WIDTH, WINDOW_HEIGHT)


def test_windows_open_on_the_screen_of_the_window_of_ours_in_use(qtbot, monkeypatch):
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    assert QApplication.activeWindow() is holder
    assert screen_fit.work_screen().name() == holder.screen().name()


def test_on_x11_the_active_windows_screen_wins_over_the_mouse(monkeypatch):
    screen = QGuiApplication.primaryScreen()
    centre = screen.geometry().center()
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(
        "companion.platform.active_window.active_window_centre",
        lambda: (centre.x(), centre.y()),
    )
    monkeypatch.setattr(QGuiApplication, "screenAt", staticmethod(lambda _point: None))
    assert screen_fit.work_screen() is screen


def test_on_wayland_the_screen_the_compositor_put_the_notice_on(qtbot, monkeypatch):
    notice = QWidget()
    qtbot.addWidget(notice)
    screen_fit.note_work_screen(notice)
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))
    # The mouse is not asked on Wayland (QCursor.pos() there is only where it last crossed
    # one of our windows).
    monkeypatch.setattr(QGuiApplication, "screenAt", staticmethod(lambda _p: pytest.fail()))
    assert screen_fit.work_screen().name() == notice.screen().name()


def test_typing_into_the_break_is_a_return_to_work_not_a_use_of_it(qtbot, covering):
    """Wayland gives the full-screen break the keyboard: an agent who goes back to typing
    types into it. Text is not told as the agent's use of the break (the idle source then sees
    the input and the break is cut short); Esc, Tab and the mouse are."""
    covering.show_break("micro", 40)
    qtbot.waitExposed(covering)
    clock = covering._clock
    with qtbot.assertNotEmitted(covering.touched):
        for character in "order 1234":
            clock.advance(0.3)
            qtbot.keyClicks(covering, character)
        for character in "谢谢":  # as an input method commits it
            clock.advance(0.3)
            key = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
            )
            QApplication.sendEvent(covering, key)
    clock.advance(0.3)
    with qtbot.waitSignal(covering.touched, timeout=200):
        qtbot.keyClick(covering, Qt.Key.Key_Tab)
    assert covering.running
