"""Rows an older store holds that this version cannot use: set aside while the store is updated.

A store written by an older build, or changed with a database tool while foreign keys were
off, can hold what the current schema and rules forbid: a row whose parent is gone (a mood
entry's emotion without its entry), the same key twice, a required value missing, a value
outside a check, a time written in a form this version does not read, an emotion or a call type
it does not know, a note with control characters. Each one used to stop the update with a
traceback, on every start, over one harmless row.

`set_aside_damage` runs inside the update's transaction (`storage.migrate`), before Alembic's
steps (which copy tables into stricter ones) and again after them. Every row it touches is
recorded whole, with why and what became of it: removed, or one value changed (a reference to a
row that is gone cleared, an unknown call type cleared, a time rewritten as UTC, a control
character replaced by U+FFFD, a note cut to 2,000 characters). `write_set_aside` puts them in a
JSON file beside the backup taken before the update, so nothing is lost and the store opens.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion.domain.mood import CATEGORIES, EMOTIONS, NOTE_MAX_CHARS
from companion.files import write_atomically
from companion.storage.connection import UTC_TEXT_FORMAT

Row = dict[str, Any]

# The control characters a note may not hold (see domain.mood.first_forbidden_character).
_NOTE_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NOTE_CONTROL_GLOB = "*[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*"
_HEX = "[0-9a-fA-F]"
_UUID_GLOB = "-".join(_HEX * count for count in (8, 4, 4, 4, 12))
_DIGITS = "[0-9]"
# The store's own form of a time: naive UTC, always with microseconds (2026-11-23 06:30:00.000000)
_TIME_GLOB = (
    f"{_DIGITS * 4}-{_DIGITS * 2}-{_DIGITS * 2} {_DIGITS * 2}:{_DIGITS * 2}:{_DIGITS * 2}."
    f"{_DIGITS * 6}"
)
_ORPHAN_ROUNDS = 10  # removing a row can leave its own children without a parent


@dataclass(frozen=True, slots=True)
class SetAside:
    """One row the update could not keep as it was: the row itself, why, what became of it."""

    table: str
    why: str  # in English, without any of the row's values
    row: Row  # every column as it was found
    became: str  # "removed", or the column changed and how

    def as_json(self) -> dict[str, object]:
        return {"table": self.table, "why": self.why, "became": self.became, "row": self.row}


def summary(rows: list[SetAside]) -> str:
    """How many rows of which table and why, the most common first, without their values:
    `2 × mood_emotion: it belongs to a mood_entry row that is gone; 1 × mood_entry: …`."""
    reasons = Counter(f"{row.table}: {row.why}" for row in rows)
    return "; ".join(f"{count} × {reason}" for reason, count in reasons.most_common())


def _value(value: object) -> object:
    if isinstance(value, bytes):
        return {"bytes_hex": value.hex()}
    return value


def _tables(connection: sqlite3.Connection) -> set[str]:
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {name for (name,) in found}


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


class _Repair:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.tables = _tables(connection)
        self.rows: list[SetAside] = []

    def _row(self, table: str, rowid: int) -> Row | None:
        cursor = self.connection.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,))
        found = cursor.fetchone()
        if found is None:
            return None
        return {
            column[0]: _value(value)
            for column, value in zip(cursor.description, found, strict=True)
        }

    def remove(self, table: str, rowid: int, why: str) -> None:
        row = self._row(table, rowid)
        if row is None:  # already gone (a duplicate that was also an orphan)
            return
        self.connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
        self.rows.append(SetAside(table, why, row, "removed"))

    def change(
        self, table: str, rowid: int, values: dict[str, object], why: str, became: str
    ) -> None:
        row = self._row(table, rowid)
        if row is None:
            return
        assignments = ", ".join(f'"{column}" = ?' for column in values)
        self.connection.execute(
            f'UPDATE "{table}" SET {assignments} WHERE rowid = ?', (*values.values(), rowid)
        )
        self.rows.append(SetAside(table, why, row, became))

    def _select(self, query: str, parameters: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.connection.execute(query, parameters).fetchall()
        except sqlite3.OperationalError:  # a column this revision does not have yet
            return []

    # -- the mood log's own rules (the tables of the first release) --------------------------

    def moods(self) -> None:
        if "mood_entry" in self.tables:
            self._mood_entries()
        if "mood_emotion" in self.tables:
            known = ", ".join("?" * len(EMOTIONS))
            for (rowid,) in self._select(
                f"SELECT rowid FROM mood_emotion WHERE typeof(emotion) != 'text' "
                f"OR emotion NOT IN ({known})",
                EMOTIONS,
            ):
                self.remove("mood_emotion", rowid, "an emotion this version does not know")

    def _mood_entries(self) -> None:
        for rowid, entry_id in self._select(
            "SELECT rowid, id FROM mood_entry WHERE typeof(id) != 'text' OR id NOT GLOB ?",
            (_UUID_GLOB,),
        ):
            try:
                uuid.UUID(entry_id)
            except (TypeError, ValueError, AttributeError):
                self.remove("mood_entry", rowid, "its id is not one this version can read")
        for (rowid,) in self._select(
            "SELECT rowid FROM mood_entry WHERE typeof(stress) != 'integer'"
        ):
            self.remove("mood_entry", rowid, "its stress is not a whole number")
        known = ", ".join("?" * len(CATEGORIES))
        for (rowid,) in self._select(
            f"SELECT rowid FROM mood_entry WHERE category IS NOT NULL AND "
            f"(typeof(category) != 'text' OR category NOT IN ({known}))",
            CATEGORIES,
        ):
            self.change(
                "mood_entry",
                rowid,
                {"category": None},
                "a call type this version does not know",
                "its call type cleared",
            )
        for rowid, note in self._select(
            "SELECT rowid, note FROM mood_entry WHERE typeof(note) NOT IN ('text', 'null') "
            "OR length(note) > ? OR note GLOB ?",
            (NOTE_MAX_CHARS, _NOTE_CONTROL_GLOB),
        ):
            self._note(rowid, note)

    def _note(self, rowid: int, note: object) -> None:
        if not isinstance(note, str):
            self.change(
                "mood_entry", rowid, {"note": None}, "its note is not text", "its note cleared"
            )
            return
        if _NOTE_CONTROL.search(note):
            cleaned = _NOTE_CONTROL.sub("\ufffd", note)
            self.change(
                "mood_entry",
                rowid,
                {"note": cleaned},
                "control characters in its note",
                "each control character in the note replaced by \ufffd",
            )
            note = cleaned
        if len(note) > NOTE_MAX_CHARS:
            self.change(
                "mood_entry",
                rowid,
                {"note": note[:NOTE_MAX_CHARS]},
                f"a note longer than {NOTE_MAX_CHARS:,} characters",
                f"the note cut to its first {NOTE_MAX_CHARS:,} characters",
            )

    # -- what the models say of every table --------------------------------------------------

    def times(self) -> None:
        """A time not in the store's own form (naive UTC text) is rewritten in it when it can
        be read, else cleared where it may be empty, else its row is removed."""
        from companion.storage.models import Base, UTCDateTime

        for table in Base.metadata.sorted_tables:
            if table.name not in self.tables:
                continue
            present = set(_columns(self.connection, table.name))
            for column in table.columns:
                if column.name in present and isinstance(column.type, UTCDateTime):
                    self._times(table.name, column.name, bool(column.nullable))

    def _times(self, table: str, column: str, nullable: bool) -> None:
        for rowid, text in self._select(
            f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL AND '
            f'(typeof("{column}") != \'text\' OR "{column}" NOT GLOB ?)',
            (_TIME_GLOB,),
        ):
            moment: datetime | None = None
            if isinstance(text, str):
                try:
                    moment = datetime.fromisoformat(text.strip())
                except ValueError:
                    moment = None
            if moment is not None:
                if moment.tzinfo is not None:
                    moment = moment.astimezone(UTC).replace(tzinfo=None)
                self.change(
                    table,
                    rowid,
                    {column: moment.strftime(UTC_TEXT_FORMAT)},
                    f"{column} written in another form",
                    f"{column} rewritten as UTC in the store's own form",
                )
            elif nullable:
                self.change(
                    table,
                    rowid,
                    {column: None},
                    f"{column} is not a time this version can read",
                    f"{column} cleared",
                )
            else:
                self.remove(table, rowid, f"{column} is not a time this version can read")

    def rules(self) -> None:
        """Rows a column's NOT NULL or a table's CHECK of this version would refuse (a table
        made by a tool without them, or written with the checks turned off)."""
        from sqlalchemy import CheckConstraint

        from companion.storage.models import Base

        for table in Base.metadata.sorted_tables:
            if table.name not in self.tables:
                continue
            present = set(_columns(self.connection, table.name))
            for column in table.columns:
                if column.name in present and not column.nullable:
                    for (rowid,) in self._select(
                        f'SELECT rowid FROM "{table.name}" WHERE "{column.name}" IS NULL'
                    ):
                        self.remove(table.name, rowid, f"{column.name} is missing")
            for constraint in table.constraints:
                if isinstance(constraint, CheckConstraint):
                    rule = str(constraint.sqltext)
                    for (rowid,) in self._select(
                        f'SELECT rowid FROM "{table.name}" WHERE NOT ({rule})'
                    ):
                        self.remove(table.name, rowid, f"a value outside what is allowed ({rule})")

    def duplicates(self) -> None:
        """A second row with the key of another (a table made again without its key by a
        tool): the first one written stays. The key is then kept unique again by an index,
        which is also what lets the rows that refer to this table be checked."""
        from sqlalchemy import Index, UniqueConstraint

        from companion.storage.models import Base

        for table in Base.metadata.sorted_tables:
            if table.name not in self.tables:
                continue
            present = set(_columns(self.connection, table.name))
            keys = [tuple(column.name for column in table.primary_key.columns)]
            keys += [
                tuple(column.name for column in item.columns)
                for item in (*table.constraints, *table.indexes)
                if isinstance(item, UniqueConstraint) or (isinstance(item, Index) and item.unique)
            ]
            unique_here = self._unique_indexes(table.name)
            for key in keys:
                if not key or not set(key) <= present or frozenset(key) in unique_here:
                    continue
                listed = ", ".join(f'"{name}"' for name in key)
                for (rowid,) in self._select(
                    f'SELECT rowid FROM "{table.name}" WHERE rowid NOT IN '
                    f'(SELECT min(rowid) FROM "{table.name}" GROUP BY {listed})'
                ):
                    self.remove(table.name, rowid, f"a second row with the same {', '.join(key)}")
                self.connection.execute(
                    f'CREATE UNIQUE INDEX "uq_{table.name}_{"_".join(key)}_kept" '
                    f'ON "{table.name}" ({listed})'
                )

    def _unique_indexes(self, table: str) -> set[frozenset[str]]:
        """The column sets this table's file already keeps unique: no duplicate can be there."""
        found = set()
        for index in self.connection.execute(f'PRAGMA index_list("{table}")').fetchall():
            name, unique = index[1], index[2]
            if unique:
                columns = self.connection.execute(f'PRAGMA index_info("{name}")').fetchall()
                found.add(frozenset(column[2] for column in columns))
        for column in self.connection.execute(f'PRAGMA table_info("{table}")').fetchall():
            if column[5] == 1 and str(column[2]).upper() == "INTEGER":  # the rowid itself
                found.add(frozenset({column[1]}))
        return found

    def orphans(self) -> None:
        """A row that refers to a row that is gone: its reference cleared where the schema
        clears it (ON DELETE SET NULL), else the row removed (it belonged to the other). The
        references are those of this version's models, whether or not the file still declares
        them, and those the file declares."""
        for _round in range(_ORPHAN_ROUNDS):
            found = self._orphans_by_the_models()
            found += self._orphans_by_the_file()
            if not found:
                return

    def _orphans_by_the_models(self) -> int:
        from companion.storage.models import Base

        found = 0
        for table in Base.metadata.sorted_tables:
            if table.name not in self.tables:
                continue
            present = set(_columns(self.connection, table.name))
            declared = {
                (key[2], key[3])
                for key in self.connection.execute(f'PRAGMA foreign_key_list("{table.name}")')
            }  # (parent, child column): the file's own check finds these
            for key in table.foreign_key_constraints:
                parent = key.referred_table.name
                pairs = [(element.parent.name, element.column.name) for element in key.elements]
                if parent not in self.tables or not {child for child, _ in pairs} <= present:
                    continue
                if all((parent, child) in declared for child, _ in pairs):
                    continue
                if not {column for _, column in pairs} <= set(_columns(self.connection, parent)):
                    continue
                filled = " AND ".join(f'c."{child}" IS NOT NULL' for child, _ in pairs)
                same = " AND ".join(f'p."{column}" = c."{child}"' for child, column in pairs)
                rows = self._select(
                    f'SELECT c.rowid FROM "{table.name}" AS c WHERE {filled} AND NOT EXISTS '
                    f'(SELECT 1 FROM "{parent}" AS p WHERE {same})'
                )
                children = [child for child, _ in pairs]
                for (rowid,) in rows:
                    self._orphan(table.name, rowid, parent, children, key.ondelete or "")
                found += len(rows)
        return found

    def _orphans_by_the_file(self) -> int:
        try:
            problems = self.connection.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.OperationalError:  # "foreign key mismatch": left for the final check
            return 0
        found = 0
        for table, rowid, parent, key_id in problems:
            if rowid is None:
                continue  # a table without rowids: left for the final check to name
            keys = [
                key
                for key in self.connection.execute(f'PRAGMA foreign_key_list("{table}")')
                if key[0] == key_id
            ]
            children = [key[3] for key in keys]
            self._orphan(table, rowid, parent, children, keys[0][6] if keys else "")
            found += 1
        return found

    def _orphan(
        self, table: str, rowid: int, parent: str, children: list[str], on_delete: str
    ) -> None:
        if on_delete.upper() == "SET NULL":
            self.change(
                table,
                rowid,
                dict.fromkeys(children),
                f"it refers to a {parent} row that is gone",
                f"{', '.join(children)} cleared",
            )
        else:
            self.remove(table, rowid, f"it belongs to a {parent} row that is gone")


def set_aside_damage(
    connection: sqlite3.Connection, *, references_only: bool = False
) -> list[SetAside]:
    """Set aside (see the module's docstring) what this revision of the store holds that this
    version cannot use; the rows touched, as they were. Inside the caller's transaction.
    `references_only` looks only for rows that refer to rows that are gone (after the update's
    steps, which copy rows but never change a value)."""
    repair = _Repair(connection)
    if not references_only:
        repair.moods()
        repair.times()
        repair.rules()
        repair.duplicates()
    repair.orphans()
    return repair.rows


def write_set_aside(path: Path, rows: list[SetAside], about: dict[str, object]) -> None:
    """The rows set aside, as JSON readable by a person (owner-only, written whole or not at
    all): `about` says which store, which backup, from which revision."""
    document = {
        "what": (
            "Rows of the Companion database that this version could not use as they were. "
            "They were set aside while the database was updated; everything else was kept "
            "as it was, and the backup named here holds the whole database as it was before."
        ),
        **about,
        "rows": [row.as_json() for row in rows],
    }
    text = json.dumps(document, ensure_ascii=False, indent=1, default=str)
    write_atomically(path, text.encode("utf-8"))
