"""The real app on an X screen with Qt's accessibility always on, driven line by line from
stdin by tests/helpers/a11y_session.py.

Run as `python -m tests.helpers.a11y_app LANGUAGE` from the source tree. Prints `started`
once the store is open; then each stdin line is a JSON string of Python statements run with
`app` (the CompanionApp), `qt_app` and `wait(ms)` in scope, answered by `done <json>` (the value
of `result` if the statements set it) or `failed <message>`."""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal


class Lines(QObject):
    line = Signal(str)


def tab_stops(window: Any) -> list[str]:
    """The accessible names of what Tab should reach in `window`: shown, enabled widgets that
    take the focus by Tab (a group's roving chip counts once; of exclusive buttons, as radio
    buttons, in one button group or else one parent, only the checked one, or the first,
    which Qt's Tab stops at)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QWidget

    def skipped_radio(button: QAbstractButton) -> bool:
        group = button.group()
        exclusive = group.exclusive() if group is not None else button.autoExclusive()
        if not (exclusive and button.isCheckable()) or button.isChecked():
            return False
        siblings = (  # Qt's own choice: the button group's, else the parent's auto-exclusive
            group.buttons()
            if group is not None
            else [
                other
                for other in button.parentWidget().findChildren(QAbstractButton)
                if other.parentWidget() is button.parentWidget() and other.autoExclusive()
            ]
        )
        return any(other.isChecked() for other in siblings) or siblings[0] is not button

    names = []
    tab = Qt.FocusPolicy.TabFocus.value
    for child in window.findChildren(QWidget):
        if not (child.isVisibleTo(window) and child.isEnabled()):
            continue
        if not child.focusPolicy().value & tab or child.focusProxy() is not None:
            continue
        if isinstance(child, QAbstractButton) and skipped_radio(child):
            continue
        face = QAccessible.queryAccessibleInterface(child)
        names.append(face.text(QAccessible.Text.Name) if face is not None else "")
    return names


def main(language: str) -> int:
    from PySide6.QtWidgets import QApplication

    from companion.app import CompanionApp
    from companion.paths import AppPaths
    from companion.settings import load_settings

    qt_app = QApplication(["companion"])
    qt_app.setApplicationName("Companion")

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
        for _ in range(200):
            wait(50)
            if app.store is not None:
                break
        scope: dict[str, Any] = {
            "app": app,
            "qt_app": qt_app,
            "wait": wait,
            "tab_stops": tab_stops,
        }
        lines = Lines()

        def run(text: str) -> None:
            scope.pop("result", None)
            try:
                exec(json.loads(text), scope)
                print("done " + json.dumps(scope.get("result"), ensure_ascii=False), flush=True)
            except Exception as error:
                message = "".join(traceback.format_exception(error)).replace("\n", "\\n")
                print("failed " + message, flush=True)

        def read() -> None:
            for text in sys.stdin:
                lines.line.emit(text)
            lines.line.emit("")

        def take(text: str) -> None:
            if not text:
                qt_app.quit()
            else:
                run(text)

        lines.line.connect(take)
        threading.Thread(target=read, daemon=True).start()
        print("started", flush=True)
        qt_app.exec()
        app.shut_down()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "en"))
