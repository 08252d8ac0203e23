"""Thought records and exercise uses as ORM rows and back (the values: `record_values`)."""

from __future__ import annotations

from companion.domain.thoughts import ExerciseUse, ThoughtRecord
from companion.storage.columns import EXERCISE_COLUMNS, THOUGHT_COLUMNS
from companion.storage.models import ExerciseUseRow, ThoughtRecordRow
from companion.storage.record_values import (
    exercise_from_values,
    exercise_values,
    thought_from_values,
    thought_values,
)


def fill_thought_row(row: ThoughtRecordRow, record: ThoughtRecord) -> ThoughtRecordRow:
    for column, value in thought_values(record).items():
        setattr(row, column, value)
    return row


def thought_from_row(row: ThoughtRecordRow) -> ThoughtRecord:
    return thought_from_values({column: getattr(row, column) for column in THOUGHT_COLUMNS})


def exercise_row(use: ExerciseUse) -> ExerciseUseRow:
    return ExerciseUseRow(**exercise_values(use))


def exercise_from_row(row: ExerciseUseRow) -> ExerciseUse:
    return exercise_from_values({column: getattr(row, column) for column in EXERCISE_COLUMNS})
