"""Fixtures shared by every test folder. Qt fixtures live in tests/ui/conftest.py."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.paths import HOME_VARIABLE, AppPaths, app_paths


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """A real PostgreSQL server for the session (tests/helpers/postgres.py), started when a test
    first asks for it; skipped with the apt line where the server is not installed (not on CI).
    Imported here, not at the top: the suite-strictness test copies this file alone."""
    from tests.helpers.postgres import (
        APT_LINE,
        PostgresUnavailable,
        remove_server,
        server_binaries,
        start_server,
    )

    if server_binaries() is None and os.environ.get("CI") != "true":
        pytest.skip(f"PostgreSQL's server is not installed; {APT_LINE}")
    try:
        server = start_server()
    except PostgresUnavailable as error:
        pytest.fail(str(error))
    yield server
    remove_server(server)


@pytest.fixture(autouse=True)
def no_desktop_session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desktop's own session bus is never reached (a developer's notifications, portal or
    GNOME settings): a test that wants a bus starts a private one (tests/helpers/fake_dbus.py).
    On CI there is none anyway. The app's processes started by tests inherit this."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    yield
    import sys

    if "companion.platform.notifications" in sys.modules:
        sys.modules["companion.platform.notifications"].forget_desktop_notifications()
    if "companion.platform.session_bus" in sys.modules:
        sys.modules["companion.platform.session_bus"].forget_session_bus()


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


class _ErrorLines(logging.Handler):
    """Collects the ERROR (and CRITICAL) lines logged while one test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


@pytest.fixture(autouse=True)
def _fail_on_error_lines(request: pytest.FixtureRequest) -> Iterator[None]:
    """An ERROR line nobody expected fails the test that caused it: the app logs and carries
    on in many places (`except Exception`), so without this a broken path would pass.

    A test that provokes one on purpose says so: `@pytest.mark.logs_errors("why")`.
    """
    collector = _ErrorLines()
    root = logging.getLogger()
    root.addHandler(collector)
    yield
    root.removeHandler(collector)
    if collector.lines and request.node.get_closest_marker("logs_errors") is None:
        pytest.fail(
            "unexpected ERROR lines in the log (mark the test logs_errors if they are meant):\n"
            + "\n".join(collector.lines),
            pytrace=False,
        )
