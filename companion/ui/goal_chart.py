"""The dashboard's "Weekly goals" card: each chosen goal's progress in each week, as a table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from companion.domain.goals import GoalWeek
from companion.domain.timefmt import format_day
from companion.ui.action_plan import goal_name, progress_text, short_progress_text, target_text
from companion.ui.charts import Rows
from companion.ui.palette import REACHED_SHADE

REACHED = REACHED_SHADE  # a light green behind a week whose target was reached


class GoalWeeks(QTableWidget):
    """Goals down the side, weeks across, this week first (right beside the goals' names, so
    the table opens on it however narrow the window; older weeks scroll in from the right);
    each cell the week's value. As tall as its rows: no empty space below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(80)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.language = "en"
        self.weeks: list[GoalWeek] = []

    def set_language(self, language: str) -> None:
        self.language = language
        self.set_data(self.weeks)

    def set_data(self, weeks: list[GoalWeek]) -> None:
        self.weeks = weeks
        self.clear()
        codes = [(p.code, p.target, p.label) for p in weeks[-1].progress] if weeks else []
        newest_first = list(reversed(weeks))
        self.setRowCount(len(codes))
        self.setColumnCount(len(weeks))
        self.setHorizontalHeaderLabels(
            [format_day(week.week_start, self.language, year=False) for week in newest_first]
        )
        brackets = "（%1）" if self.language == "zh_CN" else " (%1)"
        self.setVerticalHeaderLabels(
            [
                goal_name(code, label) + brackets.replace("%1", target_text(code, target))
                for code, target, label in codes
            ]
        )
        for column, week in enumerate(newest_first):
            for row, progress in enumerate(week.progress):
                item = QTableWidgetItem(short_progress_text(progress))
                item.setToolTip(progress_text(progress))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if progress.achieved:
                    item.setBackground(REACHED)
                self.setItem(row, column, item)
        self.horizontalScrollBar().setValue(0)  # this week, beside the goals' names

    def rows(self) -> Rows:
        header = ["goal", "target", *[week.week_start.isoformat() for week in self.weeks]]
        if not self.weeks:
            return header, []
        found: list[list[object]] = []
        for index, progress in enumerate(self.weeks[-1].progress):
            values: list[object] = [progress.code, progress.target]
            for week in self.weeks:
                value = week.progress[index].value
                values.append("" if value is None else value)
            found.append(values)
        return header, found
