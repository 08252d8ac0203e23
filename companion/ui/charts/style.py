"""What every chart looks like: the Okabe–Ito colours (distinguishable with every common
colour-vision deficiency), axes and legends that follow the palette (light or dark), and plots to
read rather than edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QWidget

from companion.ui.charts.zoom import PageWheel, TimeZoom

# Okabe & Ito (2008): safe for deuteranopia, protanopia and tritanopia.
from companion.ui.palette import BLUE as BLUE
from companion.ui.palette import GREEN as GREEN
from companion.ui.palette import ORANGE as ORANGE
from companion.ui.palette import PURPLE as PURPLE
from companion.ui.palette import SKY as SKY
from companion.ui.palette import VERMILLION as VERMILLION
from companion.ui.palette import readable_on

OUTCOME_COLOURS = {
    "taken": BLUE,
    "ended_early": SKY,
    "cut_short": PURPLE,
    "skipped": VERMILLION,
    "postponed": ORANGE,
    "natural": GREEN,
}

pg.setConfigOptions(antialias=True)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def ink(colour: str, palette: QPalette) -> QColor:
    """A dot's or a line's colour as drawn on the chart's background (the palette's Base):
    lightened on a dark one, darkened on a light one, until it stands out by 4.5:1 (more than
    WCAG's 3:1 for graphics: the dots are small and partly see-through)."""
    return readable_on(QColor(colour), palette.color(QPalette.ColorRole.Base), 4.5)


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


class OnePlotChart(pg.PlotWidget):  # type: ignore[misc]
    """A chart of one plot that follows the palette (light or dark) once it is built: a
    subclass sets `_ready` at the end of its `__init__`, and may add to `restyle`.

    The wheel over it scrolls the page; a time chart sets `zoom`, and Ctrl+wheel then zooms
    its time axis (see `zoom`)."""

    _ready = False
    zoom: TimeZoom | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wheel = PageWheel(self, lambda: self.zoom is not None)
        # the chart is the focus stop; its drawing area would be a nameless filler beside it
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def restyle(self) -> None:
        style_plot(self, [self.getPlotItem()])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._ready and self.getPlotItem():
            self.restyle()  # (not once closed: pyqtgraph lets its plot go then)


class LegendRoom(QObject):
    """Keeps a plot's legend (at its top left) clear of the data: the legend takes as many
    columns as the plot is wide (never wider, so no name is cut), and the y range runs from
    `low` to above `high`, far enough that `high` lies just below the legend. Kept up as the
    plot is resized; `set_range` when the values change, `fit` when the names change."""

    GAP = 12  # pixels between the legend and the highest value (a dot's radius, a tick's text)
    MOST = 0.45  # the legend never takes more than this share of a short plot's height

    def __init__(self, plot: Any, legend: Any, low: float, high: float) -> None:
        super().__init__(plot)
        self._plot = plot
        self._legend = legend
        self._low, self._high = low, high
        plot.vb.sigResized.connect(self.fit)

    def set_range(self, low: float, high: float) -> None:
        self._low, self._high = low, high
        self.fit()

    def fit(self, *_args: object) -> None:
        box = self._plot.vb
        legend = self._legend
        count = max(len(legend.items), 1)
        room = box.width() - 2 * abs(legend.opts["offset"][0])
        for columns in range(count, 0, -1):
            legend.setColumnCount(columns)
            width, tall = self._legend_size()
            if width <= room:
                break
        # Its size as its layout gives it: pyqtgraph's own sizing adds up the widths its items
        # had before, which are those of the old columns after a change.
        legend.size = (width, tall)
        legend.setGeometry(QRectF(0, 0, width, tall))
        height = box.height()
        share = 0.0
        if legend.items and height > 0:
            above = abs(legend.opts["offset"][1]) + tall + self.GAP
            share = min(above / height, self.MOST)
        top = (self._high - share * self._low) / (1 - share)
        self._plot.setYRange(self._low, top, padding=0)

    def _legend_size(self) -> tuple[float, float]:
        """The legend's width and height as its layout will give them (margins included)."""
        size = self._legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        return size.width(), size.height()
