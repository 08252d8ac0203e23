"""One first open of the Team window, as `companion team view` does it: a new process imports
Qt, makes the window, reads 13 weeks from the team server and draws them. Prints "drawn" once
the figures are on screen, then quits; the parent (benchmarks/team.py) times it from the start
of the process.

    .venv/bin/python -m benchmarks.team_window URL TEAM
"""

from __future__ import annotations

import sys


def main() -> int:
    url, team = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.cli.team_view import open_team_window
    from companion.settings import Settings
    from companion.ui.style import apply_style

    qt_app = QApplication(sys.argv[:1])
    apply_style(qt_app)
    window = open_team_window(Settings(), url, team, 13, "zh_CN")

    def drawn() -> None:
        window.repaint()  # the figures drawn, not only handed to the widgets
        print("drawn" if window.reading is not None else f"failed: {window.failure}", flush=True)
        QTimer.singleShot(0, qt_app.quit)

    window.loaded.connect(drawn)
    window.refresh()
    qt_app.exec()
    return 0 if window.reading is not None else 1


if __name__ == "__main__":
    sys.exit(main())
