"""A Python trace when something kills the app, and a word at the next start that it happened.

`faulthandler` writes the stack of every thread to `logs/fault-trace.txt` when the process
aborts (a native crash, `abort()`, a fatal Python error); a normal run leaves that file empty.
A small marker, `logs/running.json`, exists while the app runs and is removed when it stops
cleanly; one found at start means the last run did not stop cleanly (an abort, kill -9, power
cut). Its trace, when there is one, is kept as `fault-YYYYMMDD-HHMMSS.txt` (the newest few).
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from io import FileIO
from pathlib import Path

from companion.domain.clock import Clock

log = logging.getLogger(__name__)

MARKER = "running.json"
TRACE = "fault-trace.txt"
KEPT_TRACES = 5


@dataclass(frozen=True)
class UncleanStop:
    """What is known of a run that ended without stopping cleanly."""

    at: datetime  # local time of its last sign of life (the trace, else the log)
    trace: Path | None  # the trace it left, kept under its own name; None when it left none


class CrashWatch:
    """Arms faulthandler for this run and tells whether the last run stopped cleanly."""

    def __init__(self, logs_dir: Path, clock: Clock) -> None:
        self.logs_dir = logs_dir
        self.clock = clock
        self.zone = clock.local_zone()
        self._trace: FileIO | None = None

    @property
    def marker(self) -> Path:
        return self.logs_dir / MARKER

    @property
    def trace_file(self) -> Path:
        return self.logs_dir / TRACE

    def begin(self, log_file: Path) -> UncleanStop | None:
        """Look at what the last run left, then arm for this one. Never raises: a folder that
        cannot be written only loses the trace, not the app."""
        try:
            previous = self._previous_run(log_file)
        except OSError as error:
            log.warning("cannot read what the last run left in %s: %s", self.logs_dir, error)
            previous = None
        try:
            self._arm()
        except OSError as error:
            log.warning("no fault trace for this run (%s): %s", self.trace_file, error)
        return previous

    def end(self) -> None:
        """This run stops cleanly: disarm, drop the empty trace and the marker."""
        if self._trace is not None:
            faulthandler.disable()
            self._trace.close()
            self._trace = None
        with contextlib.suppress(OSError):
            if self.trace_file.stat().st_size == 0:
                self.trace_file.unlink()
        with contextlib.suppress(OSError):
            self.marker.unlink()

    def _previous_run(self, log_file: Path) -> UncleanStop | None:
        if not self.marker.exists():
            return None
        trace: Path | None = None
        signs = [self.marker.stat().st_mtime]
        with contextlib.suppress(OSError):
            signs.append(log_file.stat().st_mtime)
        with contextlib.suppress(FileNotFoundError):
            stat = self.trace_file.stat()
            if stat.st_size > 0:
                signs = [stat.st_mtime]  # the moment of the abort itself
                trace = self._keep_trace(stat.st_mtime)
        at = datetime.fromtimestamp(max(signs), self.zone)
        started = _read_marker(self.marker)
        log.warning(
            "the last run (pid %s, started %s) did not stop cleanly; last sign of life %s; %s",
            started.get("pid", "?"),
            started.get("started", "?"),
            at.strftime("%Y-%m-%d %H:%M:%S"),
            f"its trace: {trace}" if trace else "it left no trace (killed, or the power went)",
        )
        return UncleanStop(at, trace)

    def _keep_trace(self, mtime: float) -> Path:
        stamp = datetime.fromtimestamp(mtime, self.zone).strftime("%Y%m%d-%H%M%S")
        kept = self.logs_dir / f"fault-{stamp}.txt"
        self.trace_file.replace(kept)
        older = sorted(self.logs_dir.glob("fault-2*.txt"))[:-KEPT_TRACES]
        for path in older:
            with contextlib.suppress(OSError):
                path.unlink()
        return kept

    def _arm(self) -> None:
        self.logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        self._trace = FileIO(os.open(self.trace_file, flags, 0o600), "w")
        faulthandler.enable(self._trace, all_threads=True)
        started = self.clock.now().astimezone(self.zone).isoformat(timespec="seconds")
        descriptor = os.open(self.marker, flags, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as marker:
            json.dump({"pid": os.getpid(), "started": started}, marker)


def _read_marker(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
