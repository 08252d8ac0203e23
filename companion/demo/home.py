"""The `companion demo` command: a demo history in a data folder of its own, marked as such,
never over real records; and the summary it prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.demo.history import DemoError, DemoSummary, generate_history
from companion.domain.clock import Clock
from companion.domain.counting import counted
from companion.domain.trends import BREAK_OUTCOMES
from companion.paths import DB_NAME, AppPaths

DEMO_MARKER = "demo-history"


@dataclass(frozen=True, slots=True)
class DemoResult:
    home: Path
    summary: DemoSummary | None  # None: the demo store was full already, nothing was added
    existing: dict[str, int]  # records found before writing
    replaced: bool = False
    moved_aside: Path | None = None


RECORD_NAMES = {
    "moods": "mood entries",
    "breaks": "break records",
    "thoughts": "thought records",
    "exercises": "exercise records",
}


def is_demo_home(home: Path) -> bool:
    return (home / DEMO_MARKER).is_file()


def _erase_database(home: Path) -> None:
    database = home / DB_NAME
    for path in (
        database,
        database.with_name(DB_NAME + "-wal"),
        database.with_name(DB_NAME + "-shm"),
    ):
        path.unlink(missing_ok=True)


def _write_demo_settings(settings_file: Path) -> None:
    """The shift and breaks the history was made with, so that the app opened on the demo
    folder schedules breaks the same way; keys already in the file are left as they are."""
    from companion.settings import keys_in_file, save_setting

    chosen = keys_in_file(settings_file)
    if chosen is None:
        return  # not readable as TOML: left alone, as everywhere else
    for key, value in (
        ("shift.days", ["mon", "tue", "wed", "thu", "fri"]),
        ("shift.hours", ["09:00-12:00", "13:00-18:00"]),
        ("breaks.micro_interval_minutes", 50),
    ):
        if key not in chosen:
            save_setting(settings_file, key, value)


def fill_demo_home(
    home: Path,
    clock: Clock,
    *,
    weeks: int,
    seed: int,
    entries: int | None = None,
    replace: bool = False,
) -> DemoResult:
    """Create (or open) the store under `home` and write a demo history into it.

    Refused (DemoError, nothing changed) when the store holds any record and `home` is not a
    demo folder. A demo folder that holds a history already gets nothing more, unless
    `replace`, which erases its store first.
    """
    from companion.storage.store import open_store

    paths = AppPaths(data_dir=home, config_dir=home)
    demo = is_demo_home(home)
    replaced = False
    if replace and demo and paths.database.exists():
        _erase_database(home)
        replaced = True
    store, report = open_store(paths, clock)
    try:
        existing = store.record_counts()
        if any(existing.values()):
            if not demo:
                found = ", ".join(
                    f"{count:,} {RECORD_NAMES[name]}" for name, count in existing.items() if count
                )
                raise DemoError(
                    f"{paths.database} holds real records ({found}); a demo history is only "
                    "written into an empty folder or one made by 'companion demo'. "
                    "Nothing was changed."
                )
            return DemoResult(home, None, existing, moved_aside=report.moved_aside)
        (home / DEMO_MARKER).write_text(
            "This folder holds a synthetic history made by 'companion demo' "
            f"(seed {seed}, {counted(weeks, 'week', 'weeks')}), not anyone's real records.\n",
            encoding="utf-8",
        )
        summary = generate_history(store, clock.now(), clock.local_zone(), weeks, seed, entries)
        _write_demo_settings(paths.settings_file)
    finally:
        store.close()
    return DemoResult(home, summary, existing, replaced=replaced, moved_aside=report.moved_aside)


WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def describe(result: DemoResult) -> str:
    """What `companion demo` prints."""
    lines = []
    if result.moved_aside is not None:
        lines.append(f"The damaged database was kept as {result.moved_aside}.")
    summary = result.summary
    if summary is None:
        moods = result.existing.get("moods", 0)
        lines.append(
            f"{result.home} already holds a demo history "
            f"({counted(moods, 'mood entry', 'mood entries')}); nothing was "
            "added. Use --replace to make a new one."
        )
        return "\n".join(lines) + "\n"
    verb = "Replaced the demo history" if result.replaced else "Created a demo history"
    lines.append(
        f"{verb} in {result.home} (seed {summary.seed}): "
        f"{counted(summary.weeks, 'week', 'weeks')}, "
        f"{summary.first_day.isoformat()} to {summary.last_day.isoformat()}."
    )
    mean = "-" if summary.mean_stress is None else f"{summary.mean_stress:.2f}"
    by_day = ", ".join(
        f"{WEEKDAY_NAMES[weekday]} {value:.1f}"
        for weekday, value in summary.mean_by_weekday.items()
    )
    lines.append(
        f"  mood entries     {summary.moods:,} on "
        f"{counted(summary.working_days, 'working day', 'working days')}; "
        f"mean stress {mean}" + (f" ({by_day})" if by_day else "")
    )
    outcomes = ", ".join(
        f"{outcome.replace('_', ' ')} {summary.breaks[outcome]:,}"
        for outcome in BREAK_OUTCOMES
        if outcome in summary.breaks
    )
    lines.append(
        f"  breaks           {sum(summary.breaks.values()):,}"
        + (f": {outcomes}" if outcomes else "")
    )
    lines.append(
        f"  exercises        {summary.exercises:,}"
        + ("" if summary.exercises_from is None else f" from {summary.exercises_from.isoformat()}")
        + f", including {counted(summary.thoughts, 'thought record', 'thought records')}"
    )
    lines.append(f"Try it: COMPANION_HOME={result.home} companion")
    return "\n".join(lines) + "\n"
