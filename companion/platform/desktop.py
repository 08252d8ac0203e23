"""The desktop's view of Companion: a menu entry with its icon, and starting at login.

No Qt here. On Linux (any freedesktop.org desktop) `install_desktop` writes the menu entry and the
icon for the current user, under `$XDG_DATA_HOME`. Starting at login is one small interface,
`AutostartBackend`, with one implementation per system, each writing only in the user's own space:

- Linux: `$XDG_CONFIG_HOME/autostart/companion.desktop` (the XDG Autostart specification); an
  entry an administrator put in `/etc/xdg/autostart` is turned off with a user copy that says
  `Hidden=true`, as the specification asks.
- Windows: the value "Companion" of `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run`.
- macOS: the launch agent `~/Library/LaunchAgents/org.companion.plist` with `RunAtLoad`.

Whether Companion starts at login is read from the entry itself, never remembered elsewhere:
the user or an administrator may have removed or switched it off behind Companion's back.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from companion.files import write_atomically

APP_ID = "companion"  # the desktop file's and the icon's name; Qt's desktopFileName too
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_FILE = f"{APP_ID}.svg"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Where Task Manager's Startup tab records that the user switched an entry off (not documented
# by Microsoft, but stable since Windows 8): binary data whose first byte is odd when off.
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = "Companion"
AGENT_LABEL = "org.companion"

NAME = "Companion"
NAME_ZH = "心伴"
COMMENT = "Breaks, mood log and reframing for customer-service agents"
COMMENT_ZH = "给客服坐席的休息提醒、心情记录和认知重构"


class AutostartError(RuntimeError):
    """The login entry could not be written or removed; `str()` says where and why."""


def is_freedesktop(platform: str | None = None) -> bool:
    """Linux and the BSDs: desktops that follow the freedesktop.org specifications."""
    platform = sys.platform if platform is None else platform
    return platform not in ("win32", "cygwin", "darwin")


# -- the command that starts Companion -------------------------------------------------------


def launch_command(
    *, frozen: bool | None = None, executable: str | None = None, platform: str | None = None
) -> list[str]:
    """How to start this copy of Companion from a menu or at login, as an argument list.

    A PyInstaller bundle is its own executable. Otherwise the `companion` script installed next
    to the interpreter (a virtual environment's `bin/`), or that interpreter with
    `-m companion`; on Windows `pythonw.exe`, so that no console window opens at login."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    platform = sys.platform if platform is None else platform
    if frozen:
        if platform == "win32":  # from companion-cli.exe too: the tray app has no console
            windowed = Path(executable).with_name("companion.exe")
            return [str(windowed if windowed.is_file() else executable)]
        return [executable]
    if platform == "win32":
        python = Path(executable)
        windowless = python.with_name("pythonw.exe")
        return [str(windowless if windowless.is_file() else python), "-m", "companion"]
    script = Path(executable).with_name("companion")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [executable, "-m", "companion"]


# The Desktop Entry Specification, "The Exec key": an argument holding any of these is quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def exec_argument(argument: str) -> str:
    """One argument as the value of an `Exec=` line: quoted when it must be, `%` doubled (it
    starts a field code), then escaped as any string value is (a backslash doubled, a line
    break as `\\n`)."""
    if argument and not _RESERVED.intersection(argument):
        quoted = argument
    else:
        inner = "".join(f"\\{char}" if char in _ESCAPED_IN_QUOTES else char for char in argument)
        quoted = f'"{inner}"'
    quoted = quoted.replace("%", "%%")
    return (
        quoted.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def exec_line(command: Sequence[str]) -> str:
    return " ".join(exec_argument(argument) for argument in command)


def desktop_entry(command: Sequence[str], *, autostart: bool = False) -> str:
    """The text of `companion.desktop`; the autostart copy also says it is switched on (GNOME
    reads `X-GNOME-Autostart-enabled`)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={NAME}",
        f"Name[zh_CN]={NAME_ZH}",
        f"Comment={COMMENT}",
        f"Comment[zh_CN]={COMMENT_ZH}",
        f"Exec={exec_line(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "Keywords=mood;stress;break;breathing;wellbeing;",
        "Keywords[zh_CN]=心情;压力;休息;呼吸;心理;",
        "StartupNotify=false",
    ]
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def read_entry(text: str) -> dict[str, str]:
    """The keys of the `[Desktop Entry]` group, values as written (no unescaping)."""
    keys: dict[str, str] = {}
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            continue
        if group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    return keys


# -- where the files go ----------------------------------------------------------------------


def _xdg_home(variable: str, fallback: str, environ: Mapping[str, str], home: Path) -> Path:
    value = environ.get(variable, "")
    # The Base Directory specification: a relative path is invalid and ignored.
    return Path(value) if value and Path(value).is_absolute() else home / fallback


def xdg_data_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    env = os.environ if environ is None else environ
    return _xdg_home("XDG_DATA_HOME", ".local/share", env, Path.home() if home is None else home)


def xdg_config_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    env = os.environ if environ is None else environ
    return _xdg_home("XDG_CONFIG_HOME", ".config", env, Path.home() if home is None else home)


def xdg_config_dirs(environ: Mapping[str, str] | None = None) -> list[Path]:
    env = os.environ if environ is None else environ
    found = [Path(part) for part in env.get("XDG_CONFIG_DIRS", "").split(":") if part]
    return [path for path in found if path.is_absolute()] or [Path("/etc/xdg")]


def menu_entry_path(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    return xdg_data_home(environ, home) / "applications" / DESKTOP_FILE


def icon_path(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    return xdg_data_home(environ, home) / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE


def _write(path: Path, data: bytes) -> None:
    """Replace `path` at once: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data, mode=0o644)  # menu entries and icons are read by the desktop


# -- the menu entry and icon (Linux) ---------------------------------------------------------


def install_desktop(
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    command: Sequence[str] | None = None,
) -> list[Path]:
    """Write the menu entry and the icon for this user; returns the files written.
    Raises OSError when one cannot be written."""
    from companion.paths import resources_dir

    icon = (resources_dir() / "icons" / ICON_FILE).read_bytes()
    entry = desktop_entry(launch_command() if command is None else command)
    written = [icon_path(environ, home), menu_entry_path(environ, home)]
    _write(written[0], icon)  # the icon first: the menu shows the entry with it at once
    _write(written[1], entry.encode("utf-8"))
    return written


def uninstall_desktop(
    environ: Mapping[str, str] | None = None, home: Path | None = None
) -> list[Path]:
    """Remove the menu entry and the icon; returns the files that were there."""
    removed = []
    for path in (menu_entry_path(environ, home), icon_path(environ, home)):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


# -- starting at login -----------------------------------------------------------------------


class AutostartBackend(ABC):
    """Companion's entry in what the system starts at login."""

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the entry is, for messages: a file or a registry value."""

    @abstractmethod
    def enabled(self) -> bool:
        """Whether the system will start Companion at the next login; never raises."""

    @abstractmethod
    def enable(self) -> None:
        """Write the entry (again: it then starts this copy). Raises AutostartError."""

    @abstractmethod
    def disable(self) -> None:
        """Remove the entry, or switch it off; nothing to do when there is none.
        Raises AutostartError."""

    def set_enabled(self, on: bool) -> None:
        if on:
            self.enable()
        else:
            self.disable()


def _failed(action: str, where: object, error: OSError) -> AutostartError:
    return AutostartError(f"cannot {action} {where}: {error.strerror or error}")


class XdgAutostart(AutostartBackend):
    """`$XDG_CONFIG_HOME/autostart/companion.desktop`; the XDG Autostart specification."""

    def __init__(
        self,
        command: Sequence[str],
        environ: Mapping[str, str] | None = None,
        home: Path | None = None,
    ) -> None:
        self.command = list(command)
        self.file = xdg_config_home(environ, home) / "autostart" / DESKTOP_FILE
        self.system_files = [path / "autostart" / DESKTOP_FILE for path in xdg_config_dirs(environ)]

    @property
    def location(self) -> str:
        return str(self.file)

    def _effective(self) -> Path | None:
        """The entry that counts: the user's own, else the first one an administrator put in
        the system folders."""
        for path in (self.file, *self.system_files):
            if path.is_file():
                return path
        return None

    def _system_entry(self) -> Path | None:
        return next((path for path in self.system_files if path.is_file()), None)

    def enabled(self) -> bool:
        path = self._effective()
        if path is None:
            return False
        try:
            keys = read_entry(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return False
        return (
            keys.get("Hidden", "false") != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def enable(self) -> None:
        try:
            _write(self.file, desktop_entry(self.command, autostart=True).encode("utf-8"))
        except OSError as error:
            raise _failed("write", self.file, error) from None

    def disable(self) -> None:
        try:
            if self._system_entry() is not None:  # an administrator's entry: hide it for us
                hidden = f"[Desktop Entry]\nType=Application\nName={NAME}\nHidden=true\n"
                _write(self.file, hidden.encode("utf-8"))
            else:
                self.file.unlink(missing_ok=True)
        except OSError as error:
            raise _failed("remove", self.file, error) from None


class WindowsRunKey(AutostartBackend):
    """The value "Companion" of the per-user Run key, through `winreg` (or a stand-in with the
    same functions, for tests)."""

    def __init__(self, command: Sequence[str], registry: Any = None) -> None:
        self.command = subprocess.list2cmdline(list(command))
        self.registry: Any = importlib.import_module("winreg") if registry is None else registry

    @property
    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY} ({RUN_VALUE})"

    def _read(self, key_path: str) -> Any:
        reg = self.registry
        with reg.OpenKey(reg.HKEY_CURRENT_USER, key_path, 0, reg.KEY_READ) as key:
            value, _kind = reg.QueryValueEx(key, RUN_VALUE)
        return value

    def enabled(self) -> bool:
        try:
            value = self._read(RUN_KEY)
        except OSError:
            return False
        if not isinstance(value, str) or not value.strip():
            return False
        try:
            approved = self._read(STARTUP_APPROVED_KEY)
        except OSError:
            return True  # never switched in Task Manager
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] % 2 == 1)

    def enable(self) -> None:
        reg = self.registry
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, self.command)
        except OSError as error:
            raise _failed("write", self.location, error) from None
        try:  # switched off in Task Manager earlier: that would keep it off
            with reg.OpenKey(
                reg.HKEY_CURRENT_USER, STARTUP_APPROVED_KEY, 0, reg.KEY_SET_VALUE
            ) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except OSError:
            pass

    def disable(self) -> None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return
        except OSError as error:
            raise _failed("remove", self.location, error) from None


class LaunchAgent(AutostartBackend):
    """`~/Library/LaunchAgents/org.companion.plist`, which launchd runs at login."""

    def __init__(self, command: Sequence[str], home: Path | None = None) -> None:
        self.command = list(command)
        home = Path.home() if home is None else home
        self.file = home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"

    @property
    def location(self) -> str:
        return str(self.file)

    def agent(self) -> dict[str, Any]:
        return {
            "Label": AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # a graphical login only
        }

    def enabled(self) -> bool:
        try:
            with self.file.open("rb") as handle:
                agent = plistlib.load(handle)
        except (OSError, ValueError):  # ValueError: not a property list
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )

    def enable(self) -> None:
        try:
            _write(self.file, plistlib.dumps(self.agent(), fmt=plistlib.FMT_XML))
        except OSError as error:
            raise _failed("write", self.file, error) from None

    def disable(self) -> None:
        try:
            self.file.unlink(missing_ok=True)
        except OSError as error:
            raise _failed("remove", self.file, error) from None


def autostart_backend(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    command: Sequence[str] | None = None,
) -> AutostartBackend:
    """The login entry of this system, starting this copy of Companion."""
    platform = sys.platform if platform is None else platform
    command = launch_command(platform=platform) if command is None else command
    if platform == "win32":
        return WindowsRunKey(command)
    if platform == "darwin":
        return LaunchAgent(command, home)
    return XdgAutostart(command, environ, home)
