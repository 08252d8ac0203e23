"""The quick log's shortcut on Wayland, through the desktop portal's GlobalShortcuts interface
(`org.freedesktop.portal.GlobalShortcuts`: KDE Plasma 5.27+, GNOME 48+, Hyprland's portal;
xdg-desktop-portal 1.17+, which Debian 12's 1.16 is not).

A Wayland program cannot take a key for itself; it asks the desktop, which shows its own dialog
where the person confirms (or changes) the keys. So:

1. `CreateSession` (answered by a `Response` signal on a Request object),
2. `BindShortcuts` with the combination from the settings as the preferred trigger: the desktop
   shows its dialog; its `Response` lists what was bound (`trigger_description`, in the
   desktop's words: the settings show that, not our guess),
3. `Activated` signals on the session while the keys are pressed.

All of it is asynchronous: `grab` answers CONFIRMING at once and the status follows through the
listener the GlobalShortcut sets (`watch`). Letting go while the settings window records keys
(`release`) keeps the session, so reopening the settings does not ask the person again; a
different combination starts a new session (and a new dialog).

Verified against a fake portal on a private session bus (tests/unit/test_hotkey_portal.py), not
yet against KDE or GNOME 48.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable
from typing import Any

from companion.domain.key_sequence import FUNCTION_KEYS, KeyCombo
from companion.platform.hotkey.base import (
    CONFIRMING,
    ERROR,
    PORTAL_NAME,
    REFUSED,
    WAYLAND,
    Activate,
)
from companion.platform.session_bus import SessionBus, open_session_bus

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
SHORTCUT_ID = "quick-log"
APP_ID = "companion"  # companion.desktop

# key_sequence's names → xkb keysym names, as the "shortcuts" XDG specification writes triggers
_XKB_NAMES = {
    "Space": "space",
    "Ins": "Insert",
    "Del": "Delete",
    "PgUp": "Page_Up",
    "PgDown": "Page_Down",
}
_tokens = itertools.count(1)

Listener = Callable[[str | None, str], None]  # (status, what the desktop bound)


def portal_trigger(combo: KeyCombo) -> str:
    """The preferred trigger in the XDG shortcuts form: Ctrl+Alt+M → "CTRL+ALT+m"."""
    parts = [
        name
        for name, held in (
            ("CTRL", combo.ctrl),
            ("ALT", combo.alt),
            ("SHIFT", combo.shift),
            ("LOGO", combo.meta),
        )
        if held
    ]
    key = combo.key
    if key in FUNCTION_KEYS:
        name = key
    elif key in _XKB_NAMES:
        name = _XKB_NAMES[key]
    elif len(key) == 1:
        name = key.lower()
    else:
        name = key  # Home, End, Left, Up, Right, Down, Pause, Print: the same in xkb
    return "+".join([*parts, name])


class PortalBackend:
    """The quick log's shortcut through the GlobalShortcuts portal."""

    name = PORTAL_NAME

    def __init__(self, bus: SessionBus, on_activated: Activate, description: str) -> None:
        self._bus = bus
        self._on_activated = on_activated
        self._description = description
        self.unavailable_reason: str | None = None
        self._listener: Listener | None = None
        self._session = ""  # the session's object path, once created
        self._trigger = ""  # the preferred trigger asked for
        self._bound = ""  # what the desktop says it bound (its own words)
        self._status: str | None = CONFIRMING
        self._active = False  # not while let go (the settings window records keys)
        self._waiting: dict[str, Callable[[int, dict[str, Any]], None]] = {}  # request path
        sender = bus.unique_name.lstrip(":").replace(".", "_")
        self._request_prefix = f"/org/freedesktop/portal/desktop/request/{sender}/"
        self._session_prefix = f"/org/freedesktop/portal/desktop/session/{sender}/"
        bus.listen(REQUEST, "Response", self._response)
        bus.listen(SHORTCUTS, "Activated", self._activated)

    def watch(self, listener: Listener) -> None:
        """`listener` is told each later change of status and what was bound."""
        self._listener = listener

    @property
    def bound(self) -> str:
        return self._bound

    def grab(self, combo: KeyCombo) -> str | None:
        trigger = portal_trigger(combo)
        self._active = True
        if trigger == self._trigger and self._status in (None, CONFIRMING):
            return self._status  # held already, or the dialog is open: not asked again
        self._close_session()
        self._trigger = trigger
        self._status, self._bound = CONFIRMING, ""
        self._ask_version()
        return CONFIRMING

    def release(self) -> None:
        self._active = False  # the session stays: the person is not asked again

    def close(self) -> None:
        self._active = False
        self._close_session()
        self._trigger = ""

    # -- the steps -----------------------------------------------------------------------------

    def _ask_version(self) -> None:
        trigger = self._trigger
        self._bus.call(
            PORTAL,
            PORTAL_PATH,
            "org.freedesktop.DBus.Properties",
            "Get",
            "ss",
            (SHORTCUTS, "version"),
            on_reply=lambda _body: self._register(trigger),
            on_error=self._no_portal,
        )

    def _register(self, trigger: str) -> None:
        """Say which desktop entry we are (portal 1.19+), so that the desktop's dialog and its
        keyboard settings name Companion; older portals do not know the call: no matter."""
        self._bus.call(
            PORTAL,
            PORTAL_PATH,
            "org.freedesktop.host.portal.Registry",
            "Register",
            "sa{sv}",
            (APP_ID, {}),
            on_reply=lambda _body: self._create_session(trigger),
            on_error=lambda _why: self._create_session(trigger),
        )

    def _no_portal(self, why: str) -> None:
        log.info("no GlobalShortcuts portal here: %s", why)
        self.unavailable_reason = WAYLAND
        self._tell(WAYLAND)

    def _create_session(self, trigger: str) -> None:
        if trigger != self._trigger:
            return  # another combination was asked for meanwhile
        token = f"companion{os.getpid()}_{next(_tokens)}"
        options = {
            "handle_token": ("s", token),
            "session_handle_token": ("s", f"companion_session{os.getpid()}_{next(_tokens)}"),
        }
        self._expect(token, lambda code, results: self._session_created(trigger, code, results))
        self._bus.call(
            PORTAL,
            PORTAL_PATH,
            SHORTCUTS,
            "CreateSession",
            "a{sv}",
            (options,),
            on_error=self._failed,
        )

    def _session_created(self, trigger: str, code: int, results: dict[str, Any]) -> None:
        handle = results.get("session_handle", ("s", ""))
        session = str(handle[1] if isinstance(handle, tuple) else handle)
        if code != 0 or not session:
            self._failed(f"CreateSession answered {code}")
            return
        if trigger != self._trigger:  # not wanted any more
            self._close(session)
            return
        self._session = session
        token = f"companion{os.getpid()}_{next(_tokens)}"
        shortcut = (
            SHORTCUT_ID,
            {
                "description": ("s", self._description),
                "preferred_trigger": ("s", trigger),
            },
        )
        self._expect(token, lambda code, results: self._bound_now(session, code, results))
        self._bus.call(
            PORTAL,
            PORTAL_PATH,
            SHORTCUTS,
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            (session, [shortcut], "", {"handle_token": ("s", token)}),
            on_error=self._failed,
        )

    def _bound_now(self, session: str, code: int, results: dict[str, Any]) -> None:
        if session != self._session:
            return
        if code == 1:  # the person cancelled the desktop's dialog
            log.info("global shortcut: the desktop's dialog was cancelled")
            self._tell(REFUSED)
            return
        if code != 0:
            self._failed(f"BindShortcuts answered {code}")
            return
        found = results.get("shortcuts", ("a(sa{sv})", []))
        shortcuts = found[1] if isinstance(found, tuple) and len(found) == 2 else found
        described = ""
        held = False
        for shortcut_id, properties in shortcuts or []:
            if shortcut_id == SHORTCUT_ID:
                held = True
                trigger = properties.get("trigger_description", ("s", ""))
                described = str(trigger[1] if isinstance(trigger, tuple) else trigger)
        if not held:
            log.info("global shortcut: the desktop bound nothing")
            self._tell(REFUSED)
            return
        self._bound = described
        log.info("global shortcut bound by the desktop: %s", described or "(not described)")
        self._tell(None)

    def _activated(self, _path: str, body: tuple[Any, ...]) -> None:
        if len(body) < 2 or body[0] != self._session or body[1] != SHORTCUT_ID:
            return
        if self._active and self._status is None:
            options = body[3] if len(body) > 3 and isinstance(body[3], dict) else {}
            use_activation_token(options.get("activation_token"))
            self._on_activated()

    # -- the plumbing --------------------------------------------------------------------------

    def _expect(self, token: str, then: Callable[[int, dict[str, Any]], None]) -> None:
        self._waiting[self._request_prefix + token] = then

    def _response(self, path: str, body: tuple[Any, ...]) -> None:
        then = self._waiting.pop(path, None)
        if then is not None and len(body) >= 2:
            then(int(body[0]), dict(body[1]))

    def _failed(self, why: str) -> None:
        log.warning("global shortcut through the portal failed: %s", why)
        self._tell(ERROR)

    def _tell(self, status: str | None) -> None:
        self._status = status
        if self._listener is not None:
            self._listener(status, self._bound)

    def _close_session(self) -> None:
        if self._session:
            self._close(self._session)
        self._session, self._bound = "", ""

    def _close(self, session: str) -> None:
        self._bus.call(PORTAL, session, SESSION, "Close")


def use_activation_token(token: Any) -> None:
    """The desktop's xdg-activation token for what the person just did (portal 1.19+, a
    notification's action): Qt's Wayland plugin takes XDG_ACTIVATION_TOKEN for the next window it
    activates, so the quick log (or the break) may take the keyboard the person gave it."""
    value = token[1] if isinstance(token, tuple) and len(token) == 2 else token
    if isinstance(value, str) and value:
        os.environ["XDG_ACTIVATION_TOKEN"] = value


def open_portal(on_activated: Activate, description: str) -> PortalBackend | None:
    """The portal backend, where there is a session bus (whether a portal answers is found
    out by the first grab); None where there is none."""
    bus = open_session_bus()
    if bus is None:
        return None
    return PortalBackend(bus, on_activated, description)
