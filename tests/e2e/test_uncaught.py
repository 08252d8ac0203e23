"""An exception nobody caught, in the running app: it reaches companion.log (what kind and
where, never the words), the app goes on, and the person is told once, without a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import base_env, companion, read_log, wait_for_log
from tests.helpers.raising_app import SECRET

REPO = Path(__file__).resolve().parents[2]


def test_an_exception_in_a_slot_and_in_a_thread_is_logged_and_the_app_goes_on(tmp_path):
    home = tmp_path / "home"
    env = base_env(home, PYTHONPATH=str(REPO))
    output = tmp_path / "output.txt"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.raising_app", "--no-welcome"],
            env=env,
            cwd=REPO,
            stdout=sink,
            stderr=sink,
        )
    try:
        wait_for_log(home, r"store open", process)
        assert companion("quick-log", env=env).returncode == 0  # answered, then the slot raises
        wait_for_log(home, r"uncaught in the main thread ValueError at ", process)
        logged = wait_for_log(home, r"uncaught in thread 'faulty-worker' KeyError at ", process)
        [line] = [line for line in logged.splitlines() if "uncaught in the main thread" in line]
        assert " ERROR companion.process.uncaught: " in line
        assert "raising_app.py:" in line and "in _faulty" in line  # where it was raised
        assert "companion/app.py:" in line and "in handle_request" in line  # and what called it
        wait_for_log(home, r"told the user: Something went wrong", process)

        # The app goes on: the next request is handled, a second fault is not told again.
        assert companion("call", "start", env=env).returncode == 0
        wait_for_log(home, r"call start \(from the command line\)", process)
        assert companion("quick-log", env=env).returncode == 0
        wait_for_log(home, r"(?s)uncaught in the main thread.*uncaught in the main thread", process)
        assert process.poll() is None
    finally:
        process.terminate()
        code = process.wait(timeout=30)
    assert code == 0
    log = read_log(home)
    assert SECRET not in log and "shouted" not in log and "written in a thread" not in log
    assert log.count("told the user: Something went wrong") == 1
    said = output.read_text(encoding="utf-8")
    assert "Traceback" not in said and SECRET not in said
    assert f"companion: an unexpected ValueError in the main thread; the details are in {home}" in (
        said
    )
