"""Start at login, from the settings window of the running app: the box shows what the desktop
will really do, and saving writes or removes the login entry (temporary XDG folders)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.app import CompanionApp
from companion.paths import AppPaths
from companion.platform.desktop import read_entry
from tests.helpers.app import start_app


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "home", tmp_path / "home")


@pytest.fixture
def autostart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    return tmp_path / "config" / "autostart" / "companion.desktop"


@pytest.fixture
def app(qtbot, paths, autostart):
    paths.data_dir.mkdir()
    started = start_app(qtbot, paths, ready=lambda app: app.breaks.driver is not None)
    yield started
    if started.settings_window.dialog is not None:
        started.settings_window.dialog.close()
    started.shut_down()


def open_settings(qtbot, app: CompanionApp):
    app.settings_window.show()
    dialog = app.settings_window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(0)
    return dialog


def save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def saved_at_login(paths: AppPaths) -> object:
    table = tomllib.loads(paths.settings_file.read_text(encoding="utf-8"))
    return table.get("startup", {}).get("at_login")


def test_ticking_the_box_writes_the_login_entry_and_unticking_removes_it(
    qtbot, app, paths, autostart
):
    dialog = open_settings(qtbot, app)
    assert dialog.shift.at_login.text() == "Start Companion when I &log in"
    assert not dialog.shift.at_login.isChecked()
    qtbot.mouseClick(dialog.shift.at_login, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    keys = read_entry(autostart.read_text(encoding="utf-8"))
    assert keys["Name"] == "Companion"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert saved_at_login(paths) is True
    assert app.settings.get("startup.at_login") is True

    dialog = open_settings(qtbot, app)
    assert dialog.shift.at_login.isChecked()
    qtbot.mouseClick(dialog.shift.at_login, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert not autostart.exists()
    assert saved_at_login(paths) is False


def test_the_box_shows_the_entry_as_it_really_is(qtbot, app, paths, autostart):
    dialog = open_settings(qtbot, app)
    qtbot.mouseClick(dialog.shift.at_login, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    autostart.unlink()  # the user, or an administrator, removed it behind Companion's back
    dialog = open_settings(qtbot, app)
    assert not dialog.shift.at_login.isChecked()
    save(qtbot, dialog)  # saved as shown: the file now agrees with the desktop
    assert saved_at_login(paths) is False
    assert not autostart.exists()

    autostart.parent.mkdir(parents=True, exist_ok=True)
    autostart.write_text("[Desktop Entry]\nType=Application\nExec=companion\n", encoding="utf-8")
    dialog = open_settings(qtbot, app)
    assert dialog.shift.at_login.isChecked()  # put there by hand: it counts
    save(qtbot, dialog)
    assert "X-GNOME" not in autostart.read_text(encoding="utf-8")  # unchanged: not rewritten
    assert saved_at_login(paths) is True


def test_an_entry_that_cannot_be_written_is_told_and_not_saved(qtbot, app, paths, autostart):
    autostart.parent.parent.mkdir(parents=True, exist_ok=True)
    autostart.parent.write_text("a file where the folder should be")
    dialog = open_settings(qtbot, app)
    qtbot.mouseClick(dialog.shift.at_login, Qt.MouseButton.LeftButton)
    dialog.breaks.spins["breaks.micro_interval_minutes"].setValue(40)
    save(qtbot, dialog)
    shown = [box for box in app.notices.boxes if box.isVisible()]
    assert len(shown) == 1
    assert shown[0].icon() == QMessageBox.Icon.Warning
    assert "could not be changed" in shown[0].text()
    assert str(autostart) in shown[0].text()
    assert saved_at_login(paths) is None  # left as it was
    assert "micro_interval_minutes = 40" in paths.settings_file.read_text(encoding="utf-8")
    assert app.settings.get("startup.at_login") is False
    shown[0].close()
