"""The dashboard's charts (pyqtgraph), each showing one part of a `domain.trends.Dashboard`.

Imported only when the dashboard first opens: pyqtgraph and numpy stay out of memory during a
shift that never looks at trends. Colours are the Okabe–Ito set (distinguishable with every
common colour-vision deficiency), and every mean is shown beside the number of entries behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from companion.domain.timefmt import format_day, format_month, weekday_name
from companion.domain.trends import (
    BREAK_OUTCOMES,
    AfterBreak,
    DayStress,
    ExerciseEffect,
    GroupStress,
    HourCell,
    PeriodMean,
    WeekBreaks,
)
from companion.ui.palette import stress_colour, text_colour_on

# Okabe & Ito (2008): safe for deuteranopia, protanopia and tritanopia.
BLUE = "#0072B2"
SKY = "#56B4E9"
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
OUTCOME_COLOURS = {
    "taken": BLUE,
    "ended_early": SKY,
    "skipped": VERMILLION,
    "postponed": ORANGE,
    "natural": GREEN,
}
DAY_SECONDS = 86400

Rows = tuple[list[str], list[list[object]]]

pg.setConfigOptions(antialias=True)


# -- dates on the axes ------------------------------------------------------------------------


def day_stamp(day: date) -> float:
    """Where a local day sits on a date axis: its noon, read as UTC (the axis shows UTC)."""
    return datetime.combine(day, time(12), tzinfo=UTC).timestamp()


def stamp_day(value: float) -> date:
    return datetime.fromtimestamp(value, UTC).date()


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A date axis that speaks the reader's language (pyqtgraph's prints English months)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self.language = "en"

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        labels = []
        for value in values:
            try:
                moment = datetime.fromtimestamp(value, UTC)
            except (OverflowError, OSError, ValueError):
                labels.append("")
                continue
            labels.append(self._label(moment, spacing))
        return labels

    def _label(self, moment: datetime, spacing: float) -> str:
        day = moment.date()
        if spacing >= 365 * DAY_SECONDS:
            return f"{day.year}年" if self.language == "zh_CN" else str(day.year)
        if spacing >= 28 * DAY_SECONDS:
            return format_month(day, self.language, year=day.month == 1)
        if spacing >= DAY_SECONDS:
            if day.day == 1:
                return format_month(day, self.language, year=day.month == 1)
            return f"{day.day}日" if self.language == "zh_CN" else str(day.day)
        return moment.strftime("%H:%M")


# -- colours that follow the palette (light or dark) ----------------------------------------


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_plot(widget: pg.PlotWidget | pg.GraphicsLayoutWidget, plots: Sequence[Any]) -> None:
    palette = widget.palette()
    widget.setBackground(palette.color(QPalette.ColorRole.Base))
    foreground = palette.color(QPalette.ColorRole.Text)
    for plot in plots:
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        legend = plot.legend
        if legend is not None:
            legend.setLabelTextColor(foreground)
            background = QColor(palette.color(QPalette.ColorRole.Base))
            background.setAlpha(200)
            legend.setBrush(pg.mkBrush(background))


def quiet_plot(plot: Any) -> None:
    """No context menu, no auto-range button, no vertical zoom: a chart to read, not an editor."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=True, y=False)
    plot.showGrid(x=False, y=True, alpha=0.25)


def fit_label_axis(plot: Any, labels: Sequence[str], widget: QWidget) -> None:
    """Make the left axis wide enough for its text labels (pyqtgraph sizes it for numbers)."""
    metrics = QFontMetrics(widget.font())
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=20)
    plot.getAxis("left").setWidth(min(widest + 18, 260))


def mean_text(value: float) -> str:
    return f"{value:.1f}"


def entries_phrase(count: int) -> str:
    """ "1 entry", "12 entries" (English has a singular; Chinese does not need one)."""
    if count == 1:
        return QCoreApplication.translate("Charts", "1 entry")
    return QCoreApplication.translate("Charts", "%1 entries").replace("%1", str(count))


def mean_phrase(when: str, mean: float, count: int) -> str:
    return (
        QCoreApplication.translate("Charts", "%1: mean stress %2 from %3")
        .replace("%1", when)
        .replace("%2", mean_text(mean))
        .replace("%3", entries_phrase(count))
    )


# -- stress over time -----------------------------------------------------------------------


class StressOverTime(QWidget):
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
        self.means.setYRange(0, 10, padding=0.04)
        self.means.setLimits(yMin=-0.5, yMax=10.5)
        self.means.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.means.getAxis("bottom").setStyle(showValues=False)
        self.legend = self.means.addLegend(offset=(8, 4), colCount=3)
        self.dots = pg.ScatterPlotItem(hoverable=True, tip=self._tip, name="")
        self.rolling_line = pg.PlotDataItem(pen=pg.mkPen(VERMILLION, width=2.5), name="")
        self.weekly_line = pg.PlotDataItem(
            pen=pg.mkPen(GREEN, width=2, style=Qt.PenStyle.DashLine), stepMode="left", name=""
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
        brush = QColor(BLUE)
        brush.setAlpha(170)
        self.dots.setData(
            x=xs, y=means, size=sizes, brush=brush, pen=pg.mkPen(BLUE), data=list(range(len(days)))
        )
        self.rolling_line.setData(
            [day_stamp(p.day) for p in rolling], [p.mean for p in rolling], connect="finite"
        )
        weekly_x = [day_stamp(p.day) - DAY_SECONDS / 2 for p in weekly]
        weekly_y = [p.mean for p in weekly]
        if weekly:  # the last week's step runs to its Sunday
            weekly_x.append(weekly_x[-1] + 7 * DAY_SECONDS)
            weekly_y.append(weekly_y[-1])
        self.weekly_line.setData(weekly_x, weekly_y)
        self.bars.setOpts(x=xs, height=[point.entries for point in days])
        self._current = None
        self._mark()
        left, right = day_stamp(first) - DAY_SECONDS, day_stamp(last) + DAY_SECONDS
        self.means.setLimits(xMin=left - 30 * DAY_SECONDS, xMax=right + 30 * DAY_SECONDS)
        self.means.setXRange(left, right, padding=0)
        top = max((point.entries for point in days), default=1)
        self.counts.setYRange(0, top, padding=0.1)

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
        on_the_right = x > left + (right - left) * 0.6  # keep the words inside the chart
        high = point.mean > 7  # below the ring near the top, above it elsewhere
        self.reading.setAnchor((1.0 if on_the_right else 0.0, 0.0 if high else 1.0))
        self.reading.setText(text)
        self.reading.setPos(x, point.mean)
        self.reading.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not self._days:
            super().keyPressEvent(event)
            return
        last = len(self._days) - 1
        current = last if self._current is None else self._current
        key = event.key()
        if key == Qt.Key.Key_Left:
            current = max(current - 1, 0) if self._current is not None else last
        elif key == Qt.Key.Key_Right:
            current = min(current + 1, last)
        elif key == Qt.Key.Key_Home:
            current = 0
        elif key == Qt.Key.Key_End:
            current = last
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is not None:
                self.day_clicked.emit(self._days[self._current].day)
            return
        else:
            super().keyPressEvent(event)
            return
        self._current = current
        self._mark()

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
        self.bars.setOpts(brush=SKY)
        palette = self.palette()
        self.reading.setColor(palette.color(QPalette.ColorRole.Text))
        self.reading.fill = pg.mkBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        self.reading.border = pg.mkPen(palette.color(QPalette.ColorRole.Mid))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.restyle()

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


# -- weekday × hour -------------------------------------------------------------------------


class HeatMap(QWidget):
    """Mean stress (or the number of entries) by weekday and local hour. Arrow keys move the
    marked cell, Enter or a click shows its entries; each cell's tool tip gives mean and n."""

    cell_clicked = Signal(int, int)  # weekday (0 = Monday), hour

    LEFT = 44
    TOP = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.show_counts = False
        self._cells: dict[tuple[int, int], HourCell] = {}
        self._hours: list[int] = list(range(8, 19))
        self._current = (0, self._hours[0])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(360, 200))

    def set_data(self, cells: list[HourCell]) -> None:
        self._cells = {(cell.weekday, cell.hour): cell for cell in cells}
        if cells:
            low = min(cell.hour for cell in cells)
            high = max(cell.hour for cell in cells)
            self._hours = list(range(low, high + 1))
            busiest = max(cells, key=lambda cell: cell.entries)
            self._current = (busiest.weekday, busiest.hour)
        else:
            self._hours = list(range(8, 19))
            self._current = (0, 8)
        self.update()

    def set_show_counts(self, counts: bool) -> None:
        self.show_counts = counts
        self.update()

    def cell(self, weekday: int, hour: int) -> HourCell | None:
        return self._cells.get((weekday, hour))

    @property
    def current(self) -> tuple[int, int]:
        return self._current

    def _grid(self) -> tuple[float, float]:
        width = (self.width() - self.LEFT - 4) / max(len(self._hours), 1)
        height = (self.height() - self.TOP - 4) / 7
        return width, height

    def _rect(self, weekday: int, hour: int) -> QRectF:
        width, height = self._grid()
        column = self._hours.index(hour)
        return QRectF(self.LEFT + column * width, self.TOP + weekday * height, width, height)

    def _at(self, position: QPointF) -> tuple[int, int] | None:
        width, height = self._grid()
        column = int((position.x() - self.LEFT) // width)
        row = int((position.y() - self.TOP) // height)
        if position.x() < self.LEFT or position.y() < self.TOP:
            return None
        if 0 <= row < 7 and 0 <= column < len(self._hours):
            return row, self._hours[column]
        return None

    def _colour(self, cell: HourCell) -> QColor:
        if not self.show_counts:
            return stress_colour(round(cell.mean))
        most = max(c.entries for c in self._cells.values())
        share = cell.entries / most if most else 0
        light, dark = QColor("#deebf7"), QColor("#08519c")
        return QColor(
            round(light.red() + (dark.red() - light.red()) * share),
            round(light.green() + (dark.green() - light.green()) * share),
            round(light.blue() + (dark.blue() - light.blue()) * share),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        width, height = self._grid()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        painter.setFont(small)
        label_every = 1 if width >= 26 else 2 if width >= 14 else 3
        for column, hour in enumerate(self._hours):
            if column % label_every:
                continue
            box = QRectF(self.LEFT + column * width, 0, width * label_every, self.TOP - 2)
            painter.setPen(text)
            painter.drawText(
                QRectF(box.left() - width / 2, 0, width * 2, self.TOP - 2),
                Qt.AlignmentFlag.AlignCenter,
                f"{hour:02d}",
            )
        for weekday in range(7):
            painter.setPen(text)
            painter.drawText(
                QRectF(0, self.TOP + weekday * height, self.LEFT - 6, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                weekday_name(weekday, self.language),
            )
            for hour in self._hours:
                rect = self._rect(weekday, hour).adjusted(1, 1, -1, -1)
                cell = self._cells.get((weekday, hour))
                if cell is None:
                    painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)
                    continue
                colour = self._colour(cell)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(rect)
                if width >= 24 and height >= 14:
                    painter.setPen(text_colour_on(colour))
                    label = str(cell.entries) if self.show_counts else f"{cell.mean:.0f}"
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        if self.hasFocus() and self._current[1] in self._hours:
            painter.setPen(QPen(QColor(ORANGE), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect(*self._current).adjusted(1, 1, -1, -1))
        painter.end()

    def describe(self, weekday: int, hour: int) -> str:
        cell = self._cells.get((weekday, hour))
        when = f"{weekday_name(weekday, self.language)} {hour:02d}:00–{(hour + 1) % 24:02d}:00"
        if cell is None:
            return self.tr("%1: no entries").replace("%1", when)
        return mean_phrase(when, cell.mean, cell.entries)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        spot = self._at(event.position())
        if spot is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.describe(*spot), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        spot = self._at(event.position())
        if spot is not None and event.button() == Qt.MouseButton.LeftButton:
            self._current = spot
            self.update()
            if spot in self._cells:
                self.cell_clicked.emit(*spot)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        weekday, hour = self._current
        column = self._hours.index(hour) if hour in self._hours else 0
        key = event.key()
        if key == Qt.Key.Key_Left:
            column = max(column - 1, 0)
        elif key == Qt.Key.Key_Right:
            column = min(column + 1, len(self._hours) - 1)
        elif key == Qt.Key.Key_Up:
            weekday = max(weekday - 1, 0)
        elif key == Qt.Key.Key_Down:
            weekday = min(weekday + 1, 6)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current in self._cells:
                self.cell_clicked.emit(*self._current)
            return
        else:
            super().keyPressEvent(event)
            return
        self._current = (weekday, self._hours[column])
        self.setAccessibleDescription(self.describe(*self._current))
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.setAccessibleDescription(self.describe(*self._current))

    def rows(self) -> Rows:
        header = ["weekday", "hour", "entries", "mean_stress"]
        names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        return header, [
            [names[cell.weekday], cell.hour, cell.entries, round(cell.mean, 2)]
            for cell in sorted(self._cells.values(), key=lambda c: (c.weekday, c.hour))
        ]


# -- horizontal bars ------------------------------------------------------------------------


class StressBars(pg.PlotWidget):  # type: ignore[misc]
    """Mean stress of each call type (or emotion), highest first, with n on every bar."""

    group_clicked = Signal(object)  # the code, or None for "no call type"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupStress] = []
        self._label: Callable[[str | None], str] = lambda code: code or ""
        self._texts: list[pg.TextItem] = []
        plot = self.getPlotItem()
        quiet_plot(plot)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.setXRange(0, 10.8, padding=0)
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        plot.invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[], brush=BLUE)
        plot.addItem(self.bars)
        self.scene().sigMouseClicked.connect(self._clicked)
        self.restyle()
        self._ready = True

    def set_data(self, groups: list[GroupStress], label: Callable[[str | None], str]) -> None:
        self._groups, self._label = groups, label
        plot = self.getPlotItem()
        for item in self._texts:
            plot.removeItem(item)
        self._texts = []
        ys = list(range(len(groups)))
        brushes = [pg.mkBrush(stress_colour(round(group.mean))) for group in groups]
        self.bars.setOpts(
            x0=[0] * len(groups),
            y=ys,
            width=[group.mean for group in groups],
            brushes=brushes,
            pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Mid)),
        )
        foreground = self.palette().color(QPalette.ColorRole.Text)
        for y, group in zip(ys, groups, strict=True):
            text = pg.TextItem(
                f"{mean_text(group.mean)} · n={group.entries}", color=foreground, anchor=(0, 0.5)
            )
            text.setPos(group.mean + 0.15, y)
            plot.addItem(text)
            self._texts.append(text)
        names = [label(group.code) for group in groups]
        plot.getAxis("left").setTicks([list(enumerate(names))])
        fit_label_axis(plot, names, self)
        plot.setYRange(-0.6, max(len(groups), 1) - 0.4, padding=0)
        plot.setXRange(0, 12.5, padding=0)

    def _clicked(self, event: Any) -> None:
        plot = self.getPlotItem()
        point = plot.vb.mapSceneToView(event.scenePos())
        index = round(point.y())
        if 0 <= index < len(self._groups) and 0 <= point.x() <= 12.5:
            event.accept()
            self.group_clicked.emit(self._groups[index].code)

    def restyle(self) -> None:
        style_plot(self, [self.getPlotItem()])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.restyle()
            if self._groups:
                self.set_data(self._groups, self._label)

    def rows(self) -> Rows:
        return ["code", "label", "entries", "mean_stress"], [
            [g.code or "", self._label(g.code), g.entries, round(g.mean, 2)] for g in self._groups
        ]


# -- breaks per week --------------------------------------------------------------------------


class BreaksPerWeek(pg.PlotWidget):  # type: ignore[misc]
    """Stacked bars: each week's breaks by what became of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.axis = LocalDateAxis()
        super().__init__(parent, axisItems={"bottom": self.axis})
        self._weeks: list[WeekBreaks] = []
        plot = self.getPlotItem()
        quiet_plot(plot)
        self.legend = plot.addLegend(offset=(8, 4), colCount=5)
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
        self.legend.clear()
        for outcome in BREAK_OUTCOMES:
            self.legend.addItem(self.stacks[outcome], names[outcome])
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
        left, right = day_stamp(first) - DAY_SECONDS, day_stamp(last) + 4 * DAY_SECONDS
        plot.setXRange(left, right, padding=0)
        plot.setYRange(0, max(base, default=1) * 1.3 + 1, padding=0)

    def set_language(self, language: str) -> None:
        self.axis.language = language
        self.axis.picture = None
        self.axis.update()

    def restyle(self) -> None:
        style_plot(self, [self.getPlotItem()])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.restyle()

    def rows(self) -> Rows:
        return ["week_start", *BREAK_OUTCOMES], [
            [week.week_start.isoformat(), *(week.counts.get(o, 0) for o in BREAK_OUTCOMES)]
            for week in self._weeks
        ]


# -- what helps -------------------------------------------------------------------------------


class WhatHelps(pg.PlotWidget):  # type: ignore[misc]
    """Distress before and after each exercise, and stress in the hour after a break taken or
    skipped: pairs of bars on the same 0–10 scale, with n beside each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercises: list[ExerciseEffect] = []
        self._after: list[AfterBreak] = []
        self._labels: list[str] = []
        self._texts: list[pg.TextItem] = []
        plot = self.getPlotItem()
        quiet_plot(plot)
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.invertY(True)
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.legend = plot.addLegend(offset=(-8, -4), colCount=2)
        self.before = pg.BarGraphItem(x0=[], y=[], height=0.36, width=[], brush=ORANGE, pen=None)
        self.after = pg.BarGraphItem(x0=[], y=[], height=0.36, width=[], brush=BLUE, pen=None)
        self.breaks = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=GREEN, pen=None)
        for item in (self.before, self.after, self.breaks):
            plot.addItem(item)
        self.restyle()
        self._ready = True

    def set_names(self, before: str, after: str) -> None:
        self.legend.clear()
        self.legend.addItem(self.before, before)
        self.legend.addItem(self.after, after)

    def set_data(
        self,
        exercises: list[ExerciseEffect],
        after_breaks: list[AfterBreak],
        exercise_label: Callable[[str], str],
        break_label: Callable[[str], str],
    ) -> None:
        self._exercises, self._after = exercises, after_breaks
        plot = self.getPlotItem()
        for item in self._texts:
            plot.removeItem(item)
        self._texts = []
        foreground = self.palette().color(QPalette.ColorRole.Text)
        rows = len(exercises)
        ys = list(range(rows))
        self.before.setOpts(
            x0=[0] * rows, y=[y - 0.19 for y in ys], width=[e.mean_before for e in exercises]
        )
        self.after.setOpts(
            x0=[0] * rows, y=[y + 0.19 for y in ys], width=[e.mean_after for e in exercises]
        )
        break_ys = [rows + index for index in range(len(after_breaks))]
        self.breaks.setOpts(
            x0=[0] * len(after_breaks),
            y=break_ys,
            width=[a.mean for a in after_breaks],
            brushes=[pg.mkBrush(OUTCOME_COLOURS.get(a.outcome, GREEN)) for a in after_breaks],
        )
        self._labels = [exercise_label(e.kind) for e in exercises] + [
            break_label(a.outcome) for a in after_breaks
        ]
        for y, effect in zip(ys, exercises, strict=True):
            self._add_text(
                f"{mean_text(effect.mean_before)} → {mean_text(effect.mean_after)} · "
                f"n={effect.uses}",
                max(effect.mean_before, effect.mean_after),
                y,
                foreground,
            )
        for y, after in zip(break_ys, after_breaks, strict=True):
            self._add_text(
                f"{mean_text(after.mean)} · n={after.entries}", after.mean, y, foreground
            )
        plot.getAxis("left").setTicks([list(enumerate(self._labels))])
        fit_label_axis(plot, self._labels, self)
        plot.setYRange(-0.6, max(len(self._labels), 1) - 0.4, padding=0)
        plot.setXRange(0, 13.5, padding=0)

    def _add_text(self, content: str, x: float, y: float, colour: QColor) -> None:
        text = pg.TextItem(content, color=colour, anchor=(0, 0.5))
        text.setPos(x + 0.15, y)
        self.getPlotItem().addItem(text)
        self._texts.append(text)

    def restyle(self) -> None:
        style_plot(self, [self.getPlotItem()])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.restyle()

    def rows(self) -> Rows:
        header = ["what", "n", "mean_before", "mean_after", "mean_stress_within_an_hour"]
        rows: list[list[object]] = [
            [f"exercise:{e.kind}", e.uses, round(e.mean_before, 2), round(e.mean_after, 2), ""]
            for e in self._exercises
        ]
        rows += [[f"break:{a.outcome}", a.entries, "", "", round(a.mean, 2)] for a in self._after]
        return header, rows


# -- wellbeing check-ins ------------------------------------------------------------------------


class WellbeingOverTime(pg.PlotWidget):  # type: ignore[misc]
    """Each weekly check-in's WHO-5 score (0–100) over time, with the low threshold marked."""

    def __init__(self, low_below: int, parent: QWidget | None = None) -> None:
        self.axis = LocalDateAxis()
        super().__init__(parent, axisItems={"bottom": self.axis})
        self.language = "en"
        self.low_below = low_below  # on 0-100: a score under it is low
        self._points: list[tuple[date, int]] = []
        plot = self.getPlotItem()
        quiet_plot(plot)
        plot.getAxis("left").setWidth(40)
        plot.setYRange(0, 100, padding=0.04)
        plot.setLimits(yMin=-5, yMax=105)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        self.legend = plot.addLegend(offset=(8, 4), colCount=2)
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

    def set_names(self, score: str, threshold: str) -> None:
        self.legend.clear()
        self.legend.addItem(self.line, score)
        self.legend.addItem(self.threshold, threshold)
        self.getPlotItem().setLabel("left", self.tr("Wellbeing"))

    def set_data(self, points: list[tuple[date, int]], first: date, last: date) -> None:
        self._points = points
        self.line.setData([day_stamp(day) for day, _ in points], [score for _, score in points])
        left, right = day_stamp(first) - DAY_SECONDS, day_stamp(last) + DAY_SECONDS
        low, high = left - 30 * DAY_SECONDS, right + 30 * DAY_SECONDS
        self.threshold.setData([low, high], [self.low_below, self.low_below])
        plot = self.getPlotItem()
        plot.setLimits(xMin=low, xMax=high)
        plot.setXRange(left, right, padding=0)

    def set_language(self, language: str) -> None:
        self.language = language
        self.axis.language = language
        self.axis.picture = None
        self.axis.update()

    def restyle(self) -> None:
        style_plot(self, [self.getPlotItem()])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.restyle()

    def rows(self) -> Rows:
        header = ["date", "wellbeing_0_100"]
        return header, [[day.isoformat(), score] for day, score in self._points]
