"""The commands that move all the data: `export` (JSON or CSV), `import` (a JSON export) and
`erase` (the store, its backups, the files kept aside and the logs)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from companion.cli.opening import open_command_store
from companion.cli.parser import EXIT_OK, Failure, UsageError
from companion.domain.counting import counted

if TYPE_CHECKING:
    from companion.paths import AppPaths


def run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from companion.domain.clock import SystemClock
    from companion.settings import load_settings
    from companion.storage.transfer import write_csv, write_export, write_json

    if args.format == "csv" and args.out is None:
        raise UsageError("--format csv needs --out DIR, the folder for the CSV files")
    settings = load_settings(paths.settings_file)
    for problem in settings.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    out = None if args.out is None else Path(args.out)
    store = open_command_store()
    try:
        now = SystemClock().now()
        if out is None:
            write_export(store, settings.values, now, sys.stdout)
            return EXIT_OK
        if args.format == "csv":
            written = write_csv(store, out)
        else:
            write_json(store, settings.values, now, out)
            written = [out]
    except OSError as error:
        where = error.filename or out or "the export to standard output"
        raise Failure(f"cannot write {where}: {error.strerror}") from None
    finally:
        store.close()
    print("\n".join(str(path) for path in written))
    return EXIT_OK


# How `import` names each kind of record, in the order it reports them.
KIND_NAMES = {
    "mood_entries": "mood entries",
    "thought_records": "thought records",
    "exercises": "exercises",
    "breaks": "breaks",
    "check_ins": "check-ins",
    "goals": "goals (my plan)",
    "goal_ticks": "own goal ticks",
    "difficult_call_types": "difficult call types",
}


def run_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from companion.domain.clock import SystemClock
    from companion.domain.timefmt import iso_local
    from companion.storage.transfer import InvalidImport, database_reason, import_file

    clock = SystemClock()
    store = open_command_store()
    try:
        report = import_file(store, paths.settings_file, Path(args.file), clock.now())
    except InvalidImport as error:
        raise Failure(f"{args.file}: {error}; nothing was imported") from None
    except Exception as error:  # the database refused the write: it was rolled back
        raise Failure(
            f"{args.file} could not be imported: {database_reason(error)}; nothing was imported"
        ) from None
    finally:
        store.close()
    width = max(len(name) for name in KIND_NAMES.values()) + 2
    for kind, name in KIND_NAMES.items():
        added, skipped = report.added[kind], report.skipped[kind]
        print(f"{name + ':':<{width}}{added} added, {skipped} skipped (already here)")
    added, kept = len(report.settings_added), len(report.settings_kept)
    print(f"{'settings:':<{width}}{added} added, {kept} kept (set here already)")
    if report.future and report.latest_future is not None:
        latest = iso_local(report.latest_future, clock.local_zone())[:16].replace("T", " ")
        if report.future == 1:
            print(f"1 record is dated after now on this computer ({latest}); its time was kept.")
        else:
            print(
                f"{report.future:,} records are dated after now on this computer (the latest "
                f"{latest}); their times were kept."
            )
    if report.settings_not_taken:
        print(
            f"{'':<{width}}not taken: {', '.join(report.settings_not_taken)} (where to share "
            "with a team is set on each computer, never by an import)"
        )
    if report.settings_problem:
        raise Failure(f"the records were imported, but not all settings: {report.settings_problem}")
    return EXIT_OK


def run_erase(args: argparse.Namespace, paths: AppPaths) -> int:
    from companion.ipc.channel import InstanceLockError, SingleInstance
    from companion.storage.erase import erase_all, files_to_erase

    found = files_to_erase(paths) if paths.data_dir.is_dir() else []
    shared = _shared_days(paths)
    if not args.yes:
        listing = "".join(f"\n  {path}" for path in found) or f" (nothing in {paths.data_dir})"
        raise UsageError(
            "this deletes all your data for good: the store, its backups, the files kept aside "
            f"and the logs{listing}\nYour settings are kept.{_shared_note(shared)} "
            "Add --yes to erase."
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
    print(f"Erased {counted(len(report.removed), 'file', 'files')}:")
    print("\n".join(f"  {path}" for path in report.removed))
    print(f"Your settings ({paths.settings_file}) were kept.")
    if shared:
        print(
            f"{counted(shared, 'day', 'days')} shared with your team "
            f"{'stays' if shared == 1 else 'stay'} on the team server, under a pseudonym "
            "nothing on this computer knows any more (sharing again with the same team login "
            "replaces them)."
        )
    if report.left:
        print("Not Companion's own, so left in place (exports you made, perhaps):")
        print("\n".join(f"  {path}" for path in report.left))
    if report.failed:
        failed = "; ".join(f"{path}: {why}" for path, why in report.failed)
        raise Failure(f"these could not be removed: {failed}")
    return EXIT_OK


def _shared_days(paths: AppPaths) -> int:
    """How many days this computer sent to a team server (0 when none, or unreadable)."""
    import sqlite3

    from companion.storage.connection import connect
    from companion.storage.team_share import TeamShare

    if not paths.database.is_file():
        return 0
    try:
        connection = connect(paths.database)
    except sqlite3.Error:
        return 0
    try:
        return len(TeamShare(connection).sent_days())
    except sqlite3.Error:  # an older store without the team tables, or a damaged one
        return 0
    finally:
        connection.close()


def _shared_note(shared: int) -> str:
    if not shared:
        return ""
    return (
        f"\n{counted(shared, 'day was', 'days were')} shared with your team: erasing forgets "
        "the pseudonym they were sent under, so they could no longer be withdrawn. To delete "
        "them on the team server too, run 'companion team withdraw' first."
    )
