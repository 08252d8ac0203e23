"""Render the trends dashboard on a demo history, in Simplified Chinese and English.

    .venv/bin/python scripts/dashboard_screenshots.py [OUT_DIR] [--dark]

Creates a 26-week demo history in a temporary folder (`companion demo`), then saves the
dashboard at 1366×768 (a common office laptop), scrolled to the top and to the bottom, plus its
empty state. Default OUT_DIR: docs/screenshots/dashboard.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from companion.content.reframing import load_reframing
from companion.content.vocabulary import load_vocabulary
from companion.demo import fill_demo_home
from companion.domain.clock import SystemClock
from companion.paths import AppPaths
from companion.storage.store import Store, open_store
from companion.ui.dashboard import DashboardWindow
from companion.ui.i18n import Translations
from companion.ui.palette import dark_palette  # the app's dark theme (the other scripts too)
from companion.ui.style import STYLE_SHEET


def window_for(store: Store, clock: SystemClock) -> DashboardWindow:
    def exercise_name(kind: str, language: str) -> str:
        if kind == "thought_record":
            return "思维记录" if language == "zh_CN" else "Thought record"
        return load_reframing(language).exercises[kind].name

    return DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        load_vocabulary(),
        exercise_name,
    )


def main() -> int:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    dark = "--dark" in sys.argv
    out = Path(arguments[0] if arguments else "docs/screenshots/dashboard")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    if dark:
        app.setPalette(dark_palette())
    translations = Translations()
    clock = SystemClock()
    suffix = "-dark" if dark else ""
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as empty_home:
        fill_demo_home(Path(home), clock, weeks=26, seed=7)
        store, _ = open_store(AppPaths(Path(home), Path(home)), clock)
        empty, _ = open_store(AppPaths(Path(empty_home), Path(empty_home)), clock)
        for language in ("zh_CN", "en"):
            translations.apply(language)
            window = window_for(store, clock)
            window.resize(1366, 768)
            window.retranslate(language)
            window.set_preset("12w")
            window.show()
            app.processEvents()
            window.grab().save(str(out / f"dashboard-{language}{suffix}.png"))
            bar = window.scroller.verticalScrollBar()
            bar.setValue(bar.maximum())
            app.processEvents()
            window.grab().save(str(out / f"dashboard-{language}-bottom{suffix}.png"))
            window.close()
            welcome = window_for(empty, clock)
            welcome.resize(1000, 640)
            welcome.retranslate(language)
            welcome.show()
            app.processEvents()
            welcome.grab().save(str(out / f"dashboard-{language}-new-user{suffix}.png"))
            welcome.close()
        store.close()
        empty.close()
    print(f"saved to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
