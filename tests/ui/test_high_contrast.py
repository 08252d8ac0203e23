"""High contrast (issue 32, item 14): chosen in the settings (`appearance.contrast`: auto, high,
normal) or asked for by the desktop (Qt's contrast preference), it restyles every open window at
once: pure black or white, text at 7:1 and more, thick outlines and focus rings."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.cli import main
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.settings import InvalidSetting, load_settings, parse_value
from companion.ui import style
from companion.ui.palette import BLACK, WHITE, contrast_ratio, is_high_contrast
from companion.ui.style import apply_theme, high_contrast_in_force
from tests.helpers.app import start_app

R = QPalette.ColorRole


pytestmark = pytest.mark.usefixtures("desktop_colours_come_back")


def paths_with(tmp_path, text: str = "") -> AppPaths:
    paths = AppPaths(tmp_path / "home", tmp_path / "home")
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")
    return paths


def window_colour(widget: QWidget) -> QColor:
    return widget.palette().color(R.Window)


def test_the_contrast_is_a_checked_setting(tmp_path, monkeypatch, capsys):
    assert parse_value("appearance.contrast", "high") == "high"
    with pytest.raises(InvalidSetting):
        parse_value("appearance.contrast", "extreme")
    paths = paths_with(tmp_path, '[appearance]\ncontrast = "loud"\n')
    settings = load_settings(paths.settings_file)
    assert settings.get("appearance.contrast") == "auto"  # a bad value: the default, and said
    assert any("appearance.contrast" in problem for problem in settings.problems)
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    assert main(["config", "set", "appearance.contrast", "high"]) == 0
    capsys.readouterr()
    assert load_settings(paths.settings_file).get("appearance.contrast") == "high"


def test_switching_the_setting_restyles_an_open_window(qtbot, tmp_path):
    paths = paths_with(tmp_path, '[appearance]\ntheme = "dark"\ncontrast = "normal"\n')
    app = start_app(qtbot, paths)
    try:
        app.mood.show_history()
        app.settings_window.show()
        history, dialog = app.mood.history, app.settings_window.dialog
        assert history is not None and dialog is not None
        assert not is_high_contrast(history.palette())
        assert "3px solid" not in QApplication.instance().styleSheet()

        dialog.tabs.setCurrentWidget(dialog.appearance)
        assert dialog.appearance.contrast_buttons["normal"].isChecked()
        dialog.appearance.contrast_buttons["high"].click()
        dialog.save_button.click()
        # at once, in a window open all along: white on black (the dark theme, in high contrast)
        assert window_colour(history) == BLACK
        assert is_high_contrast(history.palette()) and high_contrast_in_force(
            QApplication.instance()
        )
        title = history.findChild(QLabel, "title")
        assert title is not None
        assert contrast_ratio(title.palette().color(R.WindowText), window_colour(history)) >= 7
        assert "3px solid #ffff00" in QApplication.instance().styleSheet()  # thick focus rings
        assert 'contrast = "high"' in paths.settings_file.read_text(encoding="utf-8")

        app.settings_window.show()
        dialog.tabs.setCurrentWidget(dialog.appearance)
        assert dialog.appearance.contrast_buttons["high"].isChecked()
        dialog.appearance.buttons["light"].click()  # the light theme: black on white
        dialog.save_button.click()
        assert window_colour(history) == WHITE and is_high_contrast(history.palette())

        app.settings_window.show()
        dialog.appearance.contrast_buttons["normal"].click()
        dialog.save_button.click()
        assert not is_high_contrast(history.palette())
        assert "3px solid" not in QApplication.instance().styleSheet()
        dialog.close()
        history.close()
    finally:
        app.shut_down()


def test_auto_follows_the_desktops_contrast_preference_live(qtbot, monkeypatch):
    app = QApplication.instance()
    asks = {"high": False}
    monkeypatch.setattr(style, "desktop_asks_high_contrast", lambda: asks["high"])
    widget = QWidget()
    qtbot.addWidget(widget)
    apply_theme(app, "light", "auto")
    assert not is_high_contrast(widget.palette())
    asks["high"] = True  # the desktop's setting changes: Qt tells with a signal
    hints = QGuiApplication.styleHints()
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert app.palette().color(R.Window) == WHITE  # at once, for every window
    qtbot.waitUntil(lambda: is_high_contrast(widget.palette()), timeout=2000)
    asks["high"] = False
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    qtbot.waitUntil(lambda: not is_high_contrast(widget.palette()), timeout=2000)
    apply_theme(app, "light", "normal")  # never: the desktop's wish is not followed
    asks["high"] = True
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert not is_high_contrast(app.palette())


def test_with_the_desktops_colours_high_contrast_follows_its_light_or_dark(qtbot, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setattr(style, "desktop_asks_high_contrast", lambda: True)
    monkeypatch.setattr(style._PaletteFollower, "_desktop_is_dark", lambda self: True)
    apply_theme(app, "system", "auto")
    assert app.palette().color(R.Window) == BLACK
    monkeypatch.setattr(style._PaletteFollower, "_desktop_is_dark", lambda self: False)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app.palette().color(R.Window) == WHITE


def test_in_high_contrast_the_mood_logs_stress_is_on_the_tables_own_colours(qtbot, tmp_path):
    """The stress colours behind the number reach only about 4.6:1 with any text: in high
    contrast the cell keeps the table's own black or white (the number says the stress)."""
    app = start_app(qtbot, paths_with(tmp_path, '[appearance]\ncontrast = "normal"\n'))
    try:
        assert app.store is not None
        now = app.clock.now()
        app.store.add_mood(make_mood_input(at=now - timedelta(minutes=5), now=now, stress=5))
        app.mood.show_history()
        history = app.mood.history
        assert history is not None
        model = history.model
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        index = model.index(0, 1)
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None  # the stress colour
        apply_theme(QApplication.instance(), "system", "high")
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) is None
        history.close()
    finally:
        app.shut_down()
