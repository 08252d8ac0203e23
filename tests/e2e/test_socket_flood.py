"""Issue 29: the real app's instance socket against a same-user client that misbehaves: a line
nested 50,000 deep, thousands of requests never read, 1,500 connections that never finish a
request. Each time a normal `companion call start` is still taken, and the app keeps a bounded
number of connections (file descriptors) open.

How long the normal request waits is a figure, not a test: `python -m benchmarks.socket_flood`
measures it beside the same request without a flood (under 1 s is the promise). Here the bound
is the command's own: it gives up when no answer came within 2 s, as it did on the old code
behind 9,000 unread requests (and for some of 20 requests behind four connections' flood).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.ipc.channel import ask, socket_name
from companion.ipc.connections import MAX_CONNECTIONS, MAX_REQUESTS
from companion.ipc.protocol import Call
from tests.e2e.conftest import Running, companion, read_all_logs, read_log, wait_for_log

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="Unix sockets; /proc counts descriptors"),
]


def started(start_app) -> tuple[Running, str]:
    running = start_app()
    wait_for_log(running.home, "store open", running.process)
    return running, socket_name(running.home, running.env)


def flooder(*args: str) -> subprocess.Popen:
    """The misbehaving client, a process of its own; returns once its flood is under way."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.socket_flood", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "flooding"
    return process


def descriptors(process: subprocess.Popen) -> int:
    return sum(1 for _ in Path(f"/proc/{process.pid}/fd").iterdir())


def call_start_is_taken(running: Running) -> None:
    told = companion("call", "start", env=running.env)
    assert told.returncode == 0, told.stderr


def output(running: Running, tmp_path: Path) -> str:
    return (tmp_path / "output-0.txt").read_text(encoding="utf-8", errors="replace")


def test_a_line_nested_fifty_thousand_deep_is_answered(start_app, tmp_path):
    running, name = started(start_app)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(5)
    client.connect(name)
    client.sendall(b"[" * 50_000 + b"\n")
    assert json.loads(client.recv(200)) == {"ok": False, "error": "malformed request"}
    client.close()
    call_start_is_taken(running)
    assert running.stop() == 0
    assert "Traceback" not in output(running, tmp_path)
    assert "Traceback" not in read_log(running.home)
    assert "instance socket: malformed request; refused" in read_log(running.home)


def test_a_flood_of_unread_requests_does_not_keep_a_command_waiting(start_app, tmp_path):
    running, name = started(start_app)
    flood = flooder("requests", name, "20", "4")
    try:
        time.sleep(1)  # the flood has filled every buffer on its way
        for _ in range(20):  # as `companion call start` asks, without Python's start each time
            reply = ask(name, Call(started=True), 3.0)
            assert reply is not None and reply.ok, reply
            time.sleep(0.2)
        call_start_is_taken(running)
        call_start_is_taken(running)
        assert flood.poll() is None, "the flood ended before the commands were sent"
    finally:
        sent = flood.communicate(timeout=30)[0]
    print(sent)
    assert running.process.poll() is None
    log = read_all_logs(running.home)
    assert f"more than {MAX_REQUESTS} requests on one connection" in log
    assert running.stop() == 0
    assert "Traceback" not in output(running, tmp_path)


def test_slow_connections_are_bounded_and_a_command_still_gets_through(start_app, tmp_path):
    running, name = started(start_app)
    before = descriptors(running.process)
    flood = flooder("slow", name, "1500", "14")
    most = before
    try:
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:  # the 1,500 connections are being opened
            most = max(most, descriptors(running.process))
            time.sleep(0.05)
        call_start_is_taken(running)
        assert flood.poll() is None, "the flood ended before the command was sent"
    finally:
        said = flood.communicate(timeout=30)[0]
    # A connection is a descriptor; a few more come and go (the log, the store).
    assert most <= before + MAX_CONNECTIONS + 8, (before, most)
    opened, closed = (int(word) for word in said.split() if word.isdigit())
    assert opened == 1500 and closed >= opened - MAX_CONNECTIONS, said
    assert running.process.poll() is None
    assert running.stop() == 0
    assert "Traceback" not in output(running, tmp_path)
