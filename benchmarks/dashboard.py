"""The trends dashboard on stores of 1,000, 10,000 and 100,000 mood entries: open and draw.

    .venv/bin/python -m benchmarks.dashboard [--sizes 1000,10000,100000]

Also run at the end of `python -m benchmarks.run`. Each size is measured in a fresh process
(offscreen), so the first open pays for importing pyqtgraph and numpy as a user's first open
does. Figures, in milliseconds:
  import      loading the dashboard's modules (pyqtgraph, numpy) the first time
  first open  building the window, loading the 4-week range, showing and painting it
  12 weeks    switching to 12 weeks: aggregates in SQL, charts redrawn and painted
  all         the same for all time (five years in these stores)
  sql all     the aggregates alone for all time (Store.dashboard), median of 5
The floor, in a fresh process too: importing pyqtgraph alone, then one bare PlotWidget at the
same size with a line of 28 daily points (first open), 84 (12 weeks) and 1,826 (all), drawn
the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.histories import ensure_history
from benchmarks.stats import parse_sizes

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("import", "first open", "12 weeks", "all", "sql all")


def _child(home: str) -> dict[str, float]:
    """Runs inside the measuring process."""
    import statistics
    import time

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from companion.content.vocabulary import load_vocabulary
    from companion.domain.clock import SystemClock
    from companion.domain.trends import preset_range
    from companion.paths import AppPaths
    from companion.storage.store import open_store

    app = QApplication([])
    clock = SystemClock()
    store, _ = open_store(AppPaths(Path(home), Path(home)), clock)
    vocabulary = load_vocabulary()
    began = time.perf_counter()
    from companion.ui.dashboard import DashboardWindow

    figures = {"import": time.perf_counter() - began}

    def draw(window: DashboardWindow) -> None:
        window.show()
        app.processEvents()
        window.grab()  # paints every visible chart

    began = time.perf_counter()
    window = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        vocabulary,
        lambda kind, _language: kind,
    )
    window.resize(1366, 768)
    draw(window)
    figures["first open"] = time.perf_counter() - began
    for preset, name in (("12w", "12 weeks"), ("all", "all")):
        began = time.perf_counter()
        window.set_preset(preset)
        draw(window)
        figures[name] = time.perf_counter() - began
    today = clock.now().astimezone(clock.local_zone()).date()
    span = preset_range("all", today, store.first_entry_day())
    samples = []
    for _ in range(5):
        began = time.perf_counter()
        store.dashboard(span, today)
        samples.append(time.perf_counter() - began)
    figures["sql all"] = statistics.median(samples)
    store.close()
    return {key: value * 1000 for key, value in figures.items()}


def _floor_child() -> dict[str, float]:
    """The floor: a bare pyqtgraph plot, measured like the dashboard."""
    import time

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    began = time.perf_counter()
    import numpy as np
    import pyqtgraph as pg

    figures = {"import": time.perf_counter() - began}
    plot: Any = None
    curve: Any = None
    for points, name in ((28, "first open"), (84, "12 weeks"), (1826, "all")):
        began = time.perf_counter()
        values = np.random.default_rng(1).uniform(0, 10, points)
        if plot is None:
            plot = pg.PlotWidget()
            plot.resize(1366, 768)
            curve = plot.plot(np.arange(points), values)
        else:
            curve.setData(np.arange(points), values)
        plot.show()
        app.processEvents()
        plot.grab()
        figures[name] = time.perf_counter() - began
    figures["sql all"] = float("nan")
    return {key: value * 1000 for key, value in figures.items()}


def _in_fresh_process(*arguments: str) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "COMPANION_"))}
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.dashboard", *arguments],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return figures


def measure_floor() -> dict[str, float]:
    return _in_fresh_process("--floor")


def measure(entries: int) -> dict[str, float]:
    home, _generated = ensure_history(entries)
    return _in_fresh_process("--child", str(home))


def _cell(value: float) -> str:
    return f"{'-':>10}" if value != value else f"{value:>7.0f} ms"  # NaN: no such figure


def _ratio(value: float, floor: float) -> str:
    return f"{'-':>10}" if floor != floor else f"{value / floor:>9.1f}×"


def table(rows: list[tuple[int, dict[str, float]]], floor: dict[str, float] | None = None) -> str:
    lines = [f"{'entries':>8}  " + "  ".join(f"{field:>10}" for field in FIELDS)]
    for entries, figures in rows:
        lines.append(f"{entries:>8}  " + "  ".join(_cell(figures[field]) for field in FIELDS))
    if floor is not None:
        lines.append(f"{'floor':>8}  " + "  ".join(_cell(floor[field]) for field in FIELDS))
        for entries, figures in rows:
            ratios = [_ratio(figures[field], floor[field]) for field in FIELDS]
            lines.append(f"{'÷ ' + format(entries, ','):>8}  " + "  ".join(ratios))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child)))
        return 0
    if args.floor:
        print(json.dumps(_floor_child()))
        return 0
    rows = [(size, measure(size)) for size in parse_sizes(args.sizes)]
    print("Dashboard open and draw (offscreen, 1366×768); floor: one bare pyqtgraph plot")
    print(table(rows, measure_floor()), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
