"""Wellbeing over time: each weekly check-in's WHO-5 score, with the low threshold marked."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from companion.domain.timefmt import format_day
from companion.ui.charts.axes import DAY_SECONDS, LocalDateAxis, day_stamp, shown_days
from companion.ui.charts.style import (
    BLUE,
    VERMILLION,
    LegendRoom,
    OnePlotChart,
    ink,
    quiet_plot,
)
from companion.ui.charts.words import Rows
from companion.ui.charts.zoom import TimeZoom


class WellbeingOverTime(OnePlotChart):
    """Each weekly check-in's WHO-5 score (0–100) over time, with the low threshold marked."""

    zoom: TimeZoom  # Ctrl+wheel zooms its weeks

    def __init__(self, low_below: int, parent: QWidget | None = None) -> None:
        self.axis = LocalDateAxis()
        super().__init__(parent, axisItems={"bottom": self.axis})
        self.language = "en"
        self.low_below = low_below  # on 0-100: a score under it is low
        self._points: list[tuple[date, int]] = []
        plot = self.getPlotItem()
        quiet_plot(plot)
        plot.getAxis("left").setWidth(40)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        self.zoom = TimeZoom([plot.vb], self)
        self.legend = plot.addLegend(offset=(8, 4), colCount=2)
        self.legend_room = LegendRoom(plot, self.legend, -5, 100)  # 100 below the legend
        self.line = pg.PlotDataItem(
            pen=pg.mkPen(BLUE, width=2),
            symbol="o",
            symbolSize=9,
            symbolBrush=BLUE,
            symbolPen=pg.mkPen(BLUE),
            name="",
        )
        self.threshold = pg.PlotDataItem(
            pen=pg.mkPen(VERMILLION, width=1.5, style=Qt.PenStyle.DashLine), name=""
        )
        plot.addItem(self.threshold)
        plot.addItem(self.line)
        self.restyle()
        self._ready = True

    def restyle(self) -> None:
        super().restyle()
        palette = self.palette()  # the line and its dots keep 3:1, light or dark
        line = ink(BLUE, palette)
        self.line.setPen(pg.mkPen(line, width=2))
        self.line.setSymbolBrush(line)
        self.line.setSymbolPen(pg.mkPen(line))
        self.threshold.setPen(
            pg.mkPen(ink(VERMILLION, palette), width=1.5, style=Qt.PenStyle.DashLine)
        )

    def set_names(self, score: str, threshold: str) -> None:
        self.legend.clear()
        self.legend.addItem(self.line, score)
        self.legend.addItem(self.threshold, threshold)
        self.legend_room.fit()
        self.getPlotItem().setLabel("left", self.tr("Wellbeing"))

    def set_data(self, points: list[tuple[date, int]], first: date, last: date) -> None:
        self._points = points
        self.line.setData([day_stamp(day) for day, _ in points], [score for _, score in points])
        left, right = shown_days(first, last)
        low, high = left - 30 * DAY_SECONDS, right + 30 * DAY_SECONDS
        self.threshold.setData([low, high], [self.low_below, self.low_below])
        self.zoom.set_span(left, right)

    def set_language(self, language: str) -> None:
        self.language = language
        self.axis.language = language
        self.axis.picture = None
        self.axis.update()

    def table_rows(self) -> Rows:
        """The line's points: each check-in's day and score (0 to 100)."""
        header = [self.tr("Day"), self.tr("Check-in score")]
        return header, [[format_day(day, self.language), score] for day, score in self._points]

    def table_summary(self) -> str:
        scores = [score for _day, score in self._points]
        if not scores:
            return ""
        return str(
            self.tr("%1 check-ins; scores from %2 to %3 (low below %4)")
            .replace("%1", str(len(scores)))
            .replace("%2", str(min(scores)))
            .replace("%3", str(max(scores)))
            .replace("%4", str(self.low_below))
        )

    def rows(self) -> Rows:
        header = ["date", "wellbeing_0_100"]
        return header, [[day.isoformat(), score] for day, score in self._points]
