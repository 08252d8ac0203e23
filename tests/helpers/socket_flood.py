"""A same-user client that misuses Companion's instance socket, as a separate process: the e2e
tests and `benchmarks/socket_flood.py` start it beside the real app. POSIX sockets, standard
library only. Every loop is bounded in time and stops by itself.

    python -m tests.helpers.socket_flood requests SOCKET SECONDS [CONNECTIONS]
        writes requests as fast as the socket takes them on CONNECTIONS connections at once
        (reconnecting whenever the app hangs up), never reading a reply; prints how many
        requests went out and how many connections were made.
    python -m tests.helpers.socket_flood slow SOCKET COUNT SECONDS
        opens COUNT connections, each sending the start of a request and then one byte now
        and then, never a whole line; prints how many connections it opened and how many the
        app had closed by the end.

It prints "flooding" on its own line once the flood is under way, so a caller can wait for it.
"""

from __future__ import annotations

import contextlib
import errno
import resource
import selectors
import socket
import sys
import time

REQUESTS = (
    b'{"v": 1, "command": "call", "action": "start"}\n',
    b'{"v": 1, "command": "config_get"}\n',
    b'{"v": 1, "command": "call", "action": "end"}\n',
)


def _connect(name: str) -> socket.socket | None:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.setblocking(False)
    try:
        client.connect(name)
    except BlockingIOError:  # the listen queue is full: try again later
        client.close()
        return None
    except OSError as error:
        client.close()
        if error.errno in (errno.EAGAIN, errno.ECONNREFUSED, errno.EMFILE, errno.ENFILE):
            return None
        raise
    return client


def flood_requests(name: str, seconds: float, connections: int) -> tuple[int, int]:
    """(requests written, connections made) in `seconds`."""
    payload = b"".join(REQUESTS) * 200
    deadline = time.monotonic() + seconds
    selector = selectors.DefaultSelector()
    offsets: dict[socket.socket, int] = {}
    sent = made = 0
    said = False
    while time.monotonic() < deadline:
        while len(offsets) < connections:
            client = _connect(name)
            if client is None:
                break
            made += 1
            offsets[client] = 0
            selector.register(client, selectors.EVENT_WRITE)
        if not said and offsets:
            print("flooding", flush=True)
            said = True
        for key, _events in selector.select(timeout=0.05):
            client = key.fileobj
            assert isinstance(client, socket.socket)
            start = offsets[client]
            try:
                written = client.send(payload[start : start + 65536])
            except BlockingIOError:
                continue
            except OSError:  # the app hung up: a new connection takes its place
                selector.unregister(client)
                client.close()
                del offsets[client]
                continue
            offsets[client] = (start + written) % len(payload)
            sent += payload[start : start + written].count(b"\n")
        if not offsets:
            time.sleep(0.01)
    for client in offsets:
        client.close()
    return sent, made


def slow_connections(name: str, count: int, seconds: float) -> tuple[int, int]:
    """(connections opened, connections the app had closed) after holding `count` connections
    that never finish a request for `seconds`."""
    deadline = time.monotonic() + seconds
    held: list[socket.socket] = []
    said = False
    while len(held) < count and time.monotonic() < deadline:
        client = _connect(name)
        if client is None:
            time.sleep(0.005)
            continue
        with contextlib.suppress(OSError):
            client.send(b'{"v": 1, ')
        held.append(client)
        if not said:
            print("flooding", flush=True)
            said = True
    closed: set[socket.socket] = set()
    while time.monotonic() < deadline:
        for client in held:
            if client in closed:
                continue
            try:
                if client.recv(4096, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                    closed.add(client)
                    continue
                client.recv(4096, socket.MSG_DONTWAIT)  # a goodbye line: read it
            except BlockingIOError:
                with contextlib.suppress(OSError):
                    client.send(b" ")  # still talking, slowly
            except OSError:
                closed.add(client)
        time.sleep(0.5)
    for client in held:
        client.close()
    return len(held), len(closed)


def main(argv: list[str]) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    del soft
    kind, name = argv[0], argv[1]
    if kind == "requests":
        connections = int(argv[3]) if len(argv) > 3 else 4
        sent, made = flood_requests(name, float(argv[2]), connections)
        print(f"sent {sent} requests on {made} connections", flush=True)
    elif kind == "slow":
        opened, closed = slow_connections(name, int(argv[2]), float(argv[3]))
        print(f"opened {opened} connections, {closed} closed by the app", flush=True)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
