"""A new store, migrated once per test session and copied for each test that wants one.

Creating a store runs Alembic through every migration (a tenth to a third of a second, most of
a small test's time). The file that run leaves is the same for every new store, so the suite
makes it once and each test gets its own private copy: a real SQLite file in the test's own
folder, opened by the real code (`open_store`, the app's start), which finds it current and
opens it as it opens a store made on an earlier day. Tests about making or migrating a store
(tests/storage/test_store.py, test_migrations.py, test_damaged_files.py, …) still start from
nothing, as the app does on its first start.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from companion.paths import AppPaths, DataDirError, ensure_private_dir

_made: list[Path] = []  # the template, once made in this session


def _template() -> Path:
    if not _made:
        from companion.storage.opening import prepare_database

        folder = Path(tempfile.mkdtemp(prefix="companion-store-template-"))
        atexit.register(shutil.rmtree, folder, True)
        paths = AppPaths(folder, folder)
        prepare_database(paths)
        _made.append(paths.database)
    return _made[0]


def place_new_store(paths: AppPaths) -> AppPaths:
    """A new, empty, current store where `paths` keeps its database: a private copy of the
    session's template. Nothing is done when a database is there already, or when the data
    folder cannot be made (the code under test is to find that out and say it). Returns `paths`."""
    if not paths.database.exists() and not paths.database.is_symlink():
        try:
            ensure_private_dir(paths.data_dir)
        except DataDirError:
            return paths
        shutil.copyfile(_template(), paths.database)
        if os.name == "posix":
            paths.database.chmod(0o600)
    return paths
