"""The whole app wired together in-process: stand-in window, menu, language, bad files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.app import CompanionApp
from companion.paths import AppPaths
from companion.settings import load_settings


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path, tmp_path)


def start(qtbot, paths, language=None) -> CompanionApp:
    app = CompanionApp(QApplication.instance(), paths, load_settings(paths.settings_file), language)
    app.start()
    qtbot.waitUntil(lambda: app.store is not None or app.exit_code != 0)
    for window in app.windows():
        qtbot.addWidget(window)
    return app


def notices(app: CompanionApp) -> list[QMessageBox]:
    return [box for box in app._messages if box.isVisible()]


def test_without_a_tray_a_stand_in_window_says_why(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        assert app.tray is None
        assert app.stand_in is not None and app.stand_in.isVisible()
        assert "no system tray" in app.stand_in.why.text()
        app.stand_in.log_button.click()
        assert app.quick_log is not None and app.quick_log.isVisible()
        app.stand_in.close()  # closing hides it; the app keeps running
        assert not app.stand_in.isVisible()
        app.handle_request({"command": "activate"})  # a second start brings it back
        assert app.stand_in.isVisible()
    finally:
        app.shut_down()


def test_language_chosen_in_the_menu_applies_at_once_and_is_kept(qtbot, paths):
    app = start(qtbot, paths, None)
    try:
        app.menu.language_actions["zh_CN"].trigger()
        assert app.language == "zh_CN"
        assert load_settings(paths.settings_file).language == "zh_CN"
        assert app.menu.log_action.text() == "记录心情(&L)…"
        assert app.quick_log is not None and app.quick_log.title.text().startswith("刚才")
        assert app.history is not None and app.history.windowTitle() == "情绪记录 · 心伴"
        assert app.stand_in is not None and app.stand_in.title.text() == "心伴正在运行"
        app.menu.language_actions["en"].trigger()
        assert app.quick_log.title.text() == "How are you after that call?"
        assert paths.settings_file.read_text(encoding="utf-8").strip() == 'language = "en"'
    finally:
        app.translations.apply("en")
        app.shut_down()


def test_a_damaged_database_is_kept_aside_and_the_user_told(qtbot, paths):
    paths.database.write_bytes(b"this is not a database at all" * 10)
    app = start(qtbot, paths, "en")
    try:
        asides = list(paths.data_dir.glob("companion.db.corrupt-*"))
        assert len(asides) == 1
        assert asides[0].read_bytes() == b"this is not a database at all" * 10
        shown = notices(app)
        assert len(shown) == 1
        assert str(asides[0]) in shown[0].text()
        assert str(paths.database) in shown[0].text()
        assert app.store is not None and app.store.count_moods() == 0
    finally:
        app.shut_down()


def test_bad_settings_are_reported_and_the_rest_applies(qtbot, paths):
    paths.settings_file.write_text('language = "fr"\ncolour = "blue"\n', encoding="utf-8")
    app = start(qtbot, paths, None)
    try:
        text = notices(app)[0].text()
        assert "language" in text and "zh_CN" in text and "colour" in text
        assert paths.settings_file.read_text(encoding="utf-8").startswith('language = "fr"')
    finally:
        app.shut_down()


def test_the_stand_in_moves_to_a_tray_that_appears_later(qtbot, paths, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    app = start(qtbot, paths, "en")
    try:
        assert app.stand_in is not None and app.tray is None
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
        app._check_for_tray()  # what the two-minute watch does every five seconds
        assert app.tray is not None
        assert app.stand_in is None
        assert not app._tray_timer.isActive()  # nothing polls once the tray is there
    finally:
        app.shut_down()


def test_the_tray_watch_gives_up_after_two_minutes(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        assert app._tray_timer.isActive()
        for _ in range(24):
            app._check_for_tray()
        assert not app._tray_timer.isActive()
        assert app.stand_in is not None and app.stand_in.isVisible()
    finally:
        app.shut_down()
