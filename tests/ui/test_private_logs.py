"""Nothing a person wrote reaches the log, even when the database refuses to save it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from companion.logs import setup_logging, stop_logging
from companion.paths import AppPaths
from companion.ui.history import HistoryWindow
from tests.ui.conftest import add_entry

SECRET = "SECRET-NOTE-4711 my manager shouted at me"


@pytest.fixture(autouse=True)
def _restore_log_level() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    stop_logging()
    logging.getLogger().setLevel(level)


@pytest.mark.logs_errors("the refused change is logged, as the mood log window does")
def test_a_refused_change_to_a_note_is_logged_without_the_note(
    qtbot, tmp_path, store, clock, vocabulary
):
    paths = AppPaths(tmp_path, tmp_path)  # where the `store` fixture keeps the database
    log_file = paths.log_file
    setup_logging(log_file)  # as run_app does
    entry = add_entry(store, clock, 10, 5, note="before")
    database = sqlite3.connect(paths.database)
    database.execute(  # the database refuses every change of an entry, as a full disk would
        "CREATE TRIGGER no_changes BEFORE UPDATE ON mood_entry "
        "BEGIN SELECT RAISE(ABORT, 'changes refused'); END"
    )
    database.commit()
    database.close()
    window = HistoryWindow(lambda: store, clock, vocabulary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.edit_selected()
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    editor.form.note.setPlainText(SECRET)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.form.error.isVisible)
    assert "could not be saved" in editor.form.error.text()
    assert store.get_mood(entry.id) == entry  # nothing changed

    logged = log_file.read_text(encoding="utf-8")
    assert f"updating mood entry {entry.id} failed" in logged
    assert "changes refused" in logged  # what went wrong is there for whoever helps
    assert "UPDATE mood_entry" in logged  # and which statement
    assert "SECRET-NOTE-4711" not in logged
    assert "shouted" not in logged
