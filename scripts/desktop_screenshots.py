"""Screenshots of every window as a user sees it: the real app on an X screen with a window
manager and a tray, in both languages, light and dark, at 1366×768 and 1024×600.

    .venv/bin/python scripts/desktop_screenshots.py [--out DIR] [--sizes 1366x768,1024x600]
        [--languages zh_CN,en] [--themes light,dark] [--only NAME,...]

Needs Xvfb, openbox, trayer and ImageMagick's `import` (`python3 scripts/dev.py test` installs
them). Each screen gets its own Xvfb with openbox and trayer; the app runs in a child process
(QT_QPA_PLATFORM=xcb) on a temporary demo history, opens each window from the tray menu as a
user would, and the whole screen is captured with `import -window root`. Nothing touches the
user's own data. Default DIR: docs/screenshots/desktop, one folder per size:
`1024x600/trends-zh_CN-dark.png`.

The dark theme is a dark palette given to Qt, as a dark desktop setting would give it. The
`high` and `high-light` themes are Companion's high contrast (white on black, black on white), as
`appearance.contrast = "high"` gives it (with `appearance.theme` dark or light).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.x_screen import (  # noqa: E402
    missing_tools,
    shoot_in_children,
    shoot_screen,
    wait_events,
)

TOOLS = ("Xvfb", "openbox", "trayer", "import")

# name → the tray menu signal that opens it (a user's click on the menu item)
WINDOWS = (
    "welcome",
    "tray-menu",
    "quick-log",
    "mood-log",
    "trends",
    "summary",
    "plan",
    "checkin",
    "help",
    "reframing",
    "records",
    "exercises",
    "settings",
    "quick-keys",
    "appearance",
    "notice",
    "break",
)


# --- the parent: one X screen per size --------------------------------------------------------


def parent(args: argparse.Namespace) -> int:
    if missing_tools(TOOLS):
        return 1
    failed = shoot_in_children(
        __file__, args.out, args.sizes, args.languages, args.themes, ("--only", args.only),
        cwd=str(ROOT),
    )  # fmt: skip
    return 1 if failed else 0


# --- the child: the real app on that screen ---------------------------------------------------


def child(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from companion.app import CompanionApp
    from companion.demo import fill_demo_home
    from companion.domain.clock import SYSTEM_CLOCK
    from companion.paths import AppPaths
    from companion.settings import load_settings, save_setting
    from companion.ui.style import apply_style
    from scripts.dashboard_screenshots import dark_palette

    language, theme = args.languages, args.themes
    out = Path(args.out)
    only = set(args.only.split(",")) if args.only else set(WINDOWS)
    qt_app = QApplication(["companion"])
    if theme == "dark":
        qt_app.setPalette(dark_palette())
    apply_style(qt_app)  # as run_app does: the sheet follows the palette

    def shoot(name: str) -> None:
        path = out / f"{name}-{language}{'' if theme == 'light' else '-' + theme}.png"
        shoot_screen(path)

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not app.presence.stand_in:
                widget.close()
        wait_events(300)

    if "welcome" in only:  # a first start, on an empty home
        import companion.features.welcome as welcome_feature

        welcome_feature.LOOK_SCALE = 0.1  # the first look comes sooner; nothing else changes
        with tempfile.TemporaryDirectory() as home_dir:
            paths = AppPaths(Path(home_dir), Path(home_dir))
            settings = load_settings(paths.settings_file)
            app = CompanionApp(qt_app, paths, settings, language, welcome=True)
            app.start()
            for _ in range(100):
                wait_events(100)
                if app.welcome.window is not None and app.welcome.window.isVisible():
                    break
            wait_events(600)
            shoot("welcome")
            app.welcome.window.close() if app.welcome.window is not None else None
            app.shut_down()
            wait_events(300)

    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        fill_demo_home(home, SYSTEM_CLOCK, weeks=8, seed=7)
        paths = AppPaths(home, home)
        if theme.startswith("high"):  # as a person sets it: the app applies it at start
            save_setting(paths.settings_file, "appearance.contrast", "high")
            save_setting(paths.settings_file, "appearance.theme", theme.partition("-")[2] or "dark")
        app = CompanionApp(qt_app, paths, load_settings(paths.settings_file), language)
        app.start()
        wait_events(1500)
        menu = app.menu

        def show_settings_tab(tab: str) -> None:
            app.settings_window.show()
            dialog = app.settings_window.dialog
            if dialog is not None:
                dialog.tabs.setCurrentWidget(getattr(dialog, tab))

        def show_waiting_notice() -> None:
            """The notice as an agent typing on sees it once it has counted down."""
            breaks = app.breaks
            if breaks.presenter is not None:
                keys = breaks.keys.held() if breaks.keys is not None else {}
                breaks.presenter.notice.show_notice("micro", 30, 5, "waiting", keys)

        openers: dict[str, Callable[[], None]] = {
            "quick-log": menu.log_requested.emit,
            "mood-log": menu.history_requested.emit,
            "trends": menu.dashboard_requested.emit,
            "summary": menu.summary_requested.emit,
            "plan": menu.plan_requested.emit,
            "checkin": menu.checkin_requested.emit,
            "help": menu.help_requested.emit,
            "reframing": menu.reframe_requested.emit,
            "records": menu.records_requested.emit,
            "exercises": menu.exercises_requested.emit,
            "settings": menu.settings_requested.emit,
            "quick-keys": lambda: show_settings_tab("keys"),
            "appearance": lambda: show_settings_tab("appearance"),
            "notice": show_waiting_notice,
            "break": menu.break_requested.emit,
        }
        for name in WINDOWS:
            if name not in only or name == "welcome":
                continue
            if name == "tray-menu":
                screen = QGuiApplication.primaryScreen().availableGeometry()
                menu.menu.popup(QPoint(screen.right() - 40, screen.bottom() - 40))
                wait_events(600)
                shoot(name)
                menu.menu.hide()
                continue
            openers[name]()
            wait_events(1500 if name in ("trends", "break") else 900)
            shoot(name)
            close_windows()
        app.quit = app.shut_down  # type: ignore[method-assign]
        app.shut_down()
        del QWidget
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "desktop"))
    parser.add_argument("--sizes", default="1366x768,1024x600")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--only", default="")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
