"""Screenshots for issue 32: the Team window with its charts shown as tables (*Show as table*,
on made-up figures), and the trends' heat map in high contrast (white on black and black on
white), on an X screen with a window manager, in both languages.

    .venv/bin/python scripts/team_table_screenshots.py [--out DIR] [--sizes 1366x768]
        [--languages zh_CN,en]

Needs Xvfb, openbox and ImageMagick's `import` (`python3 scripts/dev.py test` installs them).
Default DIR: docs/screenshots/accessibility, one folder per size:
`1366x768/team-tables-zh_CN.png`, `1366x768/heat-map-high-zh_CN.png` (and `-light`). Nothing
touches the user's data (a temporary store; no team server: the figures are the tests').
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

    from companion.content.vocabulary import load_vocabulary
    from companion.demo import fill_demo_home
    from companion.domain.clock import SystemClock
    from companion.paths import AppPaths
    from companion.storage.store import open_store
    from companion.ui.i18n import Translations
    from companion.ui.style import apply_style, apply_theme
    from companion.ui.team_window import TeamWindow
    from scripts.dashboard_screenshots import window_for
    from tests.helpers.team_figures import sample_reading

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
    team = TeamWindow(
        lambda _team, weeks: sample_reading(weeks), None, 13, load_vocabulary(), clock
    )
    team.retranslate(language)
    team.showMaximized()
    team.refresh()
    wait_events(1500)
    for name in ("team-stress", "team-call-types", "team-breaks", "team-exercises"):
        if not team.cards[name].is_empty:
            team.cards[name].table_button.click()
    team.cards["team-stress"].table.setFocus()  # the keyboard's mark on a table's cell
    wait_events(600)
    shoot("team-tables")
    team.close()

    with tempfile.TemporaryDirectory() as home:
        fill_demo_home(Path(home), clock, weeks=12, seed=7)
        store, _report = open_store(AppPaths(Path(home), Path(home)), clock)
        for theme, suffix in (("dark", ""), ("light", "-light")):
            apply_theme(qt_app, theme, "high")
            window = window_for(store, clock)
            window.retranslate(language)
            window.set_preset("12w")
            window.showMaximized()
            wait_events(1200)
            card = window.cards["weekday-hour"]
            window.scroller.ensureWidgetVisible(card, 0, 0)
            window.heat_map.setFocus()  # its marked cell in high contrast's focus colour
            wait_events(600)
            shoot(f"heat-map-high{suffix}")
            window.close()
        store.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / "docs" / "screenshots" / "accessibility"
    parser.add_argument("--out", default=str(default))
    parser.add_argument("--sizes", default="1366x768")
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
