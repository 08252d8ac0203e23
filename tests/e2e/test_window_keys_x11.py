"""The real `companion` process on an X screen with no tray (issue 32, item 15): Ctrl+Alt+H,
Ctrl+Alt+R and Ctrl+Alt+Shift+S, pressed with xdotool as a person would, open the mood log,
the trends and the settings on the screen; and `companion open WINDOW` (the route for
desktops where only the desktop's own settings can bind keys) does the same."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.e2e.conftest import base_env, companion, need_tools, wait_for_log

pytestmark = pytest.mark.e2e

WINDOWS = (  # keys pressed, as logged, the action, what for, the window's title on screen
    ("ctrl+alt+h", r"Ctrl\+Alt\+H", "mood_log", "the mood log", "Mood log · Companion"),
    ("ctrl+alt+r", r"Ctrl\+Alt\+R", "trends", "the trends", "Trends · Companion"),
    ("ctrl+alt+shift+s", r"Ctrl\+Alt\+Shift\+S", "settings", "the settings", "Settings · "),
)


def on_screen(display: str, title: str, timeout: float = 20) -> bool:
    """Whether a window whose title holds `title` is mapped on `display` (xdotool's view)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if found.stdout.strip():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and xdotool are Linux tools")
def test_the_window_keys_open_their_windows_on_an_x_screen(start_app, tmp_path, bare_x_display):
    need_tools("xdotool")
    env = base_env(tmp_path / "home", QT_QPA_PLATFORM="xcb", DISPLAY=bare_x_display)
    running = start_app(env, "--lang", "en")
    for _keys, pattern, _action, purpose, _title in WINDOWS:
        held = rf"global shortcut {pattern} for {purpose} \(X11"
        wait_for_log(running.home, held, running.process)
    for keys, _pattern, action, _purpose, title in WINDOWS:
        subprocess.run(
            ["xdotool", "key", keys],
            env={**os.environ, "DISPLAY": bare_x_display},
            check=True,
            timeout=10,
            capture_output=True,
        )
        wait_for_log(running.home, f"{action} opened by its shortcut", running.process)
        assert on_screen(bare_x_display, title), title
    assert running.stop() == 0


@pytest.mark.parametrize("window", ["mood-log", "trends", "settings"])
def test_companion_open_reaches_the_running_app(start_app, tmp_path, window):
    running = start_app()
    wait_for_log(running.home, "store open", running.process)
    asked = companion("open", window, env=running.env)
    assert asked.returncode == 0, asked.stderr
    wait_for_log(running.home, f"{window} asked for from the command line", running.process)
    opened = f"{window.replace('-', '_')} opened by its shortcut"
    wait_for_log(running.home, opened, running.process)
    assert running.stop() == 0


def test_companion_open_without_a_running_app_exits_1(tmp_path):
    result = companion("open", "trends", env=base_env(tmp_path / "home"))
    assert result.returncode == 1
    assert "not running" in result.stderr
