"""Screenshots at 150 % and 200 % display scaling (issue 31): the windows an agent meets every
shift, in Simplified Chinese and English, drawn by Qt at that scale as Windows would ask of a
per-monitor DPI-aware program (the bundle's manifest declares it).

    .venv/bin/python scripts/scaled_screenshots.py [OUT_DIR]     (default docs/screenshots/scaled)

Offscreen, with `QT_SCALE_FACTOR` (1.5, 2): each scale runs scripts/screenshots.py in a child
process and keeps the break notice, both breaks, the quick log, the stand-in window and the
settings' Calls tab, and renders the welcome as it reads on Windows (how to keep the icon on the
taskbar). Wine's own LogPixels scaling and two monitors of different scaling are on the
tester's checklist (docs/windows-desk-checklist.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALES = {"150": "1.5", "200": "2"}
MENU = ("&Log mood…", "I'm on a &call")  # the tray menu's words the welcome quotes
KEPT = ("break-notice", "micro-break", "long-break", "quick-log", "stand-in", "settings-3")


def welcome(out: Path) -> None:
    """The welcome as on Windows (the taskbar sentence), in both languages, at this scale."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from companion.domain.first_break import UpcomingBreak
    from companion.settings import Settings
    from companion.ui.i18n import Translations
    from companion.ui.style import STYLE_SHEET
    from companion.ui.tray_presence import tray_icons
    from companion.ui.welcome import WelcomeWindow, WhereItLives
    from tests.helpers.clock import FakeClock

    app = QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    translations = Translations()
    shanghai = ZoneInfo("Asia/Shanghai")
    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=shanghai), shanghai)
    upcoming = UpcomingBreak("micro", datetime(2026, 11, 23, 2, 25, tzinfo=ZoneInfo("UTC")))
    for language in ("zh_CN", "en"):
        translations.apply(language)
        menu = {text: QCoreApplication.translate("TrayMenu", text) for text in MENU}
        where = WhereItLives(
            True,
            None,
            "Ctrl+Alt+M",
            menu["&Log mood…"],
            call_action=menu["I'm on a &call"],
            platform="win32",
        )
        window = WelcomeWindow(
            Settings(), where, lambda *_: upcoming, clock, tray_icons()["working"]
        )
        window.retranslate(language)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"welcome-windows-{language}.png"))
        print(out / f"welcome-windows-{language}.png")
        window.close()
    del app


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--welcome":
        welcome(Path(sys.argv[2]))
        return 0
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "scaled")
    for name, factor in SCALES.items():
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QT_SCALE_FACTOR": factor,
            "PYTHONPATH": str(ROOT),
        }
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "screenshots.py"), scratch],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            for shot in sorted(Path(scratch).glob("*.png")):
                if shot.stem.rsplit("-", 1)[0] in KEPT:
                    shutil.copyfile(shot, target / shot.name)
        script = str(Path(__file__).resolve())
        subprocess.run([sys.executable, script, "--welcome", str(target)], env=env, check=True)
    print(f"screenshots at {', '.join(f'{name} %' for name in SCALES)} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
