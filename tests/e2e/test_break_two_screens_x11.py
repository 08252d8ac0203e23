"""Two screens on X11 (a laptop with a monitor): the break opens on the screen of the window the
agent works in, even with the mouse resting on the other one; the dim covers every screen; the
quick log and an ordinary window open on that screen, wholly inside it.

A real X desktop (Xorg's dummy driver, two RandR monitors, openbox; tests/helpers/
x_two_screens.py); the agent's window is another program (tests/helpers/chat_window.py) made
active with xdotool; the break is the app's own BreakWindow (tests/helpers/break_probe.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.x_screen import stop
from tests.helpers.x_two_screens import LEFT, RIGHT, skip_reason, two_screens

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    reason = skip_reason()
    if reason is not None:
        pytest.skip(reason)
    with two_screens() as name:
        yield name


def _env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "COMPANION_"))}
    env.update(
        {
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
            "LANG": "C.UTF-8",
            "XDG_SESSION_TYPE": "x11",
        }
    )
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.fixture
def chat(display: str, tmp_path: Path) -> Iterator[subprocess.Popen]:
    """The agent's window, another program."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.chat_window", str(tmp_path / "typed.txt")],
        env=_env(display),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    stop(process)
    process.stdout.close()


def _xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args], env=_env(display), capture_output=True, text=True, timeout=15
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _work_on(display: str, x: int, mouse_x: int) -> None:
    """The chat window moved to `x` and made active; the mouse parked at `mouse_x`."""
    window = _xdotool(display, "search", "--name", "Customer chat").split()[0]
    _xdotool(display, "windowmove", window, str(x), "100")
    _xdotool(display, "windowactivate", "--sync", window)
    _xdotool(display, "mousemove", str(mouse_x), "300")


def _probe(display: str, *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.break_probe", "--no-crm", *args],
        env=_env(display),
        capture_output=True,
        text=True,
        timeout=90,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(("BREAK ", "WINDOWS "))]
    assert lines, result.stdout + result.stderr
    return json.loads(lines[-1].split(" ", 1)[1])


def _inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_qt_sees_two_screens(display: str, chat) -> None:
    _work_on(display, 100, 200)
    report = _probe(display, "--dim", "off")
    assert report["screens"] == {LEFT: [0, 0, 1366, 768], RIGHT: [1366, 0, 1366, 768]}


@pytest.mark.parametrize("kind", ["micro", "long"])
def test_the_break_opens_where_the_agent_works_not_where_the_mouse_rests(
    display: str, chat, kind: str
) -> None:
    _work_on(display, 1600, mouse_x=200)  # the chat on the right, the mouse on the left
    report = _probe(display, "--kind", kind, "--dim", "on", "--notice")
    assert report["screen"] == RIGHT, report
    assert report["notice_screen"] == RIGHT, report
    assert _inside(report["geometry"], report["screens"][RIGHT]), report
    if kind == "long":
        assert report["geometry"] == report["screens"][RIGHT]
    # Every screen dimmed, each by its own cover.
    assert sorted(cover["screen"] for cover in report["covers"]) == [LEFT, RIGHT]
    for cover in report["covers"]:
        assert cover["geometry"] == report["screens"][cover["screen"]]
    assert report["clipped"] == []

    _work_on(display, 100, mouse_x=2000)  # and the other way round
    report = _probe(display, "--kind", kind, "--dim", "off")
    assert report["screen"] == LEFT, report
    assert report["covers"] == []  # no dim asked for: nothing covered


def test_the_quick_log_and_windows_open_inside_the_screen_the_agent_works_on(
    display: str, chat
) -> None:
    _work_on(display, 1600, mouse_x=200)
    report = _probe(display, "--windows")
    for name in ("quick_log", "window"):
        assert report[name]["screen"] == RIGHT, report
        assert _inside(report[name]["frame"], report[name]["area"]), report
