"""The "Appearance" tab of the settings: the theme (`appearance.theme`), the desktop's colours or
Companion's own light or dark ones. Saved like every setting; the app then gives every open
window the new colours at once (companion.ui.style.apply_theme)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from companion.settings import THEMES, Settings
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import tab_layout


class AppearanceTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearancePage")
        self.theme_group = QGroupBox(self)
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        box = QVBoxLayout(self.theme_group)
        box.setSpacing(6)
        for theme in THEMES:
            button = QRadioButton(self.theme_group)
            button.setObjectName(f"theme-{theme}")
            self.choices.addButton(button)
            self.buttons[theme] = button
            box.addWidget(button)
        self.hint = QLabel(self.theme_group)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)
        self.buttons["system"].setChecked(True)
        tab_layout(self, self.theme_group)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.theme_group.setTitle(translate("SettingsDialog", "Theme"))
        self.buttons["system"].setText(translate("SettingsDialog", "&Automatic (as the system)"))
        self.buttons["light"].setText(translate("SettingsDialog", "&Light"))
        self.buttons["dark"].setText(translate("SettingsDialog", "Dar&k"))
        self.hint.setText(
            translate(
                "SettingsDialog",
                "Automatic uses your computer's colours, light or dark. Light and Dark keep "
                "Companion that way whatever your computer uses. Every window changes as soon "
                "as you save.",
            )
        )

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        theme = str(settings.get("appearance.theme"))
        self.buttons.get(theme, self.buttons["system"]).setChecked(True)

    def values(self) -> dict[str, Any]:
        chosen = next(theme for theme, button in self.buttons.items() if button.isChecked())
        return {"appearance.theme": chosen}
