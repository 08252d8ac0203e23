"""Issue 13: the instance socket lives where only its owner can create it, a client talks only
to a socket of its own user and believes only a real answer, and the server bounds what it
reads and how long a silent client may stay."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from companion.ipc import channel as single_instance
from companion.ipc import connections
from companion.ipc.channel import (
    SingleInstance,
    answering_socket_is_ours,
    send_request,
    socket_name,
)
from companion.ipc.protocol import Activate, Call, QuickLog, SetSetting, encode
from tests.helpers.app import start_app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets and file owners")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


def test_the_socket_is_in_the_runtime_folder_when_it_is_private(data_dir, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    name = socket_name(data_dir, {"XDG_RUNTIME_DIR": str(runtime)})
    assert Path(name).parent == runtime
    assert not name.startswith("/tmp/companion-")  # never the old, predictable shared name


def test_a_runtime_folder_others_can_write_is_not_used(data_dir, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir()
    runtime.chmod(0o777)
    name = socket_name(data_dir, {"XDG_RUNTIME_DIR": str(runtime)})
    assert Path(name) == data_dir / "instance.sock"


def test_a_data_folder_too_long_for_a_socket_gets_a_private_folder_of_its_own(tmp_path):
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    deep.mkdir(parents=True, mode=0o700)
    name = Path(socket_name(deep, {}))
    assert len(os.fsencode(name)) <= single_instance.SOCKET_PATH_MAX
    assert name.parent.name == f"companion-{os.getuid()}"
    assert stat.S_IMODE(name.parent.stat().st_mode) == 0o700


def serve(qtbot, data_dir: Path, received: list) -> SingleInstance:
    instance = SingleInstance(data_dir, data_dir / "instance.lock")
    assert instance.acquire()
    assert instance.listen(), instance.listen_error
    instance.request_received.connect(received.append)
    return instance


def raw_client(name: str) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(name)
    client.settimeout(5)
    return client


def test_a_request_is_answered_and_the_socket_is_owner_only(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        assert Path(instance.name) == data_dir / "instance.sock"
        assert stat.S_IMODE(Path(instance.name).stat().st_mode) & 0o077 == 0
        assert answering_socket_is_ours(instance.name)
        client = raw_client(instance.name)
        client.sendall(b'{"v": 1, "command": "call", "action": "start"}\n')
        qtbot.waitUntil(lambda: received == [Call(started=True)])
        assert json.loads(client.recv(100)) == {"ok": True}
        client.sendall(b"not json\n")  # malformed: an error, not silence
        qtbot.waitUntil(lambda: _readable(client))
        assert json.loads(client.recv(100)) == {"ok": False, "error": "malformed request"}
        client.close()
    finally:
        instance.release()


def _readable(client: socket.socket) -> bool:
    client.setblocking(False)
    try:
        return bool(client.recv(1, socket.MSG_PEEK))
    except BlockingIOError:
        return False
    finally:
        client.setblocking(True)
        client.settimeout(5)


def test_a_message_without_end_is_cut_off_and_nothing_is_taken(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        client = raw_client(instance.name)
        client.setblocking(False)
        sent = 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # 200 MB offered; the server stops reading early
            try:
                sent += client.send(b"x" * 65536)
            except BlockingIOError:
                qtbot.wait(20)
            except (BrokenPipeError, ConnectionResetError):
                break
            if sent > 200 * 1024 * 1024:
                break
        assert sent < 50 * 1024 * 1024, "the server kept reading an endless message"
        assert received == []
        client.close()
    finally:
        instance.release()


def test_a_silent_client_is_dropped(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(connections, "CONNECTION_SECONDS", 0.3)
    instance = serve(qtbot, data_dir, [])
    try:
        client = raw_client(instance.name)
        client.setblocking(False)

        def closed() -> bool:
            try:
                return client.recv(1) == b""
            except BlockingIOError:
                return False
            except ConnectionResetError:
                return True

        qtbot.waitUntil(closed, timeout=5000)
        client.close()
    finally:
        instance.release()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the socket to another user")
def test_a_socket_of_another_user_is_never_talked_to(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        os.chown(instance.name, 65534, 65534)  # as if another account had bound it first
        assert not answering_socket_is_ours(instance.name)
        assert send_request(instance.name, QuickLog(), wait_seconds=0.5) is False
        qtbot.wait(100)
        assert received == []
    finally:
        instance.release()


def test_an_answer_that_is_not_ok_is_not_believed(qtbot, tmp_path):
    from PySide6.QtNetwork import QLocalServer

    name = str(tmp_path / "other.sock")
    server = QLocalServer()
    assert server.listen(name)

    def answer_wrongly() -> None:
        connection = server.nextPendingConnection()
        connection.readyRead.connect(lambda: connection.write(b'{"ok": false}\n'))

    server.newConnection.connect(answer_wrongly)
    try:
        import threading

        result: list[bool] = []
        thread = threading.Thread(target=lambda: result.append(send_request(name, Activate(), 1.0)))
        thread.start()
        qtbot.waitUntil(lambda: bool(result), timeout=8000)
        thread.join()
        assert result == [False]
    finally:
        server.close()


@pytest.mark.logs_errors("the failed listen is logged as an error")
def test_when_the_socket_cannot_be_opened_the_user_is_told(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from companion.paths import AppPaths

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    paths = AppPaths(tmp_path, tmp_path)
    (tmp_path / "instance.sock").mkdir()  # something Qt cannot remove holds the name
    (tmp_path / "instance.sock" / "keep").write_text("x", encoding="utf-8")
    instance = SingleInstance(tmp_path, paths.instance_lock)
    assert instance.acquire()
    assert not instance.listen()
    assert instance.listen_error
    app = start_app(qtbot, paths, ready=lambda app: app.breaks.driver is not None)
    try:
        app.notices.no_request_channel(instance.listen_error)
        shown = [
            box for box in app.notices.boxes if isinstance(box, QMessageBox) and box.isVisible()
        ]
        assert len(shown) == 1 and "private channel" in shown[0].text()
    finally:
        app.shut_down()
        instance.release()


# -- issue 29: whatever a client sends, however much, and however slowly ----------------------


def read_until_closed(client: socket.socket, qtbot, seconds: float = 5.0) -> bytes:
    """Everything the server sends until it hangs up (the event loop runs meanwhile)."""
    client.setblocking(False)
    got = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            chunk = client.recv(65536)
        except BlockingIOError:
            qtbot.wait(10)
            continue
        except ConnectionResetError:
            break
        if not chunk:
            break
        got += chunk
    else:
        raise AssertionError(f"still open after {seconds} s; got {got[:200]!r}")
    return got


def answers(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines()]


def test_a_line_nested_fifty_thousand_deep_gets_a_reason(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        client = raw_client(instance.name)
        client.sendall(b"[" * 50_000 + b"\n")
        qtbot.waitUntil(lambda: _readable(client))
        assert json.loads(client.recv(100)) == {"ok": False, "error": "malformed request"}
        client.sendall(b'{"v": 1, "command": "call", "action": "start"}\n')  # and it goes on
        qtbot.waitUntil(lambda: received == [Call(started=True)])
        client.close()
    finally:
        instance.release()


def test_one_connection_takes_a_bounded_number_of_requests(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        client = raw_client(instance.name)
        client.sendall(b'{"v": 1, "command": "call", "action": "start"}\n' * 40)
        got = answers(read_until_closed(client, qtbot))
        limit = connections.MAX_REQUESTS
        assert got[:limit] == [{"ok": True}] * limit
        assert got[limit:] == [
            {"ok": False, "error": f"more than {limit} requests on one connection"}
        ]
        assert received == [Call(started=True)] * limit
        client.close()
    finally:
        instance.release()


def test_a_connection_is_closed_at_its_deadline_however_it_talks(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(connections, "CONNECTION_SECONDS", 0.5)
    instance = serve(qtbot, data_dir, [])
    try:
        client = raw_client(instance.name)
        client.setblocking(False)
        got = b""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # a byte every 50 ms, never a whole request
            try:
                client.send(b" ")
            except (BrokenPipeError, ConnectionResetError):
                break  # closed: what it said is still to be read
            try:
                got += client.recv(200)
            except BlockingIOError:
                qtbot.wait(50)
        else:
            raise AssertionError("a client that kept talking was never closed")
        got += read_until_closed(client, qtbot)
        assert answers(got) == [{"ok": False, "error": "connection open for 0.5 s; closed"}]
        client.close()
    finally:
        instance.release()


def test_at_most_so_many_connections_and_a_new_one_is_still_served(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    limit = connections.MAX_CONNECTIONS
    slow = []
    try:
        for _ in range(limit + 8):  # each starts a request and never ends it
            client = raw_client(instance.name)
            client.sendall(b'{"v": 1, ')
            slow.append(client)
            qtbot.wait(5)
        qtbot.waitUntil(lambda: all(_readable(client) for client in slow[:8]), timeout=5000)
        for client in slow[:8]:  # the first ones made room for the last
            goodbye = read_until_closed(client, qtbot)
            assert answers(goodbye) == [
                {"ok": False, "error": "too many connections at once; this one waited longest"}
            ]
        assert not any(_readable(client) for client in slow[8:])  # the rest are still open
        normal = raw_client(instance.name)
        normal.sendall(b'{"v": 1, "command": "quick_log"}\n')
        qtbot.waitUntil(lambda: received == [QuickLog()])
        assert json.loads(normal.recv(100)) == {"ok": True}
        normal.close()
    finally:
        for client in slow:
            client.close()
        instance.release()


def test_requests_of_many_connections_are_answered_in_turn(qtbot, data_dir, monkeypatch):
    """Four clients with sixteen requests each and one with a single request, all sent before
    the app reads any: the single one is not kept waiting behind the sixty-four."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        flood = [raw_client(instance.name) for _ in range(4)]
        for client in flood:
            client.sendall(b'{"v": 1, "command": "call", "action": "start"}\n' * 16)
        normal = raw_client(instance.name)
        normal.sendall(b'{"v": 1, "command": "quick_log"}\n')
        qtbot.waitUntil(lambda: len(received) == 65)
        # one request of each connection in turn: four before it, at most a round more
        assert received.index(QuickLog()) <= 8, received.index(QuickLog())
        for client in [*flood, normal]:
            client.close()
    finally:
        instance.release()


def test_a_client_that_does_not_read_its_answers_is_not_read_either(qtbot, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(connections, "MAX_REQUESTS", 1_000_000)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        client = raw_client(instance.name)
        client.setblocking(False)
        line = b'{"v": 1, "command": "call", "action": "start"}\n'
        sent = 0
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:  # requests, and never a reply read
            try:
                sent += client.send(line * 100) // len(line)
            except BlockingIOError:
                qtbot.wait(20)
        qtbot.wait(500)
        taken = len(received)
        assert taken < sent, (taken, sent)  # the app stopped reading it (the old one took all)
        qtbot.wait(500)
        assert len(received) == taken

        def reads_and_is_read_again() -> bool:
            with contextlib.suppress(BlockingIOError):
                while client.recv(65536):
                    pass
            return len(received) > taken

        qtbot.waitUntil(reads_and_is_read_again, timeout=5000)
        client.close()
    finally:
        instance.release()


@pytest.mark.logs_errors("a failure while serving is logged as an error, on purpose")
def test_a_failure_while_serving_is_answered_logged_and_the_socket_goes_on(
    qtbot, data_dir, monkeypatch, caplog
):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    real = SingleInstance._serve

    def fails_on_a_setting(self, line: bytes):
        if b"config_set" in line:
            raise KeyError(line.decode("utf-8"))  # as if a bug put what was sent in its error
        return real(self, line)

    monkeypatch.setattr(SingleInstance, "_serve", fails_on_a_setting)
    received: list = []
    instance = serve(qtbot, data_dir, received)
    try:
        client = raw_client(instance.name)
        client.sendall(encode(SetSetting("team.name", "夜班三组")))
        assert answers(read_until_closed(client, qtbot)) == [
            {"ok": False, "error": "Companion could not do it; its log has the details"}
        ]
        assert "KeyError while serving (request)" in caplog.text
        assert "夜班三组" not in caplog.text  # where it failed, never what was sent
        other = raw_client(instance.name)
        other.sendall(b'{"v": 1, "command": "quick_log"}\n')
        qtbot.waitUntil(lambda: received == [QuickLog()])
        other.close()
        client.close()
    finally:
        instance.release()
