"""A server that pretends to be PostgreSQL just long enough to ask for a password, and records
what it is sent: the attack of a server that declines TLS and asks for the password in clear
(or as md5, which a listener can replay or crack).

Per connection: an SSLRequest or GSSENCRequest is answered 'N' (no encryption, the client may
go on in clear); the startup message is read; then AuthenticationCleartextPassword (or
AuthenticationMD5Password with a salt) is sent, and every message the client sends after it is
kept. A client that answers gets "password authentication failed"; one that refuses closes.
"""

from __future__ import annotations

import socket
import struct
import threading
from dataclasses import dataclass, field

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
CANCEL_REQUEST = 80877102
AUTH_CLEARTEXT = 3
AUTH_MD5 = 5


@dataclass
class Seen:
    """What one connection sent."""

    encryption_asked: list[int] = field(default_factory=list)  # SSL / GSSENC request codes
    startup: dict[str, str] = field(default_factory=dict)
    after_auth_request: list[tuple[bytes, bytes]] = field(default_factory=list)  # (type, body)
    raw: bytearray = field(default_factory=bytearray)

    @property
    def passwords(self) -> list[bytes]:
        """The PasswordMessage bodies ('p'): a password in clear, or its md5 answer."""
        return [body for kind, body in self.after_auth_request if kind == b"p"]


class FakePostgres:
    def __init__(self, address: str = "127.0.0.1", auth: str = "cleartext") -> None:
        assert auth in ("cleartext", "md5")
        self.auth = auth
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((address, 0))
        self._socket.listen(8)
        self._socket.settimeout(0.2)
        self.address = address
        self.port = int(self._socket.getsockname()[1])
        self.seen: list[Seen] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FakePostgres:
        self._accepting.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._accepting.join(5)
        for thread in self._threads:
            thread.join(5)
        self._socket.close()

    @property
    def passwords(self) -> list[bytes]:
        return [body for seen in self.seen for body in seen.passwords]

    def received(self) -> bytes:
        """Every byte any client sent."""
        return b"".join(bytes(seen.raw) for seen in self.seen)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            seen = Seen()
            self.seen.append(seen)
            thread = threading.Thread(target=self._serve, args=(connection, seen), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket, seen: Seen) -> None:
        connection.settimeout(5)
        try:
            self._converse(connection, seen)
        except (OSError, ConnectionError, struct.error):
            pass  # the client went away: what it sent is recorded
        finally:
            connection.close()

    def _read(self, connection: socket.socket, count: int, seen: Seen) -> bytes:
        data = b""
        while len(data) < count:
            chunk = connection.recv(count - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        seen.raw.extend(data)
        return data

    def _converse(self, connection: socket.socket, seen: Seen) -> None:
        while True:  # encryption requests, then the startup message
            length, code = struct.unpack("!ii", self._read(connection, 8, seen))
            if length == 8 and code in (SSL_REQUEST, GSSENC_REQUEST):
                seen.encryption_asked.append(code)
                connection.sendall(b"N")
                continue
            body = self._read(connection, length - 8, seen)
            if code == CANCEL_REQUEST:
                return
            items = body.split(b"\0")
            seen.startup = {
                items[index].decode(): items[index + 1].decode()
                for index in range(0, len(items) - 1, 2)
                if items[index]
            }
            break
        if self.auth == "cleartext":
            connection.sendall(b"R" + struct.pack("!ii", 8, AUTH_CLEARTEXT))
        else:
            connection.sendall(b"R" + struct.pack("!ii", 12, AUTH_MD5) + b"s4lt")
        kind = self._read(connection, 1, seen)
        (length,) = struct.unpack("!i", self._read(connection, 4, seen))
        seen.after_auth_request.append((kind, self._read(connection, length - 4, seen)))
        fields = b"SFATAL\0C28P01\0Mpassword authentication failed\0\0"
        connection.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)
