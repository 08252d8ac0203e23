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
    recorded,
    wait_recorded,
)

pytestmark = pytest.mark.skipif(bool(missing_dbus()), reason=missing_dbus() or "")


@pytest.fixture
def bus_address(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from companion.platform.notifications import forget_desktop_notifications
    from companion.platform.session_bus import forget_session_bus

    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)  # put back afterwards
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
        # the desktop's token for the person's click: Qt activates the break's window with it
        assert os.environ["XDG_ACTIVATION_TOKEN"] == f"token-{ids[0]}"


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


def test_without_a_tray_the_confirmations_and_messages_are_notifications(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path
) -> None:
    from companion.platform.notifications import desktop_notifications
    from companion.ui.notices import Notices

    record = tmp_path / "notify.jsonl"
    with fake_service("notifications", bus_address, record):
        notifier = desktop_notifications()
        assert notifier is not None
        assert wait_until(qapp, lambda: notifier.available is True)
        notices = Notices(lambda: None, lambda: notifier)
        notices.tray_message("Companion", "Your mood was saved.")
        notices.say_quietly("Companion closed unexpectedly", "It is running again.")
        calls = wait_recorded(record, 2)
        assert [(call["title"], call["body"], call["timeout"]) for call in calls] == [
            ("Companion", "Your mood was saved.", 4000),
            ("Companion closed unexpectedly", "It is running again.", 10000),
        ]
        assert notices.boxes == []  # no window instead


def test_a_click_on_a_reminder_opens_what_it_offers(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from companion.ui.tray import TrayMenu
    from companion.ui.tray_presence import TrayPresence

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    record = tmp_path / "notify.jsonl"
    with fake_service("notifications", bus_address, record):
        presence = TrayPresence(TrayMenu("en"))
        presence.show()
        try:
            assert presence.stand_in is not None
            assert "AppIndicator extension" in presence.stand_in.gnome_help.text()
            assert presence.stand_in.gnome_commands.text().startswith(
                "gnome-shell-extension-appindicator\n"
            )
            assert presence.stand_in.gnome_help.isVisibleTo(presence.stand_in)
            assert wait_until(qapp, lambda: presence.can_tell())
            opened: list[bool] = []
            presence.message_opened.connect(lambda: opened.append(True))
            presence.tell("How was today?", "Click here to note how you are.", 10000)
            [call] = wait_recorded(record, 1)
            assert call["actions"] == ["default", "Open"]
            assert wait_until(qapp, lambda: presence._told == call["id"])
            ask_fake(
                bus_address,
                NOTIFICATIONS,
                NOTIFICATIONS_PATH,
                "Invoke",
                "us",
                call["id"],
                "default",
            )
            assert wait_until(qapp, lambda: bool(opened))
        finally:
            if presence.tray_watch is not None:
                presence.tray_watch.timer.stop()
            if presence.stand_in is not None:
                presence.stand_in.deleteLater()


def test_the_stand_in_names_the_extension_on_gnome_only(qapp: QCoreApplication) -> None:
    from PySide6.QtGui import QIcon

    from companion.ui.tray import StandInWindow, TrayMenu
    from companion.ui.tray_presence import gnome_without_tray

    assert gnome_without_tray({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"})
    assert not gnome_without_tray({"XDG_CURRENT_DESKTOP": "KDE"})
    menu = TrayMenu("en")
    gnome = StandInWindow(QIcon(), menu, gnome=True)
    other = StandInWindow(QIcon(), menu)
    assert "(“AppIndicator and KStatusNotifierItem Support”)" in gnome.gnome_help.text()
    assert not other.gnome_help.isVisibleTo(other)
    assert not other.gnome_commands.isVisibleTo(other)
    gnome.deleteLater()
    other.deleteLater()


def test_the_break_notice_is_replaced_withdrawn_and_answered(
    qapp: QCoreApplication, bus_address: str, tmp_path: Path
) -> None:
    from companion.platform.notifications import desktop_notifications
    from companion.ui.desktop_notice import DesktopBreakNotice

    record = tmp_path / "notify.jsonl"
    with fake_service("notifications", bus_address, record):
        notifier = desktop_notifications()
        assert notifier is not None
        notice = DesktopBreakNotice(notifier)
        chosen: list[str] = []
        notice.start_now.connect(lambda: chosen.append("start"))
        notice.postpone.connect(lambda: chosen.append("postpone"))
        notice.show_notice("long", 5, "counting")
        assert wait_until(qapp, lambda: notice.shown != 0)
        first = notice.shown
        notice.show_notice("long", None, "waiting")  # postpones used up: no Postpone
        notices = [call for call in wait_recorded(record, 2) if call["call"] == "Notify"]
        assert notices[0]["title"] == "Long break soon"
        assert notices[0]["actions"] == ["start", "Start now", "postpone", "Postpone 5 min"]
        assert notices[0]["timeout"] == 0  # stays until answered or withdrawn
        assert notices[1]["title"] == "Long break when you pause"
        assert notices[1]["replaces"] == first and notices[1]["actions"] == ["start", "Start now"]
        notice.hide_notice()  # perhaps before the daemon answered the second
        assert wait_until(
            qapp, lambda: {"call": "CloseNotification", "id": first} in recorded(record)
        )
        notice.show_notice("micro", 3, "gentle")
        assert wait_until(qapp, lambda: notice.shown not in (0, first))
        notices = [call for call in recorded(record) if call["call"] == "Notify"]
        assert notices[2]["title"] == "Time for a micro-break" and notices[2]["replaces"] == 0
        ask_fake(
            bus_address, NOTIFICATIONS, NOTIFICATIONS_PATH, "Invoke", "us", notice.shown, "postpone"
        )
        assert wait_until(qapp, lambda: chosen == ["postpone"])
        assert notice.shown == 0
