"""A private D-Bus session bus and two small fake desktop services on it, for tests:

- `org.freedesktop.Notifications` (what GNOME Shell, KDE or mako serve): records each Notify
  call, one JSON line each, in a file; `org.companion.Test.Invoke(u id, s key)` makes it emit
  `ActionInvoked` then `NotificationClosed`, as a daemon does when a button is pressed.
- `org.freedesktop.portal.Desktop` with `org.freedesktop.portal.GlobalShortcuts` (which Debian
  12's portal 1.16 lacks): CreateSession / BindShortcuts / ListShortcuts with their Request
  objects and Response signals, the user's confirmation taken as given (or refused with
  `--refuse`); `org.companion.Test.Press(s id)` emits `Activated` and `Deactivated`.

Run as `python -m tests.helpers.fake_dbus notifications|portal RECORD_FILE [--refuse]`; it
prints "ready" once it owns its name. `private_bus()` starts a dbus-daemon of one's own.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
TEST = "org.companion.Test"


def missing_dbus() -> str:
    """Why a private bus cannot be started here ("" when it can)."""
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is not installed (apt-get install dbus-daemon)"
    return ""


@contextmanager
def private_bus() -> Iterator[str]:
    """A dbus-daemon --session of our own; yields its address."""
    process = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@contextmanager
def fake_service(kind: str, address: str, record: Path, *extra: str) -> Iterator[None]:
    """Run the fake `kind` ("notifications" or "portal") on the bus at `address`."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.fake_dbus", kind, str(record), *extra],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"the fake {kind} service did not start: {line!r}")
        yield
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def recorded(record: Path) -> list[dict[str, Any]]:
    if not record.exists():
        return []
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines() if line]


def wait_recorded(record: Path, count: int, timeout: float = 10) -> list[dict[str, Any]]:
    """The records once there are `count` (or what there is after `timeout`)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = recorded(record)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    return recorded(record)


def ask_fake(address: str, destination: str, path: str, method: str, sig: str, *body: Any) -> None:
    """Call one of the fakes' org.companion.Test methods (from the test process)."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(address) as connection:
        target = DBusAddress(path, bus_name=destination, interface=TEST)
        reply = connection.send_and_get_reply(new_method_call(target, method, sig, body), timeout=5)
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{method}: {reply.body}")


# -- the services (run in a process of their own) ----------------------------------------------


def _write(record: Path, entry: dict[str, Any]) -> None:
    with record.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(entry, ensure_ascii=False) + "\n")


def _plain(value: Any) -> Any:
    """A D-Bus value as JSON can hold it (variants as their value)."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        return _plain(value[1])
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def serve(kind: str, record: Path, refuse: bool) -> None:
    from jeepney import (
        DBusAddress,
        HeaderFields,
        MessageType,
        new_error,
        new_method_return,
        new_signal,
    )
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    connection = open_dbus_connection("SESSION")
    name = NOTIFICATIONS if kind == "notifications" else PORTAL
    connection.send_and_get_reply(message_bus.RequestName(name, 4))
    print("ready", flush=True)
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(0))
    next_id = 0
    sessions: dict[str, str] = {}  # session handle: its client
    bound: dict[str, list[tuple[str, dict[str, Any]]]] = {}  # session: shortcuts

    def emit(path: str, interface: str, member: str, sig: str, body: tuple[Any, ...]) -> None:
        connection.send(new_signal(DBusAddress(path, interface=interface), member, sig, body))

    def respond(handle: str, results: dict[str, Any], code: int = 0) -> None:
        # the portal answers through the Request object, a moment later
        emit(handle, REQUEST, "Response", "ua{sv}", (code, results))

    while True:
        message = connection.receive()
        fields = message.header.fields
        if message.header.message_type != MessageType.method_call:
            continue
        member = fields.get(HeaderFields.member)
        sender = fields.get(HeaderFields.sender, "")
        token = sender.lstrip(":").replace(".", "_")
        body = message.body
        if kind == "notifications":
            if member == "Notify":
                app, replaces, _icon, title, text, actions, hints, timeout = body
                next_id += 1
                number = replaces or next_id
                _write(
                    record,
                    {
                        "call": "Notify",
                        "id": number,
                        "app": app,
                        "replaces": replaces,
                        "title": title,
                        "body": text,
                        "actions": actions,
                        "hints": _plain(hints),
                        "timeout": timeout,
                    },
                )
                connection.send(new_method_return(message, "u", (number,)))
            elif member == "CloseNotification":
                _write(record, {"call": "CloseNotification", "id": body[0]})
                connection.send(new_method_return(message))
                emit(NOTIFICATIONS_PATH, NOTIFICATIONS, "NotificationClosed", "uu", (body[0], 3))
            elif member == "GetCapabilities":
                connection.send(new_method_return(message, "as", (["actions", "body"],)))
            elif member == "GetServerInformation":
                connection.send(
                    new_method_return(message, "ssss", ("fake", "companion", "1", "1.2"))
                )
            elif member == "Invoke":
                number, key = body
                connection.send(new_method_return(message))
                token = ("ActivationToken", "us", (number, f"token-{number}"))
                emit(NOTIFICATIONS_PATH, NOTIFICATIONS, *token)
                emit(NOTIFICATIONS_PATH, NOTIFICATIONS, "ActionInvoked", "us", (number, key))
                emit(NOTIFICATIONS_PATH, NOTIFICATIONS, "NotificationClosed", "uu", (number, 2))
            else:
                connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
            continue
        # the portal
        if member == "CreateSession":
            options = body[0]
            handle = f"/org/freedesktop/portal/desktop/request/{token}/{options['handle_token'][1]}"
            session = (
                f"/org/freedesktop/portal/desktop/session/{token}/"
                f"{options['session_handle_token'][1]}"
            )
            sessions[session] = sender
            _write(record, {"call": "CreateSession", "options": _plain(options)})
            connection.send(new_method_return(message, "o", (handle,)))
            respond(handle, {"session_handle": ("s", session)})
        elif member == "BindShortcuts":
            session, shortcuts, _parent, options = body
            handle = f"/org/freedesktop/portal/desktop/request/{token}/{options['handle_token'][1]}"
            _write(
                record,
                {
                    "call": "BindShortcuts",
                    "session": session,
                    "shortcuts": [[key, _plain(props)] for key, props in shortcuts],
                },
            )
            connection.send(new_method_return(message, "o", (handle,)))
            # the desktop's dialog: the user confirms the keys (here, as preferred)
            chosen = [
                (
                    shortcut_id,
                    {
                        "description": props.get("description", ("s", "")),
                        "trigger_description": (
                            "s",
                            props.get("preferred_trigger", ("s", ""))[1].replace("CTRL", "Ctrl"),
                        ),
                    },
                )
                for shortcut_id, props in shortcuts
            ]
            if refuse:  # the person cancelled the desktop's dialog
                respond(handle, {}, 1)
                continue
            bound[session] = chosen
            respond(handle, {"shortcuts": ("a(sa{sv})", chosen)})
        elif member == "ListShortcuts":
            session, options = body
            handle = f"/org/freedesktop/portal/desktop/request/{token}/{options['handle_token'][1]}"
            connection.send(new_method_return(message, "o", (handle,)))
            respond(handle, {"shortcuts": ("a(sa{sv})", bound.get(session, []))})
        elif member == "Register":  # org.freedesktop.host.portal.Registry (portal 1.19+)
            _write(record, {"call": "Register", "app_id": body[0]})
            connection.send(new_method_return(message))
        elif member == "Get" and body[:2] == (SHORTCUTS, "version"):
            connection.send(new_method_return(message, "v", (("u", 1),)))
        elif member == "Press":
            connection.send(new_method_return(message))
            for session in bound:
                for signal_name in ("Activated", "Deactivated"):
                    options = {"activation_token": ("s", "portal-token")}
                    emit(
                        PORTAL_PATH,
                        SHORTCUTS,
                        signal_name,
                        "osta{sv}",
                        (session, body[0], 0, options),
                    )
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    serve(sys.argv[1], Path(sys.argv[2]), "--refuse" in sys.argv[3:])
