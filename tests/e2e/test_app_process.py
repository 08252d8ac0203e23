"""The real `companion` process: start, log from the command line, one instance, clean exit."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import uuid

import pytest

from tests.e2e.conftest import (
    READY,
    base_env,
    companion,
    read_log,
    start_trayer,
    stop,
    wait_for_log,
)

pytestmark = pytest.mark.e2e


def test_start_log_list_and_a_second_start(start_app, tmp_path):
    first = start_app()
    text = wait_for_log(first.home, r"ready in \d+ ms", first.process)
    match = READY.search(text)
    assert match is not None and match.group(2) == "stand-in window"  # offscreen: no tray
    wait_for_log(first.home, "store open", first.process)

    logged = companion(
        "log",
        "--stress",
        "6",
        "--emotion",
        "tense",
        "wronged",
        "--category",
        "logistics",
        "--note",
        "快递延误三天 📦",
        env=first.env,
    )
    assert logged.returncode == 0, logged.stderr
    entry_id = uuid.UUID(logged.stdout.strip())

    listed = companion("list", "--format", "json", env=first.env)
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)
    assert entry["id"] == str(entry_id)
    assert (entry["stress"], entry["emotions"], entry["category"], entry["note"]) == (
        6,
        ["wronged", "tense"],
        "logistics",
        "快递延误三天 📦",
    )

    second = companion(env=first.env, timeout=30)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout
    assert first.process.poll() is None  # the first one keeps running
    wait_for_log(first.home, "activated by a second start", first.process)

    assert "快递" not in read_log(first.home)  # note text never reaches the log
    if os.name == "posix":
        assert stat.S_IMODE(first.home.stat().st_mode) == 0o700
        assert stat.S_IMODE((first.home / "companion.db").stat().st_mode) == 0o600
    assert first.stop() == 0
    assert "stopped with exit code 0" in read_log(first.home)


def test_an_unwritable_data_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = companion(env=base_env(blocker / "home"), timeout=30)
    assert result.returncode == 1
    assert "cannot write to its data folder" in result.stderr
    assert str(blocker / "home") in result.stderr
    assert "Traceback" not in result.stderr


def test_a_corrupt_store_is_moved_aside_and_the_app_goes_on(start_app, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    garbage = os.urandom(4096)
    (home / "companion.db").write_bytes(garbage)
    running = start_app()
    wait_for_log(home, "store open", running.process)
    [aside] = home.glob("companion.db.corrupt-*")
    assert aside.read_bytes() == garbage
    assert "moved aside" in read_log(home)
    assert companion("log", "--stress", "3", env=running.env).returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and trayer are Linux tools")
def test_the_tray_icon_appears_on_a_real_x_screen(start_app, tmp_path, x_display):
    env = base_env(tmp_path / "home", QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    running = start_app(env, "--lang", "zh_CN")
    text = wait_for_log(running.home, r"ready in \d+ ms", running.process)
    match = READY.search(text)
    assert match is not None and match.group(2) == "tray"
    assert "language zh_CN" in text
    second = companion(env=env, timeout=30)
    assert second.returncode == 0, second.stderr
    wait_for_log(running.home, "activated by a second start", running.process)
    assert running.stop() == 0


@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and trayer are Linux tools")
def test_a_tray_that_starts_after_companion_is_used(start_app, tmp_path, bare_x_display):
    env = base_env(tmp_path / "home", QT_QPA_PLATFORM="xcb", DISPLAY=bare_x_display)
    running = start_app(env, "--lang", "en")
    text = wait_for_log(running.home, r"ready in \d+ ms", running.process)
    assert "stand-in window" in text  # no tray host yet, as at an early login
    trayer = start_trayer(bare_x_display)
    try:
        wait_for_log(running.home, "a system tray appeared", running.process, timeout=20)
    finally:
        stop(trayer)
    assert running.stop() == 0


def test_call_start_and_end_reach_the_running_app(start_app, tmp_path):
    running = start_app()
    wait_for_log(running.home, "store open", running.process)
    started = companion("call", "start", env=running.env)
    assert started.returncode == 0, started.stderr
    wait_for_log(running.home, r"call start \(from the command line\)", running.process)
    ended = companion("call", "end", env=running.env)
    assert ended.returncode == 0, ended.stderr
    wait_for_log(running.home, r"call end \(from the command line\)", running.process)
    assert running.stop() == 0


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_under_umask_000_the_running_app_makes_nothing_others_can_read(tmp_path):
    home = tmp_path / "home"
    env = base_env(home)
    with (tmp_path / "output.txt").open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "companion"],
            env=env,
            stdout=sink,
            stderr=sink,
            preexec_fn=lambda: os.umask(0),
        )
    try:
        wait_for_log(home, r"idle detection", process)  # breaks and reminders started
        logged = companion("log", "--stress", "5", env=env)
        assert logged.returncode == 0, logged.stderr
        for path in [home, *home.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            assert mode & 0o077 == 0, f"{path.relative_to(tmp_path)} is {oct(mode)}"
    finally:
        stop(process)
