"""Start the real `companion` process on a temporary home and watch its log."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.x_screen import stop, x_screen

READY = re.compile(r"ready in (\d+) ms \(Companion [^,]+, ([^,]+),")


def base_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "COMPANION_", "PYTEST_")) and key != "DISPLAY"
    }
    env.update({"COMPANION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    env.update(extra)
    return env


def companion(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def read_log(home: Path) -> str:
    log = home / "logs" / "companion.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def read_all_logs(home: Path) -> str:
    """The log and the older files its rotation kept (oldest first): a flood of requests can
    write enough lines to push a line a test looks for out of the current file."""
    logs = home / "logs"
    older = sorted(logs.glob("companion.log.*"), key=lambda path: -int(path.suffix[1:]))
    return "".join(path.read_text(encoding="utf-8") for path in older) + read_log(home)


def wait_for_log(home: Path, pattern: str, process: subprocess.Popen, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = read_log(home)
        if re.search(pattern, text):
            return text
        if process.poll() is not None:
            raise AssertionError(f"companion exited {process.returncode}; log:\n{text}")
        time.sleep(0.05)
    raise AssertionError(f"{pattern!r} not in the log after {timeout} s:\n{read_log(home)}")


@dataclass
class Running:
    process: subprocess.Popen
    home: Path
    env: dict[str, str]

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
        try:
            return self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@pytest.fixture
def start_app(tmp_path) -> Iterator:
    started: list[Running] = []

    def start(env: dict[str, str] | None = None, *args: str, welcome: bool = False) -> Running:
        """The tray app; the first-start welcome only when a test asks for it."""
        home = tmp_path / "home"
        env = env or base_env(home)
        output = tmp_path / f"output-{len(started)}.txt"
        shown = () if welcome else ("--no-welcome",)
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [sys.executable, "-m", "companion", *args, *shown],
                env=env,
                stdout=sink,
                stderr=sink,
            )
        running = Running(process, Path(env["COMPANION_HOME"]), env)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


def need_tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (python3 scripts/dev.py test installs them)"
    if os.environ.get("CI"):
        pytest.fail(message)  # on CI nothing may be skipped silently
    pytest.skip(message)


def start_trayer(display: str) -> subprocess.Popen:
    return subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def bare_x_display() -> Iterator[str]:
    """A private Xvfb screen with no tray host."""
    need_tools("Xvfb", "trayer")
    with x_screen(window_manager=False, tray=False) as display:
        yield display


@pytest.fixture
def x_display(bare_x_display: str) -> Iterator[str]:
    """A private Xvfb screen with a tray host (trayer) running on it."""
    trayer = start_trayer(bare_x_display)
    time.sleep(0.5)
    try:
        yield bare_x_display
    finally:
        stop(trayer)
