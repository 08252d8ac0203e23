"""The Shift tab of the settings: the working week, its hours, days off and extra working days.

The usual hours are typed as agents write them (`9-18`, `9-12, 13:30-18`), set with time pickers
or with one click on a shift the administrator named (`ui.shift_hours.HoursEdit`); the other
hours of a day are typed the same way. Both are checked while they are typed, by the rules of
`companion.domain.shift`, and each says what is wrong underneath it. Also here: whether
Companion starts at login.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.domain.shift import WEEKDAYS, InvalidShift, read_hours
from companion.settings import InvalidSetting, Settings
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import DateList, error_label, plain, tab_layout, weekday_names
from companion.ui.shift_hours import HoursEdit, shift_error


def _ranges_display(items: list[str]) -> str:
    return ", ".join(items)


class ShiftTab(QWidget):
    """Working days and hours (with other hours on some days), dates, and start at login."""

    edited = Signal()  # hours were typed: the dialog checks everything again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week_group = QGroupBox(self)
        self.hours_label = QLabel(self.week_group)
        self.hours_edit = HoursEdit(self.week_group, compact=True)
        self.hours = self.hours_edit.line  # the typed text
        self.hours_error = self.hours_edit.error  # the line that says what is wrong
        self.hours_label.setBuddy(self.hours)
        self.hours_hint = QLabel(self.week_group)
        self.hours_hint.setObjectName("hint")
        self.hours_hint.setWordWrap(True)
        self.hours_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.days_label = QLabel(self.week_group)
        self.own_hours_label = QLabel(self.week_group)
        self.own_hours_label.setWordWrap(True)
        self.day_boxes: list[QCheckBox] = []
        self.day_hours: list[QLineEdit] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.days_label, 0, 0)
        grid.addWidget(self.own_hours_label, 0, 1)
        for index in range(len(WEEKDAYS)):
            box = QCheckBox(self.week_group)
            edit = QLineEdit(self.week_group)
            edit.textChanged.connect(self.edited)
            grid.addWidget(box, index + 1, 0)
            grid.addWidget(edit, index + 1, 1)
            self.day_boxes.append(box)
            self.day_hours.append(edit)
        grid.setColumnStretch(1, 1)
        self.days_label.setBuddy(self.day_boxes[0])
        self.day_hours_error = error_label(self.week_group)
        week = QVBoxLayout(self.week_group)
        week.setSpacing(4)
        week.addWidget(self.hours_label)
        week.addWidget(self.hours_edit)
        week.addWidget(self.hours_hint)
        week.addSpacing(6)
        week.addLayout(grid)
        week.addWidget(self.day_hours_error)
        week.addStretch(1)
        self.hours_edit.changed.connect(self.edited)

        self.dates_group = QGroupBox(self)
        self.days_off = DateList(self.dates_group)
        self.extra_days = DateList(self.dates_group)
        dates = QVBoxLayout(self.dates_group)
        dates.setSpacing(10)
        dates.addWidget(self.days_off, 1)
        dates.addWidget(self.extra_days, 1)

        # Shown as the login entry is now (the app loads that), not as the file last said.
        self.at_login = QCheckBox(self)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addWidget(self.week_group, 3)
        columns.addWidget(self.dates_group, 2)
        layout = tab_layout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.at_login, 0, Qt.AlignmentFlag.AlignLeft)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.week_group.setTitle(translate("SettingsDialog", "Working week"))
        self.hours_label.setText(translate("SettingsDialog", "Usual working &hours"))
        self.hours.setAccessibleName(plain(self.hours_label.text()))
        self.hours_edit.retranslate()
        self.hours_hint.setText(
            translate(
                "SettingsDialog",
                "Below, other hours for some days, typed the same way (9-18, 9-12, 13:30-18); "
                "22-6 runs overnight.",
            )
        )
        self.days_label.setText(translate("SettingsDialog", "&Working days"))
        self.own_hours_label.setText(translate("SettingsDialog", "Other hours that day"))
        short, full = weekday_names()
        for box, edit, short_name, full_name in zip(
            self.day_boxes, self.day_hours, short, full, strict=True
        ):
            box.setText(short_name)
            box.setAccessibleName(
                translate("SettingsDialog", "%1 is a working day").replace("%1", full_name)
            )
            edit.setPlaceholderText(translate("SettingsDialog", "as usual"))
            edit.setAccessibleName(
                translate("SettingsDialog", "Other hours on %1 (empty: as usual)").replace(
                    "%1", full_name
                )
            )
        self.dates_group.setTitle(translate("SettingsDialog", "Dates"))
        days_off = translate("SettingsDialog", "Days off")
        extra = translate("SettingsDialog", "Extra working days")
        add, remove = translate("SettingsDialog", "Add"), translate("SettingsDialog", "Remove")
        self.days_off.set_texts(
            translate("SettingsDialog", "Days &off (holidays)"), add, remove, days_off
        )
        self.extra_days.set_texts(
            translate("SettingsDialog", "E&xtra working days"), add, remove, extra
        )
        self.days_off.setToolTip(
            translate("SettingsDialog", "No breaks on these days, such as public holidays.")
        )
        self.extra_days.setToolTip(
            translate(
                "SettingsDialog", "Working days outside the usual week, such as make-up weekends."
            )
        )
        self.at_login.setText(translate("SettingsDialog", "Start Companion when I &log in"))
        self.at_login.setAccessibleName(plain(self.at_login.text()))

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        days = set(settings.get("shift.days"))
        by_day: dict[str, list[str]] = settings.get("shift.hours_by_day")
        for name, box, edit in zip(WEEKDAYS, self.day_boxes, self.day_hours, strict=True):
            box.setChecked(name in days)
            edit.setText(_ranges_display(by_day[name]) if name in by_day else "")
        self.hours_edit.set_presets(settings.get("shift.presets"))
        self.hours_edit.set_text(_ranges_display(settings.get("shift.hours")))
        self.days_off.set_dates(settings.get("shift.days_off"))
        self.extra_days.set_dates(settings.get("shift.extra_days"))
        self.at_login.setChecked(settings.get("startup.at_login"))

    def validate(self) -> bool:
        """Show what is wrong under the usual hours and under the days; True if nothing is."""
        try:
            self.hours_edit.ranges()  # its own line says what is wrong
        except InvalidShift:
            valid = False
        else:
            valid = True
        try:
            self._hours_by_day()
        except InvalidSetting as error:
            self.day_hours_error.setText(str(error))
            self.day_hours_error.show()
            return False
        self.day_hours_error.clear()
        self.day_hours_error.hide()
        return valid

    def values(self) -> dict[str, Any]:
        """The shift's keys; raises InvalidSetting while some hours are invalid."""
        return {
            "shift.days": [
                name for name, box in zip(WEEKDAYS, self.day_boxes, strict=True) if box.isChecked()
            ],
            "shift.hours": self._ranges(self.hours.text()),
            "shift.hours_by_day": self._hours_by_day(),
            "shift.days_off": self.days_off.dates(),
            "shift.extra_days": self.extra_days.dates(),
            "startup.at_login": self.at_login.isChecked(),
        }

    def _ranges(self, text: str) -> list[str]:
        """Checked, sorted range texts; raises InvalidSetting with a sentence for the agent."""
        try:
            return [str(item) for item in read_hours(text)]
        except InvalidShift as error:
            raise InvalidSetting(shift_error(error)) from None

    def _hours_by_day(self) -> dict[str, list[str]]:
        _short, full = weekday_names()
        table: dict[str, list[str]] = {}
        for name, full_name, edit in zip(WEEKDAYS, full, self.day_hours, strict=True):
            if not edit.text().strip():
                continue
            try:
                table[name] = self._ranges(edit.text())
            except InvalidSetting as error:
                raise InvalidSetting(
                    QCoreApplication.translate("SettingsDialog", "%1: %2")
                    .replace("%1", full_name)
                    .replace("%2", str(error))
                ) from None
        return table
