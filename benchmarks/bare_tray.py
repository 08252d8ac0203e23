"""The floor: a bare PySide6 tray app that does nothing, logging `ready` the way Companion does."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon

from companion.process.uptime import process_age_ms


def main() -> int:
    log = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    icon = QIcon(str(Path(__file__).resolve().parent.parent / "resources/icons/companion.svg"))
    tray = QSystemTrayIcon.isSystemTrayAvailable()
    shown: QSystemTrayIcon | QLabel = QSystemTrayIcon(icon) if tray else QLabel("bare")
    shown.show()
    log.write_text(f"ready in {process_age_ms()} ms\n", encoding="utf-8")
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
