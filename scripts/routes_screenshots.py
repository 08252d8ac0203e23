"""Screenshots of the keyboard's routes to the windows (issue 32): the stand-in window a desktop
without a tray shows (every window a button, the global keys beside them) and the settings'
Quick keys tab, on an X screen with openbox and no tray, in both languages, at 1366×768 and
1024×600.

    .venv/bin/python scripts/routes_screenshots.py [--out DIR] [--sizes 1366x768,1024x600]
        [--languages zh_CN,en]

Needs Xvfb, openbox and ImageMagick's `import`. The app runs in a child process
(QT_QPA_PLATFORM=xcb) on a temporary store; the whole screen is captured with
`import -window root`. Default DIR: docs/screenshots/accessibility, one folder per size:
`1024x600/stand-in-zh_CN.png`, `1024x600/quick-keys-zh_CN.png`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
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
    failed = shoot_in_children(
        __file__, args.out, args.sizes, args.languages, "light", tray=False, cwd=str(ROOT)
    )
    return 1 if failed else 0


def child(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from companion.app import CompanionApp
    from companion.paths import AppPaths
    from companion.settings import load_settings
    from companion.ui.style import apply_style

    language = args.languages
    out = Path(args.out)
    qt_app = QApplication(["companion"])
    apply_style(qt_app)

    def shoot(name: str) -> None:
        path = out / f"{name}-{language}.png"
        shoot_screen(path)

    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        paths = AppPaths(home, home)
        app = CompanionApp(qt_app, paths, load_settings(paths.settings_file), language)
        app.quit = app.shut_down  # type: ignore[method-assign]
        app.start()
        for _ in range(100):
            wait_events(100)
            if app.store is not None or app.journal is not None:
                break
        wait_events(1200)
        stand_in = app.presence.stand_in
        assert stand_in is not None, "a tray was found: the stand-in window is not shown"
        stand_in.history_button.setFocus()  # the focus frame, as Tab shows it
        wait_events(300)
        shoot("stand-in")
        stand_in.hide()
        app.settings_window.show()
        dialog = app.settings_window.dialog
        assert dialog is not None
        dialog.tabs.setCurrentWidget(dialog.keys)
        wait_events(900)
        print(f"  settings dialog: {dialog.width()}x{dialog.height()}")
        shoot("quick-keys")
        dialog.close()
        wait_events(200)
        app.shut_down()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "accessibility"))
    parser.add_argument("--sizes", default="1366x768,1024x600")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--themes", default="light", help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
