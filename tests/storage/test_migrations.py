"""Upgrades: a store made by an older Companion opens, is backed up, and keeps every entry."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.domain.breaks import BreakRecord
from companion.domain.clock import FixedClock
from companion.paths import AppPaths
from companion.storage import migrate, schema
from companion.storage.engine import make_engine
from companion.storage.health import FileState, inspect_database
from companion.storage.store import open_store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "companion-schema-0001.db"
CLOCK = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))


def copy_fixture(tmp_path: Path) -> AppPaths:
    shutil.copy(FIXTURE, tmp_path / "companion.db")
    return AppPaths(tmp_path, tmp_path)


def test_the_schema_head_is_the_newest_migration():
    assert migrate.head_revision() == schema.SCHEMA_HEAD == schema.KNOWN_REVISIONS[-1]


def test_a_store_from_the_first_release_migrates_with_all_data_intact(tmp_path):
    paths = copy_fixture(tmp_path)
    assert inspect_database(paths.database).state is FileState.OUTDATED
    original = FIXTURE.read_bytes()

    store, report = open_store(paths, CLOCK)
    try:
        entries = store.moods_between()
        assert report.migrated_from == "0001_initial"
        assert [entry.id for entry in entries] == [uuid.UUID(int=n) for n in (5, 4, 3, 2, 1)]
        by_id = {entry.id.int: entry for entry in entries}
        first = by_id[1]
        assert (first.stress, first.emotions, first.category, first.note) == (
            7,
            ("wronged", "angry"),
            "complaint",
            "客户说我们“从来不发货” 😤",
        )
        assert first.at == datetime(2026, 11, 20, 10, tzinfo=UTC)
        assert by_id[3].note == "line one\nline two\ttabbed"
        assert by_id[4].category is None and by_id[4].emotions == ()
        record = BreakRecord("micro", CLOCK.now(), None, "skipped", 0, 0)
        store.add_break(record)  # the new table works
        assert [stored for _id, stored in store.breaks_between()] == [record]
    finally:
        store.close()

    assert report.backup_before_migration is not None
    backup = sqlite3.connect(report.backup_before_migration)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
        assert backup.execute("SELECT count(*) FROM mood_entry").fetchone() == (5,)
    finally:
        backup.close()
    assert FIXTURE.read_bytes() == original  # the fixture itself is untouched
    assert inspect_database(paths.database).state is FileState.CURRENT
    again, second = open_store(paths, CLOCK)  # a current store opens without migrating
    again.close()
    assert second.migrated_from is None and second.backup_before_migration is None


def test_a_downgraded_store_is_backed_up_then_migrated(tmp_path):
    from alembic import command
    from alembic.config import Config

    paths = AppPaths(tmp_path, tmp_path)
    store, _ = open_store(paths, CLOCK)
    store.add_break(BreakRecord("long", CLOCK.now() - timedelta(hours=1), None, "natural", 0, 400))
    store.close()
    engine = make_engine(paths.database)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            assert isinstance(config, Config)
            config.attributes["connection"] = connection
            command.downgrade(config, "0001_initial")
    finally:
        engine.dispose()
    assert inspect_database(paths.database).state is FileState.OUTDATED
    store, report = open_store(paths, CLOCK)
    try:
        assert report.migrated_from == "0001_initial"
        assert store.breaks_between() == []  # the table is back, empty
    finally:
        store.close()


def _table(database: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


MOODS = "SELECT id, at, stress, category, note, created_at, updated_at FROM mood_entry ORDER BY id"
EMOTIONS = "SELECT entry_id, emotion, position FROM mood_emotion ORDER BY entry_id, emotion"


def test_every_row_of_the_first_release_survives_the_upgrade_and_a_backup_is_kept(tmp_path):
    paths = copy_fixture(tmp_path)
    moods_before = _table(FIXTURE, MOODS)
    emotions_before = _table(FIXTURE, EMOTIONS)
    assert len(moods_before) == 5 and len(emotions_before) == 7

    store, report = open_store(paths, CLOCK)
    store.close()

    # Every column of every row, byte for byte, in the migrated store.
    assert _table(paths.database, MOODS) == moods_before
    assert _table(paths.database, EMOTIONS) == emotions_before
    assert _table(paths.database, "SELECT version_num FROM alembic_version") == [
        (schema.SCHEMA_HEAD,)
    ]
    assert _table(paths.database, "PRAGMA integrity_check") == [("ok",)]
    assert _table(paths.database, "PRAGMA foreign_key_check") == []
    # The backup taken before migrating is the first-release store exactly, in the backups folder.
    backup = report.backup_before_migration
    assert backup is not None and backup.parent == paths.backups_dir
    assert "before-0001_initial-upgrade" in backup.name
    assert _table(backup, MOODS) == moods_before
    assert _table(backup, EMOTIONS) == emotions_before
    assert inspect_database(backup).state is FileState.OUTDATED


def test_goals_chosen_before_ones_own_goal_existed_survive_the_upgrade(tmp_path):
    """0006 adds the text of one's own goal, its ticks and the call types marked difficult;
    the goals a store at 0005 holds keep their targets and since when they were chosen."""
    from alembic import command
    from alembic.config import Config

    paths = AppPaths(tmp_path, tmp_path)
    store, _ = open_store(paths, CLOCK)
    store.set_goal("breaks_taken", 80)
    store.set_goal("own", 2, "Stand up and stretch")
    store.tick_goal()
    store.set_difficult_call_types({"abusive"})
    [chosen, own] = store.goals()
    store.close()
    engine = make_engine(paths.database)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            assert isinstance(config, Config)
            config.attributes["connection"] = connection
            command.downgrade(config, "0005_team_sharing")
    finally:
        engine.dispose()
    assert _table(paths.database, "SELECT code, target FROM goal ORDER BY code") == [
        ("breaks_taken", 80),
        ("own", 2),
    ]
    store, report = open_store(paths, CLOCK)
    try:
        assert report.migrated_from == "0005_team_sharing"
        assert report.backup_before_migration is not None
        breaks_goal, own_again = store.goals()
        assert breaks_goal == chosen  # target and since as they were
        assert (own_again.code, own_again.label) == ("own", None)  # its text came with 0006
        assert store.difficult_call_types() == frozenset()
        store.set_goal("own", 2, "Stand up and stretch")  # and it can be written again
        assert store.goals()[1] == own
    finally:
        store.close()


def test_breaks_recorded_before_cut_short_existed_survive_and_the_new_outcome_is_stored(tmp_path):
    """A store at 0006 with breaks in it: 0007 copies the table with its wider check, keeping
    every row and the index on `due`; `cut_short` is refused before and stored after."""
    from alembic import command

    paths = AppPaths(tmp_path, tmp_path)
    engine = make_engine(paths.database)
    config = migrate.alembic_config(migrate.MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection  # type: ignore[attr-defined]
        command.upgrade(config, "0006_own_goal")  # type: ignore[arg-type]
    engine.dispose()
    raw = sqlite3.connect(paths.database)
    raw.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    rows = [
        (str(uuid.UUID(int=n)), "micro", f"2026-11-2{n} 01:25:00.000000", None, outcome, 0, 40,
         "2026-11-23 02:00:00.000000")
        for n, outcome in enumerate(("taken", "skipped", "natural"), start=1)
    ]  # fmt: skip
    raw.executemany("INSERT INTO break_event VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    raw.commit()
    try:
        raw.execute(
            "INSERT INTO break_event VALUES ('x', 'micro', '2026-11-23', NULL, 'cut_short', 0, 0, "
            "'2026-11-23')"
        )
        raise AssertionError("0006 accepted an outcome it does not know")
    except sqlite3.IntegrityError:
        pass
    raw.close()

    store, report = open_store(paths, CLOCK)
    try:
        assert report.migrated_from == "0006_own_goal"
        assert [record.outcome for _id, record in store.breaks_between()] == [
            "taken",
            "skipped",
            "natural",
        ]
        record = BreakRecord("micro", CLOCK.now(), CLOCK.now(), "cut_short", 0, 12)
        store.add_break(record)
        assert [stored for _id, stored in store.breaks_between()][-1] == record
    finally:
        store.close()
    raw = sqlite3.connect(paths.database)
    try:
        indexes = raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'break_event'"
        ).fetchall()
        assert ("ix_break_event_due",) in indexes
        bad = "INSERT INTO break_event VALUES ('y', 'micro', '2026-11-23', NULL, 'lost', 0, 0, "
        try:
            raw.execute(bad + "'2026-11-23')")
            raise AssertionError("an unknown outcome was stored")
        except sqlite3.IntegrityError:
            pass
    finally:
        raw.close()
