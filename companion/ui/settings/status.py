"""What the system probes found (`DetectionStatus`), and the sentence the Calls tab shows for each.

Idle time, the microphone and the quick log's global shortcut each work here or not; when not,
a reason code says why, and the sentences below tell the agent in plain words what that means
and what to do instead.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

PORTAL_NAME = "GlobalShortcuts portal"  # companion.platform.hotkey.base (not loaded here)


@dataclass(frozen=True)
class DetectionStatus:
    """What the system probes found; a reason code says why a detection cannot work here."""

    # None = idle detection works; else "wayland", "no_display", "no_xss_library",
    # "no_xss_extension", "unsupported_platform" or "error".
    idle_reason: str | None
    idle_name: str  # e.g. "X11 screen saver extension"
    # None = works; else "no_pactl", "no_audio_server", "unsupported_platform" or "error".
    microphone_reason: str | None
    microphone_name: str  # e.g. "PulseAudio/PipeWire"
    # The quick log's global shortcut: None = held; else a reason from
    # companion.platform.hotkey ("off", "wayland", "taken", "no_key", ...).
    shortcut_reason: str | None = "off"
    shortcut_sequence: str = ""  # e.g. "Ctrl+Alt+M"
    # Every global shortcut by its settings key: (None when held, else the reason; its keys).
    shortcuts: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    # The quick log's backend (e.g. "GlobalShortcuts portal") and what the desktop says it
    # bound, in its own words ("" when it did not say, or another backend).
    shortcut_backend: str = ""
    shortcut_bound: str = ""
    # Where idle time comes from (companion.platform.idle's `source`): "x11", "mutter", "kde",
    # "wayland_idle", "windows", "macos"; "" says nothing more than `idle_name`.
    idle_source: str = ""
    idle_desktop: str = ""  # the compositor, for "wayland_idle": "sway", "Hyprland", ...
    # Whether the screen takes notices (companion/platform/screen_state.py): None = readable;
    # else "wayland", "no_display", "unsupported_platform" or "error". `screen_state` is the
    # last state read (companion/domain/screen_state.py), None while unknown.
    screen_reason: str | None = "unsupported_platform"
    screen_name: str = ""
    screen_state: str | None = None


def microphone_sentence(status: DetectionStatus) -> str:
    reason = status.microphone_reason
    if reason is None:
        return QCoreApplication.translate("SettingsDialog", "Works here: %1.").replace(
            "%1", status.microphone_name
        )
    if reason == "no_pactl":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Can't be detected here: the PulseAudio tools (pactl) are not installed. "
            "Use “I'm on a call” in the tray menu instead.",
        )
    if reason == "no_audio_server":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Can't be detected here: no PulseAudio or PipeWire sound server is running. "
            "Use “I'm on a call” in the tray menu instead.",
        )
    if reason == "unsupported_platform":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Can't be detected on this system yet. Use “I'm on a call” in the tray menu instead.",
        )
    return QCoreApplication.translate(
        "SettingsDialog",
        "Can't be detected here: checking the microphone failed (the log says why). "
        "Use “I'm on a call” in the tray menu instead.",
    )


def idle_source_words(status: DetectionStatus) -> str | None:
    """Where idle time comes from, e.g. "from GNOME (Mutter)"; None for an unknown source."""
    translate = QCoreApplication.translate
    source = status.idle_source
    if source == "x11":
        return translate("SettingsDialog", "from the X server")
    if source == "mutter":
        return translate("SettingsDialog", "from GNOME (Mutter)")
    if source == "kde":
        return translate("SettingsDialog", "from KDE Plasma")
    if source == "wayland_idle":
        if status.idle_desktop:
            return translate("SettingsDialog", "from %1 (idle protocol)").replace(
                "%1", status.idle_desktop
            )
        return translate("SettingsDialog", "from the compositor (idle protocol)")
    if source == "windows":
        return translate("SettingsDialog", "from Windows")
    if source == "macos":
        return translate("SettingsDialog", "from macOS")
    return None


def idle_sentence(status: DetectionStatus) -> str:
    reason = status.idle_reason
    if reason is None:
        words = idle_source_words(status)
        if words is not None:
            return QCoreApplication.translate(
                "SettingsDialog",
                "Time away from the keyboard counts as a natural break. Idle time: %1.",
            ).replace("%1", words)
        return QCoreApplication.translate(
            "SettingsDialog", "Time away from the keyboard counts as a natural break (%1)."
        ).replace("%1", status.idle_name)
    if reason == "wayland":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Time away can't be measured on this Wayland desktop, so it is not counted as a "
            "break. On KDE Plasma, sway, Hyprland and other wlroots desktops, installing "
            "swayidle makes it work.",
        )
    if reason == "no_display":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Time away can't be measured without a graphical desktop, "
            "so it is not counted as a break.",
        )
    if reason == "no_xss_library":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Time away can't be measured: the X11 screen saver library (libXss) is not "
            "installed, so it is not counted as a break.",
        )
    if reason == "no_xss_extension":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Time away can't be measured: this X server has no screen saver extension, "
            "so it is not counted as a break.",
        )
    if reason == "unsupported_platform":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Time away can't be measured on this system yet, so it is not counted as a break.",
        )
    return QCoreApplication.translate(
        "SettingsDialog",
        "Time away can't be measured here (checking it failed; the log says why), "
        "so it is not counted as a break.",
    )


def screen_sentence(status: DetectionStatus, platform: str = sys.platform) -> str:
    """Whether breaks wait now for Do not disturb, a presentation or a full-screen program."""
    translate = QCoreApplication.translate
    if status.screen_reason is not None:
        return translate(
            "SettingsDialog",
            "Do not disturb and full-screen programs can't be seen here: breaks come as usual "
            "(switch on “I'm on a call” to hold them).",
        )
    state = status.screen_state
    windows = platform == "win32"
    if state == "do_not_disturb":
        if windows:
            return translate("SettingsDialog", "Windows is in Do not disturb: breaks wait.")
        return translate("SettingsDialog", "The desktop is in Do not disturb: breaks wait.")
    if state == "presentation":
        return translate("SettingsDialog", "Windows is in presentation mode: breaks wait.")
    if state == "full_screen":
        return translate("SettingsDialog", "A program fills the screen: breaks wait.")
    return translate(
        "SettingsDialog",
        "During Do not disturb, a presentation or a full-screen program, breaks wait and come "
        "right after. Now: nothing in the way.",
    )


def shortcut_sentence(status: DetectionStatus) -> str:
    reason, keys = status.shortcut_reason, status.shortcut_sequence
    if reason is None and status.shortcut_backend == PORTAL_NAME:
        return QCoreApplication.translate(
            "SettingsDialog",
            "Works here: your desktop bound %1 to log a mood while any program has the "
            "keyboard. To change the keys, use your desktop's keyboard settings.",
        ).replace("%1", status.shortcut_bound or keys)
    if reason == "confirming":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Your desktop asks you to confirm %1 in a window of its own; once you do, it logs "
            "a mood from any program.",
        ).replace("%1", keys)
    if reason == "refused":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Your desktop did not bind %1 (the window that asks was closed). Choose the keys "
            "again and confirm them there, or use the command below.",
        ).replace("%1", keys)
    if reason is None:
        return QCoreApplication.translate(
            "SettingsDialog",
            "Works here: %1 logs a mood while any program has the keyboard (not during a break).",
        ).replace("%1", keys)
    if reason == "off":
        return QCoreApplication.translate(
            "SettingsDialog", "No shortcut: log a mood from the tray icon."
        )
    if reason == "wayland":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Not available on Wayland: programs can't take keys for themselves there. "
            "Add a shortcut in your desktop's keyboard settings that runs the command "
            "“companion quick-log”.",
        )
    if reason == "taken":
        return QCoreApplication.translate(
            "SettingsDialog", "%1 is taken by another program; choose other keys."
        ).replace("%1", keys)
    if reason == "no_key":
        return QCoreApplication.translate(
            "SettingsDialog", "This keyboard has no key for %1; choose other keys."
        ).replace("%1", keys)
    if reason == "no_display":
        return QCoreApplication.translate(
            "SettingsDialog", "Not available without a graphical desktop."
        )
    if reason == "no_x11_library":
        return QCoreApplication.translate(
            "SettingsDialog", "Not available: the X11 library (libX11) is not installed."
        )
    if reason == "unsupported_platform":
        return QCoreApplication.translate(
            "SettingsDialog",
            "Not available on this system yet. Log a mood from the tray icon.",
        )
    return QCoreApplication.translate(
        "SettingsDialog", "Not available here (setting it up failed; the log says why)."
    )


def key_state(reason: str | None) -> str:
    """A few words beside one shortcut's field: whether it works here."""
    translate = QCoreApplication.translate
    if reason is None:
        return translate("SettingsDialog", "Works")
    if reason == "off":
        return translate("SettingsDialog", "Off")
    if reason == "taken":
        return translate("SettingsDialog", "Taken by another program")
    if reason == "no_key":
        return translate("SettingsDialog", "No such key here")
    if reason == "confirming":
        return translate("SettingsDialog", "Waiting for you to confirm")
    if reason == "refused":
        return translate("SettingsDialog", "Not confirmed")
    return translate("SettingsDialog", "Not available here")
