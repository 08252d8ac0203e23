"""A private X screen for tests and screenshot scripts: Xvfb (it picks a free display number
itself), optionally with openbox and trayer as window manager and tray host. Standard library
only, so the scripts in scripts/ can use it too."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

TRAYER = ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request"]


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def x_screen(
    size: str = "1366x768", *options: str, window_manager: bool = True, tray: bool = True
) -> Iterator[str]:
    """The display name (":N") of a new Xvfb screen of `size`, stopped afterwards; `options`
    go to Xvfb (for example "-extension", "MIT-SCREEN-SAVER")."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp",
         *options],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number.isdigit():
        stop(xvfb)
        raise AssertionError(f"Xvfb did not start (exit status {xvfb.returncode})")
    display = f":{number}"
    env = {**os.environ, "DISPLAY": display}
    commands = [["openbox"]] if window_manager else []
    commands += [TRAYER] if tray else []
    helpers = [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for command in commands
    ]
    if helpers:
        time.sleep(1.0)
    try:
        yield display
    finally:
        for process in (*helpers, xvfb):
            stop(process)
