"""The settings window: its tabs side by side, and Save, for an agent or an administrator.

Every field is checked while it is typed, by the same rules the settings file uses
(`companion.settings.SPECS`). Save stays disabled while anything is invalid and emits only values
that file accepts. The language is not here: it is in the tray menu. Each tab is its own file in
this package and fills, checks and reads its own fields; this dialog puts them together, says
beside Save which tab blocks it, and passes the "Your data" and "Your team" tabs' requests on to
the app (sharing with the team is turned on or off at once, not by Save).

The access key of a disabled button (Alt+S while Save waits for a fix) is used up and says what
is wrong, instead of reaching the field being typed in as a letter.

It keeps what it was filled with (`shown`, the settings in force), so that only what the person
changed is saved (`edited`), and a change made elsewhere while it is open shows at once
(`follow`): a field they have not touched takes the new value; one they changed keeps their
change, and a line at the top says so.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.clock import Clock
from companion.settings import SPECS, InvalidSetting, Settings
from companion.ui.settings.appearance_tab import AppearanceTab
from companion.ui.settings.breaks_tab import BreaksTab
from companion.ui.settings.calls_tab import CallsTab
from companion.ui.settings.checkin_tab import CheckInTab
from companion.ui.settings.contacts_tab import ContactsEditor
from companion.ui.settings.data_tab import DataTab
from companion.ui.settings.keys_tab import KeysTab
from companion.ui.settings.sharing_tab import SharingTab
from companion.ui.settings.shift_tab import ShiftTab
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import error_label, plain

if TYPE_CHECKING:
    from companion.team.sharing_service import SharingView

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
    "breaks.dim_screen",
    "breaks.speak_breathing",
    "breaks.quiet_seconds",
    "breaks.wait_minutes",
    "breaks.chime",
    "calls.auto_end_minutes",
    "calls.offer_mood_log",
    "calls.detect_microphone",
    "shortcuts.quick_log",
    "shortcuts.start_break",
    "shortcuts.postpone_break",
    "shortcuts.skip_break",
    "shortcuts.call",
    "shortcuts.mood_log",
    "shortcuts.trends",
    "shortcuts.settings",
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
    "appearance.theme",
    "appearance.contrast",
)


class SettingsTab(Protocol):
    """A tab that edits settings: it fills its fields, names them again, and reads them back."""

    def retranslate(self) -> None: ...

    def load(self, settings: Settings, status: DetectionStatus) -> None: ...

    def values(self) -> dict[str, Any]: ...  # its keys; raises InvalidSetting while invalid


class SettingsDialog(QDialog):
    """Shift, breaks, calls, check-in, data, team, contacts and appearance in tabs; Save emits
    every edited key."""

    saved = Signal(dict)  # {key: value} for every key in EDITED_KEYS, each passing its check
    export_requested = Signal(str)  # the JSON file to write all data to
    export_csv_requested = Signal(str)  # the new folder to write the CSV files in
    import_requested = Signal(str)  # the export file to import
    erase_requested = Signal()  # confirmed: erase the store, backups, files kept aside, logs
    sharing_toggled = Signal(bool)  # turn sharing with the team on or off, at once (no Save)

    def __init__(
        self,
        settings: Settings,
        status: DetectionStatus,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)  # every section in sight: the window fits them
        # Each tab is added as soon as it is made: the keyboard's Tab order follows this order.
        self.shift = ShiftTab(self)
        self.tabs.addTab(self.shift, "")
        self.breaks = BreaksTab(self)
        self.tabs.addTab(self.breaks, "")
        self.calls = CallsTab(status, self)
        self.tabs.addTab(self.calls, "")
        self.keys = KeysTab(status, self)
        self.tabs.addTab(self.keys, "")
        self.checkin = CheckInTab(self)
        self.tabs.addTab(self.checkin, "")
        self.data = DataTab(self, clock=clock)  # the clock names the export's suggested file
        self.tabs.addTab(self.data, "")
        self.sharing = SharingTab(self)  # shown by `show_sharing`; it edits no setting
        self.tabs.addTab(self.sharing, "")
        self.contacts = ContactsEditor(self)
        self.tabs.addTab(self.contacts, "")
        self.appearance = AppearanceTab(self)
        self.tabs.addTab(self.appearance, "")
        self._editing: tuple[SettingsTab, ...] = (
            self.shift,
            self.breaks,
            self.calls,
            self.keys,
            self.checkin,
            self.contacts,
            self.appearance,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        # Save may be disabled by a field on another tab: say where.
        self.blocked = error_label(self)
        # A change made elsewhere while the window is open: what it did to the fields.
        self.news = QLabel(self)
        self.news.setObjectName("news")
        self.news.setWordWrap(True)
        self.news.hide()
        self.shown: dict[str, Any] = {}  # what the fields were filled with: the settings in force
        self._owners: dict[str, SettingsTab] = {}  # which tab edits each key
        self._kept: list[SettingsTab] | None = None  # the news said, and the tabs it names
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.blocked, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.news)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.shift.edited.connect(self._validate)
        self.breaks.edited.connect(self._validate)
        self.keys.edited.connect(self._validate)
        self.data.export_requested.connect(self.export_requested)
        self.data.export_csv_requested.connect(self.export_csv_requested)
        self.data.import_requested.connect(self.import_requested)
        self.data.erase_requested.connect(self.erase_requested)
        self.sharing.sharing_toggled.connect(self.sharing_toggled)
        self.tabs.currentChanged.connect(self._validate)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate("en")
        self.load(settings, status)
        self.resize(640, 560)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)  # for the access keys of disabled buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Alt+letter of a disabled button in this window: used up, and Save says why."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            button = self._disabled_button_for(event)
            if button is not None:
                if button is self.save_button:
                    self.blocked.show()
                return True
        return False

    def _disabled_button_for(self, event: QKeyEvent) -> QAbstractButton | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.AltModifier:
            return None
        pressed = QKeySequence(event.keyCombination())
        for button in self.findChildren(QAbstractButton):
            if (
                not button.isEnabled()
                and button.isVisibleTo(self)
                and QKeySequence.mnemonic(button.text()) == pressed
            ):
                return button
        return None

    @property
    def spins(self) -> dict[str, QSpinBox]:
        """Every number field of every tab, by its setting's key."""
        return {**self.breaks.spins, **self.calls.spins, **self.checkin.spins}

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Settings · Companion"))
        for tab, text in (
            (self.shift, self.tr("Shi&ft")),
            (self.breaks, self.tr("&Breaks")),
            (self.calls, self.tr("&Calls")),
            (self.keys, self.tr("&Quick keys")),
            (self.checkin, self.tr("Check-&in")),
            (self.data, self.tr("Your &data")),
            (self.sharing, self.tr("&Your team")),
            (self.contacts, self.tr("Where to &turn")),
            (self.appearance, self.tr("Appearance")),  # every letter of it acts elsewhere
        ):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.shift.retranslate()
        self.breaks.retranslate()
        self.calls.retranslate()
        self.keys.retranslate()
        self.checkin.retranslate()
        self.data.retranslate()
        self.sharing.retranslate(language)
        self.contacts.retranslate()
        self.appearance.retranslate()
        self._say_news()
        self._validate()

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        """Refill every field from the current settings and what the probes found."""
        for tab in self._editing:
            tab.load(settings, status)
            with contextlib.suppress(InvalidSetting):  # the settings in force are valid
                self._owners.update({key: tab for key in tab.values()})
        self.shown = {key: settings.get(key) for key in EDITED_KEYS}
        self._kept = None
        self.news.hide()
        self._validate()

    def edited(self, values: dict[str, Any]) -> dict[str, Any]:
        """Of `values` (what Save gave), those the person changed: never one only shown. Start
        at login is always given: the box shows the login entry as it really is, which the file
        may not know yet, and a Save makes them agree."""
        return {
            key: value
            for key, value in values.items()
            if value != self.shown.get(key) or key == "startup.at_login"
        }

    def follow(self, settings: Settings, status: DetectionStatus) -> None:
        """The settings in force changed elsewhere while the window is open: show them. A tab
        is filled again only where something changed, keeping every field the person has
        changed (and a tab they are typing an invalid value into is left alone); the line at
        the top says which tabs kept their changes."""
        fresh = {key: settings.get(key) for key in EDITED_KEYS}
        changed = {key for key in EDITED_KEYS if fresh[key] != self.shown.get(key)}
        if not changed:
            return
        kept: list[SettingsTab] = []
        for tab in self._editing:
            keys = {key for key, owner in self._owners.items() if owner is tab}
            if not keys & changed:
                continue
            try:
                current = tab.values()
            except InvalidSetting:
                kept.append(tab)  # being typed in: its fields stay, and so does what they showed
                continue
            mine = {key: current[key] for key in keys if current[key] != self.shown.get(key)}
            tab.load(Settings(values={**fresh, **mine}), status)
            self.shown.update({key: fresh[key] for key in keys})
            if any(key in changed and mine[key] != fresh[key] for key in mine):
                kept.append(tab)
        earlier = self._kept or []  # said until the window is filled afresh
        self._kept = earlier + [tab for tab in kept if tab not in earlier]
        self._say_news()
        self._validate()

    def _tab_name(self, tab: SettingsTab) -> str:
        index = self.tabs.indexOf(cast(QWidget, tab))  # every tab is a page of `tabs`
        return f"“{plain(self.tabs.tabText(index))}”"

    def _say_news(self) -> None:
        kept = self._kept
        if kept is None:
            return
        if not kept:
            self.news.setText(
                self.tr(
                    "Some settings were changed outside this window (for example with "
                    "“companion config set”). It now shows the settings in force."
                )
            )
        else:
            names = [self._tab_name(tab) for tab in kept]
            self.news.setText(
                self.tr(
                    "Some settings were changed outside this window (for example with "
                    "“companion config set”). It now shows them, except where you had already "
                    "made a change (%1): yours is kept. Save to use your changes, or Cancel to "
                    "keep the settings in force."
                ).replace("%1", self.tr(", ").join(names))
            )
        self.news.show()

    def values(self) -> dict[str, Any]:
        """Every edited key with its value; raises InvalidSetting while a field is invalid."""
        found: dict[str, Any] = {}
        for tab in self._editing:
            found.update(tab.values())
        for key in EDITED_KEYS:
            SPECS[key].check(found[key])  # the file's own rules have the last word
        return {key: found[key] for key in EDITED_KEYS}

    def save(self) -> None:
        if not self._validate():
            return
        values = self.values()
        self.accept()
        self.saved.emit(values)

    def show_sharing(self, view: SharingView | None) -> None:
        """Show sharing with the team as it is now (None: the data is not open)."""
        self.sharing.show_sharing(view)
        self.data.shared_days = 0 if view is None else view.sent_count  # erasing says so

    def show_contacts_tab(self) -> None:
        """Open on "Where to turn", the list selected, for the help window's "Edit…"."""
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.list.setFocus()

    def choose_export_file(self) -> None:
        """Ask where to save the export; `export_requested` names it, and the app writes it."""
        self.data.choose_export_file()

    def confirm_erase(self) -> QMessageBox:
        """Ask first; Cancel is the default and Esc cancels. Only "Erase everything" erases."""
        return self.data.confirm_erase()

    def _validate(self) -> bool:
        """Show what is wrong under each field; Save is enabled only when nothing is."""
        shift_valid = self.shift.validate()
        breaks_valid = self.breaks.validate()
        keys_valid = self.keys.validate()
        valid = shift_valid and breaks_valid and keys_valid
        self.save_button.setEnabled(valid)
        if shift_valid and not breaks_valid:
            self.blocked.setText(self.tr("Fix the long-break interval on the Breaks tab to save."))
            self.blocked.setVisible(self.tabs.currentWidget() is not self.breaks)
            return valid
        if shift_valid and not keys_valid:
            self.blocked.setText(self.tr("Fix the shortcut on the Quick keys tab to save."))
            self.blocked.setVisible(self.tabs.currentWidget() is not self.keys)
            return valid
        self.blocked.setText(self.tr("Fix the hours on the Shift tab to save."))
        self.blocked.setVisible(not valid and self.tabs.currentWidget() is not self.shift)
        return valid
