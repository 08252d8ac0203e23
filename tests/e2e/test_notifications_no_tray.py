"""The real `companion` process on an X screen with no tray host: the break's notice reaches
the desktop's notification daemon (a fake org.freedesktop.Notifications on a private session
bus, the traffic read with dbus-monitor), and pressing its "Start now" starts the break.

The app runs on a clock 20 times faster (libfaketime), so the first micro-break falls due 15 s
in and its 2-minute notice lasts 6 s."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.e2e.conftest import base_env, need_tools, read_log
from tests.e2e.test_whole_shift import faketime_library
from tests.helpers.fake_dbus import (
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    ask_fake,
    fake_service,
    private_bus,
    recorded,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SETTINGS = """\
[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["00:00-24:00"]

[breaks]
micro_interval_minutes = 5
micro_seconds = 20
long_interval_minutes = 480
notice_seconds = 120
quiet_seconds = 3
"""


def stamp(log: str, words: str) -> float:
    """The time of the log's first line holding `words`, in seconds."""
    line = next(line for line in log.splitlines() if words in line)
    return datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()


def wait_for(what, timeout: float, why: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = what()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(why)


def test_the_break_notice_is_a_desktop_notification_and_its_start_starts_the_break(
    bare_x_display: str, tmp_path: Path
) -> None:
    need_tools("dbus-daemon", "dbus-monitor")
    library = faketime_library()
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    record = tmp_path / "notify.jsonl"
    monitored = tmp_path / "dbus-monitor.txt"
    with private_bus() as address, fake_service("notifications", address, record):
        with monitored.open("wb") as sink:
            monitor = subprocess.Popen(
                ["dbus-monitor", "--address", address, f"interface='{NOTIFICATIONS}'"],
                stdout=sink,
                stderr=subprocess.DEVNULL,
            )
        env = base_env(
            home,
            QT_QPA_PLATFORM="xcb",
            DISPLAY=bare_x_display,
            DBUS_SESSION_BUS_ADDRESS=address,
            TZ="Asia/Shanghai",
            LD_PRELOAD=str(library),
            FAKETIME="@2026-11-24 10:00:00 x20",
        )
        output = tmp_path / "output.txt"
        with output.open("wb") as sink:
            app = subprocess.Popen(
                [sys.executable, "-m", "companion", "--lang", "en", "--no-welcome"],
                env=env,
                stdout=sink,
                stderr=sink,
            )
        try:
            wait_for(
                lambda: "showing the stand-in window" in read_log(home),
                60,
                "the app did not show its stand-in window",
            )
            notice = wait_for(
                lambda: [
                    call
                    for call in recorded(record)
                    if call["call"] == "Notify" and "start" in call["actions"]
                ],
                60,
                f"no break notice reached the daemon; log:\n{read_log(home)[-3000:]}",
            )[0]
            assert notice["title"] == "Micro-break soon"
            assert notice["app"] == "Companion"
            assert notice["actions"][:2] == ["start", "Start now"]
            assert notice["actions"][2:] == ["postpone", "Postpone 5 min"]
            assert notice["hints"]["desktop-entry"] == "companion"
            # what went over the bus, as dbus-monitor saw it
            seen = wait_for(
                lambda: (
                    "Micro-break soon" in monitored.read_text(errors="replace")
                    and monitored.read_text(errors="replace")
                ),
                10,
                "dbus-monitor saw no Notify",
            )
            assert re.search(r"method call .*member=Notify", seen)
            assert '"Start now"' in seen
            assert "break shown" not in read_log(home)
            ask_fake(
                address, NOTIFICATIONS, NOTIFICATIONS_PATH, "Invoke", "us", notice["id"], "start"
            )
            wait_for(
                lambda: f"desktop notification {notice['id']}: start chosen" in read_log(home),
                10,
                "the app did not hear the Start action",
            )
            log = wait_for(
                lambda: "break shown: micro" in read_log(home) and read_log(home),
                10,
                f"the break did not start; log:\n{read_log(home)[-3000:]}",
            )
            assert log.index("start chosen") < log.index("break shown: micro")
            # at once, not when the notice's 2 minutes ran out (times on the app's clock)
            chosen = stamp(log, "start chosen")
            assert stamp(log, "break shown: micro") - chosen < 5
            assert chosen - stamp(log, "desktop notifications available") < 300
            assert "signal" in monitored.read_text(errors="replace")  # ActionInvoked, seen too
            assert "member=ActionInvoked" in monitored.read_text(errors="replace")
        finally:
            for process in (app, monitor):
                if process.poll() is None:
                    process.terminate()
                    try:
                        process.wait(timeout=15)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait()
