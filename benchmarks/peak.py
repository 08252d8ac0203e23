"""Run a command and read its peak resident memory, whatever the size of the process asking.

A child's `ru_maxrss` counts the memory of the process it was started from when that one
starts it with `vfork` (as Python's subprocess does): a large test run or benchmark would
hide the command's own figure under its own. So the command is started by a small Python
process with a plain `fork`, which reads the command's figure with `wait4` and prints it.

    python -m benchmarks.peak FD COMMAND ARGS...   # writes "<exit code> <peak KiB>" to FD
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Measured:
    code: int
    seconds: float
    peak_mb: float
    err: str


def measure(
    args: list[str], env: dict[str, str], stdout: Path | None = None, timeout: float = 600
) -> Measured:
    """Run `args` with `env` (stdout to the file `stdout`, or nowhere); its exit code, wall
    time, peak resident memory in MiB and what it wrote to stderr."""
    read, write = os.pipe()
    with (stdout or Path(os.devnull)).open("wb") as out:
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.peak", str(write), *args],
            env=env,
            stdout=out,
            stderr=subprocess.PIPE,
            pass_fds=(write,),
            cwd=Path(__file__).resolve().parent.parent,
            timeout=timeout,
            check=False,
        )
        seconds = time.perf_counter() - began
    os.close(write)
    with os.fdopen(read) as report:
        code, peak = report.read().split()
    return Measured(int(code), seconds, int(peak) / 1024, done.stderr.decode("utf-8", "replace"))


def main(args: list[str]) -> int:
    report, args = int(args[0]), args[1:]
    pid = os.fork()
    if pid == 0:
        os.close(report)
        try:
            os.execvp(args[0], args)
        finally:
            os._exit(127)
    _pid, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    os.write(report, f"{code} {usage.ru_maxrss}".encode())
    os.close(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
