"""A team's weeks on a chart: one value a week (a line or bars), the hidden weeks as grey
gaps that say why ("fewer than N people shared"), the open weeks (not published yet) as hatched
gaps that say so, the number of people behind each point, and the training marks as dashed
lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QWidget

from companion.domain.shown_text import harmless
from companion.domain.team import TeamWeek, TrainingMark
from companion.domain.timefmt import format_day
from companion.ui.charts.axes import DAY_SECONDS, LocalDateAxis, day_stamp
from companion.ui.charts.style import BLUE, GREEN, PURPLE, OnePlotChart, ink, quiet_plot
from companion.ui.charts.words import Rows, mean_range_summary

WEEK_SECONDS = 7 * DAY_SECONDS


def week_middle(week_start: date) -> float:
    """Where a week sits on the date axis: its Thursday."""
    return day_stamp(week_start + timedelta(days=3))


class TeamWeeksChart(OnePlotChart):
    """One figure of a team per week, from `value(week)` (None: nothing to draw that week).

    `kind` "line" joins the weeks (broken at every hidden one), "bars" draws one bar a week.
    With `people` the number of people behind each shown point is written above it. With
    `top` None the value axis grows with the values (from 0, in round steps)."""

    def __init__(
        self,
        value: Callable[[TeamWeek], float | None],
        *,
        kind: str,
        top: float | None,
        ticks: Sequence[tuple[float, str]] = (),
        colour: str = BLUE,
        people: bool = False,
        mark_label_at: float = 0.66,
        parent: QWidget | None = None,
    ) -> None:
        self.axis = LocalDateAxis()
        super().__init__(parent, axisItems={"bottom": self.axis})
        if kind not in ("line", "bars"):
            raise ValueError(f"unknown kind {kind!r}")
        self._value, self._kind, self._people = value, kind, people
        self._fixed_top = top
        self._mark_label_at = mark_label_at  # how high a mark's label sits, 0 to 1
        self._top = 1.0 if top is None else top
        self._colour = colour
        self._weeks: list[TeamWeek] = []
        self._marks: list[TrainingMark] = []
        self._series_name = self._hidden_text = self._thin_text = self._open_text = ""
        self._figure = ""  # the figure's name in the table's summary ("mean stress")
        self.percent = False  # values are percentages (the table's column says so)
        self._items: list[pg.GraphicsObject] = []
        # each run's label, the band's width and the label's words
        self._band_labels: list[tuple[pg.TextItem, float, str]] = []
        # each kind of gap drawn: its bands (the legend's sample), its words, its runs' labels
        self._gaps: list[tuple[pg.BarGraphItem, str, list[pg.TextItem]]] = []
        plot = self.getPlotItem()
        quiet_plot(plot)
        plot.setMouseEnabled(x=False, y=False)
        if ticks:
            plot.getAxis("left").setTicks([list(ticks)])
        plot.getAxis("left").setWidth(58)
        plot.setYRange(0, self._top, padding=0)
        self.legend = plot.addLegend(offset=(8, 4), colCount=2)
        self.bands = pg.BarGraphItem(x=[], height=[], width=WEEK_SECONDS, pen=None)
        self.bands.setZValue(-10)
        plot.addItem(self.bands)
        # a shown week whose figure is hidden (fewer people had one): a faint band of the
        # series' colour, not the grey of a hidden week
        self.thin_bands = pg.BarGraphItem(x=[], height=[], width=WEEK_SECONDS, pen=None)
        self.thin_bands.setZValue(-10)
        plot.addItem(self.thin_bands)
        # an open week (nothing published until it closes): hatched, the window's grey
        self.open_bands = pg.BarGraphItem(x=[], height=[], width=WEEK_SECONDS, pen=None)
        self.open_bands.setZValue(-10)
        plot.addItem(self.open_bands)
        self.series: pg.GraphicsObject
        if kind == "line":
            self.series = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=2.5),
                symbol="o",
                symbolSize=7,
                connect="finite",
            )
        else:
            self.series = pg.BarGraphItem(x=[], height=[], width=0.7 * WEEK_SECONDS, pen=None)
        plot.addItem(self.series)
        plot.vb.sigResized.connect(self._fit_band_labels)
        self.restyle()
        self._ready = True

    # -- what the window asks --------------------------------------------------------------

    def set_names(
        self, series: str, axis: str, hidden: str, thin: str, open_: str, figure: str = ""
    ) -> None:
        """The series' name in the legend, the left axis' label, the words of a hidden week
        ("fewer than 10 people shared"), of a shown week whose figure is hidden and of an open
        week (not published yet); drawn with the next `set_data`. `figure` names the figure in
        the table's summary ("mean stress"; the series' name if not given)."""
        self._series_name, self._hidden_text, self._thin_text = series, hidden, thin
        self._open_text = open_
        self._figure = figure or series
        self.getPlotItem().setLabel("left", axis)

    def set_language(self, language: str) -> None:
        self.axis.language = language
        self.axis.picture = None
        self.axis.update()

    def set_data(self, weeks: list[TeamWeek], marks: list[TrainingMark]) -> None:
        self._weeks, self._marks = weeks, marks
        self._draw()

    def values(self) -> list[float | None]:
        return [self._value(week) if week.shown else None for week in self._weeks]

    def rows(self) -> Rows:
        return ["week_start", "closed", "shown", "people", "value"], [
            [week.week_start.isoformat(), week.closed, week.shown, week.agents, value]
            for week, value in zip(self._weeks, self.values(), strict=True)
        ]

    def table_rows(self) -> Rows:
        """What the chart draws, week by week as on its axis: the week, its figure (the
        point or bar; none where a gap is drawn), the people written above it (if the chart
        writes them) and, for a gap, the words that say why."""
        series = self._series_name
        if self.percent:
            series = self.tr("%1 (%)").replace("%1", series)
        header = [self.tr("Week of"), series]
        if self._people:
            header.append(self.tr("People"))
        header.append(self.tr("Note"))
        thin = set(self.thin_weeks())
        found: list[list[object]] = []
        for week, value in zip(self._weeks, self.values(), strict=True):
            row: list[object] = [format_day(week.week_start, self.axis.language), value]
            if self._people:
                row.append(week.agents if value is not None else None)
            if not week.closed:
                row.append(self._open_text)
            elif not week.shown:
                row.append(self._hidden_text)
            elif week.week_start in thin:
                row.append(self._thin_text)
            else:
                row.append("")  # words, not a figure: "–" on the left, read as none
            found.append(row)
        return header, found

    def table_summary(self) -> str:
        """One line on the table: its weeks, how many show a figure, and that figure's range."""
        means = [value for value in self.values() if value is not None]
        count = (
            self.tr("%1 weeks, %2 with a figure")
            .replace("%1", str(len(self._weeks)))
            .replace("%2", str(len(means)))
        )
        return mean_range_summary(count, self._figure, means)

    def band_labels_shown(self) -> list[str]:
        """The words of the hidden and open runs' labels that fit their band (and so are
        shown), whether on one line or two."""
        return [words for label, _, words in self._band_labels if label.isVisible()]

    def legend_texts(self) -> list[str]:
        return [label.text for _sample, label in self.legend.items]

    def thin_weeks(self, values: list[float | None] | None = None) -> list[date]:
        """The shown weeks whose figure is hidden (`values`: those of `values()`, if known)."""
        values = self.values() if values is None else values
        return [w.week_start for w, v in zip(self._weeks, values, strict=True)
                if w.shown and v is None]  # fmt: skip

    def restyle(self) -> None:
        super().restyle()
        if self._ready:
            self._draw()

    # -- drawing ---------------------------------------------------------------------------

    def _draw(self) -> None:
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items, self._band_labels, self._gaps = [], [], []
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        colour = ink(self._colour, palette)
        values = self.values()
        if self._fixed_top is None:
            self._top = self._grow_axis(max((v for v in values if v is not None), default=0.0))
        xs = [week_middle(week.week_start) for week in self._weeks]
        drawn = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
        if self._kind == "line":
            ys = np.array([np.nan if v is None else v for v in values], dtype=float)
            assert isinstance(self.series, pg.PlotDataItem)
            self.series.setPen(pg.mkPen(colour, width=2.5))
            self.series.setSymbolBrush(colour)
            self.series.setSymbolPen(pg.mkPen(palette.color(QPalette.ColorRole.Base)))
            if drawn:
                self.series.setData(np.array(xs, dtype=float), ys)
            else:  # nothing shown: no all-NaN line (numpy warns over its bounds)
                self.series.setData([], [])
        else:
            assert isinstance(self.series, pg.BarGraphItem)
            self.series.setOpts(
                x=[x for x, _ in drawn], height=[v for _, v in drawn], brush=pg.mkBrush(colour)
            )
        self._draw_bands(palette, self.thin_weeks(values))
        if self._people:
            for week, x, v in zip(self._weeks, xs, values, strict=True):
                if v is None or week.agents is None:
                    continue
                label = pg.TextItem(str(week.agents), color=text_colour, anchor=(0.5, 1.15))
                label.setPos(x, v)
                plot.addItem(label, ignoreBounds=True)
                self._items.append(label)
        for mark in self._marks:
            line = pg.InfiniteLine(
                pos=day_stamp(mark.day),
                angle=90,
                movable=False,
                pen=pg.mkPen(ink(PURPLE, palette), width=1.5, style=Qt.PenStyle.DashLine),
                # a lead's words, as text; pyqtgraph formats the label, so braces are doubled
                label=harmless(mark.label).replace("{", "{{").replace("}", "}}"),
                labelOpts={
                    "position": self._mark_label_at,
                    "color": text_colour,
                    "anchors": [(0, 0), (0, 0)],
                },
            )
            plot.addItem(line, ignoreBounds=True)
            self._items.append(line)
        if self._weeks:
            first = week_middle(self._weeks[0].week_start) - WEEK_SECONDS / 2
            last = week_middle(self._weeks[-1].week_start) + WEEK_SECONDS / 2
            plot.setXRange(first, last, padding=0.01)
        plot.setYRange(-0.02 * self._top, self._top, padding=0)  # room for the 0 tick
        self._fit_band_labels()

    def _grow_axis(self, highest: float) -> float:
        """A value axis from 0 to a round top above `highest`, with at most six ticks, and
        room above them."""
        for step in (0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
            if highest * 1.05 <= step * 5:
                break
        count = max(int(highest * 1.05 // step) + 1, 2)
        self.getPlotItem().getAxis("left").setTicks(
            [[(i * step, f"{i * step:g}") for i in range(count + 1)]]
        )
        return count * step * 1.3  # headroom for the legend and the marks' labels

    def _draw_bands(self, palette: QPalette, thin: list[date]) -> None:
        hidden = [week.week_start for week in self._weeks if week.closed and not week.shown]
        still_open = [week.week_start for week in self._weeks if not week.closed]
        shade = QColor(palette.color(QPalette.ColorRole.Mid))
        shade.setAlpha(70)
        hatch = QColor(palette.color(QPalette.ColorRole.Mid))
        hatch.setAlpha(150)
        ghost = QColor(ink(self._colour, palette))  # where the figure would be, faint
        ghost.setAlpha(45)
        for bands, weeks, brush in (
            (self.bands, hidden, pg.mkBrush(shade)),
            (self.thin_bands, thin, pg.mkBrush(ghost)),
            (self.open_bands, still_open, QBrush(hatch, Qt.BrushStyle.BDiagPattern)),
        ):
            bands.setOpts(
                x=[week_middle(week) for week in weeks],
                height=[self._top] * len(weeks),
                width=WEEK_SECONDS,
                brush=brush,
            )
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for bands, weeks, words in (
            (self.bands, hidden, self._hidden_text),
            (self.thin_bands, thin, self._thin_text),
            (self.open_bands, still_open, self._open_text),
        ):
            labels: list[pg.TextItem] = []
            if weeks:
                self._gaps.append((bands, words, labels))
            for first, last in runs_of(weeks):
                middle = (week_middle(first) + week_middle(last)) / 2
                width = week_middle(last) - week_middle(first) + WEEK_SECONDS
                label = pg.TextItem(words, color=muted, anchor=(0.5, 0.5))
                label.setPos(middle, self._top * 0.5)
                self.getPlotItem().addItem(label, ignoreBounds=True)
                self._items.append(label)
                self._band_labels.append((label, width, words))
                labels.append(label)

    def _fit_band_labels(self) -> None:
        """A hidden or open run is labelled where its band is wide enough for the words: on one
        line, or two balanced ones (broken at a space or after a full-width mark, never leaving
        one character alone), or wrapped to its width. The legend names a kind of gap only
        when one of its runs is too narrow for its words."""
        view = self.getPlotItem().vb
        (left, right), _ = view.viewRange()
        pixels_per_second = view.width() / (right - left) if right > left else 0.0
        for label, width, words in self._band_labels:
            room = width * pixels_per_second - 10
            text = label.textItem
            text.setTextWidth(-1)
            text.setPlainText(words)
            natural = text.boundingRect().width()
            margin = 2 * text.document().documentMargin()
            fits = room >= natural
            if not fits:
                lines = two_lines(words, QFontMetricsF(text.font()), room - margin)
                fits = lines is not None
                if lines is not None:
                    text.setPlainText("\n".join(lines))
                    text.setTextWidth(text.boundingRect().width())
                elif words.isascii() and room >= max(64.0, natural / 3):  # wrapped at spaces
                    text.setTextWidth(room)
                    fits = max(len(word) for word in words.split()) * 8.0 <= room
            option = text.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.document().setDefaultTextOption(option)
            label.setVisible(fits)
            label.updateTextPos()
        self.legend.clear()
        self.legend.addItem(self.series, self._series_name)
        for bands, words, labels in self._gaps:
            if not all(label.isVisible() for label in labels):
                self.legend.addItem(bands, words)


BREAK_AFTER = " ：，；、"  # where a label's line may end (a space is dropped there)


def two_lines(words: str, metrics: QFontMetricsF, room: float) -> list[str] | None:
    """`words` on two lines as even as can be, each at most `room` pixels wide, broken after a
    space or a full-width mark (None when no such break fits)."""
    best: tuple[float, list[str]] | None = None
    for index, char in enumerate(words[:-1]):
        if char not in BREAK_AFTER:
            continue
        lines = [words[: index + 1].rstrip(), words[index + 1 :].lstrip()]
        if min(len(line) for line in lines) < 2:
            continue  # a lone character on a line of its own
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if widest <= room and (best is None or widest < best[0]):
            best = (widest, lines)
    return None if best is None else best[1]


def runs_of(weeks: list[date]) -> list[tuple[date, date]]:
    """Consecutive weeks (by their Mondays) as (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for week in weeks:
        if runs and runs[-1][1] == week - timedelta(weeks=1):
            runs[-1] = (runs[-1][0], week)
        else:
            runs.append((week, week))
    return runs


def stress_chart(parent: QWidget) -> TeamWeeksChart:
    return TeamWeeksChart(
        lambda week: week.mean_stress,
        kind="line",
        top=10.5,
        ticks=[(float(v), str(v)) for v in range(0, 11, 2)],
        people=True,
        mark_label_at=0.1,  # below the line (a team's weekly mean is seldom under 2)
        parent=parent,
    )


def uptake_chart(parent: QWidget) -> TeamWeeksChart:
    def percent(week: TeamWeek) -> float | None:
        uptake = week.break_uptake
        return None if uptake is None else 100 * uptake

    chart = TeamWeeksChart(
        percent,
        kind="bars",
        top=135,
        ticks=[(float(v), f"{v}%") for v in range(0, 101, 25)],
        colour=GREEN,
        parent=parent,
    )
    chart.percent = True
    return chart


def exercises_chart(value: Callable[[TeamWeek], float | None], parent: QWidget) -> TeamWeeksChart:
    return TeamWeeksChart(
        value,
        kind="bars",
        top=None,
        colour=BLUE,
        parent=parent,
    )
