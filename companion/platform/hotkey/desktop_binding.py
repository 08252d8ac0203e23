"""Where no portal binds the quick log's shortcut (Wayland without GlobalShortcuts: GNOME before
48, sway, Hyprland without its portal), the desktop's own keyboard settings can run
`companion quick-log`, which asks the running Companion to open the quick log.

- GNOME: a custom keybinding through gsettings (the schema
  `org.gnome.settings-daemon.plugins.media-keys`, as Settings → Keyboard → Custom Shortcuts
  writes it); only when the person asks for it (a button in the settings' Keys tab).
- sway and Hyprland: the exact line for their configuration file, shown to copy.

Tested with a real gsettings on a private bus and the keyfile backend
(tests/unit/test_desktop_binding.py).
"""

from __future__ import annotations

import ast
import logging
import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping, Sequence

from companion.domain.key_sequence import FUNCTION_KEYS, KeyCombo

log = logging.getLogger(__name__)

GNOME, SWAY, HYPRLAND = "gnome", "sway", "hyprland"
MEDIA_KEYS = "org.gnome.settings-daemon.plugins.media-keys"
CUSTOM = MEDIA_KEYS + ".custom-keybinding"
OUR_PATH = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/companion-quick-log/"
_XKB_NAMES = {"Space": "space", "Ins": "Insert", "Del": "Delete", "PgUp": "Page_Up"}
_XKB_NAMES["PgDown"] = "Page_Down"


def which_desktop(environ: Mapping[str, str] | None = None) -> str:
    """GNOME, SWAY, HYPRLAND or "" (another desktop)."""
    environ = os.environ if environ is None else environ
    if environ.get("HYPRLAND_INSTANCE_SIGNATURE"):
        return HYPRLAND
    if environ.get("SWAYSOCK"):
        return SWAY
    names = environ.get("XDG_CURRENT_DESKTOP", "") + ":" + environ.get("DESKTOP_SESSION", "")
    names = names.lower()
    for desktop in (HYPRLAND, SWAY, GNOME):
        if desktop in names:
            return desktop
    return ""


def quick_log_command(launch: Sequence[str] | None = None) -> str:
    """The command that opens the quick log, as a shell would read it: `companion quick-log`
    when `companion` on the PATH is this copy, else its full path."""
    if launch is None:
        from companion.platform.desktop import launch_command

        launch = launch_command()
    found = shutil.which("companion")
    if len(launch) == 1 and found and os.path.realpath(found) == os.path.realpath(launch[0]):
        return "companion quick-log"
    return shlex.join([*launch, "quick-log"])


def _key_name(combo: KeyCombo) -> str:
    key = combo.key
    if key in FUNCTION_KEYS:
        return key
    if key in _XKB_NAMES:
        return _XKB_NAMES[key]
    return key.lower() if len(key) == 1 else key


def sway_line(combo: KeyCombo, command: str) -> str:
    """`bindsym Ctrl+Alt+m exec companion quick-log` for ~/.config/sway/config."""
    held = [("Mod4", combo.meta), ("Ctrl", combo.ctrl), ("Alt", combo.alt), ("Shift", combo.shift)]
    return (
        f"bindsym {'+'.join([*(name for name, on in held if on), _key_name(combo)])} exec {command}"
    )


def hyprland_line(combo: KeyCombo, command: str) -> str:
    """`bind = CTRL ALT, M, exec, companion quick-log` for ~/.config/hypr/hyprland.conf."""
    held = [("SUPER", combo.meta), ("CTRL", combo.ctrl), ("ALT", combo.alt), ("SHIFT", combo.shift)]
    key = _key_name(combo)
    key = key.upper() if len(key) == 1 else key
    return f"bind = {' '.join(name for name, on in held if on)}, {key}, exec, {command}"


def gnome_binding(combo: KeyCombo) -> str:
    """GNOME's accelerator: `<Control><Alt>m`."""
    held = [("<Super>", combo.meta), ("<Control>", combo.ctrl), ("<Alt>", combo.alt)]
    held.append(("<Shift>", combo.shift))
    return "".join(name for name, on in held if on) + _key_name(combo)


class BindingFailed(Exception):
    """The desktop's keyboard settings could not be changed; the message says why."""


def _gsettings(*args: str, environ: Mapping[str, str] | None = None) -> str:
    try:
        done = subprocess.run(
            ["gsettings", *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
            env=None if environ is None else dict(environ),
        )
    except FileNotFoundError:
        raise BindingFailed("gsettings is not installed") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BindingFailed(f"gsettings did not answer: {error}") from None
    if done.returncode != 0:
        raise BindingFailed((done.stderr or done.stdout).strip() or "gsettings failed")
    return done.stdout.strip()


def gnome_can_bind(environ: Mapping[str, str] | None = None) -> bool:
    """gsettings is here and knows GNOME's custom keybindings."""
    if shutil.which("gsettings") is None:
        return False
    try:
        return MEDIA_KEYS in _gsettings("list-schemas", environ=environ).split()
    except BindingFailed:
        return False


def _paths(text: str) -> list[str]:
    """`['/a/', '/b/']` or `@as []` as a list."""
    text = text.removeprefix("@as").strip()
    try:
        found = ast.literal_eval(text)
    except (SyntaxError, ValueError):
        raise BindingFailed(f"unexpected custom-keybindings value {text!r}") from None
    return [str(path) for path in found]


def bind_in_gnome(
    combo: KeyCombo, command: str, name: str, environ: Mapping[str, str] | None = None
) -> str:
    """Add (or update) Companion's custom keybinding in GNOME's keyboard settings; returns the
    accelerator bound. Raises BindingFailed."""
    binding = gnome_binding(combo)
    paths = _paths(_gsettings("get", MEDIA_KEYS, "custom-keybindings", environ=environ))
    where = f"{CUSTOM}:{OUR_PATH}"
    _gsettings("set", where, "name", name, environ=environ)
    _gsettings("set", where, "command", command, environ=environ)
    _gsettings("set", where, "binding", binding, environ=environ)
    if OUR_PATH not in paths:
        listed = "[" + ", ".join(f"'{path}'" for path in [*paths, OUR_PATH]) + "]"
        _gsettings("set", MEDIA_KEYS, "custom-keybindings", listed, environ=environ)
    log.info("GNOME custom keybinding %s runs %s", binding, command)
    return binding
