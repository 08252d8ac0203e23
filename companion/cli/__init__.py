"""The `companion` command: starts the tray app, or runs one scriptable task and exits.

Exit codes: 0 success; 2 usage errors and refused values (one line on stderr, nothing written);
1 any other failure, with a clear message.

Here: `main` and the choice of the sub-command. The parser and the exit codes are in `parser`,
the commands in `records` (log, list, breaks, stats), `running_app` (call, quick-log, open),
`transfer` (export, import, erase), `demo`, `desktop` (install-desktop, the login entry) and
`config`; `output` renders mood entries, `opening` opens the store for a command. Each command
imports what it needs (the store, SQLAlchemy, the settings) only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion.cli.config import run_config
from companion.cli.demo import run_demo
from companion.cli.desktop import run_install_desktop
from companion.cli.parser import EXIT_FAILURE, EXIT_USAGE, Failure, UsageError, build_parser
from companion.cli.records import run_breaks, run_list, run_log, run_stats
from companion.cli.running_app import run_call, run_open, run_quick_log
from companion.cli.transfer import run_erase, run_export, run_import
from companion.process.terminal import harmless_stderr

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["main"]


def _text_out() -> None:
    """Output that never fails on Chinese or emoji, whatever the code page.

    A pipe or a file gets UTF-8 (what a script or a spreadsheet reading `--format json` or
    `csv` expects); on a Windows machine set to cp1252 or cp936 Python would otherwise write the
    code page and stop with UnicodeEncodeError at the first 客 or 😀. A console is written by
    Python as Unicode on Windows; where a terminal's encoding still cannot show a character, it
    is replaced rather than ending the command. Arguments that were not valid UTF-8 arrive with
    lone surrogates (PEP 383): stderr escapes them the way Python's own stderr does, and every
    character that could act on a terminal too (companion.process.terminal)."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        isatty = getattr(stream, "isatty", lambda: False)
        if encoding != "utf8" and not isatty():
            reconfigure(encoding="utf-8", errors=errors)
        else:
            reconfigure(errors=errors)
    harmless_stderr()  # a message may quote a server, a file or a setting: only as text


def main(argv: Sequence[str] | None = None) -> int:
    _text_out()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from companion.process.tray_start import start_tray

        return start_tray(args.lang, welcome=not args.no_welcome)
    try:
        return _run_command(args)
    except UsageError as error:
        print(f"companion {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Failure as error:
        print(f"companion {args.command}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def _run_command(args: argparse.Namespace) -> int:
    from companion.logs import setup_logging
    from companion.paths import DataDirError, app_paths, ensure_private_dir

    paths = app_paths()
    _move_team_password(paths.settings_file)
    if args.command == "config":
        return run_config(args, paths)
    if args.command == "erase":  # before logging starts: the logs are erased too
        return run_erase(args, paths)
    if args.command == "demo":  # its own data folder (--home), not the usual one
        return run_demo(args)
    if args.command == "install-desktop":  # the desktop's folders, not Companion's
        return run_install_desktop(args)
    try:
        ensure_private_dir(paths.data_dir)
        setup_logging(paths.log_file)
    except (DataDirError, OSError) as error:
        raise Failure(str(error)) from None
    if args.command == "log":
        return run_log(args)
    if args.command == "list":
        return run_list(args)
    if args.command == "breaks":
        return run_breaks(args)
    if args.command == "call":
        return run_call(args)
    if args.command == "quick-log":
        return run_quick_log()
    if args.command == "open":
        return run_open(args)
    if args.command == "stats":
        return run_stats(args)
    if args.command == "export":
        return run_export(args, paths)
    if args.command == "import":
        return run_import(args, paths)
    if args.command == "team":
        from companion.cli.team import run_team

        return run_team(args)
    raise UsageError(f"unknown command {args.command!r}")


def _move_team_password(settings_file: Path) -> None:
    """A password still in team.url is moved to the password file, once, with a line."""
    from companion.team.credentials import move_password_out

    said = move_password_out(settings_file)
    if said is not None:
        print(f"companion: note: {said}", file=sys.stderr)
