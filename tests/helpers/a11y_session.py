"""The real app on its own Xvfb screen and private session bus, with the AT-SPI bus running and
Qt's accessibility always on, read as a screen reader reads it: by Debian's python3 with pyatspi
(tests/helpers/atspi_probe.py) and xdotool pressing keys.

    with accessible_app("zh_CN") as session:
        session.do("app.mood.show_quick_log()")
        windows = session.tree()
        events = session.listen("app.mood.quick_log.form.stress.set_value(7)", seconds=1)
        walked = session.tabs(12)

One app start serves a whole test module (a module-scoped fixture)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.x_screen import stop, x_screen

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "helpers" / "atspi_probe.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APT_LINE = "apt-get install at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool xvfb openbox"


def missing() -> str | None:
    """What this machine lacks for reading the tree, or None."""
    lacking = [
        tool for tool in ("Xvfb", "openbox", "xdotool", "dbus-daemon") if not shutil.which(tool)
    ]
    if not Path(BUS_LAUNCHER).exists():
        lacking.append("at-spi2-core")
    if not Path(SYSTEM_PYTHON).exists():
        lacking.append("python3")
    elif (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        != 0
    ):
        lacking.append("python3-pyatspi")
    return ", ".join(lacking) or None


def need_accessibility_tools() -> None:
    lacking = missing()
    if lacking is None:
        return
    message = (
        f"needs {lacking} for the accessibility tree ({APT_LINE}; scripts/dev.py test does it)"
    )
    if os.environ.get("CI"):
        pytest.fail(message)  # on CI nothing may be skipped silently
    pytest.skip(message)


class Session:
    def __init__(self, app: subprocess.Popen, env: dict[str, str]) -> None:
        self.app = app
        self.env = env

    @property
    def pid(self) -> int:
        return self.app.pid

    def do(self, code: str, timeout: float = 30) -> Any:
        """Run `code` in the app (see tests/helpers/a11y_app.py); its `result`, if set."""
        assert self.app.stdin is not None and self.app.stdout is not None
        self.app.stdin.write(json.dumps(code) + "\n")
        self.app.stdin.flush()
        line = self.app.stdout.readline()
        if line.startswith("done "):
            return json.loads(line[5:])
        raise AssertionError(
            f"the app could not run {code!r}: {line.replace(chr(92) + 'n', chr(10))}"
        )

    def _probe(self, *args: str, timeout: float = 60) -> Any:
        done = subprocess.run(
            [SYSTEM_PYTHON, str(PROBE), args[0], str(self.pid), *args[1:]],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout.splitlines()[-1])

    def tree(self) -> list[dict]:
        """The app's windows as the bus shows them: [{"role", "name", "objects": [...]}]."""
        return self._probe("tree")

    def window(self, name: str) -> dict:
        """The one showing window named `name`."""
        windows = [
            w for w in self.tree() if w["name"] == name and "showing" in w["objects"][0]["states"]
        ]
        assert windows, f"no showing window {name!r}: {[w['name'] for w in self.tree()]}"
        return windows[0]

    def listen(self, code: str, seconds: float = 1.5) -> list[dict]:
        """The events a screen reader would get while the app runs `code` and `seconds` after."""
        probe = subprocess.Popen(
            [SYSTEM_PYTHON, str(PROBE), "listen", str(self.pid), str(seconds)],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert probe.stdout is not None
        ready = probe.stdout.readline()
        assert ready.strip() == "ready", ready + (probe.stderr.read() if probe.stderr else "")
        self.do(code)
        out, err = probe.communicate(timeout=seconds + 30)
        assert probe.returncode == 0, out + err
        return json.loads(out.splitlines()[-1])

    def tabs(self, presses: int) -> list[dict]:
        """Press Tab `presses` times in the active window: the object focused after each."""
        return self._probe("tabs", str(presses))

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", *keys], env=self.env, check=True)

    def activate(self, title: str) -> None:
        """Give the shown window titled `title` the keyboard, as a click on it would (a hidden
        one of the same title, such as a dim cover, is never the one)."""
        subprocess.run(
            [
                "xdotool",
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                f"^{title}$",
                "windowactivate",
                "--sync",
            ],
            env=self.env,
            check=False,
            timeout=20,
            capture_output=True,
        )
        time.sleep(0.3)


def _read_address(process: subprocess.Popen) -> str:
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    if not address:
        raise AssertionError("dbus-daemon gave no address")
    return address


@contextmanager
def accessible_app(language: str = "en", size: str = "1366x768") -> Iterator[Session]:
    """The real app (`python -m tests.helpers.a11y_app`) on a new screen and session bus."""
    need_accessibility_tools()
    with x_screen(size, tray=False) as display:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        helpers = [bus]
        try:
            env = {
                key: value
                for key, value in os.environ.items()
                if not key.startswith(("QT_", "COMPANION_", "PYTEST_", "AT_SPI_"))
            }
            env.update(
                {
                    "DISPLAY": display,
                    "DBUS_SESSION_BUS_ADDRESS": _read_address(bus),
                    "NO_AT_BRIDGE": "0",
                    "LANG": "C.UTF-8",
                }
            )
            helpers.append(
                subprocess.Popen(
                    [BUS_LAUNCHER, "--launch-immediately"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            time.sleep(0.5)
            app_env = {
                **env,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "PYTHONPATH": str(ROOT),
                # Qt's bridge asks the bus for a method only newer AT-SPI has: noise, not a fault
                "QT_LOGGING_RULES": "qt.accessibility.atspi.warning=false",
            }
            app = subprocess.Popen(
                [sys.executable, "-m", "tests.helpers.a11y_app", language],
                env=app_env,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            helpers.append(app)
            assert app.stdout is not None
            started = app.stdout.readline()
            assert started.strip() == "started", f"the app did not start: {started!r}"
            yield Session(app, env)
        finally:
            for process in reversed(helpers):
                if process.stdin is not None:
                    process.stdin.close()
                stop(process)
                if process.stdout is not None:
                    process.stdout.close()


def focusable(window: dict) -> list[dict]:
    return [o for o in window["objects"] if "focusable" in o["states"] and "showing" in o["states"]]
