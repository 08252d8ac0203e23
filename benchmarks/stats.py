"""`companion stats` on stores of 1,000, 10,000 and 100,000 mood entries: how the time grows.

    .venv/bin/python -m benchmarks.stats [--sizes 1000,10000,100000] [--repeat N]

Also run at the end of `python -m benchmarks.run`. The stores are demo histories over five years
(benchmarks/histories.py), made once a day and kept in the temporary folder; the first run of a
day spends a few seconds making them, and says so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.histories import WEEKS, ensure_history

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 10_000, 100_000)


@dataclass(frozen=True, slots=True)
class StatsFigures:
    entries: int
    generated: float | None  # seconds spent making the store; None when it was kept
    weekly_12: float  # Store.weekly_stats, ms (median)
    weekly_52: float
    command: float  # `companion stats --weeks 12 --format json`, process start to exit, ms


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def measure(entries: int, repeat: int = 20, command_runs: int = 5) -> StatsFigures:
    from companion.domain.clock import SystemClock
    from companion.domain.trends import week_bounds
    from companion.paths import AppPaths
    from companion.storage.store import open_store

    home, generated = ensure_history(entries)
    clock = SystemClock()
    zone = clock.local_zone()
    today = clock.now().astimezone(zone).date()
    store, _ = open_store(AppPaths(home, home), clock)
    try:
        assert store.count_moods() == entries
        weeks_12, weeks_52 = week_bounds(today, 12, zone), week_bounds(today, 52, zone)
        store.weekly_stats(weeks_52)  # a first read warms the page cache
        weekly_12 = _median_ms(lambda: store.weekly_stats(weeks_12), repeat)
        weekly_52 = _median_ms(lambda: store.weekly_stats(weeks_52), repeat)
    finally:
        store.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "COMPANION_"))}
    env["COMPANION_HOME"] = str(home)
    command = [sys.executable, "-m", "companion", "stats", "--weeks", "12", "--format", "json"]

    def run_command() -> None:
        subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    return StatsFigures(
        entries, generated, weekly_12, weekly_52, _median_ms(run_command, command_runs)
    )


def table(figures: list[StatsFigures]) -> str:
    """The figures, each with how many times the smallest store's it is."""
    if not figures:
        return ""
    base = figures[0]
    lines = [
        f"companion stats over a {WEEKS}-week demo history (ms, median; ×: against "
        f"{base.entries:,} entries)",
        f"{'entries':>9}  {'weekly_stats 12 wk':>20}  {'weekly_stats 52 wk':>20}  "
        f"{'companion stats (process)':>27}  store made",
    ]
    for row in figures:
        made = "kept" if row.generated is None else f"{row.generated:.1f} s"
        lines.append(
            f"{row.entries:>9,}  "
            f"{row.weekly_12:>10.2f} {row.weekly_12 / base.weekly_12:>8.1f}×  "
            f"{row.weekly_52:>10.2f} {row.weekly_52 / base.weekly_52:>8.1f}×  "
            f"{row.command:>17.0f} {row.command / base.command:>8.2f}×  {made}"
        )
    return "\n".join(lines) + "\n"


def parse_sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES), help="entries")
    parser.add_argument("--repeat", type=int, default=20, help="weekly_stats calls per figure")
    parser.add_argument("--runs", type=int, default=5, help="`companion stats` processes")
    args = parser.parse_args()
    figures = [measure(size, args.repeat, args.runs) for size in parse_sizes(args.sizes)]
    sys.stdout.write(table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
