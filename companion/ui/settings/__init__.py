"""The settings window, one file a tab: `dialog.py` puts the tabs together.

`SettingsDialog` is the window; `DetectionStatus` is what the app tells it the system can
detect; `EDITED_KEYS` are the settings it edits (all but the language).
"""

from companion.ui.settings.dialog import EDITED_KEYS, SettingsDialog
from companion.ui.settings.status import DetectionStatus

__all__ = ["EDITED_KEYS", "DetectionStatus", "SettingsDialog"]
