"""Weekday × hour: mean stress (or the number of entries) in each cell, painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from companion.domain.timefmt import weekday_name
from companion.domain.trends import HourCell
from companion.ui.charts.keys import KeyboardChart, step
from companion.ui.charts.style import ORANGE
from companion.ui.charts.words import Rows, mean_phrase, mean_range_summary
from companion.ui.palette import (
    FEW_ENTRIES,
    MANY_ENTRIES,
    high_focus,
    is_high_contrast,
    stress_colour,
    text_colour_on,
)

BAND_SHARE = 0.3  # in high contrast: the share of a cell's height its colour band takes


class CellLook:
    """How a cell is painted: its fill, its number's colour, its border (colour and width; 0
    for none) and, in high contrast, the colour band along its foot (None elsewhere)."""

    def __init__(
        self, fill: QColor, text: QColor, border: QColor, border_width: float, band: QColor | None
    ) -> None:
        self.fill, self.text, self.border = fill, text, border
        self.border_width, self.band = border_width, band


class HeatMap(KeyboardChart):
    """Mean stress (or the number of entries) by weekday and local hour. Arrow keys move the
    marked cell, Enter or a click shows its entries; each cell's tool tip gives mean and n."""

    cell_clicked = Signal(int, int)  # weekday (0 = Monday), hour

    LEFT = 44
    TOP = 22
    WORK_HOURS = range(8, 19)  # always shown: one entry is one cell of a working day
    WIDEST_CELL = 64.0  # pixels; a wide window does not make a few cells into walls

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.show_counts = False
        self._cells: dict[tuple[int, int], HourCell] = {}
        self._hours: list[int] = list(self.WORK_HOURS)
        self._current = (0, self._hours[0])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(360, 200))

    def set_data(self, cells: list[HourCell]) -> None:
        self._cells = {(cell.weekday, cell.hour): cell for cell in cells}
        if cells:
            low = min(min(cell.hour for cell in cells), self.WORK_HOURS[0])
            high = max(max(cell.hour for cell in cells), self.WORK_HOURS[-1])
            self._hours = list(range(low, high + 1))
            busiest = max(cells, key=lambda cell: cell.entries)
            self._current = (busiest.weekday, busiest.hour)
        else:
            self._hours = list(self.WORK_HOURS)
            self._current = (0, self._hours[0])
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
        width = min(width, self.WIDEST_CELL)
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
        light, dark = FEW_ENTRIES, MANY_ENTRIES
        return QColor(
            round(light.red() + (dark.red() - light.red()) * share),
            round(light.green() + (dark.green() - light.green()) * share),
            round(light.blue() + (dark.blue() - light.blue()) * share),
        )

    def cell_look(self, cell: HourCell) -> CellLook:
        """The cell's colour behind its number, except in high contrast: there the number is
        the text's colour on the window's own (black on white or white on black, 21:1, where a
        stress colour gave at most 4.6:1), the colour is a band along the cell's foot, and the
        stress also shows in the border's weight (1 px for 0–2 up to 4 px for 9–10; a count's
        share of the busiest hour likewise), so it is seen without telling colours apart."""
        colour = self._colour(cell)
        palette = self.palette()
        if not is_high_contrast(palette):
            return CellLook(colour, text_colour_on(colour), colour, 0, None)
        if self.show_counts:
            most = max(c.entries for c in self._cells.values())
            level = 10 * cell.entries / most if most else 0
        else:
            level = round(cell.mean)
        weight = 1 + min(int(level // 2.5), 3)  # 1, 2, 3, 4 px
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return CellLook(base, text, text, weight, colour)

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
                look = self.cell_look(cell)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(look.fill)
                painter.drawRect(rect)
                words = rect
                if look.band is not None:  # high contrast: the colour below the number
                    band = rect.height() * BAND_SHARE
                    words = rect.adjusted(0, 0, 0, -band)
                    painter.setBrush(look.band)
                    painter.drawRect(rect.adjusted(0, rect.height() - band, 0, 0))
                if look.border_width:
                    half = look.border_width / 2
                    painter.setPen(QPen(look.border, look.border_width))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(half, half, -half, -half))
                if width >= 24 and height >= 14:
                    painter.setPen(look.text)
                    label = str(cell.entries) if self.show_counts else f"{cell.mean:.0f}"
                    painter.drawText(words, Qt.AlignmentFlag.AlignCenter, label)
        if self.hasFocus() and self._current[1] in self._hours:
            ring = QColor(ORANGE)
            if is_high_contrast(palette):
                ring = high_focus(palette.color(QPalette.ColorRole.Window))
            painter.setPen(QPen(ring, 2.5))
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

    def _move(self, key: int) -> bool:
        weekday, hour = self._current
        column = self._hours.index(hour) if hour in self._hours else 0
        across = step(key, column, len(self._hours) - 1, ends=False)
        down = step(key, weekday, 6, Qt.Key.Key_Up, Qt.Key.Key_Down, ends=False)
        if across is not None:
            column = across
        elif down is not None:
            weekday = down
        else:
            return False
        self._current = (weekday, self._hours[column])
        return True

    def _show_current(self) -> None:
        self.setAccessibleDescription(self.describe(*self._current))
        self.update()

    def _open_current(self) -> None:
        if self._current in self._cells:
            self.cell_clicked.emit(*self._current)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.setAccessibleDescription(self.describe(*self._current))

    def table_rows(self) -> Rows:
        """What the map paints, a row a cell with entries, Monday first, hour by hour."""
        header = [self.tr("Weekday"), self.tr("Hour"), self.tr("Entries"), self.tr("Mean stress")]
        return header, [
            [
                weekday_name(cell.weekday, self.language),
                f"{cell.hour:02d}:00",
                cell.entries,
                cell.mean,
            ]
            for cell in sorted(self._cells.values(), key=lambda c: (c.weekday, c.hour))
        ]

    def table_summary(self) -> str:
        cells = len(self._cells)
        count = (
            self.tr("1 hour with entries")
            if cells == 1
            else self.tr("%1 hours of the week with entries").replace("%1", str(cells))
        )
        return mean_range_summary(
            count, self.tr("mean stress"), [cell.mean for cell in self._cells.values()]
        )

    def rows(self) -> Rows:
        header = ["weekday", "hour", "entries", "mean_stress"]
        names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        return header, [
            [names[cell.weekday], cell.hour, cell.entries, round(cell.mean, 2)]
            for cell in sorted(self._cells.values(), key=lambda c: (c.weekday, c.hour))
        ]
