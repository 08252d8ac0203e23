"""The "Appearance" tab of the settings: the theme (`appearance.theme`), the desktop's colours or
Companion's own light or dark ones, and high contrast (`appearance.contrast`): when the desktop
asks for it, always, or never. Saved like every setting; the app then gives every open window
the new colours at once (companion.ui.style.apply_theme)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from companion.settings import CONTRASTS, THEMES, Settings
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
        self.contrast_group = QGroupBox(self)
        self.contrast_choices = QButtonGroup(self)
        self.contrast_buttons: dict[str, QRadioButton] = {}
        box = QVBoxLayout(self.contrast_group)
        box.setSpacing(6)
        for contrast in CONTRASTS:
            button = QRadioButton(self.contrast_group)
            button.setObjectName(f"contrast-{contrast}")
            self.contrast_choices.addButton(button)
            self.contrast_buttons[contrast] = button
            box.addWidget(button)
        self.contrast_hint = QLabel(self.contrast_group)
        self.contrast_hint.setObjectName("hint")
        self.contrast_hint.setWordWrap(True)
        box.addWidget(self.contrast_hint)
        self.contrast_buttons["auto"].setChecked(True)
        tab_layout(self, self.theme_group, self.contrast_group)

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
        self.contrast_group.setTitle(translate("SettingsDialog", "High contrast"))
        self.contrast_buttons["auto"].setText(
            translate("SettingsDialog", "&When the system asks for it")
        )
        self.contrast_buttons["high"].setText(translate("SettingsDialog", "Always &on"))
        self.contrast_buttons["normal"].setText(translate("SettingsDialog", "&Never"))
        self.contrast_hint.setText(
            translate(
                "SettingsDialog",
                "High contrast shows black and white with strong text, thick outlines and a "
                "clear focus frame. It follows the light or dark theme.",
            )
        )

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        theme = str(settings.get("appearance.theme"))
        self.buttons.get(theme, self.buttons["system"]).setChecked(True)
        contrast = str(settings.get("appearance.contrast"))
        self.contrast_buttons.get(contrast, self.contrast_buttons["auto"]).setChecked(True)

    def values(self) -> dict[str, Any]:
        chosen = next(theme for theme, button in self.buttons.items() if button.isChecked())
        contrast = next(
            name for name, button in self.contrast_buttons.items() if button.isChecked()
        )
        return {"appearance.theme": chosen, "appearance.contrast": contrast}
