"""The settings window, on real settings files: every key, checked by the file's own rules."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, QTime, QTranslator
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from companion.settings import SPECS, InvalidSetting, Settings, load_settings
from companion.ui.settings import EDITED_KEYS, DetectionStatus, SettingsDialog
from companion.ui.style import STYLE_SHEET

SHOTS = Path("/tmp/companion-shots")
IDLE = "X11 screen saver extension"
MICROPHONE = "PulseAudio/PipeWire"
WORKS = DetectionStatus(None, IDLE, None, MICROPHONE)

ADMIN = """
language = "zh_CN"

[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat"]
hours = ["08:30-12:00", "13:00-17:30"]
hours_by_day = { sat = ["10:00-14:00"], sun = ["22:00-06:00"] }
days_off = [2026-10-01, 2026-10-02, 2026-10-05]
extra_days = [2026-09-27]

[breaks]
micro_interval_minutes = 30
micro_seconds = 60
long_interval_minutes = 120
long_minutes = 10
notice_seconds = 15
postpone_minutes = 10
max_postpones = 0

[calls]
auto_end_minutes = 90
offer_mood_log = true
detect_microphone = false
"""


def settings_from(tmp_path: Path, text: str | None = None) -> Settings:
    path = tmp_path / "settings.toml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    settings = load_settings(path)
    assert settings.problems == []
    return settings


@pytest.fixture
def dialog(qtbot, tmp_path):
    widget = SettingsDialog(settings_from(tmp_path), WORKS)
    qtbot.addWidget(widget)
    widget.setStyleSheet(STYLE_SHEET)  # as the app has it
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    for part in re.split(r"([^\x00-\x7f]+)", text):
        if part.isascii():
            qtbot.keyClicks(edit, part)
        else:  # what an input method commits, e.g. a full-width comma
            event = QInputMethodEvent("", [])
            event.setCommitString(part)
            QApplication.sendEvent(edit, event)


def pick(qtbot, dates, day: date) -> None:
    dates.picker.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(dates.add_button, Qt.MouseButton.LeftButton)


def assert_all_pass_their_check(values: dict) -> None:
    assert set(values) == set(EDITED_KEYS)
    for key, value in values.items():
        SPECS[key].check(value)  # raises InvalidSetting if not


# -- values in and out -----------------------------------------------------------------------


# Where to send team summaries and the named shifts are the administrator's (settings.toml or
# `config set`; the named shifts are offered on the Shift tab), and consent is never a setting
# at all: `team.share` exists only to be refused.
NOT_EDITED = {"language", "team.url", "team.name", "team.share", "shift.presets"}


def test_every_setting_but_the_language_and_the_team_server_is_edited_here():
    assert set(EDITED_KEYS) == set(SPECS) - NOT_EDITED


def test_defaults_come_back_unchanged(qtbot, dialog):
    defaults = {key: SPECS[key].default for key in EDITED_KEYS}
    assert dialog.values() == defaults
    assert [box.isChecked() for box in dialog.shift.day_boxes] == [True] * 5 + [False] * 2
    assert dialog.shift.hours.text() == "09:00-18:00"
    assert all(edit.text() == "" for edit in dialog.shift.day_hours)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == defaults
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_pre_seeded_admin_file_shows_its_values(qtbot, dialog, tmp_path):
    settings = settings_from(tmp_path, ADMIN)
    dialog.load(settings, WORKS)
    assert [box.isChecked() for box in dialog.shift.day_boxes] == [True] * 6 + [False]
    assert dialog.shift.hours.text() == "08:30-12:00, 13:00-17:30"
    by_day = [edit.text() for edit in dialog.shift.day_hours]
    assert by_day == [""] * 5 + ["10:00-14:00", "22:00-06:00"]
    days_off = [date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 5)]
    assert dialog.shift.days_off.dates() == days_off
    assert dialog.shift.days_off.list.item(0).text().startswith("2026-10-01")
    assert dialog.shift.extra_days.dates() == [date(2026, 9, 27)]
    numbers = {key: spin.value() for key, spin in dialog.spins.items()}
    assert numbers == {
        "breaks.micro_interval_minutes": 30,
        "breaks.micro_seconds": 60,
        "breaks.long_interval_minutes": 120,
        "breaks.long_minutes": 10,
        "breaks.notice_seconds": 15,
        "breaks.postpone_minutes": 10,
        "breaks.max_postpones": 0,
        "breaks.quiet_seconds": 3,
        "breaks.wait_minutes": 2,
        "calls.auto_end_minutes": 90,
        "reframing.offer_from_stress": 7,
        "reminders.log_after_minutes": 15,
    }
    assert dialog.calls.offer_mood_log.isChecked()
    assert not dialog.calls.detect_microphone.isChecked()
    assert dialog.save_button.isEnabled()
    assert dialog.values() == {key: settings.get(key) for key in EDITED_KEYS}

    dialog.load(settings_from(tmp_path / "elsewhere"), WORKS)  # shown again: refilled afresh
    assert dialog.values() == {key: SPECS[key].default for key in EDITED_KEYS}
    assert dialog.shift.extra_days.list.count() == 0


def test_edits_are_saved_as_exactly_the_right_values(qtbot, dialog):
    qtbot.mouseClick(dialog.shift.day_boxes[0], Qt.MouseButton.LeftButton)  # not Monday
    qtbot.mouseClick(dialog.shift.day_boxes[5], Qt.MouseButton.LeftButton)  # but Saturday
    qtbot.mouseClick(dialog.shift.at_login, Qt.MouseButton.LeftButton)
    retype(qtbot, dialog.shift.hours, "13:00-18:00，9:00-12:00")  # full-width comma, out of order
    retype(qtbot, dialog.shift.day_hours[5], "10:00 - 14:00")
    retype(qtbot, dialog.shift.day_hours[6], "22:00-06:00")  # overnight, starting on Sunday
    pick(qtbot, dialog.shift.days_off, date(2026, 10, 2))
    pick(qtbot, dialog.shift.days_off, date(2026, 10, 1))
    dialog.shift.extra_days.picker.setDate(QDate(2026, 9, 27))
    dialog.shift.extra_days.picker.setFocus()
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(dialog.shift.extra_days.picker, Qt.Key.Key_Return)  # adds; does not save
    assert dialog.isVisible()
    dialog.breaks.spins["breaks.micro_interval_minutes"].setValue(30)
    dialog.breaks.dim_screen.setChecked(True)  # off by default
    dialog.breaks.chime.setCurrentIndex(2)  # off by default
    spin = dialog.breaks.spins["breaks.max_postpones"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    dialog.calls.spins["calls.auto_end_minutes"].setValue(240)
    qtbot.mouseClick(dialog.calls.offer_mood_log, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.calls.detect_microphone, Qt.MouseButton.LeftButton)
    dialog.keys.shortcut_edit.setFocus()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog.keys.shortcut_edit, Qt.Key.Key_K, ctrl_alt)
    dialog.keys.edits["shortcuts.postpone_break"].clear()  # its clear button

    expected = {
        "shift.days": ["tue", "wed", "thu", "fri", "sat"],
        "shift.hours": ["09:00-12:00", "13:00-18:00"],
        "shift.hours_by_day": {"sat": ["10:00-14:00"], "sun": ["22:00-06:00"]},
        "shift.days_off": [date(2026, 10, 1), date(2026, 10, 2)],
        "shift.extra_days": [date(2026, 9, 27)],
        "breaks.micro_interval_minutes": 30,
        "breaks.micro_seconds": 40,
        "breaks.long_interval_minutes": 100,
        "breaks.long_minutes": 5,
        "breaks.notice_seconds": 30,
        "breaks.postpone_minutes": 5,
        "breaks.max_postpones": 2,
        "breaks.dim_screen": True,
        "breaks.speak_breathing": False,
        "breaks.quiet_seconds": 3,
        "breaks.wait_minutes": 2,
        "breaks.chime": "breathing",
        "calls.auto_end_minutes": 240,
        "calls.offer_mood_log": True,
        "calls.detect_microphone": False,
        "shortcuts.quick_log": "Ctrl+Alt+K",
        "shortcuts.start_break": "Ctrl+Alt+B",
        "shortcuts.postpone_break": "",
        "shortcuts.skip_break": "Ctrl+Alt+S",
        "shortcuts.call": "Ctrl+Alt+C",
        "shortcuts.mood_log": "Ctrl+Alt+H",
        "shortcuts.trends": "Ctrl+Alt+R",
        "shortcuts.settings": "Ctrl+Alt+Shift+S",
        "reframing.offer_after_log": False,
        "reframing.offer_from_stress": 7,
        "checkin.enabled": True,
        "checkin.day": "mon",
        "checkin.time": "10:00",
        "summary.at_shift_end": True,
        "reminders.log_after_shift": True,
        "reminders.log_after_minutes": 15,
        "help.contacts": [],
        "startup.at_login": True,
        "appearance.theme": "dark",
        "appearance.contrast": "high",
    }
    qtbot.mouseClick(dialog.appearance.buttons["dark"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.appearance.contrast_buttons["high"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.calls.offer_support, Qt.MouseButton.LeftButton)
    assert not dialog.calls.spins["reframing.offer_from_stress"].isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == expected
    assert_all_pass_their_check(saved.args[0])
    for key, value in saved.args[0].items():
        assert SPECS[key].check(value) == value  # already in the file's own normal form
    assert not dialog.isVisible()


CHECKIN = """
[checkin]
enabled = true
day = "fri"
time = "16:30"

[summary]
at_shift_end = false

[reminders]
log_after_shift = true
log_after_minutes = 45
"""


def test_check_in_and_reminder_settings_load_and_save(qtbot, dialog, tmp_path):
    dialog.load(settings_from(tmp_path, CHECKIN), WORKS)
    assert dialog.checkin.enabled.isChecked()
    assert dialog.checkin.weekday.currentData() == "fri"
    assert dialog.checkin.weekday.currentText() == "Friday"
    assert dialog.checkin.time_of_day.time().toString("HH:mm") == "16:30"
    assert not dialog.checkin.summary_at_end.isChecked()
    assert dialog.checkin.log_reminder.isChecked()
    assert dialog.checkin.spins["reminders.log_after_minutes"].value() == 45
    assert dialog.checkin.spins["reminders.log_after_minutes"].minimum() == 5
    assert dialog.checkin.spins["reminders.log_after_minutes"].maximum() == 120

    dialog.tabs.setCurrentWidget(dialog.checkin)
    QApplication.processEvents()
    dialog.checkin.enabled.click()
    assert not dialog.checkin.weekday.isEnabled() and not dialog.checkin.time_of_day.isEnabled()
    dialog.checkin.enabled.click()
    assert dialog.checkin.weekday.isEnabled() and dialog.checkin.time_of_day.isEnabled()
    dialog.checkin.weekday.setCurrentIndex(6)
    dialog.checkin.time_of_day.setTime(QTime(9, 5))
    dialog.checkin.summary_at_end.click()
    dialog.checkin.log_reminder.click()
    assert not dialog.checkin.spins["reminders.log_after_minutes"].isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    values = saved.args[0]
    assert {key: values[key] for key in values if key.split(".")[0] in CHECKIN_SECTIONS} == {
        "checkin.enabled": True,
        "checkin.day": "sun",
        "checkin.time": "09:05",
        "summary.at_shift_end": True,
        "reminders.log_after_shift": False,
        "reminders.log_after_minutes": 45,
    }
    assert_all_pass_their_check(values)


CHECKIN_SECTIONS = ("checkin", "summary", "reminders")


def test_the_check_in_tab_is_reached_with_its_mnemonic_and_fits(qtbot, dialog):
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(focused(), Qt.Key.Key_I, alt)
    assert dialog.tabs.currentWidget() is dialog.checkin
    qtbot.keyClick(focused(), Qt.Key.Key_N, alt)
    assert focused() is dialog.checkin.weekday
    qtbot.keyClick(focused(), Qt.Key.Key_A, alt)
    assert focused() is dialog.checkin.time_of_day
    QApplication.processEvents()
    assert_nothing_clipped(dialog)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "settings-checkin.png"))
    assert dialog.checkin.weekday.accessibleName() and dialog.checkin.time_of_day.accessibleName()


def test_a_whole_day_is_saved_as_the_file_spells_it(qtbot, dialog, tmp_path):
    retype(qtbot, dialog.shift.hours, "00:00-24:00")
    assert dialog.save_button.isEnabled()
    assert dialog.values()["shift.hours"] == ["00:00-24:00"]
    assert_all_pass_their_check(dialog.values())


def test_escape_cancels_and_discards(qtbot, dialog, tmp_path):
    settings = settings_from(tmp_path, ADMIN)
    dialog.load(settings, WORKS)
    retype(qtbot, dialog.shift.hours, "07:00-15:00")
    dialog.breaks.spins["breaks.long_minutes"].setValue(15)
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog.load(settings, WORKS)
    dialog.show()
    assert dialog.shift.hours.text() == "08:30-12:00, 13:00-17:30"
    assert dialog.breaks.spins["breaks.long_minutes"].value() == 10


# -- checking as you type --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("09:00-12:00, 11:00-18:00", "These time ranges overlap."),
        ("garbage", "“garbage” is not a time range like 09:00-18:00."),
        ("09:00-12:00, 13:00", "“13:00” is not a time range like 09:00-18:00."),
        ("25:00-26:00", "“25:00-26:00” is not a possible time range."),
        ("09:00-09:00", "“09:00-09:00” is not a possible time range."),
        ("20:00-08:00, 06:00-10:00", "These time ranges span more than a day."),
        ("", "Enter at least one time range, like 09:00-18:00."),
    ],
)
def test_invalid_hours_show_why_and_disable_save(qtbot, dialog, text, message):
    retype(qtbot, dialog.shift.hours, text)
    assert dialog.shift.hours_error.isVisible()
    assert dialog.shift.hours_error.objectName() == "error"
    assert dialog.shift.hours_error.text() == message
    assert not dialog.save_button.isEnabled()
    with pytest.raises(InvalidSetting):
        dialog.values()
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(dialog.shift.hours, Qt.Key.Key_Return)
    assert dialog.isVisible()

    retype(qtbot, dialog.shift.hours, "22:00-06:00")  # overnight is fine
    assert not dialog.shift.hours_error.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.values()["shift.hours"] == ["22:00-06:00"]


def test_invalid_hours_for_one_day_name_the_day(qtbot, dialog):
    retype(qtbot, dialog.shift.day_hours[5], "10:00-14:00, 13:00-15:00")
    assert dialog.shift.day_hours_error.isVisible()
    assert dialog.shift.day_hours_error.objectName() == "error"
    assert dialog.shift.day_hours_error.text() == "Saturday: These time ranges overlap."
    assert not dialog.save_button.isEnabled()
    retype(qtbot, dialog.shift.hours, "nonsense")  # both wrong: both say so
    assert dialog.shift.hours_error.isVisible()
    assert dialog.shift.day_hours_error.isVisible()

    retype(qtbot, dialog.shift.hours, "09:00-18:00")
    assert not dialog.save_button.isEnabled()  # Saturday is still wrong
    assert not dialog.blocked.isVisible()  # the Shift tab itself says what is wrong
    dialog.tabs.setCurrentIndex(2)  # elsewhere, a line beside Save says where to look
    assert dialog.blocked.isVisible()
    assert dialog.blocked.objectName() == "error"
    assert dialog.blocked.text() == "Fix the hours on the Shift tab to save."
    dialog.tabs.setCurrentIndex(0)
    retype(qtbot, dialog.shift.day_hours[5], "10:00-14:00")
    assert not dialog.shift.day_hours_error.isVisible()
    assert dialog.save_button.isEnabled()
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.blocked.isVisible()
    assert dialog.values()["shift.hours_by_day"] == {"sat": ["10:00-14:00"]}
    retype(qtbot, dialog.shift.day_hours[5], "")  # empty: back to the usual hours
    assert dialog.values()["shift.hours_by_day"] == {}


# -- dates -----------------------------------------------------------------------------------


def test_dates_are_kept_once_sorted_and_removed_with_the_delete_key(qtbot, dialog):
    days_off = dialog.shift.days_off
    assert not days_off.remove_button.isEnabled()  # nothing selected yet
    pick(qtbot, days_off, date(2026, 10, 1))
    pick(qtbot, days_off, date(2026, 10, 1))  # again: still once
    pick(qtbot, days_off, date(2026, 9, 30))
    pick(qtbot, days_off, date(2026, 10, 5))
    assert days_off.dates() == [date(2026, 9, 30), date(2026, 10, 1), date(2026, 10, 5)]
    assert days_off.list.count() == 3
    assert days_off.selected() == date(2026, 10, 5)  # the one just added

    days_off.list.setFocus()
    days_off.list.setCurrentRow(1)
    qtbot.keyClick(days_off.list, Qt.Key.Key_Delete)
    assert days_off.dates() == [date(2026, 9, 30), date(2026, 10, 5)]
    assert days_off.selected() == date(2026, 10, 5)  # the next one, ready for another Delete
    qtbot.keyClick(days_off.list, Qt.Key.Key_Delete)
    assert days_off.dates() == [date(2026, 9, 30)]
    qtbot.mouseClick(days_off.remove_button, Qt.MouseButton.LeftButton)
    assert days_off.dates() == []
    assert not days_off.remove_button.isEnabled()
    qtbot.keyClick(days_off.list, Qt.Key.Key_Delete)  # on an empty list: nothing happens
    assert dialog.values()["shift.days_off"] == []
    assert dialog.shift.extra_days.dates() == []  # the other list is its own


# -- numbers ---------------------------------------------------------------------------------


def test_spin_boxes_stop_at_the_bounds_the_file_allows(qtbot, dialog):
    assert set(dialog.spins) == {key for key in EDITED_KEYS if type(SPECS[key].default) is int}
    assert "calls.offer_mood_log" not in dialog.spins  # booleans are not numbers here
    for key, spin in dialog.spins.items():
        low, high = spin.minimum(), spin.maximum()
        SPECS[key].check(low)
        SPECS[key].check(high)
        with pytest.raises(InvalidSetting):
            SPECS[key].check(low - 1)
        with pytest.raises(InvalidSetting):
            SPECS[key].check(high + 1)
        assert spin.suffix().strip(), key  # every number says its unit
        spin.setValue(high + 100)
        assert spin.value() == high
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClick(spin, Qt.Key.Key_PageUp)
        assert spin.value() == high
        spin.setValue(low - 100)
        assert spin.value() == low
        qtbot.keyClick(spin, Qt.Key.Key_Down)
        assert spin.value() == low
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, "9999")  # typed digits cannot go past the top either
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        assert low <= spin.value() <= high
    assert_all_pass_their_check(dialog.values())


def test_postpone_count_reads_as_a_phrase(qtbot, dialog):
    spin = dialog.breaks.spins["breaks.max_postpones"]
    spin.setValue(1)
    assert spin.text() == "1 time in a row"
    spin.setValue(3)
    assert spin.text() == "3 times in a row"


# -- what the system can detect --------------------------------------------------------------

MICROPHONE_REASONS = ("no_pactl", "no_audio_server", "unsupported_platform", "error")
IDLE_REASONS = (
    "wayland",
    "no_display",
    "no_xss_library",
    "no_xss_extension",
    "unsupported_platform",
    "error",
)


def test_microphone_detection_that_cannot_work_is_disabled_and_says_why(qtbot, dialog, tmp_path):
    settings = settings_from(tmp_path)  # detect_microphone defaults to true
    dialog.load(settings, DetectionStatus(None, IDLE, "no_pactl", MICROPHONE))
    assert not dialog.calls.detect_microphone.isEnabled()
    assert dialog.calls.microphone_status.text() == (
        "Can't be detected here: the PulseAudio tools (pactl) are not installed. "
        "Use “I'm on a call” in the tray menu instead."
    )
    # The administrator's choice is kept for machines where it works.
    assert dialog.values()["calls.detect_microphone"] is True

    sentences = set()
    for reason in MICROPHONE_REASONS:
        dialog.load(settings, DetectionStatus(None, IDLE, reason, MICROPHONE))
        assert not dialog.calls.detect_microphone.isEnabled()
        assert "“I'm on a call”" in dialog.calls.microphone_status.text()
        sentences.add(dialog.calls.microphone_status.text())
    assert len(sentences) == len(MICROPHONE_REASONS)

    dialog.load(settings, WORKS)
    assert dialog.calls.detect_microphone.isEnabled()
    assert dialog.calls.microphone_status.text() == "Works here: PulseAudio/PipeWire."


def test_idle_detection_status_is_told_plainly(qtbot, dialog, tmp_path):
    settings = settings_from(tmp_path)
    assert dialog.calls.idle_status.text() == (
        "Time away from the keyboard counts as a natural break (X11 screen saver extension)."
    )
    dialog.load(settings, DetectionStatus("wayland", IDLE, None, MICROPHONE))
    assert dialog.calls.idle_status.text() == (
        "Time away can't be measured on this Wayland desktop, so it is not counted as a break. "
        "On KDE Plasma, sway, Hyprland and other wlroots desktops, installing swayidle makes it "
        "work."
    )
    sentences = set()
    for reason in IDLE_REASONS:
        dialog.load(settings, DetectionStatus(reason, IDLE, None, MICROPHONE))
        assert "not counted as a break" in dialog.calls.idle_status.text()
        sentences.add(dialog.calls.idle_status.text())
    assert len(sentences) == len(IDLE_REASONS)
    assert dialog.calls.detect_microphone.isEnabled()  # idle detection has nothing to switch off


@pytest.mark.parametrize(
    ("source", "desktop", "words"),
    [
        ("x11", "", "from the X server"),
        ("mutter", "", "from GNOME (Mutter)"),
        ("kde", "", "from KDE Plasma"),
        ("wayland_idle", "sway", "from sway (idle protocol)"),
        ("wayland_idle", "", "from the compositor (idle protocol)"),
        ("windows", "", "from Windows"),
        ("macos", "", "from macOS"),
    ],
)
def test_the_idle_source_is_named(qtbot, dialog, tmp_path, source, desktop, words):
    status = DetectionStatus(
        None, "any", None, MICROPHONE, idle_source=source, idle_desktop=desktop
    )
    dialog.load(settings_from(tmp_path), status)
    assert dialog.calls.idle_status.text() == (
        f"Time away from the keyboard counts as a natural break. Idle time: {words}."
    )


# -- keyboard and screen readers -------------------------------------------------------------


def test_tab_walks_the_shift_tab_in_reading_order(qtbot, dialog):
    pick(qtbot, dialog.shift.days_off, date(2026, 10, 1))  # one selected date: Remove is enabled
    dialog.shift.hours.setFocus()
    [hours] = dialog.shift.hours_edit.pickers  # 09:00-18:00: one range, its pickers
    expected: list[QWidget] = [hours.start, hours.end, hours.remove]
    expected.append(dialog.shift.hours_edit.add_button)
    for box, edit in zip(dialog.shift.day_boxes, dialog.shift.day_hours, strict=True):
        expected += [box, edit]
    expected += [
        dialog.shift.days_off.picker,
        dialog.shift.days_off.add_button,
        dialog.shift.days_off.list,
        dialog.shift.days_off.remove_button,
        dialog.shift.extra_days.picker,
        dialog.shift.extra_days.add_button,
        dialog.shift.extra_days.list,  # its Remove is disabled (nothing to remove): skipped
        dialog.shift.at_login,
        dialog.save_button,
        dialog.cancel_button,
    ]
    walked: list[QWidget] = []
    while len(walked) < len(expected):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if walked and focused() is walked[-1] and isinstance(focused(), QDateTimeEdit):
            continue  # Tab steps through a date's year, month and day (a time's hour and
            # minute) before it moves on
        walked.append(focused())
    assert [w.accessibleName() or w.text() for w in walked] == [
        w.accessibleName() or w.text() for w in expected
    ]
    assert walked == expected


def test_mnemonics_reach_every_section(qtbot, dialog):
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(focused(), Qt.Key.Key_O, alt)
    assert focused() is dialog.shift.days_off.picker
    qtbot.keyClick(focused(), Qt.Key.Key_H, alt)
    assert focused() is dialog.shift.hours
    qtbot.keyClick(focused(), Qt.Key.Key_X, alt)
    assert focused() is dialog.shift.extra_days.picker
    qtbot.keyClick(focused(), Qt.Key.Key_W, alt)
    assert focused() is dialog.shift.day_boxes[0]

    qtbot.keyClick(focused(), Qt.Key.Key_B, alt)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(focused(), Qt.Key.Key_N, alt)
    assert focused() is dialog.breaks.spins["breaks.notice_seconds"]
    qtbot.keyClick(focused(), Qt.Key.Key_M, alt)
    assert focused() is dialog.breaks.spins["breaks.max_postpones"]

    qtbot.keyClick(focused(), Qt.Key.Key_C, alt)
    assert dialog.tabs.currentIndex() == 2
    qtbot.keyClick(focused(), Qt.Key.Key_E, alt)
    assert focused() is dialog.calls.spins["calls.auto_end_minutes"]
    qtbot.keyClick(focused(), Qt.Key.Key_L, alt)  # a checkbox's mnemonic ticks it
    qtbot.waitUntil(dialog.calls.offer_mood_log.isChecked)

    qtbot.keyClick(focused(), Qt.Key.Key_F, alt)
    assert dialog.tabs.currentIndex() == 0
    assert not dialog.shift.at_login.isChecked()  # Alt+L above was the Calls tab's
    qtbot.keyClick(focused(), Qt.Key.Key_L, alt)
    qtbot.waitUntil(dialog.shift.at_login.isChecked)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, alt)
    assert saved.args[0]["calls.offer_mood_log"] is True
    assert saved.args[0]["startup.at_login"] is True


def test_every_control_has_an_accessible_name(dialog):
    controls = (QCheckBox, QLineEdit, QSpinBox, QDateEdit, QListWidget, QPushButton)
    found = 0
    for control in dialog.findChildren(QWidget):
        if not isinstance(control, controls) or isinstance(control.parent(), QAbstractSpinBox):
            continue  # a spin box's or date edit's own line edit is part of it
        found += 1
        assert control.accessibleName().strip() or control.text().strip(), control
    assert found > 30
    assert dialog.tabs.accessibleName()


# -- how it looks ----------------------------------------------------------------------------

ZH = {
    "Settings · Companion": "设置 · 心伴",
    "Shi&ft": "班次(&F)",
    "&Breaks": "休息(&B)",
    "&Calls": "通话(&C)",
    "&Save": "保存(&S)",
    "Start Companion when I &log in": "登录系统时自动启动心伴(&L)",
    "Cancel": "取消",
    "Mon": "周一",
    "Tue": "周二",
    "Wed": "周三",
    "Thu": "周四",
    "Fri": "周五",
    "Sat": "周六",
    "Sun": "周日",
    "Working week": "每周工作安排",
    "Usual working &hours": "平时的工作时间(&H)",
    "Below, other hours for some days, typed the same way (9-18, 9-12, 13:30-18); 22-6 runs "
    "overnight.": (
        "下面可以给某几天另设工作时间，写法相同（如 9-18 或 9-12，13:30-18）；22-6 表示跨夜到次日。"
    ),
    "&Working days": "工作日(&W)",
    "Other hours that day": "当天时间不同",
    "as usual": "与平时相同",
    "Dates": "日期",
    "Days &off (holidays)": "休息日（节假日）(&O)",
    "E&xtra working days": "调休上班日(&X)",
    "Add": "添加",
    "Remove": "删除",
    "Breaks are only offered within your shift, and never during a call.": (
        "只在班次内提醒休息，通话中绝不打扰。"
    ),
    "Micro-breaks (guided breathing)": "微休息（呼吸引导）",
    "Long breaks (away from the screen)": "长休息（离开屏幕）",
    "Notice and postponing": "休息预告与推迟",
    " min": " 分钟",
    " s": " 秒",
    "A micro-break &every": "微休息间隔(&E)",
    "&Lasting": "时长(&L)",
    "A long break eve&ry": "长休息间隔(&R)",
    "Lastin&g": "时长(&G)",
    "&Notice shown before a break": "休息预告提前(&N)",
    "“&Postpone” moves a break by": "每次“推迟”顺延(&P)",
    "Postpone at &most": "最多连续推迟(&M)",
    " time in a row": " 次",
    " times in a row": " 次",
    "Calls": "通话",
    "Treat the &microphone being in use as being on a call": "麦克风正在使用时视为通话中(&M)",
    "A call switched on by hand &ends by itself after": "手动开启的“通话中”最长持续(&E)",
    "Offer to &log a mood when a call ends": "通话结束后提示记录心情(&L)",
    "Time away from the keyboard": "离开键盘的时间",
    "Works here: %1.": "在这台电脑上可用：%1。",
    "Can't be detected here: the PulseAudio tools (pactl) are not installed. "
    "Use “I'm on a call” in the tray menu instead.": (
        "这里无法检测：没有安装 PulseAudio 工具（pactl）。请改用托盘菜单里的“我在通话中”。"
    ),
    "Time away can't be measured on this Wayland desktop, so it is not counted as a break. "
    "On KDE Plasma, sway, Hyprland and other wlroots desktops, installing swayidle makes it "
    "work.": (
        "在这个 Wayland 桌面上无法测量离开的时间，所以不会算作休息。"
        "在 KDE Plasma、sway、Hyprland 等 wlroots 桌面上，安装 swayidle 后即可测量。"
    ),
    "Time away from the keyboard counts as a natural break. Idle time: %1.": (
        "离开键盘的时间会算作自然休息。空闲时间：%1。"
    ),
    "from GNOME (Mutter)": "来自 GNOME（Mutter）",
    "Time away from the keyboard counts as a natural break (%1).": (
        "离开键盘的时间会算作自然休息（%1）。"
    ),
    "These time ranges overlap.": "这些时间段有重叠。",
    "%1: %2": "%1：%2",
    "Fix the hours on the Shift tab to save.": "请先在“班次”页改正工作时间，再保存。",
    "Saturday": "星期六",
}


def test_the_fake_chinese_is_the_real_translation():
    """ZH stands in for the .qm in the clipping test, so it must say what the .qm says."""
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "companion_zh_CN.ts"
    real = {
        message.findtext("source"): message.findtext("translation")
        for context in ET.parse(ts).getroot().iter("context")
        if context.findtext("name") == "SettingsDialog"
        for message in context.iter("message")
    }
    assert {source: real.get(source) for source in ZH} == ZH


class FakeChinese(QTranslator):
    """The dialog's strings in Chinese, as the real translation will give them."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return ZH.get(source)


def assert_nothing_clipped(widget: QWidget) -> None:
    kinds = (QLabel, QPushButton, QCheckBox, QSpinBox, QDateEdit, QLineEdit, QGroupBox)
    for child in widget.findChildren(QWidget):
        if not isinstance(child, kinds) or not child.isVisible():
            continue
        if isinstance(child.parent(), QAbstractSpinBox):
            continue
        top_left = child.mapTo(widget, QPoint(0, 0))
        assert widget.rect().contains(child.rect().translated(top_left)), child
        if isinstance(child, QLabel) and child.wordWrap():
            assert child.heightForWidth(child.width()) <= child.height() + 1, child.text()
        elif isinstance(child, QLineEdit):
            width = child.fontMetrics().horizontalAdvance(child.text() or child.placeholderText())
            assert width + 8 <= child.width(), child.text()
        else:
            name = child.text() if hasattr(child, "text") else child
            assert child.minimumSizeHint().width() <= child.width(), name
            if not isinstance(child, QGroupBox):
                assert child.sizeHint().width() <= child.width(), name
                assert child.sizeHint().height() <= child.height() + 2, name


def distinct_colours(image: QImage, background: QColor) -> int:
    differing = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if image.pixelColor(x, y) != background:
                differing += 1
    return differing


def shoot_every_tab(qtbot, dialog: SettingsDialog, suffix: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    # Wide enough for every section's tab in sight (eight take 740 px in English), no wider:
    # it fits the smallest screen, 1024×600, with room around it.
    assert dialog.minimumSizeHint().width() <= 800
    assert dialog.minimumSizeHint().height() <= 560
    QApplication.processEvents()  # a new language's longer tabs: the window grows to them
    assert dialog.tabs.tabBar().width() >= dialog.tabs.tabBar().sizeHint().width()
    assert dialog.size().width() <= 800
    assert dialog.size().height() <= 560
    for index, name in enumerate(("shift", "breaks", "calls")):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        image = dialog.grab().toImage()
        assert image.save(str(SHOTS / f"settings-{name}{suffix}.png"))
        background = dialog.palette().color(QPalette.ColorRole.Window)
        assert distinct_colours(image, background) > 500, name
        assert_nothing_clipped(dialog)


def test_every_tab_fits_and_nothing_is_clipped_in_english_and_chinese(qtbot, dialog, tmp_path):
    dialog.load(settings_from(tmp_path, ADMIN), DetectionStatus("wayland", IDLE, "no_pactl", ""))
    retype(qtbot, dialog.shift.day_hours[5], "10:00-14:00, 13:00-15:00")  # an error shows too
    shoot_every_tab(qtbot, dialog, "")

    translator = FakeChinese()
    locale = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        dialog.retranslate("zh_CN")
        assert dialog.shift.day_boxes[0].text() == "周一"
        assert dialog.shift.day_hours_error.text() == "星期六：这些时间段有重叠。"
        assert "周四" in dialog.shift.days_off.list.item(0).text()  # 2026-10-01
        shoot_every_tab(qtbot, dialog, "-zh_CN")
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
        dialog.retranslate("en")
    assert dialog.shift.day_boxes[0].text() == "Mon"
    assert dialog.shift.days_off.list.item(0).text() == "2026-10-01  Thu"


def test_the_idle_source_is_named_in_chinese(qtbot, dialog, tmp_path):
    translator = FakeChinese()
    QCoreApplication.installTranslator(translator)
    try:
        status = DetectionStatus(None, "any", None, MICROPHONE, idle_source="mutter")
        dialog.load(settings_from(tmp_path), status)
        assert dialog.calls.idle_status.text() == (
            "离开键盘的时间会算作自然休息。空闲时间：来自 GNOME（Mutter）。"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
