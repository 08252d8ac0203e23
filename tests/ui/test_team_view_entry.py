"""The tray menu's Team figures entry: there only when a team server is set, and it starts
`companion team view` in a process of its own, in the tray's language (here a real process
running a stand-in command that writes down the arguments it was given)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from companion.features.team import team_view_command
from companion.paths import AppPaths
from companion.platform.desktop import launch_command
from tests.helpers.app import start_app

TEAM = '[team]\nurl = "postgresql://lead1@team.example.com/companion"\nname = "售后二组"\n'


def test_the_command_is_this_companion_with_team_view_in_the_language():
    assert team_view_command("zh_CN") == [*launch_command(), "--lang", "zh_CN", "team", "view"]


@pytest.mark.parametrize("team", [True, False], ids=["team-url-set", "no-team-url"])
def test_the_entry_is_there_only_with_a_team_server(qtbot, tmp_path, team):
    (tmp_path / "settings.toml").write_text(TEAM if team else "", encoding="utf-8")
    app = start_app(qtbot, AppPaths(tmp_path, tmp_path), "zh_CN")
    try:
        action = app.menu.team_action
        assert action.isVisible() is team
        assert action.text() == "团队概况(&A)…"
        if not team:
            return
        said = tmp_path / "arguments.json"
        writer = f"import json, sys; open({str(said)!r}, 'w').write(json.dumps(sys.argv[1:]))"
        app.team.view.command = lambda language: [sys.executable, "-c", writer, language]
        action.trigger()
        qtbot.waitUntil(said.exists, timeout=10_000)
        qtbot.waitUntil(lambda: said.read_text() != "", timeout=10_000)
        assert json.loads(said.read_text()) == ["zh_CN"]
    finally:
        app.shut_down()
        app.speech.translations.apply("en")  # the translators are the process's


def test_a_team_view_that_cannot_start_is_said(qtbot, tmp_path, caplog):
    (tmp_path / "settings.toml").write_text(TEAM, encoding="utf-8")
    app = start_app(qtbot, AppPaths(tmp_path, tmp_path))
    told: list[tuple[str, str]] = []
    try:
        app.team.view._tell = lambda title, text: told.append((title, text))
        app.team.view.command = lambda _language: [str(Path(tmp_path) / "no-such-program")]
        assert app.team.view.open() is False
        assert told == [
            ("Team figures", "The Team window could not start. The log has the details.")
        ]
        assert "the team view could not start" in caplog.text
    finally:
        app.shut_down()
