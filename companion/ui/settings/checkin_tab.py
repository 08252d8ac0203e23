"""The "Check-in and reminders" tab of the settings: the weekly check-in, and the shift's end.

The weekly wellbeing check-in (the WHO-5) is offered on a chosen day and time; when the shift
ends, a summary of the day and, if nothing was logged, a reminder to log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.shift import WEEKDAYS
from companion.settings import Settings
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import plain, spin_box, tab_layout, weekday_names
from companion.ui.widgets import TimeEdit


class CheckInTab(QWidget):
    """When the weekly check-in is offered, and what comes when the shift ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self.checkin_group = QGroupBox(self)
        self.enabled = QCheckBox(self.checkin_group)
        self.weekday_label = QLabel(self.checkin_group)
        self.weekday = QComboBox(self.checkin_group)
        self.weekday_label.setBuddy(self.weekday)
        self.time_label = QLabel(self.checkin_group)
        self.time_of_day = TimeEdit(self.checkin_group)
        self.time_of_day.setDisplayFormat("HH:mm")
        self.time_label.setBuddy(self.time_of_day)
        self.checkin_hint = QLabel(self.checkin_group)
        self.checkin_hint.setObjectName("hint")
        self.checkin_hint.setWordWrap(True)
        for widget in (self.weekday, self.time_of_day):
            self.enabled.toggled.connect(widget.setEnabled)
        when = QHBoxLayout()
        when.setContentsMargins(24, 0, 0, 0)
        when.addWidget(self.weekday_label)
        when.addWidget(self.weekday)
        when.addSpacing(8)
        when.addWidget(self.time_label)
        when.addWidget(self.time_of_day)
        when.addStretch(1)
        checkin = QVBoxLayout(self.checkin_group)
        checkin.setSpacing(6)
        checkin.addWidget(self.enabled)
        checkin.addLayout(when)
        checkin.addWidget(self.checkin_hint)

        self.after_shift_group = QGroupBox(self)
        self.summary_at_end = QCheckBox(self.after_shift_group)
        self.log_reminder = QCheckBox(self.after_shift_group)
        log_after = self.spins["reminders.log_after_minutes"] = spin_box(
            self.after_shift_group, "reminders.log_after_minutes"
        )
        self.log_reminder.toggled.connect(log_after.setEnabled)
        self.reminders_hint = QLabel(self.after_shift_group)
        self.reminders_hint.setObjectName("hint")
        self.reminders_hint.setWordWrap(True)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.log_reminder)
        reminder_row.addWidget(log_after)
        reminder_row.addStretch(1)
        after = QVBoxLayout(self.after_shift_group)
        after.setSpacing(6)
        after.addWidget(self.summary_at_end)
        after.addLayout(reminder_row)
        after.addWidget(self.reminders_hint)

        tab_layout(self, self.checkin_group, self.after_shift_group)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.checkin_group.setTitle(translate("SettingsDialog", "Weekly check-in"))
        self.enabled.setText(translate("SettingsDialog", "Offer the weekly wellbeing chec&k-in"))
        self.enabled.setAccessibleName(plain(self.enabled.text()))
        self.weekday_label.setText(translate("SettingsDialog", "O&n"))
        self.time_label.setText(translate("SettingsDialog", "&at"))
        _short, full = weekday_names()
        chosen = self.weekday.currentData()
        self.weekday.clear()
        for name, full_name in zip(WEEKDAYS, full, strict=True):
            self.weekday.addItem(full_name, name)
        self.weekday.setCurrentIndex(max(self.weekday.findData(chosen), 0))
        self.weekday.setAccessibleName(translate("SettingsDialog", "Weekday of the check-in"))
        self.time_of_day.setAccessibleName(translate("SettingsDialog", "Time of the check-in"))
        self.checkin_hint.setText(
            translate(
                "SettingsDialog",
                "Five short questions about the last two weeks (the WHO-5). Offered once at "
                "this time, not at all if you have done it that week, and never during a pause "
                "or a call. “Weekly check-in…” in the tray menu opens it any time.",
            )
        )
        self.after_shift_group.setTitle(translate("SettingsDialog", "When the shift ends"))
        self.summary_at_end.setText(translate("SettingsDialog", "Show a s&ummary of the day"))
        self.summary_at_end.setAccessibleName(plain(self.summary_at_end.text()))
        self.log_reminder.setText(
            translate("SettingsDialog", "If nothing was logged that day, remind me to lo&g")
        )
        self.log_reminder.setAccessibleName(plain(self.log_reminder.text()))
        spin = self.spins["reminders.log_after_minutes"]
        spin.setSuffix(translate("SettingsDialog", " min later"))
        spin.setAccessibleName(
            translate("SettingsDialog", "Minutes after the shift ends to remind me to log")
        )
        self.reminders_hint.setText(
            translate(
                "SettingsDialog",
                "No reminder comes during a pause or a call. Both can be turned off here.",
            )
        )

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        for key, spin in self.spins.items():
            spin.setValue(settings.get(key))
        self.enabled.setChecked(settings.get("checkin.enabled"))
        self.weekday.setCurrentIndex(max(self.weekday.findData(settings.get("checkin.day")), 0))
        self.time_of_day.setTime(QTime.fromString(settings.get("checkin.time"), "HH:mm"))
        for widget in (self.weekday, self.time_of_day):
            widget.setEnabled(self.enabled.isChecked())
        self.summary_at_end.setChecked(settings.get("summary.at_shift_end"))
        self.log_reminder.setChecked(settings.get("reminders.log_after_shift"))
        self.spins["reminders.log_after_minutes"].setEnabled(self.log_reminder.isChecked())

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        found["checkin.enabled"] = self.enabled.isChecked()
        found["checkin.day"] = self.weekday.currentData()
        found["checkin.time"] = self.time_of_day.time().toString("HH:mm")
        found["summary.at_shift_end"] = self.summary_at_end.isChecked()
        found["reminders.log_after_shift"] = self.log_reminder.isChecked()
        return found
