"""The streamed JSON of exports and imports (issue 29): written as `json.dumps` writes it, read
as `json.loads` reads it, a piece at a time.

The reader walks the top-level object itself and hands each record to the standard library's
scanner, so these tests hold it to `json.loads` on every way a file can be cut short or
damaged, with pieces so small that every record straddles two of them.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from companion.storage.json_stream import JsonFile, Stream, dumps, write_list, write_object
from companion.storage.transfer import InvalidImport

DOCUMENT: dict[str, Any] = {
    "format": "companion-export",
    "version": 3,
    "created_at": "2026-11-23T09:00:00+00:00",
    "mood_entries": [
        {
            "id": "9d520a2c-0873-4a21-b985-732a7b99a126",
            "stress": 7,
            "emotions": ["wronged", "angry"],
            "note": '说我们"从不"发货\n\t第二行 \\ 📦 \u2028',
            "extra": {},
            "nothing": None,
            "yes": True,
            "distress": 6.5,
            "big": 12345678901234567890,
            "tiny": 1e-300,
        },
        {"id": "b", "emotions": [], "nested": {"a": [1, [2, {"b": []}]]}},
    ],
    "thought_records": [],
    "settings": {"shift.days_off": ["2026-10-01"], "language": "zh_CN"},
}


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def walk(path: Path, piece: int) -> Any:
    """The document rebuilt from the reader's walk: lists item by item, other values whole."""
    with JsonFile(path, piece=piece) as reader:
        if not reader.open_object():
            value = reader.value()
            reader.end()
            return value
        found: dict[str, Any] = {}
        for key in reader.each_key():
            found[key] = list(reader.items()) if reader.is_list() else reader.value()
        reader.end()
        return found


def loads_message(raw: bytes) -> str | None:
    """What the import said of a file before issue 29 (`json.loads` of it whole), or None."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return f"line {line}: not UTF-8 text"
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"
    except RecursionError:
        return "the JSON is nested too deeply to be an export"
    return None


def stream_message(path: Path, piece: int) -> str | None:
    try:
        walk(path, piece)
    except InvalidImport as error:
        return str(error)
    return None


def test_the_writer_writes_what_json_dumps_writes():
    out = io.StringIO()
    write_object(
        out,
        [
            (key, Stream(iter(value)) if isinstance(value, list) else value)
            for key, value in DOCUMENT.items()
        ],
    )
    assert out.getvalue() == canonical(DOCUMENT)
    listed = io.StringIO()
    write_list(listed, iter(DOCUMENT["mood_entries"]))
    assert listed.getvalue() + "\n" == canonical(DOCUMENT["mood_entries"])
    for value in ([], {}, "x", None, 0, [[]], {"a": {}}):
        assert dumps(value) + "\n" == canonical(value)
    empty = io.StringIO()
    write_object(empty, [])
    assert empty.getvalue() == "{}\n"


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64, 1 << 20])
def test_the_reader_reads_what_json_loads_reads_whatever_the_pieces(tmp_path, piece):
    path = tmp_path / "export.json"
    for text in (canonical(DOCUMENT), json.dumps(DOCUMENT), "\ufeff" + canonical(DOCUMENT)):
        path.write_bytes(text.encode("utf-8"))
        assert walk(path, piece) == DOCUMENT


def _damaged(raw: bytes, rng: random.Random) -> bytes:
    way = rng.choice(["cut", "flip", "drop", "insert"])
    at = rng.randrange(len(raw))
    if way == "cut":
        return raw[:at]
    if way == "drop":
        return raw[:at] + raw[at + 1 :]
    if way == "insert":
        return raw[:at] + bytes([rng.choice(b'{}[],:" \n0e-.tfn\\\xff\xe4')]) + raw[at:]
    data = bytearray(raw)
    data[at] = rng.randrange(256)
    return bytes(data)


@pytest.mark.parametrize("piece", [3, 11, 1 << 20])
def test_a_damaged_file_is_refused_with_the_words_json_loads_would_use(tmp_path, piece):
    """Every way to cut the file short, and a thousand random changes: refused exactly when
    `json.loads` refuses, naming the same line, column and mistake."""
    raw = canonical(DOCUMENT).encode("utf-8")
    rng = random.Random(piece)
    cases = [raw[:cut] for cut in range(len(raw))]
    cases += [_damaged(raw, rng) for _ in range(1000)]
    cases += [b"", b"   ", b"[1, 2]", b'"text"', b"{}", b"{} x", b'{"a": 1,}', b"[" * 5000]
    path = tmp_path / "damaged.json"
    refused = 0
    for case in cases:
        path.write_bytes(case)
        expected = loads_message(case)
        said = stream_message(path, piece)
        if expected is None and said is not None:
            # JSON, but a value the walk reads whole is not where a record would be: only
            # the (foreign) top-level value can be that, and it was read
            raise AssertionError(f"{case!r}: {said}")
        assert said == expected, case
        refused += expected is not None
    assert refused > 500


def test_a_number_cut_by_a_piece_is_read_whole(tmp_path):
    """`1.5e3` split after `1.5e` must not read as 1.5 (the scanner stops where it can)."""
    path = tmp_path / "numbers.json"
    document = {"a": [1.5e30, 12345, -0.25, 1e-7, 100000000000000000000]}
    text = json.dumps(document)
    path.write_text(text, encoding="utf-8")
    for piece in range(1, len(text) + 1):
        assert walk(path, piece) == document


def test_a_value_longer_than_the_bound_is_named_not_read(tmp_path):
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"a": ["x" * 500, "y" * 50]}), encoding="utf-8")
    with JsonFile(path, piece=64, max_value=100) as reader:
        assert reader.open_object()
        key = next(reader.each_key())
        with pytest.raises(InvalidImport, match=r"line 1, column 8: a value longer than 100"):
            list(reader.items())
    assert key == "a"
