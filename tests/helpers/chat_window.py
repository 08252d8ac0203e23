"""A stand-in for the agent's chat or CRM window: a plain text box on the X screen that writes
everything it receives to a file, so a test can compare what was typed with what arrived.

Run as a program: `python -m tests.helpers.chat_window OUT_FILE` (QT_QPA_PLATFORM=xcb). It
prints "ready" once its window is shown and has the keyboard.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPlainTextEdit

TITLE = "Customer chat (test)"


def main(out: str) -> int:
    app = QApplication([])
    box = QPlainTextEdit()
    box.setWindowTitle(TITLE)
    box.resize(700, 400)
    target = Path(out)

    def keep() -> None:
        target.write_text(box.toPlainText(), encoding="utf-8")

    box.textChanged.connect(keep)
    box.show()
    box.activateWindow()
    box.setFocus()
    keep()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
