"""One's data in the running app: export from the settings, erase and go on with an empty store."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.app import CompanionApp
from companion.domain.mood import make_mood_input
from companion.logs import setup_logging, stop_logging
from companion.paths import AppPaths
from companion.storage.backups import backup_database
from companion.ui.confirm import destructive_button
from tests.helpers.app import notices, start_app

ALL_DAY = (
    '[shift]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\nhours = ["00:00-24:00"]\n'
)


@pytest.fixture(autouse=True)
def _restore_log_level() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    stop_logging()
    logging.getLogger().setLevel(level)


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path, tmp_path)


def start(qtbot, paths) -> CompanionApp:
    return start_app(qtbot, paths)


def log_mood(app: CompanionApp, stress: int, note: str | None = None) -> None:
    assert app.store is not None
    now = app.clock.now()
    app.store.add_mood(make_mood_input(at=now, now=now, stress=stress, note=note))


def test_erasing_from_the_settings_leaves_an_empty_store_that_works(qtbot, paths):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    setup_logging(paths.log_file)  # as run_app does
    app = start(qtbot, paths)
    try:
        log_mood(app, 8, "说我们骗人")
        app.menu.break_action.trigger()  # a break, ended by a call: one break record
        app.breaks.set_on_call(True)
        app.breaks.set_on_call(False)
        backup = backup_database(paths.database, paths.backups_dir, "manual")
        aside = paths.database.with_name("companion.db.foreign-20261101-101010")
        aside.write_bytes(b"not ours")
        app.menu.reframe_action.trigger()
        assert app.reframing.wizard is not None
        app.reframing.wizard.thought.setPlainText("我总是做不好")  # a draft being written
        app.mood.show_history()
        assert app.mood.history is not None and app.mood.history.model.rowCount() == 1
        app.mood.show_quick_log()
        quick_log = app.mood.quick_log
        assert quick_log is not None
        quick_log.form.note.setPlainText("客户骂我是骗子")  # closed with Esc: kept as a draft
        quick_log.reject()
        assert quick_log.draft is not None
        old_store = app.store

        app.settings_window.show()
        dialog = app.settings_window.dialog
        assert dialog is not None
        dialog.tabs.setCurrentIndex(3)
        dialog.data.erase_button.click()
        [box] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
        destructive_button(box).click()

        qtbot.waitUntil(lambda: app.store is not old_store and app.store is not None)
        assert not backup.exists() and not aside.exists()
        assert not paths.backups_dir.exists()
        assert app.store.count_moods() == 0
        assert app.store.thoughts(drafts=True) == []  # the draft was not saved on the way
        assert app.store.breaks_between() == []
        assert app.mood.history.model.rowCount() == 0  # open windows show the empty store
        assert app.reframing.wizard is None
        assert quick_log.draft is None  # nothing typed comes back after an erase
        app.mood.show_quick_log()
        assert quick_log.form.note_text() == "" and not quick_log.draft_line.isVisible()
        quick_log.reject()
        assert "说我们骗人" not in paths.log_file.read_text(encoding="utf-8")
        assert "all data erased" in paths.log_file.read_text(encoding="utf-8")
        assert paths.settings_file.read_text(encoding="utf-8") == ALL_DAY
        [told] = notices(app)
        assert "erased" in told.text()
        told.close()

        # The app keeps working on the new store: moods, breaks, reframing.
        log_mood(app, 3)
        app.mood.history.refresh()
        assert app.mood.history.model.rowCount() == 1
        app.menu.break_action.trigger()
        app.breaks.set_on_call(True)
        app.breaks.set_on_call(False)
        assert [r.outcome for _id, r in app.store.breaks_between()] == ["ended_early"]
        app.menu.reframe_action.trigger()
        assert app.reframing.wizard is not None
        app.reframing.wizard.thought.setPlainText("新的想法")
        app.reframing.wizard.finish()
        assert len(app.store.thoughts()) == 1
        dialog.close()
        app.mood.history.hide()
    finally:
        app.shut_down()


def test_export_from_the_settings_writes_all_data(qtbot, paths, tmp_path):
    paths.settings_file.write_text('language = "en"\n', encoding="utf-8")
    app = start(qtbot, paths)
    try:
        log_mood(app, 6, "物流太慢")
        app.settings_window.show()
        assert app.settings_window.dialog is not None
        out = tmp_path / "out" / "export.json"
        out.parent.mkdir()
        app.settings_window.dialog.export_requested.emit(str(out))
        qtbot.waitUntil(lambda: len(notices(app)) == 1)  # written on a thread of its own
        document = json.loads(out.read_text(encoding="utf-8"))
        assert [entry["note"] for entry in document["mood_entries"]] == ["物流太慢"]
        assert document["settings"] == {"language": "en"}
        [told] = notices(app)
        assert str(out) in told.text()
        told.close()

        app.settings_window.export_data(str(tmp_path / "missing" / "export.json"))
        qtbot.waitUntil(lambda: len(notices(app)) == 1)
        [failed] = notices(app)
        assert "could not be saved" in failed.text()
        failed.close()
        app.settings_window.dialog.close()
    finally:
        app.shut_down()
