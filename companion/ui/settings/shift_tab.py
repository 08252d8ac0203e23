"""The Shift tab of the settings: the working week, its hours, days off and extra working days.

The hours are checked while they are typed, by the rules of `companion.domain.shift`; each
field says what is wrong underneath it. Also here: whether Companion starts at login.
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
    QVBoxLayout,
    QWidget,
)

from companion.domain.shift import WEEKDAYS, InvalidShift, ShiftProblem, TimeRange, parse_ranges
from companion.settings import InvalidSetting, Settings
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import (
    DateList,
    error_label,
    plain,
    split_ranges,
    tab_layout,
    weekday_names,
)


def _range_text(item: TimeRange) -> str:
    text = str(item)
    return "00:00-24:00" if text == "00:00-00:00" else text  # a whole day, as the file spells it


def _ranges_display(items: list[str]) -> str:
    return ", ".join("00:00-24:00" if item == "00:00-00:00" else item for item in items)


class ShiftTab(QWidget):
    """Working days and hours (with other hours on some days), dates, and start at login."""

    edited = Signal()  # hours were typed: the dialog checks everything again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week_group = QGroupBox(self)
        self.hours_label = QLabel(self.week_group)
        self.hours = QLineEdit(self.week_group)
        self.hours.setPlaceholderText("09:00-12:00, 13:00-18:00")
        self.hours_label.setBuddy(self.hours)
        self.hours_hint = QLabel(self.week_group)
        self.hours_hint.setObjectName("hint")
        self.hours_hint.setWordWrap(True)
        self.hours_error = error_label(self.week_group)
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
        week.addWidget(self.hours)
        week.addWidget(self.hours_error)
        week.addWidget(self.hours_hint)
        week.addSpacing(6)
        week.addLayout(grid)
        week.addWidget(self.day_hours_error)
        week.addStretch(1)
        self.hours.textChanged.connect(self.edited)

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
        self.hours_hint.setText(
            translate(
                "SettingsDialog", "Separate time ranges with commas; 22:00-06:00 runs overnight."
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
        self.hours.setText(_ranges_display(settings.get("shift.hours")))
        self.days_off.set_dates(settings.get("shift.days_off"))
        self.extra_days.set_dates(settings.get("shift.extra_days"))
        self.at_login.setChecked(settings.get("startup.at_login"))

    def validate(self) -> bool:
        """Show what is wrong under the usual hours and under the days; True if nothing is."""
        valid = True
        for label, check in (
            (self.hours_error, lambda: self._ranges(self.hours.text())),
            (self.day_hours_error, self._hours_by_day),
        ):
            try:
                check()
            except InvalidSetting as error:
                label.setText(str(error))
                label.show()
                valid = False
            else:
                label.clear()
                label.hide()
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
        translate = QCoreApplication.translate
        items = split_ranges(text)
        if not items:
            raise InvalidSetting(
                translate("SettingsDialog", "Enter at least one time range, like 09:00-18:00.")
            )
        for item in items:
            try:
                TimeRange.parse(item)
            except InvalidShift as error:
                if error.problem is ShiftProblem.IMPOSSIBLE and ":" in item:
                    message = translate("SettingsDialog", "“%1” is not a possible time range.")
                else:
                    message = translate(
                        "SettingsDialog", "“%1” is not a time range like 09:00-18:00."
                    )
                raise InvalidSetting(message.replace("%1", item)) from None
        try:
            ranges = parse_ranges(items)
        except InvalidShift as error:
            if error.problem is ShiftProblem.OVERLAP:
                raise InvalidSetting(
                    translate("SettingsDialog", "These time ranges overlap.")
                ) from None
            raise InvalidSetting(
                translate("SettingsDialog", "These time ranges span more than a day.")
            ) from None
        return [_range_text(item) for item in ranges]

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
