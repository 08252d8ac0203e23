"""What helps: distress before and after each exercise, and stress in the hour after a break."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from companion.domain.trends import AfterBreak, ExerciseEffect
from companion.ui.charts.style import (
    BLUE,
    GREEN,
    ORANGE,
    OUTCOME_COLOURS,
    OnePlotChart,
    fit_label_axis,
    quiet_plot,
)
from companion.ui.charts.words import Rows, change_and_uses, mean_and_count


class WhatHelps(OnePlotChart):
    """Distress before and after each exercise, and stress in the hour after a break taken or
    skipped: pairs of bars on the same 0–10 scale, with how many stand behind each."""

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
                change_and_uses(effect.mean_before, effect.mean_after, effect.uses),
                max(effect.mean_before, effect.mean_after),
                y,
                foreground,
            )
        for y, after in zip(break_ys, after_breaks, strict=True):
            self._add_text(mean_and_count(after.mean, after.entries), after.mean, y, foreground)
        plot.getAxis("left").setTicks([list(enumerate(self._labels))])
        fit_label_axis(plot, self._labels, self)
        plot.setYRange(-0.6, max(len(self._labels), 3) - 0.4, padding=0)  # no wall of a bar
        plot.setXRange(0, 13.5, padding=0)

    def bar_labels(self) -> list[str]:
        """The words written beside the bars, top to bottom ("6.0 → 4.2 · n=10")."""
        return [text.textItem.toPlainText() for text in self._texts]

    def _add_text(self, content: str, x: float, y: float, colour: QColor) -> None:
        text = pg.TextItem(content, color=colour, anchor=(0, 0.5))
        text.setPos(x + 0.15, y)
        self.getPlotItem().addItem(text)
        self._texts.append(text)

    def table_rows(self) -> Rows:
        """What the bars show: each exercise's distress before and after (and how often it was
        done), then the stress logged within an hour after each kind of break."""
        header = [
            self.tr("Exercise or break"),
            self.tr("Times or entries"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Stress within an hour"),
        ]
        rows: list[list[object]] = [
            [label, e.uses, e.mean_before, e.mean_after, None]
            for label, e in zip(self._labels, self._exercises, strict=False)
        ]
        breaks = self._labels[len(self._exercises) :]
        rows += [
            [label, a.entries, None, None, a.mean]
            for label, a in zip(breaks, self._after, strict=False)
        ]
        return header, rows

    def table_summary(self) -> str:
        return str(
            self.tr("%1 exercises; %2 kinds of break")
            .replace("%1", str(len(self._exercises)))
            .replace("%2", str(len(self._after)))
        )

    def rows(self) -> Rows:
        header = ["what", "n", "mean_before", "mean_after", "mean_stress_within_an_hour"]
        rows: list[list[object]] = [
            [f"exercise:{e.kind}", e.uses, round(e.mean_before, 2), round(e.mean_after, 2), ""]
            for e in self._exercises
        ]
        rows += [[f"break:{a.outcome}", a.entries, "", "", round(a.mean, 2)] for a in self._after]
        return header, rows
