"""The store on a real SQLite file: schema, round trips, queries, connection settings, files."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from companion.domain.clock import FixedClock
from companion.domain.mood import EMOTIONS, MoodInput, make_mood_input
from companion.paths import AppPaths, DataDirError, app_paths
from companion.storage import migrate, schema
from companion.storage.engine import BUSY_TIMEOUT_MS
from companion.storage.health import FileState, inspect_database
from companion.storage.store import Store, open_store

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
NOTE = "客户说：“你们都是骗子！” 😡👩‍💻\nسطر عربي\r\nनमस्ते\tand a tab"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def store(home: AppPaths, clock: FixedClock) -> Iterator[Store]:
    """A store opened as on every start after the first: already at the head, no migration."""
    created, _ = open_store(home, clock)
    created.close()
    opened, report = open_store(home, clock)
    assert report.moved_aside is None
    assert report.migrated_from is None
    yield opened
    opened.close()


def _mood(clock: FixedClock, minutes_ago: float = 0, **values: object) -> MoodInput:
    arguments: dict[str, object] = {"stress": 5}
    arguments.update(values)
    return make_mood_input(
        at=clock.now() - timedelta(minutes=minutes_ago),
        now=clock.now(),
        **arguments,  # type: ignore[arg-type]
    )


def _sqlite(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


# --- schema -----------------------------------------------------------------------------------


def test_schema_head_matches_the_newest_migration() -> None:
    assert migrate.head_revision() == schema.SCHEMA_HEAD
    assert schema.KNOWN_REVISIONS[-1] == schema.SCHEMA_HEAD
    assert len(set(schema.KNOWN_REVISIONS)) == len(schema.KNOWN_REVISIONS)


def test_a_new_store_is_created_at_the_head_revision(home: AppPaths, clock: FixedClock) -> None:
    assert not home.database.exists()
    opened, report = open_store(home, clock)
    opened.close()
    assert report.moved_aside is None
    assert report.migrated_from is None
    assert report.backup_before_migration is None
    connection = _sqlite(home.database)
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        indexes = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
    finally:
        connection.close()
    assert version == [(schema.SCHEMA_HEAD,)]
    assert {"mood_entry", "mood_emotion", "alembic_version"} <= tables
    assert application_id == schema.APPLICATION_ID
    assert {"ix_mood_entry_at", "ix_mood_emotion_emotion"} <= indexes
    assert inspect_database(home.database).state is FileState.CURRENT


def test_a_zero_length_file_is_used_as_a_new_store(home: AppPaths, clock: FixedClock) -> None:
    home.data_dir.mkdir(parents=True)
    home.database.write_bytes(b"")
    opened, report = open_store(home, clock)
    try:
        assert report.moved_aside is None
        assert opened.count_moods() == 0
    finally:
        opened.close()
    assert inspect_database(home.database).state is FileState.CURRENT


def test_reopening_a_current_store_keeps_its_entries(home: AppPaths, clock: FixedClock) -> None:
    first, _ = open_store(home, clock)
    entry = first.add_mood(_mood(clock, stress=3))
    first.close()
    second, report = open_store(home, clock)
    try:
        assert report.moved_aside is None
        assert report.migrated_from is None
        assert second.get_mood(entry.id) == entry
    finally:
        second.close()


# --- round trip -------------------------------------------------------------------------------


def test_every_field_round_trips(store: Store, clock: FixedClock) -> None:
    at = datetime(2026, 5, 31, 22, 15, 30, 123456, tzinfo=timezone(timedelta(hours=8)))
    values = make_mood_input(
        at=at,
        now=clock.now(),
        stress=9,
        emotions=["proud", "wronged", "anxious"],
        category="abusive",
        note=NOTE,
    )
    added = store.add_mood(values)
    assert isinstance(added.id, uuid.UUID)
    loaded = store.get_mood(added.id)
    assert loaded is not None
    assert loaded == added
    assert loaded.id == added.id
    assert loaded.at == at
    assert loaded.at.tzinfo is not None
    assert loaded.at.utcoffset() == timedelta(0)
    assert loaded.at.replace(tzinfo=None) == datetime(2026, 5, 31, 14, 15, 30, 123456)
    assert loaded.stress == 9
    assert loaded.emotions == ("wronged", "anxious", "proud")
    assert loaded.category == "abusive"
    assert loaded.note == NOTE
    assert loaded.created_at == START
    assert loaded.updated_at == START
    assert loaded.created_at.tzinfo is not None


def test_times_are_stored_as_utc_in_the_file(store: Store, clock: FixedClock) -> None:
    at = datetime(2026, 5, 31, 22, 15, 30, tzinfo=timezone(timedelta(hours=8)))
    added = store.add_mood(make_mood_input(at=at, now=clock.now(), stress=1))
    connection = _sqlite(store_path(store))
    try:
        stored = connection.execute(
            "SELECT at FROM mood_entry WHERE id = ?", (str(added.id),)
        ).fetchone()[0]
    finally:
        connection.close()
    assert datetime.fromisoformat(stored) == datetime(2026, 5, 31, 14, 15, 30)


def test_minimal_entry_round_trips(store: Store, clock: FixedClock) -> None:
    added = store.add_mood(_mood(clock, stress=0))
    loaded = store.get_mood(added.id)
    assert loaded is not None
    assert loaded.stress == 0
    assert loaded.emotions == ()
    assert loaded.category is None
    assert loaded.note is None


def test_a_given_id_is_kept(store: Store, clock: FixedClock) -> None:
    entry_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    added = store.add_mood(_mood(clock), entry_id=entry_id)
    assert added.id == entry_id
    loaded = store.get_mood(entry_id)
    assert loaded is not None
    assert loaded.id == entry_id


def test_all_emotions_keep_display_order(store: Store, clock: FixedClock) -> None:
    added = store.add_mood(_mood(clock, emotions=reversed(EMOTIONS)))
    loaded = store.get_mood(added.id)
    assert loaded is not None
    assert loaded.emotions == EMOTIONS


def test_a_note_of_2000_emoji_round_trips(store: Store, clock: FixedClock) -> None:
    note = "👨" * 2000
    added = store.add_mood(_mood(clock, note=note))
    loaded = store.get_mood(added.id)
    assert loaded is not None
    assert loaded.note == note


def test_unknown_id_is_none(store: Store) -> None:
    assert store.get_mood(uuid.uuid4()) is None


# --- update and delete ------------------------------------------------------------------------


def test_update_changes_every_value_and_updated_at(store: Store, clock: FixedClock) -> None:
    added = store.add_mood(
        _mood(clock, 30, stress=8, emotions=["angry", "tense"], category="refund", note="first")
    )
    clock.advance(timedelta(minutes=5))
    new_at = clock.now() - timedelta(hours=2)
    updated = store.update_mood(
        added.id,
        make_mood_input(
            at=new_at,
            now=clock.now(),
            stress=2,
            emotions=["tense", "calm", "relieved"],  # one kept, one dropped, two new
            category=None,
            note="second ✓",
        ),
    )
    loaded = store.get_mood(added.id)
    assert loaded == updated
    assert loaded is not None
    assert loaded.at == new_at
    assert loaded.stress == 2
    assert loaded.emotions == ("tense", "calm", "relieved")
    assert loaded.category is None
    assert loaded.note == "second ✓"
    assert loaded.created_at == START
    assert loaded.updated_at == START + timedelta(minutes=5)
    assert store.count_moods() == 1


def test_update_can_clear_all_emotions(store: Store, clock: FixedClock) -> None:
    added = store.add_mood(_mood(clock, emotions=["sad", "calm"]))
    store.update_mood(added.id, _mood(clock, emotions=[]))
    loaded = store.get_mood(added.id)
    assert loaded is not None
    assert loaded.emotions == ()
    connection = _sqlite(store_path(store))
    try:
        assert connection.execute("SELECT count(*) FROM mood_emotion").fetchone()[0] == 0
    finally:
        connection.close()


def test_update_of_a_missing_entry_raises_and_writes_nothing(
    store: Store, clock: FixedClock
) -> None:
    with pytest.raises(KeyError):
        store.update_mood(uuid.uuid4(), _mood(clock))
    assert store.count_moods() == 0


def test_delete_returns_true_then_false(store: Store, clock: FixedClock) -> None:
    keep = store.add_mood(_mood(clock, 2))
    gone = store.add_mood(_mood(clock, 1))
    assert store.delete_mood(gone.id) is True
    assert store.delete_mood(gone.id) is False
    assert store.delete_mood(uuid.uuid4()) is False
    assert store.get_mood(gone.id) is None
    assert store.get_mood(keep.id) == keep
    assert store.count_moods() == 1


def store_path(store: Store) -> Path:
    database = store.engine.url.database
    assert database is not None
    return Path(database)


def _emotion_rows(store: Store, entry_id: uuid.UUID) -> int:
    connection = _sqlite(store_path(store))
    try:
        return connection.execute(
            "SELECT count(*) FROM mood_emotion WHERE entry_id = ?", (str(entry_id),)
        ).fetchone()[0]
    finally:
        connection.close()


def test_deleting_an_entry_deletes_its_emotion_rows(store: Store, clock: FixedClock) -> None:
    gone = store.add_mood(_mood(clock, emotions=["sad", "angry", "tense"]))
    kept = store.add_mood(_mood(clock, emotions=["calm"]))
    assert _emotion_rows(store, gone.id) == 3
    assert store.delete_mood(gone.id)
    assert _emotion_rows(store, gone.id) == 0
    assert _emotion_rows(store, kept.id) == 1


def test_foreign_keys_cascade_in_the_database_itself(store: Store, clock: FixedClock) -> None:
    gone = store.add_mood(_mood(clock, emotions=["sad", "angry"]))
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM mood_entry WHERE id = :id"), {"id": str(gone.id)})
    assert _emotion_rows(store, gone.id) == 0


def test_emotion_rows_cannot_point_at_a_missing_entry(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO mood_emotion (entry_id, emotion, position) VALUES (:id, 'sad', 0)"),
            {"id": str(uuid.uuid4())},
        )


def test_the_database_refuses_stress_out_of_range(store: Store, clock: FixedClock) -> None:
    bad = MoodInput(at=clock.now(), stress=11)  # skips the domain checks on purpose
    with pytest.raises(Exception, match="CHECK constraint"):
        store.add_mood(bad)
    assert store.count_moods() == 0


# --- queries ----------------------------------------------------------------------------------


def test_recent_moods_newest_first_with_paging(store: Store, clock: FixedClock) -> None:
    added = [
        store.add_mood(_mood(clock, minutes_ago, stress=minutes_ago % 11))
        for minutes_ago in (30, 10, 50, 0, 20, 40)
    ]
    newest_first = sorted(added, key=lambda entry: entry.at, reverse=True)
    assert list(store.recent_moods(10)) == newest_first
    assert list(store.recent_moods(2)) == newest_first[:2]
    assert list(store.recent_moods(2, offset=2)) == newest_first[2:4]
    assert list(store.recent_moods(2, offset=4)) == newest_first[4:]
    assert list(store.recent_moods(2, offset=6)) == []
    assert [entry.at for entry in store.recent_moods(3)] == [
        START,
        START - timedelta(minutes=10),
        START - timedelta(minutes=20),
    ]


def test_recent_moods_pages_do_not_repeat_entries_at_the_same_time(
    store: Store, clock: FixedClock
) -> None:
    added = {store.add_mood(_mood(clock, 5)).id for _ in range(7)}
    seen = [entry.id for offset in range(0, 7, 3) for entry in store.recent_moods(3, offset)]
    assert sorted(seen) == sorted(added)


def test_moods_between_includes_since_and_excludes_until(store: Store, clock: FixedClock) -> None:
    since = START - timedelta(hours=3)
    until = START - timedelta(hours=1)
    just_before = store.add_mood(
        make_mood_input(at=since - timedelta(microseconds=1), now=clock.now(), stress=1)
    )
    at_since = store.add_mood(make_mood_input(at=since, now=clock.now(), stress=2))
    middle = store.add_mood(
        make_mood_input(at=since + timedelta(hours=1), now=clock.now(), stress=3)
    )
    last_in = store.add_mood(
        make_mood_input(at=until - timedelta(microseconds=1), now=clock.now(), stress=4)
    )
    at_until = store.add_mood(make_mood_input(at=until, now=clock.now(), stress=5))
    assert store.moods_between(since, until) == [at_since, middle, last_in]
    assert store.moods_between(since, None) == [at_since, middle, last_in, at_until]
    assert store.moods_between(None, until) == [just_before, at_since, middle, last_in]
    assert store.moods_between() == [just_before, at_since, middle, last_in, at_until]


def test_moods_between_accepts_bounds_in_any_zone(store: Store, clock: FixedClock) -> None:
    entry = store.add_mood(make_mood_input(at=START - timedelta(hours=1), now=START, stress=4))
    shanghai = timezone(timedelta(hours=8))
    since = (START - timedelta(hours=1)).astimezone(shanghai)  # same instant, other offset
    assert store.moods_between(since, since + timedelta(seconds=1)) == [entry]
    assert store.moods_between(since + timedelta(seconds=1), None) == []


def test_count(store: Store, clock: FixedClock) -> None:
    assert store.count_moods() == 0
    entries = [store.add_mood(_mood(clock, n)) for n in range(5)]
    assert store.count_moods() == 5
    store.delete_mood(entries[0].id)
    assert store.count_moods() == 4


# --- connections and files --------------------------------------------------------------------


@pytest.mark.parametrize("fresh", [True, False], ids=["new-store", "existing-store"])
def test_store_connections_use_wal_foreign_keys_and_a_busy_timeout(
    home: AppPaths, clock: FixedClock, fresh: bool
) -> None:
    if not fresh:
        open_store(home, clock)[0].close()
    store, _ = open_store(home, clock)
    try:
        # Two connections at once: the one that ran migrations and a brand-new one.
        with store.engine.connect() as first, store.engine.connect() as second:
            for connection in (first, second):
                journal_mode = connection.execute(text("PRAGMA journal_mode")).scalar()
                foreign_keys = connection.execute(text("PRAGMA foreign_keys")).scalar()
                busy_timeout = connection.execute(text("PRAGMA busy_timeout")).scalar()
                assert journal_mode == "wal"
                assert foreign_keys == 1
                assert busy_timeout is not None
                assert busy_timeout > 0
                assert busy_timeout == BUSY_TIMEOUT_MS
    finally:
        store.close()


def test_wal_mode_is_kept_in_the_file(store: Store, clock: FixedClock) -> None:
    store.add_mood(_mood(clock))
    connection = _sqlite(store_path(store))
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()


@posix_only
def test_database_is_owner_only_and_data_dir_is_private(store: Store, home: AppPaths) -> None:
    assert stat.S_IMODE(home.database.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.data_dir.stat().st_mode) == 0o700


@posix_only
def test_an_existing_loose_database_and_folder_are_made_private(
    home: AppPaths, clock: FixedClock
) -> None:
    first, _ = open_store(home, clock)
    first.close()
    home.database.chmod(0o644)
    home.data_dir.chmod(0o755)
    second, _ = open_store(home, clock)
    second.close()
    assert stat.S_IMODE(home.database.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.data_dir.stat().st_mode) == 0o700


def test_unwritable_data_dir_raises_data_dir_error_naming_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("COMPANION_HOME", str(blocker / "home"))
    paths = app_paths()
    with pytest.raises(DataDirError) as caught:
        open_store(paths, clock)
    assert str(blocker / "home") in str(caught.value)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_data_dir_that_is_a_file_raises_data_dir_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    blocker = tmp_path / "home"
    blocker.write_bytes(b"")
    monkeypatch.setenv("COMPANION_HOME", str(blocker))
    with pytest.raises(DataDirError, match=re.escape(str(blocker))):
        open_store(app_paths(), clock)
