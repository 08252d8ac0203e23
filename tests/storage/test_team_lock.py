"""`team sync` and `team withdraw` take turns: the lock is held across processes, a second
taker waits, then gives up with one line; a process that dies lets it go."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from companion.storage.team_lock import TeamBusy, team_lock

TAKE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from companion.storage.team_lock import TeamBusy, team_lock
    try:
        with team_lock(Path(sys.argv[1]), wait=float(sys.argv[2])):
            print("taken")
    except TeamBusy as error:
        print(f"busy: {error}")
    """
)


def take_elsewhere(path, wait: float) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TAKE, str(path), str(wait)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_a_second_process_waits_then_gives_up_in_one_line(tmp_path):
    lock = tmp_path / "team.lock"
    with team_lock(lock):
        said = take_elsewhere(lock, 0.3)
    assert said.startswith("busy: another 'companion team' command is sending or withdrawing")
    assert take_elsewhere(lock, 0.3) == "taken"  # let go when the holder is done


def test_a_holder_that_dies_lets_the_lock_go(tmp_path):
    lock = tmp_path / "team.lock"
    holding = TAKE.replace('print("taken")', 'print("taken", flush=True); input()')
    holder = subprocess.Popen(
        [sys.executable, "-c", holding, str(lock), "5"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "taken"
    with pytest.raises(TeamBusy), team_lock(lock, wait=0.2):
        pass
    holder.kill()
    holder.wait(timeout=10)
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()
    with team_lock(lock, wait=2):
        pass
