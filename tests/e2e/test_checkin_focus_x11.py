"""The weekly check-in on a real X screen with a window manager, falling due while an agent
types to a customer in another program: not one key reaches it, and the typing goes on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import need_tools
from tests.helpers.x_screen import x_screen

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="Xvfb, openbox and xdotool are Linux tools"),
]

ROOT = Path(__file__).resolve().parents[2]


def test_a_check_in_falling_due_never_takes_the_keyboard_from_typing(tmp_path):
    """It opened by itself and took the focus: what the agent typed next answered it. Now it
    comes as a tray message, or (no tray) a window that does not take the keyboard."""
    need_tools("Xvfb", "openbox", "trayer", "xdotool")
    with x_screen("1366x768") as display:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "COMPANION_", "PYTEST_"))
        }
        env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)})
        done = subprocess.run(
            [sys.executable, "-m", "tests.helpers.checkin_focus_child"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    chat = "'Chat with a customer'"
    assert f"look window shown=True active={chat} answers=[None, None, None, None, None]" in lines
    assert f"look tray shown=False active={chat} answers=[None, None, None, None, None]" in lines
    assert "typed Your refund is on its way (window) 3 is on its way (tray) 3" in lines
