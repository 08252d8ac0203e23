"""My plan: a few weekly goals from a short list, each with a target, and this week's progress.

Progress is computed from what Companion recorded, never typed in. Each change is saved at
once through the callables the app passes (the window never touches the store itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.goals import GOALS, Goal, GoalProgress, WeekCounts, goal_progress
from companion.ui.screen_fit import scrolled


def goal_name(code: str) -> str:
    names = {
        "breaks_taken": QCoreApplication.translate("ActionPlan", "Take most of the breaks offered"),
        "log_after_difficult_calls": QCoreApplication.translate(
            "ActionPlan", "Log my mood after difficult calls"
        ),
        "reframing": QCoreApplication.translate("ActionPlan", "Do a reframing exercise"),
        "checkin": QCoreApplication.translate("ActionPlan", "Do the weekly check-in"),
    }
    return names.get(code, code)


def target_text(code: str, target: int) -> str:
    if code == "breaks_taken":
        return QCoreApplication.translate("ActionPlan", "%1 % of them").replace("%1", str(target))
    if code == "checkin":
        return QCoreApplication.translate("ActionPlan", "once a week")
    return QCoreApplication.translate("ActionPlan", "%1 a week").replace("%1", str(target))


def progress_text(progress: GoalProgress) -> str:
    """'60 % (target 70 %)', '3 of 5', 'no breaks offered', with '✓' when reached."""
    if progress.value is None:
        return QCoreApplication.translate("ActionPlan", "no breaks offered")
    if progress.percent:
        text = (
            QCoreApplication.translate("ActionPlan", "%1 % (target %2 %)")
            .replace("%1", str(progress.value))
            .replace("%2", str(progress.target))
        )
    elif progress.code == "checkin":
        text = (
            QCoreApplication.translate("ActionPlan", "done")
            if progress.achieved
            else QCoreApplication.translate("ActionPlan", "not yet")
        )
    else:
        text = (
            QCoreApplication.translate("ActionPlan", "%1 of %2")
            .replace("%1", str(progress.value))
            .replace("%2", str(progress.target))
        )
    return f"{text} ✓" if progress.achieved else text


def short_progress_text(progress: GoalProgress) -> str:
    """For a table whose rows name the target: '75 %', '4', '–' (nothing to measure), '✓'."""
    if progress.value is None:
        return "–"
    if progress.code == "checkin":
        text = (
            QCoreApplication.translate("ActionPlan", "done")
            if progress.achieved
            else QCoreApplication.translate("ActionPlan", "not yet")
        )
    else:
        text = f"{progress.value} %" if progress.percent else str(progress.value)
    return f"{text} ✓" if progress.achieved else text


@dataclass(slots=True)
class _Row:
    chosen: QCheckBox
    target: QSpinBox
    bar: QProgressBar
    status: QLabel


class ActionPlanWindow(QWidget):
    def __init__(
        self,
        goals: Callable[[], list[Goal]],
        set_goal: Callable[[str, int], object],
        remove_goal: Callable[[str], object],
        this_week: Callable[[], WeekCounts | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlan")
        self._goals = goals
        self._set_goal = set_goal
        self._remove_goal = remove_goal
        self._this_week = this_week
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.goal_heading = QLabel(self)
        self.target_heading = QLabel(self)
        self.week_heading = QLabel(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for column, heading in enumerate((self.goal_heading, self.target_heading)):
            heading.setObjectName("hint")
            grid.addWidget(heading, 0, column)
        self.week_heading.setObjectName("hint")
        grid.addWidget(self.week_heading, 0, 2, 1, 2)
        self.rows: dict[str, _Row] = {}
        for index, (code, (default, low, high)) in enumerate(GOALS.items(), start=1):
            row = _Row(QCheckBox(self), QSpinBox(self), QProgressBar(self), QLabel(self))
            row.target.setRange(low, high)
            row.target.setValue(default)
            row.target.setEnabled(False)
            row.target.setVisible(low != high)  # a goal with a single target has nothing to set
            row.target.setMinimumWidth(110)
            row.bar.setTextVisible(False)
            row.bar.setFixedWidth(90)
            row.bar.setMaximumHeight(10)
            row.status.setMinimumWidth(150)
            grid.addWidget(row.chosen, index, 0)
            grid.addWidget(row.target, index, 1)
            grid.addWidget(row.bar, index, 2)
            grid.addWidget(row.status, index, 3)
            row.chosen.toggled.connect(lambda on, c=code: self._choose(c, on))
            row.target.valueChanged.connect(lambda value, c=code: self._retarget(c, value))
            self.rows[code] = row
        grid.setColumnStretch(0, 1)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        content = QWidget(self)  # it scrolls on a short screen; the Close button stays in view
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addSpacing(4)
        inner.addLayout(grid)
        inner.addStretch(1)
        self.scroller = scrolled(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.retranslate("en")

    # -- what the app asks ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the goals chosen and this week's progress, as stored now."""
        chosen = {goal.code: goal for goal in self._goals()}
        for code, row in self.rows.items():
            goal = chosen.get(code)
            for widget in (row.chosen, row.target):
                widget.blockSignals(True)
            row.chosen.setChecked(goal is not None)
            row.target.setEnabled(goal is not None)
            if goal is not None:
                row.target.setValue(goal.target)
            for widget in (row.chosen, row.target):
                widget.blockSignals(False)
        self._show_progress(chosen)

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("My plan · Companion"))
        self.title.setText(self.tr("My plan for the week"))
        self.hint.setText(
            self.tr(
                "Pick one or two goals and a target you can reach. Progress counts what "
                "Companion recorded since Monday; there is nothing to fill in."
            )
        )
        self.goal_heading.setText(self.tr("Goal"))
        self.target_heading.setText(self.tr("Target"))
        self.week_heading.setText(self.tr("This week"))
        for code, row in self.rows.items():
            row.chosen.setText(goal_name(code))
            row.target.setAccessibleName(self.tr("Target for: %1").replace("%1", goal_name(code)))
            if code == "breaks_taken":
                row.target.setSuffix(self.tr(" % of them"))
            else:
                row.target.setSuffix(self.tr(" a week"))
        self.close_button.setText(self.tr("&Close"))
        self.refresh()

    # -- inside --------------------------------------------------------------------------------

    def _choose(self, code: str, on: bool) -> None:
        row = self.rows[code]
        row.target.setEnabled(on)
        if on:
            self._set_goal(code, row.target.value())
        else:
            self._remove_goal(code)
        self.refresh()

    def _retarget(self, code: str, value: int) -> None:
        if self.rows[code].chosen.isChecked():
            self._set_goal(code, value)
            self.refresh()

    def _show_progress(self, chosen: dict[str, Goal]) -> None:
        counts = self._this_week()
        for code, row in self.rows.items():
            goal = chosen.get(code)
            if goal is None or counts is None:
                row.bar.setVisible(False)
                row.status.setText("")
                continue
            progress = goal_progress(code, goal.target, counts)
            row.bar.setVisible(True)
            row.bar.setRange(0, goal.target)
            row.bar.setValue(min(progress.value or 0, goal.target))
            row.status.setText(progress_text(progress))
            row.bar.setAccessibleName(row.status.text())
