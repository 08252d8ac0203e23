"""The commands for the running Companion, sent over its private socket: `call start|end` and
`quick-log`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from companion.cli.parser import EXIT_OK, Failure

if TYPE_CHECKING:
    from companion.ipc.protocol import Request
    from companion.paths import AppPaths


def run_call(args: argparse.Namespace) -> int:
    from companion.ipc.protocol import Call
    from companion.paths import app_paths

    paths = app_paths()
    request = Call(started=args.action == "start")
    if not _tell_the_running_app(paths, request):
        raise Failure("Companion is not running, so there is no call to tell it about")
    return EXIT_OK


def _tell_the_running_app(paths: AppPaths, request: Request) -> bool:
    """True when the running Companion answered that it took `request`."""
    from companion.ipc.channel import (
        SocketPlaceError,
        instance_running,
        send_request,
        socket_name,
    )

    if not instance_running(paths.instance_lock):
        return False
    try:
        name = socket_name(paths.data_dir)
    except SocketPlaceError as error:
        raise Failure(f"no private place to reach Companion: {error}") from None
    if not send_request(name, request, 3.0):
        raise Failure(
            f"Companion runs for {paths.data_dir} but did not take the request; "
            "see its log, or restart it"
        )
    return True


def run_quick_log() -> int:
    from companion.ipc.protocol import QuickLog
    from companion.paths import app_paths

    paths = app_paths()
    if not _tell_the_running_app(paths, QuickLog()):
        raise Failure("Companion is not running; start it first (the command 'companion')")
    return EXIT_OK
