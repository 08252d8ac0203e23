"""`python3 scripts/dev.py run` ends on one line that says Companion is running and where its
icon is, in the language it speaks; and a Chinese locale that was never generated (a stock
Debian has only C.UTF-8) changes nothing but that: Chinese all the same, and no locale warning.

The set-up steps (apt, the virtual environment) are what the rest of dev.py does and are left
out here: the child runs dev.py's `main(["run", ...])` with them stubbed, against the Python
running these tests."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN_DEV = """
import sys
from pathlib import Path
sys.path.insert(0, "scripts")
import dev
dev.ensure_system_packages = lambda requirements: None
dev.ensure_venv = lambda extras: None
dev.venv_executable = lambda name: Path(sys.executable).with_name(name)
sys.exit(dev.main(["run", *sys.argv[1:]]))
"""


def run_until_running(tmp_path: Path, environment: dict[str, str], *args: str) -> tuple[str, str]:
    """dev.py run, until its first line (or 60 s), then stopped as a person would (Ctrl+C)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LC_", "LANG")) and key != "COMPANION_HOME"
    }
    env |= {"COMPANION_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env |= environment
    if not Path(sys.executable).with_name("companion").exists():
        pytest.skip("the companion command is not installed next to this Python")
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_DEV, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = b""
    try:
        assert process.stdout is not None
        chooser = selectors.DefaultSelector()
        chooser.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 60
        while not line.endswith(b"\n") and time.monotonic() < deadline:
            if chooser.select(timeout=1):
                chunk = os.read(process.stdout.fileno(), 4096)
                if not chunk:
                    break
                line += chunk
    finally:
        process.send_signal(signal.SIGINT)
        _out, errors = process.communicate(timeout=30)
    assert process.returncode == 0, errors.decode("utf-8", "replace")
    return line.decode("utf-8"), errors.decode("utf-8", "replace")


def test_run_says_companion_is_running_and_where(tmp_path):
    line, _errors = run_until_running(tmp_path, {"LANG": "C.UTF-8"}, "--lang", "en", "--no-welcome")
    # offscreen there is no tray: the stand-in window, and why
    assert line == (
        "Companion is running in a small window of its own: this desktop has no system tray.\n"
    )


@pytest.mark.parametrize("variable", ["LC_ALL", "LANG"])
def test_a_chinese_locale_that_was_never_generated_still_gives_chinese(tmp_path, variable):
    line, errors = run_until_running(tmp_path, {variable: "zh_CN.UTF-8"}, "--no-welcome")
    assert line == "心伴已在运行，它在自己的小窗口里：这个桌面没有系统托盘。\n"
    assert "Detected locale" not in errors  # Qt's four lines about a non-UTF-8 locale
    assert "UTF-8" not in errors
