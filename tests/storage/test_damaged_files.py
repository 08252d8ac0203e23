"""Opening never loses data: damaged, foreign and newer files, and backups."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.storage import schema
from companion.storage.backups import KEEP, backup_database, list_backups, prune_backups
from companion.storage.health import FileState, inspect_database
from companion.storage.opening import StoreError
from companion.storage.store import open_store

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def _make_store(paths: AppPaths, clock: FixedClock, entries: int = 200) -> None:
    """A real, closed store with `entries` entries, everything checkpointed into the main file."""
    store, _ = open_store(paths, clock)
    try:
        for n in range(entries):
            store.add_mood(
                make_mood_input(
                    at=clock.now() - timedelta(minutes=n),
                    now=clock.now(),
                    stress=n % 11,
                    emotions=["angry", "tense"] if n % 2 else ["calm"],
                    category="refund",
                    note=f"entry {n}: 客户 😡 " + "x" * 100,
                )
            )
    finally:
        store.close()
    assert not paths.database.with_name(paths.database.name + "-wal").exists()


def _rows(database: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        entries = connection.execute("SELECT * FROM mood_entry ORDER BY id").fetchall()
        emotions = connection.execute(
            "SELECT * FROM mood_emotion ORDER BY entry_id, emotion"
        ).fetchall()
    finally:
        connection.close()
    return entries, emotions


def _random_bytes(paths: AppPaths, clock: FixedClock) -> None:
    paths.database.write_bytes(random.Random(1234).randbytes(64 * 1024))


def _truncated_to_50_bytes(paths: AppPaths, clock: FixedClock) -> None:
    _make_store(paths, clock)
    with paths.database.open("r+b") as handle:
        handle.truncate(50)


def _truncated_to_half(paths: AppPaths, clock: FixedClock) -> None:
    _make_store(paths, clock)
    size = paths.database.stat().st_size
    assert size > 8 * 4096  # several pages, so half of them are really missing
    with paths.database.open("r+b") as handle:
        handle.truncate(size // 2)


def _header_then_garbage(paths: AppPaths, clock: FixedClock) -> None:
    _make_store(paths, clock)
    data = bytearray(paths.database.read_bytes())
    data[4096:] = random.Random(99).randbytes(len(data) - 4096)  # page 1 intact, rest noise
    paths.database.write_bytes(bytes(data))


def _foreign_database(paths: AppPaths, clock: FixedClock) -> None:
    connection = sqlite3.connect(paths.database)
    try:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany(
            "INSERT INTO customers (name) VALUES (?)", [(f"customer {n}",) for n in range(50)]
        )
        connection.commit()
    finally:
        connection.close()


def _companion_id_without_version(paths: AppPaths, clock: FixedClock) -> None:
    connection = sqlite3.connect(paths.database)
    try:
        connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        connection.execute("CREATE TABLE mood_entry (id TEXT PRIMARY KEY)")
        connection.commit()
    finally:
        connection.close()


DAMAGE: dict[str, Callable[[AppPaths, FixedClock], None]] = {
    "random-bytes": _random_bytes,
    "truncated-50-bytes": _truncated_to_50_bytes,
    "truncated-half": _truncated_to_half,
    "header-then-garbage": _header_then_garbage,
    "foreign-sqlite": _foreign_database,
    "no-schema-version": _companion_id_without_version,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_or_foreign_file_is_moved_aside_and_a_fresh_store_started(
    home: AppPaths, clock: FixedClock, damage: Callable[[AppPaths, FixedClock], None]
) -> None:
    home.data_dir.mkdir(parents=True, exist_ok=True)
    damage(home, clock)
    original = home.database.read_bytes()
    assert inspect_database(home.database).state in (FileState.CORRUPT, FileState.FOREIGN)

    store, report = open_store(home, clock)
    try:
        assert store.count_moods() == 0
        store.add_mood(make_mood_input(at=START, now=START, stress=1))  # and it is writable
        assert store.count_moods() == 1
    finally:
        store.close()

    assert report.moved_aside is not None
    assert report.moved_aside.exists()
    assert report.moved_aside.parent == home.data_dir
    assert report.moved_aside.name.startswith(f"{home.database.name}.")
    assert report.moved_aside.read_bytes() == original
    assert str(home.database) in report.problem
    assert inspect_database(home.database).state is FileState.CURRENT
    assert report.backups == []


def test_a_second_damaged_file_does_not_overwrite_the_first(
    home: AppPaths, clock: FixedClock
) -> None:
    home.data_dir.mkdir(parents=True)
    home.database.write_bytes(b"first damaged file" * 100)
    store, first = open_store(home, clock)
    store.close()
    home.database.write_bytes(b"second damaged file" * 100)
    store, second = open_store(home, clock)
    store.close()
    assert first.moved_aside is not None
    assert second.moved_aside is not None
    assert first.moved_aside != second.moved_aside
    assert first.moved_aside.read_bytes() == b"first damaged file" * 100
    assert second.moved_aside.read_bytes() == b"second damaged file" * 100


def test_zero_length_file_is_simply_used(home: AppPaths, clock: FixedClock) -> None:
    home.data_dir.mkdir(parents=True)
    home.database.write_bytes(b"")
    store, report = open_store(home, clock)
    store.close()
    assert report.moved_aside is None
    assert report.problem == ""
    assert sorted(p.name for p in home.data_dir.iterdir() if p.name.startswith("companion.db")) == [
        "companion.db"
    ]
    assert inspect_database(home.database).state is FileState.CURRENT


def test_the_problem_says_what_is_wrong(home: AppPaths, clock: FixedClock) -> None:
    home.data_dir.mkdir(parents=True)
    _foreign_database(home, clock)
    store, report = open_store(home, clock)
    store.close()
    assert "not a Companion database" in report.problem
    assert "customers" in report.problem
    home.database.write_bytes(b"\x00" * 4096)
    store, report = open_store(home, clock)
    store.close()
    assert "damaged" in report.problem


def test_existing_backups_are_reported_when_a_file_is_moved_aside(
    home: AppPaths, clock: FixedClock
) -> None:
    _make_store(home, clock, entries=3)
    older = backup_database(home.database, home.backups_dir, "manual")
    newer = backup_database(home.database, home.backups_dir, "manual")
    home.database.write_bytes(b"garbage" * 1000)
    store, report = open_store(home, clock)
    store.close()
    assert report.moved_aside is not None
    assert report.backups == [newer, older]
    assert report.backups == list_backups(home.backups_dir)
    # The store is never replaced by a backup: the user decides.
    assert _rows(home.database)[0] == []
    assert len(_rows(newer)[0]) == 3


def test_wal_and_shm_files_go_aside_with_their_database(home: AppPaths, clock: FixedClock) -> None:
    home.data_dir.mkdir(parents=True)
    home.database.write_bytes(b"not sqlite" * 100)
    wal = home.database.with_name("companion.db-wal")
    shm = home.database.with_name("companion.db-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"shm bytes")
    store, report = open_store(home, clock)
    store.close()
    assert report.moved_aside is not None
    assert report.moved_aside.with_name(report.moved_aside.name + "-wal").read_bytes() == (
        b"wal bytes"
    )
    assert report.moved_aside.with_name(report.moved_aside.name + "-shm").read_bytes() == (
        b"shm bytes"
    )


# --- a store from a newer Companion ---------------------------------------------------------


def test_store_from_a_newer_version_is_refused_and_left_unchanged(
    home: AppPaths, clock: FixedClock
) -> None:
    _make_store(home, clock, entries=5)
    connection = sqlite3.connect(home.database)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    finally:
        connection.close()
    before = home.database.read_bytes()

    # the read-only look may leave SQLite's empty -wal and its -shm index, never other files
    def files() -> list[str]:
        return sorted(p.name for p in home.data_dir.iterdir() if not p.name.endswith("-shm"))

    files_before = files()

    with pytest.raises(StoreError) as caught:
        open_store(home, clock)

    message = str(caught.value)
    assert "newer" in message
    assert str(home.database) in message
    assert "9999_from_the_future" in message
    assert home.database.read_bytes() == before
    wal = home.database.with_name("companion.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert [name for name in files() if not name.endswith("-wal")] == files_before
    assert not home.backups_dir.exists()


# --- backups ----------------------------------------------------------------------------------


def test_backup_is_a_readable_copy_with_the_same_rows(home: AppPaths, clock: FixedClock) -> None:
    _make_store(home, clock, entries=20)
    target = backup_database(home.database, home.backups_dir, "manual")
    assert target.parent == home.backups_dir
    assert target.name.startswith("companion-")
    assert target.name.endswith("-manual.db")
    assert _rows(target) == _rows(home.database)
    assert inspect_database(target).state is FileState.CURRENT
    connection = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def test_backup_of_an_open_store_includes_what_is_still_in_the_wal(
    home: AppPaths, clock: FixedClock
) -> None:
    store, _ = open_store(home, clock)
    try:
        for n in range(10):
            store.add_mood(make_mood_input(at=START, now=START, stress=n))
        target = backup_database(home.database, home.backups_dir, "live")
    finally:
        store.close()
    assert len(_rows(target)[0]) == 10


@posix_only
def test_backup_is_owner_only(home: AppPaths, clock: FixedClock) -> None:
    _make_store(home, clock, entries=1)
    target = backup_database(home.database, home.backups_dir, "manual")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.backups_dir.stat().st_mode) == 0o700


def test_backups_are_pruned_to_the_newest_ten(home: AppPaths, clock: FixedClock) -> None:
    _make_store(home, clock, entries=1)
    made = [backup_database(home.database, home.backups_dir, f"n{n:02d}") for n in range(13)]
    assert KEEP == 10
    kept = list_backups(home.backups_dir)
    assert kept == list(reversed(made[-10:]))
    for gone in made[:3]:
        assert not gone.exists()
    assert all(path.exists() for path in made[-10:])


def test_prune_leaves_other_files_alone(home: AppPaths) -> None:
    home.backups_dir.mkdir(parents=True)
    unrelated = home.backups_dir / "my-notes.txt"
    unrelated.write_text("keep me", encoding="utf-8")
    for n in range(5):
        (home.backups_dir / f"companion-2026010{n}-000000-000000-x.db").write_bytes(b"")
    prune_backups(home.backups_dir, keep=2)
    assert sorted(p.name for p in home.backups_dir.iterdir()) == [
        "companion-20260103-000000-000000-x.db",
        "companion-20260104-000000-000000-x.db",
        "my-notes.txt",
    ]


def test_list_backups_without_a_folder_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "missing") == []
