"""A native abort leaves a Python trace under logs/, and the next start says it happened."""

from __future__ import annotations

import signal

import pytest

from tests.e2e.conftest import read_log, wait_for_log

pytestmark = pytest.mark.e2e


def test_an_abort_leaves_a_trace_and_the_next_start_says_so_quietly(start_app):
    first = start_app()
    wait_for_log(first.home, "store open", first.process)
    logs = first.home / "logs"
    assert (logs / "running.json").exists()
    assert (logs / "fault-trace.txt").read_bytes() == b""  # armed, nothing written yet
    first.process.send_signal(signal.SIGABRT)  # what none_dealloc ends in
    assert first.process.wait(timeout=15) != 0

    second = start_app()
    text = wait_for_log(second.home, "told the user: Companion closed unexpectedly", second.process)
    [kept] = logs.glob("fault-2*.txt")
    trace = kept.read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in trace
    assert "most recent call first" in trace  # a Python stack, every thread
    assert f"its trace: {kept}" in text
    assert "did not stop cleanly" in text
    assert second.stop() == 0

    # that run stopped cleanly: the third start says nothing, and the old trace is kept
    third = start_app()
    wait_for_log(third.home, r"(?s)(store open \(the shift.*){3}", third.process)
    assert third.stop() == 0
    assert read_log(third.home).count("did not stop cleanly") == 1
    assert list(logs.glob("fault-2*.txt")) == [kept]
    assert not (logs / "running.json").exists()
    assert not (logs / "fault-trace.txt").exists()


def test_a_run_killed_without_a_trace_is_reported_too(start_app):
    first = start_app()
    wait_for_log(first.home, "store open", first.process)
    first.process.kill()
    first.process.wait(timeout=15)
    second = start_app()
    text = wait_for_log(second.home, "told the user: Companion closed unexpectedly", second.process)
    assert "it left no trace" in text
    assert second.stop() == 0
