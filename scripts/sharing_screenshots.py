"""Screenshots of the settings' "Your team" tab (sharing daily summaries with the team) as a
user sees it: the real app on an X screen with a window manager, in both languages, light and
dark, at 1366×768 and 1024×600.

    .venv/bin/python scripts/sharing_screenshots.py [--out DIR] [--sizes 1366x768,1024x600]
        [--languages zh_CN,en] [--themes light,dark]

Needs Xvfb, openbox, trayer and ImageMagick's `import`. Each screen gets its own Xvfb with
openbox and trayer; the app runs in a child process (QT_QPA_PLATFORM=xcb) on a temporary demo
history with a team set in its settings, sharing turned on ten days ago and the last three days
recorded as sent (their real counts, as `companion team sync` would have sent them, and a last
send that failed); the settings window is opened from the tray menu on that tab and the whole
screen captured. Nothing touches the user's own data and nothing is sent. Default DIR:
docs/screenshots/team, one folder per size: `1024x600/settings-sharing-zh_CN-dark.png`.

The dark theme is a dark palette given to Qt, as a dark desktop setting would give it.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.x_screen import missing_tools, shoot_in_children  # noqa: E402

TOOLS = ("Xvfb", "openbox", "trayer", "import")
TEAM = """
[team]
url = "postgresql://agent7@team.example.com:5432/companion?sslmode=verify-full"
name = "售后二组"
"""


def parent(args: argparse.Namespace) -> int:
    if missing_tools(TOOLS):
        return 1
    failed = shoot_in_children(
        __file__, args.out, args.sizes, args.languages, args.themes, cwd=str(ROOT)
    )
    return 1 if failed else 0


def child(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from companion.app import CompanionApp
    from companion.demo import fill_demo_home
    from companion.domain.clock import SYSTEM_CLOCK
    from companion.paths import AppPaths
    from companion.settings import load_settings
    from companion.storage.team_days import shared_day
    from companion.storage.team_share import TeamShare
    from companion.ui.style import apply_style
    from scripts.dashboard_screenshots import dark_palette

    language, theme = args.languages, args.themes
    qt_app = QApplication(["companion"])
    if theme == "dark":
        qt_app.setPalette(dark_palette())
    apply_style(qt_app)  # as run_app does: the sheet follows the palette

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        fill_demo_home(home, SYSTEM_CLOCK, weeks=4, seed=7)
        paths = AppPaths(home, home)
        with paths.settings_file.open("a", encoding="utf-8") as settings:
            settings.write(TEAM)
        zone, now = SYSTEM_CLOCK.local_zone(), SYSTEM_CLOCK.now()
        today = now.astimezone(zone).date()
        with sqlite3.connect(paths.database) as connection:  # what earlier syncs left
            share = TeamShare(connection)
            share.turn_on(today - timedelta(days=10), now - timedelta(days=10))
            days = [today - timedelta(days=back) for back in (10, 9, 8)]
            sent = [shared_day(connection, day, zone).as_sent() for day in days]
            share.record_sent("售后二组", sent, now - timedelta(days=7))
            share.record_result(
                now - timedelta(hours=2),
                False,
                "not sent, kept for later: team server "
                "postgresql://agent7@team.example.com:5432/companion: connection timeout expired",
            )
        app = CompanionApp(qt_app, paths, load_settings(paths.settings_file), language)
        app.start()
        wait(1500)
        app.menu.settings_requested.emit()
        wait(600)
        dialog = app.settings_window.dialog
        assert dialog is not None
        dialog.tabs.setCurrentWidget(dialog.sharing)
        wait(900)
        out = Path(args.out)
        path = out / f"settings-sharing-{language}{'-dark' if theme == 'dark' else ''}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(f"  {path.relative_to(out.parent)}")
        app.quit = app.shut_down  # type: ignore[method-assign]
        app.shut_down()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "team"))
    parser.add_argument("--sizes", default="1366x768,1024x600")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
