"""The Windows leg: Companion's own modules and the real app, run by a Windows CPython under
Wine (tests/windows/harness.py builds and caches it). Every test here carries the `windows`
marker: `pytest -m "not windows"` leaves the leg out.

Wine missing: the tests are skipped with the reason, except on CI (`CI=true`), where the
README's test command has installed it and a skip would hide a broken leg. On a machine that
cannot run Wine's 64-bit loader (not x86-64 Linux) they are skipped everywhere."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.x_screen import x_screen
from tests.windows.harness import (
    HarnessError,
    WineEnvironment,
    WineUnavailable,
    prepare,
    windows_path,
)

PROBES = Path(__file__).resolve().parent / "probes"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.windows)


@pytest.fixture(scope="session")
def wine() -> Iterator[WineEnvironment]:
    """The prepared Windows Python (built on the first run, about a minute; then reused)."""
    started = time.monotonic()
    try:
        environment = prepare()
    except HarnessError as error:
        if os.environ.get("CI") and not isinstance(error, WineUnavailable):
            pytest.fail(f"the Windows leg cannot run: {error}")
        pytest.skip(f"the Windows leg needs Wine: {error}")
    environment.start_server()
    print(f"\nwindows harness ready after {time.monotonic() - started:.0f} s")
    yield environment
    environment.stop_server()


@pytest.fixture(scope="session")
def wine_display() -> Iterator[str]:
    """One Xvfb screen (1366x768) with openbox and a tray host, for the Windows programs."""
    from tests.e2e.conftest import need_tools

    need_tools("Xvfb", "trayer", "openbox")
    with x_screen("1366x768") as display:
        yield display


def probe(
    wine: WineEnvironment, name: str, *args: str, display: str | None = None, timeout: float = 120
) -> dict:
    """Run tests/windows/probes/<name>.py in the Windows Python; it prints one JSON object."""
    result = wine.run(
        windows_path(PROBES / f"{name}.py"),
        *args,
        env=wine.env(display=display),
        timeout=timeout,
    )
    output = result.stdout.decode("utf-8", "replace")
    errors = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, f"{name} exited {result.returncode}:\n{output}\n{errors}"
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines, f"{name} printed no result:\n{output}\n{errors}"
    return json.loads(lines[-1])


@dataclass
class WindowsApp:
    """Companion's tray process under Wine, its output drained to a file by a pipe."""

    process: subprocess.Popen[bytes]
    log_file: Path
    output: Path
    sink: subprocess.Popen[bytes]

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8") if self.log_file.exists() else ""

    def wait_for(self, pattern: str, timeout: float = 90) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, self.log())
            if found:
                return found
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        output = self.output.read_text("utf-8", "replace") if self.output.exists() else ""
        state = "running" if self.process.poll() is None else f"exit {self.process.returncode}"
        raise AssertionError(
            f"{pattern!r} not in the log ({state}):\n{self.log()}\n--- output ---\n{output}"
        )

    def assert_running(self) -> None:
        """Still up, a second after what it was asked to do (a crash under Wine is silent)."""
        time.sleep(1)
        if self.process.poll() is not None:
            output = self.output.read_text("utf-8", "replace")
            raise AssertionError(f"exited {self.process.returncode}:\n{self.log()}\n{output}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        try:  # Wine's desktop process may hold the pipe open: cat then never sees its end
            self.sink.wait(timeout=3)
        except subprocess.TimeoutExpired:
            self.sink.kill()
            self.sink.wait()


@pytest.fixture
def start_windows_app(wine: WineEnvironment, wine_display: str, tmp_path: Path) -> Iterator:
    """Start `python -m companion` (or another Windows program) under Wine on the shared screen.

    With `home=None` Companion uses its per-user folders (AppData); `log_file` says where its
    log is then."""
    started: list[WindowsApp] = []

    def start(
        *args: str,
        home: Path | None = None,
        log_file: Path | None = None,
        program: list[str] | None = None,
        qt: dict[str, str] | None = None,
    ) -> WindowsApp:
        extra = {"COMPANION_HOME": windows_path(home)} if home is not None else {}
        env = wine.env(extra, display=wine_display, qt=qt)
        command = program or wine.command("-m", "companion", "--no-welcome", *args)
        output = tmp_path / f"windows-output-{len(started)}.txt"
        process = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        assert process.stdout is not None
        with output.open("wb") as file:  # `cat` drains the pipe: Wine wants a pipe, not a file
            sink = subprocess.Popen(["cat"], stdin=process.stdout, stdout=file)
        process.stdout.close()
        if log_file is None:  # a program's own output, or Companion's log in its home
            log_file = output if home is None else home / "logs" / "companion.log"
        app = WindowsApp(process, log_file, output, sink)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


def companion_cli(
    wine: WineEnvironment, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """One `companion` command under Wine with its own data folder."""
    base = env or wine.env({"COMPANION_HOME": windows_path(home)})
    return wine.run("-m", "companion", *args, env=base, timeout=120)


def wine_user_dirs(wine: WineEnvironment) -> dict[str, Path]:
    profile = wine.user_profile
    return {
        "local": profile / "AppData" / "Local" / "Companion",
        "roaming": profile / "AppData" / "Roaming" / "Companion",
    }


def remove_user_dirs(wine: WineEnvironment) -> None:
    for path in wine_user_dirs(wine).values():
        shutil.rmtree(path, ignore_errors=True)
