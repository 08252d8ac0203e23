"""`companion team …`: share daily summaries with a team (share, status, sync, withdraw), set up
the team server and its teams (init, add, lead: the administrator) and read the team's
figures as a lead (stats, mark, view).

The team URL comes from `team.url` in the settings, or `--url` for one run (without a
password: a command line is visible to every user of the computer); the login's password is in
Companion's password file (`companion team password`). `team init` takes the administrator's URL
from standard input, COMPANION_TEAM_ADMIN_URL or the settings, never from the command line.
Nothing prints or logs a password.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from companion.cli.parser import EXIT_FAILURE, EXIT_OK, Failure, UsageError
from companion.domain.shown_text import harmless

if TYPE_CHECKING:
    from companion.domain.clock import Clock

ADMIN_URL_VARIABLE = "COMPANION_TEAM_ADMIN_URL"
NOT_ON_THE_COMMAND_LINE = (
    "a password on the command line is visible to every user of this computer (ps); "
)


def add_team_parser(commands: Any) -> None:
    team = commands.add_parser("team", help="share daily summaries with a team; a team's figures")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    def with_url(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--url", metavar="URL", help="team server for this run (not team.url)")
        return parser

    share = actions.add_parser("share", help="turn sharing daily summaries on or off")
    share.add_argument("state", choices=("on", "off"))
    status = actions.add_parser("status", help="sharing, pseudonym, last send, days pending")
    status.add_argument("--format", choices=("table", "json"), default="table")
    with_url(actions.add_parser("sync", help="send the days that are due (exit 1 if not sent)"))
    with_url(actions.add_parser("withdraw", help="delete on the server everything sent from here"))
    password = actions.add_parser(
        "password", help="keep the team login's password (read from standard input)"
    )
    password.add_argument(
        "--forget", action="store_true", help="remove the password kept for team.url"
    )
    init = actions.add_parser(
        "init",
        help="create or upgrade the team schema (administrator); the administrator's URL comes "
        f"from standard input (--stdin), {ADMIN_URL_VARIABLE} or team.url",
    )
    init.add_argument("--url", metavar="URL", help=argparse.SUPPRESS)  # refused, with why
    init.add_argument(
        "--stdin", action="store_true", help="read the administrator's URL from standard input"
    )
    init.add_argument(
        "--min-group", type=int, metavar="N", help="smallest group a figure is shown for (>= 5)"
    )
    add = actions.add_parser(
        "add", help="make a team agents can share with (administrator; URL as for init)"
    )
    add.add_argument("name", metavar="NAME", help="the team's name, 1 to 60 characters")
    lead = actions.add_parser(
        "lead", help="let a lead's login read a team's figures (administrator; URL as for init)"
    )
    lead.add_argument("login", metavar="LOGIN", help="a login in companion_lead")
    lead.add_argument("--team", required=True, metavar="NAME", help="the team it may read")
    for admin in (add, lead):
        admin.add_argument("--url", metavar="URL", help=argparse.SUPPRESS)  # refused, with why
        admin.add_argument(
            "--stdin", action="store_true", help="read the administrator's URL from standard input"
        )
    stats = with_url(actions.add_parser("stats", help="a team's weekly figures (lead)"))
    stats.add_argument("--weeks", type=int, default=13, metavar="N", help="1 to 260 (default 13)")
    stats.add_argument("--team", metavar="NAME", help="the team (default team.name)")
    stats.add_argument("--format", choices=("table", "json"), default="table")
    mark = with_url(actions.add_parser("mark", help="mark a training on a day (lead)"))
    mark.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    mark.add_argument("--label", required=True, metavar="TEXT")
    mark.add_argument("--team", metavar="NAME", help="the team (default team.name)")
    view = with_url(actions.add_parser("view", help="the Team window: a team's figures (lead)"))
    view.add_argument("--team", metavar="NAME", help="the team shown first (default team.name)")
    view.add_argument(
        "--weeks", type=int, choices=(13, 26, 52), default=13, help="weeks shown (default 13)"
    )


def _settings() -> Any:
    from companion.paths import app_paths
    from companion.settings import load_settings

    settings = load_settings(app_paths().settings_file, set_aside_invalid=False)
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    return settings


def _given_url(args: argparse.Namespace) -> str:
    """`--url`, refused when it holds a password."""
    from companion.team.credentials import has_password

    given = (getattr(args, "url", None) or "").strip()
    if given and has_password(given):
        raise UsageError(
            f"--url must not hold a password: {NOT_ON_THE_COMMAND_LINE}give the URL without "
            "it, and keep the password with 'companion team password' (standard input)"
        )
    return given


def _url(args: argparse.Namespace, settings: Any) -> str:
    url = _given_url(args) or (settings.get("team.url") or "").strip()
    if not url:
        raise UsageError("no team server: set team.url in the settings, or give --url URL")
    return _checked(url)


def _checked(url: str) -> str:
    from companion.team.connection import InvalidTeamUrl, TeamServerError, check_team_url

    try:
        check_team_url(url)
    except InvalidTeamUrl as error:
        raise UsageError(str(error)) from None
    except TeamServerError as error:
        raise Failure(str(error)) from None
    return url


def _team(args: argparse.Namespace, settings: Any) -> str:
    team = (getattr(args, "team", None) or settings.get("team.name") or "").strip()
    if not team:
        raise UsageError("no team: set team.name in the settings, or give --team NAME")
    if len(team) > 60:
        raise UsageError("a team name has at most 60 characters")
    return team


@contextmanager
def _local_store(clock: Clock) -> Iterator[sqlite3.Connection]:
    from companion.paths import DataDirError, app_paths
    from companion.storage.connection import connect
    from companion.storage.opening import StoreError, prepare_database

    paths = app_paths()
    try:
        prepare_database(paths, clock)
        connection = connect(paths.database)
    except (StoreError, DataDirError, sqlite3.Error) as error:
        raise Failure(str(error)) from None
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def _team_lock() -> Iterator[None]:
    """Sync and withdraw one at a time (storage.team_lock)."""
    from companion.paths import app_paths
    from companion.storage.team_lock import TeamBusy, team_lock

    try:
        with team_lock(app_paths().team_lock):
            yield
    except TeamBusy as error:
        raise Failure(str(error)) from None


def run_team(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Run `companion team <args.team_command>`. Every command that reads the time reads it on
    `clock` (the system's unless a test gives another)."""
    from companion.domain.clock import SYSTEM_CLOCK

    command = args.team_command
    without_time = {"init": _init, "password": _password, "add": _add, "lead": _lead}
    if command in without_time:
        return without_time[command](args)
    if command == "mark":  # the day is the one given
        return _mark(args)
    with_time = {
        "share": _share,
        "status": _status,
        "sync": _sync,
        "withdraw": _withdraw,
        "stats": _stats,
        "view": _view,
    }
    return with_time[command](args, clock or SYSTEM_CLOCK)


def _share(args: argparse.Namespace, clock: Clock) -> int:
    from companion.storage.team_share import TeamShare

    settings = _settings()
    with _local_store(clock) as connection:
        share = TeamShare(connection)
        if args.state == "on":
            share.turn_on(clock.now().astimezone(clock.local_zone()).date(), clock.now())
            print("sharing daily summaries: on (counts only; see 'companion team status')")
            if not settings.get("team.url") or not settings.get("team.name"):
                print(
                    "companion team: note: team.url and team.name must both be set before "
                    "anything can be sent",
                    file=sys.stderr,
                )
        else:
            share.turn_off(clock.now())
            print(
                "sharing daily summaries: off (what was sent stays on the server until "
                "'companion team withdraw')"
            )
    return EXIT_OK


def _status(args: argparse.Namespace, clock: Clock) -> int:
    from companion.storage.team_days import due_days
    from companion.storage.team_share import TeamShare

    settings = _settings()
    with _local_store(clock) as connection:
        share = TeamShare(connection)
        state = share.state()
        pending = due_days(connection, settings.shift_plan(), clock)
        sent = share.sent()
    report: dict[str, Any] = {
        "share": bool(state is not None and state.sharing),
        "team": settings.get("team.name") or None,
        "pseudonym": None if state is None else state.pseudonym,
        "last_sync": None
        if state is None or state.last_sync_at is None
        else state.last_sync_at.isoformat(),
        "last_result": None if state is None else state.last_result,
        "last_ok": None if state is None else state.last_ok,
        "pending": [day.isoformat() for day in pending],
        "sent": [item.payload for item in sent],
    }
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return EXIT_OK
    for key in ("share", "team", "pseudonym", "last_sync", "last_result"):
        value = report[key]
        shown = "-" if value is None else str(value).lower() if isinstance(value, bool) else value
        print(f"{key:12} {harmless(str(shown))}")  # the server's last answer, as text
    pending_days = ", ".join(report["pending"]) or "-"
    print(f"{'pending':12} {pending_days}")
    print(f"{'sent':12} {len(sent)} day(s)" + (":" if sent else ""))
    for item in sent[-10:]:
        print(f"  {harmless(json.dumps(item.payload, ensure_ascii=False))}")
    return EXIT_OK


def _sync(args: argparse.Namespace, clock: Clock) -> int:
    from companion.team.sync import sync

    settings = _settings()
    url = _given_url(args) or (settings.get("team.url") or "").strip()
    with _team_lock(), _local_store(clock) as connection:
        outcome = sync(connection, settings.shift_plan(), clock, url, settings.get("team.name"))
    if not outcome.ok:
        print(f"companion team sync: {outcome.message}", file=sys.stderr)
        return EXIT_FAILURE
    print(outcome.message)
    return EXIT_OK


def _withdraw(args: argparse.Namespace, clock: Clock) -> int:
    from companion.storage.team_share import TeamShare
    from companion.team.agent import withdraw
    from companion.team.connection import TeamServerError

    settings = _settings()
    url = _url(args, settings)
    with _team_lock(), _local_store(clock) as connection:
        share = TeamShare(connection)
        state = share.state()
        if state is None:
            print("nothing to withdraw: this computer has not shared anything")
            return EXIT_OK
        try:
            deleted = withdraw(url, state.pseudonym)
        except TeamServerError as error:
            raise Failure(f"{error}; nothing was withdrawn, try again later") from None
        share.forget()
    print(
        f"withdrawn: {deleted} day(s) deleted on the server; sharing is off, and turning it on "
        "again starts a new pseudonym"
    )
    return EXIT_OK


def _admin_url(args: argparse.Namespace) -> tuple[str, str]:
    """(the administrator's URL, where it came from): standard input with --stdin, else
    COMPANION_TEAM_ADMIN_URL, else team.url (its password in the password file)."""
    import os

    if args.url is not None:
        raise UsageError(
            f"--url is not taken here: {NOT_ON_THE_COMMAND_LINE}give the administrator's URL "
            f"on standard input (--stdin), in {ADMIN_URL_VARIABLE}, or as team.url with its "
            "password kept by 'companion team password'"
        )
    if args.stdin:
        url = _read_secret("The administrator's URL (not shown): ")
        if not url:
            raise UsageError("--stdin: standard input gave no URL")
        return url, "standard input"
    url = os.environ.get(ADMIN_URL_VARIABLE, "").strip()
    if url:
        return url, ADMIN_URL_VARIABLE
    url = (_settings().get("team.url") or "").strip()
    if not url:
        raise UsageError(
            f"no administrator's URL: give it on standard input (--stdin), in "
            f"{ADMIN_URL_VARIABLE}, or as team.url in the settings"
        )
    return url, "team.url"


def _read_secret(prompt: str) -> str:
    """One line from standard input; on a terminal, asked for without echo."""
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt).strip()
    return sys.stdin.readline().rstrip("\r\n")


def _password(args: argparse.Namespace) -> int:
    """`companion team password`: keep (or forget) the password of the login team.url names,
    in Companion's password file, owner-only. The password comes from standard input."""
    from companion.paths import app_paths
    from companion.team.connection import shown_url
    from companion.team.credentials import forget_password, password_file, store_password

    url = (_settings().get("team.url") or "").strip()
    if not url:
        raise UsageError("no team server: set team.url in the settings first")
    target = password_file(app_paths().config_dir)
    where = shown_url(url)
    if args.forget:
        forgotten = forget_password(target, url)
        print(f"password for {where}: {'forgotten' if forgotten else 'none was kept'}")
        return EXIT_OK
    password = _read_secret("Password for the team login (not shown): ")
    if not password:
        raise UsageError("no password given on standard input; nothing was changed")
    try:
        store_password(target, url, password)
    except OSError as error:
        raise Failure(f"cannot write {target}: {error.strerror or error}") from None
    print(f"password for {where} kept in {target} (readable by you only)")
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    from companion.team.connection import InvalidTeamUrl, TeamServerError, shown_url
    from companion.team.schema import AGENT_ROLE, LEAD_ROLE, catalog_warnings, init_schema

    url, source = _admin_url(args)
    try:
        before, now, group = init_schema(url, args.min_group)
    except (InvalidTeamUrl, ValueError) as error:
        raise UsageError(str(error)) from None
    except TeamServerError as error:
        raise Failure(str(error)) from None
    done = (
        "created"
        if before is None
        else "up to date"
        if before == now
        else f"upgraded from {before}"
    )
    print(f"team schema {done} at {now} on {shown_url(url)} (the URL from {source})")
    print(f"smallest group shown: {group} people")
    print(f"roles: {AGENT_ROLE} (agents' logins, one per person), {LEAD_ROLE} (leads' logins);")
    print(f"  GRANT {AGENT_ROLE} TO <agent login>;  GRANT {LEAD_ROLE} TO <lead login>;")
    print("teams: 'companion team add NAME'; a lead's: 'companion team lead LOGIN --team NAME'")
    for warning in _admin_call(lambda: catalog_warnings(url)):
        print(f"warning: {warning}")
    return EXIT_OK


def _admin_call(call: Any) -> Any:
    from companion.team.connection import InvalidTeamUrl, TeamServerError

    try:
        return call()
    except (InvalidTeamUrl, ValueError) as error:
        raise UsageError(str(error)) from None
    except TeamServerError as error:
        raise Failure(str(error)) from None


def _add(args: argparse.Namespace) -> int:
    from companion.domain.team import TEAM_NAME_LENGTH
    from companion.team.schema import add_team

    name = " ".join(args.name.split())
    if not name or len(name) > TEAM_NAME_LENGTH:
        raise UsageError(f"a team's name is 1 to {TEAM_NAME_LENGTH} characters")
    url, _source = _admin_url(args)
    added = _admin_call(lambda: add_team(url, name))
    print(f"team {harmless(name)}: {'added' if added else 'already there'}")
    return EXIT_OK


def _lead(args: argparse.Namespace) -> int:
    from companion.team.schema import assign_lead

    team = " ".join(args.team.split())
    url, _source = _admin_url(args)
    added = _admin_call(lambda: assign_lead(url, args.login, team))
    said = "may now read" if added else "could already read"
    print(f"{harmless(args.login)} {said} team {harmless(team)}")
    return EXIT_OK


def _lead_call(call: Any) -> Any:
    from companion.team.connection import TeamServerError

    try:
        return call()
    except TeamServerError as error:
        raise Failure(str(error)) from None


def _stats(args: argparse.Namespace, clock: Clock) -> int:
    from companion.domain.team import first_week
    from companion.team.lead import team_figures

    if not 1 <= args.weeks <= 260:
        raise UsageError(f"--weeks must be from 1 to 260; got {args.weeks}")
    settings = _settings()
    url, team = _url(args, settings), _team(args, settings)
    today = clock.now().astimezone(clock.local_zone()).date()
    figures = _lead_call(lambda: team_figures(url, team, first_week(today, args.weeks), args.weeks))
    if args.format == "json":
        print(json.dumps(figures.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    from companion.cli.team_table import print_figures

    print_figures(figures)
    return EXIT_OK


def _mark(args: argparse.Namespace) -> int:
    from companion.domain.team import MARK_LABEL_LENGTH
    from companion.team.lead import add_mark

    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise UsageError(f"--date must be a date (YYYY-MM-DD); got {args.date!r}") from None
    label = " ".join(args.label.split())
    if not label or len(label) > MARK_LABEL_LENGTH:
        raise UsageError(f"--label must be 1 to {MARK_LABEL_LENGTH} characters")
    settings = _settings()
    url, team = _url(args, settings), _team(args, settings)
    added = _lead_call(lambda: add_mark(url, team, day, label))
    print(f"training mark {'added' if added else 'already there'}: {day} {label} ({team})")
    return EXIT_OK


def _view(args: argparse.Namespace, clock: Clock) -> int:
    from companion.cli.team_view import run_team_view

    settings = _settings()
    return run_team_view(args, settings, _url(args, settings), clock)
