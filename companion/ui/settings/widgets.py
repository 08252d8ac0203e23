"""What the settings tabs share: the bounds and texts of the settings file, and small widgets.

`spec_bounds` reads a number's range from `companion.settings.SPECS`, `DateList` is the list of
days off or extra working days, and the helpers
make a bounded spin box, an error line and the weekday names every tab spells the same way.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.settings import SPECS
from companion.ui.widgets import DateEdit

_BOUNDS = re.compile(r"from (-?\d+) to (-?\d+)")


def spec_bounds(key: str) -> tuple[int, int]:
    """The lowest and highest whole number a numeric setting accepts, as SPECS states them."""
    match = _BOUNDS.search(SPECS[key].allowed)
    if match is None:
        raise KeyError(f"{key} is not a bounded number")
    return int(match.group(1)), int(match.group(2))


def plain(text: str) -> str:
    """A label without its mnemonic marker, for an accessible name: `工作日(&W)` -> `工作日`."""
    return (
        re.sub(r"\s*[((]&.[))]", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    )


def spin_box(parent: QWidget, key: str) -> QSpinBox:
    """A spin box for a numeric setting that stops at the bounds the file allows."""
    spin = QSpinBox(parent)
    low, high = spec_bounds(key)
    spin.setRange(low, high)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumWidth(110)
    return spin


def error_label(parent: QWidget) -> QLabel:
    """A hidden line that says what is wrong with a field, styled as an error."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def weekday_names() -> tuple[list[str], list[str]]:
    """The short and the full names of the days, Monday first, in the current language."""
    short = [
        QCoreApplication.translate("SettingsDialog", "Mon"),
        QCoreApplication.translate("SettingsDialog", "Tue"),
        QCoreApplication.translate("SettingsDialog", "Wed"),
        QCoreApplication.translate("SettingsDialog", "Thu"),
        QCoreApplication.translate("SettingsDialog", "Fri"),
        QCoreApplication.translate("SettingsDialog", "Sat"),
        QCoreApplication.translate("SettingsDialog", "Sun"),
    ]
    full = [
        QCoreApplication.translate("SettingsDialog", "Monday"),
        QCoreApplication.translate("SettingsDialog", "Tuesday"),
        QCoreApplication.translate("SettingsDialog", "Wednesday"),
        QCoreApplication.translate("SettingsDialog", "Thursday"),
        QCoreApplication.translate("SettingsDialog", "Friday"),
        QCoreApplication.translate("SettingsDialog", "Saturday"),
        QCoreApplication.translate("SettingsDialog", "Sunday"),
    ]
    return short, full


class DateList(QWidget):
    """A sorted list of dates without duplicates: pick one and Add; Remove or Delete removes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.picker = DateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.picker.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.picker.setDate(QDate.currentDate())
        self.label.setBuddy(self.picker)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(64)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        picker_row = QHBoxLayout()
        picker_row.setSpacing(6)
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(picker_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(remove_row)
        self._dates: list[date] = []
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.picker.installEventFilter(self)
        self.list.installEventFilter(self)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.picker and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_picked()  # Enter in the date adds it rather than saving the whole dialog
            return True
        if watched is self.list and (
            event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return False

    def set_texts(self, label: str, add: str, remove: str, what: str) -> None:
        """`what` names the list for screen readers, e.g. "Days off"."""
        self.label.setText(label)
        self.add_button.setText(add)
        self.remove_button.setText(remove)
        self.picker.setAccessibleName(self.tr("%1: date to add").replace("%1", what))
        self.list.setAccessibleName(what)
        self.add_button.setAccessibleName(self.tr("Add the date to %1").replace("%1", what))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected date from %1 (Del)").replace("%1", what)
        )
        self.remove_button.setToolTip(self.tr("Remove the selected date (Del)"))
        self._refill(self.selected())

    def dates(self) -> list[date]:
        return list(self._dates)

    def set_dates(self, dates: list[date]) -> None:
        self._dates = sorted(set(dates))
        self._refill(None)

    def selected(self) -> date | None:
        row = self.list.currentRow()
        items = self.list.selectedItems()
        return self._dates[row] if items and 0 <= row < len(self._dates) else None

    def add(self, day: date) -> None:
        """Add a date (kept once) and select it."""
        if day not in self._dates:
            self._dates = sorted({*self._dates, day})
            self._refill(day)
            self.changed.emit()
        else:
            self._refill(day)

    def add_picked(self) -> None:
        picked = self.picker.date()
        self.add(date(picked.year(), picked.month(), picked.day()))

    def remove_selected(self) -> None:
        day = self.selected()
        if day is None:
            return
        position = self._dates.index(day)
        self._dates.remove(day)
        following = self._dates[min(position, len(self._dates) - 1)] if self._dates else None
        self._refill(following)
        self.changed.emit()

    def _refill(self, select: date | None) -> None:
        locale = QLocale()
        self.list.clear()
        for day in self._dates:
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{day:%Y-%m-%d}  {weekday}", self.list)
            if day == select:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)


def tab_layout(tab: QWidget, *groups: QWidget, spacing: int = 10) -> QVBoxLayout:
    """A tab's page: its groups one under the other (then the rest of the page empty)."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(10, 10, 10, 10)
    layout.setSpacing(spacing)
    for group in groups:
        layout.addWidget(group)
    if groups:
        layout.addStretch(1)
    return layout
