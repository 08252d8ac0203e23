"""Desktop notifications without a tray: sent to a fake org.freedesktop.Notifications daemon
on a private session bus, which records each call and presses a notice's buttons."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.helpers.fake_dbus import (
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    ask_fake,
    fake_service,
    missing_dbus,
    private_bus,
    wait_recorded,
)

pytestmark = pytest.mark.skipif(bool(missing_dbus()), reason=missing_dbus() or "")


@pytest.fixture
def bus_address(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from companion.platform.notifications import forget_desktop_notifications
    from companion.platform.session_bus import forget_session_bus

    with private_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        forget_session_bus()
        forget_desktop_notifications()
        yield address
        forget_desktop_notifications()
        forget_session_bus()


def wait_until(qapp: QCoreApplication, done, timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(int(timeout * 1000))
    while not done():
        if deadline.hasExpired():
            return False
        qapp.processEvents()
    return True


def test_a_notice_with_buttons_reaches_the_daemon_and_a_press_comes_back(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path
) -> None:
    from companion.platform.notifications import desktop_notifications

    record = tmp_path / "notify.jsonl"
    with fake_service("notifications", bus_address, record):
        notifier = desktop_notifications()
        assert notifier is not None
        ids: list[int] = []
        pressed: list[tuple[int, str]] = []
        closed: list[tuple[int, int]] = []
        notifier.action_invoked.connect(lambda number, key: pressed.append((number, key)))
        notifier.closed.connect(lambda number, why: closed.append((number, why)))
        notifier.notify(
            "Micro-break soon",
            "Finish your sentence",
            actions=[("start", "Start now")],
            on_sent=ids.append,
        )
        assert wait_until(qapp, lambda: bool(ids))
        assert notifier.available is True
        calls = wait_recorded(record, 1)
        assert calls[0]["title"] == "Micro-break soon"
        assert calls[0]["actions"] == ["start", "Start now"]
        assert calls[0]["hints"]["desktop-entry"] == "companion"
        assert calls[0]["replaces"] == 0 and calls[0]["timeout"] == -1
        ask_fake(bus_address, NOTIFICATIONS, NOTIFICATIONS_PATH, "Invoke", "us", ids[0], "start")
        assert wait_until(qapp, lambda: bool(pressed) and bool(closed))
        assert pressed == [(ids[0], "start")]
        assert closed == [(ids[0], 2)]


def test_another_programs_notices_are_not_ours(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path
) -> None:
    from companion.platform.notifications import desktop_notifications

    record = tmp_path / "notify.jsonl"
    with fake_service("notifications", bus_address, record):
        notifier = desktop_notifications()
        assert notifier is not None
        pressed: list[tuple[int, str]] = []
        notifier.action_invoked.connect(lambda number, key: pressed.append((number, key)))
        ask_fake(bus_address, NOTIFICATIONS, NOTIFICATIONS_PATH, "Invoke", "us", 77, "start")
        for _ in range(50):
            qapp.processEvents()
        assert pressed == []


def test_no_daemon_is_noticed_and_said_in_the_log(
    qapp: QCoreApplication, bus_address: str, caplog: pytest.LogCaptureFixture
) -> None:
    from companion.platform.notifications import desktop_notifications

    notifier = desktop_notifications()
    assert notifier is not None
    assert wait_until(qapp, lambda: notifier.available is not None)
    assert notifier.available is False
    notifier.notify("Saved", "Your mood was saved")
    assert wait_until(qapp, lambda: "desktop notification not shown" in caplog.text)


def test_no_session_bus_means_no_notifier(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from companion.platform.notifications import desktop_notifications, forget_desktop_notifications
    from companion.platform.session_bus import forget_session_bus

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/nothing")
    forget_session_bus()
    forget_desktop_notifications()
    assert desktop_notifications() is None
    forget_desktop_notifications()
    forget_session_bus()
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"].endswith("nothing")
