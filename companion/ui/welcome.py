"""The welcome on a first start: where Companion lives (on Windows, how to keep its icon on the
taskbar), how to log a mood, that breaks wait during a call (and how to say one is on where
Companion cannot tell), the shift and the language, and when the first break will come.

A window shown once (the feature decides when), never forced: Start saves the shift hours and
days; Skip, Esc or the window's close button leave the shift as it was. The language is not
part of that choice: picking one applies (and saves) it at once, as the tray menu does, and the
window follows; Skip keeps it. The first-break sentence is asked anew (`preview`) at each edit
of the hours or days; it sits above the buttons, outside the part that scrolls on a small
screen, so it is always in view. The hours are typed, picked or one of the administrator's
named shifts (`ui.shift_hours`).

It opens next to the tray icon where the tray says where that is, else centred on the screen
the mouse is on (`screen_fit.place_window`).

Keyboard: Tab goes hours (text, pickers, named shifts), days, language, Skip, Start; Enter is
Start, Esc is Skip.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.first_break import UpcomingBreak
from companion.domain.shift import WEEKDAYS, InvalidShift, hours_text
from companion.settings import LANGUAGES, Settings
from companion.ui.screen_fit import known_place, place_window, scrolled
from companion.ui.settings.widgets import plain, weekday_names
from companion.ui.shift_hours import HoursEdit, shift_error
from companion.ui.taskbar_hint import TaskbarHint

Preview = Callable[[list[str], list[str]], UpcomingBreak | None]  # hours, days -> first break
WINDOW_WIDTH = 600


@dataclass(frozen=True, slots=True)
class WhereItLives:
    """What the welcome says about where Companion is and how a mood is logged."""

    in_tray: bool  # False: the stand-in window, on a desktop without a tray
    tray_rect: QRect | None  # the icon's place on the screen, where the tray tells it
    shortcut: str  # the global shortcut in force ("" when none was registered)
    log_action: str  # the menu's "Log mood…" text, as the menu now shows it
    call_action: str = "I'm on a call"  # the menu's "I'm on a call" text, as it shows it
    calls_detected: bool = False  # the microphone tells Companion when a call is on
    call_shortcut: str = ""  # the global shortcut for "I'm on a call" ("" when there is none)
    platform: str = sys.platform  # "win32": it says how to keep the icon on the taskbar


def corner(icon: QRect, screen: QRect) -> str:
    """Which part of the screen the icon is in: "top-right", "bottom", ..."""
    centre = icon.center()
    vertical = "top" if centre.y() < screen.center().y() else "bottom"
    third = max(screen.width() // 3, 1)
    column = (centre.x() - screen.left()) // third
    horizontal = ("-left", "", "-right")[min(max(column, 0), 2)]
    return vertical + horizontal


CORNERS: dict[str, Callable[[], str]] = {  # said when asked: in the language then in force
    "top-left": lambda: QCoreApplication.translate("Welcome", "top left"),
    "top": lambda: QCoreApplication.translate("Welcome", "top"),
    "top-right": lambda: QCoreApplication.translate("Welcome", "top right"),
    "bottom-left": lambda: QCoreApplication.translate("Welcome", "bottom left"),
    "bottom": lambda: QCoreApplication.translate("Welcome", "bottom"),
    "bottom-right": lambda: QCoreApplication.translate("Welcome", "bottom right"),
}


class WelcomeWindow(QDialog):
    started = Signal(
        object
    )  # the shift's keys to apply: {"shift.hours": [...], "shift.days": [...]}
    language_chosen = Signal(str)  # "system", "zh_CN" or "en": applied at once
    skipped = Signal()  # Skip, Esc or the close button: nothing is changed

    def __init__(
        self,
        settings: Settings,
        where: WhereItLives,
        preview: Preview,
        clock: Any,  # now() and local_zone()
        icon: QIcon,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._where = where
        self._preview = preview
        self._clock = clock
        self._answered = False
        self.setObjectName("welcome")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowIcon(icon)

        content = QWidget(self)
        self.title = QLabel(content)
        self.title.setObjectName("title")
        self.intro = QLabel(content)
        self.intro.setWordWrap(True)
        where_row = self._build_where(content, icon)
        self._build_shift(content)
        language_row = self._build_language(content)

        self.first_break = QLabel(self)  # with the buttons: never scrolled out of view
        self.first_break.setObjectName("firstBreak")
        bold = self.first_break.font()
        bold.setBold(True)
        self.first_break.setFont(bold)
        self.first_break.setWordWrap(True)
        self.later = QLabel(content)
        self.later.setObjectName("hint")
        self.later.setWordWrap(True)

        body = QVBoxLayout(content)
        body.setSpacing(10)
        body.addWidget(self.title)
        body.addWidget(self.intro)
        body.addLayout(where_row)
        body.addWidget(self.shift_group)
        body.addLayout(language_row)
        body.addWidget(self.later)
        body.addStretch(1)

        self.skip_button = QPushButton(self)
        self.skip_button.setAutoDefault(False)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.start_button)
        self._outer = layout = QVBoxLayout(self)
        layout.addWidget(scrolled(content, self), 1)
        layout.addWidget(self.first_break)
        layout.addLayout(buttons)

        order: list[QWidget] = [
            self.hours_edit.last_in_chain(),
            *self.day_boxes,
            self.language,
            self.skip_button,
            self.start_button,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self.hours_edit.changed.connect(self.update_first_break)
        for box in self.day_boxes:
            box.toggled.connect(self.update_first_break)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.skip_button.clicked.connect(self.reject)
        self.start_button.clicked.connect(self.accept)
        self._content = content
        self.resize(WINDOW_WIDTH, 480)
        self.load(settings)

    def _build_where(self, content: QWidget, icon: QIcon) -> QHBoxLayout:
        """Beside the icon: where Companion lives, how to log, calls (and on Windows, how to keep
        the icon on the taskbar)."""
        self.icon = QLabel(content)
        self.icon.setPixmap(icon.pixmap(32, 32))
        self.icon.setFixedSize(36, 36)
        self.where = QLabel(content)
        self.where.setWordWrap(True)
        self.logging = QLabel(content)
        self.logging.setWordWrap(True)
        self.calls = QLabel(content)
        self.calls.setWordWrap(True)
        # Windows: a new tray icon goes to the overflow; how to keep it on the taskbar.
        self.taskbar = QLabel(content)
        self.taskbar.setObjectName("taskbar")
        self.taskbar.setWordWrap(True)
        self.taskbar_picture = TaskbarHint(icon, content)
        where_row = QHBoxLayout()
        where_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.where)
        texts.addWidget(self.logging)
        texts.addWidget(self.calls)
        texts.addWidget(self.taskbar)
        texts.addWidget(self.taskbar_picture, 0, Qt.AlignmentFlag.AlignLeft)
        where_row.addLayout(texts, 1)
        return where_row

    def _build_shift(self, content: QWidget) -> None:
        """The shift: its hours (typed, or a preset) and its days."""
        self.shift_group = QGroupBox(content)
        self.hours_label = QLabel(self.shift_group)
        self.hours_edit = HoursEdit(self.shift_group)
        self.hours = self.hours_edit.line  # the typed text
        self.hours_error = self.hours_edit.error  # the line that says what is wrong
        self.hours_label.setBuddy(self.hours)
        self.days_label = QLabel(self.shift_group)
        self.day_boxes = [QCheckBox(self.shift_group) for _ in WEEKDAYS]
        self.days_label.setBuddy(self.day_boxes[0])
        self.own_hours = QLabel(self.shift_group)
        self.own_hours.setObjectName("hint")
        self.own_hours.setWordWrap(True)
        days_row = QHBoxLayout()
        days_row.setSpacing(6)
        for box in self.day_boxes:
            days_row.addWidget(box)
        days_row.addStretch(1)
        grid = QGridLayout(self.shift_group)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.hours_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.hours_edit, 0, 1)
        grid.addWidget(self.days_label, 1, 0)
        grid.addLayout(days_row, 1, 1)
        grid.addWidget(self.own_hours, 2, 1)
        grid.setColumnStretch(1, 1)

    def _build_language(self, content: QWidget) -> QHBoxLayout:
        """The language, applied at once."""
        self.language_label = QLabel(content)
        self.language = QComboBox(content)
        for setting in LANGUAGES:
            self.language.addItem("", setting)
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        return language_row

    # -- what it shows ----------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """The settings as they are: the administrator's, where one pre-seeded them."""
        days = set(settings.get("shift.days"))
        for name, box in zip(WEEKDAYS, self.day_boxes, strict=True):
            box.setChecked(name in days)
        self.hours_edit.set_presets(settings.get("shift.presets"))
        self.setTabOrder(self.hours_edit.last_in_chain(), self.day_boxes[0])
        self.hours_edit.set_text(", ".join(settings.get("shift.hours")))
        self._by_day = sorted(settings.get("shift.hours_by_day"))
        self._select_language(settings.language)

    def _select_language(self, setting: str) -> None:
        index = self.language.findData(setting)
        blocked = self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(blocked)

    def retranslate(self, _language: str) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Welcome", "Welcome to Companion"))
        self.title.setText(translate("Welcome", "Welcome to Companion"))
        self.intro.setText(
            translate(
                "Welcome",
                "Companion reminds you to take short breaks during your shift and helps you "
                "note how you feel after each contact. Everything stays on this computer.",
            )
        )
        self.where.setText(self.where_sentence())
        self.logging.setText(self.logging_sentence())
        self.calls.setText(self.calls_sentence())
        on_windows = self._where.in_tray and self._where.platform == "win32"
        self.taskbar.setText(taskbar_sentence(self._where.shortcut) if on_windows else "")
        self.taskbar.setVisible(on_windows)
        self.taskbar_picture.retranslate()
        self.taskbar_picture.setVisible(on_windows)
        self.shift_group.setTitle(translate("Welcome", "Your shift"))
        self.hours_label.setText(translate("Welcome", "Working &hours"))
        self.hours.setAccessibleName(plain(self.hours_label.text()))
        self.hours_edit.retranslate()
        self.days_label.setText(translate("Welcome", "Working &days"))
        short, full = weekday_names()
        for box, short_name, full_name in zip(self.day_boxes, short, full, strict=True):
            box.setText(short_name)
            box.setAccessibleName(
                translate("SettingsDialog", "%1 is a working day").replace("%1", full_name)
            )
        named = [full[WEEKDAYS.index(day)] for day in self._by_day]
        self.own_hours.setText(
            translate("Welcome", "%1 keep their own hours; change them in Settings.").replace(
                "%1", translate("Welcome", ", ").join(named)
            )
        )
        self.own_hours.setVisible(bool(named))
        self.language_label.setText(translate("Welcome", "&Language"))
        names = {
            "system": translate("TrayMenu", "Follow the system"),
            "zh_CN": "简体中文",
            "en": "English",
        }
        for index in range(self.language.count()):
            self.language.setItemText(index, names[self.language.itemData(index)])
        self.later.setText(
            translate(
                "Welcome",
                "You can change all this later in Settings, from the icon's menu.",
            )
        )
        self.skip_button.setText(translate("Welcome", "S&kip"))
        self.start_button.setText(translate("Welcome", "&Start"))
        self.update_first_break()
        self.fit_content()  # the other language may take more or fewer lines

    def where_sentence(self) -> str:
        translate = QCoreApplication.translate
        where = self._where
        if not where.in_tray:
            return translate(
                "Welcome",
                "This desktop has no system tray, so Companion lives in a small window of its "
                "own, with this icon.",
            )
        rect = where.tray_rect
        if rect is not None and known_place(rect):
            return translate(
                "Welcome",
                "Companion lives in the tray: look for this icon at the %1 of the screen.",
            ).replace("%1", CORNERS[corner(rect, self._screen_rect(rect))]())
        if where.platform == "win32":
            return translate(
                "Welcome",
                "Companion lives in the tray, at the bottom right of the screen: look for this "
                "icon (it may be behind the ^ arrow there).",
            )
        if where.platform == "darwin":
            return translate(
                "Welcome", "Companion lives on the top bar of the screen: look for this icon."
            )
        return translate(
            "Welcome",
            "Companion lives in the tray, on the top bar or the task bar of your desktop: look "
            "for this icon.",
        )

    @staticmethod
    def _screen_rect(rect: QRect) -> QRect:
        screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
        return screen.geometry()

    def logging_sentence(self) -> str:
        translate = QCoreApplication.translate
        where = self._where
        action = plain(where.log_action)
        keys = QKeySequence(where.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        if where.in_tray and keys:
            return translate(
                "Welcome",
                "To log a mood after a contact, left-click the icon or press %1 anywhere.",
            ).replace("%1", keys)
        if where.in_tray:
            return translate(
                "Welcome",
                "To log a mood after a contact, left-click the icon, or right-click it and "
                "choose “%1”.",
            ).replace("%1", action)
        if keys:
            return (
                translate(
                    "Welcome",
                    "To log a mood after a contact, click “%1” in that window or press %2 "
                    "anywhere.",
                )
                .replace("%1", action)
                .replace("%2", keys)
            )
        return translate(
            "Welcome", "To log a mood after a contact, click “%1” in that window."
        ).replace("%1", action)

    def calls_sentence(self) -> str:
        """That breaks wait during a call and, where the microphone cannot tell, how to say
        one is on."""
        return calls_sentence(
            self._where.calls_detected,
            self._where.in_tray,
            plain(self._where.call_action),
            self._where.call_shortcut,
        )

    def fit_content(self) -> None:
        """As tall as its content at its width (a small screen's fit makes it scroll)."""
        self.ensurePolished()  # the style sheet's fonts, before they are measured
        layout = self._outer
        margins = layout.contentsMargins()
        inner = WINDOW_WIDTH - margins.left() - margins.right()
        content = self._content.heightForWidth(inner)
        if content < 0:
            content = self._content.sizeHint().height()
        below = self.first_break.heightForWidth(inner) + layout.spacing()
        buttons = self.start_button.sizeHint().height() + layout.spacing()
        height = content + below + buttons + margins.top() + margins.bottom() + 8
        self.resize(WINDOW_WIDTH, height)

    def place(self, tray_rect: QRect | None = None) -> None:
        """Next to the tray icon where the tray says where it is (`tray_rect`, as it is now;
        else as it was when the window was made), else centred on the active screen. Called
        before it is shown, so that the window manager maps it there."""
        if known_place(tray_rect):
            self._where = replace(self._where, tray_rect=tray_rect)
            self.where.setText(self.where_sentence())
        place_window(self, self._where.tray_rect)

    # -- the shift, as edited -----------------------------------------------------------------

    def shift_values(self) -> dict[str, list[str]]:
        """The hours and days as typed; raises ValueError with a sentence while they are wrong."""
        try:
            ranges = self.hours_edit.ranges()
        except InvalidShift as error:
            raise ValueError(shift_error(error)) from None
        days = [name for name, box in zip(WEEKDAYS, self.day_boxes, strict=True) if box.isChecked()]
        return {"shift.hours": hours_text(ranges).split(", "), "shift.days": days}

    def update_first_break(self) -> None:
        try:
            values = self.shift_values()
        except ValueError:
            # The line under the hours says what is wrong; this one keeps its place.
            self.first_break.setText(
                QCoreApplication.translate(
                    "Welcome", "Once the hours are right, this says when your first break comes."
                )
            )
            self.start_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        upcoming = self._preview(values["shift.hours"], values["shift.days"])
        self.first_break.setText(
            first_break_sentence(upcoming, self._clock.now(), self._clock.local_zone())
        )

    # -- what the person does -------------------------------------------------------------------

    def _language_picked(self, index: int) -> None:
        self.language_chosen.emit(str(self.language.itemData(index)))

    def accept(self) -> None:
        try:
            values = self.shift_values()
        except ValueError:
            self.hours.setFocus()
            return
        self._answered = True
        self.started.emit(values)
        super().accept()

    def reject(self) -> None:
        if not self._answered:
            self._answered = True
            self.skipped.emit()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.reject()
        super().closeEvent(event)


def running_line(in_tray: bool, tray_rect: QRect | None) -> str:
    """The one line a terminal start prints once Companion is up: that it runs and where."""
    translate = QCoreApplication.translate
    if not in_tray:
        return translate(
            "Welcome",
            "Companion is running in a small window of its own: this desktop has no system tray.",
        )
    if tray_rect is not None and known_place(tray_rect):
        screen = QGuiApplication.screenAt(tray_rect.center()) or QGuiApplication.primaryScreen()
        return translate(
            "Welcome",
            "Companion is running: its icon is in the system tray, at the %1 of the screen.",
        ).replace("%1", CORNERS[corner(tray_rect, screen.geometry())]())
    return translate("Welcome", "Companion is running: its icon is in the system tray.")


def taskbar_sentence(keys: str) -> str:
    """Windows 10 and 11 put a new program's tray icon in the overflow (behind ^): where in
    Windows' settings to keep it on the taskbar, and that the global shortcut (`keys`, a
    QKeySequence's text; "" when none is held) works wherever the icon is."""
    translate = QCoreApplication.translate
    text = translate(
        "Welcome",
        "To keep the icon on the taskbar: on Windows 11, open Settings › Personalisation › "
        "Taskbar › Other system tray icons and switch Companion on; on Windows 10, Settings › "
        "Personalisation › Taskbar › Select which icons appear on the taskbar.",
    )
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    if not shown:
        return text
    always = translate("Welcome", "Wherever the icon is, %1 always opens the mood log.").replace(
        "%1", shown
    )
    return f"{text} {always}" if not text.endswith("。") else text + always


def calls_sentence(detected: bool, in_tray: bool, action: str, keys: str = "") -> str:
    """“Breaks never come during a call …”, and, where the microphone cannot tell (`detected`
    False), the ways to say a call is on: the menu's `action`, the global shortcut `keys`
    (a QKeySequence's text; "" while there is none) and the command a softphone can run."""
    translate = QCoreApplication.translate
    wait = translate("Welcome", "Breaks never come during a call: they wait until it ends.")
    if detected:
        how = translate(
            "Welcome", "Companion notices a call by itself while your microphone is in use."
        )
        return f"{wait} {how}" if not wait.endswith("。") else wait + how
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    if in_tray and shown:
        how = translate(
            "Welcome",
            "Companion can't tell here when you are on a call, so tell it: press %2, choose "
            "“%1” in the icon's menu, or let your softphone run “companion call start” and "
            "“companion call end”.",
        )
    elif in_tray:
        how = translate(
            "Welcome",
            "Companion can't tell here when you are on a call, so tell it: choose “%1” in the "
            "icon's menu, or let your softphone run “companion call start” and “companion call "
            "end”.",
        )
    elif shown:
        how = translate(
            "Welcome",
            "Companion can't tell here when you are on a call, so tell it: press %2, choose "
            "“%1” under “Breaks and more” in its window, or let your softphone run “companion "
            "call start” and “companion call end”.",
        )
    else:
        how = translate(
            "Welcome",
            "Companion can't tell here when you are on a call, so tell it: choose “%1” under "
            "“Breaks and more” in its window, or let your softphone run “companion call start” "
            "and “companion call end”.",
        )
    how = how.replace("%1", action).replace("%2", shown)
    return f"{wait} {how}" if not wait.endswith("。") else wait + how


def first_break_sentence(upcoming: UpcomingBreak | None, now: datetime, zone: tzinfo) -> str:
    """“Your first micro-break comes at 10:50 today.”, tomorrow, or on a weekday."""
    translate = QCoreApplication.translate
    if upcoming is None:
        return translate(
            "Welcome",
            "With these hours no shift comes in the next three weeks, so no break reminders.",
        )
    at = upcoming.at.astimezone(zone)
    days = (at.date() - now.astimezone(zone).date()).days
    long = upcoming.kind == "long"
    if days <= 0:
        text = (
            translate("Welcome", "Your first long break comes at %1 today.")
            if long
            else translate("Welcome", "Your first micro-break comes at %1 today.")
        )
    elif days == 1:
        text = (
            translate("Welcome", "Your first long break comes tomorrow at %1.")
            if long
            else translate("Welcome", "Your first micro-break comes tomorrow at %1.")
        )
    else:
        text = (
            translate("Welcome", "Your first long break comes on %2 at %1.")
            if long
            else translate("Welcome", "Your first micro-break comes on %2 at %1.")
        )
        _short, full = weekday_names()
        text = text.replace("%2", full[at.weekday()])
    return text.replace("%1", f"{at:%H:%M}")
