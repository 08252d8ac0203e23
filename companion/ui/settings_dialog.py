"""The settings window: shift, breaks and calls, for an agent or an administrator; and one's data.

Every field is checked while it is typed, by the same rules the settings file uses
(`companion.settings.SPECS`). Save stays disabled while anything is invalid and emits only values
that file accepts. The language is not here: it is in the tray menu. The "Your data" tab asks
for an export file or, after a confirmation, to erase everything; the app does either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.clock import Clock, local_now
from companion.domain.key_sequence import InvalidKeySequence, normalise_key_sequence
from companion.domain.shift import WEEKDAYS, InvalidShift, ShiftProblem, TimeRange, parse_ranges
from companion.settings import SPECS, InvalidSetting, Settings
from companion.ui.confirm import confirm_delete
from companion.ui.help_contacts import ContactsEditor

# Every key this dialog edits: all settings but the language, which lives in the tray menu.
EDITED_KEYS: tuple[str, ...] = (
    "shift.days",
    "shift.hours",
    "shift.hours_by_day",
    "shift.days_off",
    "shift.extra_days",
    "breaks.micro_interval_minutes",
    "breaks.micro_seconds",
    "breaks.long_interval_minutes",
    "breaks.long_minutes",
    "breaks.notice_seconds",
    "breaks.postpone_minutes",
    "breaks.max_postpones",
    "calls.auto_end_minutes",
    "calls.offer_mood_log",
    "calls.detect_microphone",
    "shortcuts.quick_log",
    "reframing.offer_after_log",
    "reframing.offer_from_stress",
    "checkin.enabled",
    "checkin.day",
    "checkin.time",
    "summary.at_shift_end",
    "reminders.log_after_shift",
    "reminders.log_after_minutes",
    "help.contacts",
    "startup.at_login",
)

_SEPARATORS = re.compile(r"[,，、;；]")  # a Chinese input method may type a full-width comma
_BOUNDS = re.compile(r"from (-?\d+) to (-?\d+)")


@dataclass(frozen=True)
class DetectionStatus:
    """What the system probes found; a reason code says why a detection cannot work here."""

    # None = idle detection works; else "wayland", "no_display", "no_xss_library",
    # "no_xss_extension", "unsupported_platform" or "error".
    idle_reason: str | None
    idle_name: str  # e.g. "X11 screen saver extension"
    # None = works; else "no_pactl", "no_audio_server", "unsupported_platform" or "error".
    microphone_reason: str | None
    microphone_name: str  # e.g. "PulseAudio/PipeWire"
    # The quick log's global shortcut: None = held; else a reason from
    # companion.platform.hotkey ("off", "wayland", "taken", "no_key", ...).
    shortcut_reason: str | None = "off"
    shortcut_sequence: str = ""  # e.g. "Ctrl+Alt+M"


def spec_bounds(key: str) -> tuple[int, int]:
    """The lowest and highest whole number a numeric setting accepts, as SPECS states them."""
    match = _BOUNDS.search(SPECS[key].allowed)
    if match is None:
        raise KeyError(f"{key} is not a bounded number")
    return int(match.group(1)), int(match.group(2))


def split_ranges(text: str) -> list[str]:
    """`09:00-12:00, 13:00-18:00` as a list of range texts (empty parts dropped)."""
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def _range_text(item: TimeRange) -> str:
    text = str(item)
    return "00:00-24:00" if text == "00:00-00:00" else text  # a whole day, as the file spells it


def _ranges_display(items: list[str]) -> str:
    return ", ".join("00:00-24:00" if item == "00:00-00:00" else item for item in items)


def _plain(text: str) -> str:
    """A label without its mnemonic marker, for an accessible name: `工作日(&W)` -> `工作日`."""
    return (
        re.sub(r"\s*[((]&.[))]", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    )


class DateList(QWidget):
    """A sorted list of dates without duplicates: pick one and Add; Remove or Delete removes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.picker.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.picker.setDate(QDate.currentDate())
        self.label.setBuddy(self.picker)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(64)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        picker_row = QHBoxLayout()
        picker_row.setSpacing(6)
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(picker_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(remove_row)
        self._dates: list[date] = []
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.picker.installEventFilter(self)
        self.list.installEventFilter(self)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.picker and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_picked()  # Enter in the date adds it rather than saving the whole dialog
            return True
        if watched is self.list and (
            event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return False

    def set_texts(self, label: str, add: str, remove: str, what: str) -> None:
        """`what` names the list for screen readers, e.g. "Days off"."""
        self.label.setText(label)
        self.add_button.setText(add)
        self.remove_button.setText(remove)
        self.picker.setAccessibleName(self.tr("%1: date to add").replace("%1", what))
        self.list.setAccessibleName(what)
        self.add_button.setAccessibleName(self.tr("Add the date to %1").replace("%1", what))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected date from %1 (Del)").replace("%1", what)
        )
        self.remove_button.setToolTip(self.tr("Remove the selected date (Del)"))
        self._refill(self.selected())

    def dates(self) -> list[date]:
        return list(self._dates)

    def set_dates(self, dates: list[date]) -> None:
        self._dates = sorted(set(dates))
        self._refill(None)

    def selected(self) -> date | None:
        row = self.list.currentRow()
        items = self.list.selectedItems()
        return self._dates[row] if items and 0 <= row < len(self._dates) else None

    def add(self, day: date) -> None:
        """Add a date (kept once) and select it."""
        if day not in self._dates:
            self._dates = sorted({*self._dates, day})
            self._refill(day)
            self.changed.emit()
        else:
            self._refill(day)

    def add_picked(self) -> None:
        picked = self.picker.date()
        self.add(date(picked.year(), picked.month(), picked.day()))

    def remove_selected(self) -> None:
        day = self.selected()
        if day is None:
            return
        position = self._dates.index(day)
        self._dates.remove(day)
        following = self._dates[min(position, len(self._dates) - 1)] if self._dates else None
        self._refill(following)
        self.changed.emit()

    def _refill(self, select: date | None) -> None:
        locale = QLocale()
        self.list.clear()
        for day in self._dates:
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{day:%Y-%m-%d}  {weekday}", self.list)
            if day == select:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)


class SettingsDialog(QDialog):
    """Shift, breaks and calls in three tabs; Save emits every edited key, checked."""

    saved = Signal(dict)  # {key: value} for every key in EDITED_KEYS, each passing its check
    export_requested = Signal(str)  # the JSON file to write all data to
    erase_requested = Signal()  # confirmed: erase the store, backups, files kept aside, logs

    def __init__(
        self,
        settings: Settings,
        status: DetectionStatus,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # names the export's suggested file by the day; None: the real one
        self.setObjectName("settings")
        self._status = status
        self._language = "en"
        self.spins: dict[str, QSpinBox] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_shift_page(), "")
        self.tabs.addTab(self._build_breaks_page(), "")
        self.tabs.addTab(self._build_calls_page(), "")
        self.tabs.addTab(self._build_checkin_page(), "")
        self.tabs.addTab(self._build_data_page(), "")
        self.contacts_editor = ContactsEditor(self)
        self.tabs.addTab(self.contacts_editor, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        # Save may be disabled by a field on another tab: say where.
        self.blocked = self._error_label(self)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.blocked, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.tabs.currentChanged.connect(self._validate)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate("en")
        self.load(settings, status)
        self.resize(640, 560)

    # -- building ----------------------------------------------------------------------------

    def _build_shift_page(self) -> QWidget:
        page = QWidget(self)
        self.week_group = QGroupBox(page)
        self.hours_label = QLabel(self.week_group)
        self.hours = QLineEdit(self.week_group)
        self.hours.setPlaceholderText("09:00-12:00, 13:00-18:00")
        self.hours_label.setBuddy(self.hours)
        self.hours_hint = QLabel(self.week_group)
        self.hours_hint.setObjectName("hint")
        self.hours_hint.setWordWrap(True)
        self.hours_error = self._error_label(self.week_group)
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
            edit.textChanged.connect(self._validate)
            grid.addWidget(box, index + 1, 0)
            grid.addWidget(edit, index + 1, 1)
            self.day_boxes.append(box)
            self.day_hours.append(edit)
        grid.setColumnStretch(1, 1)
        self.days_label.setBuddy(self.day_boxes[0])
        self.day_hours_error = self._error_label(self.week_group)
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
        self.hours.textChanged.connect(self._validate)

        self.dates_group = QGroupBox(page)
        self.days_off = DateList(self.dates_group)
        self.extra_days = DateList(self.dates_group)
        dates = QVBoxLayout(self.dates_group)
        dates.setSpacing(10)
        dates.addWidget(self.days_off, 1)
        dates.addWidget(self.extra_days, 1)

        # Shown as the login entry is now (the app loads that), not as the file last said.
        self.at_login = QCheckBox(page)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addWidget(self.week_group, 3)
        columns.addWidget(self.dates_group, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(columns, 1)
        layout.addWidget(self.at_login, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _spin(self, parent: QWidget, key: str) -> QSpinBox:
        spin = QSpinBox(parent)
        low, high = spec_bounds(key)
        spin.setRange(low, high)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(110)
        self.spins[key] = spin
        return spin

    def _build_breaks_page(self) -> QWidget:
        page = QWidget(self)
        self.breaks_hint = QLabel(page)
        self.breaks_hint.setWordWrap(True)
        self.micro_group = QGroupBox(page)
        self.long_group = QGroupBox(page)
        self.notice_group = QGroupBox(page)
        self.spin_labels: dict[str, QLabel] = {}
        groups = (
            (self.micro_group, ("breaks.micro_interval_minutes", "breaks.micro_seconds")),
            (self.long_group, ("breaks.long_interval_minutes", "breaks.long_minutes")),
            (
                self.notice_group,
                ("breaks.notice_seconds", "breaks.postpone_minutes", "breaks.max_postpones"),
            ),
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.breaks_hint)
        for group, keys in groups:
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            for key in keys:
                label = QLabel(group)
                spin = self._spin(group, key)
                label.setBuddy(spin)
                self.spin_labels[key] = label
                form.addRow(label, spin)
            layout.addWidget(group)
        layout.addStretch(1)
        self.spins["breaks.max_postpones"].valueChanged.connect(self._update_postpone_suffix)
        return page

    def _build_calls_page(self) -> QWidget:
        page = QWidget(self)
        self.calls_group = QGroupBox(page)
        self.detect_microphone = QCheckBox(self.calls_group)
        self.microphone_status = QLabel(self.calls_group)
        self.microphone_status.setObjectName("microphoneStatus")
        self.microphone_status.setWordWrap(True)
        self.microphone_status.setIndent(24)
        self.auto_end_label = QLabel(self.calls_group)
        auto_end = self._spin(self.calls_group, "calls.auto_end_minutes")
        self.auto_end_label.setBuddy(auto_end)
        self.offer_mood_log = QCheckBox(self.calls_group)
        auto_end_row = QHBoxLayout()
        auto_end_row.addWidget(self.auto_end_label)
        auto_end_row.addWidget(auto_end)
        auto_end_row.addStretch(1)
        calls = QVBoxLayout(self.calls_group)
        calls.setSpacing(6)
        calls.addWidget(self.detect_microphone)
        calls.addWidget(self.microphone_status)
        calls.addSpacing(6)
        calls.addLayout(auto_end_row)
        calls.addSpacing(6)
        calls.addWidget(self.offer_mood_log)

        self.offer_support = QCheckBox(self.calls_group)
        offer_from = self._spin(self.calls_group, "reframing.offer_from_stress")
        self.offer_support.toggled.connect(offer_from.setEnabled)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer_support)
        offer_row.addWidget(offer_from)
        offer_row.addStretch(1)
        calls.addLayout(offer_row)

        self.shortcut_group = QGroupBox(page)
        self.shortcut_label = QLabel(self.shortcut_group)
        self.shortcut_edit = QKeySequenceEdit(self.shortcut_group)
        self.shortcut_edit.setObjectName("quickLogShortcut")
        self.shortcut_edit.setMaximumSequenceLength(1)
        self.shortcut_edit.setClearButtonEnabled(True)
        self.shortcut_edit.setMinimumWidth(180)
        self.shortcut_label.setBuddy(self.shortcut_edit)
        self.shortcut_error = self._error_label(self.shortcut_group)
        self.shortcut_status = QLabel(self.shortcut_group)
        self.shortcut_status.setObjectName("shortcutStatus")
        self.shortcut_status.setWordWrap(True)
        shortcut_row = QHBoxLayout()
        shortcut_row.addWidget(self.shortcut_label)
        shortcut_row.addWidget(self.shortcut_edit)
        shortcut_row.addStretch(1)
        shortcut = QVBoxLayout(self.shortcut_group)
        shortcut.setSpacing(6)
        shortcut.addLayout(shortcut_row)
        shortcut.addWidget(self.shortcut_error)
        shortcut.addWidget(self.shortcut_status)
        self.shortcut_edit.keySequenceChanged.connect(self._validate)

        self.idle_group = QGroupBox(page)
        self.idle_status = QLabel(self.idle_group)
        self.idle_status.setObjectName("idleStatus")
        self.idle_status.setWordWrap(True)
        idle = QVBoxLayout(self.idle_group)
        idle.addWidget(self.idle_status)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.calls_group)
        layout.addWidget(self.shortcut_group)
        layout.addWidget(self.idle_group)
        layout.addStretch(1)
        return page

    def _build_checkin_page(self) -> QWidget:
        page = QWidget(self)
        self.checkin_group = QGroupBox(page)
        self.checkin_enabled = QCheckBox(self.checkin_group)
        self.checkin_day_label = QLabel(self.checkin_group)
        self.checkin_day = QComboBox(self.checkin_group)
        self.checkin_day_label.setBuddy(self.checkin_day)
        self.checkin_time_label = QLabel(self.checkin_group)
        self.checkin_time = QTimeEdit(self.checkin_group)
        self.checkin_time.setDisplayFormat("HH:mm")
        self.checkin_time_label.setBuddy(self.checkin_time)
        self.checkin_hint = QLabel(self.checkin_group)
        self.checkin_hint.setObjectName("hint")
        self.checkin_hint.setWordWrap(True)
        for widget in (self.checkin_day, self.checkin_time):
            self.checkin_enabled.toggled.connect(widget.setEnabled)
        when = QHBoxLayout()
        when.setContentsMargins(24, 0, 0, 0)
        when.addWidget(self.checkin_day_label)
        when.addWidget(self.checkin_day)
        when.addSpacing(8)
        when.addWidget(self.checkin_time_label)
        when.addWidget(self.checkin_time)
        when.addStretch(1)
        checkin = QVBoxLayout(self.checkin_group)
        checkin.setSpacing(6)
        checkin.addWidget(self.checkin_enabled)
        checkin.addLayout(when)
        checkin.addWidget(self.checkin_hint)

        self.after_shift_group = QGroupBox(page)
        self.summary_at_end = QCheckBox(self.after_shift_group)
        self.log_reminder = QCheckBox(self.after_shift_group)
        log_after = self._spin(self.after_shift_group, "reminders.log_after_minutes")
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

        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.checkin_group)
        layout.addWidget(self.after_shift_group)
        layout.addStretch(1)
        return page

    def _build_data_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("dataPage")
        self.export_group = QGroupBox(page)
        self.export_text = QLabel(self.export_group)
        self.export_text.setWordWrap(True)
        self.export_button = QPushButton(self.export_group)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.choose_export_file)
        self.erase_group = QGroupBox(page)
        self.erase_text = QLabel(self.erase_group)
        self.erase_text.setWordWrap(True)
        self.erase_button = QPushButton(self.erase_group)
        self.erase_button.setObjectName("eraseAll")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.confirm_erase)
        for group, text, button in (
            (self.export_group, self.export_text, self.export_button),
            (self.erase_group, self.erase_text, self.erase_button),
        ):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            box = QVBoxLayout(group)
            box.setSpacing(8)
            box.addWidget(text)
            box.addLayout(row)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.export_group)
        layout.addWidget(self.erase_group)
        layout.addStretch(1)
        return page

    @staticmethod
    def _error_label(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("error")
        label.setWordWrap(True)
        label.hide()
        return label

    # -- language ----------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self._language = language
        self.setWindowTitle(self.tr("Settings · Companion"))
        self.tabs.setTabText(0, self.tr("Shi&ft"))
        self.tabs.setTabText(1, self.tr("&Breaks"))
        self.tabs.setTabText(2, self.tr("&Calls"))
        self.tabs.setTabText(3, self.tr("Check-&in and reminders"))
        self.tabs.setTabText(4, self.tr("Your &data"))
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retranslate_shift()
        self._retranslate_breaks()
        self._retranslate_calls()
        self._retranslate_checkin()
        self._retranslate_data()
        contacts = self.tabs.indexOf(self.contacts_editor)
        self.tabs.setTabText(contacts, self.tr("Where to &turn"))
        self.contacts_editor.retranslate()
        self._validate()

    def _weekday_names(self) -> tuple[list[str], list[str]]:
        short = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        full = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        return short, full

    def _retranslate_shift(self) -> None:
        self.week_group.setTitle(self.tr("Working week"))
        self.hours_label.setText(self.tr("Usual working &hours"))
        self.hours.setAccessibleName(_plain(self.hours_label.text()))
        self.hours_hint.setText(
            self.tr("Separate time ranges with commas; 22:00-06:00 runs overnight.")
        )
        self.days_label.setText(self.tr("&Working days"))
        self.own_hours_label.setText(self.tr("Other hours that day"))
        short, full = self._weekday_names()
        for box, edit, short_name, full_name in zip(
            self.day_boxes, self.day_hours, short, full, strict=True
        ):
            box.setText(short_name)
            box.setAccessibleName(self.tr("%1 is a working day").replace("%1", full_name))
            edit.setPlaceholderText(self.tr("as usual"))
            edit.setAccessibleName(
                self.tr("Other hours on %1 (empty: as usual)").replace("%1", full_name)
            )
        self.dates_group.setTitle(self.tr("Dates"))
        days_off = self.tr("Days off")
        extra = self.tr("Extra working days")
        self.days_off.set_texts(
            self.tr("Days &off (holidays)"), self.tr("Add"), self.tr("Remove"), days_off
        )
        self.extra_days.set_texts(
            self.tr("E&xtra working days"), self.tr("Add"), self.tr("Remove"), extra
        )
        self.days_off.setToolTip(self.tr("No breaks on these days, such as public holidays."))
        self.extra_days.setToolTip(
            self.tr("Working days outside the usual week, such as make-up weekends.")
        )
        self.at_login.setText(self.tr("Start Companion when I &log in"))
        self.at_login.setAccessibleName(_plain(self.at_login.text()))

    def _retranslate_breaks(self) -> None:
        self.breaks_hint.setText(
            self.tr("Breaks are only offered within your shift, and never during a call.")
        )
        self.micro_group.setTitle(self.tr("Micro-breaks (guided breathing)"))
        self.long_group.setTitle(self.tr("Long breaks (away from the screen)"))
        self.notice_group.setTitle(self.tr("Notice and postponing"))
        minutes, seconds = self.tr(" min"), self.tr(" s")
        texts = {
            "breaks.micro_interval_minutes": (self.tr("A micro-break &every"), minutes),
            "breaks.micro_seconds": (self.tr("&Lasting"), seconds),
            "breaks.long_interval_minutes": (self.tr("A long break eve&ry"), minutes),
            "breaks.long_minutes": (self.tr("Las&ting"), minutes),
            "breaks.notice_seconds": (self.tr("&Notice shown before a break"), seconds),
            "breaks.postpone_minutes": (self.tr("“&Postpone” moves a break by"), minutes),
            "breaks.max_postpones": (self.tr("Postpone at &most"), ""),
        }
        names = {
            "breaks.micro_interval_minutes": self.tr("Minutes between micro-breaks"),
            "breaks.micro_seconds": self.tr("Length of a micro-break in seconds"),
            "breaks.long_interval_minutes": self.tr("Minutes between long breaks"),
            "breaks.long_minutes": self.tr("Length of a long break in minutes"),
            "breaks.notice_seconds": self.tr("Seconds the notice comes before a break"),
            "breaks.postpone_minutes": self.tr("Minutes a postpone moves a break by"),
            "breaks.max_postpones": self.tr("Most postpones in a row"),
        }
        for key, (text, suffix) in texts.items():
            self.spin_labels[key].setText(text)
            self.spins[key].setSuffix(suffix)
            self.spins[key].setAccessibleName(names[key])
        self._update_postpone_suffix()
        # One column for every spin box across the three groups, whatever the language.
        for label in self.spin_labels.values():
            label.setMinimumWidth(0)  # a label's size hint includes its minimum width
        width = max(label.sizeHint().width() for label in self.spin_labels.values())
        for label in self.spin_labels.values():
            label.setMinimumWidth(width)

    def _update_postpone_suffix(self) -> None:
        spin = self.spins["breaks.max_postpones"]
        one = spin.value() == 1
        spin.setSuffix(self.tr(" time in a row") if one else self.tr(" times in a row"))

    def _retranslate_calls(self) -> None:
        self.calls_group.setTitle(self.tr("Calls"))
        self.detect_microphone.setText(
            self.tr("Treat the &microphone being in use as being on a call")
        )
        self.detect_microphone.setAccessibleName(_plain(self.detect_microphone.text()))
        self.auto_end_label.setText(self.tr("A call switched on by hand &ends by itself after"))
        spin = self.spins["calls.auto_end_minutes"]
        spin.setSuffix(self.tr(" min"))
        spin.setAccessibleName(
            self.tr("Minutes after which a call switched on by hand ends by itself")
        )
        self.offer_mood_log.setText(self.tr("Offer the mood &log when a call ends"))
        self.offer_mood_log.setAccessibleName(_plain(self.offer_mood_log.text()))
        self.offer_support.setText(
            self.tr("After a mood log, offer breathing or reframing from a &stress of")
        )
        self.offer_support.setAccessibleName(_plain(self.offer_support.text()))
        self.spins["reframing.offer_from_stress"].setSuffix(" / 10")
        self.spins["reframing.offer_from_stress"].setAccessibleName(
            self.tr("Lowest stress at which breathing or reframing is offered")
        )
        self.shortcut_group.setTitle(self.tr("Shortcut"))
        self.shortcut_label.setText(self.tr("Open the mood log from any program &with"))
        self.shortcut_edit.setAccessibleName(
            self.tr("Keys that open the mood log from any program (empty: none)")
        )
        self.shortcut_edit.setToolTip(
            self.tr("Press the keys, such as Ctrl+Alt+M; the clear button removes them.")
        )
        self.idle_group.setTitle(self.tr("Time away from the keyboard"))
        self._show_status()

    def _retranslate_checkin(self) -> None:
        self.checkin_group.setTitle(self.tr("Weekly check-in"))
        self.checkin_enabled.setText(self.tr("Offer the weekly wellbeing chec&k-in"))
        self.checkin_enabled.setAccessibleName(_plain(self.checkin_enabled.text()))
        self.checkin_day_label.setText(self.tr("O&n"))
        self.checkin_time_label.setText(self.tr("&at"))
        _short, full = self._weekday_names()
        chosen = self.checkin_day.currentData()
        self.checkin_day.clear()
        for name, full_name in zip(WEEKDAYS, full, strict=True):
            self.checkin_day.addItem(full_name, name)
        self.checkin_day.setCurrentIndex(max(self.checkin_day.findData(chosen), 0))
        self.checkin_day.setAccessibleName(self.tr("Weekday of the check-in"))
        self.checkin_time.setAccessibleName(self.tr("Time of the check-in"))
        self.checkin_hint.setText(
            self.tr(
                "Five short questions about the last two weeks (the WHO-5). Offered once at "
                "this time, not at all if you have done it that week, and never during a pause "
                "or a call. “Weekly check-in…” in the tray menu opens it any time."
            )
        )
        self.after_shift_group.setTitle(self.tr("When the shift ends"))
        self.summary_at_end.setText(self.tr("Show a s&ummary of the day"))
        self.summary_at_end.setAccessibleName(_plain(self.summary_at_end.text()))
        self.log_reminder.setText(self.tr("If nothing was logged that day, remind me to lo&g"))
        self.log_reminder.setAccessibleName(_plain(self.log_reminder.text()))
        spin = self.spins["reminders.log_after_minutes"]
        spin.setSuffix(self.tr(" min later"))
        spin.setAccessibleName(self.tr("Minutes after the shift ends to remind me to log"))
        self.reminders_hint.setText(
            self.tr("No reminder comes during a pause or a call. Both can be turned off here.")
        )

    def _retranslate_data(self) -> None:
        self.export_group.setTitle(self.tr("Export"))
        self.export_text.setText(
            self.tr(
                "Everything Companion keeps stays on this computer. An export is one file with "
                "all your mood entries, thought records, exercises, breaks and settings (the "
                "command “companion import” reads it back). It is not encrypted: keep it private."
            )
        )
        self.export_button.setText(self.tr("&Export my data…"))
        self.erase_group.setTitle(self.tr("Erase"))
        self.erase_text.setText(
            self.tr(
                "Erasing deletes all your entries, thought records, exercises and breaks, with "
                "their backups, the files kept aside and the logs. It cannot be undone. Your "
                "settings are kept."
            )
        )
        self.erase_button.setText(self.tr("E&rase all my data…"))

    def choose_export_file(self) -> None:
        """Ask where to save the export; the app writes it."""
        suggested = Path.home() / f"companion-export-{local_now(self._clock):%Y-%m-%d}.json"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my data"),
            str(suggested),
            self.tr("JSON files (*.json)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".json"
        self.export_requested.emit(path)

    def confirm_erase(self) -> QMessageBox:
        """Ask first; Cancel is the default and Esc cancels. Only "Erase everything" erases."""
        return confirm_delete(
            self,
            self.tr("Erase all your data?"),
            self.tr(
                "Erase all your mood entries, thought records, exercises and breaks, their "
                "backups, the files kept aside and the logs?\n\nThis cannot be undone. Export "
                "your data first if you may want it later. Your settings are kept."
            ),
            self.tr("Erase everything"),
            "confirmErase",
            self.erase_requested.emit,
        )

    def microphone_sentence(self, status: DetectionStatus) -> str:
        reason = status.microphone_reason
        if reason is None:
            return self.tr("Works here: %1.").replace("%1", status.microphone_name)
        if reason == "no_pactl":
            return self.tr(
                "Can't be detected here: the PulseAudio tools (pactl) are not installed. "
                "Use “I'm on a call” in the tray menu instead."
            )
        if reason == "no_audio_server":
            return self.tr(
                "Can't be detected here: no PulseAudio or PipeWire sound server is running. "
                "Use “I'm on a call” in the tray menu instead."
            )
        if reason == "unsupported_platform":
            return self.tr(
                "Can't be detected on this system yet. "
                "Use “I'm on a call” in the tray menu instead."
            )
        return self.tr(
            "Can't be detected here: checking the microphone failed (the log says why). "
            "Use “I'm on a call” in the tray menu instead."
        )

    def idle_sentence(self, status: DetectionStatus) -> str:
        reason = status.idle_reason
        if reason is None:
            return self.tr("Time away from the keyboard counts as a natural break (%1).").replace(
                "%1", status.idle_name
            )
        if reason == "wayland":
            return self.tr(
                "Time away can't be measured on this Wayland desktop, "
                "so it is not counted as a break."
            )
        if reason == "no_display":
            return self.tr(
                "Time away can't be measured without a graphical desktop, "
                "so it is not counted as a break."
            )
        if reason == "no_xss_library":
            return self.tr(
                "Time away can't be measured: the X11 screen saver library (libXss) is not "
                "installed, so it is not counted as a break."
            )
        if reason == "no_xss_extension":
            return self.tr(
                "Time away can't be measured: this X server has no screen saver extension, "
                "so it is not counted as a break."
            )
        if reason == "unsupported_platform":
            return self.tr(
                "Time away can't be measured on this system yet, so it is not counted as a break."
            )
        return self.tr(
            "Time away can't be measured here (checking it failed; the log says why), "
            "so it is not counted as a break."
        )

    def shortcut_sentence(self, status: DetectionStatus) -> str:
        reason, keys = status.shortcut_reason, status.shortcut_sequence
        if reason is None:
            return self.tr(
                "Works here: %1 opens the mood log while any program has the keyboard "
                "(not during a break)."
            ).replace("%1", keys)
        if reason == "off":
            return self.tr("No shortcut: the mood log opens from the tray icon.")
        if reason == "wayland":
            return self.tr(
                "Not available on Wayland: programs can't take keys for themselves there. "
                "Add a shortcut in your desktop's keyboard settings that runs the command "
                "“companion quick-log”."
            )
        if reason == "taken":
            return self.tr("%1 is taken by another program; choose other keys.").replace("%1", keys)
        if reason == "no_key":
            return self.tr("This keyboard has no key for %1; choose other keys.").replace(
                "%1", keys
            )
        if reason == "no_display":
            return self.tr("Not available without a graphical desktop.")
        if reason == "no_x11_library":
            return self.tr("Not available: the X11 library (libX11) is not installed.")
        if reason == "unsupported_platform":
            return self.tr(
                "Not available on this system yet. The mood log opens from the tray icon."
            )
        return self.tr("Not available here (setting it up failed; the log says why).")

    def _shortcut_text(self) -> str:
        """The recorded keys in the settings file's form ("" for none); raises InvalidSetting
        with a sentence for the agent."""
        sequence = self.shortcut_edit.keySequence()
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        try:
            return normalise_key_sequence(text)
        except InvalidKeySequence:
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            raise InvalidSetting(
                self.tr(
                    "%1 can't be a shortcut: use Ctrl, Alt or Meta with a letter, a digit, "
                    "F1–F24 or a key such as Home or PgUp."
                ).replace("%1", shown)
            ) from None

    def _show_status(self) -> None:
        self.shortcut_status.setText(self.shortcut_sentence(self._status))
        self.microphone_status.setText(self.microphone_sentence(self._status))
        self.idle_status.setText(self.idle_sentence(self._status))
        self.detect_microphone.setEnabled(self._status.microphone_reason is None)

    # -- values ------------------------------------------------------------------------------

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        """Refill every field from the current settings and what the probes found."""
        self._status = status
        days = set(settings.get("shift.days"))
        by_day: dict[str, list[str]] = settings.get("shift.hours_by_day")
        for name, box, edit in zip(WEEKDAYS, self.day_boxes, self.day_hours, strict=True):
            box.setChecked(name in days)
            edit.setText(_ranges_display(by_day[name]) if name in by_day else "")
        self.hours.setText(_ranges_display(settings.get("shift.hours")))
        self.days_off.set_dates(settings.get("shift.days_off"))
        self.extra_days.set_dates(settings.get("shift.extra_days"))
        for key, spin in self.spins.items():
            spin.setValue(settings.get(key))
        self.detect_microphone.setChecked(settings.get("calls.detect_microphone"))
        self.offer_mood_log.setChecked(settings.get("calls.offer_mood_log"))
        self.offer_support.setChecked(settings.get("reframing.offer_after_log"))
        self.spins["reframing.offer_from_stress"].setEnabled(self.offer_support.isChecked())
        self.checkin_enabled.setChecked(settings.get("checkin.enabled"))
        self.checkin_day.setCurrentIndex(
            max(self.checkin_day.findData(settings.get("checkin.day")), 0)
        )
        self.checkin_time.setTime(QTime.fromString(settings.get("checkin.time"), "HH:mm"))
        for widget in (self.checkin_day, self.checkin_time):
            widget.setEnabled(self.checkin_enabled.isChecked())
        self.summary_at_end.setChecked(settings.get("summary.at_shift_end"))
        self.log_reminder.setChecked(settings.get("reminders.log_after_shift"))
        self.spins["reminders.log_after_minutes"].setEnabled(self.log_reminder.isChecked())
        self.contacts_editor.set_contacts(settings.get("help.contacts"))
        self.shortcut_edit.setKeySequence(
            QKeySequence.fromString(
                settings.get("shortcuts.quick_log"), QKeySequence.SequenceFormat.PortableText
            )
        )
        self.at_login.setChecked(settings.get("startup.at_login"))
        self._show_status()
        self._validate()

    def _ranges(self, text: str) -> list[str]:
        """Checked, sorted range texts; raises InvalidSetting with a sentence for the agent."""
        items = split_ranges(text)
        if not items:
            raise InvalidSetting(self.tr("Enter at least one time range, like 09:00-18:00."))
        for item in items:
            try:
                TimeRange.parse(item)
            except InvalidShift as error:
                if error.problem is ShiftProblem.IMPOSSIBLE and ":" in item:
                    message = self.tr("“%1” is not a possible time range.")
                else:
                    message = self.tr("“%1” is not a time range like 09:00-18:00.")
                raise InvalidSetting(message.replace("%1", item)) from None
        try:
            ranges = parse_ranges(items)
        except InvalidShift as error:
            if error.problem is ShiftProblem.OVERLAP:
                raise InvalidSetting(self.tr("These time ranges overlap.")) from None
            raise InvalidSetting(self.tr("These time ranges span more than a day.")) from None
        return [_range_text(item) for item in ranges]

    def _hours_by_day(self) -> dict[str, list[str]]:
        _short, full = self._weekday_names()
        table: dict[str, list[str]] = {}
        for name, full_name, edit in zip(WEEKDAYS, full, self.day_hours, strict=True):
            if not edit.text().strip():
                continue
            try:
                table[name] = self._ranges(edit.text())
            except InvalidSetting as error:
                raise InvalidSetting(
                    self.tr("%1: %2").replace("%1", full_name).replace("%2", str(error))
                ) from None
        return table

    def _validate(self) -> bool:
        """Show what is wrong under each field; Save is enabled only when nothing is."""
        valid = True
        for label, check in (
            (self.hours_error, lambda: self._ranges(self.hours.text())),
            (self.day_hours_error, self._hours_by_day),
            (self.shortcut_error, self._shortcut_text),
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
        self.save_button.setEnabled(valid)
        if self.shortcut_error.text() and not (
            self.hours_error.text() or self.day_hours_error.text()
        ):
            self.blocked.setText(self.tr("Fix the shortcut on the Calls tab to save."))
            self.blocked.setVisible(self.tabs.currentIndex() != 2)
            return valid
        self.blocked.setText(self.tr("Fix the hours on the Shift tab to save."))
        self.blocked.setVisible(not valid and self.tabs.currentIndex() != 0)
        return valid

    def values(self) -> dict[str, Any]:
        """Every edited key with its value; raises InvalidSetting while a field is invalid."""
        found: dict[str, Any] = {
            "shift.days": [
                name for name, box in zip(WEEKDAYS, self.day_boxes, strict=True) if box.isChecked()
            ],
            "shift.hours": self._ranges(self.hours.text()),
            "shift.hours_by_day": self._hours_by_day(),
            "shift.days_off": self.days_off.dates(),
            "shift.extra_days": self.extra_days.dates(),
        }
        for key, spin in self.spins.items():
            found[key] = spin.value()
        found["calls.offer_mood_log"] = self.offer_mood_log.isChecked()
        found["calls.detect_microphone"] = self.detect_microphone.isChecked()
        found["shortcuts.quick_log"] = self._shortcut_text()
        found["reframing.offer_after_log"] = self.offer_support.isChecked()
        found["checkin.enabled"] = self.checkin_enabled.isChecked()
        found["checkin.day"] = self.checkin_day.currentData()
        found["checkin.time"] = self.checkin_time.time().toString("HH:mm")
        found["summary.at_shift_end"] = self.summary_at_end.isChecked()
        found["reminders.log_after_shift"] = self.log_reminder.isChecked()
        found["help.contacts"] = self.contacts_editor.value()
        found["startup.at_login"] = self.at_login.isChecked()
        for key in EDITED_KEYS:
            SPECS[key].check(found[key])  # the file's own rules have the last word
        return {key: found[key] for key in EDITED_KEYS}

    def show_contacts_tab(self) -> None:
        """Open on "Where to turn", the list selected, for the help window's "Edit…"."""
        self.tabs.setCurrentWidget(self.contacts_editor)
        self.contacts_editor.list.setFocus()

    def save(self) -> None:
        if not self._validate():
            return
        values = self.values()
        self.accept()
        self.saved.emit(values)
