"""Run on an X screen by tests/e2e/test_checkin_focus_x11.py: the app, in this process, with
a chat window of another process being typed into (xdotool) when the check-in falls due.

Run as `python -m tests.helpers.checkin_focus_child` from the source tree. Prints one line per
look, `look <where> <active window> <answers>`, and at the end the chat
window's text as `typed <text>`."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

Waiter = Callable[[int], None]
Typist = Callable[[str], None]

CHAT = """
import signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv)
edit = QLineEdit()
edit.setWindowTitle("Chat with a customer")
edit.resize(500, 40)
edit.show()
app.aboutToQuit.connect(lambda: print("typed " + edit.text(), flush=True))
signal.signal(signal.SIGTERM, lambda *_args: app.quit())
tick = QTimer()
tick.timeout.connect(lambda: None)  # lets Python see SIGTERM
tick.start(100)
app.exec()
"""


def active_window() -> str:
    found = subprocess.run(
        ["xdotool", "getactivewindow", "getwindowname"], capture_output=True, text=True
    )
    return found.stdout.strip()


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication(["companion"])

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def type_text(text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)

    chat = subprocess.Popen([sys.executable, "-c", CHAT], stdout=subprocess.PIPE, text=True)
    try:
        look(qt_app, chat, wait, type_text)
    finally:
        if chat.poll() is None:
            chat.terminate()
        out, _ = chat.communicate(timeout=10)
        print(out.strip(), flush=True)
    return 0


def look(qt_app: QApplication, chat: subprocess.Popen, wait: Waiter, type_text: Typist) -> None:
    from companion.app import CompanionApp
    from companion.paths import AppPaths
    from companion.settings import load_settings

    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        paths = AppPaths(home, home)
        app = CompanionApp(qt_app, paths, load_settings(paths.settings_file), "en")
        app.start()
        for _ in range(100):
            wait(100)
            if app.wellbeing.driver is not None and app.store is not None:
                break
        name = "Chat with a customer"
        subprocess.run(["xdotool", "search", "--sync", "--name", name, "windowactivate", "--sync"])
        wait(300)
        type_text("Your refund ")
        presence = app.wellbeing._presence
        for where in ("window", "tray"):
            if where == "window":  # as on a desktop without a tray: the window itself
                presence.can_tell = lambda: False  # type: ignore[method-assign]
            else:
                del presence.can_tell  # trayer runs: a tray message
            assert app.wellbeing.driver is not None
            app.wellbeing.driver.checkin_due.emit()
            wait(1000)
            type_text(f"is on its way ({where}) 3 ")
            wait(500)
            dialog = app.wellbeing.checkin
            shown = dialog is not None and dialog.isVisible()
            answers = None if dialog is None else dialog.answers()
            print(f"look {where} shown={shown} active={active_window()!r} answers={answers}")
            if dialog is not None:
                dialog.hide()
        app.shut_down()


if __name__ == "__main__":
    sys.exit(main())
