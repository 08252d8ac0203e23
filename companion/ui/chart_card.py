"""A chart of the trends dashboard on its card: title, how to read it, export menu, empty state."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.spreadsheet import safe_row
from companion.ui.chart_table import ChartTable
from companion.ui.charts import Rows
from companion.ui.charts.zoom import TimeZoom

log = logging.getLogger(__name__)

EXPORT_SCALE = 2.0  # an exported chart has twice the pixels it has on screen

# The cards shown as tables, by name: the choice holds for the session (a window opened again
# shows its tables again), not across starts.
SHOWN_AS_TABLE: set[str] = set()


class ChartCard(QFrame):
    """A chart with its title, a line on how to read it, an export menu and an empty state.

    A chart with `table_rows()` (and `table_summary()`) can also be shown as a table: the
    *Show as table* button beside the export menu swaps the two, and the choice is kept for
    the session."""

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
        self._build_export()
        # After the export menu, so that Tab goes from it straight into the chart or table.
        self.table_button = QToolButton(self)
        self.table_button.setObjectName("tableToggle")
        self.table_page = QWidget(self)
        self.table_summary = QLabel(self.table_page)
        self.table_summary.setObjectName("hint")
        self.table_summary.setWordWrap(True)
        self.table = ChartTable(self.table_page)
        page = QVBoxLayout(self.table_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        page.addWidget(self.table_summary)
        page.addWidget(self.table, 1)
        self.has_table = callable(getattr(chart, "table_rows", None))
        self.table_button.setVisible(self.has_table)
        self._table_chosen = self.has_table and name in SHOWN_AS_TABLE
        self.table_button.clicked.connect(lambda: self.show_as_table(not self._table_chosen))
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(chart)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table_page)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.reset_button)
        heading.addWidget(self.export_button)
        heading.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

    def _build_export(self) -> None:
        """The Export button and its menu (PNG, CSV); for a time chart that zooms, Reset zoom beside
        the title and in the menu (shown only while zoomed)."""
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.png_action = self.export_menu.addAction("")
        self.csv_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        # A zoomed time chart (Ctrl+wheel) says so, with the way back beside its title and
        # in its menu; shown only while zoomed.
        self.zoom: TimeZoom | None = getattr(self.chart, "zoom", None)
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
        self.table.setAccessibleName(self.tr("%1 as a table").replace("%1", title))
        self._name_table_button()
        self.refresh_table()

    def _show_zoomed(self, zoomed: bool) -> None:
        self.reset_button.setVisible(zoomed)
        self.reset_separator.setVisible(zoomed)
        self.reset_action.setVisible(zoomed)
        if not zoomed and self.reset_button.hasFocus():
            self.export_button.setFocus()  # the keyboard stays in the card

    def set_empty(self, message: str | None) -> None:
        """Show the chart (or its table), or `message` in its place when there is nothing to
        draw. Called each time the chart is given its data: the table is filled again."""
        if message is None:
            self.refresh_table()
            self.stack.setCurrentWidget(self.table_page if self.shows_table else self.chart)
        else:
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty)
        self.export_button.setEnabled(message is None)
        self.table_button.setEnabled(message is None)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    @property
    def shows_table(self) -> bool:
        """Whether the reader chose the table (shown unless there is nothing to show)."""
        return self._table_chosen

    def refresh_table(self) -> None:
        """Fill the table with the rows the chart draws, and say what they hold."""
        table_rows = getattr(self.chart, "table_rows", None)
        if not callable(table_rows):
            return
        self.table.set_rows(table_rows(), self.tr("none"))
        summary_of = getattr(self.chart, "table_summary", None)
        summary = summary_of() if callable(summary_of) else ""
        self.table_summary.setText(summary)
        self.table_summary.setVisible(bool(summary))
        self.table.setAccessibleDescription(summary)

    def show_as_table(self, table: bool) -> None:
        """Show the chart's table (True) or the chart again; remembered for the session."""
        if not self.has_table:
            return
        self._table_chosen = table
        (SHOWN_AS_TABLE.add if table else SHOWN_AS_TABLE.discard)(self.name)
        self._name_table_button()
        if self.is_empty:
            return
        had_focus = self.chart.hasFocus() or self.table.hasFocus()
        self.refresh_table()
        shown = self.table_page if table else self.chart
        self.stack.setCurrentWidget(shown)
        if had_focus:  # the keyboard stays on what it was reading, in its other form
            (self.table if table else self.chart).setFocus()

    def _name_table_button(self) -> None:
        title = self.title.text()
        if self._table_chosen:
            self.table_button.setText(self.tr("Show as chart"))
            self.table_button.setAccessibleName(self.tr("Show %1 as a chart").replace("%1", title))
        else:
            self.table_button.setText(self.tr("Show as table"))
            self.table_button.setAccessibleName(self.tr("Show %1 as a table").replace("%1", title))

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


Place = tuple[QWidget, int, int, int, int]  # a widget, its row and column, rows and columns


def cards_page(parent: QWidget, places: Sequence[Place]) -> QScrollArea:
    """The trends and Team windows' page: the summary and the cards on a grid of two columns
    of one width, scrolling. The scroll area has no Tab stop of its own (a nameless filler):
    Tab goes to the charts inside."""
    host = QWidget(parent)
    grid = QGridLayout(host)
    grid.setContentsMargins(0, 0, 4, 0)
    grid.setSpacing(10)
    for widget, row, column, rows, columns in places:
        grid.addWidget(widget, row, column, rows, columns)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    scroller = QScrollArea(parent)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroller.setWidget(host)
    return scroller
