"""The mouse wheel over a chart scrolls the page; Ctrl+wheel zooms a time chart, within its
range, and "Reset zoom" (shown only while zoomed) brings the whole range back.

Five notches of the wheel over *Stress over time* once left an empty Oct 2026 – Jan 2027 axis
and no way back. Real wheel events are sent to each chart's viewport, where the mouse is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

from companion.demo import fill_demo_home
from companion.paths import AppPaths
from companion.storage.store import open_store
from companion.ui.dashboard import DashboardWindow

NOTCH = 120  # one notch of a mouse wheel (angleDelta), down when negative
WEEK = 7 * 86400  # Ctrl+wheel zooms in to a week at most


@pytest.fixture
def window(qtbot, tmp_path: Path, clock, vocabulary) -> Iterator[DashboardWindow]:
    home = tmp_path / "demo"
    fill_demo_home(home, clock, weeks=12, seed=7)
    store, _report = open_store(AppPaths(home, home), clock)
    shown = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        vocabulary,
        lambda kind, language: kind,
    )
    qtbot.addWidget(shown)
    shown.resize(1024, 570)  # on a 1024×600 screen
    shown.set_preset("12w")
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
    store.close()


def turn_wheel(view: QGraphicsView, at: QPoint, notches: int, ctrl: bool = False) -> None:
    """Turn the wheel `notches` (up when positive) with the mouse at `at` on the chart."""
    from PySide6.QtGui import QWheelEvent

    viewport = view.viewport()
    for _ in range(abs(notches)):
        event = QWheelEvent(
            QPointF(at),
            QPointF(viewport.mapToGlobal(at)),
            QPoint(),
            QPoint(0, NOTCH if notches > 0 else -NOTCH),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)
    QApplication.processEvents()


def chart_view(window: DashboardWindow, name: str) -> tuple[QGraphicsView, object]:
    """The chart's graphics view (where the wheel turns) and the view box it draws in."""
    if name == "stress-over-time":
        return window.over_time.view, window.over_time.means.vb
    chart = window.cards[name].chart
    return chart, chart.getPlotItem().vb


def middle_of(view: QGraphicsView, box) -> QPoint:
    return view.mapFromScene(box.sceneBoundingRect().center())


@pytest.mark.parametrize("name", ["stress-over-time", "breaks", "wellbeing"])
def test_the_wheel_scrolls_the_page_and_ctrl_wheel_zooms_the_time_chart(qtbot, window, name):
    card = window.cards[name]
    assert not card.is_empty
    view, box = chart_view(window, name)
    page = window.scroller.verticalScrollBar()
    window.scroller.ensureWidgetVisible(card)
    QApplication.processEvents()
    at = middle_of(view, box)
    whole = box.viewRange()[0]

    # The wheel scrolls the page, whichever way it turns; the chart stays as it was.
    down = page.value() < page.maximum()
    before = page.value()
    turn_wheel(view, at, -1 if down else 1)
    assert (page.value() > before) if down else (page.value() < before), "the page stayed"
    assert box.viewRange()[0] == whole, "the wheel zoomed the chart"
    turn_wheel(view, at, 5 if down else -5)  # the reviewer's five notches
    assert box.viewRange()[0] == whole
    assert not card.reset_button.isVisible() and not card.reset_action.isVisible()

    # Ctrl+wheel zooms the time axis, and the card offers the way back.
    window.scroller.ensureWidgetVisible(card)
    QApplication.processEvents()
    at = middle_of(view, box)
    scrolled = page.value()
    turn_wheel(view, at, 2, ctrl=True)
    left, right = box.viewRange()[0]
    assert right - left < (whole[1] - whole[0]) * 0.9
    assert whole[0] <= left < right <= whole[1]
    assert page.value() == scrolled  # Ctrl+wheel does not also scroll the page
    assert card.reset_button.isVisible() and card.reset_action.isVisible()
    assert card.reset_button.text() == "Reset zoom"
    assert card.reset_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by Tab

    # Never below a week, never beyond the range: the axis always has days on it.
    turn_wheel(view, at, 30, ctrl=True)
    left, right = box.viewRange()[0]
    assert right - left >= WEEK - 1
    assert whole[0] <= left < right <= whole[1]
    turn_wheel(view, at, -40, ctrl=True)
    left, right = box.viewRange()[0]
    assert (left, right) == pytest.approx(whole)
    assert not card.reset_button.isVisible()

    # Reset zoom, from the button (or the card's menu), shows the whole range again.
    turn_wheel(view, at, 3, ctrl=True)
    assert card.reset_button.isVisible()
    qtbot.mouseClick(card.reset_button, Qt.MouseButton.LeftButton)
    assert box.viewRange()[0] == pytest.approx(whole)
    assert not card.reset_button.isVisible() and not card.reset_action.isVisible()
    turn_wheel(view, at, 3, ctrl=True)
    card.reset_action.trigger()
    assert box.viewRange()[0] == pytest.approx(whole)


@pytest.mark.parametrize("name", ["call-types", "emotions", "what-helps"])
def test_the_wheel_over_a_chart_that_does_not_zoom_scrolls_the_page(window, name):
    card = window.cards[name]
    assert not card.is_empty
    view, box = chart_view(window, name)
    page = window.scroller.verticalScrollBar()
    page.setValue(0)
    window.scroller.ensureWidgetVisible(card)
    QApplication.processEvents()
    at = middle_of(view, box)
    whole = box.viewRange()
    before = page.value()
    assert before < page.maximum()
    turn_wheel(view, at, -1)
    assert page.value() > before
    turn_wheel(view, middle_of(view, box), 3, ctrl=True)
    assert box.viewRange() == whole
    assert not card.reset_button.isVisible()


def test_a_new_range_shows_the_whole_range_again(window):
    view, box = chart_view(window, "stress-over-time")
    window.scroller.ensureWidgetVisible(window.cards["stress-over-time"])
    QApplication.processEvents()
    turn_wheel(view, middle_of(view, box), 3, ctrl=True)
    assert window.over_time.zoom.zoomed
    window.set_preset("4w")
    assert not window.over_time.zoom.zoomed
    assert not window.cards["stress-over-time"].reset_button.isVisible()
    assert box.viewRange()[0] == pytest.approx(window.over_time.zoom.span)


def test_the_keyboard_ring_stays_in_view_when_zoomed(qtbot, window):
    chart = window.over_time
    view, box = chart_view(window, "stress-over-time")
    window.scroller.ensureWidgetVisible(window.cards["stress-over-time"])
    QApplication.processEvents()
    turn_wheel(view, middle_of(view, box), 12, ctrl=True)  # zoomed on the middle weeks
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    for key in (Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(chart, key)
        left, right = box.viewRange()[0]
        (x,) = chart.marker.data["x"]
        assert left <= x <= right, key
