"""What a later start or a `companion` command can ask the running Companion, line by line.

One request is one JSON object on one line: `{"v": 1, "command": "call", "action": "start"}`.
The answer is one line too: `{"ok": true}` when it was taken, else
`{"ok": false, "error": "..."}` (a malformed line, an unknown command, another version). Most
requests are answered as soon as they are read; the settings' (`config set`, `config get`) only
once done, with what became of them: `{"ok": true, "values": {...}}`, or
`{"ok": false, "error": "...", "refused": true}` for a value the app does not accept. No Qt
here: the rules of the conversation are plain Python and tested as such.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard

VERSION = 1
MAX_LINE_BYTES = 64 * 1024  # a request is a few dozen bytes
MAX_DEPTH = 8  # a request is one flat object; JSON nested deeper is refused before it is parsed
_OPENERS = frozenset(b"[{")
_CLOSERS = frozenset(b"]}")


class BadRequest(ValueError):
    """A line that is not a request this version understands; `str()` is the reason sent back."""


@dataclass(frozen=True, slots=True)
class Activate:
    """A second start: come forward."""


@dataclass(frozen=True, slots=True)
class QuickLog:
    """`companion quick-log`: open the quick log."""


# The windows `companion open` brings forward (a desktop's own key binding can run it).
WINDOWS = ("mood-log", "trends", "settings")


@dataclass(frozen=True, slots=True)
class Open:
    """`companion open mood-log|trends|settings`: that window, with the keyboard."""

    window: str


@dataclass(frozen=True, slots=True)
class Call:
    """`companion call start|end`."""

    started: bool


@dataclass(frozen=True, slots=True)
class SetSetting:
    """`companion config set KEY VALUE`: the value as typed; the app checks, saves and applies
    it, then answers."""

    key: str
    value: str


@dataclass(frozen=True, slots=True)
class GetSettings:
    """`companion config get`: the settings in force, answered as `values`."""


Request = Activate | QuickLog | Open | Call | SetSetting | GetSettings


def answered_when_done(request: Request) -> bool:
    """Whether the answer waits until the request is done and says what became of it."""
    return isinstance(request, SetSetting | GetSettings)


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer: taken or not (with why), and what else it says (`values`, `refused`)."""

    ok: bool
    error: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)


def encode(request: Request) -> bytes:
    fields: dict[str, Any] = {"v": VERSION}
    match request:
        case Activate():
            fields["command"] = "activate"
        case QuickLog():
            fields["command"] = "quick_log"
        case Open(window=window):
            fields.update(command="open", window=window)
        case Call(started=started):
            fields.update(command="call", action="start" if started else "end")
        case SetSetting(key=key, value=value):
            fields.update(command="config_set", key=key, value=value)
        case GetSettings():
            fields["command"] = "config_get"
    return (json.dumps(fields) + "\n").encode("utf-8")


def decode(line: bytes) -> Request:
    """The request in one line (its newline included or not); BadRequest says what is wrong.
    Never raises anything else, whatever the bytes: too long, nested thousands deep, not UTF-8,
    numbers of a thousand digits."""
    if len(line) > MAX_LINE_BYTES:
        raise BadRequest("request too long")
    if _too_deep(line):
        raise BadRequest("malformed request")
    try:
        fields = json.loads(line.decode("utf-8"))
    except (UnicodeError, ValueError, RecursionError):
        raise BadRequest("malformed request") from None
    if not isinstance(fields, dict):
        raise BadRequest("malformed request")
    version = fields.get("v")
    if type(version) is not int or version != VERSION:  # not true, not 1.0
        said = f" {version!r}" if version is None or type(version) is int else ""
        said = said if len(said) <= 12 else ""  # never a long text sent back
        raise BadRequest(f"protocol version{said} not understood (this is {VERSION})")
    command = fields.get("command")
    expected: set[str] = {"v", "command"}
    request: Request
    if command == "activate":
        request = Activate()
    elif command == "quick_log":
        request = QuickLog()
    elif command == "open":
        window = fields.get("window")
        if window not in WINDOWS:
            raise BadRequest(f"open needs window {', '.join(WINDOWS)}")
        request, expected = Open(window), {"v", "command", "window"}
    elif command == "call":
        action = fields.get("action")
        if action not in ("start", "end"):
            raise BadRequest("call needs action start or end")
        request, expected = Call(started=action == "start"), {"v", "command", "action"}
    elif command == "config_set":
        key, value = fields.get("key"), fields.get("value")
        if not _text(key) or not _text(value):
            raise BadRequest("config_set needs a key and a value, both text")
        request, expected = SetSetting(key, value), {"v", "command", "key", "value"}
    elif command == "config_get":
        request = GetSettings()
    else:
        raise BadRequest("unknown command")
    if set(fields) != expected:
        raise BadRequest("unknown fields")
    return request


def _too_deep(line: bytes) -> bool:
    """Whether the JSON in `line` nests deeper than MAX_DEPTH (brackets inside strings do not
    count). Only a line with many brackets is walked: a request has one pair."""
    if sum(line.count(opener) for opener in (b"[", b"{")) <= MAX_DEPTH:
        return False
    depth = 0
    in_string = escaped = False
    for byte in line:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif byte in _CLOSERS:
            depth -= 1
    return False


def _text(value: object) -> TypeGuard[str]:
    """A string that is text (JSON's `\\ud800` is a string but no text a file can hold)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeError:
        return False
    return True


def ok_reply() -> bytes:
    return b'{"ok": true}\n'


def error_reply(reason: str) -> bytes:
    return (json.dumps({"ok": False, "error": reason}) + "\n").encode("utf-8")


def encode_reply(reply: Reply) -> bytes:
    """One line; dates and other values JSON has no type for go as their text (ISO dates)."""
    fields: dict[str, Any] = {"ok": reply.ok}
    if not reply.ok:
        fields["error"] = reply.error
    fields.update({name: value for name, value in reply.fields.items() if name not in fields})
    return (json.dumps(fields, ensure_ascii=False, default=str) + "\n").encode("utf-8")


def read_reply(answer: bytes) -> Reply | None:
    """The reply in `answer` (what came back, perhaps more than one line); None when it is not
    one."""
    try:
        reply = json.loads(answer.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeError, ValueError, RecursionError):
        return None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        return None
    error = reply.pop("error", "")
    ok = reply.pop("ok")
    return Reply(ok, error if isinstance(error, str) else str(error), reply)


def accepted(answer: bytes) -> bool:
    """Whether `answer` (what came back, perhaps more than one line) says the request was
    taken."""
    reply = read_reply(answer)
    return reply is not None and reply.ok
