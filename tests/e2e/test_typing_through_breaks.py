"""Never take the keyboard: an agent types into a chat window on a real X screen (Xvfb, openbox,
a tray host) while the real app's breaks fall due, and not one keystroke lands in Companion.

xdotool types through XTEST into whatever window has the keyboard, as a person's keyboard
would; the chat window (tests/helpers/chat_window.py) keeps what it receives, and the test
compares it with what was typed. The app runs 20 times faster under libfaketime, so a
micro-break falls due every 15 real seconds; X's idle counter, which the app reads to see the
hands rest, runs in real time, so a pause of 3 s is 3 real seconds here as at a desk.

What the agent meets:
1. typing through the moment a break falls due: no break while the keys keep coming; the
   notice waits, and the break starts only once the hands have rested for 3 s;
2. going back to typing during a break: it ends as *cut short*, never recorded as taken;
3. answering the waiting notice with Ctrl+Alt+P without leaving the chat: postponed;
and through all of it every character typed arrives in the chat window.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import base_env, companion, need_tools, read_log
from tests.e2e.test_whole_shift import faketime_library, installed_companion
from tests.helpers.chat_window import TITLE

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SPEED = 20
START = "2026-11-24 10:00:00"  # a Tuesday, mid-shift
SETTINGS = """\
[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]

[breaks]
micro_interval_minutes = 5
micro_seconds = 20
long_interval_minutes = 480
notice_seconds = 5
quiet_seconds = 3
wait_minutes = 10
"""
WORDS = "order 20261124 refunded thanks for waiting "


class Desk:
    """The X screen, the chat window with the keyboard, and the running app's log."""

    def __init__(self, display: str, home: Path) -> None:
        self.display, self.home = display, home
        self.typed = ""
        self.last_key = 0.0  # time.monotonic() of the last keystroke sent

    def x(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def type_for(self, seconds: float) -> None:
        """Type words into whatever has the keyboard, for about `seconds`."""
        until = time.monotonic() + seconds
        position = len(self.typed) % len(WORDS)
        while time.monotonic() < until:
            chunk = (WORDS * 2)[position : position + 6]
            position = (position + 6) % len(WORDS)
            self.x("type", "--delay", "40", chunk)
            self.typed += chunk
            self.last_key = time.monotonic()

    def log(self) -> str:
        return read_log(self.home)

    def wait_for(self, pattern: str, timeout: float, after: int = 0) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.compile(pattern).search(self.log(), after)
            if found:
                return found
            time.sleep(0.02)
        raise AssertionError(f"{pattern!r} not in the log after {timeout} s:\n{self.log()[-3000:]}")

    def type_until(self, pattern: str, timeout: float, after: int = 0) -> re.Match[str]:
        """Keep typing until `pattern` appears in the log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.compile(pattern).search(self.log(), after)
            if found:
                return found
            self.type_for(0.5)
        raise AssertionError(f"{pattern!r} not in the log after {timeout} s:\n{self.log()[-3000:]}")


@pytest.fixture
def desk(tmp_path, x_display):
    """The chat window on a screen with openbox and a tray, and Companion started beside it."""
    need_tools("xdotool", "openbox")
    library = faketime_library()
    wm = subprocess.Popen(
        ["openbox"],
        env={**os.environ, "DISPLAY": x_display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    received = tmp_path / "chat.txt"
    root = Path(__file__).resolve().parents[2]
    chat = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.chat_window", str(received)],
        env={**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"},
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    env = base_env(
        home,
        QT_QPA_PLATFORM="xcb",
        DISPLAY=x_display,
        TZ="Asia/Shanghai",
        LD_PRELOAD=str(library),
        FAKETIME=f"@{START} x{SPEED}",
    )
    app = None
    try:
        assert chat.stdout is not None and chat.stdout.readline().strip() == "ready"
        chat.stdout.close()
        app = subprocess.Popen(
            [installed_companion(), "--lang", "en", "--no-welcome"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        here = Desk(x_display, home)
        here.wait_for(r"store open \(the shift journal", timeout=60)
        here.x("search", "--sync", "--name", re.escape(TITLE), "windowactivate", "--sync")
        here.received = received  # type: ignore[attr-defined]
        here.env = env  # type: ignore[attr-defined]
        yield here
    finally:
        for process in (app, chat, wm):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def test_an_agent_typing_through_due_breaks_loses_no_keystroke_and_breaks_still_happen(desk):
    # 1. Typing through the moment the first break falls due (15 s in): the notice waits.
    waiting = desk.type_until(r"break notice: waiting", timeout=60)
    desk.type_for(4.0)  # and goes on typing: nothing starts, nothing takes the keys
    assert "break shown" not in desk.log()[waiting.end() :]
    stopped = desk.last_key
    shown = desk.wait_for(r"break shown: micro", timeout=20, after=waiting.end())
    rested = time.monotonic() - stopped
    assert rested >= 2.5, f"the break started {rested:.1f} s after the last keystroke"
    taken = desk.wait_for(r"break recorded: micro, (\w+)", timeout=20, after=shown.end())
    assert taken.group(1) == "taken"

    # 2. The next break starts at once (the hands are resting); typing again ends it as cut
    #    short: the agent went back to work.
    shown = desk.wait_for(r"break shown: micro", timeout=40, after=taken.end())
    desk.type_for(2.0)
    cut = desk.wait_for(r"break recorded: micro, (\w+)", timeout=20, after=shown.end())
    assert cut.group(1) == "cut_short"

    # 3. Typing through the third: the waiting notice is answered with Ctrl+Alt+P from the chat.
    waiting = desk.type_until(r"break notice: waiting", timeout=60, after=cut.end())
    desk.x("key", "ctrl+alt+p")
    desk.wait_for(r"shortcut pressed: postpone", timeout=10, after=waiting.end())
    postponed = desk.wait_for(r"told in the tray: Break postponed", timeout=10, after=waiting.end())
    desk.type_for(2.0)
    assert "break shown" not in desk.log()[postponed.end() :]

    # Every character typed arrived in the chat window, in order; none went to Companion.
    deadline = time.monotonic() + 5
    while desk.received.read_text(encoding="utf-8") != desk.typed and time.monotonic() < deadline:
        time.sleep(0.1)
    assert desk.received.read_text(encoding="utf-8") == desk.typed

    env = {k: v for k, v in desk.env.items() if k not in ("LD_PRELOAD", "FAKETIME")}
    listed = companion("breaks", "--day", "2026-11-24", "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    outcomes = [item["outcome"] for item in json.loads(listed.stdout)]
    assert outcomes[:2] == ["taken", "cut_short"], outcomes
    errors = [line for line in desk.log().splitlines() if " ERROR " in line]
    assert not errors, errors
