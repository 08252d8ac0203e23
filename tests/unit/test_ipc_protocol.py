"""The request protocol between a `companion` command and the running app (no Qt)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.ipc.protocol import (
    MAX_LINE_BYTES,
    VERSION,
    Activate,
    BadRequest,
    Call,
    QuickLog,
    accepted,
    decode,
    encode,
    error_reply,
    ok_reply,
)


@pytest.mark.parametrize("request_", [Activate(), QuickLog(), Call(True), Call(False)])
def test_every_request_goes_there_and_back(request_):
    line = encode(request_)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["v"] == VERSION
    assert decode(line) == request_


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"not json\n", "malformed request"),
        (b"[1, 2]\n", "malformed request"),
        (b"\xff\xfe\n", "malformed request"),
        (b'{"command": "activate"}\n', "protocol version None not understood (this is 1)"),
        (b'{"v": 2, "command": "activate"}\n', "protocol version 2 not understood (this is 1)"),
        (b'{"v": 1, "command": "shutdown"}\n', "unknown command"),
        (b'{"v": 1, "command": "call"}\n', "call needs action start or end"),
        (b'{"v": 1, "command": "call", "action": "maybe"}\n', "call needs action start or end"),
        (b'{"v": 1, "command": "activate", "extra": 1}\n', "unknown fields"),
        (b"x" * (MAX_LINE_BYTES + 1), "request too long"),
    ],
)
def test_what_is_not_a_request_is_refused_with_its_reason(line, reason):
    with pytest.raises(BadRequest) as caught:
        decode(line)
    assert str(caught.value) == reason


@given(st.binary(max_size=200))
def test_any_bytes_are_a_request_or_a_bad_request(line):
    try:
        request = decode(line)
    except BadRequest as refused:
        assert str(refused)  # a reason to send back
    else:
        assert decode(encode(request)) == request


def test_only_an_ok_answer_counts():
    assert accepted(ok_reply())
    assert accepted(ok_reply() + b"more")
    assert not accepted(error_reply("unknown command"))
    assert not accepted(b"")
    assert not accepted(b'{"ok": "yes"}\n')
    assert json.loads(error_reply("unknown command")) == {"ok": False, "error": "unknown command"}
