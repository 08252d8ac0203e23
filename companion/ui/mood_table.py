"""The mood log's table model: entries newest first, a page at a time, as the filter keeps them."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QWidget

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import MoodBook, MoodEntry, MoodFilter
from companion.ui.palette import is_high_contrast, stress_colour, text_colour_on

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


def _high_contrast() -> bool:
    return is_high_contrast(QGuiApplication.palette())


class MoodTableModel(QAbstractTableModel):
    """Entries newest first, fetched a page at a time so a long history opens at once.

    Only the entries the current filter keeps are listed; `MoodFilter()` keeps every one.
    """

    COLUMNS = 5

    def __init__(self, clock: Clock, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._vocabulary = vocabulary
        self._book: MoodBook | None = None
        self._entries: list[MoodEntry] = []
        self._filter = MoodFilter()
        self._total = 0  # entries the filter keeps
        self._all = 0  # entries in the book
        self._language = "en"
        self._headers: list[str] = [""] * self.COLUMNS

    def set_book(self, book: MoodBook | None) -> None:
        self._book = book
        self.reload()

    def set_language(self, language: str, headers: list[str]) -> None:
        self._language = language
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 4))

    def set_filter(self, flt: MoodFilter, *, reload: bool = True) -> None:
        self._filter = flt
        if reload:
            self.reload()

    def current_filter(self) -> MoodFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        if self._book is None:
            self._entries, self._total, self._all = [], 0, 0
        else:
            self._all = self._book.count_moods()
            filtered = not self._filter.is_empty
            self._total = self._book.count_moods_matching(self._filter) if filtered else self._all
            self._entries = list(self._book.find_moods(self._filter, PAGE))
        self.endResetModel()

    def entry(self, row: int) -> MoodEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def total(self) -> int:
        """How many entries the filter keeps (all of them are listed as the view scrolls)."""
        return self._total

    def all_count(self) -> int:
        """How many entries there are, filter or not."""
        return self._all

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 (Qt override)
        if self._book is None or parent.isValid():
            return
        more = list(self._book.find_moods(self._filter, PAGE, offset=len(self._entries)))
        if not more:
            self._total = len(self._entries)
            return
        self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries) + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # "Stress: 8", "Note: none"
            return f"{self._headers[column]}: {self._text(entry, column) or self._none}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and entry.note:
            return entry.note
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            if _high_contrast():
                return None  # the number on the table's own colours: 7:1 and more
            return QBrush(stress_colour(entry.stress))
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            if _high_contrast():
                return None
            return QBrush(text_colour_on(stress_colour(entry.stress)))
        if column == 1 and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, entry: MoodEntry, column: int) -> str:
        language = self._language
        if column == 0:
            return self.format_time(entry.at)
        if column == 1:
            return str(entry.stress)
        if column == 2:
            separator = "、" if language == "zh_CN" else ", "
            return separator.join(
                self._vocabulary.emotion(code, language) for code in entry.emotions
            )
        if column == 3:
            return self._vocabulary.category(entry.category, language) if entry.category else ""
        note = entry.note or ""
        return note.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")

    def format_time(self, moment: datetime) -> str:
        """ "Today 14:05", "11-20 Fri 14:05", or "2025-11-20 14:05" for earlier years."""
        zone = self._clock.local_zone()
        local = moment.astimezone(zone)
        today = self._clock.now().astimezone(zone).date()
        clock_time = local.strftime("%H:%M")
        if local.date() == today:
            return f"{self._today} {clock_time}"
        if local.date() == today - timedelta(days=1):
            return f"{self._yesterday} {clock_time}"
        if local.year != today.year:
            return f"{local:%Y-%m-%d} {clock_time}"
        chinese = self._language == "zh_CN"
        locale = QLocale(QLocale.Language.Chinese if chinese else QLocale.Language.English)
        weekday = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{local:%m-%d} {weekday} {clock_time}"

    _today = "Today"
    _yesterday = "Yesterday"
    _none = "none"  # an empty cell, to a screen reader

    def set_day_words(self, today: str, yesterday: str, none: str = "none") -> None:
        self._today, self._yesterday, self._none = today, yesterday, none
