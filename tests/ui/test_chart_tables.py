"""Each chart of the trends window can be shown as a table (issue 32, item 12): the table
holds the figures the chart draws, the same as `companion stats` gives for the same store;
Tab enters it and the next Tab leaves it; each cell is read with its row and its column.

The demo history and the window are those of test_trends_truth (12 weeks, the real clock,
Shanghai)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from companion.domain.clock import SYSTEM_CLOCK
from companion.domain.timefmt import format_day
from companion.domain.trends import BREAK_OUTCOMES
from companion.paths import AppPaths
from companion.storage.store import open_store
from companion.ui import chart_card
from companion.ui.chart_table import cell_text
from companion.ui.charts import mean_text
from companion.ui.dashboard import DashboardWindow
from companion.ui.i18n import Translations
from tests.ui import test_trends_truth as truth
from tests.ui.test_trends_truth import WEEKS, run_cli

demo_home = truth.demo_home  # the same history and window as the figures' tests there
window = truth.window

TABLED = ("stress-over-time", "weekday-hour", "call-types", "emotions", "breaks", "what-helps",
          "wellbeing")  # fmt: skip


@pytest.fixture(autouse=True)
def charts_first() -> Iterator[None]:
    """The session's choice (tables or charts) starts and ends with charts."""
    chart_card.SHOWN_AS_TABLE.clear()
    yield
    chart_card.SHOWN_AS_TABLE.clear()


def as_tables(shown: DashboardWindow) -> None:
    for name in TABLED:
        shown.cards[name].table_button.click()


def column(rows: list[list[object]], index: int) -> list[object]:
    return [row[index] for row in rows]


def test_every_chart_but_the_goals_table_has_a_table_of_what_it_draws(window):
    as_tables(window)
    for name, card in window.cards.items():
        if name not in TABLED:  # the weekly goals are a table already
            assert not card.has_table and card.table_button.isHidden()
            continue
        assert card.shows_table and card.stack.currentWidget() is card.table_page, name
        header, rows = card.chart.table_rows()
        assert rows, name
        assert card.table.header_labels() == header and all(header), name
        assert card.table.shown_rows() == [[cell_text(v) for v in row] for row in rows], name
        assert card.table.accessibleName() == card.title.text() + " as a table"
        assert card.table.accessibleDescription() == card.table_summary.text() != ""
        assert not card.table.tabKeyNavigation()

    over_time = window.over_time
    _header, rows = over_time.table_rows()
    xs, ys = over_time.dots.getData()
    assert column(rows, 2) == list(ys)  # a row a dot, its height the day's mean
    assert column(rows, 1) == list(over_time.bars.opts["height"])  # the entries' bars
    assert len(rows) == len(xs) == len(window.board.days)

    for chart in (window.categories, window.emotions):
        _header, rows = chart.table_rows()
        assert column(rows, 2) == list(chart.bars.opts["width"])  # each bar's length
        assert [f"{mean_text(m)} · n={n}" for _l, n, m in rows] == chart.bar_labels()

    _header, rows = window.breaks.table_rows()
    for index, outcome in enumerate(BREAK_OUTCOMES, start=2):
        assert column(rows, index) == list(window.breaks.stacks[outcome].opts["height"])
    assert column(rows, 1) == [sum(row[2:]) for row in rows]

    _header, rows = window.heat_map.table_rows()
    weekdays = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    for weekday, hour, entries, mean in rows:
        cell = window.heat_map.cell(weekdays.index(weekday), int(hour[:2]))
        assert cell is not None and (cell.entries, cell.mean) == (entries, mean)

    _header, rows = window.wellbeing.table_rows()
    assert column(rows, 1) == list(window.wellbeing.line.getData()[1])


def test_the_tables_say_what_companion_stats_says(window, capsys):
    as_tables(window)
    weeks = run_cli(capsys, "stats", "--weeks", str(WEEKS), "--format", "json")
    assert isinstance(weeks, list) and len(weeks) == WEEKS
    by_week = {format_day(date.fromisoformat(w["week_start"]), "en"): w for w in weeks}
    # the breaks' weeks are named without their year when they share one
    short = {format_day(date.fromisoformat(w["week_start"]), "en", year=False): w for w in weeks}
    _header, rows = window.over_time.table_rows()
    entries: dict[str, int] = defaultdict(int)
    for day, count, _mean, _rolling, weekly in rows:
        day_of = datetime.strptime(day[4:], "%d %b %Y").date()  # "Mon 21 Sep 2026"
        monday = format_day(date.fromordinal(day_of.toordinal() - day_of.weekday()), "en")
        assert weekly == pytest.approx(by_week[monday]["mean_stress"], abs=0.006), day
        entries[monday] += count
    assert entries == {k: w["entries"] for k, w in by_week.items() if w["entries"]}

    _header, rows = window.breaks.table_rows()
    assert len(rows) == len([w for w in weeks if w["breaks"]])
    for row in rows:
        said = by_week.get(row[0], short.get(row[0], {})).get("breaks")
        assert {o: n for o, n in zip(BREAK_OUTCOMES, row[2:], strict=True) if n} == said
    shown = window.cards["breaks"].table.shown_rows()
    assert shown[0][: len(BREAK_OUTCOMES) + 2] == [str(v) for v in rows[0]]
    assert "12 weeks" in window.cards["breaks"].table_summary.text() or len(rows) != WEEKS


def test_tab_enters_the_table_and_the_next_tab_leaves_it_arrows_move_inside(qtbot, window):
    card = window.cards["call-types"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card.table_button.setFocus()
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)
    assert card.shows_table and card.table_button.hasFocus()
    assert card.table_button.text() == "Show as chart"
    assert card.table_button.accessibleName() == "Show By call type as a chart"
    qtbot.keyClick(card.table_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.table
    assert (card.table.currentRow(), card.table.currentColumn()) == (0, 0)
    qtbot.keyClick(card.table, Qt.Key.Key_Down)
    qtbot.keyClick(card.table, Qt.Key.Key_Right)
    assert (card.table.currentRow(), card.table.currentColumn()) == (1, 1)
    qtbot.keyClick(card.table, Qt.Key.Key_Tab)
    left_for = QApplication.focusWidget()
    assert left_for is not None and left_for is not card.table
    assert not card.table.isAncestorOf(left_for)
    qtbot.keyClick(left_for, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is card.table  # and Shift+Tab comes back
    qtbot.keyClick(card.table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is card.table_button
    qtbot.keyClick(card.table_button, Qt.Key.Key_Space)  # back to the chart, which has focus
    assert not card.shows_table and card.stack.currentWidget() is card.chart
    assert card.table_button.text() == "Show as table"


def test_the_choice_holds_for_the_session(qtbot, window, demo_home):
    window.cards["breaks"].table_button.click()
    store, _report = open_store(AppPaths(demo_home.data_dir, demo_home.config_dir), SYSTEM_CLOCK)
    again = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        SYSTEM_CLOCK,
        window._vocabulary,
        lambda kind, language: kind,
    )
    qtbot.addWidget(again)
    assert again.cards["breaks"].shows_table
    assert again.cards["breaks"].stack.currentWidget() is again.cards["breaks"].table_page
    assert not again.cards["call-types"].shows_table
    again.close()
    store.close()


def test_an_empty_chart_says_so_and_offers_no_table(window):
    card = window.cards["breaks"]
    card.table_button.click()
    card.set_empty("No breaks were offered in this range.")
    assert card.is_empty and not card.table_button.isEnabled()
    card.set_empty(None)
    assert card.stack.currentWidget() is card.table_page and card.table_button.isEnabled()


def is_header(child) -> bool:
    return child.role() == QAccessible.Role.ColumnHeader


def is_cell(child) -> bool:
    return child.role() == QAccessible.Role.Cell


@pytest.mark.parametrize(
    ("language", "heard"),
    [
        ("en", ("Mean stress", "Entries", "Day", "none", "Show as table")),
        ("zh_CN", ("平均压力", "记录数", "日期", "无", "以表格显示")),
    ],
)
def test_each_cell_is_read_with_its_row_and_column_in_both_languages(window, language, heard):
    mean, entries, day, none, show = heard
    translations = Translations()
    try:
        translations.apply(language)
        window.retranslate(language)
        card = window.cards["stress-over-time"]
        assert card.table_button.text() == show
        card.table_button.click()
        header = card.table.header_labels()
        assert header[0] == day and header[1] == entries
        for name in ("weekday-hour", "call-types"):
            assert mean in window.cards[name].chart.table_rows()[0]
        face = QAccessible.queryAccessibleInterface(card.table)
        assert face.role() == QAccessible.Role.Table
        assert face.text(QAccessible.Text.Description) == card.table_summary.text()
        children = [face.child(index) for index in range(face.childCount())]
        headers = [c.text(QAccessible.Text.Name) for c in children if is_header(c)]
        assert headers == header  # what a screen reader gives as each column's name
        cells = [c.text(QAccessible.Text.Name) for c in children if is_cell(c)]
        shown = card.table.shown_rows()
        said = cells[1]  # the first row's entries
        assert shown[0][0] in said and entries in said and shown[0][1] in said
        helps = window.cards["what-helps"]
        helps.table_button.click()
        face = QAccessible.queryAccessibleInterface(helps.table)
        children = [face.child(index) for index in range(face.childCount())]
        cells = [c.text(QAccessible.Text.Name) for c in children if is_cell(c)]
        flat = [text for row in helps.table.shown_rows() for text in row]
        assert "–" in flat  # an exercise has no "within an hour", a break no "before"
        assert none in cells[flat.index("–")] and "–" not in cells[flat.index("–")]
    finally:
        translations.apply("en")
        window.retranslate("en")


def test_a_narrow_table_puts_long_column_names_on_two_lines_and_keeps_every_figure_in_sight(
    qtbot, window
):
    """The breaks' table in a half-width card at 1024×600 had Postponed and Natural pause
    scrolled out of sight."""
    card = window.cards["breaks"]
    card.table_button.click()
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: card.width() < 500)
    table = card.table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert "Cut short\nby work" in [
        table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
    ]
    assert table.header_labels()[4] == "Cut short by work"  # said on one line
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: "\n" not in table.horizontalHeaderItem(4).text())
