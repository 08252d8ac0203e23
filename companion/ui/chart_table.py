"""A chart's figures as a table a screen reader reads cell by cell (its *Show as table* view).

The rows come from the chart's own `table_rows()`: the figures it draws, read from what it
holds, never computed again. Numbers keep the chart's one decimal; an empty cell shows "–".
Tab enters the table and the next Tab leaves it (no Tab trap); arrow keys move from cell to
cell, and each cell is read with its row and its column ("23 Nov 2026, Mean stress: 5.3").
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from companion.ui.charts.words import Rows, mean_text

EMPTY = "–"


def cell_text(value: object) -> str:
    """What a cell shows: a mean with the chart's one decimal, a count as it is, "–" for none."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, float):
        return mean_text(value)
    return str(value)


def two_lines(text: str) -> str:
    """`text` broken at the space nearest its middle ("Cut short\nby work"); a name without a
    space (one word, or Chinese) as it is."""
    spaces = [index for index, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda index: abs(index - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


class ChartTable(QTableWidget):
    """Read-only rows of a chart, one column a figure, with named column headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)  # figures beside their names
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self._rows: Rows = ([], [])
        self._wrapped = False

    def set_rows(self, rows: Rows, none: str) -> None:
        """Show `rows` (column names, then rows of figures); `none` names an empty cell for a
        screen reader ("none")."""
        self._rows = rows
        header, found = rows
        current = self.currentRow(), self.currentColumn()
        self.clear()
        self.setColumnCount(len(header))
        self.setRowCount(len(found))
        self._wrapped = False
        self.setHorizontalHeaderLabels(header)
        for row, values in enumerate(found):
            first = cell_text(values[0]) if values else ""
            for column, value in enumerate(values):
                shown = cell_text(value)
                item = QTableWidgetItem(shown)
                heard = none if shown == EMPTY else shown
                said = self.tr("%1: %2").replace("%1", header[column]).replace("%2", heard)
                if column > 0:
                    said = self.tr("%1, %2").replace("%1", first).replace("%2", said)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
                if value is None or isinstance(value, int | float):  # figures, or none
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        if found:  # arrow keys start from a cell (the one they were on, if still there)
            row, column = current
            in_range = 0 <= row < len(found) and 0 <= column < len(header)
            index = self.model().index(row if in_range else 0, column if in_range else 0)
            # current, not selected: no table marks a cell until the keyboard is in it
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

        self._fit_header()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_header()

    def _fit_header(self) -> None:
        """Column names of several words take two lines when the columns would not otherwise
        fit the table's width (a half-width card at 1024×600): every figure stays in sight."""
        header = self._rows[0]
        widths = [
            max(self.sizeHintForColumn(column), self._label_width(header[column]))
            for column in range(len(header))
        ]
        wrap = sum(widths) > self.viewport().width()
        if wrap != self._wrapped:
            self._wrapped = wrap
            self.setHorizontalHeaderLabels([two_lines(t) if wrap else t for t in header])

    def _label_width(self, text: str) -> int:
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4
        return self.horizontalHeader().fontMetrics().horizontalAdvance(text) + margin

    def rows(self) -> Rows:
        """The rows shown, as the chart gave them."""
        return self._rows

    def shown_rows(self) -> list[list[str]]:
        """What each cell shows, row by row."""
        return [
            [self._text(self.item(row, column)) for column in range(self.columnCount())]
            for row in range(self.rowCount())
        ]

    def header_labels(self) -> list[str]:
        """The columns' names (on one line, as a screen reader says them)."""
        return [
            " ".join(self._text(self.horizontalHeaderItem(column)).split())
            for column in range(self.columnCount())
        ]

    @staticmethod
    def _text(item: QTableWidgetItem | None) -> str:
        return "" if item is None else item.text()
