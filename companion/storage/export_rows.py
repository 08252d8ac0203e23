"""Every record of the store as an export holds it, read a row at a time (plain sqlite3).

Each function runs one query and yields one record after another, oldest first, as the JSON
export writes them (`id`, times as ISO 8601 in UTC with the offset, lists as lists): an export,
its CSV files and `companion list` hold one record at a time, however long the history. Call
them inside one read transaction (`Store.snapshot`), so that every kind comes from the same
moment of the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from companion.domain.checkin import score_who5
from companion.domain.goals import GOALS
from companion.domain.thoughts import EmotionRating, ExerciseUse, ThoughtRecord
from companion.storage.columns import (
    EXERCISE_COLUMNS,
    EXERCISE_TIMES,
    THOUGHT_COLUMNS,
    THOUGHT_TIMES,
)
from companion.storage.connection import from_utc_text, optional_from_utc_text, utc_text
from companion.storage.record_values import (
    exercise_from_values,
    thought_from_values,
)

Record = dict[str, Any]


def iso_text(stored: str) -> str:
    """A time as the store keeps it (naive UTC text) as the export writes it: what
    `isoformat()` of the time in UTC gives, without making the datetime (a million times in
    an export of years)."""
    if len(stored) == 26 and stored[10] == " " and stored[19] == ".":
        if stored.endswith(".000000"):
            return f"{stored[:10]}T{stored[11:19]}+00:00"
        return f"{stored[:10]}T{stored[11:]}+00:00"
    return from_utc_text(stored).isoformat()


def _optional_iso_text(stored: str | None) -> str | None:
    return None if stored is None else iso_text(stored)


def _rows(connection: sqlite3.Connection, query: str, *params: object) -> Iterator[tuple[Any, ...]]:
    cursor = connection.execute(query, params)
    try:
        yield from cursor
    finally:
        cursor.close()


def mood_rows(
    connection: sqlite3.Connection, since: datetime | None = None, until: datetime | None = None
) -> Iterator[tuple[str, str, int, str | None, str | None, str, str, list[str]]]:
    """Mood entries oldest first (by time, then id), as stored: id, at, stress, category, note,
    created_at, updated_at (times as stored) and the emotions in their order. `since`
    inclusive, `until` exclusive."""
    where, params = [], []
    if since is not None:
        where.append("e.at >= ?")
        params.append(utc_text(since))
    if until is not None:
        where.append("e.at < ?")
        params.append(utc_text(until))
    bounds = "WHERE " + " AND ".join(where) + " " if where else ""
    entries = _rows(
        connection,
        "SELECT e.id, e.at, e.stress, e.category, e.note, e.created_at, e.updated_at "
        f"FROM mood_entry AS e {bounds}ORDER BY e.at, e.id",
        *params,
    )
    # The emotions in the same order beside them (a join would repeat each note per emotion).
    emotions = _rows(
        connection,
        "SELECT m.entry_id, m.emotion FROM mood_entry AS e "
        f"JOIN mood_emotion AS m ON m.entry_id = e.id {bounds}ORDER BY e.at, e.id, m.position",
        *params,
    )
    pending = next(emotions, None)
    for entry in entries:
        chosen = []
        while pending is not None and pending[0] == entry[0]:
            chosen.append(pending[1])
            pending = next(emotions, None)
        yield (*entry, chosen)


def moods(connection: sqlite3.Connection) -> Iterator[Record]:
    for key, at, stress, category, note, created, updated, emotions in mood_rows(connection):
        yield {
            "id": key,
            "at": iso_text(at),
            "stress": stress,
            "emotions": emotions,
            "category": category,
            "note": note,
            "created_at": iso_text(created),
            "updated_at": iso_text(updated),
        }


def _with_times(
    row: tuple[Any, ...], columns: tuple[str, ...], times: tuple[str, ...]
) -> dict[str, Any]:
    values = dict(zip(columns, row, strict=True))
    for name in times:
        values[name] = optional_from_utc_text(values[name])
    return values


def _ratings(ratings: tuple[EmotionRating, ...]) -> list[Record]:
    return [{"emotion": item.emotion, "intensity": item.intensity} for item in ratings]


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def thought_record(record: ThoughtRecord) -> Record:
    return {
        "id": str(record.id),
        "created_at": iso(record.created_at),
        "updated_at": iso(record.updated_at),
        "is_draft": record.is_draft,
        "step": record.step,
        "mood_entry_id": None if record.mood_entry_id is None else str(record.mood_entry_id),
        "situation": record.situation,
        "automatic_thought": record.automatic_thought,
        "emotions_before": _ratings(record.emotions_before),
        "distortions": list(record.distortions),
        "evidence": [
            {
                "distortion": item.distortion,
                "evidence_for": item.evidence_for,
                "evidence_against": item.evidence_against,
            }
            for item in record.evidence
        ],
        "balanced_thought": record.balanced_thought,
        "belief": record.belief,
        "emotions_after": _ratings(record.emotions_after),
    }


def thoughts(connection: sqlite3.Connection) -> Iterator[Record]:
    """Thought records, drafts too, by when they were begun (then id)."""
    query = f"SELECT {', '.join(THOUGHT_COLUMNS)} FROM thought_record ORDER BY created_at, id"
    for row in _rows(connection, query):
        yield thought_record(thought_from_values(_with_times(row, THOUGHT_COLUMNS, THOUGHT_TIMES)))


def exercise_record(use: ExerciseUse) -> Record:
    return {
        "id": str(use.id),
        "kind": use.kind,
        "started_at": iso(use.started_at),
        "finished_at": None if use.finished_at is None else iso(use.finished_at),
        "distress_before": use.distress_before,
        "distress_after": use.distress_after,
        "thought_record_id": None if use.thought_record_id is None else str(use.thought_record_id),
        "details": use.details,
        "extra": dict(sorted(use.extra.items())),
    }


def exercises(connection: sqlite3.Connection) -> Iterator[Record]:
    """Exercises by when they began (then id)."""
    query = f"SELECT {', '.join(EXERCISE_COLUMNS)} FROM exercise_use ORDER BY started_at, id"
    for row in _rows(connection, query):
        values = _with_times(row, EXERCISE_COLUMNS, EXERCISE_TIMES)
        yield exercise_record(exercise_from_values(values))


def breaks(connection: sqlite3.Connection) -> Iterator[Record]:
    """Breaks by when they fell due (then id)."""
    query = (
        "SELECT id, kind, due, shown, outcome, postponed, seconds, created_at FROM break_event "
        "ORDER BY due, id"
    )
    for key, kind, due, shown, outcome, postponed, seconds, created in _rows(connection, query):
        yield {
            "id": key,
            "kind": kind,
            "due": iso_text(due),
            "shown": _optional_iso_text(shown),
            "outcome": outcome,
            "postponed": postponed,
            "seconds": seconds,
            "created_at": iso_text(created),
        }


def check_ins(connection: sqlite3.Connection) -> Iterator[Record]:
    """Weekly check-ins by when they were answered (then id)."""
    for key, at, answers in _rows(
        connection, "SELECT id, at, answers FROM check_in ORDER BY at, id"
    ):
        values = list(json.loads(answers))
        yield {
            "id": key,
            "at": iso_text(at),
            "instrument": "who5",
            "answers": values,
            "raw": score_who5(values).raw,
        }


def goals(connection: sqlite3.Connection) -> Iterator[Record]:
    """The goals of *My plan*, in the order the window shows them."""
    found = {
        row[0]: row
        for row in _rows(connection, "SELECT code, target, since, updated_at, label FROM goal")
    }
    order = [code for code in GOALS if code in found] + sorted(set(found) - set(GOALS))
    for code in order:
        _code, target, since, updated, label = found[code]
        yield {
            "code": code,
            "target": target,
            "since": iso_text(since),
            "updated_at": iso_text(updated),
            "label": label,
        }


def goal_ticks(connection: sqlite3.Connection) -> Iterator[Record]:
    for key, code, at in _rows(connection, "SELECT id, code, at FROM goal_tick ORDER BY at, id"):
        yield {"id": key, "code": code, "at": iso_text(at)}


def difficult_call_types(connection: sqlite3.Connection) -> Iterator[Record]:
    query = "SELECT category, since FROM difficult_call_type ORDER BY category"
    for category, since in _rows(connection, query):
        yield {"category": category, "since": iso_text(since)}


KINDS: Mapping[str, Any] = {
    "mood_entries": moods,
    "thought_records": thoughts,
    "exercises": exercises,
    "breaks": breaks,
    "check_ins": check_ins,
    "goals": goals,
    "goal_ticks": goal_ticks,
    "difficult_call_types": difficult_call_types,
}
