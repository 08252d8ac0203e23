"""What a later start or a `companion` command can ask the running Companion, line by line.

One request is one JSON object on one line: `{"v": 1, "command": "call", "action": "start"}`.
The answer is one line too: `{"ok": true}` when it was taken, else
`{"ok": false, "error": "..."}` (a malformed line, an unknown command, another version). No Qt
here: the rules of the conversation are plain Python and tested as such.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

VERSION = 1
MAX_LINE_BYTES = 64 * 1024  # a request is a few dozen bytes


class BadRequest(ValueError):
    """A line that is not a request this version understands; `str()` is the reason sent back."""


@dataclass(frozen=True, slots=True)
class Activate:
    """A second start: come forward."""


@dataclass(frozen=True, slots=True)
class QuickLog:
    """`companion quick-log`: open the quick log."""


@dataclass(frozen=True, slots=True)
class Call:
    """`companion call start|end`."""

    started: bool


Request = Activate | QuickLog | Call


def encode(request: Request) -> bytes:
    fields: dict[str, Any] = {"v": VERSION}
    match request:
        case Activate():
            fields["command"] = "activate"
        case QuickLog():
            fields["command"] = "quick_log"
        case Call(started=started):
            fields.update(command="call", action="start" if started else "end")
    return (json.dumps(fields) + "\n").encode("utf-8")


def decode(line: bytes) -> Request:
    """The request in one line (its newline included or not); BadRequest says what is wrong."""
    if len(line) > MAX_LINE_BYTES:
        raise BadRequest("request too long")
    try:
        fields = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("malformed request") from None
    if not isinstance(fields, dict):
        raise BadRequest("malformed request")
    version = fields.get("v")
    if version != VERSION:
        raise BadRequest(f"protocol version {version!r} not understood (this is {VERSION})")
    command = fields.get("command")
    expected: set[str] = {"v", "command"}
    request: Request
    if command == "activate":
        request = Activate()
    elif command == "quick_log":
        request = QuickLog()
    elif command == "call":
        action = fields.get("action")
        if action not in ("start", "end"):
            raise BadRequest("call needs action start or end")
        request, expected = Call(started=action == "start"), {"v", "command", "action"}
    else:
        raise BadRequest("unknown command")
    if set(fields) != expected:
        raise BadRequest("unknown fields")
    return request


def ok_reply() -> bytes:
    return b'{"ok": true}\n'


def error_reply(reason: str) -> bytes:
    return (json.dumps({"ok": False, "error": reason}) + "\n").encode("utf-8")


def accepted(answer: bytes) -> bool:
    """Whether `answer` (what came back, perhaps more than one line) says the request was
    taken."""
    try:
        reply = json.loads(answer.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(reply, dict) and reply.get("ok") is True
