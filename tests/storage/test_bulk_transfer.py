"""A long history moved through the `companion` command, as a person moves it (issue 29).

Years of records exported on the old PC import on the new one and export the same file again;
memory does not grow with the history (export, CSV, `list`, import); and an export made on a
computer whose clock ran ahead imports anyway, its times kept and said. The benchmark
(`python -m benchmarks.transfer`) does the same at 300,000 entries, with the times.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from benchmarks.bulk_history import fill_bulk_home
from benchmarks.peak import Measured, measure
from companion.domain.clock import FixedClock
from companion.domain.mood import MoodInput
from companion.paths import AppPaths
from companion.storage.store import open_store
from tests.e2e.conftest import base_env, need_tools

pytestmark = pytest.mark.slow

LARGE, SMALL = 20_000, 2_000
AHEAD = 3  # entries dated a year after now, as a PC whose clock ran ahead writes them


def companion(
    *args: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env or base_env(home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def peak(*args: str, home: Path, out: Path | None = None) -> Measured:
    measured = measure([sys.executable, "-m", "companion", *args], base_env(home), out)
    assert measured.code == 0, measured.err
    return measured


def same_but_created_at(first: Path, second: Path) -> bool:
    one = first.read_text(encoding="utf-8").splitlines()
    other = second.read_text(encoding="utf-8").splitlines()
    return len(one) == len(other) and all(
        a == b or (a.startswith('  "created_at": ') and b.startswith('  "created_at": '))
        for a, b in zip(one, other, strict=True)
    )


@pytest.fixture(scope="module")
def histories(tmp_path_factory) -> dict[int, Path]:
    """Read-only stores of SMALL and LARGE entries (benchmarks/bulk_history.py: notes half
    Chinese, some of 2,000 characters, breaks, thoughts, exercises, check-ins, My plan); the
    large one also holds entries dated a year ahead and emotions in an order of their own."""
    made = {}
    for entries in (SMALL, LARGE):
        home = tmp_path_factory.mktemp(f"history-{entries}")
        fill_bulk_home(home, entries)
        made[entries] = home
    later = datetime.now(UTC) + timedelta(days=365)
    store, _ = open_store(AppPaths(made[LARGE], made[LARGE]), FixedClock(later))
    try:
        store.add_moods_bulk(
            [
                MoodInput(later + timedelta(hours=n), 8, ("sad", "angry"), "refund", "时钟快了")
                for n in range(AHEAD)
            ],
            [uuid.uuid4() for _ in range(AHEAD)],
        )
    finally:
        store.close()
    return made


def test_a_long_history_moves_to_a_new_computer_and_exports_the_same_file(histories, tmp_path):
    exported, again = tmp_path / "export.json", tmp_path / "again.json"
    source = tmp_path / "old-pc"
    shutil.copytree(histories[LARGE], source)
    assert companion("export", "--out", str(exported), home=source).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert len(document["mood_entries"]) == LARGE + AHEAD
    assert all(document[kind] for kind in ("goals", "goal_ticks", "difficult_call_types"))

    new = tmp_path / "new-pc"
    imported = companion("import", str(exported), home=new)
    assert imported.returncode == 0, imported.stderr
    assert f"mood entries:         {LARGE + AHEAD} added, 0 skipped" in imported.stdout
    assert f"\n{AHEAD} records are dated after now on this computer (the latest " in (
        imported.stdout
    )
    assert imported.stdout.rstrip().endswith("; their times were kept.")
    assert companion("export", "--out", str(again), home=new).returncode == 0
    assert same_but_created_at(exported, again)  # the emotions' order and future times too

    twice = companion("import", str(exported), home=new)
    assert twice.returncode == 0 and f"0 added, {LARGE + AHEAD} skipped" in twice.stdout
    assert "dated after now" not in twice.stdout  # nothing was added, so nothing to say
    assert list(new.glob(".import-*")) == []


def test_memory_does_not_grow_with_the_history(histories, tmp_path):
    """Export, CSV, `list` and import of ten times the history take no more memory: each
    works a bounded number of rows at a time (before issue 29: about 5.8 KB an entry)."""
    figures: dict[str, dict[int, float]] = {}
    for entries, history in histories.items():
        home = tmp_path / f"home-{entries}"
        shutil.copytree(history, home)
        exported = tmp_path / f"export-{entries}.json"
        runs = {
            "export": peak("export", "--out", str(exported), home=home),
            "export csv": peak(
                "export", "--format", "csv", "--out", str(tmp_path / f"csv-{entries}"), home=home
            ),
            "list csv": peak(
                "list",
                "--since",
                "2000-01-01",
                "--format",
                "csv",
                home=home,
                out=tmp_path / f"list-{entries}.csv",
            ),
            "import": peak("import", str(exported), home=tmp_path / f"new-{entries}"),
        }
        for name, measured in runs.items():
            figures.setdefault(name, {})[entries] = measured.peak_mb
    listed = (tmp_path / f"list-{LARGE}.csv").read_text(encoding="utf-8").count("\n")
    assert listed > LARGE  # every entry was listed (and notes have line breaks)
    # SQLite's page caches (2 MiB, and 8 MiB while an import's records go in) fill as the
    # history grows, up to their bound; nothing else may grow. (Before: 80 to 120 MB more.)
    grown = {name: round(sizes[LARGE] - sizes[SMALL], 1) for name, sizes in figures.items()}
    assert all(growth < 16 for growth in grown.values()), (grown, figures)


def _faketime() -> Path:
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
    if not found:
        need_tools("faketime")
        pytest.skip("libfaketime is not installed (Debian package faketime)")
    return found[0]


@pytest.mark.parametrize("ahead", ["+10m", "+365d"])
def test_an_export_from_a_computer_whose_clock_ran_ahead_imports(tmp_path, ahead):
    """Ten minutes of skew, or a clock once set a year ahead: the entries it wrote are dated
    after now here, and they import with their times, said in one line."""
    old_pc, new_pc = tmp_path / "old-pc", tmp_path / "new-pc"
    skewed = base_env(
        old_pc,
        LD_PRELOAD=str(_faketime()),
        FAKETIME=ahead,
        FAKETIME_DONT_FAKE_MONOTONIC="1",
    )
    for stress in ("3", "8"):
        logged = companion(
            "log", "--stress", stress, "--note", "电脑时间快了", home=old_pc, env=skewed
        )
        assert logged.returncode == 0, logged.stderr
    exported = tmp_path / "export.json"
    done = companion("export", "--out", str(exported), home=old_pc, env=skewed)
    assert done.returncode == 0, done.stderr
    times = [entry["at"] for entry in json.loads(exported.read_text("utf-8"))["mood_entries"]]
    assert all(datetime.fromisoformat(at) > datetime.now(UTC) for at in times)

    imported = companion("import", str(exported), home=new_pc)
    assert imported.returncode == 0, imported.stderr
    assert "mood entries:         2 added" in imported.stdout
    assert "2 records are dated after now on this computer (the latest " in imported.stdout
    assert "their times were kept." in imported.stdout
    listed = companion("list", "--format", "json", home=new_pc)
    kept = [datetime.fromisoformat(entry["at"]) for entry in json.loads(listed.stdout)]
    assert kept == [datetime.fromisoformat(at).replace(microsecond=0) for at in times]
