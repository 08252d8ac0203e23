"""Issue 29: the first store where it cannot be made is one line, never a traceback, for the
command line and the tray app alike: a full disk (with no room at all, and with room for the
lock and the log but not a database), a read-only folder, a folder whose drive has gone.
Each through the `companion` command, on a small file system of the test's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.small_disk import fill_up, remount_read_only, small_disk

REPO = Path(__file__).resolve().parents[2]
COMMANDS = (["log", "--stress", "4"], ["list"], ["--no-welcome"])
IDS = ("log", "list", "tray")


def companion(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("COMPANION_")}
    env.update(COMPANION_HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("companion")
    return line


@pytest.mark.parametrize("leave", [0, 48 * 1024], ids=["no-room", "room-for-a-lock-not-a-store"])
@pytest.mark.parametrize("args", COMMANDS, ids=IDS)
def test_a_first_store_on_a_full_disk_is_one_line(tmp_path, leave, args):
    with small_disk(tmp_path / "small", "1m") as disk:
        fill_up(disk, leave)
        home = disk / "home"
        line = one_line(companion(*args, home=home))
        assert "the disk is full" in line
        if "lock" not in line:  # the tray on a disk with no room at all cannot even lock
            assert line.endswith(
                f"Companion cannot create its database {home / 'companion.db'} (the disk is "
                "full); nothing was written."
            )
        assert not (home / "companion.db").exists()  # no empty shell left to trip on later
        for filler in disk.glob("filler-*"):
            filler.unlink()
        assert companion("log", "--stress", "4", home=home).returncode == 0  # room again


@pytest.mark.parametrize("args", COMMANDS, ids=IDS)
def test_a_read_only_folder_is_one_line(tmp_path, args):
    with small_disk(tmp_path / "small") as disk:
        (disk / "home").mkdir()
        remount_read_only(disk)
        line = one_line(companion(*args, home=disk / "home"))
        assert f"Companion cannot write to its data folder {disk / 'home'}" in line
        assert "Read-only file system" in line


@pytest.mark.parametrize("args", COMMANDS, ids=IDS)
def test_a_folder_whose_drive_has_gone_is_one_line_saying_so(tmp_path, args):
    drive = tmp_path / "usb-stick"
    link = tmp_path / "Companion"
    link.symlink_to(drive)  # the drive itself is not there
    line = one_line(companion(*args, home=link / "home"))
    assert f"{link} leads to {drive}, which is not there now" in line
    assert not drive.exists()  # nothing was made in its place
