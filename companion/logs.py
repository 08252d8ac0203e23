"""The log file: what happened and when, never what the user wrote."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, also_stderr: bool = False) -> None:
    """Log to a rotating file (1 MB x 3) readable by the owner only."""
    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "companion", False):  # ours from an earlier call; others stay
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
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
