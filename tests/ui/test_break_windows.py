"""The windows of a break: the notice before it, the break itself, and the breathing circle.

Real widgets offscreen, driven by a fake monotonic clock: a timer's tick is simulated by emitting
its `timeout`, so nothing here waits for real seconds (except one test of the real wiring).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from companion.ui.break_notice import MARGIN, BreakNotice, ms_to_next_second
from companion.ui.break_window import WINDOW_HEIGHT, WINDOW_WIDTH, BreakWindow, minutes_seconds
from companion.ui.breathing import FRAME_MS, BreathingWidget
from companion.ui.style import STYLE_SHEET
from tests.helpers.clock import FakeClock

SHOTS = Path("/tmp/companion-shots")


def tick(widget) -> None:
    """What the widget's timer does when it fires."""
    widget.timer.timeout.emit()


@pytest.fixture
def fake_clock():
    return FakeClock()


@pytest.fixture
def notice(qtbot, fake_clock):
    widget = BreakNotice(fake_clock)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def window(qtbot, fake_clock):
    widget = BreakWindow(fake_clock)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def editor(qtbot) -> Iterator[QLineEdit]:
    """Another window where the agent is typing to a customer, with the keyboard."""
    holder = QWidget()
    holder.setWindowTitle("Chat with a customer")
    line = QLineEdit(holder)
    QVBoxLayout(holder).addWidget(line)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    yield line  # the fixture's frame keeps the window alive


def record_signals(notice: BreakNotice) -> list[str]:
    emitted: list[str] = []
    for name in ("start_now", "postpone", "skip", "timed_out"):
        getattr(notice, name).connect(lambda n=name: emitted.append(n))
    return emitted


# -- the notice ------------------------------------------------------------------------------


def test_the_notice_cannot_take_the_keyboard(notice):
    flags = notice.windowFlags()
    for flag in (
        Qt.WindowType.Tool,
        Qt.WindowType.FramelessWindowHint,
        Qt.WindowType.WindowStaysOnTopHint,
        Qt.WindowType.WindowDoesNotAcceptFocus,
    ):
        assert flags & flag == flag, flag
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert notice.focusPolicy() == Qt.FocusPolicy.NoFocus
    buttons = notice.findChildren(QPushButton)
    assert len(buttons) == 3
    for button in buttons:
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus, button.text()
        assert not button.autoDefault()
    for child in notice.findChildren(QWidget):
        assert child.focusPolicy() == Qt.FocusPolicy.NoFocus, child


def test_typing_goes_on_into_the_other_window_while_the_notice_is_up(qtbot, notice, editor):
    emitted = record_signals(notice)
    notice.show_notice("micro", 30, 5)
    qtbot.waitExposed(notice)
    qtbot.wait(50)  # let any activation the platform sends arrive
    assert QApplication.focusWidget() is editor
    assert QApplication.activeWindow() is editor.window()

    qtbot.keyClicks(QApplication.focusWidget(), "Hi")
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClicks(QApplication.focusWidget(), "there")
    assert editor.text() == "Hi  there"
    # Even keys sent to the notice itself press nothing: no button can hold the focus.
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(notice, key)
    assert emitted == []
    assert notice.isVisible()
    assert QApplication.focusWidget() is editor


def test_the_notice_sits_in_the_bottom_right_corner(qtbot, notice):
    notice.show_notice("long", 30, 5)
    qtbot.waitExposed(notice)
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = notice.frameGeometry()
    assert area.contains(frame)
    assert area.right() - frame.right() == MARGIN
    assert area.bottom() - frame.bottom() == MARGIN


def test_the_countdown_follows_the_clock_and_times_out_at_zero(qtbot, notice, fake_clock):
    notice.show_notice("micro", 30, 5)
    assert notice.title.text() == "Micro-break in 30 s"
    assert notice.timer.isActive()
    assert notice.timer.interval() == ms_to_next_second(30.0) == 1005

    fake_clock.advance(1.0)
    tick(notice)
    assert notice.title.text() == "Micro-break in 29 s"
    fake_clock.advance(0.75)  # a late tick: the next one comes sooner, so nothing drifts
    tick(notice)
    assert notice.title.text() == "Micro-break in 29 s"
    assert notice.timer.interval() == 255
    fake_clock.advance(27.25)
    with qtbot.assertNotEmitted(notice.timed_out):
        tick(notice)
    assert notice.title.text() == "Micro-break in 1 s"
    assert notice.remaining_seconds() == 1

    fake_clock.advance(1.0)
    with qtbot.waitSignal(notice.timed_out, timeout=100):
        tick(notice)
    assert notice.isVisible()  # the app decides: the break, or waiting for a pause
    assert not notice.timer.isActive()
    with qtbot.assertNotEmitted(notice.timed_out):  # once only
        tick(notice)


def test_a_long_break_notice_says_so(notice, fake_clock):
    notice.show_notice("long", 30, None)
    assert notice.title.text() == "Long break in 30 s"
    fake_clock.advance(10.2)
    tick(notice)
    assert notice.title.text() == "Long break in 20 s"


def test_the_real_timer_counts_down(qtbot):
    notice = BreakNotice(time.monotonic)
    qtbot.addWidget(notice)
    with qtbot.waitSignal(notice.timed_out, timeout=3000):
        notice.show_notice("micro", 1, 5)


def test_postpone_is_hidden_once_postpones_are_used_up(qtbot, notice):
    notice.show_notice("micro", 30, None)
    qtbot.waitExposed(notice)
    assert not notice.postpone_button.isVisible()
    assert notice.start_button.isVisible()
    assert notice.skip_button.isVisible()
    notice.show_notice("micro", 30, 10)
    assert notice.postpone_button.isVisible()
    assert notice.postpone_button.text() == "Postpone 10 min"
    assert "10 minutes" in notice.postpone_button.accessibleName()


@pytest.mark.parametrize(
    ("button", "signal"),
    [("start_button", "start_now"), ("postpone_button", "postpone"), ("skip_button", "skip")],
)
def test_each_button_says_what_the_agent_chose(qtbot, notice, button, signal):
    emitted = record_signals(notice)
    notice.show_notice("micro", 30, 5)
    qtbot.waitExposed(notice)
    qtbot.mouseClick(getattr(notice, button), Qt.MouseButton.LeftButton)
    assert emitted == [signal]
    assert not notice.isVisible()
    assert not notice.timer.isActive()


def test_hide_notice_says_nothing_and_stops_counting(qtbot, notice, fake_clock):
    emitted = record_signals(notice)
    notice.show_notice("micro", 30, 5)
    notice.hide_notice()
    assert not notice.isVisible()
    assert not notice.timer.isActive()
    fake_clock.advance(60)
    tick(notice)
    assert emitted == []


def test_the_notice_keeps_its_values_when_retranslated(notice, fake_clock):
    notice.show_notice("micro", 30, 7)
    fake_clock.advance(3)
    tick(notice)
    notice.retranslate("en")
    assert notice.title.text() == "Micro-break in 27 s"
    assert notice.postpone_button.text() == "Postpone 7 min"
    assert notice.skip_button.accessibleName() == "Skip this break"


def test_an_unknown_kind_is_refused(notice, window):
    with pytest.raises(ValueError, match="kind"):
        notice.show_notice("lunch", 30, 5)
    with pytest.raises(ValueError, match="kind"):
        window.show_break("lunch", 30)


# -- the break window ------------------------------------------------------------------------


def test_the_countdown_reaches_zero_and_the_break_is_finished(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert window.countdown.text() == "0:40"
    fake_clock.advance(1.0)
    tick(window)
    assert window.countdown.text() == "0:39"
    fake_clock.advance(38.5)
    with qtbot.assertNotEmitted(window.finished):
        tick(window)
    assert window.countdown.text() == "0:01"
    fake_clock.advance(0.5)
    with (
        qtbot.assertNotEmitted(window.ended_early),
        qtbot.waitSignal(window.finished, timeout=100) as finished,
    ):
        tick(window)
    assert finished.args == [40]
    assert not window.isVisible()
    assert not window.timer.isActive()
    assert not window.breathing.timer.isActive()


def test_a_long_break_counts_in_minutes(window, fake_clock):
    window.show_break("long", 300)
    assert window.countdown.text() == "5:00"
    fake_clock.advance(61)
    tick(window)
    assert window.countdown.text() == "3:59"
    assert [minutes_seconds(s) for s in (0, 9, 60, 605)] == ["0:00", "0:09", "1:00", "10:05"]


def test_end_early_reports_the_seconds_taken(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    fake_clock.advance(12.7)
    with (
        qtbot.assertNotEmitted(window.finished),
        qtbot.waitSignal(window.ended_early, timeout=100) as ended,
    ):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert ended.args == [12]
    assert not window.isVisible()
    assert not window.timer.isActive()
    assert not window.breathing.timer.isActive()


def test_escape_ends_early_but_a_stray_enter_or_space_does_not(qtbot, window, fake_clock):
    window.show_break("long", 300)
    qtbot.waitUntil(window.isActiveWindow)
    fake_clock.advance(95.2)
    with qtbot.assertNotEmitted(window.ended_early):
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A):
            qtbot.keyClick(QApplication.focusWidget(), key)
    assert window.isVisible()
    assert QApplication.focusWidget() is not window.end_button
    with qtbot.waitSignal(window.ended_early, timeout=100) as ended:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert ended.args == [95]
    assert not window.isVisible()


def test_end_early_can_be_reached_with_tab(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    window.activateWindow()  # the agent clicks into it
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.end_button
    fake_clock.advance(5)
    with qtbot.waitSignal(window.ended_early, timeout=100) as ended:
        qtbot.keyClick(window.end_button, Qt.Key.Key_Space)
    assert ended.args == [5]


def test_closing_the_window_ends_the_break_early(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    fake_clock.advance(30)
    with qtbot.waitSignal(window.ended_early, timeout=100) as ended:
        window.close()
    assert ended.args == [30]
    assert not window.timer.isActive()


def test_close_break_says_nothing(qtbot, window, fake_clock):
    window.show_break("long", 300)
    qtbot.waitExposed(window)
    fake_clock.advance(20)
    with qtbot.assertNotEmitted(window.finished), qtbot.assertNotEmitted(window.ended_early):
        window.close_break()
        fake_clock.advance(400)
        tick(window)
        window.close()
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not window.timer.isActive()
    assert not window.breathing.timer.isActive()


def test_a_long_break_is_a_step_away_view_and_a_micro_break_a_breathing_panel(qtbot, window):
    window.show_break("long", 300)
    qtbot.waitExposed(window)
    assert window.long_view
    assert window.step_away.isVisible() and window.suggestions.isVisible()
    assert window.suggestion_texts == (
        "Stand up and stretch",
        "Walk a few steps",
        "Rest your eyes on something far away",
        "Drink some water",
        "Roll your shoulders",
    )
    for idea in window.suggestion_texts:
        assert idea in window.suggestions.text()
    assert window.heading.text() == "Long break: time to step away from the screen"
    assert window.countdown.isVisible() and window.countdown.text() == "5:00"
    # The circle is there only if asked for; the view fills the screen it is on.
    assert not window.breathing.isVisible()
    assert window.geometry() == window.screen().availableGeometry()
    qtbot.mouseClick(window.breathe_button, Qt.MouseButton.LeftButton)
    assert window.breathing.isVisible() and window.breathing.timer.isActive()
    window.close_break()

    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert not window.long_view
    assert not window.suggestions.isVisible()
    assert not window.suggestions_title.isVisible()
    assert not window.breathe_button.isVisible()
    assert window.breathing.isVisible()
    assert window.heading.text() == "Micro-break: breathe with the circle"


def test_the_micro_break_is_centred_and_fits_a_small_screen(qtbot, window):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= WINDOW_WIDTH
    assert window.height() <= WINDOW_HEIGHT
    assert (window.geometry().center() - area.center()).manhattanLength() <= 4
    assert window.minimumSizeHint().width() <= WINDOW_WIDTH
    assert window.minimumSizeHint().height() <= WINDOW_HEIGHT
    assert window.minimumWidth() <= 1366
    assert window.minimumHeight() <= 768 - 60  # a task bar


@pytest.mark.parametrize("kind", ["micro", "long"])
def test_the_break_is_frameless_on_top_and_leaves_the_keyboard_where_it_was(qtbot, window, kind):
    """Offscreen activates every window shown, whatever it asks: that the keyboard really
    stays in the agent's program is tested on X with a window manager (tests/e2e)."""
    window.show_break(kind, 40)
    qtbot.waitExposed(window)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint  # no minimise button, no title bar
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert not flags & Qt.WindowType.WindowDoesNotAcceptFocus  # a click gives it the keyboard
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.activateWindow()  # the agent clicks into it: the window, never End early
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window
    assert window.end_button.isVisible() and window.end_button.text() == "End early"


def test_using_the_break_window_is_told_as_a_touch_and_typing_elsewhere_is_not(
    qtbot, window, fake_clock
):
    """Events sent to the widgets themselves: where the pointer lands offscreen depends on
    which windows earlier tests left on screen."""
    typing = QLineEdit()
    qtbot.addWidget(typing)
    typing.show()
    window.show_break("micro", 40)
    qtbot.waitExposed(window)

    def move_over(widget: QWidget) -> None:
        spot = QPointF(widget.rect().center())
        QApplication.sendEvent(
            widget,
            QMouseEvent(
                QEvent.Type.MouseMove,
                spot,
                QPointF(widget.mapToGlobal(spot.toPoint())),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )

    with qtbot.assertNotEmitted(window.touched):
        qtbot.keyClicks(typing, "order 1234 refunded")
        move_over(typing)
    with qtbot.waitSignal(window.touched, timeout=100):
        move_over(window.end_button)
    fake_clock.advance(0.1)
    with qtbot.assertNotEmitted(window.touched):  # at most four times a second
        move_over(window.end_button)
    window.close_break()
    fake_clock.advance(1)
    with qtbot.assertNotEmitted(window.touched):  # over: nothing more to tell
        move_over(window)


def test_each_screen_is_dimmed_behind_the_break_and_uncovered_after(qtbot, window):
    window.dim_screen = True
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    window.activateWindow()  # the agent clicks into the break
    qtbot.waitUntil(window.isActiveWindow)
    overlays = window.dimmer.overlays
    screens = QGuiApplication.screens()
    assert len(overlays) == len(screens) >= 1
    assert sorted(o.geometry().getRect() for o in overlays) == sorted(
        s.geometry().getRect() for s in screens
    )
    for overlay in overlays:
        assert overlay.isVisible()
        assert 0.3 < overlay.windowOpacity() < 0.9  # dimmed, not blacked out
        flags = overlay.windowFlags()
        assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
        assert flags & Qt.WindowType.WindowStaysOnTopHint
        assert flags & Qt.WindowType.FramelessWindowHint
        assert flags & Qt.WindowType.WindowTransparentForInput  # a softphone stays answerable
    assert QApplication.focusWidget() is window  # the covers never take the keyboard
    assert window.isVisible() and window.running
    with qtbot.waitSignal(window.ended_early, timeout=100):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.dimmer.overlays
    assert not any(o.isVisible() for o in overlays)


def test_one_cover_per_screen_on_two_screens(qtbot, window, monkeypatch):
    """Two screens (a laptop with a monitor): two covers, each on its own screen."""
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [screen, screen]))
    window.dim_screen = True
    window.show_break("long", 300)
    qtbot.waitExposed(window)
    assert len(window.dimmer.overlays) == 2
    assert all(overlay.screen() is screen for overlay in window.dimmer.overlays)
    window.close_break()
    assert window.dimmer.overlays == []


def test_without_dim_screen_nothing_is_covered(qtbot, window):
    window.dim_screen = False
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert window.dimmer.overlays == []


def test_the_presenter_reads_dim_screen_as_each_break_starts(qtbot):
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from companion.domain.breaks import CycleView, Phase
    from companion.ui.break_presenter import BreakPresenter

    now = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    working = CycleView(
        Phase.WORKING, False, "micro", None, None, False, False, None, None, True, 0, 5, None, None
    )

    class Driver:
        view = working

        def end_early(self, seconds: int) -> None: ...

        def break_finished(self, seconds: int) -> None: ...

        def break_touched(self) -> None: ...

    dim = {"on": False}
    driver = Driver()
    presenter = BreakPresenter(driver, "en", lambda: 0.0, dim_screen=lambda: dim["on"])
    driver.view = replace(working, phase=Phase.BREAK, break_ends=now + timedelta(seconds=40))
    presenter.update(now)
    qtbot.addWidget(presenter.window)
    assert presenter.window.isVisible() and presenter.window.dimmer.overlays == []
    dim["on"] = True
    driver.view = replace(working, phase=Phase.BREAK, break_ends=now + timedelta(seconds=80))
    presenter.update(now)
    assert len(presenter.window.dimmer.overlays) == len(QGuiApplication.screens())
    driver.view = working
    presenter.update(now)  # a call came in, say: the break and its covers go
    assert not presenter.window.isVisible() and presenter.window.dimmer.overlays == []


# -- the breathing circle --------------------------------------------------------------------


def test_the_circle_says_what_to_do_as_time_passes(qtbot, fake_clock):
    circle = BreathingWidget(fake_clock)
    qtbot.addWidget(circle)
    circle.show()
    qtbot.waitExposed(circle)
    circle.start()
    steps = [
        (0.0, "Breathe in", "4"),
        (1.5, "Breathe in", "3"),
        (2.5, "Hold", "2"),
        (2.0, "Breathe out", "6"),
        (5.5, "Breathe out", "1"),
        (0.5, "Breathe in", "4"),
    ]
    for seconds, word, left in steps:
        fake_clock.advance(seconds)
        tick(circle)
        assert (circle.phase_text(), circle.seconds_text()) == (word, left)
        assert circle.accessibleName() == word
    assert "in 4 s, hold 2 s, out 6 s" in circle.accessibleDescription()
    fake_clock.advance(2.0)  # half way through breathing in
    tick(circle)
    assert circle.state.size == pytest.approx(0.5)
    circle.start()  # a fresh start begins with breathing in again
    assert circle.phase_text() == "Breathe in"
    assert circle.state.size == 0.0


def test_the_break_window_circle_uses_the_same_clock(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert window.breathing.phase_text() == "Breathe in"
    fake_clock.advance(4.5)
    tick(window.breathing)
    assert window.breathing.phase_text() == "Hold"


def test_the_circle_runs_only_while_started_and_on_screen(qtbot, fake_clock):
    circle = BreathingWidget(fake_clock)
    qtbot.addWidget(circle)
    assert circle.timer.interval() == FRAME_MS
    circle.start()
    assert not circle.timer.isActive()  # not on screen yet
    circle.show()
    qtbot.waitExposed(circle)
    assert circle.timer.isActive()
    circle.hide()
    assert not circle.timer.isActive()
    circle.show()
    assert circle.timer.isActive()
    circle.stop()
    assert not circle.timer.isActive()
    circle.hide()
    circle.show()
    assert not circle.timer.isActive()  # stopped stays stopped


def test_no_timer_runs_while_the_windows_are_hidden(qtbot, notice, window):
    def timers():
        return [notice.timer.isActive(), window.timer.isActive(), window.breathing.timer.isActive()]

    assert timers() == [False, False, False]
    notice.show_notice("micro", 30, 5)
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert timers() == [True, True, True]
    notice.hide()  # hidden by any means
    window.hide()
    assert timers() == [False, False, False]
    qtbot.wait(3 * FRAME_MS)
    assert timers() == [False, False, False]


# -- how they look ---------------------------------------------------------------------------


def distinct_colours(image: QImage, background: QColor) -> int:
    """How many sampled pixels differ from the background."""
    differing = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if image.pixelColor(x, y) != background:
                differing += 1
    return differing


def assert_nothing_clipped(widget: QWidget) -> None:
    for child in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
        if not child.isVisible():
            continue
        top_left = child.mapTo(widget, QPoint(0, 0))
        assert widget.rect().contains(child.geometry().translated(top_left - child.pos())), child
        if isinstance(child, QLabel) and child.wordWrap():
            assert child.heightForWidth(child.width()) <= child.height(), child.text()
        else:
            assert child.sizeHint().width() <= child.width(), child.text()
            assert child.sizeHint().height() <= child.height() + 2, child.text()


def shoot(qtbot, widget: QWidget, name: str) -> QImage:
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    image = widget.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOTS / name))
    background = widget.palette().color(QPalette.ColorRole.Window)
    assert distinct_colours(image, background) > 200, f"{name} looks blank"
    assert_nothing_clipped(widget)
    return image


def test_every_window_draws_something_and_nothing_is_clipped(qtbot, fake_clock):
    notice = BreakNotice(fake_clock)
    window = BreakWindow(fake_clock)
    for widget in (notice, window):
        qtbot.addWidget(widget)
        widget.setStyleSheet(STYLE_SHEET)  # as the app has it

    notice.show_notice("micro", 30, 5)
    shoot(qtbot, notice, "notice-micro-en.png")
    notice.show_notice("long", 30, None)
    shoot(qtbot, notice, "notice-long-en.png")

    window.show_break("micro", 40)
    fake_clock.advance(2.0)  # the circle half grown
    tick(window.breathing)
    shoot(qtbot, window, "break-micro-en.png")
    window.close_break()

    window.show_break("long", 300)
    fake_clock.advance(5.0)  # holding, the circle full
    tick(window.breathing)
    tick(window)
    shoot(qtbot, window, "break-long-en.png")
    window.close_break()


def test_the_circle_reads_well_in_a_dark_theme(qtbot, fake_clock):
    window = BreakWindow(fake_clock)
    qtbot.addWidget(window)
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#202124"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)  # a dark desktop theme
    try:
        window.setStyleSheet(STYLE_SHEET)
        window.show_break("micro", 40)
        fake_clock.advance(8.0)  # breathing out, the circle half way
        tick(window.breathing)
        image = shoot(qtbot, window, "break-micro-dark-en.png")
    finally:
        app.setPalette(light)
    circle = window.breathing
    centre = circle.mapTo(window, circle.rect().center())
    fill = image.pixelColor(centre.x() + 2, centre.y() - 30)  # inside the circle, off the text
    text = dark.color(QPalette.ColorRole.WindowText)
    assert abs(text.lightness() - fill.lightness()) > 100  # the words stand out on the circle


def test_a_minimised_break_still_ends_on_time_but_the_circle_rests(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    window.showMinimized()
    assert not window.breathing.timer.isActive()  # nobody sees it: no frames
    assert window.timer.isActive()  # but the break still ends on time
    window.showNormal()
    assert window.breathing.timer.isActive()
    window.showMinimized()
    fake_clock.advance(40)
    with qtbot.waitSignal(window.finished, timeout=100) as finished:
        tick(window)
    assert finished.args == [40]
    assert not window.breathing.timer.isActive()


def test_a_break_window_hidden_and_shown_again_keeps_counting(qtbot, window, fake_clock):
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    window.hide()
    assert not window.timer.isActive()
    fake_clock.advance(15)
    window.show()
    assert window.timer.isActive()
    assert window.breathing.timer.isActive()
    assert window.countdown.text() == "0:25"


def test_the_notice_says_when_it_waits_for_a_pause_and_when_it_just_stays(
    qtbot, notice, fake_clock
):
    keys = {"start": "Ctrl+Alt+B", "postpone": "Ctrl+Alt+P", "skip": "Ctrl+Alt+S"}
    notice.show_notice("micro", 30, 5, "counting", keys)
    assert notice.hint.text() == "Finish what you are doing; the break starts when you pause."
    assert notice.keys.text() == "Ctrl+Alt+B starts · Ctrl+Alt+P postpones · Ctrl+Alt+S skips"
    notice.show_notice("micro", 1, 5, "waiting", keys)
    assert notice.title.text() == "Micro-break when you pause"
    assert "without typing or using the mouse" in notice.hint.text()
    assert not notice.timer.isActive()  # no countdown: it starts at the next pause
    fake_clock.advance(5)
    with qtbot.assertNotEmitted(notice.timed_out):
        tick(notice)
    notice.show_notice("long", 1, None, "gentle", keys)
    assert notice.title.text() == "Time for a long break"
    assert notice.hint.text() == "Take it whenever you are ready: it will not start by itself."
    assert notice.keys.text() == "Ctrl+Alt+B starts · Ctrl+Alt+S skips"  # postpones used up
    assert notice.isVisible() and notice.start_button.isVisible()
    with qtbot.waitSignal(notice.start_now, timeout=100):
        notice.start_button.click()
    notice.show_notice("micro", 30, 5)
    assert notice.keys.isHidden()  # no keys held: nothing to name


def test_the_presenter_shows_the_notice_state_the_cycle_is_in(qtbot):
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from companion.domain.breaks import CycleView, Phase
    from companion.ui.break_presenter import BreakPresenter

    now = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    counting = CycleView(
        Phase.NOTICE, False, "micro", now, now + timedelta(seconds=30), False, False, None,
        None, True, 0, 5, None, None,
    )  # fmt: skip

    class Driver:
        view = counting

        def start_now(self) -> None: ...
        def postpone(self) -> None: ...
        def skip(self) -> None: ...
        def notice_timed_out(self) -> None: ...

    driver = Driver()
    presenter = BreakPresenter(driver, "en", lambda: 0.0, keys=lambda: {"skip": "Ctrl+Alt+S"})
    presenter.update(now)
    qtbot.addWidget(presenter.notice)
    assert presenter.notice.state == "counting"
    driver.view = replace(counting, waiting=True)
    presenter.update(now + timedelta(seconds=30))
    assert presenter.notice.state == "waiting" and presenter.notice.isVisible()
    driver.view = replace(counting, gentle=True)
    presenter.update(now + timedelta(minutes=3))
    assert presenter.notice.state == "gentle"
    assert presenter.notice.keys.text() == "Ctrl+Alt+S skips"


def test_the_break_says_how_to_end_it_without_its_keyboard(qtbot, window):
    window.end_keys = "Ctrl+Alt+S"
    window.show_break("micro", 40)
    qtbot.waitExposed(window)
    assert (
        window.hint.text() == "The break ends by itself. To end it now: End early, or Ctrl+Alt+S."
    )
    window.close_break()
    window.end_keys = ""
    window.show_break("micro", 40)
    assert "click here and Esc" in window.hint.text()
