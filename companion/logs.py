"""The log file: what happened and when, never what the user wrote."""

from __future__ import annotations

import contextlib
import logging
import os
from io import FileIO, TextIOWrapper
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3
MAX_LINE = 8000


class RotatingLog(logging.FileHandler):
    """A log file kept under `max_bytes`, with `backups` older ones beside it (`.1` the newest),
    each created readable by its owner only.

    `logging.handlers.RotatingFileHandler` does the same, but importing `logging.handlers`
    brings pickle, socket and queue along: about 2 MB resident and 5 ms at start-up in a
    process that must stay small all shift. Its new files would also take the umask's mode.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes, self.backups = max_bytes, backups
        self.lost = 0  # lines that could not be written
        super().__init__(path, encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return TextIOWrapper(
            FileIO(descriptor, "a"), encoding=self.encoding, errors=self.errors, write_through=True
        )

    def format(self, record: logging.LogRecord) -> str:
        """One line of at most MAX_LINE characters: a huge value in a message (or a traceback
        that quotes one) must not make the log huge, whatever the rotation does."""
        text = super().format(record)
        if len(text) > MAX_LINE:
            text = f"{text[:MAX_LINE]}… ({len(text):,} characters, cut)"
        return text

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A line that cannot be written (a full disk, a folder taken away) is lost quietly.
        logging's own handler would print "--- Logging error ---" and a traceback to stderr:
        on the terminal of whoever started Companion, the one thing it must never show."""
        self.lost += 1

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        base = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()


def setup_logging(log_file: Path, *, also_stderr: bool = False) -> None:
    """Log to a rotating file (1 MB, and 3 older ones) readable by the owner only."""
    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "companion", False):  # ours from an earlier call; others stay
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingLog(log_file)
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.companion = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    with contextlib.suppress(OSError):
        log_file.chmod(0o600)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per job run otherwise
    if also_stderr:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("companion: %(message)s"))
        stream.companion = True  # type: ignore[attr-defined]
        root.addHandler(stream)


def stop_logging() -> bool:
    """Close the log file (so that it can be deleted); True when one was open."""
    root = logging.getLogger()
    closed = False
    for handler in list(root.handlers):
        if getattr(handler, "companion", False):
            root.removeHandler(handler)
            handler.close()
            closed = True
    return closed
