"""Screenshots of Companion under Wine, as a Windows user sees it: the Windows CPython of the test
harness runs the real app (Qt's Windows platform plugin, drawn by Wine) on an X screen with a
window manager and a tray host, and the quick log is opened with its global shortcut
(RegisterHotKey, pressed through SendInput).

    .venv/bin/python scripts/windows_screenshots.py [--out DIR] [--languages zh_CN,en]
                                                    [--dpi 144]   (150 %; 192 for 200 %)

Needs what the Windows leg of the tests needs (tests/windows/harness.py) plus Xvfb, openbox,
trayer and ImageMagick's `import`. Default DIR: docs/screenshots/windows.

`--dpi` sets Wine's display scaling (`LogPixels`, what Windows' *Scale* setting writes) for the
run, on a screen large enough for it, names the files `…-<dpi>dpi.png` and puts 96 back after.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.x_screen import x_screen  # noqa: E402
from tests.windows.harness import (  # noqa: E402
    WineEnvironment,
    prepare,
    run_windows,
    windows_path,
)

PROBES = ROOT / "tests" / "windows" / "probes"


def wait_for(log: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.2)
    raise SystemExit(f"windows_screenshots: {text!r} not in {log} after {timeout} s")


def capture(display: str, target: Path) -> Path:
    command = ["/usr/bin/import", "-window", "root", str(target)]
    subprocess.run(command, env={"DISPLAY": display}, check=True)
    return target


def xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={"DISPLAY": display}, check=True)


DESKTOP_KEY = r"HKCU\Control Panel\Desktop"


def set_dpi(wine: WineEnvironment, dpi: int) -> None:
    """Wine's display scaling for programs started after this (96 = 100 %)."""
    added = wine.wine("reg", "add", DESKTOP_KEY, "/v", "LogPixels", "/t", "REG_DWORD",
                      "/d", str(dpi), "/f")  # fmt: skip
    if added.returncode != 0:
        raise SystemExit(added.stderr.decode("utf-8", "replace"))


def shoot(language: str, out: Path, size: str, dpi: int = 96) -> list[Path]:
    wine = prepare()
    wine.start_server()
    suffix = "" if dpi == 96 else f"-{dpi}dpi"
    set_dpi(wine, dpi)
    try:
        return _shoot(wine, language, out, size, suffix)
    finally:
        if dpi != 96:
            set_dpi(wine, 96)


def _shoot(wine: WineEnvironment, language: str, out: Path, size: str, suffix: str) -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="companion-wine-shot-") as folder:
        home = Path(folder) / "home"
        demo = wine.run("-m", "companion", "demo", "--home", windows_path(home), "--weeks", "4",
                        timeout=300)  # fmt: skip
        if demo.returncode != 0:
            raise SystemExit(demo.stderr.decode("utf-8", "replace"))
        with x_screen(size) as display:
            env = wine.env({"COMPANION_HOME": windows_path(home)}, display=display)
            app = subprocess.Popen(
                ["wine", "explorer", f"/desktop=shell,{size}", str(wine.python), "-m",
                 "companion", "--no-welcome", "--lang", language],
                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
            log = home / "logs" / "companion.log"
            try:
                wait_for(log, "global shortcut Ctrl+Alt+M for the quick log")
                time.sleep(2)
                sent = run_windows(
                    ["wine", "explorer", f"/desktop=shell,{size}", str(wine.python),
                     windows_path(PROBES / "send_input.py"), "key", "M", "ctrl", "alt"],
                    wine.env(display=display), 60,
                )  # fmt: skip
                if sent.returncode != 0:
                    raise SystemExit(sent.stderr.decode("utf-8", "replace"))
                wait_for(log, "quick log brought forward by its shortcut")
                time.sleep(3)
                shots = [capture(display, out / f"quick-log-{language}{suffix}.png")]
                # The tray menu, opened as a user would: a right click on the icon, which
                # Wine's taskbar shows at the right end (the quick log closed first, by Esc)
                width, height = (int(part) for part in size.split("x"))
                xdotool(display, "key", "Escape")
                time.sleep(1)
                xdotool(display, "mousemove", str(width - 10), str(height - 10), "click", "3")
                time.sleep(2)
                shots.append(capture(display, out / f"tray-menu-{language}{suffix}.png"))
                xdotool(display, "key", "Escape")
                return shots
            finally:
                app.terminate()
                app.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "windows")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--size", default=None, help="default 1366x768, larger with --dpi")
    parser.add_argument("--dpi", type=int, default=96, help="Wine's LogPixels: 144, 192")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    size = args.size or {96: "1366x768", 144: "2048x1152"}.get(args.dpi, "2732x1536")
    for language in args.languages.split(","):
        for shot in shoot(language, args.out, size, args.dpi):
            print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
