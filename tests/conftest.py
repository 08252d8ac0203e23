"""Fixtures shared by every test folder. Qt fixtures live in tests/ui/conftest.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion.paths import HOME_VARIABLE, AppPaths, app_paths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """A private COMPANION_HOME for one test: store, backups, logs and settings all go here."""
    root = tmp_path / "home"
    monkeypatch.setenv(HOME_VARIABLE, str(root))
    return app_paths()


@pytest.fixture
def local_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Call with an IANA zone name to make it this process's local time zone (TZ + tzset)."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Once pytest has reported everything, end the process as the app does when the dashboard
    was opened (companion.app.exit_without_teardown_if_charts_loaded): PySide6 and pyqtgraph
    can abort the interpreter's final garbage collection, turning a passing run into a crash."""
    from companion.app import exit_without_teardown_if_charts_loaded

    exit_without_teardown_if_charts_loaded(_exit_status)
