"""Records moved whole between the store and an export file (see companion.storage.transfer).

Each keeps its own id and its own times, so an export imported elsewhere is the same data.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import inspect

from companion.domain.breaks import BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.mood import MoodEntry
from companion.domain.thoughts import ExerciseUse, ThoughtRecord
from companion.storage.models import (
    Base,
    BreakEventRow,
    CheckInRow,
    ExerciseUseRow,
    MoodEmotionRow,
    MoodEntryRow,
    ThoughtRecordRow,
)
from companion.storage.thought_rows import exercise_row, fill_thought_row


@dataclass(frozen=True, slots=True)
class StoredBreak:
    """A break as the store keeps it: its id and when it was written, with the record."""

    id: uuid.UUID
    record: BreakRecord
    created_at: datetime


@dataclass(frozen=True, slots=True)
class KnownIds:
    """The ids (as text) the store already holds, per kind of record."""

    moods: frozenset[str] = frozenset()
    thoughts: frozenset[str] = frozenset()
    exercises: frozenset[str] = frozenset()
    breaks: frozenset[str] = frozenset()
    check_ins: frozenset[str] = frozenset()


@dataclass(slots=True)
class ImportBatch:
    """Checked records to insert together, in one transaction."""

    moods: list[MoodEntry] = field(default_factory=list)
    thoughts: list[ThoughtRecord] = field(default_factory=list)
    exercises: list[ExerciseUse] = field(default_factory=list)
    breaks: list[StoredBreak] = field(default_factory=list)
    check_ins: list[CheckIn] = field(default_factory=list)

    def __len__(self) -> int:
        return (
            len(self.moods)
            + len(self.thoughts)
            + len(self.exercises)
            + len(self.breaks)
            + len(self.check_ins)
        )


def _columns(row: Base) -> dict[str, object]:
    """A row's column values by attribute name, for a bulk INSERT."""
    return {column.key: getattr(row, column.key) for column in inspect(type(row)).column_attrs}


def _mood_row(entry: MoodEntry) -> MoodEntryRow:
    return MoodEntryRow(
        id=str(entry.id),
        at=entry.at,
        stress=entry.stress,
        category=entry.category,
        note=entry.note,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
    )


def _break_row(item: StoredBreak) -> BreakEventRow:
    record = item.record
    return BreakEventRow(
        id=str(item.id),
        kind=record.kind,
        due=record.due,
        shown=record.shown,
        outcome=record.outcome,
        postponed=record.postponed,
        seconds=record.seconds,
        created_at=item.created_at,
    )


def _check_in_row(check_in: CheckIn) -> CheckInRow:
    # An export does not carry when a check-in was written: it was written when answered.
    return CheckInRow(
        id=str(check_in.id),
        at=check_in.at,
        instrument="who5",
        answers=json.dumps(list(check_in.answers)),
        raw=check_in.score.raw,
        created_at=check_in.at,
    )


def batch_rows(batch: ImportBatch) -> list[tuple[type[Base], list[dict[str, object]]]]:
    """The rows to insert per table, in an order the foreign keys accept: entries, then the
    thought records that may point at them, then the exercises that may point at those."""
    emotions: list[dict[str, object]] = [
        {"entry_id": str(entry.id), "emotion": code, "position": position}
        for entry in batch.moods
        for position, code in enumerate(entry.emotions)
    ]
    tables: list[tuple[type[Base], list[dict[str, object]]]] = [
        (MoodEntryRow, [_columns(_mood_row(entry)) for entry in batch.moods]),
        (MoodEmotionRow, emotions),
        (
            ThoughtRecordRow,
            [_columns(fill_thought_row(ThoughtRecordRow(), item)) for item in batch.thoughts],
        ),
        (ExerciseUseRow, [_columns(exercise_row(use)) for use in batch.exercises]),
        (BreakEventRow, [_columns(_break_row(item)) for item in batch.breaks]),
        (CheckInRow, [_columns(_check_in_row(item)) for item in batch.check_ins]),
    ]
    return [(model, rows) for model, rows in tables if rows]
