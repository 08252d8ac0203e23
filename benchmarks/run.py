"""Companion's speed and memory figures, beside a bare PySide6 tray app measured in the same run.

    .venv/bin/python -m benchmarks.run [--quick] [--runs N] [--settle S] [--idle S]
        [--entries N,N,…] [--stats-sizes N,N,…] [--only-stats]

Prints one table, each process figure beside a bare PySide6 tray app (the floor) measured in the
same run, with its ratio and the issue's target; then `companion stats` and the dashboard's
open-and-draw at 1k/10k/100k entries. Uses a private Xvfb screen with a tray host (trayer) when
both are installed, so the real tray icon is measured; otherwise runs offscreen (stand-in
window). The full run takes about ten minutes (30 s settle per start, a minute of idle each);
`--quick` (2 starts, 5 s settle, 15 s idle, fewer repeats) takes about two.
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
    """User plus system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


ALL_DAY_SHIFT = """\
[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]
"""


def idle_cpu(command: list[str], env: dict[str, str], log: Path, seconds: float) -> float:
    """CPU milliseconds per minute while the app sits idle (after a 5 s settle)."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while not (log.exists() and READY.search(log.read_text(encoding="utf-8"))):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{command} never became ready")
            time.sleep(0.05)
        time.sleep(5)
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
    command: list[str], env: dict[str, str], log: Path, settle: float
) -> tuple[int, float, float]:
    """Milliseconds from process start to `ready`, then peak and current resident memory once
    settled (MB)."""
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
        return int(found.group(1)), *memory_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=15)


Runs = tuple[list[int], list[float], list[float]]  # start ms, peak MB, settled MB; one per run


def app_runs(env: dict[str, str], runs: int, settle: float) -> Runs:
    """Everyday starts: the store exists already (the first start, which creates it, is not
    counted)."""
    starts: list[int] = []
    peaks: list[float] = []
    memory: list[float] = []
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
            ms, peak, mb = start_and_measure(
                [sys.executable, "-m", "companion", "--lang", "en"], app_env, log, settle
            )
            starts.append(ms)
            peaks.append(peak)
            memory.append(mb)
    return starts, peaks, memory


def floor_runs(env: dict[str, str], runs: int, settle: float) -> Runs:
    starts: list[int] = []
    peaks: list[float] = []
    memory: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            log = Path(home) / "ready.log"
            ms, peak, mb = start_and_measure(
                [sys.executable, "-m", "benchmarks.bare_tray", str(log)], env, log, settle
            )
            starts.append(ms)
            peaks.append(peak)
            memory.append(mb)
    return starts, peaks, memory


def timed(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def in_process(entries: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from companion.content import load_vocabulary
    from companion.domain.clock import SystemClock
    from companion.domain.mood import make_mood_input
    from companion.paths import AppPaths
    from companion.storage.store import open_store
    from companion.ui.history import HistoryWindow
    from companion.ui.quick_log import QuickLogDialog

    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as home:
        store, _ = open_store(AppPaths(Path(home), Path(home)), clock)
        now = clock.now()
        for index in range(entries):
            store.add_mood(
                make_mood_input(
                    at=now - timedelta(minutes=7 * index + 1),
                    now=now,
                    stress=index % 11,
                    emotions=["tense"] if index % 2 else [],
                    category="complaint",
                )
            )
        vocabulary = load_vocabulary()
        dialog = QuickLogDialog(lambda: store, clock, vocabulary)

        def show_quick_log() -> None:
            dialog.open_fresh()
            app.processEvents()
            dialog.repaint()
            dialog.hide()

        figures["quick-log show (ms)"] = timed(show_quick_log, 30)
        values = make_mood_input(at=datetime.now(UTC), now=datetime.now(UTC), stress=5)
        figures[f"save on {entries:,} entries (ms)"] = timed(lambda: store.add_mood(values), 50)
        history = HistoryWindow(lambda: store, clock, vocabulary)

        def show_history() -> None:
            history.show()
            app.processEvents()
            history.repaint()
            history.hide()

        figures[f"mood log open on {entries:,} entries (ms)"] = timed(show_history, 10)
        store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="process starts per app (median)")
    parser.add_argument("--entries", type=int, default=10_000, help="entries in the store")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds before reading RSS")
    parser.add_argument(
        "--idle", type=float, default=180.0, help="seconds of idle to measure CPU over"
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
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.only_stats:
        print_stats(args.stats_sizes)
        print_dashboard(args.stats_sizes)
        return 0
    with screen() as env:
        where = "Xvfb + trayer (real tray)" if "DISPLAY" in env else "offscreen (stand-in window)"
        floor_start, floor_rss = floor_runs(env, args.runs, args.settle)
        app_start, app_rss = app_runs(env, args.runs, args.settle)
        with tempfile.TemporaryDirectory() as home:
            floor_log = Path(home) / "ready.log"
            floor_cpu = idle_cpu(
                [sys.executable, "-m", "benchmarks.bare_tray", str(floor_log)],
                env,
                floor_log,
                args.idle,
            )
        with tempfile.TemporaryDirectory() as home:
            (Path(home) / "settings.toml").write_text(ALL_DAY_SHIFT, encoding="utf-8")
            app_cpu = idle_cpu(
                [sys.executable, "-m", "companion", "--lang", "en"],
                {**env, "COMPANION_HOME": home},
                Path(home) / "logs" / "companion.log",
                args.idle,
            )
    rows = [
        ("start to ready (ms)", statistics.median(app_start), statistics.median(floor_start)),
        ("resident memory settled (MB)", statistics.median(app_rss), statistics.median(floor_rss)),
        (f"idle CPU, breaks scheduled (ms/min, {args.idle:.0f} s)", app_cpu, floor_cpu),
    ]
    figures = in_process(args.entries)
    print(
        f"Companion benchmarks: {where}; median of {args.runs} starts; "
        f"Python {sys.version.split()[0]}"
    )
    print(f"{'figure':<42} {'companion':>10} {'bare tray':>10} {'ratio':>7}")
    for name, value, floor in rows:
        ratio = f"{value / floor:>7.2f}" if floor else f"{'-':>7}"
        print(f"{name:<42} {value:>10.1f} {floor:>10.1f} {ratio}")
    for name, value in figures.items():
        print(f"{name:<42} {value:>10.2f} {'':>10} {'':>7}")
    print_stats(args.stats_sizes)
    print_dashboard(args.stats_sizes)
    return 0


def print_dashboard(sizes: str) -> None:
    """The dashboard's open and draw at each size (benchmarks/dashboard.py)."""
    from benchmarks import dashboard, stats

    rows = [(size, dashboard.measure(size)) for size in stats.parse_sizes(sizes)]
    if rows:
        print()
        print("Dashboard open and draw (offscreen, 1366×768)")
        print(dashboard.table(rows), end="")


def print_stats(sizes: str) -> None:
    """`companion stats` at each size (benchmarks/stats.py), a table of its own."""
    from benchmarks import stats

    figures = [stats.measure(size) for size in stats.parse_sizes(sizes)]
    if figures:
        print()
        print(stats.table(figures), end="")


if __name__ == "__main__":
    raise SystemExit(main())
