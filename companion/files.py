"""Writing files safely: whole or not at all, owner-only whatever the umask, never through a link.

Every file Companion writes (settings, exports, the reminder state, login and menu entries) goes
through `write_atomically`: the bytes go to a temporary file created exclusively (`O_EXCL`, an
unpredictable name, `mkstemp`) in the target's own folder, are flushed to disk, and the
temporary file then replaces the target in one step. A name planted in advance (a symlink to
someone else's file) can therefore never be written through, a reader never sees half a file,
and a failed write (a full disk) leaves neither a partial target nor a temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) as 0700, whatever the umask; an existing folder of
    ours that others can write or read is made 0700 too."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix":
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) != PRIVATE_DIR:
            path.chmod(PRIVATE_DIR)


def write_atomically(path: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    """Replace `path` with `data` in one step (see the module's docstring). The folder must
    exist. Raises OSError (for example ENOSPC) with nothing left behind."""
    with atomic_file(path, mode) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(path: Path, mode: int = PRIVATE_FILE) -> Iterator[BinaryIO]:
    """A file to write `path` through a piece at a time (an export of years of records): the
    pieces go to the temporary file, which replaces `path` once the block ends without an
    error. On any error (a full disk, a bad record) the temporary file is removed and `path`
    is as it was. The folder must exist."""
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            temporary.chmod(mode)  # mkstemp made it 0600; a menu entry is 0644
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def create_private_file(path: Path) -> None:
    """Create `path` empty and owner-only if it does not exist; never follow a symlink there."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE)
    try:
        if os.name == "posix":
            os.fchmod(descriptor, PRIVATE_FILE)
    finally:
        os.close(descriptor)


def disk_full(folder: Path, room: int) -> bool:
    """Whether the file system of `folder` has less than `room` bytes free (False when that
    cannot be told): the reason to give for a write that failed."""
    try:
        return shutil.disk_usage(folder).free < room
    except OSError:
        return False
