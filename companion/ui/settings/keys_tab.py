"""The Keys tab of the settings: the global shortcuts, which work while any program has the
keyboard: log a mood, answer a break's notice (start, postpone, skip) or say "I'm on a call"
without leaving what one is typing in, and open the mood log, the trends or the settings (the
keyboard's way to them where no tray can be reached).

Each field records one combination; a combination that is not a shortcut (a plain letter) or
one used twice blocks Save with a sentence under the fields. Beside each field: whether it
works on this computer (`status.py` has the sentences).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.key_sequence import (
    DEFAULT_SHORTCUTS,
    InvalidKeySequence,
    KeyCombo,
    normalise_key_sequence,
    parse_key_sequence,
)
from companion.platform.hotkey.desktop_binding import (
    GNOME,
    HYPRLAND,
    SWAY,
    BindingFailed,
    bind_in_gnome,
    gnome_can_bind,
    hyprland_line,
    quick_log_command,
    sway_line,
    which_desktop,
)
from companion.settings import InvalidSetting, Settings
from companion.ui.settings.status import DetectionStatus, key_state, shortcut_sentence
from companion.ui.settings.widgets import error_label, plain, tab_layout

QUICK_LOG = "shortcuts.quick_log"
# Where no program may take keys (Wayland without the portal's GlobalShortcuts), the desktop's
# own keyboard settings run `companion quick-log`: offered for these reasons.
DESKTOP_BINDS = ("wayland", "refused")
KEYS: tuple[str, ...] = tuple(DEFAULT_SHORTCUTS)  # the quick log's first


class KeysTab(QWidget):
    """The global shortcuts: a field each, what it does, and whether it works here."""

    edited = Signal()  # a combination was recorded: the dialog checks everything again

    def __init__(self, status: DetectionStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.group = QGroupBox(self)
        self.intro = QLabel(self.group)
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QKeySequenceEdit] = {}
        self.states: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, key in enumerate(KEYS):
            label = self.labels[key] = QLabel(self.group)
            edit = self.edits[key] = QKeySequenceEdit(self.group)
            edit.setObjectName(key.split(".")[1])
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            edit.setMinimumWidth(170)
            label.setBuddy(edit)
            state = self.states[key] = QLabel(self.group)
            state.setObjectName("hint")
            state.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(state, row, 2)
            edit.keySequenceChanged.connect(self.edited)
        grid.setColumnStretch(2, 1)
        self.shortcut_edit = self.edits[QUICK_LOG]  # the quick log's, as the app names it
        self.shortcut_edit.keySequenceChanged.connect(self._show_offer)
        self.shortcut_error = error_label(self.group)
        self.shortcut_status = QLabel(self.group)
        self.shortcut_status.setObjectName("shortcutStatus")
        self.shortcut_status.setWordWrap(True)
        layout = QVBoxLayout(self.group)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.shortcut_error)
        layout.addWidget(self.shortcut_status)
        layout.addWidget(self._desktop_offer())
        tab_layout(self, self.group)

    def _desktop_offer(self) -> QWidget:
        """GNOME: a button that adds the quick log's keys to its keyboard settings (only when
        pressed); sway and Hyprland: the line for their configuration, to copy."""
        self.desktop = which_desktop()
        self.offer = QWidget(self.group)
        self.offer.setObjectName("desktopOffer")
        self.offer_text = QLabel(self.offer)
        self.offer_text.setObjectName("hint")
        self.offer_text.setWordWrap(True)
        self.bind_button = QPushButton(self.offer)
        self.bind_button.setObjectName("bindInDesktop")
        self.bind_button.clicked.connect(self.bind_in_desktop)
        self.config_line = QLineEdit(self.offer)  # selectable, to copy
        self.config_line.setObjectName("configLine")
        self.config_line.setReadOnly(True)
        self.bind_result = QLabel(self.offer)
        self.bind_result.setWordWrap(True)
        self.bind_result.setObjectName("bindResult")
        # The windows' keys the same way: the commands to bind (companion.features.routes).
        self.open_commands = QLabel(self.offer)
        self.open_commands.setObjectName("hint")
        self.open_commands.setWordWrap(True)
        self.open_commands.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bind_button)
        row.addStretch(1)
        layout = QVBoxLayout(self.offer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.offer_text)
        layout.addWidget(self.config_line)
        layout.addLayout(row)
        layout.addWidget(self.bind_result)
        layout.addWidget(self.open_commands)
        self.bind_result.hide()
        return self.offer

    def _quick_log_combo(self) -> KeyCombo:
        """The quick log's keys as the field holds them (its default when empty or unusable)."""
        try:
            combo = parse_key_sequence(self._text(QUICK_LOG))
        except (InvalidSetting, InvalidKeySequence):
            combo = None
        found = combo or parse_key_sequence(DEFAULT_SHORTCUTS[QUICK_LOG])
        assert found is not None
        return found

    def _show_offer(self) -> None:
        translate = QCoreApplication.translate
        self.config_line.setAccessibleName(
            translate("SettingsDialog", "The line for your desktop's keyboard configuration")
        )
        combo = self._quick_log_combo()
        self.bind_button.setText(
            translate("SettingsDialog", "&Add %1 to GNOME's shortcuts").replace("%1", combo.text)
        )
        wanted = self._status.shortcut_reason in DESKTOP_BINDS
        desktop = self.desktop if wanted else ""
        self.offer.setVisible(desktop in (GNOME, SWAY, HYPRLAND))
        if not self.offer.isVisibleTo(self.group):
            return
        command = quick_log_command()
        opening = command.removesuffix("quick-log") + "open"
        self.open_commands.setText(
            translate(
                "SettingsDialog",
                "The keys that open the mood log, the trends and the settings work the same way: "
                "bind “%1 mood-log”, “%1 trends” and “%1 settings” in the desktop's keyboard "
                "settings.",
            ).replace("%1", opening)
        )
        self.bind_button.setVisible(desktop == GNOME)
        self.config_line.setVisible(desktop != GNOME)
        if desktop == GNOME:
            self.offer_text.setText(
                translate(
                    "SettingsDialog",
                    "GNOME can run “%1” when you press %2: Companion adds it to Settings → "
                    "Keyboard → Custom Shortcuts if you ask (you can change or remove it there).",
                )
                .replace("%1", command)
                .replace("%2", combo.text)
            )
            return
        if desktop == SWAY:
            self.offer_text.setText(
                translate(
                    "SettingsDialog",
                    "Add this line to sway's configuration (~/.config/sway/config), then "
                    "reload sway (swaymsg reload):",
                )
            )
            self.config_line.setText(sway_line(combo, command))
        else:
            self.offer_text.setText(
                translate(
                    "SettingsDialog",
                    "Add this line to Hyprland's configuration (~/.config/hypr/hyprland.conf); "
                    "Hyprland reads it again by itself:",
                )
            )
            self.config_line.setText(hyprland_line(combo, command))
        self.config_line.setCursorPosition(0)

    def bind_in_desktop(self) -> None:
        """The person asked: add the quick log's keys to GNOME's custom shortcuts."""
        translate = QCoreApplication.translate
        combo = self._quick_log_combo()
        self.bind_result.show()
        if not gnome_can_bind():
            self.bind_result.setText(
                translate(
                    "SettingsDialog",
                    "Not added: GNOME's keyboard settings can't be reached here (gsettings or "
                    "its schema is missing). Add a custom shortcut that runs “%1” in Settings → "
                    "Keyboard.",
                ).replace("%1", quick_log_command())
            )
            return
        try:
            bind_in_gnome(
                combo, quick_log_command(), translate("SettingsDialog", "Companion: log a mood")
            )
        except BindingFailed as error:
            self.bind_result.setText(
                translate("SettingsDialog", "Not added: %1").replace("%1", str(error))
            )
            return
        self.bind_result.setText(
            translate(
                "SettingsDialog",
                "Added: %1 now logs a mood from any program. It is in Settings → Keyboard → "
                "Custom Shortcuts.",
            ).replace("%1", combo.text)
        )

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.group.setTitle(translate("SettingsDialog", "Shortcuts from any program"))
        self.intro.setText(
            translate(
                "SettingsDialog",
                "These keys work while another program has the keyboard. Those for breaks and "
                "calls leave it there: answer a break's notice or say you are on a call without "
                "stopping your typing. Those that open a window bring it forward with the "
                "keyboard in it.",
            )
        )
        texts = {
            QUICK_LOG: translate("SettingsDialog", "Log a &mood"),
            "shortcuts.start_break": translate("SettingsDialog", "Start a break &now"),
            "shortcuts.postpone_break": translate("SettingsDialog", "&Postpone a break"),
            "shortcuts.skip_break": translate("SettingsDialog", "Skip a break or &end it"),
            "shortcuts.call": translate("SettingsDialog", "I'm &on a call / call ended"),
            "shortcuts.mood_log": translate("SettingsDialog", "Open the mood lo&g"),
            "shortcuts.trends": translate("SettingsDialog", "Open the t&rends"),
            "shortcuts.settings": translate("SettingsDialog", "Open t&he settings"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            name = translate(
                "SettingsDialog", "Keys for “%1” from any program (empty: none)"
            ).replace("%1", plain(text))
            self.edits[key].setAccessibleName(name)
            # The focus goes to the line edit inside: a screen reader reads its name.
            for inner in self.edits[key].findChildren(QLineEdit):
                inner.setAccessibleName(name)
            self.edits[key].setToolTip(
                translate(
                    "SettingsDialog",
                    "Press the keys, such as %1; the clear button removes them.",
                ).replace("%1", DEFAULT_SHORTCUTS[key])
            )
        self._show_status()

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        self._status = status
        for key, edit in self.edits.items():
            edit.setKeySequence(
                QKeySequence.fromString(settings.get(key), QKeySequence.SequenceFormat.PortableText)
            )
        self._show_status()

    def validate(self) -> bool:
        """Show what is wrong with the recorded keys; True if nothing is."""
        try:
            self.values()
        except InvalidSetting as error:
            self.shortcut_error.setText(str(error))
            self.shortcut_error.show()
            return False
        self.shortcut_error.clear()
        self.shortcut_error.hide()
        return True

    def values(self) -> dict[str, Any]:
        """Every shortcut's key; raises InvalidSetting while one is not a shortcut or two are
        the same."""
        found = {key: self._text(key) for key in KEYS}
        seen: dict[str, str] = {}
        for key, text in found.items():
            if text and text in seen:
                raise InvalidSetting(
                    QCoreApplication.translate(
                        "SettingsDialog", "%1 is set twice: give each shortcut its own keys."
                    ).replace("%1", self._shown(key))
                )
            seen[text] = key
        return found

    def _text(self, key: str) -> str:
        """The recorded keys in the settings file's form ("" for none); raises InvalidSetting
        with a sentence for the agent."""
        text = self.edits[key].keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        try:
            return normalise_key_sequence(text)
        except InvalidKeySequence:
            raise InvalidSetting(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "%1 can't be a shortcut: use Ctrl, Alt or Meta with a letter, a digit, "
                    "F1–F24 or a key such as Home or PgUp.",
                ).replace("%1", self._shown(key))
            ) from None

    def _shown(self, key: str) -> str:
        return self.edits[key].keySequence().toString(QKeySequence.SequenceFormat.NativeText)

    def _show_status(self) -> None:
        self.shortcut_status.setText(shortcut_sentence(self._status))
        for key, state in self.states.items():
            reason, _sequence = self._status.shortcuts.get(
                key, (self._status.shortcut_reason, "") if key == QUICK_LOG else ("off", "")
            )
            state.setText(key_state(reason))
        self._show_offer()
