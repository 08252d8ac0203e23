"""Running Companion: one instance per data folder, the start-up checks, the event loop.

`run_app` is what `companion` (no sub-command) does: make the data folder and the log, take
the single-instance lock (or bring the running one forward), check the Qt binding, arm the
fault trace, build the app (companion.app) and run Qt's loop until quit or SIGTERM.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from companion import APP_NAME, __version__
from companion.app import CompanionApp, headless
from companion.domain.clock import SystemClock
from companion.domain.shown_text import harmless
from companion.ipc.channel import InstanceLockError, SingleInstance
from companion.logs import setup_logging
from companion.paths import AppPaths, DataDirError, app_paths, ensure_private_dir
from companion.platform.app_id import set_app_user_model_id
from companion.process.crash_trace import CrashWatch
from companion.process.qt_binding import check_binding
from companion.process.terminal import harmless_stderr
from companion.process.uncaught import install as install_uncaught
from companion.settings import load_settings
from companion.team.credentials import move_password_out
from companion.ui.style import apply_style

log = logging.getLogger(__name__)


def _quit_on_signals(app: CompanionApp) -> QSocketNotifier:
    """SIGINT and SIGTERM end Companion cleanly, without a polling timer."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def wake() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(wake)
    # Python runs a handler between any two bytecodes, even inside a slot Qt is calling (the
    # tray icon being shown): quitting there deleted the icon under Qt's feet. The handler
    # only asks the event loop to quit, which it does once it is back at the top.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: QTimer.singleShot(0, app.quit))
    notifier.setParent(app)
    app._signal_sockets = (reader, writer)  # type: ignore[attr-defined]  # keep them alive
    return notifier


class UncaughtRelay(QObject):
    """Brings word of an uncaught exception (from any thread) to the window thread, where the
    app tells the person once (Notices.went_wrong)."""

    happened = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.tell: Callable[[], None] | None = None  # set once the app exists
        self.happened.connect(self._told)  # queued when it comes from another thread

    @Slot(str)
    def _told(self, _kind: str) -> None:
        if self.tell is not None:
            self.tell()


SAY_RUNNING_MS = 1500  # the tray host has embedded the icon by then: its place is known


def _say_running(app: CompanionApp) -> None:
    """One line for the terminal it was started from (`scripts/dev.py run`): that Companion
    is up and where to find it. A start from the menu or at login has no terminal to print to
    (on Windows no stdout at all), and a closed one loses nothing."""
    from companion.ui.welcome import running_line  # not before the tray shows

    tray = app.presence.tray
    line = running_line(tray is not None, tray.geometry() if tray is not None else None)
    log.info("%s", line)
    if sys.stdout is None:
        return
    with contextlib.suppress(OSError, ValueError):  # no terminal, or a closed one
        print(line, flush=True)


def _show_fatal_error(message: str) -> None:
    """Where there is a screen, say it in a window too: a menu launch has no terminal."""
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    if not headless():
        QMessageBox.critical(None, APP_NAME, harmless(message, lines=True))
    del qt_app


def _bring_the_running_one_forward(instance: SingleInstance, paths: AppPaths) -> int:
    from companion.ipc.channel import SocketPlaceError, send_request
    from companion.ipc.protocol import Activate

    try:
        answered = send_request(instance.name, Activate())
    except SocketPlaceError as error:
        answered = False
        log.warning("no private place for the instance socket: %s", error)
    if answered:
        log.info("another Companion runs for %s; asked it to come forward", paths.data_dir)
        print("Companion is already running; it has been brought forward.")
        return 0
    print("companion: Companion seems to be running but does not answer.", file=sys.stderr)
    return 1


def run_app(language: str | None = None, welcome: bool = True) -> int:
    paths = app_paths()
    harmless_stderr()  # a message may quote a file or a folder: only as text
    try:
        ensure_private_dir(paths.data_dir)
        setup_logging(paths.log_file)
    except DataDirError as error:
        print(f"companion: {error}", file=sys.stderr)
        _show_fatal_error(str(error))
        return 1
    install_uncaught(paths.log_file)  # into the log, never a traceback on the screen
    set_app_user_model_id()  # Windows: notices filed under Companion, before any window
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    relay = UncaughtRelay()
    install_uncaught(paths.log_file, relay.happened.emit)  # and the person is told, once
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("companion")
    qt_app.setQuitOnLastWindowClosed(False)
    apply_style(qt_app)  # light or dark, following the desktop's palette

    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    try:
        running_elsewhere = not instance.acquire()
    except InstanceLockError as error:
        log.error("%s", error)
        print(f"companion: {error}", file=sys.stderr)
        _show_fatal_error(str(error))
        return 1
    if running_elsewhere:
        return _bring_the_running_one_forward(instance, paths)
    binding = check_binding()  # before anything could lose references: see qt_binding.py
    clock = SystemClock()
    crash_watch = CrashWatch(paths.logs_dir, clock)
    unclean_stop = crash_watch.begin(paths.log_file)
    moved = move_password_out(paths.settings_file)  # team.url's password, to its own file
    if moved is not None:
        log.warning("settings: %s", moved)
    settings = load_settings(paths.settings_file)
    for problem in settings.problems:
        log.warning("settings: %s", problem)
    app = CompanionApp(qt_app, paths, settings, language, welcome=welcome)
    app.binding, app.unclean_stop = binding, unclean_stop
    relay.tell = lambda: app.notices.went_wrong(str(paths.log_file))
    notifier = _quit_on_signals(app)
    app.start()  # the tray first (then `ready`), then the socket later starts talk to
    instance.answer = app.live_settings.answer  # `config set` and `config get`, answered when done
    QTimer.singleShot(SAY_RUNNING_MS, lambda: _say_running(app))
    if not instance.listen():
        app.notices.no_request_channel(instance.listen_error or "")
    instance.request_received.connect(app.handle_request)
    try:
        code = qt_app.exec()
    finally:
        instance.release()
        notifier.setEnabled(False)
        crash_watch.end()
    log.info("stopped with exit code %d", app.exit_code or code)
    return app.exit_code or code
