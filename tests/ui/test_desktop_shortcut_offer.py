"""The Keys tab where no program may take keys (Wayland without the portal's GlobalShortcuts):
GNOME's custom shortcut added only when the person presses the button (written by a real
gsettings, keyfile backend), the exact line for sway and Hyprland, and what the portal bound."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.platform.hotkey.desktop_binding import GNOME, HYPRLAND, MEDIA_KEYS, OUR_PATH, SWAY
from companion.ui.settings import DetectionStatus
from tests.helpers.fake_dbus import private_bus
from tests.ui.test_settings_dialog import IDLE, MICROPHONE, SHOTS, dialog, settings_from  # noqa: F401
from tests.unit.test_desktop_binding import gsettings_missing

# ruff: noqa: F811


def status(reason: str | None, **extra: str) -> DetectionStatus:
    return DetectionStatus(None, IDLE, None, MICROPHONE, reason, "Ctrl+Alt+M", **extra)


def show_keys(dialog, desktop: str, reason: str | None, tmp_path) -> None:
    dialog.keys.desktop = desktop
    dialog.load(settings_from(tmp_path), status(reason))
    dialog.tabs.setCurrentWidget(dialog.keys)
    QApplication.processEvents()


def fits(dialog) -> None:
    assert dialog.size().width() <= 800
    assert dialog.minimumSizeHint().width() <= 800
    assert dialog.minimumSizeHint().height() <= 560


@pytest.mark.parametrize(
    ("desktop", "line"),
    [
        (SWAY, "bindsym Ctrl+Alt+m exec "),
        (HYPRLAND, "bind = CTRL ALT, M, exec, "),
    ],
)
def test_sway_and_hyprland_get_the_exact_line(dialog, tmp_path, desktop, line):
    show_keys(dialog, desktop, "wayland", tmp_path)
    keys = dialog.keys
    assert keys.offer.isVisible() and keys.config_line.isVisible()
    assert not keys.bind_button.isVisible()
    assert keys.config_line.text().startswith(line)
    assert keys.config_line.text().endswith(" quick-log")
    assert keys.config_line.isReadOnly()
    assert keys.open_commands.isVisible()  # the windows' keys: the commands to bind
    assert "open mood-log”, “" in keys.open_commands.text()
    assert keys.open_commands.text().endswith("open settings” in the desktop's keyboard settings.")
    fits(dialog)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"settings-keys-{desktop}.png"))


def test_the_offer_follows_the_keys_in_the_field(qtbot, dialog, tmp_path):
    show_keys(dialog, SWAY, "wayland", tmp_path)
    dialog.keys.shortcut_edit.setFocus()
    dialog.keys.shortcut_edit.clear()
    qtbot.keyClick(
        dialog.keys.shortcut_edit,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert dialog.keys.config_line.text().startswith("bindsym Ctrl+Alt+k exec ")


def test_nothing_is_offered_where_the_shortcut_works_or_on_other_desktops(dialog, tmp_path):
    show_keys(dialog, SWAY, None, tmp_path)
    assert not dialog.keys.offer.isVisible()
    show_keys(dialog, "", "wayland", tmp_path)
    assert not dialog.keys.offer.isVisible()


def test_what_the_portal_bound_is_shown(dialog, tmp_path):
    dialog.load(
        settings_from(tmp_path),
        status(None, shortcut_backend="GlobalShortcuts portal", shortcut_bound="Ctrl+Alt+L"),
    )
    assert dialog.keys.shortcut_status.text().startswith(
        "Works here: your desktop bound Ctrl+Alt+L to log a mood"
    )
    dialog.load(settings_from(tmp_path), status("confirming"))
    assert "confirm Ctrl+Alt+M in a window of its own" in dialog.keys.shortcut_status.text()
    assert dialog.keys.states["shortcuts.quick_log"].text() == "Waiting for you to confirm"
    dialog.keys.desktop = SWAY
    dialog.load(settings_from(tmp_path), status("refused"))
    assert dialog.keys.states["shortcuts.quick_log"].text() == "Not confirmed"
    assert dialog.keys.offer.isVisibleTo(dialog.keys)  # the command is the way left


@pytest.mark.skipif(bool(gsettings_missing()), reason=gsettings_missing() or "")
def test_gnome_adds_the_shortcut_only_when_asked(dialog, tmp_path, monkeypatch):
    config = tmp_path / "config"
    with private_bus() as address:
        monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
        monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        show_keys(dialog, GNOME, "wayland", tmp_path)
        keys = dialog.keys
        assert keys.bind_button.isVisible() and not keys.config_line.isVisible()
        assert keys.bind_button.text() == "&Add Ctrl+Alt+M to GNOME's shortcuts"
        assert "Custom Shortcuts if you ask" in keys.offer_text.text()
        fits(dialog)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "settings-keys-gnome.png"))

        def gsettings(*args: str) -> str:
            return subprocess.run(
                ["gsettings", *args], env=os.environ, capture_output=True, text=True, check=True
            ).stdout.strip()

        assert gsettings("get", MEDIA_KEYS, "custom-keybindings") == "@as []"  # not unasked
        keys.bind_button.click()
        assert gsettings("get", MEDIA_KEYS, "custom-keybindings") == f"['{OUR_PATH}']"
        where = f"{MEDIA_KEYS}.custom-keybinding:{OUR_PATH}"
        assert gsettings("get", where, "binding") == "'<Control><Alt>m'"
        assert gsettings("get", where, "command").endswith(" quick-log'")
        assert keys.bind_result.text().startswith("Added: Ctrl+Alt+M now logs a mood")
        fits(dialog)
        assert dialog.grab().save(str(SHOTS / "settings-keys-gnome-added.png"))


def test_gnome_without_gsettings_says_what_to_do(dialog, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no gsettings on the PATH
    show_keys(dialog, GNOME, "wayland", tmp_path)
    dialog.keys.bind_button.click()
    assert dialog.keys.bind_result.text().startswith("Not added: GNOME's keyboard settings")
