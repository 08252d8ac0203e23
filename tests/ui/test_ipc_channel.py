"""Issue 13: the instance socket lives where only its owner can create it, a client talks only
to a socket of its own user and believes only a real answer, and the server bounds what it
reads and how long a silent client may stay."""

from __future__ import annotations

import json
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from companion.ipc import channel as single_instance
from companion.ipc.channel import (
    SingleInstance,
    answering_socket_is_ours,
    send_request,
    socket_name,
)
from companion.ipc.protocol import Activate, Call, QuickLog
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
    monkeypatch.setattr(single_instance, "IDLE_CONNECTION_MS", 300)
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
