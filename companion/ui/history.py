"""The mood log window: every entry, newest first, with edit and delete."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.content import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import InvalidMood, MoodBook, MoodEntry, MoodInput
from companion.ui.confirm import confirm_delete, is_delete_key
from companion.ui.mood_form import MoodForm
from companion.ui.palette import stress_colour, text_colour_on

log = logging.getLogger(__name__)

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


class MoodTableModel(QAbstractTableModel):
    """Entries newest first, fetched a page at a time so a long history opens at once."""

    COLUMNS = 5

    def __init__(self, clock: Clock, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._vocabulary = vocabulary
        self._book: MoodBook | None = None
        self._entries: list[MoodEntry] = []
        self._total = 0
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

    def reload(self) -> None:
        self.beginResetModel()
        if self._book is None:
            self._entries, self._total = [], 0
        else:
            self._total = self._book.count_moods()
            self._entries = list(self._book.recent_moods(PAGE))
        self.endResetModel()

    def entry(self, row: int) -> MoodEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 (Qt override)
        if self._book is None or parent.isValid():
            return
        more = list(self._book.recent_moods(PAGE, offset=len(self._entries)))
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and entry.note:
            return entry.note
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(stress_colour(entry.stress))
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
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

    def set_day_words(self, today: str, yesterday: str) -> None:
        self._today, self._yesterday = today, yesterday


class EditMoodDialog(QDialog):
    """Edit one entry: its time and every value."""

    def __init__(self, vocabulary: Vocabulary, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editMood")
        self._clock = clock
        self.entry: MoodEntry | None = None
        self.when_label = QLabel(self)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_label.setBuddy(self.when)
        self.form = MoodForm(vocabulary, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.when_label)
        row.addWidget(self.when, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(row)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.accept)
        self.installEventFilter(self.form)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Digits set the stress at once, as in the quick log; Tab or Alt+W reach the time.
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Edit entry · Companion"))
        self.when_label.setText(self.tr("&When"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.form.retranslate(language)

    def load(self, entry: MoodEntry) -> None:
        self.entry = entry
        self.when.setMaximumDateTime(QDateTime.currentDateTime())
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())))
        self.form.set_values(entry.stress, entry.emotions, entry.category, entry.note)

    def values(self) -> MoodInput:
        """The edited values; raises InvalidMood naming the first bad one."""
        now = self._clock.now()
        at = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), tz=now.tzinfo)
        if self.entry is not None and abs((at - self.entry.at).total_seconds()) < 60:
            at = self.entry.at  # unchanged to the minute: keep the exact original time
        return self.form.mood_input(at=at, now=now)


class HistoryWindow(QWidget):
    """Recent entries, and every older one as the list scrolls; edit or delete any."""

    new_entry_requested = Signal()
    reframe_requested = Signal(object)  # the MoodEntry to start a thought record from

    def __init__(
        self,
        book: Callable[[], MoodBook | None],
        clock: Clock,
        vocabulary: Vocabulary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self._book = book
        self._language = "en"
        self.model = MoodTableModel(clock, vocabulary, self)
        self.editor = EditMoodDialog(vocabulary, clock, self)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 56, 170, 120)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.reframe_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reframe_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.new_button.clicked.connect(self.new_entry_requested)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.reframe_button.clicked.connect(self._reframe_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.editor.accepted.connect(self._save_edit)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(lambda *_: self._update_state())
        self.resize(760, 480)
        self.retranslate("en")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and is_delete_key(event):
            self.delete_selected()
            return True
        return False

    # -- language ----------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self._language = language
        self.setWindowTitle(self.tr("Mood log · Companion"))
        self.title.setText(self.tr("Your mood log"))
        self.model.set_day_words(self.tr("Today"), self.tr("Yesterday"))
        self.model.set_language(
            language,
            [
                self.tr("When"),
                self.tr("Stress"),
                self.tr("Emotions"),
                self.tr("Call type"),
                self.tr("Note"),
            ],
        )
        self.table.setAccessibleName(self.tr("Mood entries, newest first"))
        self.empty.setText(
            self.tr(
                "No entries yet.\n\nAfter a difficult call, choose “Log mood” in the tray menu: "
                "press a number for your stress, pick how you feel, and press Enter. "
                "Your entries will appear here, newest first."
            )
        )
        self.new_button.setText(self.tr("&Log mood…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.reframe_button.setText(self.tr("Re&frame…"))
        self.reframe_button.setToolTip(
            self.tr("Look at the thought behind this entry with a reframing exercise")
        )
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Del)"))
        self.editor.retranslate(language)
        self._update_state()

    # -- state -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_book(self._book())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()  # the command line may have added entries meanwhile
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.hide()
        event.ignore()

    def _update_state(self) -> None:
        total = self.model.total()
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self.summary.setText(self.tr("%n entries", "", total) if total else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.selected_entry() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.reframe_button.setEnabled(has_selection)

    def selected_entry(self) -> MoodEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # -- edit and delete ---------------------------------------------------------------------

    def _reframe_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.reframe_requested.emit(entry)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.editor.load(entry)
        self.editor.open()

    def _save_edit(self) -> None:
        book = self._book()
        entry = self.editor.entry
        if book is None or entry is None:
            return
        try:
            values = self.editor.values()
        except InvalidMood as error:
            self.editor.form.show_problem(error)
            self.editor.open()
            return
        try:
            book.update_mood(entry.id, values)
        except Exception:
            log.exception("updating mood entry %s failed", entry.id)
            self.editor.form.show_error(self.tr("The change could not be saved. Please try again."))
            self.editor.open()
            return
        self._reload_keeping(entry.id)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        confirm_delete(
            self,
            self.tr("Delete entry?"),
            self.tr("Delete the entry from %1 (stress %2)? This cannot be undone.")
            .replace("%1", self.model.format_time(entry.at))
            .replace("%2", str(entry.stress)),
            self.tr("Delete"),
            "confirmDelete",
            lambda: self._delete(entry.id),
        )

    def _delete(self, entry_id: uuid.UUID) -> None:
        book = self._book()
        if book is None:
            return
        row = self.table.selectionModel().selectedRows()
        position = row[0].row() if row else 0
        book.delete_mood(entry_id)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(position, self.model.rowCount() - 1))

    def _reload_keeping(self, entry_id: uuid.UUID) -> None:
        self.refresh()
        for row in range(self.model.rowCount()):
            found = self.model.entry(row)
            if found is not None and found.id == entry_id:
                self.table.selectRow(row)
                return
