"""One Companion per data folder: a lock file says who runs, a local socket carries requests.

A second start sends `activate` to the running one (which comes forward) and exits 0. The socket
name comes from the user and the data folder; only the owner may connect.
"""

from __future__ import annotations

import getpass
import json
import logging
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is loaded once the tray shows (listen) or to send a request
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def socket_name(data_dir: Path) -> str:
    # Qt's SHA-256 rather than hashlib's, which would load OpenSSL's libcrypto (about 3 MB).
    folder = QByteArray(str(data_dir.resolve()).encode("utf-8"))
    hashed = QCryptographicHash.hash(folder, QCryptographicHash.Algorithm.Sha256)
    digest = bytes(hashed.toHex().data()).decode("ascii")[:16]
    user = "".join(ch for ch in getpass.getuser() if ch.isalnum())[:24] or "user"
    return f"companion-{user}-{digest}"


class InstanceLockError(RuntimeError):
    """The lock file cannot be made (a full disk, no permission): not a sign that Companion
    runs. `str()` is a message for the user."""


def _why_not_locked(lock_file: Path, error: QLockFile.LockError) -> str:
    if shutil.disk_usage(lock_file.parent).free < 64 * 1024:
        return "the disk is full"
    if error == QLockFile.LockError.PermissionError:
        return "permission denied"
    return "it could not be written"


def instance_running(lock_file: Path) -> bool:
    """Whether a Companion holds the lock (a lock left by a crashed one does not count, nor a
    lock that cannot be made at all, for example on a full disk)."""
    lock = QLockFile(str(lock_file))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def send_request(name: str, request: dict[str, Any], wait_seconds: float = 5.0) -> bool:
    """Deliver one request to the running instance; retry while it is still starting."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + wait_seconds
    payload = (json.dumps(request) + "\n").encode("utf-8")
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(payload)
            delivered = socket.waitForBytesWritten(2000)
            socket.waitForReadyRead(2000)  # the answer, so we know it was handled
            socket.disconnectFromServer()
            return delivered
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


class SingleInstance(QObject):
    request_received = Signal(dict)

    def __init__(self, data_dir: Path, lock_file: Path) -> None:
        super().__init__()
        self.name = socket_name(data_dir)
        self._lock_file = lock_file
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another Companion does;
        InstanceLockError when the lock file cannot be made at all."""
        if self._lock.tryLock(100):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        raise InstanceLockError(
            f"Companion cannot write its lock file {self._lock_file}: "
            f"{_why_not_locked(self._lock_file, error)}"
        )

    def listen(self) -> None:
        """Take requests from later starts. Called once the tray shows: a second start that
        comes meanwhile finds the lock held and retries its request for a few seconds."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # left over from a crash; we hold the lock
        if not server.listen(self.name):
            log.error("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            line = bytes(connection.readLine().data()).decode("utf-8", "replace").strip()
            try:
                request = json.loads(line)
            except json.JSONDecodeError:
                log.warning("ignored a malformed request on the instance socket")
                continue
            if isinstance(request, dict):
                self.request_received.emit(request)
                connection.write(b'{"ok": true}\n')

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
