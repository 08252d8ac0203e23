"""The fast check of mood entries and breaks keeps exactly what the full check keeps (issue 29).

An import checks most records with `quick_mood` / `quick_break` and falls back to the full
check for anything unusual. Whatever a record holds, the fast check either gives the very row
the full check gives, or steps aside (None): it never keeps a record the full check refuses,
nor keeps one differently.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.storage.import_scratch import _row
from companion.storage.quick_rows import quick_break, quick_mood
from companion.storage.transfer_checks import (
    BREAK_KEYS,
    MOOD_KEYS,
    Fields,
    InvalidImport,
    check_break,
    check_mood,
)

MOOD: dict[str, Any] = {
    "id": "9d520a2c-0873-4a21-b985-732a7b99a126",
    "at": "2026-11-16T14:28:22.440047+00:00",
    "stress": 7,
    "emotions": ["wronged", "angry"],
    "category": "refund",
    "note": "说我们从不发货\n第二行",
    "created_at": "2026-11-16T14:30:00+00:00",
    "updated_at": "2027-11-16T14:30:00+00:00",
}
BREAK: dict[str, Any] = {
    "id": "1b7f8f4e-1d57-4b0c-9d3c-2f1e5a6b7c8d",
    "kind": "micro",
    "due": "2026-11-16T09:25:00+00:00",
    "shown": "2026-11-16T09:24:30.000001+00:00",
    "outcome": "cut_short",
    "postponed": 1,
    "seconds": 40,
    "created_at": "2026-11-16T09:26:00+00:00",
}
ODD: list[Any] = [
    None,
    True,
    False,
    -1,
    0,
    3,
    11,
    2**31,
    2.5,
    "",
    "  ",
    "\t\n",
    "x" * 2000,
    "x" * 2001,
    "a\x00b",
    "a\x85b",
    "\u200b",
    "9D520A2C-0873-4A21-B985-732A7B99A126",
    "{9d520a2c-0873-4a21-b985-732a7b99a126}",
    "9d520a2c08734a21b985732a7b99a126",
    "2026-11-16T14:28:22+08:00",
    "2026-11-16T14:28:22Z",
    "2026-02-30T14:28:22+00:00",
    "2026-11-16T24:00:00+00:00",
    "2000-01-01T00:00:00+00:00",
    "1999-12-31T23:59:59.999999+00:00",
    "1970-01-01T00:00:00+00:00",
    "1969-12-31T23:59:59+00:00",
    "9998-12-31T23:59:59+00:00",
    "9999-01-01T00:00:00+00:00",
    "2026-11-16T14:28:22.5+00:00",
    "2026-11-16 14:28:22+00:00",
    "micro",
    "long",
    "skipped",
    "napped",
    "calm",
    "abusive",
    [],
    ["calm"],
    ["angry", "angry"],
    ["sad", "calm"],
    ["furious"],
    [3],
    {},
]
ODD_VALUES = st.one_of(st.sampled_from(ODD), st.text(max_size=8), st.integers())


def slow(kind: str, record: object) -> tuple[str, dict[str, Any]] | None:
    keys, check = (MOOD_KEYS, check_mood) if kind == "mood_entries" else (BREAK_KEYS, check_break)
    try:
        checked = check(Fields(record, "x[0]", keys))
    except InvalidImport:
        return None
    return _row(kind, checked)


def changed(base: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    record = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from([*record, "colour"]))
        if draw(st.booleans()) and key in record:
            del record[key]
        else:
            record[key] = draw(ODD_VALUES)
    return record


@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_a_fast_mood_entry_is_the_full_checks_own(data):
    record = changed(MOOD, data.draw) if data.draw(st.booleans()) else copy.deepcopy(MOOD)
    fast, full = quick_mood(record), slow("mood_entries", record)
    if fast is not None:
        assert full is not None, record
        latest, row, emotions = fast
        assert (latest, row) == full and emotions == record["emotions"]


@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_a_fast_break_is_the_full_checks_own(data):
    record = changed(BREAK, data.draw) if data.draw(st.booleans()) else copy.deepcopy(BREAK)
    fast, full = quick_break(record), slow("breaks", record)
    if fast is not None:
        assert full is not None, record
        assert fast == full


def test_the_records_the_app_writes_take_the_fast_way():
    assert quick_mood(copy.deepcopy(MOOD)) is not None
    assert quick_break(copy.deepcopy(BREAK)) is not None
    assert quick_mood(dict(MOOD, note=None, category=None, emotions=[])) is not None
    assert quick_break(dict(BREAK, shown=None)) is not None


def test_every_odd_value_in_every_place():
    """Each key of a mood entry and a break set to each odd value (or left out, or joined by
    one more): the fast check keeps what the full check keeps, and in the same way."""
    for kind, base, quick in (("mood_entries", MOOD, quick_mood), ("breaks", BREAK, quick_break)):
        cases = [{**base, "colour": "blue"}]
        cases += [{k: v for k, v in base.items() if k != key} for key in base]
        cases += [{**base, key: value} for key in base for value in ODD]
        fast_ones = 0
        for record in cases:
            fast, full = quick(copy.deepcopy(record)), slow(kind, copy.deepcopy(record))
            if fast is not None:
                assert full is not None, record
                assert fast[:2] == full, record
                fast_ones += 1
        assert fast_ones > 20, kind  # the test reaches the fast way, not only the slow one
