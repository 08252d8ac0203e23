"""Breaks per week: stacked bars of what became of each week's breaks."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from companion.domain.timefmt import format_day
from companion.domain.trends import BREAK_OUTCOMES, WeekBreaks
from companion.ui.charts.axes import (
    DAY_SECONDS,
    LocalDateAxis,
    count_ticks,
    day_stamp,
    shown_days,
)
from companion.ui.charts.style import OUTCOME_COLOURS, LegendRoom, OnePlotChart, quiet_plot
from companion.ui.charts.words import Rows
from companion.ui.charts.zoom import TimeZoom


class BreaksPerWeek(OnePlotChart):
    """Stacked bars: each week's breaks by what became of them."""

    zoom: TimeZoom  # Ctrl+wheel zooms its weeks

    def __init__(self, parent: QWidget | None = None) -> None:
        self.axis = LocalDateAxis()
        super().__init__(parent, axisItems={"bottom": self.axis})
        self._weeks: list[WeekBreaks] = []
        self._names: dict[str, str] = {outcome: outcome for outcome in BREAK_OUTCOMES}
        plot = self.getPlotItem()
        quiet_plot(plot)
        self.legend = plot.addLegend(offset=(8, 4), colCount=5)
        self.legend_room = LegendRoom(plot, self.legend, 0, 1)  # the bars below the legend
        self.zoom = TimeZoom([plot.vb], self)
        self.stacks: dict[str, pg.BarGraphItem] = {}
        for outcome in BREAK_OUTCOMES:
            bars = pg.BarGraphItem(
                x=[], height=[], width=5 * DAY_SECONDS, brush=OUTCOME_COLOURS[outcome], pen=None
            )
            self.stacks[outcome] = bars
            plot.addItem(bars)
        self.restyle()
        self._ready = True

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        self.legend.clear()
        for outcome in BREAK_OUTCOMES:
            self.legend.addItem(self.stacks[outcome], names[outcome])
        self.legend_room.fit()
        self.getPlotItem().setLabel("left", self.tr("Breaks"))

    def set_data(self, weeks: list[WeekBreaks], first: date, last: date) -> None:
        self._weeks = weeks
        xs = [day_stamp(week.week_start) + 3 * DAY_SECONDS for week in weeks]
        base = [0] * len(weeks)
        for outcome in BREAK_OUTCOMES:
            heights = [week.counts.get(outcome, 0) for week in weeks]
            self.stacks[outcome].setOpts(x=xs, y0=list(base), height=heights)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        plot = self.getPlotItem()
        left, right = shown_days(first, last)  # one week is a bar, not the whole chart
        self.zoom.set_span(left, right + 3 * DAY_SECONDS)
        ticks = count_ticks(max(base, default=1))  # whole breaks only
        plot.getAxis("left").setTicks([ticks])
        self.legend_room.set_range(0, ticks[-1][0])

    def set_language(self, language: str) -> None:
        self.axis.language = language
        self.axis.picture = None
        self.axis.update()

    def table_rows(self) -> Rows:
        """What the stacked bars show: each week's breaks (the height of its stack), then by
        what became of them (its parts, bottom up)."""
        header = [self.tr("Week of"), self.tr("All"), *(self._names[o] for o in BREAK_OUTCOMES)]
        years = len({week.week_start.year for week in self._weeks}) > 1  # else the year is one
        return header, [
            [
                format_day(week.week_start, self.axis.language, year=years),
                sum(week.counts.get(o, 0) for o in BREAK_OUTCOMES),
                *(week.counts.get(o, 0) for o in BREAK_OUTCOMES),
            ]
            for week in self._weeks
        ]

    def table_summary(self) -> str:
        weeks = len(self._weeks)
        total = sum(sum(week.counts.get(o, 0) for o in BREAK_OUTCOMES) for week in self._weeks)
        return str(
            self.tr("%1 weeks; %2 breaks").replace("%1", str(weeks)).replace("%2", str(total))
        )

    def rows(self) -> Rows:
        return ["week_start", *BREAK_OUTCOMES], [
            [week.week_start.isoformat(), *(week.counts.get(o, 0) for o in BREAK_OUTCOMES)]
            for week in self._weeks
        ]
