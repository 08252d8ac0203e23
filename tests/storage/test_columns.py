"""One list of the thought records' and exercise uses' columns (storage/columns.py), read by
the models, the journal's values and the export's checks; and it is the migrated schema."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime

from companion.domain.thoughts import ExerciseUse, ThoughtRecord
from companion.paths import AppPaths
from companion.storage import transfer_checks
from companion.storage.columns import (
    EXERCISE_COLUMNS,
    EXERCISE_USE,
    THOUGHT_COLUMNS,
    THOUGHT_RECORD,
    StoredColumn,
)
from companion.storage.models import Base
from companion.storage.record_values import exercise_values, thought_values
from tests.helpers.store_template import place_new_store

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
TABLES: dict[str, tuple[StoredColumn, ...]] = {
    "thought_record": THOUGHT_RECORD,
    "exercise_use": EXERCISE_USE,
}


def test_the_models_tables_are_made_from_the_list():
    for table, columns in TABLES.items():
        model = Base.metadata.tables[table]
        assert tuple(model.columns.keys()) == tuple(column.name for column in columns)
        for column in columns:
            assert model.columns[column.name].nullable == column.optional, column.name
            referred = {key.target_fullname for key in model.columns[column.name].foreign_keys}
            assert referred == ({column.refers_to} if column.refers_to else set()), column.name


def test_the_values_written_and_the_export_keys_are_the_columns():
    record = ThoughtRecord(id=uuid.uuid4(), created_at=NOW, updated_at=NOW, automatic_thought="x")
    use = ExerciseUse(id=uuid.uuid4(), kind="breathing", started_at=NOW)
    assert tuple(thought_values(record)) == THOUGHT_COLUMNS
    assert tuple(exercise_values(use)) == EXERCISE_COLUMNS
    assert transfer_checks.RECORD_KEYS["thought_records"] == THOUGHT_COLUMNS
    assert transfer_checks.RECORD_KEYS["exercises"] == EXERCISE_COLUMNS


def test_the_migrated_store_has_exactly_these_columns(tmp_path):
    """The migrations made the schema; the list must say what they made, NULLs included."""
    database = place_new_store(AppPaths(tmp_path, tmp_path)).database
    with sqlite3.connect(database) as connection:
        for table, columns in TABLES.items():
            found = {
                row[1]: not row[3]  # name, notnull
                for row in connection.execute(f"PRAGMA table_info({table})")
            }
            assert found == {column.name: column.optional for column in columns}, table
