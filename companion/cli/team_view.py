"""`companion team view`: the Team window, in a process of its own (the tray never loads the
database driver). It reads the figures a lead may read from the team server, and nothing from
this computer's own records."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from companion.cli.parser import EXIT_OK, Failure

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.ui.team_window import TeamWindow


def run_team_view(
    args: argparse.Namespace, settings: Any, url: str, clock: Clock | None = None
) -> int:
    from PySide6.QtWidgets import QApplication

    from companion import APP_NAME, __version__
    from companion.process.qt_binding import check_binding
    from companion.ui.style import apply_style

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("companion")
    apply_style(qt_app)  # light or dark, following the desktop's palette
    check_binding()
    team = (args.team or settings.get("team.name") or "").strip() or None
    window = open_team_window(settings, url, team, args.weeks, args.lang, clock)
    window.refresh()
    qt_app.exec()
    return EXIT_OK


def open_team_window(
    settings: Any,
    url: str,
    team: str | None,
    weeks: int,
    language: str | None,
    clock: Clock | None = None,
) -> TeamWindow:
    """The Team window, shown, reading from `url` (call its `refresh` to read); the weeks end
    with today's on `clock` (the system's)."""
    from companion.content import ContentError
    from companion.content.vocabulary import load_vocabulary
    from companion.domain.clock import SystemClock
    from companion.domain.team import FiguresUnavailable, TeamReading, first_week
    from companion.ui.i18n import Speech
    from companion.ui.screen_fit import keep_on_screen
    from companion.ui.team_window import TeamWindow
    from companion.ui.window_slot import speaks

    try:
        vocabulary = load_vocabulary()
    except ContentError as error:
        raise Failure(str(error)) from None
    read_clock = clock or SystemClock()

    def load(chosen: str | None, count: int) -> TeamReading:
        from companion.team.connection import TeamAccessRefused, TeamServerError
        from companion.team.lead import team_reading

        today = read_clock.now().astimezone(read_clock.local_zone()).date()
        try:
            return team_reading(url, chosen, first_week(today, count), count)
        except TeamAccessRefused as error:
            raise FiguresUnavailable(str(error), refused=True) from None
        except TeamServerError as error:
            raise FiguresUnavailable(str(error)) from None

    speech = Speech(settings.language, language)
    window = TeamWindow(load, team, weeks, vocabulary, read_clock)
    window.speech = speech  # type: ignore[attr-defined]  # kept alive with the window
    keep_on_screen(window)
    speaks(window, speech)
    window.show()
    return window
