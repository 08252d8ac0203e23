"""Desktop integration: the menu entry and icon, and the login entry on every system.

Linux is tested for real in temporary XDG folders; Windows against a stand-in for `winreg`
with the same functions; macOS by reading the launch agent back with plistlib.
"""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from companion.paths import resources_dir
from companion.platform import desktop
from companion.platform.desktop import (
    AutostartError,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    autostart_backend,
    desktop_entry,
    exec_argument,
    install_desktop,
    launch_command,
    read_entry,
    uninstall_desktop,
)

COMMAND = ["/opt/companion/companion"]


@pytest.fixture
def xdg(tmp_path: Path) -> dict[str, str]:
    return {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"),
    }


def unquote_exec(value: str) -> list[str]:
    """An `Exec=` value back into arguments, as the Desktop Entry Specification reads it: first
    the string escapes, then the quoting rules; `%%` is a percent sign."""
    unescaped, index = [], 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value) and value[index + 1] in escapes:
            unescaped.append(escapes[value[index + 1]])
            index += 2
            continue
        unescaped.append(char)
        index += 1
    text = "".join(unescaped)
    arguments: list[str] = []
    current: list[str] | None = None
    index = 0
    while index < len(text):
        char = text[index]
        if char == " ":
            if current is not None:
                arguments.append("".join(current))
                current = None
            index += 1
        elif char == '"':
            current = [] if current is None else current
            index += 1
            while text[index] != '"':
                if text[index] == "\\":
                    assert text[index + 1] in '"`$\\', text  # only these may be escaped
                    index += 1
                current.append(text[index])
                index += 1
            index += 1
        else:
            assert char not in "\"'\\><~|&;$*?#()`\t\n", text  # reserved: must be quoted
            current = [] if current is None else current
            current.append(char)
            index += 1
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


# -- the entry text --------------------------------------------------------------------------


def test_the_menu_entry_names_companion_in_both_languages():
    text = desktop_entry(COMMAND)
    assert text.startswith("[Desktop Entry]\n")
    keys = read_entry(text)
    assert keys["Type"] == "Application"
    assert keys["Name"] == "Companion"
    assert keys["Name[zh_CN]"] == "心伴"
    assert keys["Comment"] and keys["Comment[zh_CN]"]
    assert keys["Exec"] == "/opt/companion/companion"
    assert keys["Icon"] == "companion"
    assert keys["Categories"] == "Utility;"
    assert keys["Terminal"] == "false"
    assert keys["StartupNotify"] == "false"
    assert "X-GNOME-Autostart-enabled" not in keys
    assert read_entry(desktop_entry(COMMAND, autostart=True))["X-GNOME-Autostart-enabled"] == (
        "true"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/companion"],
        ["/home/li lei/.venv/bin/python", "-m", "companion"],
        ["/home/ann/My Apps/companion"],
        ['/tmp/a "quoted" $HOME `cmd` back\\slash/companion'],
        ["/tmp/100% sure/companion", "--lang", "zh_CN"],
        ["/home/王芳/应用/companion"],
        ["/tmp/semi;colon&amp(x)#y~z*?<>|'/companion"],
        ["/tmp/tab\there/line\nbreak/companion"],
    ],
)
def test_exec_lines_read_back_as_the_same_command(command):
    line = read_entry(desktop_entry(command))["Exec"]
    assert unquote_exec(line) == command
    assert "%" not in line.replace("%%", "")  # no stray field code


def test_plain_arguments_are_not_quoted():
    assert exec_argument("/usr/bin/companion") == "/usr/bin/companion"
    assert exec_argument("-m") == "-m"
    assert exec_argument("") == '""'
    assert exec_argument("/a b") == '"/a b"'
    assert exec_argument('/a"b') == '"/a\\\\"b"'  # \" in the quoting, its \ escaped again


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
@pytest.mark.parametrize("autostart", [False, True])
def test_desktop_file_validate_accepts_the_entry(tmp_path, autostart):
    path = tmp_path / "companion.desktop"
    command = ["/home/li lei/.venv/bin/python", "-m", "companion"]
    path.write_text(desktop_entry(command, autostart=autostart), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


# -- the command -----------------------------------------------------------------------------


def test_a_bundle_starts_itself():
    assert launch_command(frozen=True, executable="/opt/Companion/companion") == [
        "/opt/Companion/companion"
    ]


def test_a_windows_bundle_logs_in_with_its_windowed_exe_even_from_the_console_one(tmp_path):
    console = tmp_path / "companion-cli.exe"
    console.write_text("")
    alone = launch_command(frozen=True, executable=str(console), platform="win32")
    assert alone == [str(console)]  # no tray exe next to it: itself, rather than nothing
    (tmp_path / "companion.exe").write_text("")
    found = launch_command(frozen=True, executable=str(console), platform="win32")
    assert found == [str(tmp_path / "companion.exe")]


def test_the_installed_script_is_preferred_then_python_dash_m(tmp_path):
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_text("")
    assert launch_command(frozen=False, executable=str(python), platform="linux") == [
        str(python),
        "-m",
        "companion",
    ]
    script = tmp_path / "bin" / "companion"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert launch_command(frozen=False, executable=str(python), platform="linux") == [str(script)]


def test_on_windows_pythonw_avoids_a_console_window(tmp_path):
    python = tmp_path / "python.exe"
    python.write_text("")
    found = launch_command(frozen=False, executable=str(python), platform="win32")
    assert found == [str(python), "-m", "companion"]
    (tmp_path / "pythonw.exe").write_text("")
    found = launch_command(frozen=False, executable=str(python), platform="win32")
    assert found == [str(tmp_path / "pythonw.exe"), "-m", "companion"]


def test_this_checkout_is_started_by_its_own_script():
    command = launch_command()
    assert command[0].startswith(str(Path(sys.executable).parent))
    assert command in (
        [str(Path(sys.executable).with_name("companion"))],
        [sys.executable, "-m", "companion"],
    )


# -- the menu entry and icon -----------------------------------------------------------------


def test_install_writes_the_entry_and_icon_into_xdg_data_home(xdg, tmp_path):
    written = install_desktop(xdg, home=tmp_path / "home", command=COMMAND)
    entry = tmp_path / "data" / "applications" / "companion.desktop"
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "companion.svg"
    assert written == [icon, entry]
    assert entry.read_text(encoding="utf-8") == desktop_entry(COMMAND)
    assert icon.read_bytes() == (resources_dir() / "icons" / "companion.svg").read_bytes()
    assert entry.stat().st_mode & 0o777 == 0o644
    assert not (tmp_path / "home").exists()
    assert sorted(p.name for p in entry.parent.iterdir()) == ["companion.desktop"]  # no temp file

    assert install_desktop(xdg, home=tmp_path / "home", command=["/new/companion"]) == written
    assert read_entry(entry.read_text(encoding="utf-8"))["Exec"] == "/new/companion"

    assert uninstall_desktop(xdg, home=tmp_path / "home") == [entry, icon]
    assert not entry.exists() and not icon.exists()
    assert uninstall_desktop(xdg, home=tmp_path / "home") == []


@pytest.mark.parametrize("value", ["", "relative/share"])
def test_without_a_usable_xdg_data_home_the_default_is_used(tmp_path, value):
    home = tmp_path / "home"
    install_desktop({"XDG_DATA_HOME": value}, home=home, command=COMMAND)
    assert (home / ".local/share/applications/companion.desktop").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/companion.svg").is_file()


def test_the_real_environment_is_honoured(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    written = install_desktop(command=COMMAND)
    assert all(path.is_relative_to(tmp_path / "share") for path in written)


# -- starting at login: Linux, for real ------------------------------------------------------


def test_xdg_autostart_is_written_and_removed(xdg, tmp_path):
    backend = XdgAutostart(COMMAND, xdg, home=tmp_path / "home")
    file = tmp_path / "config" / "autostart" / "companion.desktop"
    assert backend.location == str(file)
    assert not backend.enabled()
    backend.disable()  # nothing there: nothing to do
    backend.enable()
    assert backend.enabled()
    keys = read_entry(file.read_text(encoding="utf-8"))
    assert keys["Exec"] == "/opt/companion/companion"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys["Name[zh_CN]"] == "心伴"
    backend.disable()
    assert not file.exists()
    assert not backend.enabled()
    backend.set_enabled(True)
    assert backend.enabled()
    backend.set_enabled(False)
    assert not backend.enabled()


@pytest.mark.parametrize(
    "extra", ["Hidden=true", "X-GNOME-Autostart-enabled=false"], ids=["hidden", "gnome-off"]
)
def test_an_entry_switched_off_by_the_desktop_counts_as_off(xdg, tmp_path, extra):
    backend = XdgAutostart(COMMAND, xdg, home=tmp_path)
    backend.enable()
    file = Path(backend.location)
    text = file.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    file.write_text(text + extra + "\n", encoding="utf-8")
    assert not backend.enabled()
    backend.enable()  # ticking the box again writes it afresh
    assert backend.enabled()


def test_an_administrators_entry_is_hidden_for_this_user_only(xdg, tmp_path):
    system = tmp_path / "etc-xdg" / "autostart" / "companion.desktop"
    system.parent.mkdir(parents=True)
    system.write_text(desktop_entry(COMMAND, autostart=True), encoding="utf-8")
    backend = XdgAutostart(COMMAND, xdg, home=tmp_path)
    assert backend.enabled()
    backend.disable()
    assert not backend.enabled()
    assert system.is_file()  # untouched
    assert read_entry(Path(backend.location).read_text(encoding="utf-8"))["Hidden"] == "true"
    backend.enable()
    assert backend.enabled()


def test_an_unwritable_autostart_folder_is_reported(xdg, tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart").write_text("a file where the folder should be")
    backend = XdgAutostart(COMMAND, xdg, home=tmp_path)
    with pytest.raises(AutostartError, match=r"cannot write .*autostart/companion\.desktop"):
        backend.enable()
    assert not backend.enabled()


def test_linux_and_the_bsds_use_xdg_autostart(xdg, tmp_path):
    for platform in ("linux", "freebsd14"):
        backend = autostart_backend(platform, xdg, home=tmp_path, command=COMMAND)
        assert isinstance(backend, XdgAutostart)
        assert backend.location == str(tmp_path / "config" / "autostart" / "companion.desktop")


# -- starting at login: Windows, against a stand-in for winreg -------------------------------


class FakeKey:
    def __init__(self, values: dict[str, tuple[Any, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """The few `winreg` functions and constants the Run key needs, with its documented errors:
    OSError subclasses, FileNotFoundError for a key or value that is not there."""

    HKEY_CURRENT_USER = 0x80000001
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[tuple[int, str], dict[str, tuple[Any, int]]] = {}
        self.refuse_writes = False

    def OpenKey(self, root: int, path: str, reserved: int = 0, access: int = 0) -> FakeKey:  # noqa: N802
        if (root, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(self.keys[root, path])

    def CreateKeyEx(self, root: int, path: str, reserved: int = 0, access: int = 0) -> FakeKey:  # noqa: N802
        return FakeKey(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[Any, int]:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: Any) -> None:  # noqa: N802
        if self.refuse_writes:
            raise PermissionError(5, "Access is denied")
        key.values[name] = (value, kind)

    def DeleteValue(self, key: FakeKey, name: str) -> None:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]

    def value(self, path: str, name: str = "Companion") -> tuple[Any, int] | None:
        return self.keys.get((self.HKEY_CURRENT_USER, path), {}).get(name)


WINDOWS_COMMAND = [r"C:\Users\Li Lei\AppData\Local\Programs\Companion\companion.exe"]


def test_the_run_key_value_is_written_and_removed():
    registry = FakeWinreg()
    backend = WindowsRunKey(WINDOWS_COMMAND, registry)
    assert "CurrentVersion\\Run" in backend.location
    assert not backend.enabled()  # not even the key exists
    backend.disable()
    backend.enable()
    assert registry.value(desktop.RUN_KEY) == (
        r'"C:\Users\Li Lei\AppData\Local\Programs\Companion\companion.exe"',
        FakeWinreg.REG_SZ,
    )
    assert backend.enabled()
    backend.disable()
    assert registry.value(desktop.RUN_KEY) is None
    assert not backend.enabled()
    backend.disable()  # the key is there, the value not: nothing to do


def test_python_dash_m_is_one_command_line():
    registry = FakeWinreg()
    WindowsRunKey([r"C:\Program Files\Python311\pythonw.exe", "-m", "companion"], registry).enable()
    value = registry.value(desktop.RUN_KEY)
    assert value is not None
    assert value[0] == r'"C:\Program Files\Python311\pythonw.exe" -m companion'


def test_switched_off_in_task_manager_counts_as_off_until_ticked_again():
    registry = FakeWinreg()
    backend = WindowsRunKey(WINDOWS_COMMAND, registry)
    backend.enable()
    approved = registry.CreateKeyEx(FakeWinreg.HKEY_CURRENT_USER, desktop.STARTUP_APPROVED_KEY)
    approved.values["Companion"] = (b"\x03" + bytes(11), FakeWinreg.REG_BINARY)
    assert not backend.enabled()
    approved.values["Companion"] = (b"\x02" + bytes(11), FakeWinreg.REG_BINARY)
    assert backend.enabled()
    approved.values["Companion"] = (b"\x03" + bytes(11), FakeWinreg.REG_BINARY)
    backend.enable()
    assert registry.value(desktop.STARTUP_APPROVED_KEY) is None
    assert backend.enabled()


def test_a_refused_registry_write_is_reported():
    registry = FakeWinreg()
    registry.refuse_writes = True
    backend = WindowsRunKey(WINDOWS_COMMAND, registry)
    with pytest.raises(AutostartError, match="Access is denied"):
        backend.enable()
    assert not backend.enabled()


def test_windows_uses_the_run_key(monkeypatch):
    registry = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    backend = autostart_backend("win32", command=WINDOWS_COMMAND)
    assert isinstance(backend, WindowsRunKey)
    backend.enable()
    assert registry.value(desktop.RUN_KEY) is not None


# -- starting at login: macOS, a launch agent in a temporary home ----------------------------


def test_the_launch_agent_runs_at_load(tmp_path):
    command = ["/Applications/Companion.app/Contents/MacOS/Companion"]
    backend = autostart_backend("darwin", home=tmp_path, command=command)
    assert isinstance(backend, LaunchAgent)
    plist = tmp_path / "Library" / "LaunchAgents" / "org.companion.plist"
    assert backend.location == str(plist)
    assert not backend.enabled()
    backend.enable()
    with plist.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent["Label"] == "org.companion"
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert "KeepAlive" not in agent  # quitting Companion keeps it quit
    assert plist.read_bytes().startswith(b"<?xml")
    assert backend.enabled()
    backend.disable()
    assert not plist.exists()
    assert not backend.enabled()
    backend.disable()


def test_a_broken_or_disabled_launch_agent_counts_as_off(tmp_path):
    backend = LaunchAgent(["/x/Companion"], home=tmp_path)
    backend.enable()
    plist = Path(backend.location)
    agent = plistlib.loads(plist.read_bytes())
    plist.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not backend.enabled()
    plist.write_bytes(b"not a property list")
    assert not backend.enabled()
    backend.enable()
    assert backend.enabled()


def test_an_unwritable_launch_agents_folder_is_reported(tmp_path):
    (tmp_path / "Library").mkdir()
    (tmp_path / "Library" / "LaunchAgents").write_text("a file")
    with pytest.raises(AutostartError, match=r"org\.companion\.plist"):
        LaunchAgent(["/x/Companion"], home=tmp_path).enable()


def test_nothing_is_left_behind_when_a_write_fails(tmp_path, monkeypatch):
    backend = LaunchAgent(["/x/Companion"], home=tmp_path)

    def refuse(self: Path, target: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(AutostartError, match="No space left"):
        backend.enable()
    assert list((tmp_path / "Library" / "LaunchAgents").iterdir()) == []
