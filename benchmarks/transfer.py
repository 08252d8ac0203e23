"""How long the settings' *Your data* work takes on a large history: export (JSON and CSV) and
import, through the data service as the window runs them (on a thread of their own, so the
window keeps answering; these figures say why it must).

    .venv/bin/python -m benchmarks.transfer [--entries 10000,100000]

Each size is a demo history (benchmarks/histories.py, made once and kept); the import goes into
a fresh store, then again into the same one (everything skipped). Prints one table, in seconds.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.histories import history_store
from benchmarks.stats import parse_sizes

FIELDS = ("export JSON", "export CSV", "import new", "import again", "file MB")


def measure(entries: int) -> dict[str, float]:
    from companion.data_service import AppData
    from companion.domain.clock import SystemClock
    from companion.paths import AppPaths

    clock = SystemClock()
    home = history_store(entries)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        source = AppData(AppPaths(home, home), clock)
        source.open()
        assert source.store is not None
        began = time.perf_counter()
        source.export_to(out / "export.json", {})
        figures["export JSON"] = time.perf_counter() - began
        began = time.perf_counter()
        source.export_csv_to(out / "csv")
        figures["export CSV"] = time.perf_counter() - began
        source.close()
        figures["file MB"] = (out / "export.json").stat().st_size / 2**20
        target = AppData(AppPaths(out / "new", out / "new"), clock)
        target.open()
        assert target.store is not None
        for field in ("import new", "import again"):
            began = time.perf_counter()
            target.import_from(out / "export.json", out / "new" / "settings.toml")
            figures[field] = time.perf_counter() - began
        target.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", default="10000,100000")
    args = parser.parse_args()
    sizes = parse_sizes(args.entries)
    print(f"{'entries':>10}" + "".join(f"{field:>14}" for field in FIELDS))
    for entries in sizes:
        figures = measure(entries)
        print(f"{entries:>10,}" + "".join(f"{figures[field]:>14.1f}" for field in FIELDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
