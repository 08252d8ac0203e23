"""The columns of the thought records and the exercise uses: one list, which every part of the
store reads. The models make their tables from it (`storage.models`), the shift journal and the
ORM rows write and read those columns by it (`storage.record_values`), and an export's records
carry the same names as their keys (`storage.transfer_checks`). Adding a column is one line
here, and a migration.

Plain Python, no SQLAlchemy: the tray's journal reads it on the shift's plain sqlite3.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["id", "code", "time", "flag", "count", "number", "text"]


@dataclass(frozen=True, slots=True)
class StoredColumn:
    """One column: its name, what it holds (`id`: a UUID as text, `code`: a short code such as
    an exercise's kind, `time`: an aware time kept as UTC, `flag`, `count`: a whole number,
    `number`, `text`, JSON included), whether it may be NULL, the row it refers to
    ("table.column"; set to NULL when that row is deleted) and the value the ORM writes when
    given none."""

    name: str
    kind: Kind
    optional: bool = False
    refers_to: str | None = None
    default: str | None = None


THOUGHT_RECORD = (
    StoredColumn("id", "id"),
    StoredColumn("created_at", "time"),
    StoredColumn("updated_at", "time"),
    StoredColumn("is_draft", "flag"),
    StoredColumn("step", "count"),
    StoredColumn("mood_entry_id", "id", optional=True, refers_to="mood_entry.id"),
    StoredColumn("situation", "text"),
    StoredColumn("automatic_thought", "text"),
    StoredColumn("emotions_before", "text"),  # JSON: [[emotion, intensity], …]
    StoredColumn("distortions", "text"),  # JSON: [code, …]
    StoredColumn("evidence", "text"),  # JSON: [[distortion, for, against], …]
    StoredColumn("balanced_thought", "text"),
    StoredColumn("belief", "count", optional=True),
    StoredColumn("emotions_after", "text"),  # JSON, as emotions_before
)
EXERCISE_USE = (
    StoredColumn("id", "id"),
    StoredColumn("kind", "code"),
    StoredColumn("started_at", "time"),
    StoredColumn("finished_at", "time", optional=True),
    StoredColumn("distress_before", "number", optional=True),
    StoredColumn("distress_after", "number", optional=True),
    StoredColumn("thought_record_id", "id", optional=True, refers_to="thought_record.id"),
    StoredColumn("details", "text"),
    StoredColumn("extra", "text", default="{}"),  # JSON: cycles, seconds, …
)


def names(columns: tuple[StoredColumn, ...]) -> tuple[str, ...]:
    return tuple(column.name for column in columns)


def times(columns: tuple[StoredColumn, ...]) -> tuple[str, ...]:
    return tuple(column.name for column in columns if column.kind == "time")


THOUGHT_COLUMNS = names(THOUGHT_RECORD)
EXERCISE_COLUMNS = names(EXERCISE_USE)
THOUGHT_TIMES = times(THOUGHT_RECORD)
EXERCISE_TIMES = times(EXERCISE_USE)
