"""`companion erase` against the real, running app: refused while it runs, done once it quit."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import companion, wait_for_log

pytestmark = pytest.mark.e2e


def test_erase_is_refused_while_companion_runs(start_app):
    running = start_app()
    wait_for_log(running.home, "store open", running.process)
    logged = companion("log", "--stress", "5", env=running.env)
    assert logged.returncode == 0, logged.stderr
    refused = companion("erase", "--yes", env=running.env)
    assert refused.returncode == 1
    assert "Companion is running" in refused.stderr and "settings window" in refused.stderr
    assert (running.home / "companion.db").exists()
    assert running.stop() == 0
    erased = companion("erase", "--yes", env=running.env)
    assert erased.returncode == 0, erased.stderr
    assert not (running.home / "companion.db").exists()
    assert not (running.home / "logs").exists()
