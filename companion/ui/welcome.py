"""The welcome on a first start: where Companion lives, how to log a mood, the shift and the
language, and when the first break will come.

A window shown once (the feature decides when), never forced: Start saves the shift hours and
days; Skip, Esc or the window's close button leave the shift as it was. The language is not
part of that choice: picking one applies (and saves) it at once, as the tray menu does, and the
window follows; Skip keeps it. The first-break sentence is asked anew (`preview`) at each edit
of the hours or days.

Keyboard: Tab goes hours, days, language, Skip, Start; Enter is Start, Esc is Skip.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
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
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.first_break import UpcomingBreak
from companion.domain.shift import WEEKDAYS, InvalidShift, TimeRange, parse_ranges
from companion.settings import LANGUAGES, Settings
from companion.ui.screen_fit import available_area, frame_margins, scrolled
from companion.ui.settings.widgets import error_label, plain, split_ranges, weekday_names

Preview = Callable[[list[str], list[str]], UpcomingBreak | None]  # hours, days -> first break
WINDOW_WIDTH = 600
GAP = 8  # between the tray icon and the window put next to it


@dataclass(frozen=True, slots=True)
class WhereItLives:
    """What the welcome says about where Companion is and how a mood is logged."""

    in_tray: bool  # False: the stand-in window, on a desktop without a tray
    tray_rect: QRect | None  # the icon's place on the screen, where the tray tells it
    shortcut: str  # the global shortcut in force ("" when none was registered)
    log_action: str  # the menu's "Log mood…" text, as the menu now shows it


def corner(icon: QRect, screen: QRect) -> str:
    """Which part of the screen the icon is in: "top-right", "bottom", ..."""
    centre = icon.center()
    vertical = "top" if centre.y() < screen.center().y() else "bottom"
    third = max(screen.width() // 3, 1)
    column = (centre.x() - screen.left()) // third
    horizontal = ("-left", "", "-right")[min(max(column, 0), 2)]
    return vertical + horizontal


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
        self.icon = QLabel(content)
        self.icon.setPixmap(icon.pixmap(32, 32))
        self.icon.setFixedSize(36, 36)
        self.where = QLabel(content)
        self.where.setWordWrap(True)
        self.logging = QLabel(content)
        self.logging.setWordWrap(True)
        where_row = QHBoxLayout()
        where_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.where)
        texts.addWidget(self.logging)
        where_row.addLayout(texts, 1)

        self.shift_group = QGroupBox(content)
        self.hours_label = QLabel(self.shift_group)
        self.hours = QLineEdit(self.shift_group)
        self.hours.setPlaceholderText("09:00-12:00, 13:00-18:00")
        self.hours_label.setBuddy(self.hours)
        self.hours_error = error_label(self.shift_group)
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
        grid.addWidget(self.hours_label, 0, 0)
        grid.addWidget(self.hours, 0, 1)
        grid.addWidget(self.hours_error, 1, 1)
        grid.addWidget(self.days_label, 2, 0)
        grid.addLayout(days_row, 2, 1)
        grid.addWidget(self.own_hours, 3, 1)
        grid.setColumnStretch(1, 1)

        self.language_label = QLabel(content)
        self.language = QComboBox(content)
        for setting in LANGUAGES:
            self.language.addItem("", setting)
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)

        self.first_break = QLabel(content)
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
        body.addWidget(self.first_break)
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
        layout.addLayout(buttons)

        order: list[QWidget] = [
            self.hours,
            *self.day_boxes,
            self.language,
            self.skip_button,
            self.start_button,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self.hours.textChanged.connect(self.update_first_break)
        for box in self.day_boxes:
            box.toggled.connect(self.update_first_break)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.skip_button.clicked.connect(self.reject)
        self.start_button.clicked.connect(self.accept)
        self._content = content
        self.resize(WINDOW_WIDTH, 480)
        self.load(settings)

    # -- what it shows ----------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """The settings as they are: the administrator's, where one pre-seeded them."""
        days = set(settings.get("shift.days"))
        for name, box in zip(WEEKDAYS, self.day_boxes, strict=True):
            box.setChecked(name in days)
        hours = settings.get("shift.hours")
        self.hours.setText(", ".join("00:00-24:00" if h == "00:00-00:00" else h for h in hours))
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
                "note how calls leave you. Everything stays on this computer.",
            )
        )
        self.where.setText(self.where_sentence())
        self.logging.setText(self.logging_sentence())
        self.shift_group.setTitle(translate("Welcome", "Your shift"))
        self.hours_label.setText(translate("Welcome", "Working &hours"))
        self.hours.setAccessibleName(plain(self.hours_label.text()))
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
        if rect is not None and rect.isValid() and not rect.isEmpty():
            corners = {
                "top-left": translate("Welcome", "top left"),
                "top": translate("Welcome", "top"),
                "top-right": translate("Welcome", "top right"),
                "bottom-left": translate("Welcome", "bottom left"),
                "bottom": translate("Welcome", "bottom"),
                "bottom-right": translate("Welcome", "bottom right"),
            }
            return translate(
                "Welcome",
                "Companion lives in the tray: look for this icon at the %1 of the screen.",
            ).replace("%1", corners[corner(rect, self._screen_rect(rect))])
        if sys.platform == "win32":
            return translate(
                "Welcome",
                "Companion lives in the tray, at the bottom right of the screen: look for this "
                "icon (it may be behind the ^ arrow there).",
            )
        if sys.platform == "darwin":
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
                "Welcome", "To log a mood after a call, left-click the icon or press %1 anywhere."
            ).replace("%1", keys)
        if where.in_tray:
            return translate(
                "Welcome",
                "To log a mood after a call, left-click the icon, or right-click it and "
                "choose “%1”.",
            ).replace("%1", action)
        if keys:
            return (
                translate(
                    "Welcome",
                    "To log a mood after a call, click “%1” in that window or press %2 anywhere.",
                )
                .replace("%1", action)
                .replace("%2", keys)
            )
        return translate(
            "Welcome", "To log a mood after a call, click “%1” in that window."
        ).replace("%1", action)

    def fit_content(self) -> None:
        """As tall as its content at its width (a small screen's fit makes it scroll)."""
        self.ensurePolished()  # the style sheet's fonts, before they are measured
        layout = self._outer
        margins = layout.contentsMargins()
        inner = WINDOW_WIDTH - margins.left() - margins.right()
        content = self._content.heightForWidth(inner)
        if content < 0:
            content = self._content.sizeHint().height()
        buttons = self.start_button.sizeHint().height() + layout.spacing()
        self.resize(WINDOW_WIDTH, content + buttons + margins.top() + margins.bottom() + 8)

    def place_by(self, available: QRect | None = None) -> None:
        """Next to the tray icon, where the tray says where it is (the screen fit keeps it on).
        Called before it is shown, so that the window manager maps it there."""
        rect = self._where.tray_rect
        if rect is None or not rect.isValid() or rect.isEmpty():
            return
        area = available or available_area(self)
        frame = frame_margins(self)
        size = self.size().grownBy(frame)
        x = min(
            max(rect.center().x() - size.width() // 2, area.left()), area.right() - size.width()
        )
        if rect.center().y() < area.center().y():
            y = max(rect.bottom() + GAP, area.top())
        else:
            y = min(rect.top() - GAP - size.height(), area.bottom() - size.height())
        self.move(max(x, area.left()), max(y, area.top()))

    # -- the shift, as edited -----------------------------------------------------------------

    def shift_values(self) -> dict[str, list[str]]:
        """The hours and days as typed; raises ValueError with a sentence while they are wrong."""
        translate = QCoreApplication.translate
        items = split_ranges(self.hours.text())
        if not items:
            raise ValueError(
                translate("SettingsDialog", "Enter at least one time range, like 09:00-18:00.")
            )
        for item in items:
            try:
                TimeRange.parse(item)
            except InvalidShift:
                raise ValueError(
                    translate(
                        "SettingsDialog", "“%1” is not a time range like 09:00-18:00."
                    ).replace("%1", item)
                ) from None
        try:
            ranges = parse_ranges(items)
        except InvalidShift:
            raise ValueError(translate("SettingsDialog", "These time ranges overlap.")) from None
        hours = ["00:00-24:00" if str(r) == "00:00-00:00" else str(r) for r in ranges]
        days = [name for name, box in zip(WEEKDAYS, self.day_boxes, strict=True) if box.isChecked()]
        return {"shift.hours": hours, "shift.days": days}

    def update_first_break(self) -> None:
        try:
            values = self.shift_values()
        except ValueError as error:
            self.hours_error.setText(str(error))
            self.hours_error.show()
            self.first_break.clear()
            self.start_button.setEnabled(False)
            return
        self.hours_error.hide()
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


def first_break_sentence(upcoming: UpcomingBreak | None, now: datetime, zone: tzinfo) -> str:
    """“Your first micro-break comes at 10:50 today.”, tomorrow, or on a weekday."""
    translate = QCoreApplication.translate
    if upcoming is None:
        return translate(
            "Welcome", "With these hours no shift comes in the next three weeks, so no breaks."
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
