"""The Calls tab of the settings: calls, the mood log after one, the shortcut, and idle time.

Beside each detection it says whether it works on this computer (`status.py` has the
sentences); microphone detection that cannot work here is disabled but keeps its setting. The
shortcut is checked as it is recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.key_sequence import InvalidKeySequence, normalise_key_sequence
from companion.settings import InvalidSetting, Settings
from companion.ui.settings.status import (
    DetectionStatus,
    idle_sentence,
    microphone_sentence,
    shortcut_sentence,
)
from companion.ui.settings.widgets import error_label, plain, spin_box, tab_layout


class CallsTab(QWidget):
    """Calls (detected or switched on by hand), what follows a mood log, the shortcut, idle."""

    edited = Signal()  # the shortcut was recorded: the dialog checks everything again

    def __init__(self, status: DetectionStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.spins: dict[str, QSpinBox] = {}
        self.calls_group = QGroupBox(self)
        self.detect_microphone = QCheckBox(self.calls_group)
        self.microphone_status = QLabel(self.calls_group)
        self.microphone_status.setObjectName("microphoneStatus")
        self.microphone_status.setWordWrap(True)
        self.microphone_status.setIndent(24)
        self.auto_end_label = QLabel(self.calls_group)
        auto_end = self.spins["calls.auto_end_minutes"] = spin_box(
            self.calls_group, "calls.auto_end_minutes"
        )
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
        offer_from = self.spins["reframing.offer_from_stress"] = spin_box(
            self.calls_group, "reframing.offer_from_stress"
        )
        self.offer_support.toggled.connect(offer_from.setEnabled)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer_support)
        offer_row.addWidget(offer_from)
        offer_row.addStretch(1)
        calls.addLayout(offer_row)

        self.shortcut_group = QGroupBox(self)
        self.shortcut_label = QLabel(self.shortcut_group)
        self.shortcut_edit = QKeySequenceEdit(self.shortcut_group)
        self.shortcut_edit.setObjectName("quickLogShortcut")
        self.shortcut_edit.setMaximumSequenceLength(1)
        self.shortcut_edit.setClearButtonEnabled(True)
        self.shortcut_edit.setMinimumWidth(180)
        self.shortcut_label.setBuddy(self.shortcut_edit)
        self.shortcut_error = error_label(self.shortcut_group)
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
        self.shortcut_edit.keySequenceChanged.connect(self.edited)

        self.idle_group = QGroupBox(self)
        self.idle_status = QLabel(self.idle_group)
        self.idle_status.setObjectName("idleStatus")
        self.idle_status.setWordWrap(True)
        idle = QVBoxLayout(self.idle_group)
        idle.addWidget(self.idle_status)

        tab_layout(self, self.calls_group, self.shortcut_group, self.idle_group)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.calls_group.setTitle(translate("SettingsDialog", "Calls"))
        self.detect_microphone.setText(
            translate("SettingsDialog", "Treat the &microphone being in use as being on a call")
        )
        self.detect_microphone.setAccessibleName(plain(self.detect_microphone.text()))
        self.auto_end_label.setText(
            translate("SettingsDialog", "A call switched on by hand &ends by itself after")
        )
        spin = self.spins["calls.auto_end_minutes"]
        spin.setSuffix(translate("SettingsDialog", " min"))
        spin.setAccessibleName(
            translate(
                "SettingsDialog", "Minutes after which a call switched on by hand ends by itself"
            )
        )
        self.offer_mood_log.setText(
            translate("SettingsDialog", "Offer to &log a mood when a call ends")
        )
        self.offer_mood_log.setAccessibleName(plain(self.offer_mood_log.text()))
        self.offer_support.setText(
            translate(
                "SettingsDialog", "&After a mood log, offer breathing or reframing from a stress of"
            )
        )
        self.offer_support.setAccessibleName(plain(self.offer_support.text()))
        self.spins["reframing.offer_from_stress"].setSuffix(" / 10")
        self.spins["reframing.offer_from_stress"].setAccessibleName(
            translate("SettingsDialog", "Lowest stress at which breathing or reframing is offered")
        )
        self.shortcut_group.setTitle(translate("SettingsDialog", "Shortcut"))
        self.shortcut_label.setText(
            translate("SettingsDialog", "Log a mood from any program &with")
        )
        self.shortcut_edit.setAccessibleName(
            translate("SettingsDialog", "Keys that open “Log mood” from any program (empty: none)")
        )
        self.shortcut_edit.setToolTip(
            translate(
                "SettingsDialog",
                "Press the keys, such as Ctrl+Alt+M; the clear button removes them.",
            )
        )
        self.idle_group.setTitle(translate("SettingsDialog", "Time away from the keyboard"))
        self._show_status()

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        self._status = status
        for key, spin in self.spins.items():
            spin.setValue(settings.get(key))
        self.detect_microphone.setChecked(settings.get("calls.detect_microphone"))
        self.offer_mood_log.setChecked(settings.get("calls.offer_mood_log"))
        self.offer_support.setChecked(settings.get("reframing.offer_after_log"))
        self.spins["reframing.offer_from_stress"].setEnabled(self.offer_support.isChecked())
        self.shortcut_edit.setKeySequence(
            QKeySequence.fromString(
                settings.get("shortcuts.quick_log"), QKeySequence.SequenceFormat.PortableText
            )
        )
        self._show_status()

    def validate(self) -> bool:
        """Show what is wrong with the recorded keys; True if nothing is."""
        try:
            self._shortcut_text()
        except InvalidSetting as error:
            self.shortcut_error.setText(str(error))
            self.shortcut_error.show()
            return False
        self.shortcut_error.clear()
        self.shortcut_error.hide()
        return True

    def values(self) -> dict[str, Any]:
        """The calls' keys; raises InvalidSetting while the shortcut is invalid."""
        found: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        found["calls.offer_mood_log"] = self.offer_mood_log.isChecked()
        found["calls.detect_microphone"] = self.detect_microphone.isChecked()
        found["shortcuts.quick_log"] = self._shortcut_text()
        found["reframing.offer_after_log"] = self.offer_support.isChecked()
        return found

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
                QCoreApplication.translate(
                    "SettingsDialog",
                    "%1 can't be a shortcut: use Ctrl, Alt or Meta with a letter, a digit, "
                    "F1–F24 or a key such as Home or PgUp.",
                ).replace("%1", shown)
            ) from None

    def _show_status(self) -> None:
        self.shortcut_status.setText(shortcut_sentence(self._status))
        self.microphone_status.setText(microphone_sentence(self._status))
        self.idle_status.setText(idle_sentence(self._status))
        self.detect_microphone.setEnabled(self._status.microphone_reason is None)
