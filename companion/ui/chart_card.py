"""A chart of the trends dashboard on its card: title, how to read it, export menu, empty state."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.spreadsheet import safe_row
from companion.ui.charts import Rows
from companion.ui.charts.zoom import TimeZoom

log = logging.getLogger(__name__)

EXPORT_SCALE = 2.0  # an exported chart has twice the pixels it has on screen


class ChartCard(QFrame):
    """A chart with its title, a line on how to read it, an export menu and an empty state."""

    def __init__(
        self, name: str, chart: QWidget, rows: Callable[[], Rows], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.name = name  # for file names
        self.chart = chart
        self._rows = rows
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.png_action = self.export_menu.addAction("")
        self.csv_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        # A zoomed time chart (Ctrl+wheel) says so, with the way back beside its title and
        # in its menu; shown only while zoomed.
        self.zoom: TimeZoom | None = getattr(chart, "zoom", None)
        self.reset_button = QToolButton(self)
        self.reset_button.hide()
        self.reset_separator = self.export_menu.addSeparator()
        self.reset_action = self.export_menu.addAction("")
        self.reset_separator.setVisible(False)
        self.reset_action.setVisible(False)
        if self.zoom is not None:
            self.reset_button.clicked.connect(self.zoom.reset)
            self.reset_action.triggered.connect(self.zoom.reset)
            self.zoom.changed.connect(self._show_zoomed)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(chart)
        self.stack.addWidget(self.empty)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.reset_button)
        heading.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

    def set_texts(self, title: str, hint: str) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.chart.setAccessibleName(title)
        self.chart.setAccessibleDescription(hint)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export %1").replace("%1", title))
        self.png_action.setText(self.tr("Save chart as PNG…"))
        self.csv_action.setText(self.tr("Save data as CSV…"))
        self.reset_button.setText(self.tr("Reset zoom"))
        self.reset_button.setAccessibleName(self.tr("Reset the zoom of %1").replace("%1", title))
        self.reset_button.setToolTip(self.tr("Show the whole range again (Ctrl+wheel zooms)"))
        self.reset_action.setText(self.tr("Reset zoom"))

    def _show_zoomed(self, zoomed: bool) -> None:
        self.reset_button.setVisible(zoomed)
        self.reset_separator.setVisible(zoomed)
        self.reset_action.setVisible(zoomed)
        if not zoomed and self.reset_button.hasFocus():
            self.export_button.setFocus()  # the keyboard stays in the card

    def set_empty(self, message: str | None) -> None:
        """Show the chart, or `message` in its place when there is nothing to draw."""
        if message is None:
            self.stack.setCurrentWidget(self.chart)
        else:
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty)
        self.export_button.setEnabled(message is None)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def chart_image(self, scale: float = EXPORT_SCALE) -> QImage:
        """The chart alone (not the card's title, hint or Export button), drawn at `scale`
        times its size on screen: sharp when printed or put on a slide."""
        size = self.chart.size()
        image = QImage(
            round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32
        )
        image.fill(self.chart.palette().color(QPalette.ColorRole.Base))
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        # QWidget's render, not the chart's own: a chart that is a pyqtgraph PlotWidget is a
        # QGraphicsView, whose render() takes other arguments and draws only the scene
        QWidget.render(self.chart, painter, QPoint())
        painter.end()
        image.setDevicePixelRatio(1)
        return image

    def save_png(self, path: Path) -> None:
        if not self.chart_image().save(str(path), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"could not write {path}")

    def save_csv(self, path: Path) -> None:
        header, rows = self._rows()
        # UTF-8 with a byte-order mark: spreadsheet programs then read Chinese labels correctly.
        # A label holding someone's text (a goal of one's own, a training mark) that begins
        # like a formula is written as text (companion.spreadsheet).
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(safe_row(header))
            writer.writerows(safe_row(row) for row in rows)

    def export(self, kind: str, folder: Path, today: date) -> Path | None:
        """Ask where to save the chart ("png") or its data ("csv") and save it; the folder it
        went to, or None when the reader cancelled or it could not be written (then said)."""
        suggested = folder / f"companion-{self.name}-{today.isoformat()}.{kind}"
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("CSV table (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export %1").replace("%1", self.title.text()), str(suggested), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            self.save_png(path) if kind == "png" else self.save_csv(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export · Companion"),
                self.tr("Companion could not save %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", str(error)),
            )
            return None
        log.info("chart %s exported as %s", self.name, kind)
        return path.parent


class CardExports:
    """The export menus of a window's cards: each asks where to save, starting in the folder
    the last export went to (the home folder at first)."""

    def __init__(self, cards: Iterable[ChartCard], today: Callable[[], date]) -> None:
        self.folder = Path.home()
        self._today = today  # names the suggested file
        for card in cards:
            card.png_action.triggered.connect(lambda _c=False, c=card: self.export(c, "png"))
            card.csv_action.triggered.connect(lambda _c=False, c=card: self.export(c, "csv"))

    def export(self, card: ChartCard, kind: str) -> None:
        folder = card.export(kind, self.folder, self._today())
        if folder is not None:
            self.folder = folder
