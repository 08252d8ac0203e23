"""The data folder taken away while Companion runs (deleted, or its drive pulled out): a save
says it could not be saved and keeps what was typed, instead of writing on into a file nobody
can open again and seeming to succeed."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from companion.paths import AppPaths
from tests.helpers.app import start_app


@pytest.mark.logs_errors("the refused save is logged, as the quick log does")
def test_a_save_after_the_data_folder_went_away_is_refused_and_the_note_kept(qtbot, tmp_path):
    home = AppPaths(tmp_path / "home", tmp_path / "home")
    app = start_app(qtbot, home)
    try:
        assert app.journal is not None
        shutil.rmtree(home.data_dir)  # the folder and the store in it are gone
        app.mood.show_quick_log()
        dialog = app.mood.quick_log
        assert dialog is not None
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_6)
        dialog.form.note.setPlainText("written after the folder went")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.form.error.isVisible)
        assert "could not be saved" in dialog.form.error.text()
        assert dialog.isVisible()  # still open, with what was typed
        assert dialog.form.note.toPlainText() == "written after the folder went"
        dialog.reject()
    finally:
        app.shut_down()
