"""Short detachment between calls: a timed pause with a few steps."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout

from companion.ui.break_window import minutes_seconds
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.widgets import (
    AFTER,
    DETACHMENT_CHOICES,
    DETACHMENT_DEFAULT,
    Countdown,
    _button,
    _wrapped,
)
from companion.ui.lines import keep_last_two


class DetachmentPage(ExercisePage):
    """30, 45 or 60 seconds between calls, the steps one after another, counting down."""

    timed = True
    steps_before = False  # they come one at a time

    def build_before_options(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.length_label = QLabel(self)
        row.addWidget(self.length_label)
        self.length_group = QButtonGroup(self)
        self.length_buttons: dict[int, QRadioButton] = {}
        for seconds in DETACHMENT_CHOICES:
            button = QRadioButton(self)
            button.setObjectName(f"length{seconds}")
            self.length_group.addButton(button, seconds)
            self.length_buttons[seconds] = button
            row.addWidget(button)
        row.addStretch(1)
        self.length_label.setBuddy(self.length_buttons[DETACHMENT_CHOICES[0]])
        self.length_buttons[DETACHMENT_DEFAULT].setChecked(True)
        layout.addLayout(row)

    def build_work(self, layout: QVBoxLayout) -> None:
        self.countdown = Countdown(self._monotonic, self)
        self.step_number = QLabel(self)
        self.step_number.setObjectName("hint")
        self.step_text = _wrapped(self, "detachmentStep")
        font = QFont(self.step_text.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.4)
        self.step_text.setFont(font)
        self.step_text.setMinimumHeight(110)
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.step_number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.time_left = QLabel(self)
        self.time_left.setObjectName("exerciseCountdown")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.time_left.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2.0)
        big.setWeight(QFont.Weight.Light)
        self.time_left.setFont(big)
        self.stop_button = _button(self, "stopEarly")
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        stop_row = QHBoxLayout()
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        stop_row.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.step_number)
        layout.addWidget(self.step_text)
        layout.addWidget(self.time_left)
        layout.addLayout(stop_row)
        layout.addStretch(1)
        self.stop_button.clicked.connect(self.stop_early)
        self.countdown.ticked.connect(self._update_time)
        self.countdown.finished.connect(self._finish)
        self._taken = 0.0
        self._stopped_early = False

    def chosen_seconds(self) -> int:
        chosen = self.length_group.checkedId()
        return chosen if chosen in DETACHMENT_CHOICES else DETACHMENT_DEFAULT

    def begin_work(self) -> None:
        self._stopped_early = False
        self._taken = 0.0
        self.countdown.start(self.chosen_seconds())
        self._update_time()

    @property
    def running(self) -> bool:
        return self.countdown.running

    def step_index(self) -> int:
        steps = self.exercise.steps if self.exercise else ()
        if not steps or self.countdown.seconds <= 0:
            return 0
        each = self.countdown.seconds / len(steps)
        return min(len(steps) - 1, math.floor(self.countdown.elapsed() / each + 1e-9))

    def _update_time(self) -> None:
        steps = self.exercise.steps if self.exercise else ()
        self.time_left.setText(minutes_seconds(self.countdown.remaining()))
        if steps:
            index = self.step_index()
            self.step_number.setText(
                self.tr("Step %1 of %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(steps)))
            )
            self.step_text.setText(keep_last_two(steps[index]))

    def _finish(self) -> None:
        self._taken = self.countdown.seconds
        self.go(AFTER)

    def stop_early(self) -> None:
        if not self.countdown.running:
            return
        self._taken = self.countdown.elapsed()
        self._stopped_early = True
        self.countdown.stop()
        self.go(AFTER)

    def stop_timers(self) -> None:
        self.countdown.stop()

    def pause(self) -> None:
        self.countdown.pause()

    def resume(self) -> None:
        if self.countdown.running:
            self._update_time()
        self.countdown.resume()

    def reset_work(self) -> None:
        self.length_buttons[DETACHMENT_DEFAULT].setChecked(True)
        self._taken = 0.0
        self._stopped_early = False

    def extra(self) -> dict[str, str]:
        return {
            "seconds_chosen": str(self.chosen_seconds()),
            "seconds": str(math.floor(self._taken)),
            "stopped_early": "true" if self._stopped_early else "false",
        }

    def recap_text(self) -> str:
        return self.tr("You took %1 for yourself. The last customer is behind you.").replace(
            "%1", minutes_seconds(math.floor(self._taken))
        )

    def retranslate_work(self) -> None:
        self.length_label.setText(self.tr("&Length:"))
        for seconds, button in self.length_buttons.items():
            button.setText(self.tr("%1 s").replace("%1", str(seconds)))
            button.setAccessibleName(self.tr("%1 seconds").replace("%1", str(seconds)))
        self.step_number.setAccessibleName(self.tr("Step number"))
        self.step_text.setAccessibleName(self.tr("Current step"))
        self.time_left.setAccessibleName(self.tr("Time left"))
        self.stop_button.setText(self.tr("&End early"))
        self.stop_button.setAccessibleName(self.tr("End the exercise early"))
        if self.countdown.running:
            self._update_time()
