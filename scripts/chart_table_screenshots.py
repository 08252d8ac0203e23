"""Screenshots of the trends window with every chart shown as a table (*Show as table*), on a
12-week demo history, on an X screen with a window manager, in both languages, at 1366×768
and 1024×600 (the window maximised).

    .venv/bin/python scripts/chart_table_screenshots.py [--out DIR] [--sizes 1366x768,1024x600]
        [--languages zh_CN,en]

Needs Xvfb, openbox and ImageMagick's `import` (`python3 scripts/dev.py test` installs them).
Each screen shows the window at the top, half-way down and at the end. Default DIR:
docs/screenshots/accessibility/tables, one folder per size: `1024x600/tables-top-zh_CN.png`.
Nothing touches the user's data (a temporary store).
"""

from __future__ import annotations

import argparse
import sys
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


def child(args: argparse.Namespace) -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from companion.demo import fill_demo_home
    from companion.domain.clock import SystemClock
    from companion.paths import AppPaths
    from companion.storage.store import open_store
    from companion.ui.i18n import Translations
    from companion.ui.style import apply_style
    from scripts.dashboard_screenshots import window_for

    language = args.languages
    out = Path(args.out)
    qt_app = QApplication(["companion"])
    apply_style(qt_app)
    translations = Translations()  # kept: its translators go with it
    translations.apply(language)

    def shoot(name: str) -> None:
        path = out / f"{name}-{language}.png"
        shoot_screen(path, depth8=True)

    clock = SystemClock()
    with tempfile.TemporaryDirectory() as home:
        fill_demo_home(Path(home), clock, weeks=12, seed=7)
        store, _report = open_store(AppPaths(Path(home), Path(home)), clock)
        window = window_for(store, clock)
        window.retranslate(language)
        window.set_preset("12w")
        for card in window.cards.values():
            if card.has_table:
                card.table_button.click()
        window.showMaximized()
        wait_events(1500)
        shoot("tables-top")
        bar = window.scroller.verticalScrollBar()
        window.cards["breaks"].table_button.setFocus()  # the keyboard's mark on a button
        bar.setValue(bar.maximum() // 2)
        wait_events(500)
        shoot("tables-middle")
        window.cards["wellbeing"].table.setFocus()  # and on a table's current cell
        bar.setValue(bar.maximum())
        wait_events(500)
        shoot("tables-end")
        window.close()
        store.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / "docs" / "screenshots" / "accessibility" / "tables"
    parser.add_argument("--out", default=str(default))
    parser.add_argument("--sizes", default="1366x768,1024x600")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--themes", default="light", help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    if missing_tools(TOOLS):
        return 1
    failed = shoot_in_children(
        __file__, args.out, args.sizes, args.languages, "light", tray=False, cwd=str(ROOT)
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
