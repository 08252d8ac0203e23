"""Screenshots of Companion under Wine, as a Windows user sees it: the Windows CPython of the test
harness runs the real app (Qt's Windows platform plugin, drawn by Wine) on an X screen with a
window manager and a tray host, and the quick log is opened with its global shortcut
(RegisterHotKey, pressed through SendInput).

    .venv/bin/python scripts/windows_screenshots.py [--out DIR] [--languages zh_CN,en]

Needs what the Windows leg of the tests needs (tests/windows/harness.py) plus Xvfb, openbox,
trayer and ImageMagick's `import`. Default DIR: docs/screenshots/windows.
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
from tests.windows.harness import prepare, run_windows, windows_path  # noqa: E402

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


def shoot(language: str, out: Path, size: str) -> list[Path]:
    wine = prepare()
    wine.start_server()
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
                shots = [capture(display, out / f"quick-log-{language}.png")]
                # The tray menu, opened as a user would: a right click on the icon, which
                # Wine's taskbar shows at the right end (the quick log closed first, by Esc)
                width, height = (int(part) for part in size.split("x"))
                xdotool(display, "key", "Escape")
                time.sleep(1)
                xdotool(display, "mousemove", str(width - 10), str(height - 10), "click", "3")
                time.sleep(2)
                shots.append(capture(display, out / f"tray-menu-{language}.png"))
                xdotool(display, "key", "Escape")
                return shots
            finally:
                app.terminate()
                app.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "windows")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages.split(","):
        for shot in shoot(language, args.out, args.size):
            print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
