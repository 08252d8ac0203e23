"""The commands for the running Companion, sent over its private socket: `call start|end`,
`quick-log`, `open WINDOW`, and `config set|get` asking it (`ask_the_running_app`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from companion.cli.parser import EXIT_OK, Failure

if TYPE_CHECKING:
    from companion.ipc.protocol import Reply, Request
    from companion.paths import AppPaths


class NoAnswer(Failure):
    """A Companion runs for this data folder but did not answer; `str()` says so."""


def run_call(args: argparse.Namespace) -> int:
    from companion.ipc.protocol import Call
    from companion.paths import app_paths

    paths = app_paths()
    request = Call(started=args.action == "start")
    if not _tell_the_running_app(paths, request):
        raise Failure("Companion is not running, so there is no call to tell it about")
    return EXIT_OK


def ask_the_running_app(paths: AppPaths, request: Request) -> Reply | None:
    """The running Companion's answer to `request`; None when no Companion runs for this data
    folder. NoAnswer when one runs but does not answer."""
    from companion.ipc.channel import SocketPlaceError, ask, instance_running, socket_name

    if not instance_running(paths.instance_lock):
        return None
    try:
        name = socket_name(paths.data_dir)
    except SocketPlaceError as error:
        raise NoAnswer(f"no private place to reach Companion: {error}") from None
    reply = ask(name, request, 3.0)
    if reply is None:
        raise NoAnswer(
            f"Companion runs for {paths.data_dir} but did not answer; see its log, or restart it"
        )
    return reply


def _tell_the_running_app(paths: AppPaths, request: Request) -> bool:
    """True when the running Companion answered that it took `request`."""
    reply = ask_the_running_app(paths, request)
    if reply is None:
        return False
    if not reply.ok:
        raise Failure(
            f"Companion runs for {paths.data_dir} but did not take the request ({reply.error}); "
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


def run_open(args: argparse.Namespace) -> int:
    from companion.ipc.protocol import Open
    from companion.paths import app_paths

    paths = app_paths()
    if not _tell_the_running_app(paths, Open(args.window)):
        raise Failure("Companion is not running; start it first (the command 'companion')")
    return EXIT_OK
