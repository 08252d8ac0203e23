"""The connections to the instance socket, kept within bounds and served in turn.

Anything of the same user can connect, and a misbehaving script (or a stuck one) must not keep
`companion call start` waiting, nor take the app's file descriptors. So:

- At most MAX_CONNECTIONS are open at once. A new one is always taken: to make room, the one
  with nothing to be done (no whole request waiting) that came first is closed, with a line
  saying why. A `companion` command's connection sends its request at once, so it is never the
  one closed while slow ones wait.
- Each connection is closed CONNECTION_SECONDS after it was made, whatever it does, and after
  MAX_REQUESTS requests (a `companion` command sends one).
- Requests are answered in turn, one per connection per round, at most TURN_REQUESTS (or
  TURN_SECONDS) per turn of the event loop; then the loop goes on (other sockets, the windows)
  before the next turn. A client that does not read its answers (more than UNREAD_BYTES of them
  wait) is not read either until it does; what it has not sent yet waits in its own socket.
- A connection reads at most one request's worth (MAX_LINE_BYTES) ahead; a longer line is
  refused and the connection closed.

Nothing here raises out of a Qt slot: a failure closes that one connection and is logged
(without what was sent). Only QLocalServer and QLocalSocket are used: the same code serves the
Windows named pipe.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import Shiboken

from companion.ipc.protocol import MAX_LINE_BYTES, error_reply

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 32  # a desktop's limit is 1,024 file descriptors; the app needs a few dozen
MAX_REQUESTS = 16  # on one connection
CONNECTION_SECONDS = 10.0  # from its start to its close, busy or not
TURN_REQUESTS = 8  # answered in one turn of the event loop, across connections
TURN_SECONDS = 0.02  # …or fewer, when these took this long
UNREAD_BYTES = 16 * 1024  # answers a client has not read: its further requests wait


@dataclass(frozen=True, slots=True)
class Served:
    """What one line leads to: the answer to write, what to do once it is on its way (hand the
    request to the app), and why the line was refused (for the log: the protocol's words, never
    what was sent)."""

    answer: bytes
    then: Callable[[], None] | None = None
    refused: str = ""


@dataclass(eq=False)
class _Peer:
    socket: QLocalSocket
    deadline: QTimer
    requests: int = 0
    queued: bool = False  # waiting for its turn
    busy: bool = False  # a request of its own is being done (the app may run a nested loop)
    refilling: bool = False  # reading on (see `_refill`)


class Connections(QObject):
    """The connections of `server`; each whole line read is given to `serve`."""

    def __init__(self, server: QLocalServer, serve: Callable[[bytes], Served]) -> None:
        super().__init__(server)
        self._server = server
        self._serve = serve
        self._peers: dict[_Peer, None] = {}  # open connections, oldest first
        self._ready: deque[_Peer] = deque()  # connections with a whole request, in turn
        self._quiet: dict[str, tuple[float, int]] = {}  # a warning's next time, times unsaid
        self._accepting = False
        self._more = QTimer(self)  # more connections to take, in the next turn
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._accept)
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._take_turn)
        server.newConnection.connect(self._accept)

    def __len__(self) -> int:
        return len(self._peers)

    def close_all(self) -> None:
        self._more.stop()
        self._turn.stop()
        self._ready.clear()
        for peer in list(self._peers):
            self._close(peer)

    # -- arrivals and departures ---------------------------------------------------------------

    def _accept(self) -> None:
        if self._accepting:  # `_next` made QLocalServer say so again: the loop below takes it
            return
        self._accepting = True
        try:
            with self._guarded("accept"):
                self._take_all()
        finally:
            self._accepting = False

    def _take_all(self) -> None:
        """Take the connections waiting, at most MAX_CONNECTIONS in one turn of the event loop
        (a client connecting without end would keep this going): the rest in the next."""
        for _ in range(MAX_CONNECTIONS):
            socket = self._next()
            if socket is None:
                return
            if len(self._peers) >= MAX_CONNECTIONS:
                self._make_room()
            socket.setReadBufferSize(MAX_LINE_BYTES)  # read no more than one request ahead
            deadline = QTimer(socket)
            deadline.setSingleShot(True)
            deadline.setInterval(int(CONNECTION_SECONDS * 1000))
            peer = _Peer(socket, deadline)
            self._peers[peer] = None
            deadline.timeout.connect(lambda p=peer: self._expire(p))
            deadline.start()
            socket.readyRead.connect(lambda p=peer: self._wake(p))
            socket.bytesWritten.connect(lambda _count, p=peer: self._refill(p))
            socket.disconnected.connect(lambda p=peer: self._gone(p))
            self._wake(peer)  # the request may be there already
        if self._server.hasPendingConnections():
            self._more.start()

    def _next(self) -> QLocalSocket | None:
        """The next connection waiting, also those not yet taken from the system: all that
        wait come in together and are served in turn (QLocalServer takes one per turn of the
        event loop)."""
        server = self._server
        if not server.hasPendingConnections():
            server.waitForNewConnection(0)
        return server.nextPendingConnection()

    def _make_room(self) -> None:
        """Close the connection that came first among those with nothing to be done: no whole
        request read, or answers it does not read (else the first of all that is not being
        served). One that sent its request but was not read yet is read now, and kept."""
        for peer in list(self._peers):
            if peer.busy or peer.queued:
                continue
            if peer.requests == 0:
                self._refill(peer)  # a request on its way is read and queued
                if peer.queued or peer not in self._peers:
                    continue
            self._evict(peer)
            return
        victim = next((peer for peer in self._peers if not peer.busy), None)
        if victim is not None:
            self._evict(victim)

    def _evict(self, peer: _Peer) -> None:
        self._warn("room", f"{len(self)} connections at once; closed the oldest idle one")
        self._close(peer, "too many connections at once; this one waited longest")

    def _expire(self, peer: _Peer) -> None:
        with self._guarded("deadline", peer):
            if peer not in self._peers:
                return
            if peer.busy:  # the app is still doing its request: close it right after
                peer.deadline.start(100)
                return
            self._warn("deadline", f"a connection open for {CONNECTION_SECONDS:g} s was closed")
            self._close(peer, f"connection open for {CONNECTION_SECONDS:g} s; closed")

    def _gone(self, peer: _Peer) -> None:
        with self._guarded("hang-up"):
            self._forget(peer)

    def _forget(self, peer: _Peer) -> None:
        if peer not in self._peers:
            return
        del self._peers[peer]
        if Shiboken.isValid(peer.socket):
            peer.socket.deleteLater()

    def _close(self, peer: _Peer, why: str = "") -> None:
        """Say `why` (when said), then close the connection and forget it."""
        socket = peer.socket
        self._forget(peer)
        if not Shiboken.isValid(socket):
            return
        if why:
            socket.write(error_reply(why))
            socket.flush()
        socket.abort()

    # -- turns ---------------------------------------------------------------------------------

    def _has_line(self, peer: _Peer) -> bool:
        socket = peer.socket
        return Shiboken.isValid(socket) and (
            socket.canReadLine() or socket.bytesAvailable() >= MAX_LINE_BYTES
        )

    def _wake(self, peer: _Peer) -> None:
        """Put `peer` in the queue when it has a request and reads its answers."""
        with self._guarded("read", peer):
            if peer.queued or peer.busy or peer not in self._peers:
                return
            if peer.socket.bytesToWrite() > UNREAD_BYTES or not self._has_line(peer):
                return
            peer.queued = True
            self._ready.append(peer)
            if not self._turn.isActive():
                self._turn.start()

    def _refill(self, peer: _Peer) -> None:
        """Read on once a whole request was taken or answers were read: Qt stops reading a
        socket whose buffer was full and starts again only when the buffer is emptied, which a
        part of a request left in it never is."""
        with self._guarded("read", peer):
            socket = peer.socket
            if (
                peer in self._peers
                and not peer.refilling
                and socket.bytesToWrite() <= UNREAD_BYTES
                and not socket.canReadLine()
                and socket.bytesAvailable() < MAX_LINE_BYTES
            ):
                peer.refilling = True
                try:
                    socket.waitForReadyRead(0)  # reads what is there; emits readyRead
                finally:
                    peer.refilling = False
        self._wake(peer)

    def _take_turn(self) -> None:
        """One request of each connection in the queue (at most TURN_REQUESTS, TURN_SECONDS);
        one with more waiting goes to the back, for the next turn."""
        started = time.monotonic()
        for _ in range(min(len(self._ready), TURN_REQUESTS)):
            peer = self._ready.popleft()
            peer.queued = False
            if peer in self._peers:
                with self._guarded("request", peer):
                    self._serve_one(peer)
                self._refill(peer)
            if time.monotonic() - started > TURN_SECONDS:
                break
        if self._ready:
            self._turn.start()  # after the loop has seen to everything else

    def _serve_one(self, peer: _Peer) -> None:
        socket = peer.socket
        if not socket.canReadLine():  # a whole buffer and no line end
            self._refuse(peer, "request too long")
            return
        line = bytes(socket.readLine(MAX_LINE_BYTES).data())
        if not line.endswith(b"\n"):
            self._refuse(peer, "request too long")
            return
        peer.requests += 1
        if peer.requests > MAX_REQUESTS:
            self._refuse(peer, f"more than {MAX_REQUESTS} requests on one connection")
            return
        peer.busy = True
        try:
            served = self._serve(line)
            if served.refused:
                self._warn("refused", f"{served.refused}; refused")
            socket.write(served.answer)
            socket.flush()
            if served.then is not None:
                served.then()
        finally:
            peer.busy = False

    def _refuse(self, peer: _Peer, why: str) -> None:
        self._warn(why, f"{why}; connection closed")
        self._close(peer, why)

    def _warn(self, kind: str, message: str) -> None:
        """Log `message` at most once a minute for each `kind`: a flood is one line, not
        thousands."""
        now = time.monotonic()
        until, unsaid = self._quiet.get(kind, (0.0, 0))
        if now < until:
            self._quiet[kind] = (until, unsaid + 1)
            return
        more = f" ({unsaid} more like it since this was last said)" if unsaid else ""
        log.warning("instance socket: %s%s", message, more)
        self._quiet[kind] = (now + 60, 0)

    @contextmanager
    def _guarded(self, what: str, peer: _Peer | None = None) -> Iterator[None]:
        """Nothing out of a slot: a failure closes `peer` (when given) and is logged with
        where it happened, not with what was sent."""
        try:
            yield
        except Exception as error:  # a slot must not raise
            self._failed(error, what, peer)

    def _failed(self, error: Exception, what: str, peer: _Peer | None) -> None:
        with contextlib.suppress(Exception):  # no stack left even to say so (RecursionError)
            where = "".join(traceback.format_tb(error.__traceback__))
            name = type(error).__name__
            log.error("instance socket: %s while serving (%s)\n%s", name, what, where)
        if peer is not None:
            try:
                self._close(peer, "Companion could not do it; its log has the details")
            except Exception:  # the connection is gone already
                self._peers.pop(peer, None)
