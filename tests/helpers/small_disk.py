"""A small file system of its own for a test (a tmpfs, root only), to fill up or make read-only."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(where: Path, size: str = "3m") -> Iterator[Path]:
    """Mount a tmpfs of `size` at `where` (made if missing) for the block; skipped (failed on
    CI) where it cannot be mounted."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs: {done.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill_up(folder: Path, leave: int = 0) -> None:
    """Fill the file system of `folder` to the last block, then free `leave` bytes (in whole
    16 KiB pieces) again: room for a lock file and a log line, not for a database."""
    pieces = []
    number = 0
    while True:
        piece = folder / f"filler-{number}"
        try:
            piece.write_bytes(b"\0" * 16384)
        except OSError:
            piece.unlink(missing_ok=True)
            break
        pieces.append(piece)
        number += 1
    with contextlib.suppress(OSError):  # the last few blocks too
        for small in range(10_000):
            (folder / f"filler-small-{small}").write_bytes(b"\0" * 512)
    for piece in pieces[: -(-leave // 16384)] if leave else []:
        piece.unlink()


def remount_read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
