"""The theme (issue 26): the desktop's colours, or Companion's own light or dark ones, chosen in
the settings or with `companion config set appearance.theme`, applied at once to every open
window, and kept across restarts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.app import CompanionApp
from companion.cli import main
from companion.paths import AppPaths
from companion.settings import InvalidSetting, load_settings, parse_value
from companion.ui.palette import contrast_ratio, dark_palette, is_dark_colour, light_palette
from companion.ui.style import apply_theme, current_theme
from tests.helpers.app import start_app

R = QPalette.ColorRole
G = QPalette.ColorGroup


pytestmark = pytest.mark.usefixtures("desktop_colours_come_back")


def window_colour(widget: QWidget) -> QColor:
    return widget.palette().color(R.Window)


def dark(widget: QWidget) -> bool:
    return is_dark_colour(window_colour(widget))


def paths_with(tmp_path, text: str = "") -> AppPaths:
    paths = AppPaths(tmp_path / "home", tmp_path / "home")
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")
    return paths


def test_the_theme_is_a_checked_setting(tmp_path):
    assert parse_value("appearance.theme", "dark") == "dark"
    with pytest.raises(InvalidSetting, match=r"system.*light or dark"):
        parse_value("appearance.theme", "purple")
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text('[appearance]\ntheme = "sepia"\n', encoding="utf-8")
    settings = load_settings(settings_file)
    assert settings.get("appearance.theme") == "system"  # a bad value: the default, and said
    assert any("appearance.theme" in problem for problem in settings.problems)


def test_config_set_writes_the_theme(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    assert main(["config", "set", "appearance.theme", "dark"]) == 0
    capsys.readouterr()
    settings = load_settings(tmp_path / "home" / "settings.toml")
    assert settings.get("appearance.theme") == "dark"
    assert main(["config", "set", "appearance.theme", "blue"]) == 2
    assert "appearance.theme" in capsys.readouterr().err


def open_windows(app: CompanionApp) -> list[QWidget]:
    app.mood.show_history()
    app.settings_window.show()
    assert app.mood.history is not None and app.settings_window.dialog is not None
    return [app.mood.history, app.settings_window.dialog]


def test_the_chosen_theme_shows_at_start_and_every_open_window_follows_a_save(qtbot, tmp_path):
    desktop = QApplication.instance().palette().color(R.Window)
    paths = paths_with(tmp_path, '[appearance]\ntheme = "dark"\n')
    app = start_app(qtbot, paths)
    try:
        history, dialog = open_windows(app)
        assert dark(history) and dark(dialog)  # kept across restarts: dark from the start
        title = history.findChild(QLabel, "title")
        assert title is not None
        assert contrast_ratio(title.palette().color(R.WindowText), window_colour(history)) >= 4.5

        dialog.tabs.setCurrentWidget(dialog.appearance)
        assert dialog.appearance.buttons["dark"].isChecked()
        dialog.appearance.buttons["light"].click()
        assert dark(history)  # nothing changes before Save
        dialog.save_button.click()
        assert not dark(history)  # at once, in a window that was open all along
        assert window_colour(history) == light_palette().color(R.Window)
        assert 'theme = "light"' in paths.settings_file.read_text(encoding="utf-8")
        sheet = QApplication.instance().styleSheet()
        assert "QLabel#title" in sheet  # the sheet was made anew for the light palette

        app.settings_window.show()
        dialog.tabs.setCurrentWidget(dialog.appearance)
        assert dialog.appearance.buttons["light"].isChecked()  # the window shows what is in force
        dialog.appearance.buttons["system"].click()
        dialog.save_button.click()
        assert window_colour(history) == desktop  # the desktop's colours again
        history.close()
    finally:
        app.shut_down()


def test_a_change_through_settings_changed_applies_at_once(qtbot, tmp_path):
    """`companion config set` on a running app ends in `settings_changed`, like a Save."""
    app = start_app(qtbot, paths_with(tmp_path))
    try:
        history, dialog = open_windows(app)
        assert not dark(history)
        app.keeper.apply({"appearance.theme": "dark"})
        app.events.settings_changed.emit({"appearance.theme": "dark"})
        assert dark(history) and dark(dialog)
        assert current_theme(QApplication.instance()) == "dark"
        dialog.close()
        history.close()
    finally:
        app.shut_down()
    again = start_app(qtbot, AppPaths(tmp_path / "home", tmp_path / "home"))
    try:
        assert current_theme(QApplication.instance()) == "dark"  # after a restart too
    finally:
        again.shut_down()


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_themes_read_well(palette):
    """Text 4.5:1 on what it is drawn on (WCAG 1.4.3); a disabled control's text still seen."""
    for text, ground in (
        (R.WindowText, R.Window),
        (R.Text, R.Base),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.ToolTipText, R.ToolTipBase),
        (R.Link, R.Base),
    ):
        ratio = contrast_ratio(palette.color(text), palette.color(ground))
        needed = 3.0 if text is R.HighlightedText else 4.5  # a selection: large, bold-ish
        assert ratio >= needed, (text, ground, ratio)
    placeholder = palette.color(R.PlaceholderText)
    if placeholder.alpha() == 255:
        assert contrast_ratio(placeholder, palette.color(R.Base)) >= 4.5
    disabled = palette.color(G.Disabled, R.ButtonText)
    assert 1.5 <= contrast_ratio(disabled, palette.color(G.Disabled, R.Button)) < 4.5


def test_the_dark_screenshots_use_the_apps_dark_theme():
    from scripts.dashboard_screenshots import dark_palette as screenshots_palette

    assert screenshots_palette is dark_palette


def test_an_unknown_theme_changes_nothing(qtbot):
    app = QApplication.instance()
    before = app.palette().color(R.Window)
    apply_theme(app, "sepia")
    assert app.palette().color(R.Window) == before
    assert current_theme(app) == "system"
