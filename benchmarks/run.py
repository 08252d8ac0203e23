"""Companion's speed and memory figures, beside a bare PySide6 tray app measured in the same run.

    .venv/bin/python -m benchmarks.run [--quick] [--runs N] [--settle S] [--idle S]
        [--entries N,N,…] [--stats-sizes N,N,…] [--only-stats] [--no-team] [--only-team]

Prints one table, each process figure beside a bare PySide6 tray app (the floor) measured in the
same run, with its ratio and the issue's target; then `companion stats` and the dashboard's
open-and-draw at 1k/10k/100k entries, and the team server's figures (benchmarks/team.py, on a
private PostgreSQL server). Uses a private Xvfb screen with a tray host (trayer) when both are
installed, so the real tray icon is measured; otherwise runs offscreen (stand-in window). The
full run takes about twelve minutes (30 s settle per start, a minute of idle each, a minute for
the team); `--quick` (2 starts, 5 s settle, 15 s idle, fewer repeats) takes about three.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")
READY = re.compile(r"ready in (\d+) ms")


@contextmanager
def screen() -> Iterator[dict[str, str]]:
    """Environment for the app: a private X screen with a tray, or offscreen."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "COMPANION_"))}
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        yield {**base, "QT_QPA_PLATFORM": "offscreen"}
        return
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = f":{pipe.readline().strip()}"
    env = {**base, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    trayer = subprocess.Popen(["trayer"], env=env, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield env
    finally:
        for process in (trayer, xvfb):
            process.terminate()
            process.wait()


def cpu_seconds(pid: int) -> float:
    """CPU time the process has used so far, all its threads: the scheduler's own count in
    nanoseconds (`/proc/PID/task/*/schedstat`), where `stat` counts whole 10-ms ticks."""
    try:
        return (
            sum(
                int(path.read_text().split()[0])
                for path in Path(f"/proc/{pid}/task").glob("*/schedstat")
            )
            / 1e9
        )
    except (OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


ALL_DAY_SHIFT = """\
[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]
"""


def idle_cpu(
    command: list[str], env: dict[str, str], log: Path, seconds: float, settle: float
) -> float:
    """CPU milliseconds per minute while the app sits idle, after `settle` seconds from `ready`
    (so that work deferred past `ready` is not counted as idle)."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while not (log.exists() and READY.search(log.read_text(encoding="utf-8"))):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{command} never became ready")
            time.sleep(0.05)
        time.sleep(settle)
        before = cpu_seconds(process.pid)
        time.sleep(seconds)
        used = cpu_seconds(process.pid) - before
        return used * 1000 * 60 / seconds
    finally:
        process.terminate()
        process.wait(timeout=15)


def memory_mb(pid: int) -> tuple[float, float]:
    """Peak resident memory so far (VmHWM) and resident memory now (VmRSS), in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmHWM", float("nan")), fields.get("VmRSS", float("nan"))


def start_and_measure(
    command: list[str],
    env: dict[str, str],
    log: Path,
    settle: float,
    then: Callable[[], object] | None = None,
) -> tuple[int, float, float, float]:
    """Milliseconds from process start to `ready`, then peak and current resident memory once
    settled (MB), and current resident memory 2 s after `then` (the first use), in MB."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            if (found := READY.search(text)) is not None:
                break
            time.sleep(0.01)
        else:
            raise RuntimeError(f"{command} never became ready")
        time.sleep(settle)
        peak, settled = memory_mb(process.pid)
        used = float("nan")
        if then is not None:
            then()
            time.sleep(2)
            used = memory_mb(process.pid)[1]
        return int(found.group(1)), peak, settled, used
    finally:
        process.terminate()
        process.wait(timeout=15)


# One list per figure, one value per run: start ms, peak MB, settled MB, MB after first use.
Runs = tuple[list[int], list[float], list[float], list[float]]


def collect(measured: list[tuple[int, float, float, float]]) -> Runs:
    starts, peaks, settled, used = zip(*measured, strict=True)
    return list(starts), list(peaks), list(settled), list(used)


def open_quick_log(env: dict[str, str]) -> None:
    """What an agent does first: `companion quick-log` (the global shortcut's path) opens the
    mood log window, which is made then."""
    subprocess.run(
        [sys.executable, "-m", "companion", "quick-log"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=30,
    )


def app_runs(env: dict[str, str], runs: int, settle: float, command: list[str]) -> Runs:
    """Everyday starts: the store exists already (the first start, which creates it, is not
    counted). After the settled figures, the quick log is opened and memory read again."""
    measured = []
    with tempfile.TemporaryDirectory() as home:
        app_env = {**env, "COMPANION_HOME": home}
        subprocess.run(
            [sys.executable, "-m", "companion", "list"],
            env=app_env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        log = Path(home) / "logs" / "companion.log"
        for _ in range(runs):
            log.unlink(missing_ok=True)
            measured.append(
                start_and_measure(
                    [*command, "--lang", "en"],
                    app_env,
                    log,
                    settle,
                    then=partial(open_quick_log, app_env),
                )
            )
    return collect(measured)


def floor_runs(env: dict[str, str], runs: int, settle: float) -> Runs:
    measured = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            log = Path(home) / "ready.log"
            measured.append(
                start_and_measure(
                    [sys.executable, "-m", "benchmarks.bare_tray", str(log)], env, log, settle
                )
            )
    return collect(measured)


def compile_sources() -> None:
    """Bytecode for every module, as an installed copy has it: where PYTHONDONTWRITEBYTECODE
    is set, each start would otherwise compile Companion's sources again (about 15 ms)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "companion", "benchmarks"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


BUNDLE = ROOT / "dist" / "companion" / "companion"


def timed(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def identity(value: T) -> T:
    return value


def copied_history(entries: int, into: Path) -> Path:
    """A private copy of the shared demo store of `entries` entries (benchmarks/histories.py),
    so that saving into it leaves the shared one as it was."""
    from benchmarks.histories import ensure_history

    source, _generated = ensure_history(entries)
    home = into / str(entries)
    shutil.copytree(source, home, ignore=shutil.ignore_patterns("logs"))
    return home


def bare_dialog_first_show(app: object) -> float:
    """The floor for a window's first show: a bare dialog with a line of text and two buttons,
    made, shown and painted, in ms."""
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    assert isinstance(app, QApplication)
    began = time.perf_counter()
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("How are you after that call?", dialog))
    buttons = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    layout.addWidget(QDialogButtonBox(buttons, dialog))
    dialog.show()
    app.processEvents()
    dialog.repaint()
    dialog.hide()
    return (time.perf_counter() - began) * 1000


def bare_insert(folder: Path, entries: int) -> Callable[[], None]:
    """The floor for a save: one row and two linked rows inserted and committed with the
    standard library alone, in a WAL file of `entries` rows with the same settings."""
    import sqlite3
    import uuid

    connection = sqlite3.connect(folder / f"bare-{entries}.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("CREATE TABLE entry (id TEXT PRIMARY KEY, at TEXT, stress INTEGER)")
    connection.execute("CREATE INDEX entry_at ON entry (at)")
    connection.execute("CREATE TABLE tag (entry_id TEXT, tag TEXT, PRIMARY KEY (entry_id, tag))")
    connection.executemany(
        "INSERT INTO entry VALUES (?, ?, ?)",
        ((str(uuid.uuid4()), f"2026-01-01 00:00:{n:09d}", n % 11) for n in range(entries)),
    )

    def insert() -> None:
        key = str(uuid.uuid4())
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO entry VALUES (?, datetime('now'), 5)", (key,))
        connection.executemany("INSERT INTO tag VALUES (?, ?)", ((key, "tense"), (key, "tired")))
        connection.execute("COMMIT")

    return insert


def bare_table_shown(app: object) -> Callable[[], None]:
    """The floor for opening the mood log: a bare table of 50 rows and 5 columns, shown."""
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    assert isinstance(app, QApplication)
    table = QTableWidget(50, 5)
    for row in range(50):
        for column in range(5):
            table.setItem(row, column, QTableWidgetItem(f"cell {row}, {column}"))
    table.resize(900, 600)

    def show() -> None:
        table.show()
        app.processEvents()
        table.repaint()
        table.hide()

    return show


def in_process(sizes: list[int], repeat: int) -> tuple[dict[str, float], dict[str, float]]:
    """Quick-log show (on the largest store), save and mood-log open on each store size, ms;
    and the floor of those that have one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from companion.content.vocabulary import load_vocabulary
    from companion.domain.clock import SystemClock
    from companion.domain.mood import make_mood_input
    from companion.paths import DB_NAME, AppPaths
    from companion.storage.journal import Journal
    from companion.storage.store import Store, open_store
    from companion.ui.history import HistoryWindow
    from companion.ui.quick_log import QuickLogDialog

    def quiet(_kind: QtMsgType, _context: object, message: str) -> None:
        if "This plugin does not support" not in message:  # the offscreen platform's chatter
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    vocabulary = load_vocabulary()
    figures: dict[str, float] = {}
    floors: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        stores: list[tuple[int, Store]] = []
        for entries in sizes:
            home = copied_history(entries, Path(scratch))
            stores.append((entries, open_store(AppPaths(home, home), clock)[0]))
        try:
            largest = stores[-1][1]
            from companion.process.qt_binding import check_binding  # issue 12: at every start

            figures["Qt binding check at start-up (ms)"] = timed(check_binding, 5 * repeat)
            bare_dialog_first_show(app)  # fonts and style loaded once, for both that follow
            floors["quick-log first show, built (ms)"] = bare_dialog_first_show(app)
            began = time.perf_counter()
            dialog = QuickLogDialog(lambda: largest, clock, vocabulary)

            def show_quick_log() -> None:
                dialog.open_fresh()
                app.processEvents()
                dialog.repaint()
                dialog.hide()

            show_quick_log()
            figures["quick-log first show, built (ms)"] = (time.perf_counter() - began) * 1000
            figures["quick-log show (ms)"] = timed(show_quick_log, 3 * repeat)
            for entries, _store in stores:  # through the shift journal, as the quick log saves
                values = make_mood_input(at=datetime.now(UTC), now=datetime.now(UTC), stress=5)
                journal = Journal.open(Path(scratch) / str(entries) / DB_NAME, clock)
                try:
                    name = f"save on {entries:,} entries (ms)"
                    figures[name] = timed(partial(journal.add_mood, values), 5 * repeat)
                    floors[name] = timed(bare_insert(Path(scratch), entries), 5 * repeat)
                finally:
                    journal.close()
            for entries, store in stores:
                history = HistoryWindow(partial(identity, store), clock, vocabulary)

                def show_history(history: HistoryWindow = history) -> None:
                    history.show()
                    app.processEvents()
                    history.repaint()
                    history.hide()

                name = f"mood log open on {entries:,} entries (ms)"
                figures[name] = timed(show_history, repeat)
                floors[name] = timed(bare_table_shown(app), repeat)
        finally:
            for _entries, store in stores:
                store.close()
    return figures, floors


# The targets (issue 7): start within 1.5× the floor, resident memory once settled
# within 1.6× it, no CPU while idle (read as: no more than the floor's plus IDLE_SLACK, which
# is scheduler and X noise, well under one Python timer tick a second).
START_TARGET = 1.5
RSS_TARGET = 1.6
IDLE_SLACK = 10.0  # ms of CPU per minute
SAFE_EYES = "Safe Eyes (issue 7): tray in 360 ms with 77 MB: be ahead of it on every figure."


def verdict(value: float, floor: float, ratio: float | None, slack: float = 0.0) -> str:
    if ratio is not None:
        return f"≤{ratio:g}× {'met' if value <= ratio * floor else 'MISSED'}"
    return f"≤floor+{slack:g} {'met' if value <= floor + slack else 'MISSED'}"


QUICK = {"runs": 2, "settle": 5.0, "idle": 15.0, "repeat": 3}
FULL = {"runs": 5, "settle": 30.0, "idle": 60.0, "repeat": 10}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a fast look: 2 starts, 5 s settle, 15 s idle, fewer repeats",
    )
    parser.add_argument("--runs", type=int, help="process starts per app (median; default 5)")
    parser.add_argument(
        "--settle", type=float, help="seconds after `ready` before reading memory (default 30)"
    )
    parser.add_argument(
        "--idle", type=float, help="seconds of idle to measure CPU over (default 60)"
    )
    parser.add_argument(
        "--entries",
        default="10000,100000",
        metavar="N,N,…",
        help="store sizes for save and mood-log latency (demo stores, copied)",
    )
    parser.add_argument(
        "--stats-sizes",
        default="1000,10000,100000",
        metavar="N,N,…",
        help="store sizes for the `stats` and dashboard cases (empty: skip them)",
    )
    parser.add_argument(
        "--only-stats", action="store_true", help="run only the `stats` and dashboard cases"
    )
    parser.add_argument(
        "--no-bundle", action="store_true", help="do not measure dist/companion even if built"
    )
    parser.add_argument(
        "--no-team", action="store_true", help="skip the team server's table (about a minute)"
    )
    parser.add_argument("--only-team", action="store_true", help="run only the team's table")
    args = parser.parse_args()
    preset = QUICK if args.quick else FULL
    runs = args.runs or preset["runs"]
    settle = preset["settle"] if args.settle is None else args.settle
    idle = preset["idle"] if args.idle is None else args.idle
    repeat = int(preset["repeat"])
    os.chdir(ROOT)
    if args.only_team:
        compile_sources()
        print_team(args.quick)
        return 0
    if args.only_stats:
        print_stats(args.stats_sizes, args.quick)
        print_dashboard(args.stats_sizes)
        return 0
    from benchmarks.stats import parse_sizes

    began, load = time.monotonic(), os.getloadavg()[0]
    compile_sources()
    with screen() as env:
        where = "Xvfb + trayer (real tray)" if "DISPLAY" in env else "offscreen (stand-in window)"
        floor_start, floor_peak, floor_rss, _ = floor_runs(env, int(runs), settle)
        app_start, app_peak, app_rss, app_used = app_runs(
            env, int(runs), settle, [sys.executable, "-m", "companion"]
        )
        bundle = (
            app_runs(env, int(runs), settle, [str(BUNDLE)])
            if BUNDLE.exists() and not args.no_bundle
            else None
        )
        with tempfile.TemporaryDirectory() as home:
            floor_log = Path(home) / "ready.log"
            floor_cpu = idle_cpu(
                [sys.executable, "-m", "benchmarks.bare_tray", str(floor_log)],
                env,
                floor_log,
                idle,
                settle,
            )
        with tempfile.TemporaryDirectory() as home:
            (Path(home) / "settings.toml").write_text(ALL_DAY_SHIFT, encoding="utf-8")
            app_cpu = idle_cpu(
                [sys.executable, "-m", "companion", "--lang", "en"],
                {**env, "COMPANION_HOME": home},
                Path(home) / "logs" / "companion.log",
                idle,
                settle,
            )
    median = statistics.median
    rows = [
        (
            "start to ready (ms)",
            median(app_start),
            median(floor_start),
            verdict(median(app_start), median(floor_start), START_TARGET),
        ),
        (f"peak RSS, VmHWM at {settle:g} s (MB)", median(app_peak), median(floor_peak), ""),
        (
            f"idle RSS, VmRSS at {settle:g} s (MB)",
            median(app_rss),
            median(floor_rss),
            verdict(median(app_rss), median(floor_rss), RSS_TARGET),
        ),
        (
            "RSS 2 s after opening the quick log (MB)",
            median(app_used),
            median(floor_rss),
            "",
        ),
        (
            f"idle CPU, breaks on (ms/min over {idle:g} s)",
            app_cpu,
            floor_cpu,
            verdict(app_cpu, floor_cpu, None, IDLE_SLACK),
        ),
    ]
    if bundle is not None:
        rows += [
            (
                "bundle: start to ready (ms)",
                median(bundle[0]),
                median(floor_start),
                verdict(median(bundle[0]), median(floor_start), START_TARGET),
            ),
            (
                f"bundle: idle RSS at {settle:g} s (MB)",
                median(bundle[2]),
                median(floor_rss),
                verdict(median(bundle[2]), median(floor_rss), RSS_TARGET),
            ),
            ("bundle: RSS after the quick log (MB)", median(bundle[3]), median(floor_rss), ""),
        ]
    figures, floors = in_process(parse_sizes(args.entries), repeat)
    print(
        f"Companion benchmarks: {where}; median of {runs} starts; "
        f"Python {sys.version.split()[0]}; {os.cpu_count()} CPUs, load "
        f"{load:.2f} at start; processes took {time.monotonic() - began:.0f} s"
    )
    print(f"{'figure':<42} {'companion':>10} {'bare tray':>10} {'ratio':>7}  target")
    for name, value, floor, target in rows:
        ratio = f"{value / floor:>6.2f}×" if floor else f"{'-':>7}"
        print(f"{name:<42} {value:>10.1f} {floor:>10.1f} {ratio}  {target}")
    for name, value in figures.items():
        if name in floors:
            floor = floors[name]
            print(f"{name:<42} {value:>10.2f} {floor:>10.2f} {value / floor:>6.2f}×")
        else:
            print(f"{name:<42} {value:>10.2f} {'-':>10} {'-':>7}")
    print(f"each start (ms): companion {app_start}, bare tray {floor_start}")
    if bundle is None:
        print(f"(no bundle measured: build it with `pyinstaller build.spec` into {BUNDLE.parent})")
    print(SAFE_EYES)
    print_stats(args.stats_sizes, args.quick)
    print_dashboard(args.stats_sizes)
    if not args.no_team:
        print_team(args.quick)
    return 0


def print_team(quick: bool = False) -> None:
    """The team server's figures (benchmarks/team.py) on a private PostgreSQL server: 500
    agents' years (`--quick`: 100) through the agent path, the lead's reads, the Team
    window's first open."""
    from benchmarks import team
    from tests.helpers.postgres import server_binaries

    print()
    if server_binaries() is None:
        print("(no team table: PostgreSQL's server is not installed; apt install postgresql)")
        return
    agents = 100 if quick else 500
    print(f"Team server ({agents} agents × 250 working days; the lead reads one team of 25)")
    print(team.table(team.measure(agents, 250, agents // 25)), end="")


def print_dashboard(sizes: str) -> None:
    """The dashboard's open and draw at each size (benchmarks/dashboard.py)."""
    from benchmarks import dashboard, stats

    rows = [(size, dashboard.measure(size)) for size in stats.parse_sizes(sizes)]
    if rows:
        print()
        print("Dashboard open and draw (offscreen, 1366×768); floor: one bare pyqtgraph plot")
        print(dashboard.table(rows, dashboard.measure_floor()), end="")


def print_stats(sizes: str, quick: bool = False) -> None:
    """`companion stats` at each size (benchmarks/stats.py), a table of its own."""
    from benchmarks import stats

    repeat, command_runs = (5, 2) if quick else (20, 5)
    figures = [stats.measure(size, repeat, command_runs) for size in stats.parse_sizes(sizes)]
    if figures:
        print()
        print(stats.table(figures), end="")


if __name__ == "__main__":
    raise SystemExit(main())
