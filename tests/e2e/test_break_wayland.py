"""A break that is a break on Wayland, on real headless compositors (sway 1.7 and mutter 43).

The app's own BreakWindow (tests/helpers/break_probe.py) after its notice, as the app shows
them: full screen (every compositor stacks that above normal windows) on the output the
compositor put the notice on, the panel drawn inside it, with the keyboard; with two outputs
the other one gets a full-screen dim cover and no second panel. sway is checked from the
outside (`swaymsg -t get_tree`: fullscreen_mode, focus, output; `grim`); mutter has no such
tool, so there the window's own state (Qt's fullscreen state and size come from the
compositor's configure events) is what is checked. Once the agent focuses another window
(sway), the panel says how to come back, and stops saying it once the break has the keyboard
again.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.wayland_session import WaylandSession, require, wayland_session

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.wayland]
ROOT = Path(__file__).resolve().parents[2]
BREAK_TITLES = ("Micro-break · Companion", "Long break · Companion")


class Probe:
    """The break shown inside `session`, held on screen until `release()`."""

    def __init__(self, session: WaylandSession, *args: str) -> None:
        self.session = session
        self.hold = session.home / f"hold-{time.monotonic_ns()}"
        self.after = session.home / f"after-{time.monotonic_ns()}"
        self.process = session.popen(
            [sys.executable, "-m", "tests.helpers.break_probe", "--notice",
             "--hold", str(self.hold), "--after", str(self.after), *args],
            env={"PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.report = self._read("BREAK ")

    def _read(self, prefix: str) -> dict[str, Any]:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(prefix):
                return json.loads(line[len(prefix) :])
        self.process.wait(10)
        stderr = self.process.stderr.read() if self.process.stderr else ""
        log = self.session.log()[-2000:]
        raise AssertionError(f"no {prefix.strip()} line: {stderr[-3000:]}{log}")

    def report_again(self) -> dict[str, Any]:
        self.after.write_text("now", encoding="utf-8")
        return self._read("AFTER ")

    def release(self) -> None:
        self.hold.write_text("now", encoding="utf-8")
        self.process.wait(20)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def probe() -> Iterator[list[Probe]]:
    made: list[Probe] = []
    yield made
    for each in made:
        if each.process.poll() is None:
            each.release()


def _windows(tree: dict[str, Any], output: str | None = None) -> Iterator[dict[str, Any]]:
    """Every window in sway's tree, with the output it is on."""
    if tree.get("type") == "output":
        output = tree.get("name")
    if tree.get("type") in ("con", "floating_con") and tree.get("pid"):
        yield {**tree, "output": output}
    for child in (*tree.get("nodes", ()), *tree.get("floating_nodes", ())):
        yield from _windows(child, output)


def _break_in(tree: dict[str, Any]) -> dict[str, Any]:
    found = [window for window in _windows(tree) if window.get("name") in BREAK_TITLES]
    assert len(found) == 1, [window.get("name") for window in _windows(tree)]
    return found[0]


@pytest.mark.parametrize("kind", ["micro", "long"])
def test_on_sway_the_break_is_full_screen_and_has_the_keyboard(
    kind: str, probe: list[Probe], tmp_path: Path
) -> None:
    require("sway")
    with wayland_session("sway", outputs=1) as session:
        shown = Probe(session, "--kind", kind, "--dim", "off")
        probe.append(shown)
        report = shown.report
        assert report["platform"] == "wayland" and report["covers_screen"]
        assert report["fullscreen"] and report["active"], json.dumps(report)
        assert report["geometry"] == report["screens"]["HEADLESS-1"]
        assert report["covers"] == [] and report["clipped"] == []
        window = _break_in(session.swaymsg("-t", "get_tree"))
        assert window["fullscreen_mode"] == 1 and window["focused"], window
        assert (window["rect"]["width"], window["rect"]["height"]) == (1280, 800)
        shot = session.screenshot(tmp_path / "break.png")
        assert shot.stat().st_size > 5000
        shown.release()


def test_on_sway_with_two_outputs_the_break_goes_to_the_focused_one_and_the_other_is_dimmed(
    probe: list[Probe], tmp_path: Path
) -> None:
    require("sway")
    with wayland_session("sway", outputs=2) as session:
        session.swaymsg("focus", "output", "HEADLESS-2")  # the agent works on the right
        shown = Probe(session, "--kind", "micro", "--dim", "on")
        probe.append(shown)
        report = shown.report
        assert report["notice_screen"] == "HEADLESS-2", report
        assert report["screen"] == "HEADLESS-2" and report["fullscreen"], report
        assert [cover["screen"] for cover in report["covers"]] == ["HEADLESS-1"]
        assert all(cover["fullscreen"] for cover in report["covers"])
        tree = session.swaymsg("-t", "get_tree")
        window = _break_in(tree)
        assert window["output"] == "HEADLESS-2"
        assert window["fullscreen_mode"] == 1 and window["focused"], window
        covers = [w for w in _windows(tree) if w.get("name") == "Companion"]
        assert [(c["output"], c["fullscreen_mode"], c["focused"]) for c in covers] == [
            ("HEADLESS-1", 1, False)
        ]
        # The picture: the panel whole, dimmed around it, the other screen dimmed. Polled: on
        # a busy machine with software rendering sway can take seconds to show it all.
        x, y = report["panel"][0], report["panel"][1]
        deadline = time.monotonic() + 15
        while True:
            shot = _image(session.screenshot(tmp_path / "two.png"))
            seen = (
                shot.pixelColor(1280 + x + 8, y + 8).lightness(),  # the panel
                shot.pixelColor(1280 + 8, 8).lightness(),  # around it
                shot.pixelColor(8, 8).lightness(),  # the other screen
            )
            if (seen[0] > 200 and seen[1] < 40 and seen[2] < 40) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert seen[0] > 200 and seen[1] < 40 and seen[2] < 40, seen
        shown.release()


def _image(path: Path) -> Any:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return image


def test_on_sway_once_the_agent_clicks_away_the_panel_says_how_to_come_back(
    probe: list[Probe],
) -> None:
    require("sway")
    with wayland_session("sway", outputs=2) as session:
        session.swaymsg("focus", "output", "HEADLESS-2")
        shown = Probe(session, "--kind", "micro", "--dim", "on", "--work-screen", "HEADLESS-1")
        probe.append(shown)
        assert shown.report["active"] and not shown.report["come_back"], shown.report
        session.swaymsg('[title="^CRM"]', "focus")  # the agent goes to the CRM
        away = shown.report_again()
        assert not away["active"] and away["come_back"], away
        session.swaymsg('[title="^Micro-break"]', "focus")  # and back (a click on it)
        back = shown.report_again()
        assert back["active"] and not back["come_back"], back
        assert back["fullscreen"], back  # sway had made it a tile; full screen again
        window = _break_in(session.swaymsg("-t", "get_tree"))
        assert window["fullscreen_mode"] == 1 and window["focused"], window
        shown.release()


@pytest.mark.parametrize("outputs", [1, 2])
def test_on_mutter_the_break_is_full_screen_and_the_other_monitor_dimmed(
    outputs: int, probe: list[Probe]
) -> None:
    require("mutter")
    with wayland_session("mutter", outputs=outputs) as session:
        shown = Probe(session, "--kind", "micro", "--dim", "on")
        probe.append(shown)
        report = shown.report
        assert report["platform"] == "wayland", report
        assert report["fullscreen"] and report["active"], json.dumps(report)
        # On the monitor mutter put the notice on, filling it.
        assert report["screen"] == report["notice_screen"]
        assert report["geometry"] == report["screens"][report["screen"]]
        others = sorted(set(report["screens"]) - {report["screen"]})
        assert [cover["screen"] for cover in report["covers"]] == others
        assert all(cover["fullscreen"] for cover in report["covers"])
        shown.release()
