"""The Team window's charts can be shown as tables too (issue 32, item 12): each table holds
what its chart draws (the points, bars and people written above them, none where a gap is
drawn, with the gap's words), read from the chart itself. The window and its answers are those
of test_team_window."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pyqtgraph as pg
import pytest

from companion.domain.timefmt import format_day
from companion.ui import chart_card
from companion.ui.chart_table import cell_text
from companion.ui.charts.team_weeks import week_middle
from tests.helpers.team_figures import HIDDEN_WEEKS, THIN_WEEK
from tests.ui.test_team_window import OPEN_WEEKS, Loads, chart, make_window, read

WEEK_CHARTS = ("team-stress", "team-breaks", "team-exercises")


@pytest.fixture(autouse=True)
def charts_first() -> Iterator[None]:
    chart_card.SHOWN_AS_TABLE.clear()
    yield
    chart_card.SHOWN_AS_TABLE.clear()


@pytest.fixture
def window(qtbot, vocabulary):
    shown = make_window(qtbot, vocabulary, Loads())
    read(qtbot, shown)
    return shown


def drawn_values(found) -> list[float | None]:
    """What the chart draws each week: a point's height (the line is broken where it is NaN),
    or a bar's (no bar: None)."""
    if isinstance(found.series, pg.PlotDataItem):
        return [None if math.isnan(y) else float(y) for y in found.series.yData]
    heights = dict(zip(found.series.opts["x"], found.series.opts["height"], strict=True))
    return [heights.get(week_middle(week.week_start)) for week in found._weeks]


def people_written(found) -> dict[float, str]:
    """The numbers written above the points, by where they stand on the date axis."""
    bands = {id(label) for label, _width, _words in found._band_labels}
    return {
        item.pos().x(): item.textItem.toPlainText()
        for item in found._items
        if isinstance(item, pg.TextItem) and id(item) not in bands
    }


def test_each_team_chart_has_a_table_of_what_it_draws(window):
    weeks = window.reading.figures.weeks
    for name in (*WEEK_CHARTS, "team-call-types"):
        card = window.cards[name]
        assert card.has_table and card.table_button.isVisible(), name
        card.table_button.click()
        assert card.shows_table and card.stack.currentWidget() is card.table_page, name
        header, rows = card.chart.table_rows()
        assert rows and all(header), name
        assert card.table.header_labels() == header
        assert card.table.shown_rows() == [[cell_text(v) for v in row] for row in rows]
        assert card.table.accessibleName() == card.title.text() + " as a table"
        assert card.table.accessibleDescription() == card.table_summary.text() != ""
    for name in WEEK_CHARTS:
        found = chart(window, name)
        _header, rows = found.table_rows()
        assert [row[0] for row in rows] == [format_day(w.week_start, "en") for w in weeks]
        assert [row[1] for row in rows] == drawn_values(found), name
    stress = chart(window, "team-stress")
    header, rows = stress.table_rows()
    assert header == ["Week of", "Mean stress", "People", "Note"]
    written = people_written(stress)
    for week, row in zip(weeks, rows, strict=True):
        shown = written.get(week_middle(week.week_start))
        assert (None if shown is None else int(shown)) == row[2]
    for index in HIDDEN_WEEKS:
        assert rows[index][1:] == [None, None, "fewer than 10 people shared"]
    for index in OPEN_WEEKS:
        assert rows[index][3] == "open: published once closed"
    exercises = chart(window, "team-exercises")
    _header, rows = exercises.table_rows()
    assert rows[THIN_WEEK][1:] == [None, "fewer than 10 people had this"]
    assert chart(window, "team-breaks").table_rows()[0][1] == "Breaks taken (%)"
    summary = window.cards["team-stress"].table_summary.text()
    assert summary.startswith("13 weeks, 8 with a figure; mean stress from ")

    categories = window.categories
    header, rows = categories.table_rows()
    assert header == ["Call type", "Entries", "Mean stress"]
    assert [row[2] for row in rows] == list(categories.bars.opts["width"])
    assert [f"{cell_text(m)} · n={n}" for _label, n, m in rows] == categories.bar_labels()


def test_the_team_tables_speak_chinese(window):
    from companion.ui.i18n import Translations

    translations = Translations()
    try:
        translations.apply("zh_CN")
        window.retranslate("zh_CN")
        card = window.cards["team-stress"]
        card.table_button.click()
        assert card.table_button.text() == "以图表显示"
        assert card.table.header_labels() == ["所在周（周一）", "平均压力", "人数", "备注"]
        assert card.table_summary.text().startswith("13 周，其中 8 周有数据；平均压力")
        assert chart(window, "team-breaks").table_rows()[0][1] == "已休息的比例（%）"
        assert window.categories.table_rows()[0][0] == "问题类型"
        assert "少于 10 人分享" in [row[3] for row in card.table.shown_rows()]
    finally:
        translations.apply("en")
        window.retranslate("en")
