"""Erasing everything Companion keeps about its user, for `companion erase` and the settings.

That is the store (with its -wal/-shm/-journal files), its backups, the damaged or foreign
stores that were moved aside, the logs and fault traces, when reminders were shown, and what an
interrupted write or an unusable settings file left behind (`settings.toml.invalid-*` holds the
old text). The settings file itself is kept: an administrator may have written it, and it holds
nothing about the person. Any other file in the data folder (an export saved there, say) is not
Companion's to delete: it is named in the report instead. Nothing here checks whether
Companion runs: the command line refuses while it does, and the running app closes its store
before calling.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from companion.paths import DB_NAME, AppPaths
from companion.storage.backups import PREFIX

_SIDE_FILES = ("-wal", "-shm", "-journal")
_ASIDE_LABELS = ("corrupt", "foreign")  # see companion.storage.store._set_aside
_LOG_NAME = "companion.log"  # with its rotated copies companion.log.1, .2, …


@dataclass(slots=True)
class EraseReport:
    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # path, why
    left: list[Path] = field(default_factory=list)  # files in the data folder that are not ours


def _files_in(folder: Path, pattern: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(pattern) if path.is_file() or path.is_symlink())


REMINDERS_FILE = "reminders.json"
WELCOME_FILE = "welcome.json"  # whether the first-start welcome was shown


def files_to_erase(paths: AppPaths) -> list[Path]:
    """Every file that erasing would remove, in the order it removes them."""
    database = paths.database
    found = [
        path
        for path in (database, *(database.with_name(DB_NAME + s) for s in _SIDE_FILES))
        if path.is_file() or path.is_symlink()
    ]
    for label in _ASIDE_LABELS:
        found += _files_in(paths.data_dir, f"{DB_NAME}.{label}-*")
    found += _files_in(paths.backups_dir, f"{PREFIX}*")
    found += _files_in(paths.logs_dir, f"{_LOG_NAME}*")
    found += _files_in(paths.logs_dir, "fault-2*.txt")  # traces kept from crashes
    # When reminders were last shown: not much, but it says when someone used the app.
    found += _files_in(paths.data_dir, REMINDERS_FILE)
    found += _files_in(paths.data_dir, f"{REMINDERS_FILE}.part")  # written by older versions
    found += _files_in(paths.data_dir, WELCOME_FILE)
    found += _files_in(paths.data_dir, ".*.tmp")  # an interrupted write (companion.files)
    found += _files_in(paths.config_dir, f"{paths.settings_file.name}.invalid-*")
    found += _files_in(paths.config_dir, f".{paths.settings_file.name}.*.tmp")
    return sorted(set(found), key=found.index)


def files_left(paths: AppPaths, erased: list[Path]) -> list[Path]:
    """Files in the data folder that erasing leaves: neither ours nor the settings."""
    # the running app's own: its lock, its fault-trace file and run marker (crash_trace.py)
    running = (
        paths.instance_lock,
        paths.team_lock,  # a team sync's (storage.team_lock): empty
        paths.logs_dir / "fault-trace.txt",
        paths.logs_dir / "running.json",
    )
    keep = {paths.settings_file, *running, *erased}
    if not paths.data_dir.is_dir():
        return []
    return sorted(
        path
        for path in paths.data_dir.rglob("*")
        if (path.is_file() or path.is_symlink()) and path not in keep
    )


def erase_all(paths: AppPaths) -> EraseReport:
    """Remove every file of `files_to_erase`, going on past one that cannot be removed, then
    the backups and logs folders when they are left empty."""
    report = EraseReport()
    for path in files_to_erase(paths):
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            report.failed.append((path, error.strerror or str(error)))
        else:
            report.removed.append(path)
    for folder in (paths.backups_dir, paths.logs_dir):
        with contextlib.suppress(OSError):  # missing, or holding files that are not ours
            folder.rmdir()
    report.left = files_left(paths, report.removed)
    return report
