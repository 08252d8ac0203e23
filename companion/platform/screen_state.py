"""Whether the screen takes notices now: Do not disturb, a presentation, a full-screen program.

    probe = make_screen_state_probe()
    probe.state()   # "accepts", "full_screen", "presentation", "do_not_disturb",
                    # "not_present" (companion.domain.screen_state), or None when unknown
    probe.close()

How, per system (ctypes and the desktop's own tools, no extra Python packages):

- Windows: `shell32.SHQueryUserNotificationState`, the call Windows provides for exactly this
  question (busy with a full-screen program, full-screen Direct3D, presentation mode, quiet
  time, a Store app, the lock screen). Under Wine 8 it answers "accepts notifications".
- Linux on X11: the active window (`_NET_ACTIVE_WINDOW` on the root window) is full screen
  when its `_NET_WM_STATE` holds `_NET_WM_STATE_FULLSCREEN`; Companion's own windows (by
  `_NET_WM_PID`) do not count. libX11 through ctypes, as the idle probe reads it, on one
  display connection of its own; X errors (a window closed between two reads) are caught by an
  error handler that only counts them.
- GNOME (X11 or Wayland): its Do Not Disturb switch is the setting
  `org.gnome.desktop.notifications show-banners` (false while on), read with `gsettings`.
- Not read: full screen on Wayland (no protocol tells another client), KDE's notification
  inhibition, macOS Focus. There `state()` says what it can, or None, and breaks come as usual.

Readings are cheap (one local library call, two or three X round trips, or one `gsettings`
run of a few milliseconds, every 15 s during a shift), never raise and never block for long.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from companion.domain.screen_state import from_desktop, from_windows
from companion.platform.idle import FailureLog

log = logging.getLogger(__name__)

WINDOWS_NAME = "Windows SHQueryUserNotificationState"
X11_NAME = "X11 full-screen window"
GNOME_NAME = "GNOME Do Not Disturb"
GSETTINGS_TIMEOUT = 2.0
X11_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


class ScreenStateProbe(Protocol):
    name: str  # how the state is read here, e.g. "Windows SHQueryUserNotificationState"
    # None when it works; else "unsupported_platform", "wayland" (nothing readable there) or
    # "error".
    unavailable_reason: str | None

    def state(self) -> str | None:
        """The state now (companion.domain.screen_state); None when unknown."""
        ...

    def close(self) -> None: ...


class UnavailableScreenState:
    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.unavailable_reason: str | None = reason

    def state(self) -> str | None:
        return None

    def close(self) -> None:
        pass


def _failures(name: str) -> FailureLog:
    return FailureLog(name, "reading", log)


def make_screen_state_probe(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> ScreenStateProbe:
    """The probe for this system (or the one `environ` and `platform` describe)."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return WindowsScreenState(_load_shell32())
        if platform.startswith(X11_PLATFORMS):
            return _open_desktop(environ)
    except Exception:
        log.warning("screen state: the probe could not be made", exc_info=True)
        return UnavailableScreenState("none", "error")
    return UnavailableScreenState("none", "unsupported_platform")


# --- Windows --------------------------------------------------------------------------------


def _load_shell32() -> Any:
    if sys.platform == "win32":
        shell32 = ctypes.WinDLL("shell32")
        function = shell32.SHQueryUserNotificationState
        function.argtypes = (ctypes.POINTER(ctypes.c_int),)
        function.restype = ctypes.c_long  # HRESULT
        return shell32
    raise OSError("shell32 exists on Windows only")


class WindowsScreenState:
    """SHQueryUserNotificationState; `shell32` may be a stand-in (tests)."""

    name = WINDOWS_NAME

    def __init__(self, shell32: Any) -> None:
        self.unavailable_reason: str | None = None
        self._shell32 = shell32
        self._failures = _failures(self.name)
        self.last_value: int | None = None  # the raw QUNS value last read

    def state(self) -> str | None:
        value = ctypes.c_int(0)
        try:
            result = int(self._shell32.SHQueryUserNotificationState(ctypes.byref(value)))
        except Exception as error:
            self._failures.failed("SHQueryUserNotificationState failed", error)
            return None
        if result != 0:  # S_OK
            self._failures.failed(f"SHQueryUserNotificationState returned {result & 0xFFFFFFFF:#x}")
            return None
        self.last_value = value.value
        state = from_windows(value.value)
        if state is None:
            self._failures.failed(f"an undocumented state {value.value}")
            return None
        self._failures.succeeded()
        return state

    def close(self) -> None:
        pass


# --- Linux desktops -------------------------------------------------------------------------


def _open_desktop(environ: Mapping[str, str]) -> ScreenStateProbe:
    from companion.platform.idle import is_wayland_session

    gnome = "GNOME" in environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    banners = GnomeBanners() if gnome and shutil.which("gsettings") else None
    x11: X11FullScreen | None = None
    display = environ.get("DISPLAY", "")
    if display and not is_wayland_session(environ):
        try:
            x11 = X11FullScreen.open(display)
        except Exception:
            log.warning("screen state: the X display could not be read", exc_info=True)
    if x11 is None and banners is None:
        reason = "wayland" if is_wayland_session(environ) else "no_display"
        return UnavailableScreenState(X11_NAME, reason)
    return DesktopScreenState(x11, banners)


class DesktopScreenState:
    """The active X11 window's full screen and GNOME's Do Not Disturb, whichever is readable."""

    def __init__(self, x11: X11FullScreen | None, banners: GnomeBanners | None) -> None:
        self.unavailable_reason: str | None = None
        self._x11 = x11
        self._banners = banners
        self.name = ", ".join(
            name for name, part in ((X11_NAME, x11), (GNOME_NAME, banners)) if part is not None
        )

    def state(self) -> str | None:
        full_screen = None if self._x11 is None else self._x11.full_screen()
        quiet = None if self._banners is None else self._banners.do_not_disturb()
        return from_desktop(full_screen, quiet)

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()
            self._x11 = None


Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=GSETTINGS_TIMEOUT,
        check=False,
        stdin=subprocess.DEVNULL,
    )


class GnomeBanners:
    """GNOME's Do Not Disturb: `show-banners` false. `run` may be a stand-in (tests)."""

    COMMAND = ("gsettings", "get", "org.gnome.desktop.notifications", "show-banners")

    def __init__(self, run: Runner = _run) -> None:
        self._run = run
        self._failures = _failures(GNOME_NAME)

    def do_not_disturb(self) -> bool | None:
        try:
            result = self._run(list(self.COMMAND))
        except (OSError, subprocess.SubprocessError) as error:
            self._failures.failed("gsettings could not be run", error)
            return None
        answer = result.stdout.strip()
        if result.returncode != 0 or answer not in ("true", "false"):
            self._failures.failed(f"gsettings answered {answer or result.stderr.strip()!r}")
            return None
        self._failures.succeeded()
        return answer == "false"


XA_ATOM = 4
XA_CARDINAL = 6
XA_WINDOW = 33
SUCCESS = 0
ANY_PROPERTY_TYPE = 0

_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_x_errors = [0]  # X errors seen by the handler below (a window gone between two reads)


def _count_x_error(_display: int, _event: int) -> int:
    """Xlib's default handler ends the process on any error: this one only counts it. It is
    process-wide, but nothing else in the process uses Xlib's error handling (Qt uses xcb)."""
    _x_errors[0] += 1
    return 0


_X_ERROR_HANDLER: Any = _ErrorHandler(_count_x_error)  # kept alive: Xlib holds it


def _load_xlib() -> Any:
    try:
        xlib = ctypes.CDLL("libX11.so.6")
    except OSError:
        found = ctypes.util.find_library("X11")
        if found is None:
            raise
        xlib = ctypes.CDLL(found)
    xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XGetWindowProperty.argtypes = (
        ctypes.c_void_p,  # display
        ctypes.c_ulong,  # window
        ctypes.c_ulong,  # property
        ctypes.c_long,  # offset (in 32-bit units)
        ctypes.c_long,  # length
        ctypes.c_int,  # delete
        ctypes.c_ulong,  # requested type
        ctypes.POINTER(ctypes.c_ulong),  # actual type
        ctypes.POINTER(ctypes.c_int),  # actual format
        ctypes.POINTER(ctypes.c_ulong),  # number of items
        ctypes.POINTER(ctypes.c_ulong),  # bytes after
        ctypes.POINTER(ctypes.c_void_p),  # the data (XFree it)
    )
    xlib.XGetWindowProperty.restype = ctypes.c_int
    xlib.XFree.argtypes = (ctypes.c_void_p,)
    xlib.XFree.restype = ctypes.c_int
    xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    xlib.XCloseDisplay.restype = ctypes.c_int
    xlib.XSetErrorHandler.argtypes = (_ErrorHandler,)
    xlib.XSetErrorHandler.restype = ctypes.c_void_p
    return xlib


class X11FullScreen:
    """Whether the active window (not one of Companion's) is full screen, per EWMH."""

    def __init__(self, xlib: Any, display: int, own_pid: int) -> None:
        self._xlib = xlib
        self._display: int | None = display
        self._own_pid = own_pid
        self._root = xlib.XDefaultRootWindow(display)
        self._atoms = {
            name: xlib.XInternAtom(display, name.encode(), 0)
            for name in (
                "_NET_ACTIVE_WINDOW",
                "_NET_WM_STATE",
                "_NET_WM_STATE_FULLSCREEN",
                "_NET_WM_PID",
            )
        }
        self._failures = _failures(X11_NAME)

    @classmethod
    def open(cls, display_name: str) -> X11FullScreen | None:
        xlib = _load_xlib()
        display = xlib.XOpenDisplay(os.fsencode(display_name))
        if not display:
            return None
        xlib.XSetErrorHandler(_X_ERROR_HANDLER)
        return cls(xlib, display, os.getpid())

    def _property(self, window: int, name: str, kind: int) -> list[int] | None:
        """A 32-bit-format property's items (C longs), or None if missing or unreadable."""
        assert self._display is not None
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        errors = _x_errors[0]
        status = self._xlib.XGetWindowProperty(
            self._display, window, self._atoms[name], 0, 64, 0, kind,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        try:  # a request with a reply: an error has reached the handler by now
            if status != SUCCESS or _x_errors[0] != errors or not data.value:
                return None
            if actual_type.value != kind or actual_format.value != 32:
                return None
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[index]) for index in range(count.value)]
        finally:
            if data.value:
                self._xlib.XFree(data)

    def full_screen(self) -> bool | None:
        if self._display is None:
            return None
        try:
            active = self._property(self._root, "_NET_ACTIVE_WINDOW", XA_WINDOW)
            if not active or not active[0]:
                self._failures.succeeded()
                return False  # no window has the focus (or no EWMH window manager)
            window = active[0]
            pid = self._property(window, "_NET_WM_PID", XA_CARDINAL)
            if pid and pid[0] == self._own_pid:
                return False  # Companion's own break window, say
            states = self._property(window, "_NET_WM_STATE", XA_ATOM) or []
        except Exception as error:
            self._failures.failed("reading the active window failed", error)
            return None
        self._failures.succeeded()
        return self._atoms["_NET_WM_STATE_FULLSCREEN"] in states

    def close(self) -> None:
        if self._display is None:
            return
        display, self._display = self._display, None
        try:
            self._xlib.XCloseDisplay(display)
        except Exception:
            log.debug("screen state: closing the X display failed", exc_info=True)
