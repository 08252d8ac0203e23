"""The mood log window: every entry, newest first, with search, filters, edit and delete.

The table's model is in `mood_table`, the edit dialog in `edit_mood`, and the words for a
scope the dashboard opens the log on in `mood_scope`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.mood import (
    CATEGORIES,
    EMOTIONS,
    InvalidMood,
    MoodBook,
    MoodEntry,
    MoodFilter,
)
from companion.ui.confirm import confirm_delete, is_delete_key
from companion.ui.edit_mood import EditMoodDialog
from companion.ui.mood_scope import scope_in_words
from companion.ui.mood_table import MoodTableModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # typing pauses this long before the list follows the search field
_CHIP_STYLE = (
    "QFrame#scopeChip { border: 1px solid palette(mid); border-radius: 11px;"
    " background: palette(alternate-base); }"
)


class HistoryWindow(QWidget):
    """Recent entries, and every older one as the list scrolls; search, filter, edit, delete.

    Above the list: a search field for the notes, a call-type and an emotion filter, and (when
    the dashboard opened the log on a day, a range or a weekday and hour) a removable chip
    naming that scope.
    """

    new_entry_requested = Signal()
    reframe_requested = Signal(object)  # the MoodEntry to start a thought record from
    entry_edited = Signal(object)  # the MoodEntry as changed in the edit dialog

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
        self._clock = clock
        self._vocabulary = vocabulary
        self._language = "en"
        self._scope = MoodFilter()  # since, until, weekday and hour, from outside
        self._scope_description = ""  # as given; empty: described here
        self.model = MoodTableModel(clock, vocabulary, self)
        self.editor = EditMoodDialog(vocabulary, clock, self)
        self.title = QLabel(self)
        self.title.setObjectName("title")

        self._build_filters()
        self._build_scope_chip()
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self._build_table()
        self._build_empty_pages()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.reframe_button = QPushButton(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.emotion)
        status = QHBoxLayout()
        status.addWidget(self.chip)
        status.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reframe_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        for earlier, later in (
            (self.search, self.category),
            (self.category, self.emotion),
            (self.emotion, self.chip_clear),
            (self.chip_clear, self.table),
            (self.table, self.clear_filters_button),
            (self.clear_filters_button, self.new_button),
        ):
            self.setTabOrder(earlier, later)

        self._connect()
        self.resize(760, 480)
        self.retranslate("en")

    def _build_filters(self) -> None:
        """The search of the notes (applied a moment after the typing stops) and the call-type and
        emotion filters."""
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.emotion = QComboBox(self)
        self.emotion.setObjectName("emotionFilter")
        self.emotion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)

    def _build_scope_chip(self) -> None:
        """The chip naming the scope the dashboard opened the log on, with its × (hidden without
        one)."""
        self.chip = QFrame(self)
        self.chip.setObjectName("scopeChip")
        self.chip.setStyleSheet(_CHIP_STYLE)
        self.chip_label = QLabel(self.chip)
        self.chip_clear = QToolButton(self.chip)
        self.chip_clear.setObjectName("scopeChipClear")
        self.chip_clear.setText("×")
        self.chip_clear.setAutoRaise(True)
        self.chip_clear.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(10, 1, 2, 1)
        chip_layout.setSpacing(2)
        chip_layout.addWidget(self.chip_label)
        chip_layout.addWidget(self.chip_clear)
        self.chip.hide()

    def _build_table(self) -> None:
        """The entries' table: a row an entry, selected whole; Tab leaves it."""
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (arrows move within it): QTableView would walk Tab cell by cell
        # and never let a keyboard user out.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 56, 170, 120)):
            self.table.setColumnWidth(column, width)

    def _build_empty_pages(self) -> None:
        """What the list's place shows without entries, and when no entry matches (with Clear
        filters)."""
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.no_match = QWidget(self)
        self.no_match.setObjectName("noMatch")
        self.no_match_label = QLabel(self.no_match)
        self.no_match_label.setWordWrap(True)
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_filters_button = QPushButton(self.no_match)
        no_match_layout = QVBoxLayout(self.no_match)
        no_match_layout.setContentsMargins(24, 24, 24, 24)
        no_match_layout.addStretch(1)
        no_match_layout.addWidget(self.no_match_label)
        no_match_layout.addSpacing(8)
        no_match_layout.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignHCenter)
        no_match_layout.addStretch(1)

    def _connect(self) -> None:
        """The keys, the filters' changes, the buttons and the table's and the model's signals."""
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # the search keeps its Esc
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.installEventFilter(self)
        self._debounce.timeout.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(lambda _index: self._apply_filter())
        self.emotion.currentIndexChanged.connect(lambda _index: self._apply_filter())
        self.chip_clear.clicked.connect(self.clear_scope)
        self.clear_filters_button.clicked.connect(self.clear_filters)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and is_delete_key(event):
            self.delete_selected()
            return True
        if watched is self.search and isinstance(event, QKeyEvent):
            return self._search_key(event)
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        """Esc clears the search (a second Esc goes back to the list, or closes the window when
        there is none); ↓ and Enter go to the list."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc belongs to the field, not to a window shortcut
            return True
        if event.type() != QEvent.Type.KeyPress or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
                self._apply_filter()
            elif self.table.isVisible():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            else:  # no list to go back to: Esc closes, as everywhere else
                self.close()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._debounce.isActive():
                self._apply_filter()
            if self.model.rowCount():
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # -- language ----------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self._language = language
        self.setWindowTitle(self.tr("Mood log · Companion"))
        self.title.setText(self.tr("Mood log"))
        self.model.set_day_words(
            self.tr("Today"), self.tr("Yesterday"), self.tr("none", "an empty cell, spoken")
        )
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
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setToolTip(self.tr("Search the notes (Ctrl+F); Esc clears the search"))
        self._fill_combo(
            self.category,
            self.tr("All call types"),
            [(code, self._vocabulary.category(code, language)) for code in CATEGORIES],
        )
        self.category.setAccessibleName(self.tr("Show call type"))
        self._fill_combo(
            self.emotion,
            self.tr("All emotions"),
            [(code, self._vocabulary.emotion(code, language)) for code in EMOTIONS],
        )
        self.emotion.setAccessibleName(self.tr("Show emotion"))
        self.empty.setText(
            self.tr(
                "No entries yet.\n\nAfter a difficult contact, choose “Log mood” in the tray menu: "
                "press a number for your stress, pick how you feel, and press Enter. "
                "Your entries will appear here, newest first."
            )
        )
        self.no_match_label.setText(
            self.tr(
                "No entries match.\n\nTry other words, or clear the filters to see every entry."
            )
        )
        self.clear_filters_button.setText(self.tr("&Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.chip_clear.setToolTip(self.tr("Show every date and time"))
        self._show_scope()
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

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """(Re)label a filter's choices, keeping the one chosen; no change is signalled."""
        chosen = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(blocked)

    # -- filters -----------------------------------------------------------------------------

    def current_filter(self) -> MoodFilter:
        """What the search field, the two filters and the scope chip keep, together."""
        category = self.category.currentData()
        emotion = self.emotion.currentData()
        return replace(
            self._scope,
            text=self.search.text().strip(),
            category=category if isinstance(category, str) else None,
            emotion=emotion if isinstance(emotion, str) else None,
        )

    def show_filtered(self, flt: MoodFilter, description: str = "") -> None:
        """Open the log on the entries `flt` keeps, e.g. those behind a point of a chart.

        Its text, call type and emotion go to the search field and the filters; its dates,
        weekday and hour become a chip named `description` (described here when empty) that
        the person can remove.
        """
        for combo, code in ((self.category, flt.category), (self.emotion, flt.emotion)):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(code), 0) if code is not None else 0)
            combo.blockSignals(blocked)
        blocked = self.search.blockSignals(True)
        self.search.setText(flt.text)
        self.search.blockSignals(blocked)
        self._debounce.stop()
        self._scope = MoodFilter(
            since=flt.since, until=flt.until, weekday=flt.weekday, hour=flt.hour
        )
        self._scope_description = description
        self._show_scope()
        if self.isVisible():
            self.model.set_filter(self.current_filter())
            self._select_first()
        else:
            self.model.set_filter(self.current_filter(), reload=False)
            self.show()  # showEvent reads the entries
        self.raise_()
        self.activateWindow()

    def clear_scope(self) -> None:
        """Remove the chip: every date, weekday and hour again (search and filters stay)."""
        had_focus = self.chip_clear.hasFocus()
        self._scope = MoodFilter()
        self._scope_description = ""
        self._show_scope()
        self._apply_filter()
        if had_focus:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_filters(self) -> None:
        """Every entry again: no search, no call type, no emotion, no scope."""
        for combo in (self.category, self.emotion):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(blocked)
        blocked = self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(blocked)
        self._scope = MoodFilter()
        self._scope_description = ""
        self._show_scope()
        self._apply_filter()
        self._select_first()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt != self.model.current_filter():
            self.model.set_filter(flt)
            self._select_first()

    def _show_scope(self) -> None:
        if self._scope.is_empty:
            self.chip.hide()
            return
        text = self._scope_description or self.describe_scope(self._scope)
        self.chip_label.setText(text)
        self.chip.setAccessibleName(self.tr("Showing only: %1").replace("%1", text))
        self.chip_clear.setAccessibleName(self.tr("Remove the filter “%1”").replace("%1", text))
        self.chip.show()

    def describe_scope(self, flt: MoodFilter) -> str:
        """The dates, weekday and hour of `flt` in words, in the window's language:
        "Tue 24 Nov 2026", "Mondays, 15:00–16:00" ("周一 15:00–16:00")."""
        return scope_in_words(flt, self._language, self._clock.local_zone())

    # -- state -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_book(self._book())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()  # the command line may have added entries meanwhile
        self._select_first()
        self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.hide()
        event.ignore()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_state(self) -> None:
        total, everything = self.model.total(), self.model.all_count()
        filtered = not self.model.current_filter().is_empty
        if not everything:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table if total else self.no_match)
        if not everything:
            self.summary.setText("")
        elif filtered:  # English has no plural forms without a .qm: "1 entry" is its own text
            shown = (
                self.tr("%1 of 1 entry")
                if everything == 1
                else self.tr("%1 of %n entries", "", everything)
            )
            self.summary.setText(shown.replace("%1", str(total)))
        else:
            self.summary.setText(
                self.tr("1 entry") if everything == 1 else self.tr("%n entries", "", everything)
            )
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
            changed = book.update_mood(entry.id, values)
        except Exception:
            log.exception("updating mood entry %s failed", entry.id)
            self.editor.form.show_error(self.tr("The change could not be saved. Please try again."))
            self.editor.open()
            return
        self._reload_keeping(entry.id)
        self.entry_edited.emit(changed)

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
