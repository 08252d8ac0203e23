"""The Calls tab of the settings: calls, the mood log after one, idle time and whether breaks
wait for Do not disturb or a full-screen program (the shortcuts are on the Keys tab).

Beside each detection it says whether it works on this computer (`status.py` has the
sentences); microphone detection that cannot work here is disabled but keeps its setting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.settings import Settings
from companion.ui.settings.status import (
    DetectionStatus,
    idle_sentence,
    microphone_sentence,
    screen_sentence,
)
from companion.ui.settings.widgets import plain, spin_box, tab_layout


class CallsTab(QWidget):
    """Calls (detected or switched on by hand), what follows a mood log, idle time."""

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

        self.idle_group = QGroupBox(self)
        self.idle_status = QLabel(self.idle_group)
        self.idle_status.setObjectName("idleStatus")
        self.idle_status.setWordWrap(True)
        idle = QVBoxLayout(self.idle_group)
        idle.addWidget(self.idle_status)
        # Do not disturb, a presentation, a full-screen program: breaks wait (the state now).
        self.screen_group = QGroupBox(self)
        self.screen_status = QLabel(self.screen_group)
        self.screen_status.setObjectName("screenStatus")
        self.screen_status.setWordWrap(True)
        QVBoxLayout(self.screen_group).addWidget(self.screen_status)

        tab_layout(self, self.calls_group, self.idle_group, self.screen_group)

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
        self.idle_group.setTitle(translate("SettingsDialog", "Time away from the keyboard"))
        self.screen_group.setTitle(translate("SettingsDialog", "Do not disturb and full screen"))
        self._show_status()

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        self._status = status
        for key, spin in self.spins.items():
            spin.setValue(settings.get(key))
        self.detect_microphone.setChecked(settings.get("calls.detect_microphone"))
        self.offer_mood_log.setChecked(settings.get("calls.offer_mood_log"))
        self.offer_support.setChecked(settings.get("reframing.offer_after_log"))
        self.spins["reframing.offer_from_stress"].setEnabled(self.offer_support.isChecked())
        self._show_status()

    def values(self) -> dict[str, Any]:
        """The calls' keys; raises InvalidSetting while the shortcut is invalid."""
        found: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        found["calls.offer_mood_log"] = self.offer_mood_log.isChecked()
        found["calls.detect_microphone"] = self.detect_microphone.isChecked()
        found["reframing.offer_after_log"] = self.offer_support.isChecked()
        return found

    def _show_status(self) -> None:
        self.microphone_status.setText(microphone_sentence(self._status))
        self.idle_status.setText(idle_sentence(self._status))
        self.screen_status.setText(screen_sentence(self._status))
        self.detect_microphone.setEnabled(self._status.microphone_reason is None)
