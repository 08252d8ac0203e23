"""Exceptions nobody caught: into the log, never onto the screen, and the app goes on.

Qt calls `sys.excepthook` for an exception raised in a slot, a timer's callback or a Python
override of a Qt method, and then carries on with its event loop; Python calls
`threading.excepthook` for one that ends a thread. By default both print a traceback to a
stderr that a tray app started from the menu does not have, and the log learns nothing.

`install` replaces both: one ERROR line in `companion.log` saying what kind of exception it was
and where it was raised, frame by frame (`companion/ui/history.py:493 in _save_edit`), never its
message, which may quote what the person wrote (a note in a ValueError, a statement's values);
an errno or SQLite's error name is kept, as it says what went wrong without saying what was
written. One line on stderr points to the log. `on_uncaught` then lets the app tell the person,
once (see companion.process.run).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

FRAMES = 12  # at most, the innermost kept
INNERMOST = 2  # frames kept wherever they are: where it was raised


def _where(filename: str) -> str:
    """A frame's file without the folders above the package (which may name the person)."""
    path = Path(filename)
    parts = path.parts
    for anchor in ("site-packages", "dist-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + 1 :])
    if "companion" in parts:
        last = len(parts) - 1 - parts[::-1].index("companion")
        return "/".join(parts[last:])
    return path.name


def _kind(error: BaseException) -> str:
    kind = type(error)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    source = getattr(error, "orig", None) or error  # SQLAlchemy keeps the driver's error there
    code = getattr(source, "sqlite_errorname", None)
    if code is None and isinstance(source, OSError) and source.errno is not None:
        import errno

        code = errno.errorcode.get(source.errno)
    return f"{name} ({code})" if code else name


def _frames(error: BaseException) -> str:
    """Where it was raised (the innermost frames), then the way there through Companion's own
    code: a library's inner workings only as far as they help."""
    frames = traceback.extract_tb(error.__traceback__)
    kept = [
        frame
        for number, frame in enumerate(frames)
        if number >= len(frames) - INNERMOST or "companion" in Path(frame.filename).parts
    ][-FRAMES:]
    return " < ".join(
        f"{_where(frame.filename)}:{frame.lineno} in {frame.name}" for frame in reversed(kept)
    )


def describe(error: BaseException) -> str:
    """What kind of exception and where, through its causes; never what its message says."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(f"{_kind(current)} at {_frames(current) or 'an unknown place'}")
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "; from ".join(parts)


def install(log_file: Path, on_uncaught: Callable[[str], None] | None = None) -> None:
    """Send every uncaught exception (the main thread's, a Qt slot's, another thread's) to the
    log; `on_uncaught(kind)` is called after each, on the thread that raised it."""

    def said(error: BaseException, where: str) -> None:
        described = describe(error)
        logged = any(getattr(handler, "companion", False) for handler in logging.root.handlers)
        if logged:  # else a command that never opened the log: the one line says it all
            log.error("uncaught %s %s", where, described)
        details = f"the details are in {log_file}" if logged else described
        # no terminal (no stderr at all on Windows), or a closed one: the log has it
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if sys.stderr is not None:
                print(
                    f"companion: an unexpected {type(error).__name__} {where}; {details}",
                    file=sys.stderr,
                    flush=True,
                )
        if on_uncaught is not None:
            on_uncaught(type(error).__name__)

    def main_hook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        said(error.with_traceback(trace), "in the main thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        said(args.exc_value, f"in thread {name!r}")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook
