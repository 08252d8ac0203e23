"""The log file (companion.logs)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.logs import setup_logging


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


def _file_handlers() -> list[logging.FileHandler]:
    """Companion's own (pytest adds a file handler of its own, on /dev/null)."""
    return [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler) and getattr(h, "companion", False)
    ]


def test_log_file_is_written_and_private(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "companion.log"
    setup_logging(log_file)
    logging.getLogger("companion.test").info("hello from the test")
    for handler in _file_handlers():
        handler.flush()
    assert "hello from the test" in log_file.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_setting_up_again_closes_the_previous_log_file(tmp_path: Path) -> None:
    setup_logging(tmp_path / "first" / "companion.log")
    (first,) = _file_handlers()
    try:
        setup_logging(tmp_path / "second" / "companion.log")
        assert _file_handlers() != [first]
        # Dropped without close(), the first file stays open until garbage collection
        # (a ResourceWarning), e.g. when `companion.cli.main` runs twice in one process.
        assert first.stream is None or first.stream.closed
    finally:
        first.close()


def test_a_full_log_moves_aside_and_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    from companion.logs import RotatingLog

    path = tmp_path / "companion.log"
    handler = RotatingLog(path, max_bytes=200, backups=2)
    logger = logging.getLogger("companion.test.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(40):
            logger.warning("line %02d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["companion.log", "companion.log.1", "companion.log.2"]
    for name in kept:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert len(text.encode()) < 200 + 60  # one line may cross the limit
        if os.name == "posix":
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    newest = (tmp_path / "companion.log").read_text(encoding="utf-8")
    older = (tmp_path / "companion.log.1").read_text(encoding="utf-8")
    assert "line 39" in newest and "line 39" not in older
    assert max(older.split("line ")[1:]) < min(newest.split("line ")[1:])


def test_a_huge_message_is_cut_so_the_log_stays_small(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "companion.log"
    setup_logging(log_file)
    logging.getLogger("companion.test").warning("settings: %s", "x" * 50_000_000)
    logging.getLogger("companion.test").warning("after")
    text = log_file.read_text(encoding="utf-8")
    assert len(text) < 20_000
    assert "characters, cut" in text and "after" in text
