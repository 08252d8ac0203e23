"""The real `companion` process: Ctrl+Alt+M pressed on an X screen opens the quick log, and
`companion quick-log` (for desktops where only their own settings can bind keys) does too."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.e2e.conftest import base_env, companion, need_tools, wait_for_log

pytestmark = pytest.mark.e2e


def test_quick_log_command_reaches_the_running_app(start_app, tmp_path):
    running = start_app()
    # Offscreen there is no screen to grab keys on.
    wait_for_log(running.home, r"global shortcut Ctrl\+Alt\+M not available", running.process)
    asked = companion("quick-log", env=running.env)
    assert asked.returncode == 0, asked.stderr
    wait_for_log(running.home, "quick log asked for from the command line", running.process)
    wait_for_log(running.home, "quick log brought forward by its shortcut", running.process)
    assert running.stop() == 0


def test_quick_log_command_without_a_running_app_exits_1(tmp_path):
    result = companion("quick-log", env=base_env(tmp_path / "home"))
    assert result.returncode == 1
    assert "not running" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and xdotool are Linux tools")
def test_ctrl_alt_m_on_an_x_screen_opens_the_quick_log(start_app, tmp_path, bare_x_display):
    need_tools("xdotool")
    env = base_env(tmp_path / "home", QT_QPA_PLATFORM="xcb", DISPLAY=bare_x_display)
    running = start_app(env, "--lang", "en")
    wait_for_log(running.home, r"global shortcut Ctrl\+Alt\+M for the quick log", running.process)
    subprocess.run(
        ["xdotool", "key", "ctrl+alt+m"],
        env={**os.environ, "DISPLAY": bare_x_display},
        check=True,
        timeout=10,
        capture_output=True,
    )
    wait_for_log(running.home, "quick log brought forward by its shortcut", running.process)
    assert running.stop() == 0
