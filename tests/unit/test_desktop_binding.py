"""The quick log's shortcut in the desktop's own keyboard settings, where no portal binds it:
GNOME's custom keybinding written by a real gsettings (keyfile backend on a private config
folder and a private session bus), and the exact lines for sway and Hyprland."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from companion.domain.key_sequence import parse_key_sequence
from companion.platform.hotkey.desktop_binding import (
    GNOME,
    HYPRLAND,
    MEDIA_KEYS,
    OUR_PATH,
    SWAY,
    bind_in_gnome,
    gnome_binding,
    gnome_can_bind,
    hyprland_line,
    quick_log_command,
    sway_line,
    which_desktop,
)
from tests.helpers.fake_dbus import missing_dbus, private_bus

APT = "apt-get install -y libglib2.0-bin gnome-settings-daemon-common dbus-daemon"


def combo(text: str):  # type: ignore[no-untyped-def]
    found = parse_key_sequence(text)
    assert found is not None
    return found


def test_the_lines_for_sway_and_hyprland_are_exact() -> None:
    assert sway_line(combo("Ctrl+Alt+M"), "companion quick-log") == (
        "bindsym Ctrl+Alt+m exec companion quick-log"
    )
    assert hyprland_line(combo("Ctrl+Alt+M"), "companion quick-log") == (
        "bind = CTRL ALT, M, exec, companion quick-log"
    )
    assert sway_line(combo("Meta+Shift+PgUp"), "c q") == "bindsym Mod4+Shift+Page_Up exec c q"
    assert hyprland_line(combo("Meta+F5"), "c q") == "bind = SUPER, F5, exec, c q"
    assert gnome_binding(combo("Ctrl+Alt+M")) == "<Control><Alt>m"
    assert gnome_binding(combo("Meta+Shift+Space")) == "<Super><Shift>space"


def test_the_desktop_is_told_apart() -> None:
    assert which_desktop({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}) == GNOME
    assert which_desktop({"SWAYSOCK": "/run/sway.sock"}) == SWAY
    assert which_desktop({"XDG_CURRENT_DESKTOP": "Hyprland"}) == HYPRLAND
    assert which_desktop({"HYPRLAND_INSTANCE_SIGNATURE": "x", "XDG_CURRENT_DESKTOP": "GNOME"}) == (
        HYPRLAND
    )
    assert which_desktop({"XDG_CURRENT_DESKTOP": "KDE"}) == ""


def test_the_command_is_companion_when_it_is_this_copy(tmp_path: Path) -> None:
    assert quick_log_command(["/opt/py/bin/python", "-m", "companion"]) == (
        "/opt/py/bin/python -m companion quick-log"
    )
    assert quick_log_command(["/odd place/companion"]) == "'/odd place/companion' quick-log"


def gsettings_missing() -> str:
    if shutil.which("gsettings") is None:
        return f"gsettings is not installed ({APT})"
    if missing_dbus():
        return missing_dbus()
    done = subprocess.run(
        ["gsettings", "list-schemas"], capture_output=True, text=True, check=False
    )
    if MEDIA_KEYS not in done.stdout.split():
        return f"GNOME's media-keys schema is not installed ({APT})"
    return ""


@pytest.mark.skipif(bool(gsettings_missing()), reason=gsettings_missing() or "")
def test_a_gnome_custom_keybinding_is_written_beside_the_persons_own(tmp_path: Path) -> None:
    with private_bus() as address:
        env = {
            **os.environ,
            "GSETTINGS_BACKEND": "keyfile",
            "XDG_CONFIG_HOME": str(tmp_path),
            "DBUS_SESSION_BUS_ADDRESS": address,
        }

        def gsettings(*args: str) -> str:
            return subprocess.run(
                ["gsettings", *args], env=env, capture_output=True, text=True, check=True
            ).stdout.strip()

        assert gnome_can_bind(env)
        # one of the person's own custom shortcuts is there already and stays
        theirs = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/custom0/"
        gsettings("set", MEDIA_KEYS, "custom-keybindings", f"['{theirs}']")
        bound = bind_in_gnome(combo("Ctrl+Alt+M"), "companion quick-log", "Companion", env)
        assert bound == "<Control><Alt>m"
        listed = gsettings("get", MEDIA_KEYS, "custom-keybindings")
        assert listed == f"['{theirs}', '{OUR_PATH}']"
        where = f"{MEDIA_KEYS}.custom-keybinding:{OUR_PATH}"
        assert gsettings("get", where, "command") == "'companion quick-log'"
        assert gsettings("get", where, "binding") == "'<Control><Alt>m'"
        assert gsettings("get", where, "name") == "'Companion'"
        # bound again with other keys: updated, not listed twice
        bind_in_gnome(combo("Ctrl+Alt+K"), "companion quick-log", "Companion", env)
        assert gsettings("get", MEDIA_KEYS, "custom-keybindings") == listed
        assert gsettings("get", where, "binding") == "'<Control><Alt>k'"
        assert (tmp_path / "glib-2.0" / "settings" / "keyfile").is_file()
