"""My plan: a few weekly goals from a short list, each with a target, one goal of one's own, and
this week's progress and small wins.

Progress is computed from what Companion recorded, never typed in; only one's own goal ("a walk
at lunch", three times a week) is ticked off by hand. "Log my mood after difficult contacts"
counts the difficult ones: a stress at or above the high-stress offer's threshold (a setting),
or a call type marked here as difficult. Each bar is honest: filled in proportion, its goal
drawn as a line, never rounded up to done (`domain.goals.progress_bar`). The small wins say
what happened this week in plain counts, and nothing about what did not.

Each change is saved at once through the `PlanBook` the app passes (the window never touches
the store itself).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.goals import (
    GOALS,
    OWN,
    OWN_LABEL_MAX,
    Bar,
    Goal,
    GoalProgress,
    InvalidGoal,
    WeekCounts,
    Win,
    goal_progress,
    progress_bar,
    small_wins,
)
from companion.domain.mood import CATEGORIES
from companion.ui.palette import ACCENT, REACHED, border_on, readable_on
from companion.ui.screen_fit import scrolled
from companion.ui.widgets import ChoiceChips

DIFFICULT = "log_after_difficult_calls"


class PlanBook(Protocol):
    """What My plan reads and changes (the app's store and settings, through features)."""

    def goals(self) -> list[Goal]: ...

    def set_goal(self, code: str, target: int, label: str | None = None) -> object:
        """Raises InvalidGoal (nothing stored) when the target or the text cannot be used."""
        ...

    def remove_goal(self, code: str) -> object: ...

    def tick(self) -> object:
        """One's own goal done once more."""
        ...

    def untick(self) -> object:
        """Take back this week's last tick."""
        ...

    def difficult_call_types(self) -> frozenset[str]: ...

    def set_difficult_call_types(self, codes: frozenset[str]) -> object: ...

    def difficult_from(self) -> int:
        """The high-stress offer's threshold (0–10): this stress or more is difficult."""
        ...

    def this_week(self) -> WeekCounts | None: ...


def goal_name(code: str, label: str | None = None) -> str:
    if code == OWN:
        return label or QCoreApplication.translate("ActionPlan", "My own goal")
    names = {
        "breaks_taken": QCoreApplication.translate("ActionPlan", "Take most of the breaks offered"),
        DIFFICULT: QCoreApplication.translate("ActionPlan", "Log my mood after difficult contacts"),
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
    """'69 % (target 70 %)', '3 of 5', 'no breaks offered', with '✓' only when reached."""
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


def win_text(win: Win) -> str:
    """A small win, said plainly: 'Breaks taken: 9'."""
    texts = {
        "every_break": QCoreApplication.translate(
            "ActionPlan", "Every break offered was taken: %1"
        ),
        "breaks": QCoreApplication.translate("ActionPlan", "Breaks taken: %1"),
        "difficult_logged": QCoreApplication.translate(
            "ActionPlan", "Difficult contacts logged: %1"
        ),
        "exercises": QCoreApplication.translate("ActionPlan", "Exercises done: %1"),
        "checkin": QCoreApplication.translate("ActionPlan", "Weekly check-in done"),
    }
    return texts[win.kind].replace("%1", str(win.count))


class GoalBar(QWidget):
    """A progress bar that tells the truth: the fill in proportion to the value (whole pixels,
    rounded down, so "almost" never looks done), and the goal as a line across it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = Bar(0.0, 1.0, False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(QSize(120, 14))

    def set_bar(self, bar: Bar) -> None:
        self.bar = bar
        self.update()

    def track(self) -> QRect:
        """Where the fill runs (inside a one-pixel border)."""
        return self.rect().adjusted(1, 3, -1, -3)

    def fill_width(self) -> int:
        return math.floor(self.bar.fill * self.track().width() + 1e-9)

    def goal_x(self) -> int:
        track = self.track()
        return min(track.left() + round(self.bar.goal * track.width()), track.right())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        track = self.track()
        painter = QPainter(self)
        painter.fillRect(track, palette.color(QPalette.ColorRole.Base))
        painter.setPen(border_on(window, text))
        painter.drawRect(track.adjusted(0, 0, -1, -1))
        fill = REACHED if self.bar.reached else ACCENT
        painter.fillRect(
            QRect(track.left(), track.top(), self.fill_width(), track.height()),
            readable_on(fill, window),
        )
        painter.fillRect(QRect(self.goal_x() - 1, 0, 2, self.height()), text)  # the goal


@dataclass(slots=True)
class _Row:
    chosen: QCheckBox
    target: QSpinBox
    bar: GoalBar
    status: QLabel


class ActionPlanWindow(QWidget):
    def __init__(
        self, book: PlanBook, vocabulary: Vocabulary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlan")
        self._book = book
        self._vocabulary = vocabulary
        self._language = "en"
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        grid = self._build_goals()
        self._build_wins()
        self.close_button = QPushButton(self)
        self._lay_out(grid)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.retranslate("en")

    def _build_goals(self) -> QGridLayout:
        """The goals' grid: its headings, then a line a goal (its box, target, bar and
        status), with what belongs under a goal on the lines after it."""
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

        # Made in the order Tab visits them: each goal's box, (one's own words,) its target,
        # then (under "difficult contacts") the call types marked difficult, and (under one's
        # own goal) its ticks.
        self.rows: dict[str, _Row] = {}
        line = 1
        for code, (default, low, high) in GOALS.items():
            line = self._add_goal(grid, line, code, default, low, high)
        grid.setColumnStretch(0, 1)
        return grid

    def _add_goal(
        self, grid: QGridLayout, line: int, code: str, default: int, low: int, high: int
    ) -> int:
        """One goal's widgets, on `line` of the grid and the lines below; the next free line."""
        chosen = QCheckBox(self)
        if code == OWN:  # one's own goal: its words beside the box
            self.own_text = QLineEdit(self)
            self.own_text.setMaxLength(OWN_LABEL_MAX)
            self.own_text.editingFinished.connect(self._relabel)
        row = _Row(chosen, QSpinBox(self), GoalBar(self), QLabel(self))
        if code == DIFFICULT:  # what counts, and the call types marked difficult
            self._build_difficult()
        if code == OWN:  # and the ticks under its bar
            self._build_ticks()
        row.target.setRange(low, high)
        row.target.setValue(default)
        row.target.setEnabled(False)
        row.target.setVisible(low != high)  # a goal with a single target has nothing to set
        row.target.setMinimumWidth(110)
        row.status.setMinimumWidth(150)
        if code == OWN:
            own = QHBoxLayout()
            own.setSpacing(6)
            own.addWidget(row.chosen)
            own.addWidget(self.own_text, 1)
            grid.addLayout(own, line, 0)
        else:
            grid.addWidget(row.chosen, line, 0)
        grid.addWidget(row.target, line, 1)
        grid.addWidget(row.bar, line, 2)
        grid.addWidget(row.status, line, 3)
        line += 1
        if code == DIFFICULT:
            detail = QVBoxLayout()
            detail.setContentsMargins(24, 0, 0, 4)
            detail.addWidget(self.difficult_hint)
            detail.addWidget(self.difficult_types)
            grid.addLayout(detail, line, 0, 1, 4)
            line += 1
        if code == OWN:
            ticks = QHBoxLayout()
            ticks.setContentsMargins(24, 0, 0, 0)
            ticks.addWidget(self.own_error, 1)
            ticks.addStretch(1)
            ticks.addWidget(self.tick_button)
            ticks.addWidget(self.untick_button)
            grid.addLayout(ticks, line, 0, 1, 4)
            line += 1
        row.chosen.toggled.connect(lambda on, c=code: self._choose(c, on))
        row.target.valueChanged.connect(lambda _value, c=code: self._retarget(c))
        self.rows[code] = row
        return line

    def _build_difficult(self) -> None:
        """Under "difficult contacts": what counts, and the call types marked difficult."""
        self.difficult_hint = QLabel(self)
        self.difficult_hint.setObjectName("hint")
        self.difficult_hint.setWordWrap(True)
        self.difficult_types = ChoiceChips(CATEGORIES, single=False, parent=self)
        self.difficult_types.changed.connect(self._mark_difficult)

    def _build_ticks(self) -> None:
        """Under one's own goal: what is wrong with its words, and its tick and untick."""
        self.own_error = QLabel(self)
        self.own_error.setObjectName("error")
        self.own_error.setWordWrap(True)
        self.own_error.hide()
        self.tick_button = QPushButton(self)
        self.untick_button = QPushButton(self)
        self.tick_button.clicked.connect(self._tick)
        self.untick_button.clicked.connect(self._untick)

    def _build_wins(self) -> None:
        """This week's small wins, under the goals."""
        self.wins_title = QLabel(self)
        font = QFont(self.wins_title.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        self.wins_title.setFont(font)
        self.wins = QLabel(self)
        self.wins.setWordWrap(True)
        self.wins.setTextFormat(Qt.TextFormat.PlainText)

    def _lay_out(self, grid: QGridLayout) -> None:
        """The title, hint, goals and wins scroll on a short screen; Close stays in view."""
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
        inner.addSpacing(6)
        inner.addWidget(self.wins_title)
        inner.addWidget(self.wins)
        inner.addStretch(1)
        self.scroller = scrolled(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)

    # -- what the app asks ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the goals chosen, this week's progress and small wins, as stored now."""
        chosen = {goal.code: goal for goal in self._book.goals()}
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
        own = chosen.get(OWN)
        if own is not None and not self.own_text.hasFocus():
            self.own_text.setText(own.label or "")
        marked = self._book.difficult_call_types()
        self.difficult_types.blockSignals(True)
        self.difficult_types.set_selected(tuple(code for code in CATEGORIES if code in marked))
        self.difficult_types.blockSignals(False)
        self._show_difficult_hint()
        self._show_progress(chosen)

    def retranslate(self, language: str) -> None:
        self._language = language
        self.setWindowTitle(self.tr("My plan · Companion"))
        self.title.setText(self.tr("My plan for the week"))
        self.hint.setText(
            self.tr(
                "Pick one or two goals you can reach. Progress counts what Companion recorded "
                "since Monday; only your own goal is ticked off by hand."
            )
        )
        self.goal_heading.setText(self.tr("Goal"))
        self.target_heading.setText(self.tr("Target"))
        self.week_heading.setText(self.tr("This week"))
        for code, row in self.rows.items():
            row.chosen.setText(goal_name(code) if code != OWN else self.tr("My own:"))
            name = goal_name(code)
            row.target.setAccessibleName(self.tr("Target for: %1").replace("%1", name))
            if code == "breaks_taken":
                row.target.setSuffix(self.tr(" % of them"))
            else:
                row.target.setSuffix(self.tr(" a week"))
        self.own_text.setPlaceholderText(self.tr("e.g. a walk at lunch"))
        self.own_text.setAccessibleName(self.tr("My own goal, in a few words"))
        self.tick_button.setText(self.tr("&Done once ✓"))
        self.tick_button.setAccessibleName(self.tr("My own goal: done once more"))
        self.untick_button.setText(self.tr("Take one &back"))
        self.untick_button.setAccessibleName(self.tr("My own goal: take back the last tick"))
        self.difficult_types.set_labels(
            {code: self._vocabulary.category(code, language) for code in CATEGORIES},
            self.tr("Difficult call type"),
        )
        self.wins_title.setText(self.tr("This week so far"))
        self.close_button.setText(self.tr("&Close"))
        self.refresh()

    # -- inside --------------------------------------------------------------------------------

    def _label(self) -> str:
        return self.own_text.text()

    def _save(self, code: str) -> bool:
        """Store the goal's target (and one's own text); say why when it cannot be."""
        row = self.rows[code]
        try:
            self._book.set_goal(code, row.target.value(), self._label() if code == OWN else None)
        except InvalidGoal:
            self.own_error.setText(
                self.tr("Write your goal in a few words (at most %1 characters) first.").replace(
                    "%1", str(OWN_LABEL_MAX)
                )
            )
            self.own_error.show()
            self.own_text.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.own_error.hide()
        return True

    def _choose(self, code: str, on: bool) -> None:
        row = self.rows[code]
        if on:
            if not self._save(code):
                row.chosen.blockSignals(True)
                row.chosen.setChecked(False)
                row.chosen.blockSignals(False)
                return
        else:
            self._book.remove_goal(code)
            if code == OWN:
                self.own_error.hide()
        self.refresh()

    def _retarget(self, code: str) -> None:
        if self.rows[code].chosen.isChecked():
            self._save(code)
            self.refresh()

    def _relabel(self) -> None:
        if self.rows[OWN].chosen.isChecked() and self._save(OWN):
            self.refresh()

    def _tick(self) -> None:
        if self.rows[OWN].chosen.isChecked():
            self._book.tick()
            self.refresh()

    def _untick(self) -> None:
        self._book.untick()
        self.refresh()

    def _mark_difficult(self) -> None:
        self._book.set_difficult_call_types(frozenset(self.difficult_types.selected()))
        self.refresh()

    def _show_difficult_hint(self) -> None:
        self.difficult_hint.setText(
            self.tr(
                "Counts an entry with stress %1 or more (where Companion offers a breathing "
                "minute; see Settings), or of a call type you mark here:"
            ).replace("%1", str(self._book.difficult_from()))
        )

    def _show_progress(self, chosen: dict[str, Goal]) -> None:
        counts = self._book.this_week()
        for code, row in self.rows.items():
            goal = chosen.get(code)
            if goal is None or counts is None:
                row.bar.setVisible(False)
                row.status.setText("")
                continue
            progress = goal_progress(code, goal.target, counts, goal.label)
            row.bar.setVisible(True)
            row.bar.set_bar(progress_bar(progress))
            row.status.setText(progress_text(progress))
            row.bar.setAccessibleName(f"{goal_name(code, goal.label)}: {row.status.text()}")
        own_chosen = OWN in chosen  # its ticks show once it is chosen
        self.tick_button.setVisible(own_chosen)
        self.untick_button.setVisible(own_chosen)
        self.untick_button.setEnabled(counts is not None and counts.own_ticks > 0)
        wins = small_wins(counts) if counts is not None else []
        self.wins_title.setVisible(bool(wins))
        self.wins.setVisible(bool(wins))
        self.wins.setText("\n".join(f"• {win_text(win)}" for win in wins))
