"""Shift hours, entered as a person likes: typed (`9-18`, `9:00-18:00`, `9-12, 13:30-18`, `22-6`),
with time pickers for each range, or with one click on a shift the administrator named.

The three stay in step: typing redraws the pickers, a picker rewrites the text, a named shift
fills both. Under them one line says what the hours are read as ("That is 09:00-18:00: 9 h.") or
what is wrong; that line always takes its one line of room, so an error never moves the window's
layout. The reading and the checks are `companion.domain.shift.read_hours`.

Keyboard: Tab goes text, each range's start, end and remove button, Add a range, the named
shifts; in a picker the arrows change the hour or the minute, digits type it.
"""

from __future__ import annotations

from datetime import time
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.shift import InvalidShift, ShiftProblem, TimeRange, hours_text, read_hours
from companion.ui.widgets import FlowLayout, TimeEdit

MAX_PICKED = 4  # ranges the Add button makes; more may be typed
QUOTED = 24  # characters of a wrong entry quoted in the error line


def shift_error(error: InvalidShift) -> str:
    """The one line that says what is wrong with typed hours."""
    translate = QCoreApplication.translate
    item = error.item if len(error.item) <= QUOTED else error.item[: QUOTED - 1] + "…"
    if error.problem is ShiftProblem.NONE_GIVEN:
        return translate("SettingsDialog", "Enter at least one time range, like 09:00-18:00.")
    if error.problem is ShiftProblem.OVERLAP:
        return translate("SettingsDialog", "These time ranges overlap.")
    if error.problem is ShiftProblem.LONGER_THAN_A_DAY:
        return translate("SettingsDialog", "These time ranges span more than a day.")
    if error.problem is ShiftProblem.IMPOSSIBLE:
        return translate("SettingsDialog", "“%1” is not a possible time range.").replace("%1", item)
    if error.problem is ShiftProblem.TOO_LONG_OVERNIGHT and error.suggestion:
        return (
            translate("SettingsDialog", "“%1” would run overnight, far too long: did you mean %2?")
            .replace("%1", item)
            .replace("%2", error.suggestion.replace("-", "–"))
        )
    if error.problem is ShiftProblem.TOO_LONG_OVERNIGHT:
        return translate("SettingsDialog", "“%1” would run overnight, far too long.").replace(
            "%1", item
        )
    return translate("SettingsDialog", "“%1” is not a time range like 09:00-18:00.").replace(
        "%1", item
    )


def duration_text(minutes: int) -> str:
    translate = QCoreApplication.translate
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return translate("ShiftHours", "%1 h").replace("%1", str(hours))
    if hours == 0:
        return translate("ShiftHours", "%1 min").replace("%1", str(rest))
    return translate("ShiftHours", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def range_text(item: TimeRange) -> str:
    """`09:00–18:00`, and `22:00–06:00 (next day)` for a range that runs overnight."""
    start, end = f"{item.start:%H:%M}", f"{item.end:%H:%M}"
    if item.end == time(0):
        end = "24:00"
    elif item.overnight:
        return (
            QCoreApplication.translate("ShiftHours", "%1–%2 (next day)")
            .replace("%1", start)
            .replace("%2", end)
        )
    return f"{start}–{end}"


def reading_text(ranges: tuple[TimeRange, ...]) -> str:
    """What typed hours are read as: “That is 09:00–12:00 and 13:30–18:00: 7 h 30 min.”"""
    translate = QCoreApplication.translate
    texts = [range_text(item) for item in ranges]
    joined = (
        texts[0]
        if len(texts) == 1
        else translate("ShiftHours", "%1 and %2")
        .replace("%1", translate("ShiftHours", ", ").join(texts[:-1]))
        .replace("%2", texts[-1])
    )
    total = sum(item.minutes for item in ranges)
    return (
        translate("ShiftHours", "That is %1: %2.")
        .replace("%1", joined)
        .replace("%2", duration_text(total))
    )


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def _time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


class RangePicker(QWidget):
    """One range: its start and end pickers, and a button that removes it."""

    def __init__(self, item: TimeRange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = self._picker(item.start)
        self.dash = QLabel("–", self)
        self.end = self._picker(item.end)
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.start, self.dash, self.end, self.remove):
            row.addWidget(widget)

    def _picker(self, moment: time) -> QTimeEdit:
        picker = TimeEdit(self)
        picker.setDisplayFormat("HH:mm")
        picker.setWrapping(True)
        picker.setTime(_qtime(moment))
        return picker

    def value(self) -> TimeRange:
        return TimeRange(_time(self.start.time()), _time(self.end.time()))

    def show_value(self, item: TimeRange) -> None:
        for picker, moment in ((self.start, item.start), (self.end, item.end)):
            blocked = picker.blockSignals(True)
            picker.setTime(_qtime(moment))
            picker.blockSignals(blocked)


class HoursEdit(QWidget):
    """A day's shift hours: typed text, time pickers, named shifts, and the line under them."""

    changed = Signal()  # the hours changed (typed, picked or a named shift); check `ranges()`

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        """`compact`: the named shifts show their names only (their hours in a tooltip), for
        a narrow column."""
        super().__init__(parent)
        self._compact = compact
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("9-18")
        self._pickers_host = QWidget(self)
        self._pickers_flow = FlowLayout(self._pickers_host, spacing=10)
        self.pickers: list[RangePicker] = []
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self._pickers_flow.addWidget(self.add_button)

        self.presets_label = QLabel(self)
        self.presets_label.setObjectName("hint")
        self._presets_host = QWidget(self)
        self._presets_flow = FlowLayout(self._presets_host, spacing=6)
        self._presets_flow.addWidget(self.presets_label)
        self.preset_buttons: dict[str, QPushButton] = {}
        self._presets: dict[str, tuple[TimeRange, ...]] = {}

        # The reading or the error, one at a time, in one line's room that is always there.
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        status = QWidget(self)
        self._status = QStackedLayout(status)
        for label in (self.note, self.error):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._status.addWidget(label)
        status.setFixedHeight(self.error.sizeHint().height())
        status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        for host in (self._pickers_host, self._presets_host):  # as tall as they wrap
            policy = host.sizePolicy()
            policy.setHeightForWidth(True)
            host.setSizePolicy(policy)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.line)
        column.addWidget(self._pickers_host)
        column.addWidget(self._presets_host)
        column.addWidget(status)
        self._presets_host.hide()

        self._ranges: tuple[TimeRange, ...] | None = None
        self._problem: InvalidShift | None = None
        self.line.textChanged.connect(self._typed)
        self.add_button.clicked.connect(self._add_range)
        self._typed()  # empty: "Enter at least one time range" until hours are set
        self.retranslate()

    # -- what it holds ------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)
        self._typed()  # also when the text was already this (a language change re-says it)

    def ranges(self) -> tuple[TimeRange, ...]:
        """The ranges in force; raises InvalidShift while the hours are wrong."""
        if self._problem is not None:
            raise self._problem
        assert self._ranges is not None
        return self._ranges

    def set_presets(self, presets: dict[str, list[str]]) -> None:
        """The administrator's named shifts (`shift.presets`), one button each."""
        for button in self.preset_buttons.values():
            self._presets_flow.removeWidget(button)
            button.deleteLater()
        self.preset_buttons, self._presets = {}, {}
        for name, items in presets.items():
            ranges = read_hours(", ".join(items))
            button = QPushButton(self._presets_host)
            button.setObjectName("chip")
            button.setCheckable(True)
            button.setAutoDefault(False)
            hours = ", ".join(str(item) for item in ranges)
            button.setText(name if self._compact else f"{name}  {hours}")
            button.setToolTip(f"{name}  {hours}")
            button.setAccessibleName(f"{name} {hours}")
            button.clicked.connect(lambda _checked=False, n=name: self.choose_preset(n))
            self._presets_flow.addWidget(button)
            self.preset_buttons[name], self._presets[name] = button, ranges
        self._presets_host.setVisible(bool(presets))
        self._chain()
        self._mark_preset()

    def choose_preset(self, name: str) -> None:
        self.set_text(hours_text(self._presets[name]))

    def last_in_chain(self) -> QWidget:
        """The last widget of its Tab order, for the window's own order after it."""
        buttons = list(self.preset_buttons.values())
        return buttons[-1] if buttons else self.add_button

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.add_button.setText(translate("ShiftHours", "+ Add a range"))
        self.add_button.setAccessibleName(translate("ShiftHours", "Add a time range"))
        self.presets_label.setText(translate("ShiftHours", "Your team's shifts:"))
        self.line.setToolTip(
            translate(
                "ShiftHours",
                "Type the hours as you write them, such as 9-18, 9:00-18:00, 9-12, 13:30-18 "
                "or 22-6 (overnight), or set them with the pickers below.",
            )
        )
        for index, picker in enumerate(self.pickers, start=1):
            self._name_picker(picker, index)
        self._show_state()

    # -- keeping text, pickers and the line under them in step ------------------------------

    def _typed(self) -> None:
        try:
            ranges = read_hours(self.line.text())
        except InvalidShift as error:
            self._problem = error
        else:
            self._problem, self._ranges = None, ranges
            self._show_pickers(ranges)
        self._show_state()
        self._mark_preset()
        self.changed.emit()

    def _picked(self) -> None:
        ranges = [picker.value() for picker in self.pickers]
        blocked = self.line.blockSignals(True)
        self.line.setText(hours_text(ranges))
        self.line.blockSignals(blocked)
        try:
            self._ranges = read_hours(self.line.text())
            self._problem = None
        except InvalidShift as error:
            self._problem = error
        self._show_state()
        self._mark_preset()
        self.changed.emit()

    def _show_state(self) -> None:
        if self._problem is not None:
            self.error.setText(shift_error(self._problem))
            self.error.setToolTip(self.error.text())
            self._status.setCurrentWidget(self.error)
        elif self._ranges is not None:
            self.note.setText(reading_text(self._ranges))
            self.note.setToolTip(self.note.text())
            self._status.setCurrentWidget(self.note)

    def _show_pickers(self, ranges: tuple[TimeRange, ...]) -> None:
        if len(ranges) == len(self.pickers):
            for picker, item in zip(self.pickers, ranges, strict=True):
                picker.show_value(item)
            return
        for picker in self.pickers:
            self._pickers_flow.removeWidget(picker)
            picker.deleteLater()
        self.pickers = []
        self._pickers_flow.removeWidget(self.add_button)
        for index, item in enumerate(ranges, start=1):
            picker = RangePicker(item, self._pickers_host)
            picker.start.timeChanged.connect(self._picked)
            picker.end.timeChanged.connect(self._picked)
            picker.remove.clicked.connect(lambda _checked=False, p=picker: self._remove(p))
            self._name_picker(picker, index)
            self._pickers_flow.addWidget(picker)
            self.pickers.append(picker)
        self._pickers_flow.addWidget(self.add_button)
        self.add_button.setEnabled(len(ranges) < MAX_PICKED)
        self._chain()

    def _name_picker(self, picker: RangePicker, index: int) -> None:
        translate = QCoreApplication.translate
        picker.start.setAccessibleName(
            translate("ShiftHours", "Start of time range %1").replace("%1", str(index))
        )
        picker.end.setAccessibleName(
            translate("ShiftHours", "End of time range %1").replace("%1", str(index))
        )
        picker.remove.setAccessibleName(
            translate("ShiftHours", "Remove time range %1").replace("%1", str(index))
        )
        picker.remove.setToolTip(picker.remove.accessibleName())

    def _chain(self) -> None:
        order: list[QWidget] = [self.line]
        for picker in self.pickers:
            order += [picker.start, picker.end, picker.remove]
        order += [self.add_button, *self.preset_buttons.values()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _add_range(self) -> None:
        ranges = [picker.value() for picker in self.pickers]
        last = ranges[-1].end if ranges else time(9)
        start_minutes = (last.hour * 60 + last.minute + 60) % (24 * 60)
        end_minutes = (start_minutes + 4 * 60) % (24 * 60)
        ranges.append(
            TimeRange(
                time(start_minutes // 60, start_minutes % 60),
                time(end_minutes // 60, end_minutes % 60),
            )
        )
        self.set_text(hours_text(ranges))
        if self.pickers:
            self.pickers[-1].start.setFocus()

    def _remove(self, picker: RangePicker) -> None:
        ranges = [each.value() for each in self.pickers if each is not picker]
        self.set_text(hours_text(ranges))
        if not ranges:
            self._show_pickers(())
        self.add_button.setFocus()

    def _mark_preset(self) -> None:
        for name, button in self.preset_buttons.items():
            button.setChecked(self._problem is None and self._presets[name] == self._ranges)
