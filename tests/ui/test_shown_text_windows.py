"""In a window, text from outside is shown as text: a team server's answer and the name of a
file to import can neither turn a line around (a bidirectional override) nor become markup."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from companion.paths import AppPaths
from companion.storage.team_share import TeamShare
from tests.helpers.app import start_app
from tests.ui.test_app_import_export import choose, open_data_tab, wait_for_notice
from tests.ui.test_settings_sharing import NOW, SHIFT, TEAM, sharing_tab, start

ACTING = "\x1b[2J\x1b[31mred\r\x08 \u202efdp.exe\u2028fake line"
RAW = ("\x1b", "\x08", "\r", "\u202e", "\u2028")


def no_raw(text: str) -> bool:
    return not any(char in text for char in RAW)


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


def test_the_servers_last_answer_is_plain_text_in_the_sharing_tab(qtbot, tmp_path):
    app = start(qtbot, tmp_path, SHIFT + TEAM)
    try:
        with sqlite3.connect(tmp_path / "companion.db") as other:
            share = TeamShare(other)
            share.turn_on(date(2026, 11, 20), NOW)
            share.record_result(NOW, False, f"team server: <b>down</b> {ACTING}")
        dialog = sharing_tab(qtbot, app)
        shown = dialog.sharing.last_result
        assert shown.isVisible()
        assert shown.textFormat() == Qt.TextFormat.PlainText  # <b> is two characters and a b
        assert "<b>down</b>" in shown.text()
        assert no_raw(shown.text()), repr(shown.text())
        assert "\\u202efdp.exe" in shown.text()
        dialog.close()
    finally:
        app.shut_down()


def test_the_name_of_a_refused_file_is_plain_text_in_the_notice(qtbot, tmp_path, monkeypatch):
    home = AppPaths(tmp_path / "home", tmp_path / "home")
    app = start_app(qtbot, home)
    try:
        path = tmp_path / f"<b>export{ACTING}.json"
        path.write_text("{", encoding="utf-8")  # cut short: refused
        dialog = open_data_tab(app)
        choose(monkeypatch, "getOpenFileName", str(path))
        dialog.data.import_button.click()
        told = wait_for_notice(qtbot, app)
        assert told.windowTitle().startswith("Nothing was imported")
        assert told.textFormat() == Qt.TextFormat.PlainText
        assert "<b>export" in told.text()
        assert no_raw(told.text()), repr(told.text())
        assert "\\u202efdp.exe\\u2028fake line.json" in told.text()
        told.close()
        dialog.close()
    finally:
        app.shut_down()


def test_a_team_servers_words_are_text_in_the_team_window(qtbot, vocabulary):
    """A lead's training mark and a team's name come from the server: braces, escape sequences
    and overrides are shown as written, and the chart does not take the braces for a format."""
    from dataclasses import replace

    from companion.domain.team import FiguresUnavailable, TeamReading
    from tests.helpers.team_figures import sample_reading
    from tests.ui.test_team_window import cells, chart, make_window, read

    label = "Q{4} {value} training \x1b[31m\u202eevil"
    shown = "Q{4} {value} training \\x1b[31m\\u202eevil"
    team = "north\x1b]0;owned\x07"
    answers: list[object] = []

    def load(_team: str | None, weeks: int) -> TeamReading:
        if answers:
            raise FiguresUnavailable(f"server said {ACTING}")
        reading = sample_reading(weeks)
        figures = reading.figures
        marks = [replace(figures.marks[0], label=label), *figures.marks[1:]]
        answers.append(reading)
        return TeamReading(replace(figures, team=team, marks=marks), [team, *reading.teams])

    window = make_window(qtbot, vocabulary, load)
    read(qtbot, window)  # a mark labelled with braces raised KeyError in the chart before
    assert shown in [row[0] for row in cells(window.marks)]
    lines = [item for item in chart(window, "team-stress")._items if hasattr(item, "label")]
    assert shown in [line.label.textItem.toPlainText() for line in lines]
    names = [window.team_choice.itemText(index) for index in range(window.team_choice.count())]
    assert "north\\x1b]0;owned\\x07" in names and no_raw("".join(names))
    read(qtbot, window)  # the next answer is the server's error
    assert no_raw(window.status.text()) and "\\x1b[2J" in window.status.text()
    window.close()
