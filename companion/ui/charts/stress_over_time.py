"""Stress over time: daily means, the rolling 7-day mean and the weekly mean, with the
entries per day below; a keyboard ring moves from day to day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.domain.timefmt import format_day
from companion.domain.trends import DayStress, PeriodMean
from companion.ui.charts.axes import (
    DAY_SECONDS,
    LocalDateAxis,
    count_ticks,
    day_stamp,
    shown_days,
)
from companion.ui.charts.keys import KeyboardChart, step
from companion.ui.charts.style import (
    BLUE,
    GREEN,
    ORANGE,
    SKY,
    VERMILLION,
    LegendRoom,
    ink,
    quiet_plot,
    style_plot,
)
from companion.ui.charts.words import Rows, entries_phrase, mean_phrase, mean_range_summary
from companion.ui.charts.zoom import PageWheel, TimeZoom


def week_steps(
    weekly: list[PeriodMean], first: date, last: date
) -> tuple[list[float], list[float]]:
    """The points of the weekly mean's line: each week's mean level from its Monday's start to
    the next Monday's (kept to the days from `first` to `last`), a riser joining consecutive
    weeks, and a gap (NaN) before a week that follows one without entries.

    Drawn as plain points rather than with pyqtgraph's step modes: "left" puts y[i] over the
    step that ends at x[i], which showed each week's mean over the week before it."""
    start, end = day_stamp(first) - DAY_SECONDS / 2, day_stamp(last) + DAY_SECONDS / 2
    xs: list[float] = []
    ys: list[float] = []
    previous: date | None = None
    for week in weekly:
        monday = week.day
        left = max(day_stamp(monday) - DAY_SECONDS / 2, start)
        right = min(day_stamp(monday + timedelta(days=7)) - DAY_SECONDS / 2, end)
        if right <= left:
            continue
        if previous is not None and monday - previous != timedelta(days=7):
            xs.append(float("nan"))
            ys.append(float("nan"))
        xs += [left, right]
        ys += [week.mean, week.mean]
        previous = monday
    return xs, ys


class StressOverTime(KeyboardChart):
    """Daily means (dot size grows with the entries behind them), the rolling 7-day mean and
    the weekly mean; below, the entries per day. Click a dot to see its entries.

    From the keyboard: with focus, Left and Right (Home, End) move a ring from day to day,
    its figures shown beside it and given as the accessible description; Enter or Space opens
    that day's entries."""

    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._days: list[DayStress] = []
        self._rolling: list[PeriodMean] = []
        self._weekly: list[PeriodMean] = []
        self.view = pg.GraphicsLayoutWidget(self)
        self.axis = LocalDateAxis()
        self.count_axis = LocalDateAxis()
        self.means = self.view.addPlot(row=0, col=0, axisItems={"bottom": self.axis})
        self.counts = self.view.addPlot(row=1, col=0, axisItems={"bottom": self.count_axis})
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 1)
        for plot in (self.means, self.counts):
            quiet_plot(plot)
            plot.getAxis("left").setWidth(40)
        self.counts.setXLink(self.means)
        self.zoom = TimeZoom([self.means.vb, self.counts.vb], self)
        self.wheel = PageWheel(self.view, lambda: True)
        self.means.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.means.getAxis("bottom").setStyle(showValues=False)
        self.legend = self.means.addLegend(offset=(8, 4), colCount=3)
        # 0 to 10, with 10 (its dots and its tick) below the legend, never on the border.
        self.legend_room = LegendRoom(self.means, self.legend, -0.6, 10)
        self.dots = pg.ScatterPlotItem(hoverable=True, tip=self._tip, name="")
        self.rolling_line = pg.PlotDataItem(pen=pg.mkPen(VERMILLION, width=2.5), name="")
        self.weekly_line = pg.PlotDataItem(
            pen=pg.mkPen(GREEN, width=2, style=Qt.PenStyle.DashLine), name=""
        )
        self.means.addItem(self.dots)
        self.means.addItem(self.rolling_line)
        self.means.addItem(self.weekly_line)
        self.marker = pg.ScatterPlotItem(
            size=22, symbol="o", brush=None, pen=pg.mkPen(ORANGE, width=3)
        )
        self.marker.setZValue(10)
        self.means.addItem(self.marker)
        self._current: int | None = None  # the day the keyboard is on (an index of _days)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no nameless filler
        self.bars = pg.BarGraphItem(x=[], height=[], width=DAY_SECONDS * 0.8, brush=SKY, pen=None)
        self.counts.addItem(self.bars)
        self.dots.sigClicked.connect(self._clicked)
        # The day the keyboard is on, in words, beside its ring while the chart has focus.
        self.reading = pg.TextItem(anchor=(0, 1))
        self.reading.setZValue(11)
        self.reading.hide()
        self.means.addItem(self.reading, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.restyle()
        self._ready = True

    def set_names(self, daily: str, rolling: str, weekly: str, entries: str) -> None:
        self.legend.clear()
        self.legend.addItem(self.dots, daily)
        self.legend.addItem(self.rolling_line, rolling)
        self.legend.addItem(self.weekly_line, weekly)
        self.legend_room.fit()
        self.means.setLabel("left", self.tr("Stress"))
        self.counts.setLabel("left", entries)

    def set_data(
        self,
        days: list[DayStress],
        rolling: list[PeriodMean],
        weekly: list[PeriodMean],
        first: date,
        last: date,
    ) -> None:
        self._days, self._rolling, self._weekly = days, rolling, weekly
        xs = np.array([day_stamp(point.day) for point in days], dtype=float)
        means = np.array([point.mean for point in days], dtype=float)
        # The area of a dot grows with its entries, up to 20 (then it stays the same).
        sizes = [5 + 11 * (min(point.entries, 20) / 20) ** 0.5 for point in days]
        dot = ink(BLUE, self.palette())  # lighter on a dark background
        brush = QColor(dot)
        brush.setAlpha(220)
        self.dots.setData(
            x=xs, y=means, size=sizes, brush=brush, pen=pg.mkPen(dot), data=list(range(len(days)))
        )
        self.rolling_line.setData(
            [day_stamp(p.day) for p in rolling], [p.mean for p in rolling], connect="finite"
        )
        self.weekly_line.setData(*week_steps(weekly, first, last), connect="finite")
        self.bars.setOpts(x=xs, height=[point.entries for point in days])
        self._current = None
        self._mark()
        self.zoom.set_span(*shown_days(first, last))  # a few days are dots, not a wall
        top = max((point.entries for point in days), default=1)
        ticks = count_ticks(top, most=3)  # whole entries: never "0.5"
        self.counts.getAxis("left").setTicks([ticks])
        self.counts.setYRange(0, max(top, ticks[-1][0]) * 1.3, padding=0)  # room for its label

    def set_language(self, language: str) -> None:
        self.language = language
        self.axis.language = language
        self.count_axis.language = language
        self.axis.picture = None
        self.count_axis.picture = None
        self.axis.update()
        self.count_axis.update()

    def _tip(self, x: float, y: float, data: object) -> str:
        if not isinstance(data, int) or not 0 <= data < len(self._days):
            return ""
        return self.describe(data)

    def describe(self, index: int) -> str:
        """One day's figures as a sentence (the tooltip and what a screen reader says)."""
        point = self._days[index]
        return mean_phrase(
            format_day(point.day, self.language, weekday=True), point.mean, point.entries
        )

    @property
    def current_day(self) -> date | None:
        return None if self._current is None else self._days[self._current].day

    def _mark(self) -> None:
        """Ring the day the keyboard is on (while the chart has focus) and say its figures."""
        if self._current is None or not self.hasFocus():
            self.marker.setData([], [])
            self.reading.hide()
            return
        point = self._days[self._current]
        x = day_stamp(point.day)
        self.marker.setData([x], [point.mean])
        text = self.describe(self._current)
        self.setAccessibleDescription(text)
        (left, right), _ = self.means.vb.viewRange()
        if not left <= x <= right:  # zoomed in elsewhere: the view follows the ring
            half = (right - left) / 2
            self.means.setXRange(x - half, x + half, padding=0)
            (left, right), _ = self.means.vb.viewRange()
        on_the_right = x > left + (right - left) * 0.6  # keep the words inside the chart
        high = point.mean > 7  # below the ring near the top, above it elsewhere
        self.reading.setAnchor((1.0 if on_the_right else 0.0, 0.0 if high else 1.0))
        self.reading.setText(text)
        self.reading.setPos(x, point.mean)
        self.reading.show()

    def _has_points(self) -> bool:
        return bool(self._days)

    def _move(self, key: int) -> bool:
        moved = step(key, self._current, len(self._days) - 1)
        if moved is None:
            return False
        self._current = moved
        return True

    def _show_current(self) -> None:
        self._mark()

    def _open_current(self) -> None:
        if self._current is not None:
            self.day_clicked.emit(self._days[self._current].day)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        if self._days and self._current is None:
            self._current = len(self._days) - 1  # the newest day first
        self._mark()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self._mark()

    def _clicked(self, _item: object, points: Sequence[Any], _event: object) -> None:
        if len(points):
            index = points[0].data()
            if isinstance(index, int) and 0 <= index < len(self._days):
                self._current = index
                self.day_clicked.emit(self._days[index].day)

    def restyle(self) -> None:
        style_plot(self.view, [self.means, self.counts])
        palette = self.palette()
        # Each dot and line keeps 3:1 against the background, light or dark (WCAG 1.4.11).
        self.bars.setOpts(brush=ink(SKY, palette))
        dot = ink(BLUE, palette)
        fill = QColor(dot)
        fill.setAlpha(220)
        self.dots.setBrush(fill)
        self.dots.setPen(pg.mkPen(dot))
        self.rolling_line.setPen(pg.mkPen(ink(VERMILLION, palette), width=2.5))
        self.weekly_line.setPen(pg.mkPen(ink(GREEN, palette), width=2, style=Qt.PenStyle.DashLine))
        self.marker.setPen(pg.mkPen(ink(ORANGE, palette), width=3))
        self.reading.setColor(palette.color(QPalette.ColorRole.Text))
        self.reading.fill = pg.mkBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        self.reading.border = pg.mkPen(palette.color(QPalette.ColorRole.Mid))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.restyle()

    def table_rows(self) -> Rows:
        """What the chart draws, a row a day with entries: the day's entries and mean (its
        dot and bar), the 7-day mean and the week's mean (the two lines) over that day."""
        rolling = {p.day: p for p in self._rolling}
        weekly = {p.day: p for p in self._weekly}
        header = [
            self.tr("Day"),
            self.tr("Entries"),
            self.tr("Daily mean"),
            self.tr("7-day mean"),
            self.tr("Weekly mean"),
        ]
        rows: list[list[object]] = []
        for point in self._days:
            roll = rolling.get(point.day)
            week = weekly.get(point.day - timedelta(days=point.day.weekday()))
            rows.append(
                [
                    format_day(point.day, self.language, weekday=True),
                    point.entries,
                    point.mean,
                    None if roll is None else roll.mean,
                    None if week is None else week.mean,
                ]
            )
        return header, rows

    def table_summary(self) -> str:
        """ "84 days with entries (377 entries); weekly mean stress from 4.1 to 5.3"."""
        count = (
            self.tr("1 day with entries")
            if len(self._days) == 1
            else self.tr("%1 days with entries").replace("%1", str(len(self._days)))
        )
        count += self.tr(" (%1)").replace(
            "%1", entries_phrase(sum(point.entries for point in self._days))
        )
        return mean_range_summary(
            count, self.tr("weekly mean stress"), [week.mean for week in self._weekly]
        )

    def rows(self) -> Rows:
        rolling = {p.day: p for p in self._rolling}
        weekly = {p.day: p for p in self._weekly}
        header = [
            "date",
            "entries",
            "mean_stress",
            "rolling_7_day_mean",
            "rolling_7_day_entries",
            "week_mean",
            "week_entries",
        ]
        rows: list[list[object]] = []
        for point in self._days:
            roll = rolling.get(point.day)
            week = weekly.get(point.day - timedelta(days=point.day.weekday()))
            rows.append(
                [
                    point.day.isoformat(),
                    point.entries,
                    round(point.mean, 2),
                    "" if roll is None else round(roll.mean, 2),
                    "" if roll is None else roll.entries,
                    "" if week is None else round(week.mean, 2),
                    "" if week is None else week.entries,
                ]
            )
        return header, rows
