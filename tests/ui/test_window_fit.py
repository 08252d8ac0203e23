"""Windows that fit: Esc closes every window, the sparse charts stay readable, an exported chart
is the chart alone, and a window is kept inside its screen (see also test_screen_fit.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.domain.trends import DayStress, GroupStress, HourCell, PeriodMean, WeekBreaks
from companion.paths import AppPaths
from companion.ui.chart_card import EXPORT_SCALE, ChartCard
from companion.ui.charts import BreaksPerWeek, HeatMap, StressBars, StressOverTime
from companion.ui.charts.axes import DAY_SECONDS, SHORTEST_SPAN_DAYS, count_ticks, day_stamp
from companion.ui.screen_fit import fit_to_screen, keep_on_screen, scrolled
from tests.helpers.app import start_app
from tests.helpers.screens import WINDOWS
from tests.ui.conftest import add_entry

TODAY = date(2026, 11, 23)


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path, tmp_path)


@pytest.fixture
def app(qtbot, paths, clock):
    started = start_app(qtbot, paths, clock=clock)
    yield started
    started.reframing.drop_unsaved()  # no draft written after the store closes
    QApplication.closeAllWindows()
    started.speech.translations.apply("en")
    started.shut_down()


def press_escape(qtbot, window: QWidget) -> None:
    """Esc as the person presses it: in the window, which has the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    target = QApplication.focusWidget()
    if target is None or target.window() is not window:
        target = window
    qtbot.keyClick(target, Qt.Key.Key_Escape)


# -- Esc closes every window -------------------------------------------------------------------

# The break notice never takes the keyboard; in the break window and a running exercise Esc
# first ends what runs (tests/ui/test_break_windows.py, test_exercises.py).
ESC_CLOSES = [name for name in WINDOWS if name not in ("break-notice", "break-window")]


@pytest.mark.parametrize("name", ESC_CLOSES)
def test_esc_closes_the_window(qtbot, app, name):
    [*states] = WINDOWS[name](app)
    window = states[-1]
    qtbot.addWidget(window)
    assert window.isVisible()
    press_escape(qtbot, window)
    for _ in range(2):  # in the mood log, Esc first leaves the search field for the list
        if name == "history" and window.isVisible():
            press_escape(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_esc_closes_the_wizard_and_keeps_what_was_typed(qtbot, app):
    app.reframing.show_reframing()
    wizard = app.reframing.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.thought.setFocus()
    qtbot.keyClicks(wizard.thought, "They will all complain about me")
    press_escape(qtbot, wizard)
    assert not wizard.isVisible()
    assert app.store is not None
    [draft] = app.store.thoughts(drafts=True)
    assert draft.is_draft and draft.automatic_thought == "They will all complain about me"


def test_esc_in_the_mood_log_search_clears_it_then_closes_the_window(qtbot, app):
    app.mood.show_history()
    history = app.mood.history
    assert history is not None
    history.search.setFocus()
    qtbot.keyClicks(history.search, "parcel")
    qtbot.keyClick(history.search, Qt.Key.Key_Escape)
    assert history.isVisible() and history.search.text() == ""
    press_escape(qtbot, history)  # no entries: no list to go back to
    assert not history.isVisible()


# -- sparse data -------------------------------------------------------------------------------


def test_count_ticks_are_whole_numbers():
    for top in (0, 0.4, 1, 2, 3, 7, 12, 49, 130, 2400):
        ticks = count_ticks(top)
        values = [value for value, _label in ticks]
        assert all(value == int(value) for value in values), (top, values)
        assert [label for _value, label in ticks] == [str(int(value)) for value in values]
        assert values[0] == 0 and values[-1] >= max(top, 1)
        assert len(values) <= 6
    assert [v for v, _ in count_ticks(1)] == [0, 1]


def ticks_of(plot) -> list[tuple[float, str]]:
    """The ticks the left axis draws (the ones set on it)."""
    axis = plot.getAxis("left")
    levels = axis._tickLevels  # what AxisItem.setTicks stored; None: pyqtgraph's own choice
    assert levels is not None, "the axis chooses its own ticks, halves included"
    return [tick for level in levels for tick in level]


def one_day(window: StressOverTime) -> None:
    day = TODAY
    window.set_data(
        [DayStress(day, 1, 6)], [PeriodMean(day, 6.0, 1)], [PeriodMean(day, 6.0, 1)], day, day
    )


def test_one_entry_shows_whole_entry_ticks_and_a_month_of_days(qtbot):
    chart = StressOverTime()
    qtbot.addWidget(chart)
    chart.resize(900, 300)
    chart.show()
    one_day(chart)
    QApplication.processEvents()
    low, high = chart.counts.vb.viewRange()[1]
    shown = [value for value, _label in ticks_of(chart.counts) if low <= value <= high]
    assert shown == [0, 1]  # not 0.5
    left, right = chart.means.vb.viewRange()[0]
    assert right - left >= SHORTEST_SPAN_DAYS * DAY_SECONDS  # a dot, not a wall
    assert left < day_stamp(TODAY) < right


def test_one_week_of_breaks_is_a_bar_among_weeks_with_whole_ticks(qtbot):
    chart = BreaksPerWeek()
    qtbot.addWidget(chart)
    chart.resize(500, 280)
    chart.show()
    week = TODAY - timedelta(days=TODAY.weekday())
    chart.set_data([WeekBreaks(week, {"taken": 1})], week, TODAY)
    left, right = chart.getPlotItem().vb.viewRange()[0]
    assert (right - left) / (5 * DAY_SECONDS) > 5  # the bar is less than a fifth of the width
    low, high = chart.getPlotItem().vb.viewRange()[1]
    values = [value for value, _label in ticks_of(chart.getPlotItem()) if low <= value <= high]
    assert values and all(value == int(value) for value in values)
    assert 1 in values


@pytest.mark.parametrize("size", [(500, 290), (1200, 600)])
def test_one_call_type_is_a_bar_of_a_normal_thickness(qtbot, size):
    chart = StressBars()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    chart.set_data([GroupStress("complaint", 1, 6.0)], lambda code: code or "")
    QApplication.processEvents()
    assert chart.bar_thickness() <= 0.7 * chart.getPlotItem().vb.height() / 4.5
    assert chart.bar_thickness() < 90
    chart.set_data(
        [GroupStress(code, 3, 5.0) for code in ("a", "b", "c", "d", "e", "f", "g", "h")],
        lambda code: code or "",
    )
    assert chart.getPlotItem().vb.viewRange()[1][1] >= 7  # many bars: each still has its row


def test_one_heat_map_cell_has_a_normal_size_among_the_working_hours(qtbot):
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.resize(1200, 300)
    heat.show()
    heat.set_data([HourCell(0, 13, 1, 6)])
    width, _height = heat._grid()
    assert width <= HeatMap.WIDEST_CELL
    assert heat._rect(0, 13).width() <= HeatMap.WIDEST_CELL
    assert heat._rect(0, 8).isValid() and heat._rect(0, 18).isValid()  # the working day


# -- export ------------------------------------------------------------------------------------


def test_an_exported_chart_is_the_plot_alone_at_twice_its_size(qtbot, tmp_path):
    host = QWidget()
    qtbot.addWidget(host)
    chart = StressOverTime()
    card = ChartCard("stress-over-time", chart, chart.rows, host)
    card.set_texts("Stress over time", "Click a dot to see that day's entries.")
    card.resize(700, 360)
    host.resize(720, 380)
    host.show()
    one_day(chart)
    QApplication.processEvents()
    path = tmp_path / "chart.png"
    card.save_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (
        round(chart.width() * EXPORT_SCALE),
        round(chart.height() * EXPORT_SCALE),
    )
    assert image.height() != round(card.height() * EXPORT_SCALE)  # no title, hint or button
    assert chart.height() < card.height() - card.hint.height()


# -- the welcome of the trends -----------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (900, 480)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_trends_welcome_can_be_read_in_full(qtbot, app, size, language):
    app.choose_language(language)
    app.mood.show_dashboard()
    dashboard = app.mood.dashboard
    assert dashboard is not None
    qtbot.addWidget(dashboard)
    dashboard.resize(*size)
    QApplication.processEvents()
    assert dashboard.pages.currentWidget() is dashboard.welcome
    text: QLabel = dashboard.welcome_text
    assert text.wordWrap()
    # Tall enough for all of its wrapped lines, at the width it has.
    assert text.height() >= text.heightForWidth(text.width()) > 2 * text.fontMetrics().height()
    dashboard.welcome.ensureWidgetVisible(dashboard.welcome_button)
    QApplication.processEvents()
    viewport = dashboard.welcome.viewport()
    button = dashboard.welcome_button
    corner = button.mapTo(viewport, button.rect().topLeft())
    assert viewport.rect().contains(QRect(corner, button.size()))


# -- kept on its screen ------------------------------------------------------------------------


def test_a_window_too_large_for_its_screen_is_made_to_fit_when_shown_and_when_it_grows(qtbot):
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = QWidget()
    qtbot.addWidget(window)
    keep_on_screen(window)
    window.setMinimumSize(area.width() + 200, 100)
    window.resize(area.width() + 300, area.height() + 300)
    window.move(area.right() - 50, area.bottom() - 50)
    window.show()
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    grown = QLabel("\n".join(["a line"] * 200))  # content far taller than the screen
    window.resize(300, 300)
    host = scrolled(grown, window)
    host.resize(300, 300)
    window.resize(area.width() * 2, area.height() * 2)  # as a layout would grow it
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    fit_to_screen(window)
    assert area.contains(window.frameGeometry())


def test_a_date_range_entry_day_is_on_the_time_axis(qtbot, store, clock):
    """The whole range is still shown when it is longer than the shortest span."""
    add_entry(store, clock, 60, 5)
    chart = StressOverTime()
    qtbot.addWidget(chart)
    first = TODAY - timedelta(days=90)
    chart.set_data([DayStress(TODAY, 1, 5)], [], [], first, TODAY)
    left, right = chart.means.vb.viewRange()[0]
    assert left <= day_stamp(first) and right >= day_stamp(TODAY)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_window_whose_content_scrolls_is_first_shown_as_wide_as_its_content(qtbot, app, language):
    """My plan was first shown at the size of its empty content: goal names cut off, and a
    scroll bar though the screen had room. The scroll area now tells the window its size."""
    from PySide6.QtWidgets import QCheckBox

    app.speech.choose(language)
    app.wellbeing.show_plan()
    window = app.wellbeing.plan_window
    assert window is not None
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the scroll bar is decided once the window is laid out
    for box in window.findChildren(QCheckBox):
        assert box.width() >= box.sizeHint().width(), box.text()
    assert not window.scroller.verticalScrollBar().isVisible()
