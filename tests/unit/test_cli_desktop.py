"""`companion install-desktop` and `companion config set startup.at_login`, in temporary XDG
folders: what a person types, what they read, and which files appear or go."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from companion.cli import main
from companion.paths import AppPaths
from companion.platform.desktop import desktop_entry, launch_command, read_entry

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    return tmp_path


@pytest.fixture
def cli(home: AppPaths, xdg: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def run(*argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as leaving:
            code = 0 if leaving.code is None else int(leaving.code)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def test_install_desktop_writes_the_menu_entry_and_icon_and_says_where(cli, xdg):
    entry = xdg / "share" / "applications" / "companion.desktop"
    icon = xdg / "share" / "icons" / "hicolor" / "scalable" / "apps" / "companion.svg"
    result = cli("install-desktop")
    assert result == Result(0, f"Wrote {icon}\nWrote {entry}\n", "")
    assert entry.read_text(encoding="utf-8") == desktop_entry(launch_command())
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<svg")

    result = cli("install-desktop", "--uninstall")
    assert result == Result(0, f"Removed {entry}\nRemoved {icon}\n", "")
    assert not entry.exists() and not icon.exists()
    assert cli("install-desktop", "--uninstall") == Result(0, "Nothing to remove.\n", "")


def test_install_desktop_refuses_unknown_options(cli, xdg):
    result = cli("install-desktop", "--everywhere")
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    assert not (xdg / "share").exists()


def test_install_desktop_reports_a_folder_it_cannot_write(cli, xdg):
    (xdg / "share").write_text("a file where the folder should be")
    result = cli("install-desktop")
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("companion install-desktop: ")
    assert str(xdg / "share") in result.err
    assert "Traceback" not in result.err


def test_install_desktop_is_for_linux_desktops(cli, xdg, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    result = cli("install-desktop")
    assert result.code == 1
    assert "Linux" in result.err
    assert not (xdg / "share").exists()


def test_config_set_at_login_writes_and_removes_the_autostart_entry(cli, xdg, home):
    autostart = xdg / "config" / "autostart" / "companion.desktop"
    result = cli("config", "set", "startup.at_login", "true")
    assert result == Result(
        0,
        f"Companion starts when you log in ({autostart}).\n"
        "startup.at_login = true saved. Companion is not running: it takes effect when it next "
        "starts.\n",
        "",
    )
    assert read_entry(autostart.read_text(encoding="utf-8"))["X-GNOME-Autostart-enabled"] == (
        "true"
    )
    assert tomllib.loads(home.settings_file.read_text(encoding="utf-8")) == {
        "startup": {"at_login": True}
    }
    assert cli("config", "get", "startup.at_login").out == "true\n"

    result = cli("config", "set", "startup.at_login", "off")
    assert result.code == 0 and result.err == ""
    assert result.out.startswith(f"Companion no longer starts when you log in ({autostart}).\n")
    assert not autostart.exists()
    assert cli("config", "get", "startup.at_login").out == "false\n"


def test_config_set_at_login_refuses_a_bad_value_and_writes_nothing(cli, xdg, home):
    result = cli("config", "set", "startup.at_login", "sometimes")
    assert result.code == 2
    assert "startup.at_login" in result.err
    assert not (xdg / "config").exists()
    assert not home.settings_file.exists()


def test_a_login_entry_that_cannot_be_written_leaves_the_setting_alone(cli, xdg, home):
    (xdg / "config").mkdir()
    (xdg / "config" / "autostart").write_text("a file where the folder should be")
    result = cli("config", "set", "startup.at_login", "true")
    assert result.code == 1
    assert result.err.startswith("companion config: cannot write ")
    assert "the setting was not changed" in result.err
    assert not home.settings_file.exists()


def test_install_desktop_as_a_real_process(tmp_path):
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "COMPANION_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "companion", "install-desktop"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    entry = tmp_path / "share" / "applications" / "companion.desktop"
    assert f"Wrote {entry}" in result.stdout.splitlines()
    assert read_entry(entry.read_text(encoding="utf-8"))["Name[zh_CN]"] == "心伴"
