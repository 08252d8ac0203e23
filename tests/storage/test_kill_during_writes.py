"""Power cut for the writer: `kill -9` at random moments while several processes write.

An agent's laptop may kill Companion at any moment (a frozen desktop, a forced log-out, the task
manager). Whatever was confirmed as saved must still be there, and the file must stay healthy.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.clock import FixedClock
from companion.paths import AppPaths
from companion.storage.store import open_store

REPO = Path(__file__).resolve().parents[2]
WRITERS = 3
ROUNDS = 4

# Writes entries through the Store for ever, printing "<id> <n>" (flushed) after each write
# returned; "open" once the store is open. It only stops when it is killed.
WRITER = """
import sys
from companion.domain.clock import SystemClock
from companion.domain.mood import make_mood_input
from companion.paths import app_paths
from companion.storage.store import open_store

name = sys.argv[1]
clock = SystemClock()
store, _report = open_store(app_paths(), clock)
print("open", flush=True)
n = 0
while True:
    entry = store.add_mood(make_mood_input(
        at=clock.now(), now=clock.now(), stress=n % 11,
        emotions=["angry", "tense"] if n % 2 else ["calm"],
        category="refund", note=f"{name} {n} 客户 😡",
    ))
    print(entry.id, n, flush=True)
    n += 1
"""


def _spawn(name: str, out: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    with out.open("wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-c", WRITER, name],
            env=env,
            stdout=handle,
            stderr=subprocess.DEVNULL,
        )


def _confirmed(out: Path) -> dict[uuid.UUID, int]:
    """The writes a writer was told succeeded: complete lines only (a kill may cut the last)."""
    confirmed = {}
    for line in out.read_text(encoding="utf-8").splitlines(keepends=True):
        parts = line.split()
        if line.endswith("\n") and len(parts) == 2:
            confirmed[uuid.UUID(parts[0])] = int(parts[1])
    return confirmed


def _wait_for(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.mark.slow
def test_every_confirmed_entry_survives_kill_9_during_writes(home: AppPaths, tmp_path: Path):
    chance = random.Random()  # a new seed each run; the seed is in the failure message
    seed = chance.randrange(2**32)
    chance.seed(seed)
    expected: dict[uuid.UUID, str] = {}  # id -> the note its writer wrote

    for round_ in range(ROUNDS):
        outputs = [tmp_path / f"round{round_}-w{n}.out" for n in range(WRITERS)]
        writers = [_spawn(f"r{round_}w{n}", out) for n, out in enumerate(outputs)]
        try:
            if round_ == 0:
                # The first round may kill a writer while it still creates the store.
                time.sleep(chance.uniform(0.2, 1.2))
            else:
                _wait_for(lambda outs=outputs: all(_confirmed(o) for o in outs), timeout=30)
            for writer in chance.sample(writers, len(writers)):
                time.sleep(chance.uniform(0, 0.4))
                writer.send_signal(signal.SIGKILL)
        finally:
            for writer in writers:
                writer.kill()
                writer.wait()
        assert all(writer.returncode == -signal.SIGKILL for writer in writers)
        for n, out in enumerate(outputs):
            for entry_id, count in _confirmed(out).items():
                expected[entry_id] = f"r{round_}w{n} {count} 客户 😡"

    assert len(expected) > 50, f"too few writes to mean anything (seed {seed})"
    connection = sqlite3.connect(home.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        notes = dict(connection.execute("SELECT id, note FROM mood_entry").fetchall())
        emotions = dict(
            connection.execute("SELECT entry_id, count(*) FROM mood_emotion GROUP BY 1").fetchall()
        )
    finally:
        connection.close()
    missing = [entry_id for entry_id in expected if str(entry_id) not in notes]
    assert missing == [], f"{len(missing)} confirmed entries lost (seed {seed})"
    assert all(notes[str(entry_id)] == note for entry_id, note in expected.items())
    for entry_id, note in expected.items():
        count = int(note.split()[1])
        assert emotions[str(entry_id)] == (2 if count % 2 else 1)

    # Companion itself opens the store as it is: nothing moved aside, every entry readable.
    store, report = open_store(home, FixedClock(datetime.now(UTC)))
    try:
        assert report.moved_aside is None and report.problem == ""
        assert store.count_moods() == len(notes) >= len(expected)
        assert store.get_mood(next(iter(expected))) is not None
    finally:
        store.close()
