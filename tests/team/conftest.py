"""The team tests' real PostgreSQL server: one per session, a fresh database per test module."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.helpers.postgres import (
    APT_LINE,
    PostgresServer,
    PostgresUnavailable,
    remove_server,
    server_binaries,
    start_server,
)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    if server_binaries() is None and os.environ.get("CI") != "true":
        pytest.skip(f"PostgreSQL's server is not installed; {APT_LINE}")
    try:
        server = start_server()
    except PostgresUnavailable as error:
        pytest.fail(str(error))
    yield server
    remove_server(server)
