"""The command line's parser (every sub-command and its options), the exit codes, and the two
errors a command raises: `UsageError` (exit 2) and `Failure` (exit 1)."""

from __future__ import annotations

import argparse
from typing import NoReturn

from companion import __version__
from companion.domain.language import SUPPORTED

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A refused value: exit 2 with this one-line message."""


class Failure(Exception):
    """Anything else that went wrong: exit 1 with this message."""


class _Parser(argparse.ArgumentParser):
    """argparse, but every usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        flat = " ".join(message.split())  # a stray argument may hold line breaks
        self.exit(EXIT_USAGE, f"{self.prog}: {flat} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    from companion.domain.mood import CATEGORIES, EMOTIONS

    parser = _Parser(
        prog="companion",
        description="Companion (心伴): breaks, mood log and reframing for customer-service agents. "
        "Without a command it starts the tray app.",
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    parser.add_argument(
        "--lang", choices=SUPPORTED, help="language of the app for this run (zh_CN or en)"
    )
    parser.add_argument(
        "--no-welcome",
        action="store_true",
        help="start the tray app without the welcome a first start shows",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    log = commands.add_parser("log", help="add a mood entry and print its id")
    log.add_argument("--stress", required=True, metavar="N", help="stress from 0 to 10")
    log.add_argument(
        "--emotion",
        action="extend",
        nargs="+",
        default=[],
        metavar="CODE",
        help=f"one or more of: {', '.join(EMOTIONS)}",
    )
    log.add_argument("--category", metavar="CODE", help=f"one of: {', '.join(CATEGORIES)}")
    log.add_argument("--note", metavar="TEXT", help="a note of at most 2,000 characters")
    log.add_argument(
        "--at",
        metavar="ISO-8601",
        help="when it happened (default now); without an offset it is local time",
    )

    listing = commands.add_parser("list", help="print mood entries, oldest first")
    listing.add_argument("--since", metavar="DATE", help="first local day (YYYY-MM-DD), inclusive")
    listing.add_argument("--until", metavar="DATE", help="last local day (YYYY-MM-DD), inclusive")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")

    breaks = commands.add_parser("breaks", help="print the breaks of a day, oldest first")
    breaks.add_argument("--day", metavar="DATE", help="local day (YYYY-MM-DD); default today")
    breaks.add_argument("--format", choices=("table", "json"), default="table")

    stats = commands.add_parser("stats", help="weekly figures: entries, stress, breaks")
    stats.add_argument(
        "--weeks", type=int, default=12, metavar="N", help="weeks, this one included (default 12)"
    )
    stats.add_argument("--format", choices=("table", "json"), default="table")

    call = commands.add_parser("call", help="tell the running Companion a call started or ended")
    call.add_argument("action", choices=("start", "end"))
    commands.add_parser(
        "quick-log",
        help="open the mood log of the running Companion (for a shortcut set in the desktop's "
        "keyboard settings, e.g. on Wayland)",
    )
    opening = commands.add_parser(
        "open",
        help="bring a window of the running Companion forward, with the keyboard (for a "
        "shortcut set in the desktop's keyboard settings, or a desktop without a tray)",
    )
    opening.add_argument("window", choices=("mood-log", "trends", "settings"))

    export = commands.add_parser("export", help="write all data (JSON, or CSV files)")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--out", metavar="PATH", help="file for JSON (default: print it), folder for CSV files"
    )
    importing = commands.add_parser("import", help="add the records of a JSON export")
    importing.add_argument("file", metavar="FILE", help="a file written by 'companion export'")
    erase = commands.add_parser(
        "erase", help="delete the store, its backups, files kept aside and the logs"
    )
    erase.add_argument("--yes", action="store_true", help="really erase (it cannot be undone)")
    demo = commands.add_parser(
        "demo", help="write a synthetic history into a separate store (screenshots, trying out)"
    )
    demo.add_argument(
        "--home", required=True, metavar="PATH", help="data folder of the demo store (created)"
    )
    demo.add_argument("--weeks", type=int, default=12, metavar="N", help="1 to 520 (default 12)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same history")
    demo.add_argument("--entries", type=int, metavar="N", help="exactly N mood entries")
    demo.add_argument(
        "--replace", action="store_true", help="erase an earlier demo history in PATH first"
    )

    desktop = commands.add_parser(
        "install-desktop", help="add Companion and its icon to this user's desktop menu (Linux)"
    )
    desktop.add_argument(
        "--uninstall", action="store_true", help="remove the menu entry and the icon instead"
    )

    config = commands.add_parser("config", help="read or change settings")
    config_commands = config.add_subparsers(
        dest="config_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    get = config_commands.add_parser("get", help="print one key, or all keys with their values")
    get.add_argument("key", nargs="?", metavar="KEY")
    put = config_commands.add_parser("set", help="set one key")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")

    from companion.cli.team import add_team_parser

    add_team_parser(commands)
    return parser
