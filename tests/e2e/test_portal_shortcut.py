"""The real `companion` process in a Wayland session asks the desktop portal for the quick
log's shortcut (a fake GlobalShortcuts portal on a private session bus: Debian 12's portal 1.16
has none), and the desktop's Activated signal opens the quick log. The app runs on Xvfb with
XDG_SESSION_TYPE=wayland, as under XWayland, where X11 grabs do not reach other programs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.e2e.conftest import base_env, need_tools, read_log, wait_for_log
from tests.helpers.fake_dbus import (
    PORTAL,
    PORTAL_PATH,
    ask_fake,
    fake_service,
    private_bus,
    recorded,
)

pytestmark = pytest.mark.e2e


def test_the_portal_binds_the_quick_log_and_its_keys_open_it(
    start_app, bare_x_display: str, tmp_path: Path
) -> None:
    need_tools("dbus-daemon")
    record = tmp_path / "portal.jsonl"
    with private_bus() as address, fake_service("portal", address, record):
        env = base_env(
            tmp_path / "home",
            QT_QPA_PLATFORM="xcb",
            DISPLAY=bare_x_display,
            DBUS_SESSION_BUS_ADDRESS=address,
            XDG_SESSION_TYPE="wayland",
            WAYLAND_DISPLAY="wayland-companion-test",
        )
        running = start_app(env, "--lang", "en")
        wait_for_log(
            running.home, r"global shortcut bound by the desktop: Ctrl\+ALT\+m", running.process
        )
        [register, create, bind] = recorded(record)[:3]
        assert register == {"call": "Register", "app_id": "companion"}
        assert create["call"] == "CreateSession" and bind["call"] == "BindShortcuts"
        assert bind["shortcuts"] == [
            ["quick-log", {"description": "Log how you feel", "preferred_trigger": "CTRL+ALT+m"}]
        ]
        # the breaks' keys are not asked of the portal: only the quick log's
        assert "global shortcut Ctrl+Alt+B not available (X11 XGrabKey): wayland" in read_log(
            running.home
        )
        time.sleep(0.2)
        ask_fake(address, PORTAL, PORTAL_PATH, "Press", "s", "quick-log")
        wait_for_log(running.home, "quick log brought forward by its shortcut", running.process)
        assert running.stop() == 0
