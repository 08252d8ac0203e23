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
    """`node` and what it holds; below an object not showing (another settings tab, say),
    nothing is read: nothing there can be seen or reached."""
    if node is None:
        return
    described = describe(node, depth)
    out.append(described)
    if depth > 0 and "showing" not in described["states"]:
        return
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
    """Press Tab `presses` times; after each, the object that gained the focus ({"role": "",
    "name": ""} when none did within a second). Each press waits for the last one's focus
    event, so a slow machine cannot mix them up."""
    find_app(pid)
    gained: list[dict] = []
    walked: list[dict] = []
    waiting = {"since": 0.0}
    loop = GLib.MainLoop()

    def heard(event) -> None:
        if event.detail1 != 1:
            return
        try:
            if event.host_application.get_process_id() != pid:
                return
        except Exception:  # the application went away
            return
        gained.append(event_record(event))

    def tick() -> bool:
        pressed = len(walked) + (1 if waiting["since"] else 0)
        if waiting["since"]:
            now = time.monotonic()
            if not gained and now - waiting["since"] < 1.0:
                return True
            if gained and now - gained[0]["at"] < 0.05:
                return True  # a focus change may send more than one event: take the last
            last = gained[-1] if gained else {"role": "", "name": ""}
            walked.append({"role": last["role"], "name": last["name"]})
            gained.clear()
            waiting["since"] = 0.0
            if pressed >= presses:
                loop.quit()
                return False
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        waiting["since"] = time.monotonic()
        return True

    pyatspi.Registry.registerEventListener(heard, "object:state-changed:focused")
    GLib.timeout_add(20, tick)
    GLib.timeout_add(int(presses * 1500 + 2000), loop.quit)  # a last resort
    loop.run()
    pyatspi.Registry.deregisterEventListener(heard, "object:state-changed:focused")
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
