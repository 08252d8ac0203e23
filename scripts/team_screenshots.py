"""Screenshots of the Team window as a lead sees it: a real PostgreSQL server with one team's
made-up weeks (sent through the agent path, each while it was open, so that the last two
weeks are open and show nothing yet), the window on an X screen with a window manager,
in both languages, light and dark, at 1366×768 and 1024×600.

    .venv/bin/python scripts/team_screenshots.py [--out DIR] [--sizes 1366x768,1024x600]
        [--languages zh_CN,en] [--themes light,dark]

Needs Xvfb, openbox, ImageMagick's `import` and Debian's postgresql (`python3 scripts/dev.py
test` installs them). Each screen shows the window at the top and scrolled to the end. Default
DIR: docs/screenshots/team, one folder per size: `1024x600/team-top-zh_CN-dark.png`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.x_screen import (  # noqa: E402
    missing_tools,
    shoot_in_children,
    shoot_screen,
    wait_events,
)

TOOLS = ("Xvfb", "openbox", "import")


def parent(args: argparse.Namespace) -> int:
    if missing_tools(TOOLS):
        return 1
    from companion.team.lead import add_mark
    from companion.team.schema import add_team, assign_lead, init_schema
    from tests.helpers.postgres import remove_server, start_server
    from tests.helpers.team_data import TEAM, TRAINING, TRAINING_DAY, seed_team, server_clock_sql

    server = start_server()
    try:
        init_schema(server.url(), 10)
        server.psql("CREATE ROLE lead LOGIN IN ROLE companion_lead")
        add_team(server.url(), TEAM)  # as `companion team add` and `companion team lead` do
        assign_lead(server.url(), "lead", TEAM)

        def clock(day: date) -> None:  # each week is sent while it is open, as it would be
            server.psql(server_clock_sql(day))

        today = date.today()
        seed_team(
            lambda: server.new_agent("companion_team"), today - timedelta(days=1), clock=clock
        )
        clock(today)  # this week and the one before are open: the lead sees them so
        add_mark(server.url("lead"), TEAM, TRAINING_DAY, TRAINING)
        extra = ("--url", server.url("lead"))
        failed = shoot_in_children(
            __file__, args.out, args.sizes, args.languages, args.themes, extra, tray=False,
            cwd=str(ROOT),
        )  # fmt: skip
    finally:
        remove_server(server)
    return 1 if failed else 0


def child(args: argparse.Namespace) -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from companion.cli.team_view import open_team_window
    from companion.settings import load_settings
    from companion.ui.style import apply_style
    from scripts.dashboard_screenshots import dark_palette
    from tests.helpers.team_data import TEAM

    language, theme = args.languages, args.themes
    out = Path(args.out)
    qt_app = QApplication(["companion"])
    if theme == "dark":
        qt_app.setPalette(dark_palette())
    apply_style(qt_app)

    def shoot(name: str) -> None:
        path = out / f"{name}-{language}{'-dark' if theme == 'dark' else ''}.png"
        shoot_screen(path)

    with tempfile.TemporaryDirectory() as home:
        settings = load_settings(Path(home) / "settings.toml")
        window = open_team_window(settings, args.url, TEAM, 13, language)
        window.refresh()
        for _ in range(100):
            wait_events(100)
            if window.reading is not None or window.failure is not None:
                break
        wait_events(1200)
        shoot("team-top")
        bar = window.scroller.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        wait_events(500)
        shoot("team-middle")
        bar.setValue(bar.maximum())
        wait_events(500)
        shoot("team-end")
        window.set_weeks(52)
        for _ in range(100):
            wait_events(100)
            if not window.loading:
                break
        bar.setValue(0)
        wait_events(800)
        shoot("team-52-weeks")
        window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "team"))
    parser.add_argument("--sizes", default="1366x768,1024x600")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--url", default="")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
