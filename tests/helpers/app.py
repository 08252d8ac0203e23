"""The real app, in-process, on a temporary store: what the UI tests start and look at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox

from companion.app import CompanionApp
from companion.domain.clock import SYSTEM_CLOCK, Clock
from companion.paths import AppPaths
from companion.process.qt_binding import BindingReport
from companion.settings import load_settings
from companion.team.credentials import move_password_out
from tests.helpers.store_template import place_new_store


def store_open_or_failed(app: CompanionApp) -> bool:
    return app.store is not None or app.exit_code != 0


def start_app(
    qtbot,
    paths: AppPaths,
    language: str | None = "en",
    *,
    ready: Callable[[CompanionApp], bool] = store_open_or_failed,
    clock: Clock = SYSTEM_CLOCK,
    binding: BindingReport | None = None,
    welcome: bool = False,
    new_store: bool = True,
) -> CompanionApp:
    """Start the app as `run_app` does, on `paths` (no tray offscreen: the stand-in window),
    on `clock`, and wait until `ready` (by default: the store is open, or the start failed).
    The first-start welcome shows only when a test asks for it (`welcome=True`). Where no
    database is, it finds a copy of the session's new store (tests/helpers/store_template.py);
    with the welcome, or `new_store=False`, the app makes its own, as on a first start.

    A failing start would end the event loop; the tests share one loop, so `quit` only shuts
    the app down here."""
    if new_store and not welcome:  # the welcome is for a data folder without a database
        place_new_store(paths)
    move_password_out(paths.settings_file)  # as run_app does: team.url's password, moved
    settings = load_settings(paths.settings_file)
    app = CompanionApp(QApplication.instance(), paths, settings, language, clock, welcome)
    app.quit = app.shut_down  # type: ignore[method-assign]
    app.binding = binding  # what run_app's start-up check found
    app.start()
    qtbot.waitUntil(lambda: ready(app))
    for window in app.windows():
        qtbot.addWidget(window)
    return app


def notices(app: CompanionApp) -> list[QMessageBox]:
    """The message boxes the app shows now (damaged store, bad settings, a failed save…)."""
    return [box for box in app.notices.boxes if box.isVisible()]
