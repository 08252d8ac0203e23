"""The D-Bus session bus, read in Qt's event loop: method calls answered through callbacks,
signals handed to the handlers that asked for them. Nothing here ever blocks the window.

Built on jeepney (pure Python, explicit D-Bus signatures). PySide6's QtDBus was tried first:
it cannot send a D-Bus `uint32` from Python (an int goes as `int32`, an empty list as `av`),
so `org.freedesktop.Notifications.Notify` ("susssasa{sv}i") is refused by every daemon.

The connection is opened on first use; where there is no session bus (`DBUS_SESSION_BUS_ADDRESS`
unset, as a login session through systemd or dbus-launch always sets it), `open_session_bus`
returns None and callers do without.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

Reply = Callable[[tuple[Any, ...]], None]
Failed = Callable[[str], None]
Handler = Callable[[str, tuple[Any, ...]], None]  # (object path, body)

DBUS = ("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")


class SessionBus(QObject):
    """One connection to the session bus, read by a QSocketNotifier."""

    def __init__(self, connection: Any, parent: QObject | None = None) -> None:
        from jeepney.low_level import Parser

        super().__init__(parent)
        self._connection = connection
        self._sock: socket.socket = connection.sock
        self._parser = Parser()
        self._replies: dict[int, tuple[Reply | None, Failed | None]] = {}
        self._handlers: list[tuple[str, str, Handler]] = []  # (interface, member, handler)
        self.unique_name: str = connection.unique_name or ""
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.closed = False

    # -- asking --------------------------------------------------------------------------------

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        on_reply: Reply | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Call `method`; `on_reply` gets the reply's body, `on_error` the error's name and
        text. Never raises: a bus gone away is told to `on_error`."""
        from jeepney import DBusAddress, new_method_call

        if self.closed:
            if on_error is not None:
                on_error("the session bus connection is closed")
            return
        address = DBusAddress(path, bus_name=destination, interface=interface)
        message = new_method_call(address, method, signature, body)
        serial = next(self._connection.outgoing_serial)
        self._replies[serial] = (on_reply, on_error)
        try:
            self._sock.sendall(message.serialise(serial=serial))
        except OSError as error:
            self._replies.pop(serial, None)
            log.warning("session bus: %s.%s not sent: %s", interface, method, error)
            self._lost()
            if on_error is not None:
                on_error(str(error))

    def listen(self, interface: str, member: str, handler: Handler, sender: str = "") -> None:
        """Hand each signal `interface`.`member` to `handler` (path, body)."""
        rule = f"type='signal',interface='{interface}',member='{member}'"
        if sender:
            rule += f",sender='{sender}'"
        self.call(*_dbus(), "AddMatch", "s", (rule,))
        self._handlers.append((interface, member, handler))

    def has_owner(self, name: str, answer: Callable[[bool], None]) -> None:
        """Whether a program serves `name` now (answered later; False on any error)."""
        self.call(
            *_dbus(),
            "NameHasOwner",
            "s",
            (name,),
            on_reply=lambda body: answer(bool(body and body[0])),
            on_error=lambda _why: answer(False),
        )

    # -- reading -------------------------------------------------------------------------------

    def _readable(self) -> None:
        try:
            data = self._sock.recv(65536, socket.MSG_DONTWAIT)
        except BlockingIOError:
            return
        except OSError as error:
            log.warning("session bus: reading failed: %s", error)
            self._lost()
            return
        if not data:
            log.info("session bus: the connection was closed")
            self._lost()
            return
        self._parser.add_data(data)
        while True:
            try:
                message = self._parser.get_next_message()
            except Exception:  # a message jeepney cannot parse: the connection is unusable
                log.warning("session bus: unreadable message", exc_info=True)
                self._lost()
                return
            if message is None:
                return
            self._dispatch(message)

    def _dispatch(self, message: Any) -> None:
        from jeepney import HeaderFields, MessageType

        header = message.header
        fields = header.fields
        kind = header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            callbacks = self._replies.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if callbacks is None:
                return
            on_reply, on_error = callbacks
            if kind == MessageType.method_return:
                if on_reply is not None:
                    self._safely(on_reply, tuple(message.body))
            elif on_error is not None:
                text = message.body[0] if message.body and isinstance(message.body[0], str) else ""
                self._safely(on_error, f"{fields.get(HeaderFields.error_name, '')}: {text}")
            return
        if kind == MessageType.signal:
            interface = fields.get(HeaderFields.interface, "")
            member = fields.get(HeaderFields.member, "")
            path = fields.get(HeaderFields.path, "")
            for wanted_interface, wanted_member, handler in list(self._handlers):
                if wanted_interface == interface and wanted_member == member:
                    self._safely(handler, path, tuple(message.body))

    @staticmethod
    def _safely(function: Callable[..., None], *args: Any) -> None:
        try:
            function(*args)
        except Exception:  # one bad handler must not stop the bus being read
            log.exception("session bus: a handler failed")

    def _lost(self) -> None:
        self.closed = True
        self._notifier.setEnabled(False)
        failed = list(self._replies.values())
        self._replies.clear()
        for _on_reply, on_error in failed:
            if on_error is not None:
                self._safely(on_error, "the session bus connection was lost")

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._notifier.setEnabled(False)
            self._connection.close()


def _dbus() -> tuple[str, str, str]:
    path, destination, interface = DBUS
    return destination, path, interface


_shared: list[SessionBus | None] = []  # opened once a run: [] not yet tried, [None] none


def open_session_bus() -> SessionBus | None:
    """The process's session bus connection (opened on first use); None where there is none."""
    if _shared:
        return _shared[0]
    bus: SessionBus | None = None
    try:
        from jeepney.io.blocking import open_dbus_connection

        bus = SessionBus(open_dbus_connection("SESSION", auth_timeout=5.0))
        log.info("session bus: connected as %s", bus.unique_name)
    except Exception as error:  # no bus, no address, refused: the callers do without
        log.info("no session bus: %s", error)
    _shared.append(bus)
    return bus


def forget_session_bus() -> None:
    """Close the shared connection (tests, and the end of a run)."""
    if _shared and _shared[0] is not None:
        _shared[0].close()
    _shared.clear()
