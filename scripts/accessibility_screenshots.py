"""Render the quick log at twice the scale, in both languages, for the README's Accessibility
section: its rows must keep their height (the form scrolls) on a small screen.

    .venv/bin/python scripts/accessibility_screenshots.py [OUT_DIR]
        (default docs/screenshots/accessibility)

Each shot runs in a child process offscreen with QT_SCALE_FACTOR=2 (an 800x600 screen: 400x300
at 2x, the smallest a window must fit) on a temporary store; nothing touches the user's data."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "zh_CN")


def shoot(language: str, out: Path) -> None:
    """In the child: the real app's quick log, grabbed at its device pixels."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication(["companion"])

    from companion.app import CompanionApp
    from companion.paths import AppPaths
    from companion.settings import load_settings

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        paths = AppPaths(home, home)
        app = CompanionApp(qt_app, paths, load_settings(paths.settings_file), language)
        app.quit = app.shut_down  # type: ignore[method-assign]
        app.start()
        for _ in range(100):
            wait(50)
            if app.store is not None:
                break
        app.mood.show_quick_log()
        wait(500)
        dialog = app.mood.quick_log
        assert dialog is not None
        dialog.grab().save(str(out))
        app.shut_down()


def main(argv: list[str]) -> int:
    if len(argv) > 2 and argv[1] == "--child":
        shoot(argv[2], Path(argv[3]))
        return 0
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots" / "accessibility"
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    env["PYTHONPATH"] = str(ROOT)
    for language in LANGUAGES:
        out = out_dir / f"quick-log-2x-{language}.png"
        subprocess.run(
            [sys.executable, __file__, "--child", language, str(out)], env=env, check=True
        )
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
