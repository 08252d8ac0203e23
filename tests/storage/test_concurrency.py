"""Several processes writing to one store at the same time: every write lands, nothing breaks."""

from __future__ import annotations

import itertools
import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from companion.domain.clock import FixedClock
from companion.paths import AppPaths
from companion.storage.store import open_store

REPO = Path(__file__).resolve().parents[2]

# Each worker imports everything, waits for the start signal, then opens the store and writes.
WORKER = """
import sys, time
from pathlib import Path
from companion.domain.clock import SystemClock
from companion.domain.mood import make_mood_input
from companion.paths import app_paths
from companion.storage.store import open_store

name, count, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
(go.parent / f"ready-{name}").touch()
deadline = time.monotonic() + 30
while not go.exists():
    if time.monotonic() > deadline:
        sys.exit("no start signal")
    time.sleep(0.005)
clock = SystemClock()
store, report = open_store(app_paths(), clock)
try:
    added = []
    for n in range(count):
        added.append(store.add_mood(make_mood_input(
            at=clock.now(), now=clock.now(), stress=n % 11,
            emotions=["angry", "tense"], note=f"{name} {n}",
        )))
    # Updates read the row, then write it: the read lock must not block another writer.
    for entry in added:
        store.update_mood(entry.id, make_mood_input(
            at=entry.at, now=clock.now(), stress=10 - entry.stress,
            emotions=["tense", "calm"], note=entry.note,
        ))
finally:
    store.close()
print(name, count, report.moved_aside)
"""


def _run_workers(home: AppPaths, tmp_path: Path, workers: int, each: int) -> None:
    go = tmp_path / "go"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, f"w{n}", str(each), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    deadline = time.monotonic() + 30
    while len(list(tmp_path.glob("ready-*"))) < workers and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()  # all workers start writing together
    results = []
    try:
        for process in processes:
            out, err = process.communicate(timeout=60)
            results.append((process.returncode, out, err))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    for n, (code, out, err) in enumerate(results):
        assert code == 0, f"worker {n} failed:\n{err}"
        assert out.strip() == f"w{n} {each} None"
        assert "Traceback" not in err


def _check_store(home: AppPaths, workers: int, each: int) -> list[str]:
    """Check the store holds exactly every write; return the writer of each row, in write order."""
    connection = sqlite3.connect(f"{home.database.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = connection.execute("SELECT note, stress FROM mood_entry ORDER BY rowid").fetchall()
        emotions = connection.execute("SELECT emotion, count(*) FROM mood_emotion GROUP BY 1")
        emotion_counts = dict(emotions.fetchall())
    finally:
        connection.close()
    notes = [note for note, _stress in rows]
    assert len(notes) == workers * each
    assert set(notes) == {f"w{w} {n}" for w in range(workers) for n in range(each)}
    # Every update landed too.
    assert all(stress == 10 - int(note.split()[1]) % 11 for note, stress in rows)
    assert emotion_counts == {"tense": workers * each, "calm": workers * each}
    store, report = open_store(home, FixedClock(datetime.now(UTC)))
    try:
        assert report.moved_aside is None
        assert store.count_moods() == workers * each
    finally:
        store.close()
    return [note.split()[0] for note in notes]


def test_three_processes_write_to_one_store_at_once(home: AppPaths, tmp_path: Path) -> None:
    store, _ = open_store(home, FixedClock(datetime.now(UTC)))
    store.close()
    _run_workers(home, tmp_path, workers=3, each=150)
    writers = _check_store(home, workers=3, each=150)
    switches = sum(a != b for a, b in itertools.pairwise(writers))
    assert switches > 2, "the workers wrote one after the other, not at the same time"


def test_processes_racing_to_create_the_store(home: AppPaths, tmp_path: Path) -> None:
    assert not home.database.exists()
    _run_workers(home, tmp_path, workers=3, each=20)
    _check_store(home, workers=3, each=20)
