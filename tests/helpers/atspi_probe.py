"""Read Qt's accessibility tree as a screen reader does: run by Debian's own /usr/bin/python3
(with python3-pyatspi), never by the venv. Prints one JSON document on stdout.

    atspi_probe.py tree PID               the app's windows, every object below them
    atspi_probe.py listen PID SECONDS     prints "ready", then the events for SECONDS
    atspi_probe.py tabs PID PRESSES       presses Tab (xdotool) and reports each focused object

Each object is {"role", "name", "description", "states", "value", "depth", "text"}; each event
{"type", "role", "name", "detail1", "data"}. Standard library and pyatspi only."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

LISTENED = (
    "object:state-changed:focused",
    "object:state-changed:checked",
    "object:property-change:accessible-value",
    "object:property-change:accessible-name",
    "object:text-changed",
    "object:announcement",
    "window:activate",
)


def find_app(pid: int, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.2)
    raise SystemExit(f"no accessible application with process id {pid}")


def value_of(node) -> float | None:
    try:
        return float(node.queryValue().currentValue)
    except Exception:  # no such interface on this object
        return None


def text_of(node) -> str | None:
    try:
        text = node.queryText()
        return text.getText(0, min(text.characterCount, 200))
    except Exception:  # no such interface on this object
        return None


def describe(node, depth: int = 0) -> dict:
    states = node.getState().getStates()
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": sorted(pyatspi.stateToString(state) for state in states),
        "value": value_of(node),
        "text": text_of(node),
        "depth": depth,
    }


def walk(node, depth: int, out: list[dict]) -> None:
    if node is None:
        return
    out.append(describe(node, depth))
    for child in node:
        walk(child, depth + 1, out)


def tree(pid: int) -> list[dict]:
    app = find_app(pid)
    windows = []
    for window in app:
        if window is None:
            continue
        objects: list[dict] = []
        walk(window, 0, objects)
        windows.append({"role": window.getRoleName(), "name": window.name, "objects": objects})
    return windows


def event_record(event) -> dict:
    source = event.source
    try:
        role, name = source.getRoleName(), source.name or ""
    except Exception:
        role, name = "", ""
    data = event.any_data
    return {
        "type": str(event.type),
        "role": role,
        "name": name,
        "detail1": event.detail1,
        "data": data if isinstance(data, (str, int, float)) else None,
        "value": value_of(source) if "accessible-value" in str(event.type) else None,
        "at": time.monotonic(),
    }


def collect(
    pid: int, seconds: float, types: tuple[str, ...], tick=None, tick_ms: int = 0
) -> list[dict]:
    """The events of `types` the app `pid` sends within `seconds`; `tick` runs every `tick_ms`
    (while it returns True)."""
    events: list[dict] = []

    def heard(event) -> None:
        try:
            if event.host_application.get_process_id() != pid:
                return
        except Exception:
            return
        events.append(event_record(event))

    pyatspi.Registry.registerEventListener(heard, *types)
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    if tick is not None:
        GLib.timeout_add(tick_ms, tick)
    print("ready", flush=True)
    loop.run()
    pyatspi.Registry.deregisterEventListener(heard, *types)
    return events


def listen(pid: int, seconds: float) -> list[dict]:
    find_app(pid)
    return collect(pid, seconds, LISTENED)


def tabs(pid: int, presses: int) -> list[dict]:
    """Press Tab `presses` times, 300 ms apart; after each, the last object that gained the
    focus before the next press ({"role": "", "name": ""} when none did)."""
    find_app(pid)
    marks: list[float] = []

    def press() -> bool:
        if len(marks) >= presses:
            return False
        marks.append(time.monotonic())
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        return True

    events = collect(pid, presses * 0.3 + 0.8, ("object:state-changed:focused",), press, 300)
    gained = [event for event in events if event["detail1"] == 1]
    walked = []
    for index, mark in enumerate(marks):
        end = marks[index + 1] if index + 1 < len(marks) else float("inf")
        between = [event for event in gained if mark <= event["at"] < end]
        last = between[-1] if between else {"role": "", "name": ""}
        walked.append({"role": last["role"], "name": last["name"]})
    return walked


def main(argv: list[str]) -> int:
    command, pid = argv[1], int(argv[2])
    if command == "tree":
        result: object = tree(pid)
    elif command == "listen":
        result = listen(pid, float(argv[3]))
    elif command == "tabs":
        result = tabs(pid, int(argv[3]))
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
