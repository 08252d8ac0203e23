"""The mouse wheel over a chart, and zooming a time chart.

The wheel over a chart scrolls the page the chart sits on, as it does over any other part of
the page; only Ctrl+wheel zooms, and only a time chart, along its time axis, never beyond the
range chosen (an axis with no days on it) nor below a week. A zoomed chart says so: its card
shows "Reset zoom" (see `chart_card.ChartCard`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsView, QWidget

from companion.ui.charts.axes import DAY_SECONDS

SHORTEST_ZOOM = 7 * DAY_SECONDS  # Ctrl+wheel zooms in to a week at most


class PageWheel(QObject):
    """Watches a chart's viewport: a wheel turn goes to the page (the nearest scroll area the
    chart sits in), unless Ctrl is held and the chart zooms (`zooms()`)."""

    def __init__(self, view: QGraphicsView, zooms: Callable[[], bool]) -> None:
        super().__init__(view)
        self._view = view
        self._zooms = zooms
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._zooms():
            return False  # the chart zooms (pyqtgraph's own wheel handling)
        page = self.page()
        if page is None:  # no page around the chart: the wheel goes on to its parents
            event.ignore()
            return True
        viewport = page.viewport()
        turned = QWheelEvent(
            viewport.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(viewport, turned)
        event.accept()
        return True

    def page(self) -> QAbstractScrollArea | None:
        widget: QWidget | None = self._view.parentWidget()
        while widget is not None:
            if isinstance(widget, QAbstractScrollArea):
                return widget
            widget = widget.parentWidget()
        return None


class TimeZoom(QObject):
    """The time range of one or more linked plots (pyqtgraph ViewBoxes): the whole range
    chosen (`set_span`), how far it is zoomed, and the way back (`reset`)."""

    changed = Signal(bool)  # zoomed in (True) or showing the whole range (False)

    def __init__(self, boxes: Sequence[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._boxes = list(boxes)
        self._span = (0.0, 1.0)
        self._zoomed = False
        self._boxes[0].sigXRangeChanged.connect(self._moved)

    @property
    def span(self) -> tuple[float, float]:
        return self._span

    @property
    def zoomed(self) -> bool:
        return self._zoomed

    def set_span(self, left: float, right: float) -> None:
        """Show `left` to `right`, and never let a zoom or a drag go beyond it."""
        self._span = (left, right)
        width = right - left
        for box in self._boxes:
            box.setLimits(
                xMin=left, xMax=right, maxXRange=width, minXRange=min(SHORTEST_ZOOM, width)
            )
        self.reset()

    def reset(self) -> None:
        self._boxes[0].setXRange(*self._span, padding=0)
        self._moved()

    def _moved(self, *_args: object) -> None:
        left, right = self._boxes[0].viewRange()[0]
        zoomed = abs(left - self._span[0]) > 60 or abs(right - self._span[1]) > 60
        if zoomed != self._zoomed:
            self._zoomed = zoomed
            self.changed.emit(zoomed)
