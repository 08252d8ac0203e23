"""Opening the full store for a command: a store that cannot be opened is a `Failure`, one
moved aside is a warning on stderr, and so are rows an update set aside."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from companion.cli.parser import Failure

if TYPE_CHECKING:
    from companion.storage.store import Store


def open_command_store() -> Store:
    from companion.domain.clock import SystemClock
    from companion.paths import DataDirError, app_paths
    from companion.storage.opening import StoreError
    from companion.storage.store import open_store

    try:
        store, report = open_store(app_paths(), SystemClock())
    except (StoreError, DataDirError) as error:
        raise Failure(str(error)) from None
    if report.moved_aside is not None:
        print(
            f"companion: warning: {report.problem}; it was kept as {report.moved_aside} "
            "and a new empty store was started.",
            file=sys.stderr,
        )
        if report.backups:
            print(f"companion: the newest backup is {report.backups[0]}", file=sys.stderr)
    if report.set_aside is not None:
        print(
            f"companion: warning: updating the database set aside {report.set_aside_rows} "
            f"row(s) this version could not use ({report.set_aside_summary}); they are kept in "
            f"{report.set_aside}, and everything else is as it was.",
            file=sys.stderr,
        )
    return store
