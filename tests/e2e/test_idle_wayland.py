"""Idle time on real Wayland compositors (tests/helpers/wayland_session.py): headless mutter 43
(GNOME), sway 1.7 (wlroots) and KWin 5.27 (KDE Plasma), each run as an unprivileged user on a
private session bus.

- mutter: the probe reads `GetIdletime` and arms a user-active watch; the idle time grows while
  nothing happens, and the watch fires when mutter's idle time is reset (`ResetIdletime`, what
  input does in mutter: headless mutter has no input device to type on).
- sway: the probe's swayidle child says "idle" after a second; keys typed with wtype (the
  virtual-keyboard protocol) bring the idle time back to 0.
- KWin: its org.freedesktop.ScreenSaver refuses GetSessionIdleTime on Wayland, so the idle
  protocol (swayidle) tells the idle time; it grows while nothing happens.
- The real app on each picks the desktop's source; on sway its swayidle child is started again
  when it dies, and goes when the app quits, and when the app is killed outright.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers.wayland_session import WaylandSession, require, wayland_session

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.wayland]

PROBE_PRELUDE = """
import json, subprocess, sys
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from companion.platform.idle import make_idle_probe

app = QCoreApplication([])

def spin(seconds):
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()

probe = make_idle_probe()
seen = {"source": probe.source, "reason": probe.unavailable_reason,
        "desktop": getattr(probe, "desktop", "")}
"""

MUTTER_PROBE = (
    PROBE_PRELUDE
    + """
seen["first"] = probe.idle_seconds()
spin(1.5)
seen["later"] = probe.idle_seconds()
seen["armed"] = probe._watch is not None
subprocess.run(
    ["dbus-send", "--session", "--print-reply", "--dest=org.gnome.Mutter.IdleMonitor",
     "/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor.ResetIdletime"],
    check=True, capture_output=True,
)
spin(0.3)
seen["fired"] = probe._watch is None
seen["after_reset"] = probe.idle_seconds()
probe.close()
print(json.dumps(seen))
"""
)

SWAY_PROBE = (
    PROBE_PRELUDE
    + """
seen["pid"] = probe.pid()
spin(2.5)
seen["away"] = probe.idle_seconds()
subprocess.run(["wtype", "hi"], check=True)
spin(0.5)
seen["typed"] = probe.idle_seconds()
probe.close()
print(json.dumps(seen))
"""
)


def run_probe(session: WaylandSession, code: str) -> dict:
    result = session.python(code, timeout=60)
    assert result.returncode == 0, result.stderr + session.log()[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


GLOBALS = (
    "import json, os\n"
    "from companion.platform.wayland_globals import read_globals\n"
    "print(json.dumps(read_globals(os.environ)))\n"
)


@pytest.mark.parametrize(
    ("compositor", "idle_protocol"), [("sway", True), ("mutter", False), ("kwin", True)]
)
def test_whether_the_compositor_has_an_idle_protocol_is_read(compositor, idle_protocol):
    require(compositor)
    with wayland_session(compositor) as session:
        result = session.python(GLOBALS)
    offered = json.loads(result.stdout)
    assert "wl_seat" in offered, result.stderr
    has = "org_kde_kwin_idle" in offered or "ext_idle_notifier_v1" in offered
    assert has == idle_protocol


def test_mutter_idle_time_grows_and_its_watch_fires():
    require("mutter")
    with wayland_session("mutter") as session:
        seen = run_probe(session, MUTTER_PROBE)
    assert (seen["source"], seen["reason"]) == ("mutter", None)
    assert seen["later"] >= seen["first"] + 1.4
    assert seen["armed"]  # the growth came from the watch, not from asking again
    assert seen["fired"]
    assert seen["after_reset"] < 0.5


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_sway_idle_time_grows_and_typing_resets_it():
    require("sway")
    with wayland_session("sway") as session:
        seen = run_probe(session, SWAY_PROBE)
    assert (seen["source"], seen["reason"], seen["desktop"]) == ("wayland_idle", None, "sway")
    assert seen["away"] >= 2.0
    assert seen["typed"] == 0.0
    assert not alive(seen["pid"])  # closed with the probe


KWIN_PROBE = (
    PROBE_PRELUDE
    + """
seen["screensaver"] = subprocess.run(
    ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.ScreenSaver",
     "/ScreenSaver", "org.freedesktop.ScreenSaver.GetSessionIdleTime"],
    capture_output=True, text=True,
).stdout + ""
spin(2.5)
seen["away"] = probe.idle_seconds()
probe.close()
print(json.dumps(seen))
"""
)


def test_kwin_on_wayland_tells_idle_time_through_its_idle_protocol():
    # KWin 5.27 serves org.freedesktop.ScreenSaver, but on Wayland it answers GetSessionIdleTime
    # with "not supported": the probe goes on to the idle protocol (ext-idle-notify-v1). KWin
    # has no virtual-keyboard protocol for wtype, so only the growing idle time is checked.
    require("kwin", extra=("swayidle",))
    with wayland_session("kwin") as session:
        seen = run_probe(session, KWIN_PROBE)
    assert (seen["source"], seen["reason"], seen["desktop"]) == ("wayland_idle", None, "KDE")
    assert "uint32" not in seen["screensaver"]
    assert seen["away"] >= 2.0


def children(pid: int) -> list[int]:
    result = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(line) for line in result.stdout.split()]


def wait_for(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def app_log(home: Path) -> str:
    path = home / "logs" / "companion.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.parametrize(
    ("compositor", "line"),
    [
        ("mutter", "idle detection: GNOME Mutter IdleMonitor"),
        ("sway", "idle detection: Wayland idle protocol (swayidle)"),
        ("kwin", "idle detection: Wayland idle protocol (swayidle)"),
    ],
)
def test_the_app_uses_the_desktops_idle_source(compositor, line):
    require(compositor)
    with wayland_session(compositor) as session:
        home = session.home / "companion"
        app = session.companion(
            "--no-welcome",
            env={"COMPANION_HOME": str(home), "LANG": "C.UTF-8"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert wait_for(lambda: line in app_log(home) or app.poll() is not None), app_log(home)
        assert line in app_log(home), app_log(home)
        if compositor == "sway":
            # The swayidle child (under setpriv) is started again when it dies...
            assert wait_for(lambda: bool(children(app.pid)))
            first = children(app.pid)[0]
            os.kill(first, signal.SIGKILL)
            assert wait_for(lambda: children(app.pid) not in ([], [first]), 10)
            child = children(app.pid)[0]
            assert "swayidle ended" in app_log(home)
            # ...goes with a normal quit...
            session.stop_process(app, timeout=15)
            assert wait_for(lambda: not alive(child), 5)
            # ...and with the app killed outright (the kernel's parent-death signal).
            app = session.companion(
                "--no-welcome",
                env={"COMPANION_HOME": str(home), "LANG": "C.UTF-8"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            assert wait_for(lambda: bool(children(app.pid)))
            child = children(app.pid)[0]
            os.kill(app.pid, signal.SIGKILL)
            app.wait()
            assert wait_for(lambda: not alive(child), 5)
        session.stop_process(app, timeout=15)
        assert "Traceback" not in app_log(home)
