"""The `companion` command: starts the tray app, or runs one scriptable task and exits.

Exit codes: 0 success; 2 usage errors and refused values (one line on stderr, nothing written);
1 any other failure, with a clear message.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NoReturn

from companion import __version__
from companion.domain.language import SUPPORTED

if TYPE_CHECKING:
    from companion.ipc.protocol import Request
    from companion.paths import AppPaths
    from companion.storage.store import Store

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


def _build_parser() -> argparse.ArgumentParser:
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Arguments that were not valid UTF-8 arrive with lone surrogates (PEP 383). Messages that
    # name them are escaped the way Python's own stderr does, whatever stream stderr is now.
    reconfigure = getattr(sys.stderr, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    args = _build_parser().parse_args(argv)
    if args.command is None:
        from companion.start import start_tray

        return start_tray(args.lang)
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
    if args.command == "config":
        return _config(args, paths.settings_file)
    if args.command == "erase":  # before logging starts: the logs are erased too
        return _erase(args, paths)
    if args.command == "demo":  # its own data folder (--home), not the usual one
        return _demo(args)
    if args.command == "install-desktop":  # the desktop's folders, not Companion's
        return _install_desktop(args)
    try:
        ensure_private_dir(paths.data_dir)
        setup_logging(paths.log_file)
    except (DataDirError, OSError) as error:
        raise Failure(str(error)) from None
    if args.command == "log":
        return _log(args)
    if args.command == "list":
        return _list(args)
    if args.command == "breaks":
        return _breaks(args)
    if args.command == "call":
        return _call(args)
    if args.command == "quick-log":
        return _quick_log()
    if args.command == "stats":
        return _stats(args)
    if args.command == "export":
        return _export(args, paths)
    if args.command == "import":
        return _import(args, paths)
    raise UsageError(f"unknown command {args.command!r}")


def _open_store() -> Store:
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
    return store


def _log(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.mood import InvalidMood, make_mood_input
    from companion.domain.timefmt import InvalidTime, parse_when

    clock = SystemClock()
    now = clock.now()
    if re.fullmatch(r"-?[0-9]+", args.stress.strip()) is None:  # no "1_0", "+5" or "٥"
        raise UsageError(f"--stress must be a whole number from 0 to 10, got {args.stress!r}")
    stress = int(args.stress.strip())
    try:
        at = now if args.at is None else parse_when(args.at, clock.local_zone())
        values = make_mood_input(
            at=at,
            now=now,
            stress=stress,
            emotions=args.emotion,
            category=args.category,
            note=args.note,
        )
    except (InvalidMood, InvalidTime) as error:
        raise UsageError(str(error)) from None
    store = _open_store()
    try:
        entry = store.add_mood(values)
    except Exception as error:  # the database refused the write
        raise Failure(f"the entry could not be saved: {error}") from None
    finally:
        store.close()
    print(entry.id)
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.timefmt import (
        InvalidTime,
        day_end_exclusive,
        day_start,
        iso_local,
        parse_day,
    )

    zone = SystemClock().local_zone()
    try:
        since = None if args.since is None else day_start(parse_day(args.since), zone)
        until = None if args.until is None else day_end_exclusive(parse_day(args.until), zone)
    except InvalidTime as error:
        raise UsageError(str(error)) from None
    if since is not None and until is not None and until <= since:
        raise UsageError("--until is before --since")
    store = _open_store()
    try:
        entries = store.moods_between(since, until)
    finally:
        store.close()
    rows: list[dict[str, object]] = [
        {
            "id": str(entry.id),
            "at": iso_local(entry.at, zone),
            "stress": entry.stress,
            "emotions": list(entry.emotions),
            "category": entry.category,
            "note": entry.note,
        }
        for entry in entries
    ]
    sys.stdout.write(_render(rows, args.format))
    return EXIT_OK


def _breaks(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.timefmt import (
        InvalidTime,
        day_end_exclusive,
        day_start,
        iso_local,
        parse_day,
    )

    clock = SystemClock()
    zone = clock.local_zone()
    try:
        day = clock.now().astimezone(zone).date() if args.day is None else parse_day(args.day)
    except InvalidTime as error:
        raise UsageError(str(error)) from None
    store = _open_store()
    try:
        found = store.breaks_between(day_start(day, zone), day_end_exclusive(day, zone))
    finally:
        store.close()
    rows = [
        {
            "kind": record.kind,
            "due": iso_local(record.due, zone),
            "shown": None if record.shown is None else iso_local(record.shown, zone),
            "outcome": record.outcome,
            "postponed": record.postponed,
            "seconds": record.seconds,
        }
        for _id, record in found
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rows:
        sys.stdout.write(f"No breaks on {day.isoformat()}.\n")
        return EXIT_OK
    lines = [f"{'due':<5}  {'shown':<5}  {'kind':<5}  {'outcome':<11}  postponed  seconds"]
    for row in rows:
        due = str(row["due"])[11:16]
        shown = "-" if row["shown"] is None else str(row["shown"])[11:16]
        lines.append(
            f"{due:<5}  {shown:<5}  {row['kind']!s:<5}  {row['outcome']!s:<11}  "
            f"{row['postponed']!s:>9}  {row['seconds']!s:>7}"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.trends import week_bounds

    if not 1 <= args.weeks <= 1000:
        raise UsageError(f"--weeks must be from 1 to 1000, got {args.weeks}")
    clock = SystemClock()
    zone = clock.local_zone()
    weeks = week_bounds(clock.now().astimezone(zone).date(), args.weeks, zone)
    store = _open_store()
    try:
        found = store.weekly_stats(weeks)
    finally:
        store.close()
    rows = [
        {
            "week_start": week.week_start.isoformat(),
            "entries": week.entries,
            "mean_stress": week.mean_stress,
            "max_stress": week.max_stress,
            "breaks": dict(sorted(week.breaks.items())),
        }
        for week in found
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = [f"{'week of':<10}  {'entries':>7}  {'mean':>5}  {'max':>3}  breaks"]
    for row in rows:
        mean = "-" if row["mean_stress"] is None else f"{row['mean_stress']:.2f}"
        highest = "-" if row["max_stress"] is None else str(row["max_stress"])
        breaks = row["breaks"]
        assert isinstance(breaks, dict)
        summary = ", ".join(f"{outcome} {count}" for outcome, count in breaks.items()) or "-"
        lines.append(
            f"{row['week_start']!s:<10}  {row['entries']!s:>7}  {mean:>5}  {highest:>3}  {summary}"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _call(args: argparse.Namespace) -> int:
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


def _quick_log() -> int:
    from companion.ipc.protocol import QuickLog
    from companion.paths import app_paths

    paths = app_paths()
    if not _tell_the_running_app(paths, QuickLog()):
        raise Failure("Companion is not running; start it first (the command 'companion')")
    return EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from companion.domain.clock import SystemClock
    from companion.settings import load_settings
    from companion.storage.transfer import export_document, export_text, write_csv, write_json

    if args.format == "csv" and args.out is None:
        raise UsageError("--format csv needs --out DIR, the folder for the CSV files")
    settings = load_settings(paths.settings_file)
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    store = _open_store()
    try:
        document = export_document(store, settings.values, SystemClock().now())
    finally:
        store.close()
    if args.out is None:
        sys.stdout.write(export_text(document))
        return EXIT_OK
    out = Path(args.out)
    try:
        written = write_csv(document, out) if args.format == "csv" else [out]
        if args.format == "json":
            write_json(document, out)
    except OSError as error:
        raise Failure(f"cannot write {error.filename or out}: {error.strerror}") from None
    print("\n".join(str(path) for path in written))
    return EXIT_OK


def _database_reason(error: Exception) -> str:
    """Why the database refused, never what was being written: SQLAlchemy's message quotes
    the statement and its parameters (the text of notes)."""
    cause = getattr(error, "orig", None) or error
    first = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
    return first[:120]


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from companion.domain.clock import SystemClock
    from companion.storage.transfer import InvalidImport, import_document, read_document

    try:
        document = read_document(Path(args.file))
    except InvalidImport as error:
        raise Failure(f"{args.file}: {error}; nothing was imported") from None
    store = _open_store()
    try:
        report = import_document(store, paths.settings_file, document, SystemClock().now())
    except InvalidImport as error:
        raise Failure(f"{args.file}: {error}; nothing was imported") from None
    except Exception as error:  # the database refused the write: it was rolled back
        raise Failure(
            f"{args.file} could not be imported: {_database_reason(error)}; nothing was imported"
        ) from None
    finally:
        store.close()
    names = {
        "mood_entries": "mood entries",
        "thought_records": "thought records",
        "exercises": "exercises",
        "breaks": "breaks",
        "check_ins": "check-ins",
    }
    for kind, name in names.items():
        added, skipped = report.added[kind], report.skipped[kind]
        print(f"{name + ':':<17} {added} added, {skipped} skipped (already here)")
    added, kept = len(report.settings_added), len(report.settings_kept)
    print(f"{'settings:':<17} {added} added, {kept} kept (set here already)")
    if report.settings_problem:
        raise Failure(f"the records were imported, but not all settings: {report.settings_problem}")
    return EXIT_OK


def _erase(args: argparse.Namespace, paths: AppPaths) -> int:
    from companion.ipc.channel import InstanceLockError, SingleInstance
    from companion.storage.erase import erase_all, files_to_erase

    found = files_to_erase(paths) if paths.data_dir.is_dir() else []
    if not args.yes:
        listing = "".join(f"\n  {path}" for path in found) or f" (nothing in {paths.data_dir})"
        raise UsageError(
            "this deletes all your data for good: the store, its backups, the files kept aside "
            f"and the logs{listing}\nYour settings are kept. Add --yes to erase."
        )
    if not found:
        print(f"Nothing to erase in {paths.data_dir}.")
        return EXIT_OK
    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    try:
        locked = instance.acquire()  # held while erasing, so Companion cannot start meanwhile
    except InstanceLockError as error:  # a full disk, say: erasing is how to free it
        print(f"companion: note: {error}; erasing without it", file=sys.stderr)
        locked = None
    if locked is False:
        raise Failure(
            f"Companion is running for {paths.data_dir}. Quit Companion first, or erase "
            "from its settings window (Your data, Erase all my data…)."
        )
    try:
        report = erase_all(paths)
    finally:
        if locked:
            instance.release()
    print(f"Erased {len(report.removed)} files:")
    print("\n".join(f"  {path}" for path in report.removed))
    print(f"Your settings ({paths.settings_file}) were kept.")
    if report.left:
        print("Not Companion's own, so left in place (exports you made, perhaps):")
        print("\n".join(f"  {path}" for path in report.left))
    if report.failed:
        failed = "; ".join(f"{path}: {why}" for path, why in report.failed)
        raise Failure(f"these could not be removed: {failed}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from companion.demo import ENTRIES_MAX, WEEKS_MAX, DemoError, describe, fill_demo_home
    from companion.domain.clock import SystemClock
    from companion.logs import setup_logging
    from companion.paths import AppPaths, DataDirError, ensure_private_dir
    from companion.storage.opening import StoreError

    if not 1 <= args.weeks <= WEEKS_MAX:
        raise UsageError(f"--weeks must be from 1 to {WEEKS_MAX}, got {args.weeks}")
    if args.entries is not None and not 0 <= args.entries <= ENTRIES_MAX:
        raise UsageError(f"--entries must be from 0 to {ENTRIES_MAX}, got {args.entries}")
    home = Path(args.home).expanduser().absolute()
    paths = AppPaths(data_dir=home, config_dir=home)
    try:
        ensure_private_dir(home)
        setup_logging(paths.log_file)
        if args.replace:
            from companion.ipc.channel import instance_running

            if instance_running(paths.instance_lock):
                raise Failure(f"Companion is running for {home}; quit it before --replace")
        result = fill_demo_home(
            home,
            SystemClock(),
            weeks=args.weeks,
            seed=args.seed,
            entries=args.entries,
            replace=args.replace,
        )
    except (DemoError, StoreError, DataDirError, OSError) as error:
        raise Failure(str(error)) from None
    sys.stdout.write(describe(result))
    return EXIT_OK


def _install_desktop(args: argparse.Namespace) -> int:
    from companion.platform.desktop import install_desktop, is_freedesktop, uninstall_desktop

    if not is_freedesktop():
        raise Failure(
            "menu entries are for Linux desktops; on Windows and macOS use the installed "
            "application (Start at login is in Companion's settings)"
        )
    try:
        if args.uninstall:
            removed = uninstall_desktop()
            print("\n".join(f"Removed {path}" for path in removed) or "Nothing to remove.")
            return EXIT_OK
        written = install_desktop()
    except OSError as error:
        if error.filename and error.strerror:
            raise Failure(f"{error.filename}: {error.strerror}") from None
        raise Failure(str(error)) from None
    print("\n".join(f"Wrote {path}" for path in written))
    return EXIT_OK


def _apply_at_login(on: bool) -> None:
    """Write or remove the login entry at once, as the settings window does."""
    from companion.platform.desktop import AutostartError, autostart_backend

    backend = autostart_backend()
    try:
        backend.set_enabled(on)
    except AutostartError as error:
        raise Failure(f"{error}; the setting was not changed") from None
    state = "starts" if on else "no longer starts"
    print(f"Companion {state} when you log in ({backend.location}).")


def _render(rows: list[dict[str, object]], form: str) -> str:
    if form == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if form == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "at", "stress", "emotions", "category", "note"])
        for row in rows:
            emotions = row["emotions"]
            assert isinstance(emotions, list)
            writer.writerow(
                [
                    row["id"],
                    row["at"],
                    row["stress"],
                    ";".join(emotions),
                    row["category"] or "",
                    row["note"] or "",
                ]
            )
        return out.getvalue()
    return _table(rows)


def _table(rows: list[dict[str, object]]) -> str:
    if not rows:
        return "No entries.\n"
    lines = []
    for row in rows:
        emotions = row["emotions"]
        assert isinstance(emotions, list)
        note = str(row["note"] or "").replace("\r", " ").replace("\n", " ")
        if len(note) > 60:
            note = note[:59] + "…"
        at = datetime.fromisoformat(str(row["at"])).strftime("%Y-%m-%d %H:%M")
        lines.append(
            f"{at}  {row['stress']!s:>2}  {row['category'] or '-':<10} "
            f"{','.join(emotions) or '-':<28} {note}".rstrip()
        )
    header = f"{'time':<16}  {'st':>2}  {'category':<10} {'emotions':<28} note"
    return "\n".join([header, *lines]) + "\n"


def _config(args: argparse.Namespace, settings_file: object) -> int:
    from pathlib import Path

    from companion.settings import (
        SPECS,
        InvalidSetting,
        excerpt,
        load_settings,
        parse_value,
        save_setting,
    )

    assert isinstance(settings_file, Path)
    # `get` only reads: an unusable file stays where it is; `set` keeps it aside and starts anew
    settings = load_settings(settings_file, set_aside_invalid=args.config_command == "set")
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    if args.config_command == "get":
        if args.key is None:
            for key in SPECS:
                print(f"{key} = {_toml_value(settings.get(key))}")
            return EXIT_OK
        if args.key not in SPECS:
            raise UsageError(f"unknown key {excerpt(args.key)}; known keys: {', '.join(SPECS)}")
        print(_toml_value(settings.get(args.key)))
        return EXIT_OK
    try:
        value = parse_value(args.key, args.value)
    except InvalidSetting as error:
        raise UsageError(str(error)) from None
    if args.key == "startup.at_login":  # the entry first: when it fails, nothing is saved
        _apply_at_login(value)
    try:
        save_setting(settings_file, args.key, value)
    except OSError as error:
        raise Failure(f"cannot write {settings_file}: {error.strerror}") from None
    return EXIT_OK


def _toml_value(value: object) -> str:
    import tomlkit

    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        tables = tomlkit.array()  # a list of tables prints on one line too, as inline tables
        for item in value:
            inline = tomlkit.inline_table()
            inline.update(item)
            tables.append(inline)
        return tables.as_string()
    rendered = tomlkit.item(value)
    if isinstance(rendered, tomlkit.items.Table):  # a table prints on one line, inline
        inline = tomlkit.inline_table()
        inline.update(rendered)
        return inline.as_string()
    return rendered.as_string()


if __name__ == "__main__":
    raise SystemExit(main())
