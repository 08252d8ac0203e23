"""The bulk paths on a long history, through the installed `companion` command: `export` (JSON
and CSV), `list` as CSV, `import` into an empty store, the round trip, and `erase`.

    .venv/bin/python -m benchmarks.transfer [--entries 10000,100000,300000] [--code DIR]

Each size is a store of that many mood entries with realistic notes and the other records a
long history holds (benchmarks/bulk_history.py, made once and kept). Every figure is one run of
the command in a process of its own: wall time, and the process's peak resident memory (its
`ru_maxrss`, read with `wait4` by a small process that forks it: benchmarks/peak.py). The
import goes into an empty store; its export must be the same file as the first one, apart from
the line saying when it was made (the round trip). Then the same import again (everything is
skipped), and `erase --yes` of the imported store. `--code DIR` measures another checkout of
Companion (an older one, for a before/after table): the command then imports its code from DIR.
Bytecode is compiled first, as an installed copy has it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import peak
from benchmarks.peak import Measured
from benchmarks.stats import parse_sizes

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {  # at 300,000 entries (issue 29)
    "export": (15.0, 100.0),
    "export --format csv": (None, 100.0),
    "list --format csv": (None, 100.0),
    "import (new store)": (30.0, 100.0),
}


def command() -> list[str]:
    """The installed `companion` command beside this Python (the venv's console script)."""
    script = Path(sys.executable).with_name("companion")
    return [str(script)] if script.exists() else [sys.executable, "-m", "companion"]


def run(args: list[str], home: Path, code: Path, out: Path | None = None) -> Measured:
    env = {
        **os.environ,
        "COMPANION_HOME": str(home),
        "PYTHONPATH": str(code),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return peak.measure([*command(), *args], env, out)


def compile_sources(code: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "companion"],
        cwd=code,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def same_apart_from_created_at(first: Path, second: Path) -> bool:
    """Whether two exports hold the same bytes but for their `created_at` line."""
    with first.open("rb") as one, second.open("rb") as other:
        for left, right in zip(one, other, strict=False):
            if left != right and not (
                left.startswith(b'  "created_at": ') and right.startswith(b'  "created_at": ')
            ):
                return False
        return one.read(1) == b"" and other.read(1) == b""


def bulk_store(entries: int) -> Path:
    """The store of that size, made in a process of its own: this one stays small, as a child
    process's peak memory counts the memory of the process it was started from."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bulk_history", str(entries)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    home, how = done.stdout.split()
    if how == "made":
        print(f"(made the {entries:,}-entry store)", file=sys.stderr)
    return Path(home)


def measure(entries: int, code: Path, scratch: Path) -> dict[str, object]:
    home = bulk_store(entries)
    source = scratch / "source"
    shutil.copytree(home, source)  # the command may write its log and the WAL beside it
    figures: dict[str, object] = {}
    export = scratch / "export.json"
    figures["export"] = run(["export", "--out", str(export)], source, code)
    figures["file MB"] = export.stat().st_size / 2**20 if export.exists() else float("nan")
    figures["export --format csv"] = run(
        ["export", "--format", "csv", "--out", str(scratch / "csv")], source, code
    )
    figures["list --format csv"] = run(
        ["list", "--since", "2000-01-01", "--format", "csv"], source, code, scratch / "list.csv"
    )
    target = scratch / "target"
    figures["import (new store)"] = run(["import", str(export)], target, code)
    again = scratch / "again.json"
    figures["export of the imported store"] = run(["export", "--out", str(again)], target, code)
    figures["round trip: the same file"] = again.exists() and same_apart_from_created_at(
        export, again
    )
    figures["import again (all skipped)"] = run(["import", str(export)], target, code)
    figures["erase --yes"] = run(["erase", "--yes"], target, code)
    return figures


def cell(value: object) -> str:
    if isinstance(value, Measured):
        if value.code != 0:
            return f"failed ({value.code})"
        return f"{value.seconds:.1f} s, {value.peak_mb:.0f} MB"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", default="10000,100000,300000")
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="the checkout whose code to measure"
    )
    args = parser.parse_args()
    sizes = parse_sizes(args.entries)
    code = args.code.resolve()
    compile_sources(code)
    results: dict[int, dict[str, object]] = {}
    failures: list[str] = []
    for entries in sizes:
        with tempfile.TemporaryDirectory(prefix="companion-bulk-") as scratch:
            results[entries] = measure(entries, code, Path(scratch))
        for name, value in results[entries].items():
            if isinstance(value, Measured) and value.code != 0:
                failures.append(f"{entries:,} {name}: {value.err.splitlines()[-1:]}")
    names = list(next(iter(results.values())))
    width = max(len(name) for name in names) + 2
    print(f"{'entries':<{width}}" + "".join(f"{entries:>20,}" for entries in sizes) + "  target")
    for name in names:
        target = TARGETS.get(name)
        said = ""
        if target is not None:
            seconds, megabytes = target
            said = f"  < {megabytes:.0f} MB" + (f", < {seconds:.0f} s" if seconds else "")
        row = "".join(f"{cell(results[entries][name]):>20}" for entries in sizes)
        print(f"{name:<{width}}{row}{said}")
    for failure in failures:
        print(f"failed: {failure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
