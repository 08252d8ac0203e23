"""Erasing all data: the store, backups, files kept aside and logs go; the settings stay."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.storage.backups import backup_database
from companion.storage.erase import erase_all, files_to_erase
from companion.storage.store import open_store

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


def _populate(paths: AppPaths) -> list[Path]:
    """A data folder as weeks of use leave it; returns the files that are Companion's data."""
    store, _ = open_store(paths, FixedClock(NOW))
    store.add_mood(make_mood_input(at=NOW, now=NOW, stress=6, note="很累"))
    store.close()
    backup = backup_database(paths.database, paths.backups_dir, "before-0003-upgrade")
    database = paths.database
    made = [
        database.with_name("companion.db-wal"),
        database.with_name("companion.db-shm"),
        database.with_name("companion.db.corrupt-20261101-101010"),
        database.with_name("companion.db.corrupt-20261101-101010-wal"),
        database.with_name("companion.db.foreign-20261102-090000"),
        paths.log_file,
        paths.logs_dir / "companion.log.1",
        paths.data_dir / "reminders.json",
        paths.data_dir / "reminders.json.part",  # left by an older version's interrupted write
        paths.data_dir / ".settings.toml.abc123.tmp",  # an interrupted write
        paths.logs_dir / "fault-20261101-101010.txt",  # a crash's trace
        # an unusable settings file kept aside still holds its text (issue 13)
        paths.data_dir / "settings.toml.invalid-20261101-101010",
    ]
    for path in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    paths.settings_file.write_text('language = "zh_CN"\n', encoding="utf-8")
    return [database, backup, *made]


def test_everything_but_the_settings_is_erased(tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    data = _populate(paths)
    assert sorted(files_to_erase(paths)) == sorted(data)
    report = erase_all(paths)
    assert sorted(report.removed) == sorted(data)
    assert report.failed == []
    assert not any(path.exists() for path in data)
    assert not paths.backups_dir.exists() and not paths.logs_dir.exists()
    left = sorted(path.name for path in tmp_path.iterdir())
    assert left == ["settings.toml"]
    assert report.left == []
    assert files_to_erase(paths) == []


def test_an_export_saved_in_the_data_folder_is_named_not_deleted(tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    _populate(paths)
    export = paths.data_dir / "my-export.json"
    export.write_text("{}", encoding="utf-8")
    report = erase_all(paths)
    assert export.exists()
    assert report.left == [export]


def test_files_that_are_not_companions_are_left_with_their_folder(tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    _populate(paths)
    mine = paths.backups_dir / "my-notes.txt"
    mine.write_text("keep", encoding="utf-8")
    other = tmp_path / "other.db"
    other.write_text("keep", encoding="utf-8")
    erase_all(paths)
    assert mine.read_text(encoding="utf-8") == "keep"
    assert other.read_text(encoding="utf-8") == "keep"
    assert not paths.logs_dir.exists()


def test_an_empty_or_missing_folder_has_nothing_to_erase(tmp_path):
    assert files_to_erase(AppPaths(tmp_path / "missing", tmp_path / "missing")) == []
    report = erase_all(AppPaths(tmp_path, tmp_path))
    assert report.removed == [] and report.failed == []


def test_a_new_store_opens_after_erasing(tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    _populate(paths)
    erase_all(paths)
    store, report = open_store(paths, FixedClock(NOW))
    try:
        assert report.moved_aside is None
        assert store.count_moods() == 0
    finally:
        store.close()
