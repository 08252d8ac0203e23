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
    GetSettings,
    QuickLog,
    Reply,
    SetSetting,
    accepted,
    answered_when_done,
    decode,
    encode,
    encode_reply,
    error_reply,
    ok_reply,
    read_reply,
)


@pytest.mark.parametrize(
    "request_",
    [
        Activate(),
        QuickLog(),
        Call(True),
        Call(False),
        SetSetting("shift.hours", "9:00-12:00, 13:00-18:00"),
        SetSetting("help.contacts", '[{ name = "组长", how = "分机 8001" }]'),
        GetSettings(),
    ],
)
def test_every_request_goes_there_and_back(request_):
    line = encode(request_)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["v"] == VERSION
    assert decode(line) == request_


CONFIG_SET = "config_set needs a key and a value, both text"
UNKNOWN = "unknown fields"
MALFORMED = "malformed request"
VERSION_NOT_UNDERSTOOD = "protocol version not understood (this is 1)"


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
        (b'{"v": 1, "command": "config_set", "key": "language"}\n', CONFIG_SET),
        (b'{"v": 1, "command": "config_set", "key": 1, "value": "en"}\n', CONFIG_SET),
        (b'{"v": 1, "command": "config_set", "key": "a", "value": "", "x": 1}\n', UNKNOWN),
        (b'{"v": 1, "command": "config_get", "key": "language"}\n', "unknown fields"),
        (b"x" * (MAX_LINE_BYTES + 1), "request too long"),
        # Issue 29: whatever the line, a reason, never an exception out of the socket's slot
        (b"[" * 50_000 + b"\n", "malformed request"),
        (b'{"a": ' * 10_000 + b"\n", "malformed request"),
        (
            b'{"v": 1, "command": "activate", "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}\n",
            MALFORMED,
        ),
        (b'{"v": ' + b"1" * 5_000 + b"}\n", "malformed request"),  # past int()'s digit limit
        (b'{"v": "' + b"x" * 5_000 + b'", "command": "activate"}\n', VERSION_NOT_UNDERSTOOD),
        (b'{"v": true, "command": "activate"}\n', VERSION_NOT_UNDERSTOOD),
        (b'{"v": 1.0, "command": "activate"}\n', VERSION_NOT_UNDERSTOOD),
        (
            b'{"v": 1, "command": "config_set", "key": "team.name", "value": "\\ud800"}\n',
            CONFIG_SET,
        ),
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


@given(
    st.integers(min_value=0, max_value=40) | st.integers(min_value=900, max_value=60_000),
    st.sampled_from([b"[", b'{"a": ', b'{"v": 1, "command": "activate", "x": [']),
    st.binary(max_size=20),
)
def test_json_nested_however_deep_is_a_bad_request(depth, opener, tail):
    with pytest.raises(BadRequest):
        decode(opener * depth + tail + b"\n")


def test_brackets_inside_a_value_are_text_not_nesting():
    value = "[[[[[[[[[[{{{{{{{{{{ 分机 8001"
    line = encode(SetSetting("team.name", value))
    assert decode(line) == SetSetting("team.name", value)


def test_only_an_ok_answer_counts():
    assert accepted(ok_reply())
    assert accepted(ok_reply() + b"more")
    assert not accepted(error_reply("unknown command"))
    assert not accepted(b"")
    assert not accepted(b'{"ok": "yes"}\n')
    assert json.loads(error_reply("unknown command")) == {"ok": False, "error": "unknown command"}


def test_the_settings_requests_are_answered_once_done_and_the_rest_at_once():
    assert answered_when_done(SetSetting("language", "en"))
    assert answered_when_done(GetSettings())
    assert not any(answered_when_done(r) for r in (Activate(), QuickLog(), Call(True)))


def test_a_reply_goes_there_and_back_with_what_it_says():
    from datetime import date

    values = {"shift.days_off": [date(2026, 10, 1)], "language": "zh_CN"}
    line = encode_reply(Reply(True, fields={"values": values}))
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert read_reply(line) == Reply(
        True, fields={"values": {"shift.days_off": ["2026-10-01"], "language": "zh_CN"}}
    )
    refused = encode_reply(Reply(False, "breaks.micro_seconds must be …", {"refused": True}))
    assert read_reply(refused) == Reply(False, "breaks.micro_seconds must be …", {"refused": True})
    assert accepted(line) and not accepted(refused)
    assert read_reply(ok_reply()) == Reply(True)
    assert read_reply(b'{"ok": "yes"}\n') is None and read_reply(b"") is None
    assert read_reply(b"[" * 50_000 + b"\n") is None  # a client never fails on what it hears
