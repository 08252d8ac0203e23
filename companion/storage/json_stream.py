"""One JSON document written and read a record at a time, so that memory does not grow with it.

Writing: `write_object` writes a top-level object whose lists may be iterators (`Stream`), each
record formatted as `json.dumps(..., ensure_ascii=False, indent=2)` formats it in place, so the
file is byte for byte what `json.dumps` of the whole document would write.

Reading: the standard library has no streaming JSON parser, and the ones on PyPI are either
bindings to a C library or slower than the standard one. `JsonFile` reads the text a piece
(1 MiB) at a time and walks the top-level object itself (its keys, the commas and colons, the
items of a list); every key and every item is decoded whole by `json.JSONDecoder.raw_decode`,
the standard library's own scanner, in C. So a record is read exactly as `json.loads` would
read it, a mistake is named by the same line, column and words, and at most one piece and one
value are held at a time. No value may be longer than `MAX_VALUE_CHARS` (ten times the
longest record Companion writes). `JsonDocument` walks a document already in memory the same
way, for callers and tests that hold one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from companion.storage.transfer_checks import InvalidImport

_encode_text = json.encoder.encode_basestring  # ensure_ascii=False, as json.dumps; in C
_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_BOM = b"\xef\xbb\xbf"
PIECE = 1 << 20  # bytes read at a time
TAIL = 32  # a value ending this close to the end of what was read may go on: read more first
# The longest record Companion writes, an exercise with all its texts at their limits, is under
# 100,000 characters in JSON; a settings object is smaller still.
MAX_VALUE_CHARS = 1_000_000


# -- writing -----------------------------------------------------------------------------------


class Stream:
    """The items of a list value, given one at a time (and written as they come)."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def _false_or_true(value: bool) -> str:
    return "true" if value else "false"


def _null(_value: None) -> str:
    return "null"


# How json.dumps writes each kind of single value (a bool is not written as an int).
_SINGLE: dict[type, Any] = {
    str: _encode_text,
    int: int.__repr__,
    float: float.__repr__,
    bool: _false_or_true,
    type(None): _null,
}


def dumps(value: Any, level: int = 0) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` as it appears `level` deep in a
    document (its inner lines indented by so much more)."""
    single = _SINGLE.get(type(value))
    if single is not None:
        return single(value)  # type: ignore[no-any-return]
    inner = "\n" + "  " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            single = _SINGLE.get(type(item))
            text = single(item) if single is not None else dumps(item, level + 1)
            parts.append(f"{_encode_text(str(key))}: {text}")
        return "{" + inner + ("," + inner).join(parts) + "\n" + "  " * level + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        parts = [dumps(item, level + 1) for item in value]
        return "[" + inner + ("," + inner).join(parts) + "\n" + "  " * level + "]"
    raise TypeError(f"{type(value).__name__} is not JSON")


def write_list(out: IO[str], items: Iterable[Any], level: int = 0) -> None:
    """A list `level` deep, its items written as they come."""
    inner = "\n" + "  " * (level + 1)
    wrote = False
    for item in items:
        out.write(("," if wrote else "[") + inner + dumps(item, level + 1))
        wrote = True
    out.write("\n" + "  " * level + "]" if wrote else "[]")


def write_object(out: IO[str], items: Iterable[tuple[str, Any]]) -> None:
    """A top-level object and a line end; a `Stream` value is written as a list, item by item."""
    wrote = False
    for key, value in items:
        out.write(("," if wrote else "{") + "\n  " + _encode_text(key) + ": ")
        if isinstance(value, Stream):
            write_list(out, value.items, 1)
        else:
            out.write(dumps(value, 1))
        wrote = True
    out.write("\n}\n" if wrote else "{}\n")


# -- reading -----------------------------------------------------------------------------------


class JsonFile:
    """A JSON document in a file, whose top-level object is read key by key and whose lists
    item by item. Raises InvalidImport ("not_json") naming the line and column at fault, as
    `json.loads` names them; "unreadable" when the file cannot be read."""

    def __init__(self, path: Path, piece: int = PIECE, max_value: int = MAX_VALUE_CHARS) -> None:
        self.path = path
        self._piece = piece
        self._max = max_value
        try:
            self._handle = path.open("rb")
        except OSError as error:
            raise _unreadable(error) from None
        self._pending = b""  # the start of a character cut at the end of a piece
        self._bytes_lines = 0  # line ends in the bytes decoded so far (for a UTF-8 error)
        self._first = True
        self._eof = False
        self._text = ""
        self._pos = 0
        self._lines_before = 0  # line ends in the text already let go of
        self._column_before = 0  # characters after the last of them
        self._value: Any = None

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> JsonFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the text, a piece at a time -----------------------------------------------------

    def _read(self) -> bool:
        """Add the next piece of text; False at the end of the file."""
        if self._eof:
            return False
        try:
            data = self._handle.read(self._piece)
        except OSError as error:
            raise _unreadable(error) from None
        if not data:
            self._eof = True
            if self._pending:  # a character cut short by the end of the file
                raise InvalidImport(f"line {self._bytes_lines + 1}: not UTF-8 text", "not_json")
            return False
        data = self._pending + data
        if self._first:
            if len(data) < len(_BOM) and _BOM.startswith(data):  # perhaps a byte-order mark
                self._pending = data
                return True
            self._first = False
            data = data.removeprefix(_BOM)
        try:
            text = data.decode("utf-8")
            self._pending = b""
        except UnicodeDecodeError as error:
            if error.reason != "unexpected end of data" or error.end != len(data):
                line = self._bytes_lines + data[: error.start].count(b"\n") + 1
                raise InvalidImport(f"line {line}: not UTF-8 text", "not_json") from None
            text = data[: error.start].decode("utf-8")
            self._pending = data[error.start :]
        self._bytes_lines += text.count("\n")
        if self._pos:  # let go of what was read
            done = self._pos
            last = self._text.rfind("\n", 0, done)
            if last >= 0:
                self._lines_before += self._text.count("\n", 0, done)
                self._column_before = done - last - 1
            else:
                self._column_before += done
            self._text = self._text[done:]
            self._pos = 0
        self._text += text
        return True

    def _where(self, index: int) -> str:
        last = self._text.rfind("\n", 0, index)
        line = self._lines_before + self._text.count("\n", 0, index) + 1
        column = index - last if last >= 0 else self._column_before + index + 1
        return f"line {line}, column {column}"

    def _syntax(self, index: int, message: str) -> InvalidImport:
        return InvalidImport(f"{self._where(index)}: not valid JSON ({message})", "not_json")

    def _skip_space(self) -> None:
        while True:
            self._pos = _WHITESPACE.match(self._text, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._text) or not self._read():
                return

    def _peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        self._skip_space()
        return self._text[self._pos : self._pos + 1]

    def _decode(self) -> Any:
        """The value at the reading position, decoded whole."""
        self._skip_space()
        while True:
            text, start = self._text, self._pos
            try:
                value, end = _DECODER.raw_decode(text, start)
            except json.JSONDecodeError as error:
                may_go_on = error.pos >= len(text) - TAIL or error.msg.startswith("Unterminated")
                if self._eof or not may_go_on:
                    raise self._syntax(error.pos, error.msg) from None
                self._more(start)
                continue
            except RecursionError:
                raise InvalidImport(
                    "the JSON is nested too deeply to be an export", "foreign"
                ) from None
            except ValueError:  # an integer of more digits than Python converts
                raise self._syntax(start, "a number too long to read") from None
            if end > len(text) - TAIL and not self._eof:  # a number may go on, say
                self._more(start)
                continue
            if end - start > self._max:
                raise self._too_long(start)
            self._pos = end
            return value

    def _too_long(self, start: int) -> InvalidImport:
        return InvalidImport(
            f"{self._where(start)}: a value longer than {self._max:,} characters; "
            "nothing Companion writes is so long"
        )

    def _more(self, start: int) -> None:
        if len(self._text) - start > self._max:
            raise self._too_long(start)
        self._read()

    # -- the walk ---------------------------------------------------------------------------

    def open_object(self) -> bool:
        """Enter the top-level object; False when the document is not one (then `value()`
        reads the whole of it)."""
        if self._peek() != "{":
            return False
        self._pos += 1
        return True

    def each_key(self) -> Iterator[str]:
        """The keys of the object just entered; read each one's value (`value`, `items` or
        `skip`) before asking for the next."""
        following = self._peek()
        if following == "}":
            self._pos += 1
            return
        while True:
            if following != '"':
                raise self._syntax(self._pos, "Expecting property name enclosed in double quotes")
            key = self._decode()
            if self._peek() != ":":
                raise self._syntax(self._pos, "Expecting ':' delimiter")
            self._pos += 1
            yield key
            following = self._peek()
            if following == "}":
                self._pos += 1
                return
            if following != ",":
                raise self._syntax(self._pos, "Expecting ',' delimiter")
            self._pos += 1
            following = self._peek()

    def is_list(self) -> bool:
        """Whether the value to read next is a list."""
        return self._peek() == "["

    def items(self) -> Iterator[Any]:
        """The items of the list to read next, each decoded whole."""
        if self._peek() != "[":
            raise self._syntax(self._pos, "Expecting '['")
        self._pos += 1
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            yield self._decode()
            following = self._peek()
            if following == "]":
                self._pos += 1
                return
            if following != ",":
                raise self._syntax(self._pos, "Expecting ',' delimiter")
            self._pos += 1

    def value(self) -> Any:
        """The value to read next, whole."""
        return self._decode()

    def skip(self) -> None:
        """Read past the value to read next, holding no more than one item of it."""
        following = self._peek()
        if following == "[":
            for _item in self.items():
                pass
        elif following == "{":
            self._pos += 1
            for _key in self.each_key():
                self.skip()
        else:
            self._decode()

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self._peek():
            raise self._syntax(self._pos, "Extra data")

    def reopened(self) -> JsonFile:
        """The same file from its start, for a look ahead."""
        return JsonFile(self.path, self._piece, self._max)


class JsonDocument:
    """A document already in memory, walked as `JsonFile` walks a file."""

    def __init__(self, document: object) -> None:
        self._document = document
        self._current: Any = document

    def close(self) -> None:
        pass

    def __enter__(self) -> JsonDocument:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass

    def open_object(self) -> bool:
        return isinstance(self._document, dict)

    def each_key(self) -> Iterator[str]:
        assert isinstance(self._document, dict)
        for key, value in self._document.items():
            self._current = value
            yield key

    def is_list(self) -> bool:
        return isinstance(self._current, list)

    def items(self) -> Iterator[Any]:
        yield from self._current

    def value(self) -> Any:
        return self._current

    def skip(self) -> None:
        pass

    def end(self) -> None:
        pass

    def reopened(self) -> JsonDocument:
        return JsonDocument(self._document)


def _unreadable(error: OSError) -> InvalidImport:
    return InvalidImport(f"cannot be read ({error.strerror or error})", "unreadable")


__all__ = [
    "MAX_VALUE_CHARS",
    "JsonDocument",
    "JsonFile",
    "Stream",
    "dumps",
    "write_list",
    "write_object",
]
