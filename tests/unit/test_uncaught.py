"""What an uncaught exception leaves in the log: its kind and where it was raised, through its
causes, never its message (which may quote a note); and a log that cannot be written is lost
quietly instead of printing a traceback."""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator

import pytest

from companion.logs import RotatingLog, setup_logging, stop_logging
from companion.process.uncaught import describe, install


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    stop_logging()
    logging.getLogger().setLevel(level)


def _nested() -> BaseException:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left", "/home/SECRET-NAME/x")
        except OSError as inner:
            raise ValueError("note: SECRET-NOTE my manager shouted") from inner
    except ValueError as error:
        return error


def test_describe_names_the_kind_and_the_place_through_the_causes_never_the_words():
    said = describe(_nested())
    assert "SECRET" not in said and "shouted" not in said
    assert said.startswith("ValueError at test_uncaught.py:")
    assert "in _nested" in said
    assert "; from OSError (ENOSPC) at test_uncaught.py:" in said
    database = sqlite3.connect(":memory:")
    try:
        database.execute("SELECT * FROM SECRET_TABLE")
    except sqlite3.Error as error:
        assert describe(error).startswith("sqlite3.OperationalError (SQLITE_ERROR) at ")
    finally:
        database.close()


@pytest.mark.logs_errors("the uncaught exception is logged on purpose")
def test_an_exception_ending_a_thread_is_logged_without_its_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = tmp_path / "logs" / "companion.log"
    setup_logging(log_file)
    told: list[str] = []
    install(log_file, told.append)

    def worker() -> None:
        raise KeyError("SECRET-NOTE in a thread")

    thread = threading.Thread(target=worker, name="worker-1")
    thread.start()
    thread.join()
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR companion.process.uncaught: uncaught in thread 'worker-1' KeyError at " in logged
    assert "SECRET" not in logged
    assert told == ["KeyError"]
    err = capsys.readouterr().err
    assert err == (
        f"companion: an unexpected KeyError in thread 'worker-1'; the details are in {log_file}\n"
    )


def test_a_log_on_a_full_disk_loses_the_line_quietly(tmp_path, capsys):
    handler = RotatingLog(tmp_path / "companion.log")
    handler.setFormatter(logging.Formatter("%(message)s"))

    class FullDisk:
        def write(self, _text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            pass

        def tell(self) -> int:
            return 0

        def close(self) -> None:
            pass

    real = handler.stream
    handler.stream = FullDisk()  # type: ignore[assignment]
    try:
        handler.emit(logging.LogRecord("x", logging.ERROR, __file__, 1, "a line", None, None))
    finally:
        handler.stream = real
        handler.close()
    assert handler.lost == 1
    assert capsys.readouterr().err == ""  # no "--- Logging error ---", no traceback
