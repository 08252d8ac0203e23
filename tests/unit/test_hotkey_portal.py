"""The quick log's shortcut through the GlobalShortcuts portal (Wayland), against a fake
portal on a private session bus: Debian 12's portal 1.16 has no GlobalShortcuts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDeadlineTimer

from companion.domain.key_sequence import parse_key_sequence
from companion.platform.hotkey.base import CONFIRMING, PORTAL_NAME, REFUSED, WAYLAND
from companion.platform.hotkey.portal import portal_trigger
from tests.helpers.fake_dbus import (
    PORTAL,
    PORTAL_PATH,
    ask_fake,
    fake_service,
    missing_dbus,
    private_bus,
    wait_recorded,
)

pytestmark = pytest.mark.skipif(bool(missing_dbus()), reason=missing_dbus() or "")

WAYLAND_ENV = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-1"}


@pytest.fixture
def bus_address(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from companion.platform.session_bus import forget_session_bus

    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)  # put back afterwards
    with private_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        forget_session_bus()
        yield address
        forget_session_bus()


def wait_until(qapp: QCoreApplication, done: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = QDeadlineTimer(int(timeout * 1000))
    while not done():
        if deadline.hasExpired():
            return False
        qapp.processEvents()
    return True


def heard_by_now(qapp: QCoreApplication) -> None:
    """Every signal the portal sent before now has reached the app: a round trip on the app's
    own connection (the bus delivers to one connection in order, and the fake sent its signal
    before it answered `ask_fake`)."""
    from companion.platform.session_bus import open_session_bus

    bus = open_session_bus()
    assert bus is not None
    answered: list[bool] = []
    bus.has_owner(PORTAL, answered.append)
    assert wait_until(qapp, lambda: bool(answered))


def quick_log_shortcut():  # type: ignore[no-untyped-def]
    from companion.platform.hotkey import GlobalShortcut
    from companion.platform.hotkey.choice import make_platform_backend

    return GlobalShortcut(
        lambda activate: make_platform_backend(
            activate,
            environ=WAYLAND_ENV,
            platform="linux",
            qt_platform="wayland",
            portal="Log how you feel",
        )
    )


def test_triggers_are_written_as_the_shortcuts_specification_says() -> None:
    def trigger(text: str) -> str:
        combo = parse_key_sequence(text)
        assert combo is not None
        return portal_trigger(combo)

    assert trigger("Ctrl+Alt+M") == "CTRL+ALT+m"
    assert trigger("Meta+Shift+PgDown") == "SHIFT+LOGO+Page_Down"
    assert trigger("Ctrl+F7") == "CTRL+F7"


def test_the_desktop_binds_the_keys_and_pressing_them_opens_the_log(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path
) -> None:
    record = tmp_path / "portal.jsonl"
    with fake_service("portal", bus_address, record):
        shortcut = quick_log_shortcut()
        pressed: list[bool] = []
        shortcut.activated.connect(lambda: pressed.append(True))
        assert shortcut.set_sequence("Ctrl+Alt+M") == CONFIRMING
        assert shortcut.name == PORTAL_NAME
        assert wait_until(qapp, lambda: shortcut.status is None)
        assert shortcut.bound == "Ctrl+ALT+m"  # the desktop's own words, as it said them
        calls = wait_recorded(record, 3)
        assert [call["call"] for call in calls] == ["Register", "CreateSession", "BindShortcuts"]
        assert calls[0]["app_id"] == "companion"  # the desktop entry the dialog names
        [(shortcut_id, properties)] = calls[2]["shortcuts"]
        assert shortcut_id == "quick-log"
        assert properties == {"description": "Log how you feel", "preferred_trigger": "CTRL+ALT+m"}
        ask_fake(bus_address, PORTAL, PORTAL_PATH, "Press", "s", "quick-log")
        assert wait_until(qapp, lambda: bool(pressed))
        assert os.environ["XDG_ACTIVATION_TOKEN"] == "portal-token"  # for Qt's next activation
        # the settings window records keys: let go, and taken again without a second dialog
        shortcut.set_sequence("")
        ask_fake(bus_address, PORTAL, PORTAL_PATH, "Press", "s", "quick-log")
        heard_by_now(qapp)  # that press reached the app while the keys were let go
        assert len(pressed) == 1
        assert shortcut.set_sequence("Ctrl+Alt+M") is None
        assert len(wait_recorded(record, 4, timeout=0.5)) == 3
        ask_fake(bus_address, PORTAL, PORTAL_PATH, "Press", "s", "quick-log")
        assert wait_until(qapp, lambda: len(pressed) == 2)
        # other keys: a new session, and the desktop asks again
        assert shortcut.set_sequence("Ctrl+Alt+K") == CONFIRMING
        assert wait_until(qapp, lambda: shortcut.status is None)
        calls = wait_recorded(record, 6)
        assert [call["call"] for call in calls[3:]] == [
            "Register",
            "CreateSession",
            "BindShortcuts",
        ]
        assert calls[5]["shortcuts"][0][1]["preferred_trigger"] == "CTRL+ALT+k"
        shortcut.close()


def test_a_cancelled_dialog_says_so(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path
) -> None:
    with fake_service("portal", bus_address, tmp_path / "portal.jsonl", "--refuse"):
        shortcut = quick_log_shortcut()
        shortcut.set_sequence("Ctrl+Alt+M")
        assert wait_until(qapp, lambda: shortcut.status not in (CONFIRMING,))
        assert shortcut.status == REFUSED
        shortcut.close()


def test_without_a_portal_the_shortcut_is_not_available_on_wayland(
    qapp: QCoreApplication, bus_address: str
) -> None:
    shortcut = quick_log_shortcut()
    changed: list[bool] = []
    shortcut.status_changed.connect(lambda: changed.append(True))
    shortcut.set_sequence("Ctrl+Alt+M")
    assert wait_until(qapp, lambda: shortcut.status == WAYLAND)
    assert changed
    assert shortcut.set_sequence("Ctrl+Alt+K") == WAYLAND
    shortcut.close()
