"""Guided breathing (in 4 s, hold 2 s, out 6 s) for a chosen number of cycles."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from companion.domain.breathing import CYCLE_SECONDS
from companion.ui.break_window import minutes_seconds
from companion.ui.breathing import BreathingWidget
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.widgets import (
    AFTER,
    CYCLES_DEFAULT,
    CYCLES_MAX,
    CYCLES_MIN,
    Countdown,
    _button,
)

# -- the timed exercises ---------------------------------------------------------------------


class BreathingPage(ExercisePage):
    """The breathing circle for a chosen number of 12-second cycles, counting down."""

    timed = True

    def build_before_options(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.cycles_label = QLabel(self)
        self.cycles = QSpinBox(self)
        self.cycles.setObjectName("cycles")
        self.cycles.setRange(CYCLES_MIN, CYCLES_MAX)
        self.cycles.setValue(CYCLES_DEFAULT)
        self.cycles_label.setBuddy(self.cycles)
        self.cycles_total = QLabel(self)
        self.cycles_total.setObjectName("hint")
        row.addWidget(self.cycles_label)
        row.addWidget(self.cycles)
        row.addWidget(self.cycles_total, 1)
        layout.addLayout(row)
        self.cycles.valueChanged.connect(lambda _value: self._update_total())

    def build_work(self, layout: QVBoxLayout) -> None:
        self.countdown = Countdown(self._monotonic, self)
        self.breathing = BreathingWidget(self._monotonic, self)
        self.breathing.setMinimumSize(180, 180)
        self.cycle_label = QLabel(self)
        self.cycle_label.setObjectName("cycleLabel")
        self.cycle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_left = QLabel(self)
        self.time_left.setObjectName("exerciseCountdown")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.time_left.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2.0)
        big.setWeight(QFont.Weight.Light)
        self.time_left.setFont(big)
        self.stop_button = _button(self, "stopEarly")
        # Reached with Tab, never focused at once: a stray Space must not stop it.
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        stop_row = QHBoxLayout()
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        stop_row.addStretch(1)
        layout.addWidget(self.breathing, 1)
        layout.addWidget(self.cycle_label)
        layout.addWidget(self.time_left)
        layout.addLayout(stop_row)
        self.stop_button.clicked.connect(self.stop_early)
        self.countdown.ticked.connect(self._update_time)
        self.countdown.finished.connect(self._finish)
        self._breathed = 0.0
        self._stopped_early = False

    def work_focus(self) -> QWidget:
        return self  # not the Stop button: Esc stops, Tab reaches the button

    def begin_work(self) -> None:
        self._stopped_early = False
        self._breathed = 0.0
        self.countdown.start(self.cycles.value() * CYCLE_SECONDS)
        self.breathing.start()
        self._update_time()

    @property
    def running(self) -> bool:
        return self.countdown.running

    def _update_time(self) -> None:
        self.time_left.setText(minutes_seconds(self.countdown.remaining()))
        total = self.cycles.value()
        cycle = min(total, math.floor(self.countdown.elapsed() / CYCLE_SECONDS) + 1)
        self.cycle_label.setText(
            self.tr("Cycle %1 of %2").replace("%1", str(cycle)).replace("%2", str(total))
        )

    def _finish(self) -> None:
        self._breathed = self.countdown.seconds
        self.breathing.stop()
        self.go(AFTER)

    def stop_early(self) -> None:
        if not self.countdown.running:
            return
        self._breathed = self.countdown.elapsed()
        self._stopped_early = True
        self.countdown.stop()
        self.breathing.stop()
        self.go(AFTER)

    def stop_timers(self) -> None:
        self.countdown.stop()
        self.breathing.stop()

    def pause(self) -> None:
        self.countdown.pause()  # the circle stops by itself when hidden

    def resume(self) -> None:
        if self.countdown.running:
            self._update_time()
        self.countdown.resume()

    def reset_work(self) -> None:
        self.cycles.setValue(CYCLES_DEFAULT)
        self._breathed = 0.0
        self._stopped_early = False

    def extra(self) -> dict[str, str]:
        return {
            "cycles": str(self.cycles.value()),
            "seconds": str(math.floor(self._breathed)),
            "stopped_early": "true" if self._stopped_early else "false",
        }

    def recap_text(self) -> str:
        if self._stopped_early:
            return self.tr("You breathed for %1 before stopping.").replace(
                "%1", minutes_seconds(math.floor(self._breathed))
            )
        return (
            self.tr("You breathed for %1 cycles (%2). Well done.")
            .replace("%1", str(self.cycles.value()))
            .replace("%2", minutes_seconds(round(self._breathed)))
        )

    def _update_total(self) -> None:
        seconds = round(self.cycles.value() * CYCLE_SECONDS)
        self.cycles_total.setText(
            self.tr("12 s each, %1 in all").replace("%1", minutes_seconds(seconds))
        )

    def retranslate_work(self) -> None:
        self.breathing.retranslate(self.language)
        self.cycles_label.setText(self.tr("C&ycles:"))
        self.cycles.setAccessibleName(self.tr("Number of breathing cycles"))
        self._update_total()
        self.cycles_total.setAccessibleName(self.tr("Length of the breathing"))
        self.time_left.setAccessibleName(self.tr("Time left"))
        self.cycle_label.setAccessibleName(self.tr("Breathing cycle"))
        self.stop_button.setText(self.tr("&End early"))
        self.stop_button.setAccessibleName(self.tr("End the breathing early"))
        if self.countdown.running:
            self._update_time()
