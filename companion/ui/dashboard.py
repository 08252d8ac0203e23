"""The trends dashboard: how stress moved over weeks, when and why it rises, what brings it down.

The window only shows a `domain.trends.Dashboard` it is handed and forwards what the reader asks
for (another range, the entries behind a point, an export); it never touches the store. Each
chart sits on a `chart_card.ChartCard`; the cards' texts and the summary are in
`dashboard_words`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.checkin import LOW_RAW_BELOW
from companion.domain.clock import Clock
from companion.domain.mood import MoodFilter
from companion.domain.timefmt import day_start, format_day
from companion.domain.trends import PRESETS, Dashboard, DateRange, preset_range
from companion.ui.chart_card import CardExports, ChartCard, cards_page
from companion.ui.charts import (
    BreaksPerWeek,
    HeatMap,
    StressBars,
    StressOverTime,
    WellbeingOverTime,
    WhatHelps,
)
from companion.ui.dashboard_words import card_texts, summary_text
from companion.ui.goal_chart import GoalWeeks
from companion.ui.range_bar import RangeBar
from companion.ui.screen_fit import centred_message, scrolled
from companion.ui.widgets import DateEdit

log = logging.getLogger(__name__)

LoadDashboard = Callable[[DateRange, date], Dashboard | None]
WELCOME_WIDTH = 640  # pixels: the longest line of the welcome a newcomer reads


class DashboardWindow(QWidget):
    """Ranges, a summary in sentences, and six charts; a welcome for a new user."""

    entries_requested = Signal(object)  # the MoodFilter of the entries behind a point
    log_requested = Signal()

    def __init__(
        self,
        load: LoadDashboard,
        first_entry_day: Callable[[], date | None],
        clock: Clock,
        vocabulary: Vocabulary,
        exercise_name: Callable[[str, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._load = load
        self._first_entry_day = first_entry_day
        self._clock = clock
        self._vocabulary = vocabulary
        self._exercise_name = exercise_name
        self.language = "en"
        self.preset = "4w"
        self.board: Dashboard | None = None

        self._build_heading()
        self._build_charts()
        self._build_grid()
        self._build_welcome()
        self.nothing, self.nothing_text, self.nothing_button = centred_message(self, 9)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.scroller)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.nothing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addLayout(self._heading)
        layout.addWidget(self.pages, 1)

        self._connect()
        self.setMinimumSize(900, 560)
        self.resize(1240, 760)
        self._show_custom_edits()
        self.retranslate("en")

    def _build_heading(self) -> None:
        """The title, then the ranges: a chip a preset, and the custom range's two dates."""
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.range_bar = RangeBar[str]((*PRESETS, "custom"), self.preset, self)
        self.range_bar.chosen.connect(self.set_preset)
        self.range_buttons = self.range_bar.buttons
        self.range_group = self.range_bar.group
        self._custom_timer = QTimer(self)
        self._custom_timer.setSingleShot(True)
        self._custom_timer.setInterval(300)
        self._custom_timer.timeout.connect(self._custom_changed)
        self.from_edit = DateEdit(self)
        self.to_edit = DateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self._custom_timer.start())
        self.to_label = QLabel("–", self)
        ranges = self.range_bar.row
        ranges.addSpacing(8)
        ranges.addWidget(self.from_edit)
        ranges.addWidget(self.to_label)
        ranges.addWidget(self.to_edit)
        ranges.addStretch(1)
        self._heading = QHBoxLayout()
        self._heading.addWidget(self.title)
        self._heading.addSpacing(16)
        self._heading.addWidget(self.range_bar, 1)

    def _build_charts(self) -> None:
        """The summary, the charts and a card for each (its title, notes, table and export)."""
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.over_time = StressOverTime(self)
        self.heat_map = HeatMap(self)
        self.categories = StressBars(self)
        self.emotions = StressBars(self)
        self.breaks = BreaksPerWeek(self)
        self.helps = WhatHelps(self)
        self.wellbeing = WellbeingOverTime(LOW_RAW_BELOW * 4, self)
        self.goal_weeks = GoalWeeks(self)
        self.heat_mode = QComboBox(self)
        self.cards = {
            "stress-over-time": ChartCard(
                "stress-over-time", self.over_time, self.over_time.rows, self
            ),
            "weekday-hour": ChartCard("weekday-hour", self.heat_map, self.heat_map.rows, self),
            "call-types": ChartCard("call-types", self.categories, self.categories.rows, self),
            "emotions": ChartCard("emotions", self.emotions, self.emotions.rows, self),
            "breaks": ChartCard("breaks", self.breaks, self.breaks.rows, self),
            "what-helps": ChartCard("what-helps", self.helps, self.helps.rows, self),
            "wellbeing": ChartCard("wellbeing", self.wellbeing, self.wellbeing.rows, self),
            "goals": ChartCard("goals", self.goal_weeks, self.goal_weeks.rows, self),
        }
        heat_card = self.cards["weekday-hour"]
        heat_card.layout().itemAt(0).layout().insertWidget(1, self.heat_mode)  # type: ignore[union-attr]
        self.exports = CardExports(self.cards.values(), self._today)
        self.cards["stress-over-time"].setMinimumHeight(400)
        for name in ("weekday-hour", "call-types", "emotions", "breaks", "what-helps", "wellbeing"):
            self.cards[name].setMinimumHeight(290)

    def _build_grid(self) -> None:
        """The summary and the cards in two columns, in a page that scrolls."""
        cards = self.cards
        self.scroller = cards_page(
            self,
            [
                (self.summary, 0, 0, 1, 2),
                (cards["stress-over-time"], 1, 0, 1, 2),
                (cards["weekday-hour"], 2, 0, 1, 1),
                (cards["call-types"], 2, 1, 1, 1),
                (cards["breaks"], 3, 0, 1, 1),
                (cards["emotions"], 3, 1, 1, 1),
                (cards["what-helps"], 4, 0, 1, 2),
                (cards["wellbeing"], 5, 0, 1, 2),
                (cards["goals"], 6, 0, 1, 2),
            ],
        )

    def _build_welcome(self) -> None:
        """The welcome a new user reads (its words wrap: a wrapped label laid out with an
        alignment keeps one width and cuts its lines) and scroll when the window is short."""
        welcome_host = QWidget(self)
        self.welcome_title = QLabel(welcome_host)
        self.welcome_title.setObjectName("title")
        self.welcome_title.setWordWrap(True)
        self.welcome_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.welcome_text = QLabel(welcome_host)
        self.welcome_text.setWordWrap(True)
        self.welcome_button = QPushButton(welcome_host)
        column = QVBoxLayout()
        column.addWidget(self.welcome_title)
        column.addSpacing(8)
        column.addWidget(self.welcome_text)
        column.addSpacing(12)
        column.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignHCenter)
        # Lines of a readable length: the side margins grow with the window (see
        # resizeEvent). A maximum width on the label would cut it: the layout would measure
        # its height at the wider width it offers.
        self._welcome_layout = QVBoxLayout(welcome_host)
        self._welcome_layout.setContentsMargins(24, 24, 24, 24)
        self._welcome_layout.addStretch(1)
        self._welcome_layout.addLayout(column)
        self._welcome_layout.addStretch(2)
        self.welcome = scrolled(welcome_host, self)

    def _connect(self) -> None:
        """The pages' buttons, the charts' clicks and the window's keys."""
        self.welcome_button.clicked.connect(self.log_requested)
        self.nothing_button.clicked.connect(lambda: self.set_preset("all"))
        self.heat_mode.currentIndexChanged.connect(
            lambda index: self.heat_map.set_show_counts(index == 1)
        )
        self.over_time.day_clicked.connect(self._show_day)
        self.heat_map.cell_clicked.connect(self._show_cell)
        self.categories.group_clicked.connect(self._show_category)
        self.emotions.group_clicked.connect(self._show_emotion)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)

    # -- what the app asks ------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self.language = language
        self.setWindowTitle(self.tr("Trends · Companion"))
        self.title.setText(self.tr("Your stress over time"))
        names = {
            "4w": self.tr("4 weeks"),
            "12w": self.tr("12 weeks"),
            "1y": self.tr("1 year"),
            "all": self.tr("All"),
            "custom": self.tr("Custom"),
        }
        for index, (preset, text) in enumerate(names.items()):
            button = self.range_buttons[preset]
            button.setText(text)
            button.setAccessibleName(self.tr("Show %1").replace("%1", text))
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(index + 1)))
        # The trends window's one date style (23 Nov 2026 / 2026年11月23日), the calendar too.
        chinese = language == "zh_CN"
        locale = QLocale(
            QLocale.Language.Chinese if chinese else QLocale.Language.English,
            QLocale.Country.China if chinese else QLocale.Country.UnitedKingdom,
        )
        for edit in (self.from_edit, self.to_edit):
            edit.setLocale(locale)
            edit.setDisplayFormat("yyyy年M月d日" if chinese else "d MMM yyyy")
        self.from_edit.setAccessibleName(self.tr("First day of the range"))
        self.to_edit.setAccessibleName(self.tr("Last day of the range"))
        self.heat_mode.blockSignals(True)
        current = max(self.heat_mode.currentIndex(), 0)
        self.heat_mode.clear()
        self.heat_mode.addItems([self.tr("Mean stress"), self.tr("Entries")])
        self.heat_mode.setCurrentIndex(current)
        self.heat_mode.blockSignals(False)
        self.heat_mode.setAccessibleName(self.tr("Colour the cells by"))
        for name, (title, hint) in card_texts().items():
            self.cards[name].set_texts(title, hint)
        self.goal_weeks.set_language(language)
        self.wellbeing.set_names(self.tr("Check-in score"), self.tr("Low below 52"))
        self.wellbeing.set_language(language)
        self.over_time.set_names(
            self.tr("Daily mean"), self.tr("7-day mean"), self.tr("Weekly mean"), self.tr("Entries")
        )
        self.over_time.set_language(language)
        self.heat_map.language = language
        self.breaks.set_language(language)
        self.breaks.set_names(self._outcome_names())
        self.helps.set_names(self.tr("Before"), self.tr("After"))
        self.categories.set_group_name(self.tr("Call type"))
        self.emotions.set_group_name(self.tr("Emotion"))
        self.welcome_title.setText(self.tr("Your trends will appear here"))
        self.welcome_text.setText(
            self.tr(
                "Each time you log your mood, Companion adds it here: how your stress moves "
                "from week to week, the hours and call types that weigh most, "
                "and whether breaks and exercises bring it down.\n\n"
                "A few entries a day are enough; after a week the first patterns show."
            )
        )
        self.welcome_button.setText(self.tr("&Log your mood now"))
        self.nothing_button.setText(self.tr("Show &all time"))
        self.refresh()

    def refresh(self) -> None:
        """Load the current range again and redraw."""
        span = self.current_range()
        board = self._load(span, self._today())
        if board is None:
            return
        self.show_board(board)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        new_user = (
            board.all_entries == 0
            and not board.breaks
            and not board.exercises
            and not board.check_ins
        )
        self.range_bar.setVisible(not new_user)  # nothing to choose between yet
        if new_user:
            self.pages.setCurrentWidget(self.welcome)
            return
        span = board.range
        if board.entries == 0 and not board.breaks and not board.exercises and not board.check_ins:
            self.nothing_text.setText(
                self.tr("Nothing was logged from %1 to %2.\n\nYour entries start on %3.")
                .replace("%1", format_day(span.first, self.language))
                .replace("%2", format_day(span.last, self.language))
                .replace("%3", self._first_day_text())
            )
            self.pages.setCurrentWidget(self.nothing)
            return
        self.pages.setCurrentWidget(self.scroller)
        self.summary.setText(summary_text(board, self._category_label))
        no_entries = self.tr("No mood entries in this range.")
        self.over_time.set_data(board.days, board.rolling, board.weekly, span.first, span.last)
        self.cards["stress-over-time"].set_empty(None if board.days else no_entries)
        self.heat_map.set_data(board.cells)
        self.cards["weekday-hour"].set_empty(None if board.cells else no_entries)
        self.categories.set_data(board.categories, self._category_label)
        self.cards["call-types"].set_empty(None if board.categories else no_entries)
        self.emotions.set_data(board.emotions, self._emotion_label)
        self.cards["emotions"].set_empty(
            None if board.emotions else self.tr("No entries in this range name an emotion.")
        )
        self.breaks.set_data(board.breaks, span.first, span.last)
        self.cards["breaks"].set_empty(
            None if board.breaks else self.tr("No breaks were offered in this range.")
        )
        self.helps.set_data(
            board.exercises,
            board.after_breaks,
            lambda kind: self._exercise_name(kind, self.language),
            self._after_break_label,
        )
        self.goal_weeks.set_data(board.goal_weeks)
        self.cards["goals"].set_empty(
            None
            if board.goal_weeks
            else self.tr("No goals chosen. Pick a few in the tray menu: My plan…")
        )
        self.wellbeing.set_data(board.check_ins, span.first, span.last)
        self.cards["wellbeing"].set_empty(
            None
            if board.check_ins
            else self.tr(
                "No check-ins in this range. The weekly check-in (tray menu: Weekly check-in…) "
                "asks five short questions about the last two weeks."
            )
        )
        self.cards["what-helps"].set_empty(
            None
            if board.exercises or board.after_breaks
            else self.tr(
                "Nothing to compare yet. Rate your distress before and after an exercise, "
                "or log your mood within an hour after a break, and the difference shows here."
            )
        )

    def current_range(self) -> DateRange:
        today = self._today()
        if self.preset == "custom":
            first = self.from_edit.date().toPython()
            last = self.to_edit.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            if last < first:
                first, last = last, first
            return DateRange(first, min(last, today) if first <= today else last)
        return preset_range(self.preset, today, self._first_entry_day())

    def set_preset(self, preset: str) -> None:
        if preset not in (*PRESETS, "custom"):
            raise ValueError(f"unknown range {preset!r}")
        if preset == "custom" and self.preset != "custom":
            span = self.current_range()  # start from what is shown
            for edit, day in ((self.from_edit, span.first), (self.to_edit, span.last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.preset = preset
        self.range_buttons[preset].setChecked(True)
        self._show_custom_edits()
        self.refresh()

    def set_custom_range(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.preset = "custom"
        self.range_buttons["custom"].setChecked(True)
        self._show_custom_edits()
        self.refresh()

    # -- inside --------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock.now().astimezone(self._clock.local_zone()).date()

    def _show_custom_edits(self) -> None:
        custom = self.preset == "custom"
        for widget in (self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)
        today = self._today()
        maximum = QDate(today.year, today.month, today.day)
        self.from_edit.setMaximumDate(maximum)
        self.to_edit.setMaximumDate(maximum)

    def _custom_changed(self) -> None:
        if self.preset == "custom":
            self.refresh()

    def _first_day_text(self) -> str:
        first = self._first_entry_day()
        return "–" if first is None else format_day(first, self.language)

    def _category_label(self, code: str | None) -> str:
        if code is None:
            return self.tr("(no call type)")
        return self._vocabulary.category(code, self.language)

    def _emotion_label(self, code: str | None) -> str:
        return "" if code is None else self._vocabulary.emotion(code, self.language)

    def _outcome_names(self) -> dict[str, str]:
        return {
            "taken": self.tr("Taken"),
            "ended_early": self.tr("Ended early"),
            "cut_short": self.tr("Cut short by work"),
            "skipped": self.tr("Skipped"),
            "postponed": self.tr("Postponed"),
            "natural": self.tr("Natural pause"),
        }

    def _after_break_label(self, outcome: str) -> str:
        return {
            "taken": self.tr("After a break taken"),
            "ended_early": self.tr("After a break ended early"),
            "cut_short": self.tr("After a break cut short by work"),
            "skipped": self.tr("After a skipped break"),
        }.get(outcome, outcome)

    def _range_filter(self) -> MoodFilter:
        since, until = self.current_range().bounds(self._clock.local_zone())
        return MoodFilter(since=since, until=until)

    def _show_day(self, day: date) -> None:
        zone = self._clock.local_zone()
        until = day_start(day + timedelta(days=1), zone)
        self.entries_requested.emit(MoodFilter(since=day_start(day, zone), until=until))

    def _show_cell(self, weekday: int, hour: int) -> None:
        self.entries_requested.emit(replace(self._range_filter(), weekday=weekday, hour=hour))

    def _show_category(self, code: str | None) -> None:
        if code is not None:  # "no call type" is not a filter of the mood log
            self.entries_requested.emit(replace(self._range_filter(), category=code))

    def _show_emotion(self, code: str | None) -> None:
        if code is not None:
            self.entries_requested.emit(replace(self._range_filter(), emotion=code))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._show_custom_edits()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        side = max(24, (self.pages.width() - WELCOME_WIDTH) // 2)
        self._welcome_layout.setContentsMargins(side, 24, side, 24)
