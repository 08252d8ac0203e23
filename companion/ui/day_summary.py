"""The end-of-shift summary: the day's figures and one kind sentence, in a small window.

At the end of a shift it appears in the corner without taking the keyboard (the agent may still
be typing); asked for from the tray it comes forward like any window. Closing it (Close, Esc,
the title bar) is all it takes; a checkbox stops it appearing at shift end.

Asked for before today's shift has started, it says so ("Today's shift starts at 09:00") and
shows the last shift's figures under a label that names it ("Yesterday's shift · Mon 23 Nov"):
yesterday's numbers under "Your day" would read as today's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.day_summary import DaySummary, Sentences, choose_sentence
from companion.domain.timefmt import format_day
from companion.ui.lines import keep_last_two
from companion.ui.screen_fit import work_screen

MARGIN = 16
WIDTH = 420


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


class DaySummaryWindow(QWidget):
    at_shift_end_changed = Signal(bool)  # the user turned the summary at shift end on or off
    log_requested = Signal()

    def __init__(self, sentences: Sentences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daySummary")
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self._sentences = sentences
        self.language = "en"
        self.summary: DaySummary | None = None

        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.day_label = QLabel(self)
        self.day_label.setObjectName("hint")
        self.before_line = QLabel(self)  # before today's shift: when it starts
        self.before_line.setWordWrap(True)
        self.before_line.hide()
        self.shift_starts: datetime | None = None
        self.today: date | None = None
        self.entries_name, self.entries_value = QLabel(self), QLabel(self)
        self.stress_name, self.stress_value = QLabel(self), QLabel(self)
        self.breaks_name, self.breaks_value = QLabel(self), QLabel(self)
        self.exercises_name, self.exercises_value = QLabel(self), QLabel(self)
        figures = QFormLayout()
        figures.setHorizontalSpacing(16)
        figures.setVerticalSpacing(4)
        for name, value in (
            (self.entries_name, self.entries_value),
            (self.stress_name, self.stress_value),
            (self.breaks_name, self.breaks_value),
            (self.exercises_name, self.exercises_value),
        ):
            value.setWordWrap(True)
            name.setBuddy(value)
            figures.addRow(name, value)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("summarySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 13px;")
        self.sentence.setContentsMargins(0, 6, 0, 6)
        self.at_shift_end = QCheckBox(self)
        self.log_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.at_shift_end, 1)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.before_line)
        layout.addWidget(self.day_label)
        layout.addLayout(figures)
        layout.addWidget(self.sentence)
        layout.addLayout(buttons)
        self.at_shift_end.toggled.connect(lambda off: self.at_shift_end_changed.emit(not off))
        self.log_button.clicked.connect(self._log)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setFixedWidth(WIDTH)
        self.retranslate("en")

    # -- what the app asks ---------------------------------------------------------------------

    def show_summary(
        self,
        summary: DaySummary,
        *,
        at_shift_end: bool,
        on_demand: bool,
        shift_starts: datetime | None = None,
        today: date | None = None,
    ) -> None:
        """Show `summary`; at shift end (`on_demand` False) in the corner without the keyboard.
        With `shift_starts` (local time) today's shift has not begun: `summary` is the last
        shift's, and the window says both."""
        self.summary = summary
        self.shift_starts, self.today = shift_starts, today
        self.at_shift_end.blockSignals(True)
        self.at_shift_end.setChecked(not at_shift_end)
        self.at_shift_end.blockSignals(False)
        self._update_texts()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not on_demand)
        if not self.isVisible():
            self._place()
        self.show()
        self.raise_()
        if on_demand:
            self.activateWindow()

    def retranslate(self, language: str) -> None:
        self.language = language
        self.setWindowTitle(self.tr("Your day · Companion"))
        self.title.setText(self.tr("Your day"))
        self.entries_name.setText(self.tr("Entries logged:"))
        self.stress_name.setText(self.tr("Stress:"))
        self.breaks_name.setText(self.tr("Breaks:"))
        self.exercises_name.setText(self.tr("Exercises:"))
        self.at_shift_end.setText(self.tr("&Don't show at the end of a shift"))
        self.at_shift_end.setToolTip(
            self.tr("You can still open it from the tray menu: Today's summary.")
        )
        self.log_button.setText(self.tr("&Log mood…"))
        self.close_button.setText(self.tr("&Close"))
        self._update_texts()

    # -- inside --------------------------------------------------------------------------------

    def _update_texts(self) -> None:
        summary = self.summary
        if summary is None:
            return
        language = self.language
        day = format_day(summary.day, language, weekday=True)
        before = self.shift_starts
        self.before_line.setVisible(before is not None)
        if before is None:
            self.title.setText(self.tr("Your day"))
            self.day_label.setText(day)
        else:
            self.title.setText(self.tr("Before your shift"))
            self.before_line.setText(
                self.tr("Today's shift starts at %1.").replace("%1", f"{before:%H:%M}")
            )
            if self.today is not None and summary.day == self.today:
                label = self.tr("Today so far · %1")
            elif self.today is not None and summary.day == self.today - timedelta(days=1):
                label = self.tr("Yesterday's shift · %1")
            else:
                label = self.tr("Your last shift · %1")
            self.day_label.setText(label.replace("%1", day))
        self.entries_value.setText(str(summary.entries))
        if summary.mean_stress is None or summary.max_stress is None:
            self.stress_value.setText(self.tr("nothing logged"))
        else:
            self.stress_value.setText(
                self.tr("mean %1, highest %2 (0–10)")
                .replace("%1", _number(summary.mean_stress))
                .replace("%2", str(summary.max_stress))
            )
        if summary.breaks_offered == 0:
            self.breaks_value.setText(self.tr("none offered"))
        else:
            self.breaks_value.setText(
                self.tr("%1 of %2 taken")
                .replace("%1", str(summary.breaks_taken))
                .replace("%2", str(summary.breaks_offered))
            )
        self.exercises_value.setText(str(summary.exercises))
        self.sentence.setText(keep_last_two(choose_sentence(summary, self._sentences, language)))
        self.log_button.setVisible(summary.entries == 0)
        self.adjustSize()

    def _log(self) -> None:
        self.close()
        self.log_requested.emit()

    def _place(self) -> None:
        """Bottom-right corner of the free area of the screen the agent works on."""
        screen = work_screen()
        if self.screen() is not screen:
            self.setScreen(screen)
        area = screen.availableGeometry()
        self.adjustSize()
        self.move(
            area.right() - self.width() - MARGIN + 1, area.bottom() - self.height() - MARGIN + 1
        )
