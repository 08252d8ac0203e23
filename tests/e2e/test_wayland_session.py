"""The real-compositor test session (tests/helpers/wayland_session.py) itself: it starts with
the outputs asked for, a Qt program inside it sees them, and nothing is left running after."""

from __future__ import annotations

import subprocess

import pytest

from tests.helpers.wayland_session import require, wayland_session

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.wayland]

SCREENS = (
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "print(app.platformName(), len(app.screens()))\n"
)


@pytest.mark.parametrize("compositor", ["sway", "mutter"])
def test_a_session_has_its_outputs_and_leaves_nothing_behind(compositor: str) -> None:
    require(compositor)
    with wayland_session(compositor, outputs=2) as session:
        result = session.python(SCREENS)
        assert result.stdout.split() == ["wayland", "2"], result.stderr + session.log()[-2000:]
        sleeper = session.popen(["sleep", "60"])
        base = session.base
        if compositor == "sway":
            names = [output["name"] for output in session.swaymsg("-t", "get_outputs")]
            assert names == ["HEADLESS-1", "HEADLESS-2"]
    assert sleeper.poll() is not None
    assert not base.exists()
    leftover = subprocess.run(
        ["pgrep", "-f", str(base)], capture_output=True, text=True, check=False
    )
    assert leftover.stdout == ""
