"""The store's row for a mood entry or a break exactly as Companion writes one, checked fast.

An import of years holds hundreds of thousands of mood entries and breaks, nearly all of them
as this app wrote them: ids in lower case, times in UTC (`…+00:00`), known codes. For those,
`quick_mood` and `quick_break` check every value against the same rules as
companion.storage.transfer_checks (and the domain rules behind it) straight on the decoded JSON
and return the row the scratch file keeps, with the latest of its times. Anything else (an
odd spelling, a value out of bounds, a note of only blanks) returns None, and the record goes
through the full check, which keeps it the same way or names its fault. tests/storage/
test_quick_rows.py holds both ways to the same rows.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from companion.domain.breaks import KINDS, OUTCOMES
from companion.domain.mood import CATEGORIES, EMOTIONS, NOTE_MAX_CHARS, STRESS_MAX, STRESS_MIN
from companion.domain.mood import first_forbidden_character as _forbidden
from companion.storage.transfer_checks import BREAK_KEYS, LARGEST, MOOD_KEYS

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UTC_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d{6})?\+00:00")
_MOOD_KEYS = frozenset(MOOD_KEYS)
_BREAK_KEYS = frozenset(BREAK_KEYS)
_EMOTIONS = frozenset(EMOTIONS)
_CATEGORIES = frozenset(CATEGORIES)
_KINDS = frozenset(KINDS)
_OUTCOMES = frozenset(OUTCOMES)
EARLIEST_ENTRY_TEXT = "2000-01-01"  # transfer_checks: a mood entry's own time, and…
EARLIEST_CLOCK_TEXT = "1970-01-01"  # … any other time
LAST_KEEPABLE_TEXT = "9999-01-01"

Row = dict[str, Any]


def _time(value: object, earliest: str = EARLIEST_CLOCK_TEXT) -> str | None:
    """A time in UTC as the store keeps it (connection.utc_text), or None."""
    if type(value) is not str:
        return None
    found = _UTC_TIME.fullmatch(value)
    if found is None:
        return None
    try:
        datetime.fromisoformat(value)  # a real day and time (not the 31st of April)
    except ValueError:
        return None
    day, clock, fraction = found.groups()
    stored = f"{day} {clock}{fraction or '.000000'}"
    if not earliest <= stored < LAST_KEEPABLE_TEXT:
        return None
    return stored


def _count(value: object) -> bool:
    return type(value) is int and 0 <= value <= LARGEST


def quick_mood(item: object) -> tuple[str, Row, list[str]] | None:
    """(latest time, row, emotions in their order) for a mood entry as the app writes it."""
    if type(item) is not dict or item.keys() != _MOOD_KEYS:
        return None
    ident, stress, emotions = item["id"], item["stress"], item["emotions"]
    category, note = item["category"], item["note"]
    if type(ident) is not str or _UUID.fullmatch(ident) is None:
        return None
    if type(stress) is not int or not STRESS_MIN <= stress <= STRESS_MAX:
        return None
    if type(emotions) is not list or len(set(emotions)) != len(emotions):
        return None
    if not all(type(code) is str and code in _EMOTIONS for code in emotions):
        return None
    if category is not None and (type(category) is not str or category not in _CATEGORIES):
        return None
    if note is not None and (
        type(note) is not str
        or len(note) > NOTE_MAX_CHARS
        or not note.strip()
        or _forbidden(note) is not None
    ):
        return None
    at = _time(item["at"], EARLIEST_ENTRY_TEXT)
    created, updated = _time(item["created_at"]), _time(item["updated_at"])
    if at is None or created is None or updated is None:
        return None
    row = {
        "id": ident,
        "at": at,
        "stress": stress,
        "category": category,
        "note": note,
        "created_at": created,
        "updated_at": updated,
    }
    return max(at, created, updated), row, emotions


def quick_break(item: object) -> tuple[str, Row] | None:
    """(latest time, row) for a break as the app writes it."""
    if type(item) is not dict or item.keys() != _BREAK_KEYS:
        return None
    ident, kind, outcome = item["id"], item["kind"], item["outcome"]
    if type(ident) is not str or _UUID.fullmatch(ident) is None:
        return None
    if type(kind) is not str or kind not in _KINDS:
        return None
    if type(outcome) is not str or outcome not in _OUTCOMES:
        return None
    if not _count(item["postponed"]) or not _count(item["seconds"]):
        return None
    due, created = _time(item["due"]), _time(item["created_at"])
    shown = None if item["shown"] is None else _time(item["shown"])
    if due is None or created is None or (shown is None and item["shown"] is not None):
        return None
    row = {
        "id": ident,
        "kind": kind,
        "due": due,
        "shown": shown,
        "outcome": outcome,
        "postponed": item["postponed"],
        "seconds": item["seconds"],
        "created_at": created,
    }
    return max(due, shown or "", created), row
