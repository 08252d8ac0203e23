"""Screenshots of the break on Wayland: sway and mutter, one and two screens, micro and long,
English and Chinese, into docs/screenshots/wayland/.

    python3 scripts/wayland_screenshots.py [--only sway|mutter]

Each break is the app's own BreakWindow after its notice (tests/helpers/break_probe.py), in a
real headless session (tests/helpers/wayland_session.py: sway 1.7 or mutter 43, 1280×800
outputs side by side). sway's pictures are `grim`'s, of every output: what the compositor
shows (sway draws nothing under a full-screen window, so the dim there is over black). mutter
offers other clients no screenshot: its pictures are the app's windows as Qt draws them
(QWidget.grab), per screen, over a plain stand-in desktop, side by side. One screen: the
default, no dimming (the work is lightly veiled around the panel); two screens: `dim_screen`
on, the other screen dimmed by its own cover. `sway-…-clicked-away-…`: the agent focused
another window; the panel says how to come back. Needs root (the compositor runs as an
unprivileged user) and the Debian packages sway, grim, mutter, dbus.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.wayland_session import (  # noqa: E402
    WaylandSession,
    skip_reason,
    wayland_session,
)

OUT = ROOT / "docs" / "screenshots" / "wayland"
LANGUAGES = ("en", "zh_CN")
KINDS = ("micro", "long")


def _probe(
    session: WaylandSession, args: list[str], hold: Path, after: Path | None = None
) -> tuple[subprocess.Popen, dict]:
    command = [sys.executable, "-m", "tests.helpers.break_probe", "--notice", "--hold", str(hold)]
    if after is not None:
        command += ["--after", str(after)]
    process = session.popen(
        [*command, *args],
        env={"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    for line in process.stdout:
        if line.startswith("BREAK "):
            return process, json.loads(line[len("BREAK ") :])
    raise SystemExit(f"the break did not show: {session.log()[-2000:]}")


def _wait_line(process: subprocess.Popen, prefix: str) -> dict:
    for line in process.stdout:
        if line.startswith(prefix):
            return json.loads(line[len(prefix) :])
    raise SystemExit(f"no {prefix.strip()} line")


def _side_by_side(paths: list[str], target: Path) -> None:
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication(["compose", "-platform", "offscreen"])
    images = [QImage(path) for path in paths]
    width = sum(image.width() for image in images)
    height = max(image.height() for image in images)
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(canvas)
    x = 0
    for image in images:
        painter.drawImage(x, 0, image)
        x += image.width()
    painter.end()
    canvas.save(str(target))


def _settled_shot(session: WaylandSession, target: Path, output: str, report: dict) -> None:
    """grim's picture once the break is drawn whole: on a busy machine with software
    rendering sway can take seconds (the corner of the break's screen is then the dim, or the
    long break's background, not the window under it; each other screen's is dimmed)."""
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication(["shot", "-platform", "offscreen"])
    left = report["screens"][report["screen"]][0]
    deadline = time.monotonic() + 15
    while True:
        time.sleep(1.0)
        session.screenshot(target)
        image = QImage(str(target))
        corner = image.pixelColor(left + 8, 8).lightness()
        drawn = corner < 40 if "micro" in target.name else corner > 200
        for cover in report["covers"]:  # each other screen dimmed by its own cover
            drawn = drawn and image.pixelColor(cover["geometry"][0] + 8, 8).lightness() < 40
        if drawn or time.monotonic() > deadline:
            return


def _close(process: subprocess.Popen) -> None:
    process.wait(30)
    process.stdout.close()


def shoot(compositor: str, outputs: int) -> list[Path]:
    made = []
    dim = "on" if outputs > 1 else "off"
    screens = "1-screen" if outputs == 1 else "2-screens-dimmed"
    with wayland_session(compositor, outputs=outputs) as session:
        if compositor == "sway" and outputs > 1:
            session.swaymsg("focus", "output", f"HEADLESS-{outputs}")  # the agent's screen
        for language in LANGUAGES:
            for kind in KINDS:
                name = f"{compositor}-{screens}-{kind}-{language}.png"
                hold = session.home / f"hold-{name}"
                args = ["--kind", kind, "--dim", dim, "--language", language]
                if compositor == "mutter":
                    grabs = session.home / f"grab-{name}"
                    process, report = _probe(session, [*args, "--grab", str(grabs)], hold)
                    _side_by_side(report["grabs"], OUT / name)
                else:
                    process, report = _probe(session, args, hold)
                    _settled_shot(session, OUT / name, f"HEADLESS-{outputs}", report)
                hold.write_text("done", encoding="utf-8")
                _close(process)
                print(name, "break on", report["screen"], "fullscreen", report["fullscreen"])
                made.append(OUT / name)
            if compositor == "sway" and outputs == 1:
                name = f"sway-1-screen-clicked-away-{language}.png"
                hold, after = session.home / f"hold-{name}", session.home / f"after-{name}"
                process, _report = _probe(
                    session, ["--kind", "micro", "--dim", dim, "--language", language], hold, after
                )
                session.swaymsg('[title="^CRM"]', "focus")
                after.write_text("now", encoding="utf-8")
                away = _wait_line(process, "AFTER ")
                time.sleep(1.5)  # sway tiles the break beside the CRM: let both draw
                session.screenshot(OUT / name)
                hold.write_text("done", encoding="utf-8")
                _close(process)
                print(name, "come back shown:", away["come_back"])
                made.append(OUT / name)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("sway", "mutter"))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for compositor in ("sway", "mutter"):
        if args.only and compositor != args.only:
            continue
        reason = skip_reason(compositor, ("grim",) if compositor == "sway" else ())
        if reason is not None:
            print(f"{compositor}: skipped: {reason}")
            continue
        for outputs in (1, 2):
            shoot(compositor, outputs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
