"""One Companion per data folder: a lock file says who runs, a local socket carries requests.

A second start sends `Activate` to the running one (which comes forward) and exits 0. What a
request and its answer look like is `companion.ipc.protocol`; this module carries them, and
`companion.ipc.connections` keeps the server's connections within bounds and answers them in
turn (a same-user script that floods the socket must not keep `companion call start` waiting).

Where the socket lives decides who can pretend to be Companion. A name in a shared folder
(`/tmp`) can be taken by another local user before Companion starts, and would then receive
the owner's requests. So on Linux and macOS the socket is a file in a folder only its owner
can create files in: the user's runtime folder (`$XDG_RUNTIME_DIR`, 0700 by definition) when
there is one, else the 0700 data folder, else (when that path is too long for a socket) a
0700 folder of the user's own under the temporary folder, checked before use. A client also
checks that whatever answers is a socket owned by the user. On Windows the name is a named
pipe that only the user may open (Qt's UserAccessOption).
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, Signal

from companion.files import disk_full
from companion.ipc.connections import Connections, Served
from companion.ipc.protocol import (
    MAX_LINE_BYTES,
    BadRequest,
    Reply,
    Request,
    answered_when_done,
    decode,
    encode,
    encode_reply,
    error_reply,
    ok_reply,
    read_reply,
)

if TYPE_CHECKING:  # QtNetwork is loaded once the tray shows (listen) or to send a request
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

SOCKET_PATH_MAX = 100  # sun_path holds 104 (macOS) to 108 (Linux) bytes


class SocketPlaceError(RuntimeError):
    """No private place for the socket; `str()` says why."""


def _digest(data_dir: Path) -> str:
    # Qt's SHA-256 rather than hashlib's, which would load OpenSSL's libcrypto (about 3 MB).
    folder = QByteArray(str(data_dir.resolve()).encode("utf-8"))
    hashed = QCryptographicHash.hash(folder, QCryptographicHash.Algorithm.Sha256)
    return bytes(hashed.toHex().data()).decode("ascii")[:16]


def _private_folder(folder: Path) -> bool:
    """A folder of this user that nobody else can create or replace files in."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o022 == 0
    )


def socket_name(data_dir: Path, environ: dict[str, str] | None = None) -> str:
    """The server name for `data_dir`: a socket path in a private folder (POSIX), a pipe name
    (Windows). Raises SocketPlaceError when no private folder can be had."""
    digest = _digest(data_dir)
    if os.name == "nt":
        user = "".join(ch for ch in getpass.getuser() if ch.isalnum())[:24] or "user"
        return f"companion-{user}-{digest}"
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR", "")
    candidates = []
    if runtime and _private_folder(Path(runtime)):
        candidates.append(Path(runtime) / f"companion-{digest}.sock")
    candidates.append(data_dir / "instance.sock")
    for path in candidates:
        if len(os.fsencode(path)) <= SOCKET_PATH_MAX and _private_folder(path.parent):
            return str(path)
    own = Path(tempfile.gettempdir()) / f"companion-{os.getuid()}"
    try:
        own.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise SocketPlaceError(f"cannot make {own}: {error.strerror}") from None
    if not _private_folder(own):
        raise SocketPlaceError(f"{own} belongs to another user or others can write in it")
    return str(own / f"{digest}.sock")


def answering_socket_is_ours(name: str) -> bool:
    """Whether the socket at `name` is this user's (always true for a Windows pipe name)."""
    path = Path(name)
    if os.name == "nt" or not path.is_absolute():
        return True
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


class InstanceLockError(RuntimeError):
    """The lock file cannot be made (a full disk, no permission): not a sign that Companion
    runs. `str()` is a message for the user."""


def _why_not_locked(lock_file: Path, error: QLockFile.LockError) -> str:
    if disk_full(lock_file.parent, 64 * 1024):
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


def send_request(name: str, request: Request, wait_seconds: float = 5.0) -> bool:
    """Deliver one request to the running instance and read its answer; retry while it is
    still starting. True only when Companion itself answered that it took the request."""
    reply = ask(name, request, wait_seconds)
    return reply is not None and reply.ok


ANSWER_SECONDS = 15.0  # a request answered once done (a setting applied) may take a moment


def ask(name: str, request: Request, wait_seconds: float = 5.0) -> Reply | None:
    """Deliver one request and read the answer (None when none came). While the instance is
    still starting, the connection is tried again for `wait_seconds`."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + wait_seconds
    payload = encode(request)
    answer_ms = int((ANSWER_SECONDS if answered_when_done(request) else 2.0) * 1000)
    while True:
        if answering_socket_is_ours(name):
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(500):
                socket.write(payload)
                socket.waitForBytesWritten(2000)
                answer = b""
                while b"\n" not in answer and socket.waitForReadyRead(answer_ms):
                    answer += bytes(socket.readAll().data())
                    if len(answer) > MAX_LINE_BYTES:
                        break
                socket.disconnectFromServer()
                return read_reply(answer)
        elif Path(name).is_symlink() or Path(name).exists():
            log.warning("%s is not this user's socket: not talking to it", name)
            return None
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)


class SingleInstance(QObject):
    """The lock, and the socket later starts and `companion` commands talk to. A request is
    answered at once and then emitted (`request_received`), except those answered once done
    (the settings'), which `answer` handles and answers itself."""

    request_received = Signal(object)  # a companion.ipc.protocol.Request

    def __init__(self, data_dir: Path, lock_file: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._lock_file = lock_file
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None
        self._connections: Connections | None = None  # made by `listen`
        self.listen_error: str | None = None  # why requests cannot reach this instance
        self.answer: Callable[[Request], Reply] | None = None  # set by the app

    @property
    def name(self) -> str:
        return socket_name(self._data_dir)

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another Companion does;
        InstanceLockError when the lock file cannot be made at all."""
        if self._lock.tryLock(100):
            if os.name == "posix":  # QLockFile takes the umask's mode (0666 under umask 000)
                with contextlib.suppress(OSError):
                    self._lock_file.chmod(0o600)
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        raise InstanceLockError(
            f"Companion cannot write its lock file {self._lock_file}: "
            f"{_why_not_locked(self._lock_file, error)}"
        )

    def listen(self) -> bool:
        """Take requests from later starts. Called once the tray shows: a second start that
        comes meanwhile finds the lock held and retries its request for a few seconds. False
        (with `listen_error` set and logged) when requests cannot reach this instance."""
        from PySide6.QtNetwork import QLocalServer

        try:
            name = self.name
        except SocketPlaceError as error:
            return self._cannot_listen(str(error))
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # left over from a crash; we hold the lock
        if not server.listen(name):
            return self._cannot_listen(f"{name}: {server.errorString()}")
        self._connections = Connections(server, self._serve)
        self._server = server
        return True

    def _cannot_listen(self, why: str) -> bool:
        self.listen_error = why
        log.error("cannot listen for requests (call start/end, quick-log, a second start): %s", why)
        return False

    def _serve(self, line: bytes) -> Served:
        """The answer to one line, and (for a request answered at once) the request handed to
        the app once the answer is on its way: what it starts (a first window, the full store)
        may take seconds on a slow PC, longer than the sender waits for its answer."""
        try:
            request = decode(line)
        except BadRequest as error:
            return Served(error_reply(str(error)), refused=str(error))
        if answered_when_done(request):
            return Served(encode_reply(self._answer(request)))
        return Served(ok_reply(), lambda: self.request_received.emit(request))

    def _answer(self, request: Request) -> Reply:
        if self.answer is None:
            return Reply(False, "Companion is still starting; try again in a moment")
        try:
            return self.answer(request)
        except Exception:  # the sender must hear back; the details go to the log
            log.exception("request %s failed", type(request).__name__)
            return Reply(False, "Companion could not do it; its log has the details")

    def release(self) -> None:
        if self._server is not None:
            if self._connections is not None:
                self._connections.close_all()
                self._connections = None
            self._server.close()
            self._server = None
        self._lock.unlock()
