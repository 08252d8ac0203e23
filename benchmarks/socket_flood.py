"""How long a normal request to the running app waits while another client of the same user
floods its instance socket (issue 29: under a second more than without the flood).

    .venv/bin/python -m benchmarks.socket_flood [--asks N] [--seconds S]

Starts the real app (offscreen) on a temporary home, then times a `call start` request sent
the way `companion call start` sends it (`companion.ipc.channel.ask`, so the figure is the
app's answer, not Python's start-up), N times, in three situations: nothing else going on; a
process writing requests on four connections as fast as they are taken and never reading an
answer; a process holding 1,500 connections that never finish a request. Beside each: the
whole `companion call start` command (process start to exit, three runs) and the most file
descriptors the app held. Linux only (the flooding client uses Unix sockets; /proc counts the
descriptors). Takes about a minute.

The tests (tests/e2e/test_socket_flood.py) check that the command is taken during each flood
and that the descriptors stay bounded; the figure lives here, where a busy machine cannot make
a test fail.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from companion.ipc.channel import ask, socket_name
from companion.ipc.protocol import Call

ROOT = Path(__file__).resolve().parent.parent


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "COMPANION_"))}
    env.pop("DISPLAY", None)
    return {**env, "COMPANION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


@contextmanager
def running_app(home: Path) -> Iterator[subprocess.Popen]:
    env = _env(home)
    log = home / "logs" / "companion.log"
    app = subprocess.Popen(
        [sys.executable, "-m", "companion", "--no-welcome"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while "store open" not in (log.read_text("utf-8") if log.exists() else ""):
            if time.monotonic() > deadline or app.poll() is not None:
                raise SystemExit("the app did not start")
            time.sleep(0.1)
        yield app
    finally:
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


@contextmanager
def flood(*args: str) -> Iterator[None]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.socket_flood", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "flooding":
        raise SystemExit("the flooding client did not start")
    time.sleep(1.5)  # every buffer on the way is full by now
    try:
        yield
    finally:
        if process.poll() is None:
            process.terminate()
        process.communicate(timeout=30)


class Descriptors:
    """The most file descriptors `pid` held while this watched (every 20 ms)."""

    def __init__(self, pid: int) -> None:
        self._folder = Path(f"/proc/{pid}/fd")
        self.most = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            try:
                self.most = max(self.most, sum(1 for _ in self._folder.iterdir()))
            except OSError:
                return

    def __enter__(self) -> Descriptors:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def answer_times(name: str, asks: int) -> list[float]:
    """Seconds from sending `call start` to its answer, `asks` times, 0.2 s apart; a request
    that got no answer counts as infinity."""
    times = []
    for _ in range(asks):
        started = time.monotonic()
        reply = ask(name, Call(True), 3.0)
        times.append(time.monotonic() - started if reply is not None and reply.ok else float("inf"))
        time.sleep(0.2)
    return times


def command_times(home: Path) -> list[float]:
    times = []
    for _ in range(3):
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "companion", "call", "start"],
            env=_env(home),
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        times.append(time.monotonic() - started if done.returncode == 0 else float("inf"))
    return times


def ms(seconds: float) -> str:
    return "no answer" if seconds == float("inf") else f"{seconds * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--asks", type=int, default=20, help="requests timed in each situation")
    parser.add_argument("--seconds", type=float, default=20, help="how long each flood lasts")
    args = parser.parse_args()
    if sys.platform != "linux":
        raise SystemExit("Linux only: the flooding client uses Unix sockets")
    rows = []
    with tempfile.TemporaryDirectory(prefix="companion-socket-") as folder:
        home = Path(folder) / "home"
        with running_app(home) as app:
            name = socket_name(home, _env(home))
            seconds = str(args.seconds)
            situations = [
                ("nothing else", None),
                ("4 connections writing requests, never reading", ("requests", name, seconds)),
                ("1,500 connections that never finish a request", ("slow", name, "1500", seconds)),
            ]
            for label, flooding in situations:
                with Descriptors(app.pid) as descriptors:
                    if flooding is None:
                        answers, commands = answer_times(name, args.asks), command_times(home)
                    else:
                        with flood(*flooding):
                            answers = answer_times(name, args.asks)
                            commands = command_times(home)
                rows.append((label, answers, commands, descriptors.most))
    base = statistics.median(rows[0][1])
    print(f"\nA `call start` request to the running app ({args.asks} each), {time.strftime('%F')}")
    print("| while | answered: median / slowest | slowest − median alone | "
          "`companion call start`, slowest of 3 | app's file descriptors, most |")  # fmt: skip
    print("| --- | --- | --- | --- | --- |")
    for label, answers, commands, most in rows:
        slowest = max(answers)
        delay = "" if slowest == float("inf") else f"{(slowest - base) * 1000:.0f} ms"
        print(
            f"| {label} | {ms(statistics.median(answers))} / {ms(slowest)} | {delay} | "
            f"{ms(max(commands))} | {most} |"
        )
    print("target: a flood delays the request by under 1 s; descriptors stay well under 1,024")


if __name__ == "__main__":
    main()
