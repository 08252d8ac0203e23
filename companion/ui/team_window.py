"""The Team window: a team's weeks as the team server lets a lead read them.

Weekly stress with the number of people behind each point, stress by call type over the
quarter (where the stress comes from), break uptake and exercises (what people do), the
training marks before and after, and every week's figures in a table. A week is published
only once it is closed (the current week and the one before show nothing yet), and weeks and
cells with fewer people than the server's smallest group are hidden there: both are drawn here
as gaps that say so.

The window never talks to the server itself: it is handed `load(team, weeks)`, which it calls
on a worker thread (a slow or absent server never freezes it), and shows what comes back or
the one line that says why nothing did.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.shown_text import harmless
from companion.domain.team import (
    LOW_FEW,
    NO_CATEGORY,
    QUARTER_WEEKS,
    FiguresUnavailable,
    TeamFigures,
    TeamReading,
    categories_over,
    exercises_per_agent,
)
from companion.domain.timefmt import format_day
from companion.domain.trends import GroupStress
from companion.ui import team_words as words
from companion.ui.chart_card import CardExports, ChartCard, cards_page
from companion.ui.charts import StressBars
from companion.ui.charts.team_weeks import (
    exercises_chart,
    stress_chart,
    uptake_chart,
)
from companion.ui.charts.words import Rows
from companion.ui.range_bar import RangeBar
from companion.ui.screen_fit import centred_message

log = logging.getLogger(__name__)

LoadTeam = Callable[[str | None, int], TeamReading]  # (team or None: the default, weeks)
RANGES = (13, 26, 52)  # weeks: a quarter, half a year, a year


class _Answers(QObject):
    """Carries what the worker thread read back to the window's thread."""

    arrived = Signal(int, object)  # the request's number; a TeamReading, or why not


class _Reading(QRunnable):
    def __init__(
        self, load: LoadTeam, team: str | None, weeks: int, number: int, answers: _Answers
    ) -> None:
        super().__init__()
        self._load, self._team, self._weeks = load, team, weeks
        self._number, self._answers = number, answers

    def run(self) -> None:
        answer: TeamReading | FiguresUnavailable | str
        try:
            answer = self._load(self._team, self._weeks)
        except FiguresUnavailable as error:
            answer = error
        except Exception:  # a bug here must not end the window with it
            log.exception("reading the team's figures failed")
            answer = ""
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._answers.arrived.emit(self._number, answer)


class TableCard(QTableWidget):
    """A read-only table on a card (its cells selectable, copyable with the keyboard)."""

    def __init__(self, parent: QWidget, fit: tuple[int, ...] = ()) -> None:
        """`fit`: the columns as wide as their cells (never a spanned row's sentence), so that
        the others have room for their headers ("Entries per person-day" at 1024×600)."""
        super().__init__(parent)
        self._fit = fit
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # one Tab stop (arrows move within): Tab would walk cell by cell and never leave it
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)

    def fill(self, headers: list[str], rows: list[list[str]]) -> None:
        """A row with fewer cells than there are headers spans its last cell over the rest
        (a hidden week's one sentence, say). A screen reader hears each cell with its column
        ("Week: 30 Nov 2026"), never a bare number; a cell under a span, with the sentence."""
        self.clear()
        self.clearSpans()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        for column in self._fit:
            self.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{headers[c]}: {text}")
                self.setItem(r, c, item)
            for c in range(len(row), len(headers)) if row else ():
                under = QTableWidgetItem()
                under.setData(Qt.ItemDataRole.AccessibleTextRole, f"{headers[c]}: {row[-1]}")
                self.setItem(r, c, under)
            if row and len(row) < len(headers):
                self.setSpan(r, len(row) - 1, 1, len(headers) - len(row) + 1)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows: the window scrolls, not the table inside it."""
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(rows + header + 2 * self.frameWidth() + 2)

    def rows(self) -> Rows:
        def text(row: int, column: int) -> str:
            item = self.item(row, column)
            return "" if item is None else item.text()

        headers = (self.horizontalHeaderItem(c) for c in range(self.columnCount()))
        header = ["" if item is None else item.text() for item in headers]
        return header, [
            [text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())
        ]


class TeamWindow(QWidget):
    """A team's figures over 13, 26 or 52 weeks, read from the team server on a worker."""

    loaded = Signal()  # figures shown (or the failure said): for the tests and the benchmark

    def __init__(
        self,
        load: LoadTeam,
        team: str | None,
        weeks: int,
        vocabulary: Vocabulary,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team")
        if weeks not in RANGES:
            raise ValueError(f"weeks must be one of {RANGES}; got {weeks}")
        self._load = load
        self._vocabulary = vocabulary
        self._clock = clock
        self.language = "en"
        self.team = team
        self.weeks = weeks
        self.reading: TeamReading | None = None
        self.failure: str | None = None
        self.loading = False
        self._asked = 0  # the number of the last request: an older answer is dropped
        self._answers = _Answers(self)
        self._answers.arrived.connect(self._arrived)
        self._read_at: datetime | None = None

        self._build_heading(weeks)
        self._build_cards()
        self._build_pages()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(self._heading)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+R"), self, self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setMinimumSize(900, 560)
        self.resize(1240, 760)
        self.retranslate("en")

    def _build_heading(self, weeks: int) -> None:
        """The title, the team's choice, a chip a range, Refresh; below, the status line."""
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.team_label = QLabel(self)
        self.team_choice = QComboBox(self)
        self.team_label.setBuddy(self.team_choice)
        self.team_choice.activated.connect(self._team_chosen)
        # 8: the spacing of the heading the chips stood in before they had a bar of their own
        self.range_bar = RangeBar[int](RANGES, weeks, self, spacing=8)
        self.range_bar.chosen.connect(self.set_weeks)
        self.range_buttons = self.range_bar.buttons
        self.range_group = self.range_bar.group
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self._heading = QHBoxLayout()
        self._heading.addWidget(self.title)
        self._heading.addSpacing(12)
        self._heading.addWidget(self.team_label)
        self._heading.addWidget(self.team_choice)
        self._heading.addSpacing(12)
        self._heading.addWidget(self.range_bar)
        self._heading.addStretch(1)
        self._heading.addWidget(self.refresh_button)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

    def _build_cards(self) -> None:
        """The summary, the charts and tables, and a card for each."""
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stress = stress_chart(self)
        self.categories = StressBars(self)
        self.uptake = uptake_chart(self)
        self.exercises = exercises_chart(exercises_per_agent, self)
        self.marks = TableCard(self, fit=(0, 1))  # a training's name and date
        self.marks.horizontalHeader().setMaximumSectionSize(240)  # a long name: elided
        self.table = TableCard(self, fit=(0,))  # the week's date
        self.cards = {
            "team-stress": ChartCard("team-stress", self.stress, self.stress.rows, self),
            "team-call-types": ChartCard(
                "team-call-types", self.categories, self.categories.rows, self
            ),
            "team-breaks": ChartCard("team-breaks", self.uptake, self.uptake.rows, self),
            "team-exercises": ChartCard(
                "team-exercises", self.exercises, self.exercises.rows, self
            ),
            "team-training": ChartCard("team-training", self.marks, self.marks.rows, self),
            "team-weeks": ChartCard("team-weeks", self.table, self.table.rows, self),
        }
        clock = self._clock
        self.exports = CardExports(
            self.cards.values(), lambda: clock.now().astimezone(clock.local_zone()).date()
        )
        self.cards["team-stress"].setMinimumHeight(320)
        for name in ("team-call-types", "team-breaks", "team-exercises"):
            self.cards[name].setMinimumHeight(250)

    def _build_pages(self) -> None:
        """The cards in two columns on a page that scrolls, and the page of one message
        (reading, or why nothing came) with its Try again."""
        cards = self.cards
        self.scroller = cards_page(
            self,
            [
                (self.summary, 0, 0, 1, 2),
                (cards["team-stress"], 1, 0, 1, 2),
                (cards["team-call-types"], 2, 0, 2, 1),
                (cards["team-breaks"], 2, 1, 1, 1),
                (cards["team-exercises"], 3, 1, 1, 1),
                (cards["team-training"], 4, 0, 1, 2),
                (cards["team-weeks"], 5, 0, 1, 2),
            ],
        )

        self.message_page, self.message, self.retry_button = centred_message(self, 48)
        self.retry_button.clicked.connect(self.refresh)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.message_page)
        self.pages.addWidget(self.scroller)

    # -- what the app asks -----------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self.language = language
        self.setWindowTitle(self.tr("Team · Companion"))
        self.title.setText(self.tr("Team figures"))
        self.team_label.setText(self.tr("&Team:"))
        self.team_choice.setAccessibleName(self.tr("Team"))
        for index, count in enumerate(RANGES):
            button = self.range_buttons[count]
            button.setText(self.tr("%1 weeks").replace("%1", str(count)))
            button.setAccessibleName(self.tr("Show the last %1 weeks").replace("%1", str(count)))
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(index + 1)))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures from the server again (F5)"))
        self.retry_button.setText(self.tr("Try &again"))
        for chart in (self.stress, self.uptake, self.exercises):
            chart.set_language(language)
        self._card_texts()
        self._show()

    def refresh(self) -> None:
        """Read the figures again from the server (on the worker; the window stays live)."""
        self._asked += 1
        self.loading = True
        self.failure = None
        self._show_status()
        if self.reading is None:
            self.message.setText(self.tr("Reading the team's figures from the server…"))
            self.retry_button.hide()
            self.pages.setCurrentWidget(self.message_page)
        QThreadPool.globalInstance().start(
            _Reading(self._load, self.team, self.weeks, self._asked, self._answers)
        )

    def set_weeks(self, weeks: int) -> None:
        if weeks not in RANGES:
            raise ValueError(f"weeks must be one of {RANGES}; got {weeks}")
        self.range_buttons[weeks].setChecked(True)
        if weeks != self.weeks:
            self.weeks = weeks
            self.refresh()

    def set_team(self, team: str) -> None:
        if team != self.team:
            self.team = team
            self.reading = None  # another team's figures are not shown under this one's name
            self.refresh()

    # -- inside ----------------------------------------------------------------------------

    def _team_chosen(self, index: int) -> None:
        team = self.team_choice.itemData(index)
        if isinstance(team, str):
            self.set_team(team)

    def _arrived(self, number: int, answer: object) -> None:
        if number != self._asked:
            return  # an answer to a question asked before the last one
        self.loading = False
        if isinstance(answer, TeamReading):
            self.reading = answer
            self.team = answer.figures.team
            self._read_at = self._clock.now().astimezone(self._clock.local_zone())
            weeks = answer.figures.weeks
            shown = sum(week.shown for week in weeks)
            log.info("team figures read: %d of %d weeks shown", shown, len(weeks))
        elif isinstance(answer, FiguresUnavailable) and answer.refused:
            self.failure = self.tr(
                "This login may not read the team's figures: only a lead's login can (the "
                "administrator makes it a member of companion_lead). The server said: %1"
            ).replace("%1", harmless(str(answer)))  # the server's words, shown as text
        else:
            self.failure = harmless(str(answer)) or self.tr(
                "Something went wrong reading the figures; the log has the details."
            )
        if self.failure is not None:
            log.warning("team figures not read: %s", answer)
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        self._show_status()
        self._show_teams()
        if self.reading is None:
            if self.failure is not None:
                self.message.setText(
                    self.tr("The team's figures could not be read:\n%1").replace("%1", self.failure)
                )
                self.message.setObjectName("error")
                self.retry_button.show()
            self.pages.setCurrentWidget(self.message_page)
            self.message.style().polish(self.message)
            return
        self.message.setObjectName("")
        self.pages.setCurrentWidget(self.scroller)
        self._show_figures(self.reading.figures)

    def _show_status(self) -> None:
        if self.loading:
            self.status.setText(self.tr("Reading the figures from the server…"))
        elif self.failure is not None and self.reading is not None:
            self.status.setText(
                self.tr("Not updated: %1 (the figures below are from %2)")
                .replace("%1", self.failure)
                .replace("%2", self._read_time())
            )
        elif self.reading is not None:
            self.status.setText(
                self.tr("Read from the team server at %1. Press F5 to read again.").replace(
                    "%1", self._read_time()
                )
            )
        else:
            self.status.setText("")

    def _read_time(self) -> str:
        return "–" if self._read_at is None else self._read_at.strftime("%H:%M")

    def _show_teams(self) -> None:
        teams = [] if self.reading is None else self.reading.teams
        if self.team and self.team not in teams:
            teams = [self.team, *teams]
        self.team_choice.blockSignals(True)
        self.team_choice.clear()
        for name in teams:
            self.team_choice.addItem(harmless(name), name)  # the server's words, as text
        if self.team:
            self.team_choice.setCurrentIndex(teams.index(self.team))
        self.team_choice.blockSignals(False)
        self.team_choice.setEnabled(len(teams) > 1)

    def _card_texts(self) -> None:
        texts = {
            "team-stress": (
                self.tr("Weekly stress"),
                self.tr(
                    "The mean stress of the team's mood entries each week, 0 to 10; the number "
                    "above each point is how many people shared that week. Dashed lines are "
                    "training marks."
                ),
            ),
            "team-call-types": (
                self.tr("Stress by call type, last %1 weeks").replace("%1", str(QUARTER_WEEKS)),
                self.tr(
                    "Where the stress comes from: the mean stress of each call type over the "
                    "quarter, with its entries, from the weeks where that call type passed "
                    "the threshold."
                ),
            ),
            "team-breaks": (
                self.tr("Breaks taken"),
                self.tr("The share of offered breaks that people took, each week."),
            ),
            "team-exercises": (
                self.tr("Exercises per person"),
                self.tr("Breathing and reframing exercises done each week, per person sharing."),
            ),
            "team-training": (self.tr("Training marks"), words.marks_hint()),
            "team-weeks": (
                self.tr("Every week"),
                self.tr(
                    "The figures behind the charts, one row a week. A dash: too few people "
                    "had that figure for it to be shown. Low check-ins read “fewer than %1” "
                    "when one or two people had one."
                ).replace("%1", str(LOW_FEW)),
            ),
        }
        for name, (title, hint) in texts.items():
            self.cards[name].set_texts(title, hint)

    def _show_figures(self, figures: TeamFigures) -> None:
        gaps = (
            words.hidden_words(figures.min_group),
            words.thin_words(figures.min_group),
            words.open_words(),
        )
        self.summary.setText(words.summary(figures))
        self.stress.set_names(
            self.tr("Mean stress"), self.tr("Stress"), *gaps, self.tr("mean stress")
        )
        self.uptake.set_names(
            self.tr("Breaks taken"), self.tr("Taken"), *gaps, self.tr("% of breaks taken")
        )
        self.exercises.set_names(
            self.tr("Exercises per person"),
            self.tr("Per person"),
            *gaps,
            self.tr("exercises per person"),
        )
        self.categories.set_group_name(self.tr("Call type"))
        for chart in (self.stress, self.uptake, self.exercises):
            chart.set_data(figures.weeks, figures.marks)
        any_shown = any(week.shown for week in figures.weeks)
        none_shown = (
            None
            if any_shown
            else self.tr(
                "No closed week in this range had %1 or more people sharing, so nothing can "
                "be shown yet."
            ).replace("%1", str(figures.min_group))
        )
        for name in ("team-stress", "team-breaks", "team-exercises"):
            self.cards[name].set_empty(none_shown)
        quarter = categories_over(figures.weeks[-QUARTER_WEEKS:])
        groups = sorted(
            (
                GroupStress(None if code == NO_CATEGORY else code, cell.entries, cell.mean_stress)
                for code, cell in quarter.items()
            ),
            key=lambda group: -group.mean,
        )
        self.categories.set_data(groups, self._category_label)
        self.cards["team-call-types"].set_empty(
            None
            if groups
            else self.tr("No call type had %1 or more people in a shown week of the last %2 weeks.")
            .replace("%1", str(figures.min_group))
            .replace("%2", str(QUARTER_WEEKS))
        )
        self._show_marks(figures)
        self.table.fill(
            words.week_headers(),
            [
                [
                    self._day(week.week_start),
                    *words.week_cells(week, figures.min_group, self._short_day),
                ]
                for week in reversed(figures.weeks)  # the latest first
            ],
        )

    def _show_marks(self, figures: TeamFigures) -> None:
        marks = figures.marks
        not_shown = [words.mark_not_shown(figures.min_group)]
        self.marks.fill(
            words.mark_headers(),
            [
                [harmless(mark.label), self._day(mark.day), *(words.mark_cells(mark) or not_shown)]
                for mark in marks
            ],
        )
        self.cards["team-training"].set_empty(
            None
            if marks
            else self.tr(
                "No training marked for this team. A lead marks one with:\n"
                'companion team mark --date YYYY-MM-DD --label "…"'
            )
        )

    def _day(self, day: date) -> str:
        return format_day(day, self.language)

    def _short_day(self, day: date) -> str:
        return format_day(day, self.language, year=False)

    def _category_label(self, code: str | None) -> str:
        if code is None:
            return self.tr("(no call type)")
        return self._vocabulary.category(code, self.language)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._asked += 1  # an answer on its way is not wanted any more
        super().closeEvent(event)
