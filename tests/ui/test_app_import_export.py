"""Import and CSV export from the settings' *Your data* tab, in the running app (issue 26: only
the command line could): the buttons a person clicks, real files, the store checked after.

An export written here imports into a fresh home with every record; importing it again adds
nothing; a damaged or a foreign file is refused with a clear message and nothing saved is lost;
the CSV files are the ones `companion export --format csv` writes; and the window keeps
answering while the work runs on a thread of its own.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from companion.app import CompanionApp
from companion.cli import main
from companion.demo import fill_demo_home
from companion.domain.clock import SYSTEM_CLOCK
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.storage.store import Store
from companion.ui.settings import SettingsDialog
from tests.helpers.app import notices, start_app

KINDS = ("mood_entries", "thought_records", "exercises", "breaks", "check_ins")


@pytest.fixture(autouse=True)
def _close_log_files() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def demo_home(tmp_path) -> AppPaths:
    """Two weeks of a made-up agent's records: moods, breaks, thought records, exercises."""
    home = tmp_path / "old-pc"
    fill_demo_home(home, SYSTEM_CLOCK, weeks=2, seed=3)
    return AppPaths(home, home)


def fresh_home(tmp_path: Path, name: str = "new-pc") -> AppPaths:
    return AppPaths(tmp_path / name, tmp_path / name)


def open_data_tab(app: CompanionApp) -> SettingsDialog:
    app.settings_window.show()
    dialog = app.settings_window.dialog
    assert dialog is not None
    dialog.tabs.setCurrentWidget(dialog.data)
    return dialog


def counts(store: Store) -> dict[str, int]:
    return {
        "mood_entries": store.count_moods(),
        "thought_records": len(store.thoughts(drafts=False)) + len(store.thoughts(drafts=True)),
        "exercises": len(store.exercises_between()),
        "breaks": len(store.all_breaks()),
        "check_ins": len(store.check_ins_between()),
    }


def answer_next_file_dialog(qtbot, path: Path) -> list[QFileDialog]:
    """Type `path` into the file dialog the app opens next (Qt's own, modal), as a person
    would, and accept it. Returns the dialogs answered, for a look at them."""
    answered: list[QFileDialog] = []

    def answer() -> None:
        dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QFileDialog) and widget.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        dialog = dialogs[0]
        answered.append(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)
    return answered


def choose(monkeypatch, method: str, answer: str) -> list[tuple]:
    """The file dialog's answer, for the tests that look at what the app does with it."""
    asked: list[tuple] = []

    def reply(*args):
        asked.append(args)
        return answer if method == "getExistingDirectory" else (answer, "")

    monkeypatch.setattr(QFileDialog, method, staticmethod(reply))
    return asked


def wait_for_notice(qtbot, app: CompanionApp) -> QMessageBox:
    qtbot.waitUntil(lambda: len(notices(app)) == 1, timeout=30_000)
    [box] = notices(app)
    return box


def export_from(qtbot, app: CompanionApp, out: Path, monkeypatch) -> dict:
    dialog = open_data_tab(app)
    choose(monkeypatch, "getSaveFileName", str(out))
    dialog.data.export_button.click()
    told = wait_for_notice(qtbot, app)
    assert str(out) in told.text()
    told.close()
    return json.loads(out.read_text(encoding="utf-8"))


def import_into(qtbot, app: CompanionApp, path: Path) -> QMessageBox:
    dialog = open_data_tab(app)
    answered = answer_next_file_dialog(qtbot, path)
    dialog.data.import_button.click()  # the real file dialog opens; the helper answers it
    assert len(answered) == 1
    return wait_for_notice(qtbot, app)


def test_an_export_from_the_window_imports_into_a_fresh_home_with_every_record(
    qtbot, demo_home, tmp_path, monkeypatch
):
    old = start_app(qtbot, demo_home)
    try:
        assert old.store is not None
        before = counts(old.store)
        document = export_from(qtbot, old, tmp_path / "my-data.json", monkeypatch)
    finally:
        old.shut_down()
    assert all(before[kind] > 0 for kind in ("mood_entries", "breaks", "exercises")), before
    assert {kind: len(document[kind]) for kind in KINDS} == before

    new_home = fresh_home(tmp_path)
    new = start_app(qtbot, new_home)
    try:
        history_shown = []
        new.events.data_replaced.connect(lambda: history_shown.append(True))
        told = import_into(qtbot, new, tmp_path / "my-data.json")
        assert told.windowTitle().startswith("Import finished")
        assert f"Mood entries: {before['mood_entries']:,} added, 0 skipped" in told.text()
        assert "Settings: 3 added" in told.text()  # the demo's shift and break interval
        told.close()
        assert new.store is not None and counts(new.store) == before
        assert history_shown == [True]  # open windows reload
        assert new.settings.get("breaks.micro_interval_minutes") == 50  # in force at once
        dialog = new.settings_window.dialog
        assert dialog is not None and dialog.data.import_button.isEnabled()
        assert dialog.values()["breaks.micro_interval_minutes"] == 50  # and shown: Save keeps it

        again = import_into(qtbot, new, tmp_path / "my-data.json")  # twice: nothing doubles
        assert again.windowTitle().startswith("Nothing new to import")
        assert f"0 added, {before['mood_entries']:,} skipped (already here)" in again.text()
        again.close()
        assert counts(new.store) == before
        dialog.close()
    finally:
        new.shut_down()


NEW_ID = "8f6c1b1e-3a0e-4c53-9d7e-2f4b8c1d0a11"


def damaged(document: dict) -> dict:
    document["mood_entries"][0]["stress"] = 11  # the entry already here: the new one is sound
    return document


@pytest.mark.parametrize(
    ("name", "contents", "kind_said"),
    [
        ("damaged.json", "damaged", "is a Companion export, but something in it is not"),
        ("cut-short.json", "cut", "is not a Companion export, or it is damaged"),
        ("package.json", '{"name": "left-pad", "version": "1.3.0"}', "is not a Companion export."),
        ("photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "or it is damaged"),
        ("newer.json", "newer", "newer version of Companion"),
        ("missing.json", None, "could not be read"),
    ],
)
def test_a_bad_file_is_refused_clearly_and_nothing_saved_is_lost(
    qtbot, tmp_path, monkeypatch, name, contents, kind_said
):
    home = fresh_home(tmp_path)
    app = start_app(qtbot, home)
    try:
        assert app.store is not None
        now = app.clock.now()
        app.store.add_mood(make_mood_input(at=now, now=now, stress=6, note="物流太慢"))
        document = export_from(qtbot, app, tmp_path / "good.json", monkeypatch)
        new_entry = dict(document["mood_entries"][0], id=NEW_ID, note="新的一条")
        document["mood_entries"].append(new_entry)  # would be added, were the file sound
        path = tmp_path / name
        if contents == "damaged":
            path.write_text(json.dumps(damaged(document)), encoding="utf-8")
        elif contents == "cut":
            text = json.dumps(document)
            path.write_text(text[: len(text) // 2], encoding="utf-8")
        elif contents == "newer":
            path.write_text(json.dumps(dict(document, version=7)), encoding="utf-8")
        elif isinstance(contents, bytes):
            path.write_bytes(contents)
        elif contents is not None:
            path.write_text(contents, encoding="utf-8")
        settings_before = home.settings_file.read_bytes() if home.settings_file.exists() else b""

        dialog = open_data_tab(app)
        choose(monkeypatch, "getOpenFileName", str(path))
        dialog.data.import_button.click()
        told = wait_for_notice(qtbot, app)
        assert told.windowTitle().startswith("Nothing was imported")
        assert str(path) in told.text() and kind_said in told.text()
        assert "Everything you had saved is as it was." in told.text()
        assert "Details:" in told.text()
        told.close()
        assert [entry.note for entry in app.store.moods_between()] == ["物流太慢"]
        after = home.settings_file.read_bytes() if home.settings_file.exists() else b""
        assert after == settings_before
        assert dialog.data.import_button.isEnabled() and dialog.data.working is None
        dialog.close()
    finally:
        app.shut_down()


def test_csv_export_writes_what_the_command_writes_in_a_new_folder(
    qtbot, demo_home, tmp_path, monkeypatch, capsys
):
    chosen = tmp_path / "Documents"
    chosen.mkdir()
    app = start_app(qtbot, demo_home)
    try:
        dialog = open_data_tab(app)
        asked = choose(monkeypatch, "getExistingDirectory", str(chosen))
        dialog.data.export_csv_button.click()
        told = wait_for_notice(qtbot, app)
        [folder] = chosen.iterdir()  # one new folder, the files inside it
        assert folder.name.startswith("companion-csv-")
        assert str(folder) in told.text() and "CSV" in told.text()
        told.close()
        assert asked[0][0] is dialog  # the dialog belongs to the settings window

        dialog.data.export_csv_button.click()  # again the same day: a folder of its own
        wait_for_notice(qtbot, app).close()
        assert sorted(path.name for path in chosen.iterdir()) == [folder.name, f"{folder.name}-2"]
        dialog.close()
    finally:
        app.shut_down()

    os.environ["COMPANION_HOME"] = str(demo_home.data_dir)
    try:
        assert main(["export", "--format", "csv", "--out", str(tmp_path / "by-cli")]) == 0
    finally:
        del os.environ["COMPANION_HOME"]
    capsys.readouterr()
    by_cli = {path.name: path.read_bytes() for path in (tmp_path / "by-cli").iterdir()}
    by_window = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert len(by_window) == 8 and by_window == by_cli


def test_the_window_keeps_answering_while_an_import_saves(qtbot, demo_home, tmp_path, monkeypatch):
    """The records are saved on another thread: hold it there, and the window still answers,
    says what it is doing, and lets no second piece of work start."""
    old = start_app(qtbot, demo_home)
    try:
        export_from(qtbot, old, tmp_path / "export.json", monkeypatch)
    finally:
        old.shut_down()
    reached, release = threading.Event(), threading.Event()
    saved_on: list[threading.Thread] = []
    add_imported: Callable = Store.add_imported

    def held(store: Store, scratch, now, tell):
        def told(step: str, count: int) -> None:
            tell(step, count)
            saved_on.append(threading.current_thread())
            reached.set()
            release.wait(30)

        return add_imported(store, scratch, now, told)

    monkeypatch.setattr(Store, "add_imported", held)
    app = start_app(qtbot, fresh_home(tmp_path))
    try:
        dialog = open_data_tab(app)
        choose(monkeypatch, "getOpenFileName", str(tmp_path / "export.json"))
        dialog.data.import_button.click()
        qtbot.waitUntil(reached.is_set)
        line = dialog.data.lines["import"]
        qtbot.waitUntil(lambda: "new records" in line.text.text())
        assert line.isVisible() and line.text.text().startswith("Saving ")
        buttons = (dialog.data.import_button, dialog.data.export_button, dialog.data.erase_button)
        assert not any(button.isEnabled() for button in buttons)
        timer = QTimer()
        timer.setSingleShot(True)
        with qtbot.waitSignal(timer.timeout, timeout=5000):  # the event loop runs
            timer.start(10)
        dialog.tabs.setCurrentIndex(0)  # and the window answers a click
        assert dialog.tabs.currentIndex() == 0
        assert saved_on[0] is not threading.main_thread()
    finally:
        release.set()
    told = wait_for_notice(qtbot, app)
    assert told.windowTitle().startswith("Import finished")
    told.close()
    assert not line.isVisible() and dialog.data.import_button.isEnabled()
    dialog.close()
    app.shut_down()


def test_quitting_during_an_import_waits_for_it_and_keeps_every_record(
    qtbot, demo_home, tmp_path, monkeypatch
):
    old = start_app(qtbot, demo_home)
    try:
        assert old.store is not None
        before = counts(old.store)
        export_from(qtbot, old, tmp_path / "export.json", monkeypatch)
    finally:
        old.shut_down()
    reached = threading.Event()
    add_imported: Callable = Store.add_imported

    def noted(store: Store, scratch, now, tell):
        reached.set()
        return add_imported(store, scratch, now, tell)

    monkeypatch.setattr(Store, "add_imported", noted)
    home = fresh_home(tmp_path)
    app = start_app(qtbot, home)
    dialog = open_data_tab(app)
    choose(monkeypatch, "getOpenFileName", str(tmp_path / "export.json"))
    dialog.data.import_button.click()
    qtbot.waitUntil(reached.is_set)
    dialog.close()
    app.shut_down()  # as Quit does: the store closes once the import has ended
    again = start_app(qtbot, home)
    try:
        assert again.store is not None and counts(again.store) == before
    finally:
        again.shut_down()


def test_in_chinese_the_tab_and_its_answers_speak_chinese(qtbot, tmp_path, monkeypatch):
    foreign = tmp_path / "package.json"
    foreign.write_text('{"name": "left-pad"}', encoding="utf-8")
    app = start_app(qtbot, fresh_home(tmp_path), language="zh_CN")
    try:
        dialog = open_data_tab(app)
        assert dialog.data.import_button.text() == "导入(&P)…"
        assert dialog.data.export_csv_button.text() == "导出为 CSV(&V)…"
        choose(monkeypatch, "getOpenFileName", str(foreign))
        dialog.data.import_button.click()
        told = wait_for_notice(qtbot, app)
        assert told.windowTitle().startswith("未导入任何内容")
        assert f"{foreign} 不是心伴的导出文件。" in told.text()
        assert "你已保存的数据没有任何改动。" in told.text()
        told.close()
        dialog.close()
    finally:
        app.speech.translations.apply("en")  # the translators are the process's
        app.shut_down()


def test_an_entry_dated_after_now_is_kept_and_said(qtbot, tmp_path, monkeypatch):
    """Issue 29: the old computer's clock ran a year ahead. The window imports its entry with
    the time it has, and says so, instead of refusing the whole file."""
    old = start_app(qtbot, fresh_home(tmp_path, "old-pc"))
    try:
        assert old.store is not None
        now = old.clock.now()
        old.store.add_mood(make_mood_input(at=now, now=now, stress=5, note="时钟快了一年"))
        document = export_from(qtbot, old, tmp_path / "export.json", monkeypatch)
    finally:
        old.shut_down()
    later = datetime.fromisoformat(document["mood_entries"][0]["at"]) + timedelta(days=365)
    for key in ("at", "created_at", "updated_at"):
        document["mood_entries"][0][key] = later.isoformat()
    path = tmp_path / "ahead.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")

    new = start_app(qtbot, fresh_home(tmp_path))
    try:
        dialog = open_data_tab(new)
        choose(monkeypatch, "getOpenFileName", str(path))
        dialog.data.import_button.click()
        told = wait_for_notice(qtbot, new)
        assert told.windowTitle().startswith("Import finished")
        assert "Mood entries: 1 added, 0 skipped" in told.text()
        assert "1 record is dated after now on this computer (" in told.text()
        assert "Its time was kept as it was." in told.text()
        told.close()
        assert new.store is not None
        assert [entry.at for entry in new.store.moods_between()] == [later]
        dialog.close()
    finally:
        new.shut_down()
