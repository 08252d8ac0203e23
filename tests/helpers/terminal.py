"""A pseudo-terminal for tests of what a command shows in a terminal or a console."""

from __future__ import annotations

import pty

import pytest


def open_terminal() -> tuple[int, int]:
    """(leader, follower) descriptors of a new pseudo-terminal, or skip the test with the
    reason: a chroot or container without /dev/pts mounted has none to give ("out of pty
    devices"), and no package installs one."""
    try:
        return pty.openpty()
    except OSError as error:
        pytest.skip(f"no pseudo-terminal here ({error}): /dev/pts is not mounted")
