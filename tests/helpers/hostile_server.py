"""A team server that answers every login with an error of its choosing: PostgreSQL's wire
protocol, just enough of it for libpq to read an ErrorResponse (no real server needed)."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator

SSL_REQUEST = 80877103
GSS_REQUEST = 80877104


def _exactly(connection: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = connection.recv(count - len(data))
        if not chunk:
            raise ConnectionError("the client hung up")
        data += chunk
    return data


def _answer(connection: socket.socket, message: str) -> None:
    with connection:
        while True:
            length, code = struct.unpack("!ii", _exactly(connection, 8))
            if code in (SSL_REQUEST, GSS_REQUEST):
                connection.sendall(b"N")  # no encryption here: go on in plain text
                continue
            _exactly(connection, length - 8)  # the startup message: user, database
            fields = b"SFATAL\0VFATAL\0C28000\0M" + message.encode("utf-8") + b"\0\0"
            connection.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)
            return


@contextlib.contextmanager
def hostile_server(message: str) -> Iterator[int]:
    """Listen on 127.0.0.1; yield the port. Every login is refused with `message`."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _address = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(10)
            with contextlib.suppress(OSError, ConnectionError, struct.error):
                _answer(connection, message)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()
