"""Idle time on wlroots compositors (sway, Hyprland, labwc, river, ...) and others with a Wayland
idle protocol, through a `swayidle` child process.

`swayidle -w timeout 1 'echo idle' resume 'echo active'` prints "idle" once no input came for a
second and "active" at the next input. swayidle 1.8+ speaks `ext-idle-notify-v1` (sway 1.8+,
Hyprland, labwc, river, KDE Plasma 6, ...); Debian 12's swayidle 1.8 also works with its sway 1.7.
So the idle time is 0 while the agent works (the truth is under a second), and 1 s plus the time
since "idle" once they stopped. The input-only variant of the protocol (ext-idle-notify v2, where
a playing video does not count as activity) is not offered by swayidle up to 1.8, so it is not
used. Before the first line, the agent counts as working (the compositor starts the timer when
swayidle asks, so time away from before the app started is not seen).

The child is the app's alone:
- it is started through `setpriv --pdeathsig TERM` where setpriv exists (util-linux), so the
  kernel ends it should the app die without closing it (kill -9, a crash);
- `close()` (at quit) terminates it, then kills it after a second; QProcess reaps it, so no
  zombie is left;
- when it ends on its own (killed, or the compositor went away), readings say "unknown" and it
  is started again after 1, 2, 5, 10, 30, then every 60 s (the delays start over once a child
  lived a minute); nothing is raised, each exit is logged once.
- The compositor's globals are read first (wayland_globals.py, under a millisecond): without
  `ext_idle_notifier_v1` or `org_kde_kwin_idle` (weston, mutter) swayidle is not started.
  Where they can't be read, a swayidle that exits within 300 ms means the same.

Verified on headless sway 1.7 (tests/e2e/test_idle_wayland.py: the idle time grows, and input
typed with wtype brings it back to 0); the restart and clean-up with a stand-in child
(tests/unit/test_idle_sources.py).
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QProcess, QTimer, Slot

from companion.platform.wayland_globals import read_globals

log = logging.getLogger(__name__)

SWAYIDLE_NAME = "Wayland idle protocol (swayidle)"
THRESHOLD = 1  # seconds without input before swayidle says "idle"
RESTART_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
STEADY = 60.0  # a child that lived this long starts the delays over
FIRST_START_WAIT_MS = 300


def swayidle_command(swayidle: str, setpriv: str | None) -> list[str]:
    command = [swayidle, "-w", "timeout", str(THRESHOLD), "echo idle", "resume", "echo active"]
    return [setpriv, "--pdeathsig", "TERM", *command] if setpriv else command


def desktop_name(environ: Mapping[str, str]) -> str:
    """The compositor's name from XDG_CURRENT_DESKTOP ("sway", "Hyprland", "labwc"), or ""."""
    return environ.get("XDG_CURRENT_DESKTOP", "").split(":")[0].strip()


class SwayidleProbe(QObject):
    """Idle time from the lines of a swayidle child; `command` may be a stand-in in tests."""

    name = SWAYIDLE_NAME
    source = "wayland_idle"

    def __init__(
        self,
        command: Sequence[str],
        desktop: str = "",
        monotonic: Callable[[], float] = time.monotonic,
        restart_delays: Sequence[float] = RESTART_DELAYS,
    ) -> None:
        super().__init__()
        self.unavailable_reason: str | None = None
        self.desktop = desktop  # shown in the settings: "from sway (idle protocol)"
        self._command = list(command)
        self._monotonic = monotonic
        self._delays = tuple(restart_delays)
        self._failures = 0  # exits in a row without a steady run
        self._closing = False
        self._quiet = False
        self._idle_since: float | None = None  # monotonic time of "idle"
        self._known = False  # a child runs and has been heard from (or just started)
        self._started_at = 0.0
        self._buffer = b""
        self._process: QProcess | None = None
        self._retired: QProcess | None = None  # the last child that ended, let go later
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.timeout.connect(self._start)

    # --- the child --------------------------------------------------------------------------

    def start(self, wait_ms: int = 0) -> bool:
        """Start the child; with `wait_ms`, wait that long to see it not exit. True: running."""
        self._quiet = bool(wait_ms)  # an exit while trying it out is not a warning
        try:
            self._start()
            process = self._process
            if process is None or not process.waitForStarted(2000):
                return False
            if wait_ms and process.waitForFinished(wait_ms):
                return False
        finally:
            self._quiet = False
        return self._process is process and process.state() != QProcess.ProcessState.NotRunning

    def pid(self) -> int | None:
        """The running child's process id (for tests and the log)."""
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(process.processId())

    def _start(self) -> None:
        if self._closing:
            return
        # Owned by Python, no parent, never deleted from inside its own signals: a process is
        # let go (`_retired`) only when the next one starts or the probe goes.
        self._retired = None
        process = QProcess()
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        process.setStandardErrorFile(QProcess.nullDevice())  # logind chatter, not ours to show
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._buffer = b""
        self._idle_since = None
        self._known = True
        self._started_at = self._monotonic()
        process.start()

    def _current(self) -> QProcess | None:
        """The running child when it sent the signal being handled, else None."""
        sender = self.sender()
        return self._process if sender is not None and sender is self._process else None

    @Slot()
    def _read(self) -> None:
        try:
            process = self._current()
            if process is None:
                return
            self._buffer += bytes(process.readAllStandardOutput().data())
            *lines, self._buffer = self._buffer.split(b"\n")
            for line in lines:
                word = line.strip()
                if word == b"idle":
                    # "idle" comes THRESHOLD seconds after the last input.
                    self._idle_since = self._monotonic() - THRESHOLD
                elif word == b"active":
                    self._idle_since = None
                elif word:
                    log.debug("idle time: swayidle said %r", word[:200])
        except Exception:
            log.debug("idle time: reading swayidle failed", exc_info=True)

    @Slot(int, QProcess.ExitStatus)
    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        try:
            if self._current() is not None:
                self._lost(f"swayidle ended (exit status {code}, {status.name})")
        except Exception:
            log.debug("idle time: handling swayidle's exit failed", exc_info=True)

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        try:
            process = self._current()
            if process is not None and error == QProcess.ProcessError.FailedToStart:
                self._lost(f"swayidle could not be started: {process.errorString()}")
        except Exception:
            log.debug("idle time: handling a swayidle error failed", exc_info=True)

    def _lost(self, why: str) -> None:
        self._retired, self._process = self._process, None
        self._known = False
        self._idle_since = None
        if self._closing:
            return
        if self._monotonic() - self._started_at >= STEADY:
            self._failures = 0
        delay = self._delays[min(self._failures, len(self._delays) - 1)]
        level = logging.WARNING if self._failures == 0 and not self._quiet else logging.DEBUG
        log.log(level, "idle time: %s; starting it again in %g s", why, delay)
        self._failures += 1
        self._restart.start(int(delay * 1000))

    # --- the probe --------------------------------------------------------------------------

    def idle_seconds(self) -> float | None:
        if not self._known:
            return None
        if self._idle_since is None:
            return 0.0
        return max(float(THRESHOLD), self._monotonic() - self._idle_since)

    def close(self) -> None:
        """Stop the child for good (terminate, then kill after a second), and wait for it."""
        self._closing = True
        self._restart.stop()
        process, self._process = self._process, None
        self._known = False
        if process is None:
            return
        self._retired = process  # its finished signal, sent while waiting below, is ignored
        try:
            if process.state() != QProcess.ProcessState.NotRunning:
                process.terminate()
                if not process.waitForFinished(1000):
                    process.kill()
                    process.waitForFinished(1000)
        except Exception:
            log.debug("idle time: stopping swayidle failed", exc_info=True)


IDLE_PROTOCOLS = ("ext_idle_notifier_v1", "org_kde_kwin_idle")  # what swayidle can use


def open_swayidle(environ: Mapping[str, str]) -> SwayidleProbe | None:
    """A running swayidle probe in a Wayland session whose compositor has an idle protocol."""
    swayidle = shutil.which("swayidle")
    if swayidle is None or not environ.get("WAYLAND_DISPLAY"):
        return None
    offered = read_globals(environ)
    protocols = [name for name in IDLE_PROTOCOLS if name in (offered or {})]
    if offered is not None and not protocols:
        log.info("idle time: this compositor offers no idle protocol")
        return None
    if (offered or {}).get("ext_idle_notifier_v1", 0) >= 2:
        log.info("idle time: ext-idle-notify v2 could leave playing media out; swayidle can't")
    probe = SwayidleProbe(
        swayidle_command(swayidle, shutil.which("setpriv")), desktop=desktop_name(environ)
    )
    # Where the compositor could not be asked, a swayidle that exits at once says "no protocol".
    if not probe.start(wait_ms=0 if offered is not None else FIRST_START_WAIT_MS):
        log.info("idle time: swayidle does not run here (no idle protocol in this compositor?)")
        probe.close()
        return None
    log.info("idle time: swayidle runs (pid %s), %s", probe.pid(), protocols or "protocol unknown")
    return probe
