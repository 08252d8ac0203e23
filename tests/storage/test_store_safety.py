"""Issue 13: a store that is only locked, a damaged one with its write-ahead log, a folder in the
file's place, a read-only file, a broken schema record, a dropped table."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.storage import health
from companion.storage.health import FileState, inspect_database
from companion.storage.opening import StoreError
from companion.storage.store import open_store

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def make_store(paths: AppPaths, clock: FixedClock, entries: int = 20) -> None:
    store, _ = open_store(paths, clock)
    try:
        for n in range(entries):
            store.add_mood(make_mood_input(at=clock.now(), now=clock.now(), stress=n % 11))
    finally:
        store.close()


def hold_exclusive_lock(database: Path, seconds: float) -> subprocess.Popen:
    """Another program that holds the file with an exclusive lock, as issue 13 found."""
    script = textwrap.dedent(
        f"""
        import sqlite3, sys, time
        c = sqlite3.connect({str(database)!r}, isolation_level=None)
        c.execute("PRAGMA locking_mode=EXCLUSIVE")
        c.execute("BEGIN EXCLUSIVE")
        print("locked", flush=True)
        time.sleep({seconds})
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    with holder.stdout:
        assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_locked_store_is_in_use_not_damaged_and_nothing_is_touched(home, clock, monkeypatch):
    make_store(home, clock)
    monkeypatch.setattr(health, "BUSY_WAIT_S", 0.5)
    holder = hold_exclusive_lock(home.database, 30)
    before = {path.name: digest(path) for path in home.data_dir.iterdir() if path.is_file()}
    try:
        assert inspect_database(home.database).state is FileState.BUSY
        with pytest.raises(StoreError) as caught:
            open_store(home, clock)
    finally:
        holder.kill()
        holder.wait()
    assert "in use by another program" in str(caught.value)
    assert "damaged" not in str(caught.value)
    assert not list(home.data_dir.glob("*.corrupt-*"))
    after = {path.name: digest(path) for path in home.data_dir.iterdir() if path.is_file()}
    assert after == before
    store, report = open_store(home, clock)  # free again: everything is still there
    try:
        assert report.moved_aside is None and store.count_moods() == 20
    finally:
        store.close()


def test_a_lock_that_ends_while_waiting_is_simply_waited_for(home, clock):
    make_store(home, clock)
    holder = hold_exclusive_lock(home.database, 1.5)
    started = time.monotonic()
    try:
        store, report = open_store(home, clock)
    finally:
        holder.wait()
    try:
        assert time.monotonic() - started >= 1.0
        assert report.moved_aside is None and store.count_moods() == 20
    finally:
        store.close()


def write_into_the_wal_and_die(database: Path) -> None:
    """Rows that are only in `-wal` (no checkpoint), as after a crash."""
    script = textwrap.dedent(
        f"""
        import os, sqlite3
        c = sqlite3.connect({str(database)!r})
        c.execute("PRAGMA wal_autocheckpoint=0")
        c.execute("UPDATE mood_entry SET stress = 10")
        c.commit()
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_a_damaged_store_goes_aside_exactly_as_found_with_its_wal(home, clock):
    make_store(home, clock, entries=300)
    write_into_the_wal_and_die(home.database)
    wal = home.database.with_name("companion.db-wal")
    assert wal.stat().st_size > 0
    data = bytearray(home.database.read_bytes())
    data[4096 * 3 : 4096 * 5] = os.urandom(4096 * 2)  # two pages of noise
    home.database.write_bytes(bytes(data))
    before_db, before_wal = digest(home.database), digest(wal)

    store, report = open_store(home, clock)
    store.close()

    aside = report.moved_aside
    assert aside is not None
    assert digest(aside) == before_db
    assert digest(aside.with_name(aside.name + "-wal")) == before_wal


def test_a_garbage_wal_beside_a_damaged_store_is_kept_too(home, clock):
    make_store(home, clock)
    data = bytearray(home.database.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)
    home.database.write_bytes(bytes(data))
    wal = home.database.with_name("companion.db-wal")
    wal.write_bytes(os.urandom(10_000))
    before_wal = digest(wal)
    store, report = open_store(home, clock)
    store.close()
    assert report.moved_aside is not None
    assert digest(report.moved_aside.with_name(report.moved_aside.name + "-wal")) == before_wal


def test_a_folder_where_the_store_should_be_is_named_and_left_alone(home, clock):
    home.database.mkdir(parents=True)
    (home.database / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        open_store(home, clock)
    assert "folder" in str(caught.value) and str(home.database) in str(caught.value)
    assert (home.database / "keep.txt").read_text(encoding="utf-8") == "mine"


@posix_only
def test_a_read_only_store_is_refused_before_sqlite_makes_a_read_only_index(home, clock):
    make_store(home, clock)
    home.database.chmod(0o400)
    before = digest(home.database)
    with pytest.raises(StoreError) as caught:
        open_store(home, clock)
    assert "read-only" in str(caught.value)
    assert digest(home.database) == before
    assert not home.database.with_name("companion.db-shm").exists()
    home.database.chmod(0o600)  # the user makes it writable: writes work at once
    store, _ = open_store(home, clock)
    try:
        store.add_mood(make_mood_input(at=clock.now(), now=clock.now(), stress=3))
        assert store.count_moods() == 21
    finally:
        store.close()


@posix_only
def test_a_read_only_index_left_by_an_earlier_run_is_made_writable(home, clock):
    make_store(home, clock)
    index = home.database.with_name("companion.db-shm")
    index.write_bytes(b"")
    index.chmod(0o400)
    store, _ = open_store(home, clock)
    try:
        store.add_mood(make_mood_input(at=clock.now(), now=clock.now(), stress=3))
    finally:
        store.close()
    if index.exists():
        assert stat.S_IMODE(index.stat().st_mode) & stat.S_IWUSR


def test_an_empty_schema_record_is_damage_not_a_newer_version(home, clock):
    make_store(home, clock)
    with sqlite3.connect(home.database) as connection:
        connection.execute("DELETE FROM alembic_version")
    inspection = inspect_database(home.database)
    assert inspection.state is FileState.CORRUPT
    assert "schema version is missing" in inspection.detail


def test_a_dropped_table_is_damage_and_the_file_is_kept_aside(home, clock):
    make_store(home, clock)
    with sqlite3.connect(home.database) as connection:
        connection.execute("DROP TABLE break_event")
    before = digest(home.database)
    store, report = open_store(home, clock)
    try:
        assert report.moved_aside is not None and digest(report.moved_aside) == before
        assert "break_event is missing" in report.problem
        assert store.count_moods() == 0  # a fresh store
    finally:
        store.close()
