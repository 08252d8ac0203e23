"""Horizontal bars: the mean stress of each call type (or emotion), highest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from companion.domain.trends import GroupStress
from companion.ui.charts.style import BLUE, OnePlotChart, fit_label_axis, quiet_plot
from companion.ui.charts.words import Rows, mean_and_count, mean_range_summary
from companion.ui.palette import stress_colour

FEWEST_ROWS = 5  # room for this many bars, however few there are: one bar is not a wall


class StressBars(OnePlotChart):
    """Mean stress of each call type (or emotion), highest first, with its entries on every bar."""

    group_clicked = Signal(object)  # the code, or None for "no call type"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupStress] = []
        self._label: Callable[[str | None], str] = lambda code: code or ""
        self._texts: list[pg.TextItem] = []
        self._group_name = ""  # the table's first column: "Call type", "Emotion"
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

    def set_group_name(self, name: str) -> None:
        """What a bar stands for, naming the first column of the table."""
        self._group_name = name

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
                mean_and_count(group.mean, group.entries), color=foreground, anchor=(0, 0.5)
            )
            text.setPos(group.mean + 0.15, y)
            plot.addItem(text)
            self._texts.append(text)
        names = [label(group.code) for group in groups]
        plot.getAxis("left").setTicks([list(enumerate(names))])
        fit_label_axis(plot, names, self)
        plot.setYRange(-0.6, max(len(groups), FEWEST_ROWS) - 0.4, padding=0)
        plot.setXRange(0, 12.5, padding=0)

    def bar_labels(self) -> list[str]:
        """The words written beside the bars, top to bottom ("6.8 · n=377")."""
        return [text.textItem.toPlainText() for text in self._texts]

    def bar_thickness(self) -> float:
        """How thick each bar is on screen, in pixels."""
        (_left, _right), (low, high) = self.getPlotItem().vb.viewRange()
        return float(0.7 * self.getPlotItem().vb.height() / (high - low))

    def _clicked(self, event: Any) -> None:
        plot = self.getPlotItem()
        point = plot.vb.mapSceneToView(event.scenePos())
        index = round(point.y())
        if 0 <= index < len(self._groups) and 0 <= point.x() <= 12.5:
            event.accept()
            self.group_clicked.emit(self._groups[index].code)

    def restyle(self) -> None:
        super().restyle()
        if self._groups:
            self.set_data(self._groups, self._label)

    def table_rows(self) -> Rows:
        """What the bars show, highest mean first: each group's entries and mean stress."""
        header = [self._group_name, self.tr("Entries"), self.tr("Mean stress")]
        return header, [[self._label(g.code), g.entries, g.mean] for g in self._groups]

    def table_summary(self) -> str:
        count = (
            self.tr("1 bar")
            if len(self._groups) == 1
            else self.tr("%1 bars").replace("%1", str(len(self._groups)))
        )
        return mean_range_summary(count, self.tr("mean stress"), [g.mean for g in self._groups])

    def rows(self) -> Rows:
        return ["code", "label", "entries", "mean_stress"], [
            [g.code or "", self._label(g.code), g.entries, round(g.mean, 2)] for g in self._groups
        ]
