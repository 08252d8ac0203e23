"""A private X screen for tests and screenshot scripts: Xvfb (it picks a free display number
itself), optionally with openbox and trayer as window manager and tray host, and the screenshot
scripts' two steps (let Qt run, shoot the screen). Standard library only at import (Qt is imported
where it is used), so the scripts in scripts/ can use it too."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


def missing_tools(tools: tuple[str, ...]) -> bool:
    """Say which of `tools` a screenshot script lacks; True when any is missing."""
    import shutil

    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        print(f"needs {', '.join(missing)}: python3 scripts/dev.py test installs them")
    return bool(missing)


def shoot_in_children(
    script: str,
    out: str,
    sizes: str,
    languages: str,
    themes: str,
    extra: tuple[str, ...] = (),
    *,
    tray: bool = True,
    cwd: str | None = None,
) -> int:
    """Run `script --child` once per size (each on an X screen of its own, with openbox and,
    with `tray`, trayer), language and theme, with `--out OUT/SIZE --languages L --themes T`
    and `extra`; the number of children that failed."""
    import sys
    from pathlib import Path

    failed = 0
    for size in sizes.split(","):
        folder = Path(out) / size
        folder.mkdir(parents=True, exist_ok=True)
        with x_screen(size, tray=tray) as display:
            for language in languages.split(","):
                for theme in themes.split(","):
                    command = [sys.executable, script, "--child", "--out", str(folder),
                               "--languages", language, "--themes", theme, *extra]  # fmt: skip
                    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
                    env.pop("COMPANION_HOME", None)
                    done = subprocess.run(command, env=env, cwd=cwd, timeout=600, check=False)
                    failed += done.returncode != 0
    print(f"saved to {out}")
    return failed


def wait_events(ms: int) -> None:
    """Let Qt run for `ms` milliseconds (windows shown, laid out, painted)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot_screen(path: Path, *, depth8: bool = False) -> None:
    """The whole X screen into `path` (ImageMagick's `import`; 8 bits a channel when asked:
    smaller files), and its name said."""
    command = ["import", "-window", "root", *(["-depth", "8"] if depth8 else []), str(path)]
    subprocess.run(command, check=True)
    print(f"  {path.parent.name}/{path.name}")
