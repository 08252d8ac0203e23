"""The tray app on an old store with a stray row: it opens, and says once where the row went."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from companion.paths import AppPaths
from tests.helpers.app import notices, start_app

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "companion-schema-0001.db"


def test_an_old_store_with_a_stray_row_opens_and_the_app_says_where_it_went(qtbot, tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    shutil.copy(FIXTURE, paths.database)
    database = sqlite3.connect(paths.database)  # foreign keys off, as an old build wrote it
    database.execute(
        "INSERT INTO mood_emotion VALUES ('00000000-0000-0000-0000-0000000000ff', 'angry', 0)"
    )
    database.commit()
    database.close()

    app = start_app(qtbot, paths)
    try:
        assert app.exit_code == 0 and app.store is not None
        assert app.store.count_moods() == 5
        [told] = notices(app)
        assert told.windowTitle().startswith("Some old records were set aside")
        [aside] = paths.backups_dir.glob("*-set-aside.json")
        assert str(aside) in told.text()
        assert "1 record it could not use" in told.text()
        assert "Everything else is as it was." in told.text()
        told.close()
    finally:
        app.shut_down()
