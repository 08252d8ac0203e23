"""The trends window on a 1024×600 screen, in English and Chinese, on a 12-week demo history
with every goal chosen: no legend cut, no bar or dot under a legend, the stress axis 0–10 with
its 10 tick, the weekly goals open on this week with the goals' names whole, and one date style
(23 Nov / 11月23日) wherever a date is shown.

What the axes draw is read from pyqtgraph's own drawing specs (the labels it keeps after
dropping those that do not fit), not from the ticks asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from companion.demo import fill_demo_home
from companion.domain.goals import GOALS
from companion.domain.timefmt import format_day
from companion.domain.trends import monday_of
from companion.paths import AppPaths
from companion.storage.store import Store, open_store
from companion.ui.dashboard import DashboardWindow
from companion.ui.i18n import Translations

SIZES = [(1024, 570), (1366, 728)]  # a 1024×600 and a 1366×768 screen, less a panel

DAY_STYLE = {
    "en": re.compile(r"^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$"),
    "zh_CN": re.compile(r"^(\d{4}年)?\d{1,2}月\d{1,2}日$"),
}
MONTH_STYLE = {  # a month alone, on a long range's axis
    "en": re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$"),
    "zh_CN": re.compile(r"^(\d{4}年)?\d{1,2}月$"),
}


@pytest.fixture
def demo_store(tmp_path: Path, clock) -> Iterator[Store]:
    home = tmp_path / "demo"
    fill_demo_home(home, clock, weeks=12, seed=7)
    store, _report = open_store(AppPaths(home, home), clock)
    for code, (target, _low, _high) in GOALS.items():
        if code == "own":  # one's own goal has words of its own
            store.set_goal(code, target, "Stand up and stretch between calls")
        else:
            store.set_goal(code, target)
    yield store
    store.close()


@pytest.fixture(params=["en", "zh_CN"])
def language(request) -> Iterator[str]:
    translations = Translations()
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


def open_window(qtbot, store: Store, clock, vocabulary, language: str, size) -> DashboardWindow:
    window = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        vocabulary,
        lambda kind, language: kind,
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.retranslate(language)
    window.set_preset("12w")
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def drawn_labels(axis) -> list[str]:
    """The tick labels the axis draws at its present size and range."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [text for _rect, _flags, text in specs[2]]


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


@pytest.mark.parametrize("size", SIZES)
def test_no_legend_is_cut_and_nothing_is_drawn_under_one(
    qtbot, demo_store, clock, vocabulary, language, size
):
    window = open_window(qtbot, demo_store, clock, vocabulary, language, size)
    breaks = window.breaks.getPlotItem()
    charts = {
        "stress over time": (window.over_time.means, window.over_time.legend, 10.0),
        "breaks per week": (breaks, window.breaks.legend, None),
        "wellbeing": (window.wellbeing.getPlotItem(), window.wellbeing.legend, 100.0),
    }
    for name, (plot, legend, top) in charts.items():
        box = scene_rect(plot.vb)
        shown = scene_rect(legend)
        assert box.contains(shown), f"{name}: the legend {shown} is cut by the plot {box}"
        assert len(legend.items) >= 2
        if top is None:  # the highest stack of bars
            top = max(
                (y0 + h)
                for bars in window.breaks.stacks.values()
                for y0, h in zip(bars.opts["y0"], bars.opts["height"], strict=True)
            )
        highest = plot.vb.mapViewToScene(QPointF(plot.vb.viewRange()[0][0], top)).y()
        assert highest >= shown.bottom() + 8, f"{name}: {top} is drawn under the legend"


@pytest.mark.parametrize("size", SIZES)
def test_the_stress_axis_shows_0_to_10_and_a_10_sits_below_the_border(
    qtbot, demo_store, clock, vocabulary, language, size
):
    window = open_window(qtbot, demo_store, clock, vocabulary, language, size)
    chart = window.over_time
    labels = drawn_labels(chart.means.getAxis("left"))
    assert labels == ["0", "2", "4", "6", "8", "10"]
    box = chart.means.vb
    low, high = box.viewRange()[1]
    assert low < 0 and high > 10
    ten = box.mapViewToScene(QPointF(box.viewRange()[0][0], 10)).y()
    assert ten - scene_rect(box).top() >= 12  # a dot at 10 (and its ring) stays inside


@pytest.mark.parametrize("size", SIZES)
def test_the_weekly_goals_open_on_this_week_with_every_name_whole(
    qtbot, demo_store, clock, vocabulary, language, size
):
    window = open_window(qtbot, demo_store, clock, vocabulary, language, size)
    table = window.goal_weeks
    assert table.rowCount() == len(GOALS) and table.columnCount() == 12
    window.scroller.ensureWidgetVisible(table)
    QApplication.processEvents()
    today = clock.now().astimezone(clock.local_zone()).date()
    this_week = format_day(monday_of(today), language, year=False)
    column = next(
        c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == this_week
    )
    shown = table.visualRect(table.model().index(0, column))
    assert shown.left() >= 0 and shown.right() <= table.viewport().width(), (
        f"this week's column {shown} is not wholly in view ({table.viewport().width()} px)"
    )
    names = table.verticalHeader()
    metrics = QFontMetrics(names.font())
    for row in range(table.rowCount()):
        text = table.verticalHeaderItem(row).text()
        assert names.width() >= metrics.horizontalAdvance(text) + 8, f"cut: {text!r}"
        if language == "zh_CN":
            assert "(" not in text and "（" in text  # Chinese brackets
    weeks = table.horizontalHeader()
    for c in range(table.columnCount()):
        text = table.horizontalHeaderItem(c).text()
        assert DAY_STYLE[language].match(text), text
        assert weeks.sectionSize(c) >= metrics.horizontalAdvance(text), f"cut: {text!r}"
    assert table.visualRect(table.model().index(table.rowCount() - 1, 0)).bottom() <= (
        table.viewport().height()
    )  # every goal's row in view, no scrolling down


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("preset", ["4w", "12w", "1y"])
def test_one_date_style_on_every_axis_and_in_the_range(
    qtbot, demo_store, clock, vocabulary, language, size, preset
):
    window = open_window(qtbot, demo_store, clock, vocabulary, language, size)
    window.set_preset(preset)
    QApplication.processEvents()
    axes = {
        "stress over time": window.over_time.count_axis,
        "breaks per week": window.breaks.axis,
        "wellbeing": window.wellbeing.axis,
    }
    for name, axis in axes.items():
        labels = drawn_labels(axis)
        assert len(labels) >= 3, f"{name} ({preset}): too few labels: {labels}"
        days = all(DAY_STYLE[language].match(label) for label in labels)
        months = all(MONTH_STYLE[language].match(label) for label in labels)
        assert days or months, f"{name} ({preset}): mixed or foreign dates: {labels}"
    window.set_custom_range(date(2026, 11, 2), date(2026, 11, 8))
    if language == "en":
        assert (window.from_edit.text(), window.to_edit.text()) == ("2 Nov 2026", "8 Nov 2026")
    else:
        assert (window.from_edit.text(), window.to_edit.text()) == (
            "2026年11月2日",
            "2026年11月8日",
        )
