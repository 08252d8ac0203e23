"""Idle time: seconds since the last keyboard or mouse input, read from the OS every few seconds.

How, per system (ctypes; on Wayland QtDBus or a swayidle child; no extra Python packages):

- X11 (Linux, BSD): the MIT-SCREEN-SAVER extension through libXss (`XScreenSaverQueryInfo`,
  its `idle` field in ms) on one display connection kept open until `close()`. Needs libX11 and
  libXss (Debian: libx11-6, libxss1). Each reading is one round trip to the X server.
- Wayland, one source per desktop, tried in this order (a session counts as Wayland when
  XDG_SESSION_TYPE is "wayland", or when WAYLAND_DISPLAY is set and the session type is not
  "x11": a compositor started from a text console reports "tty"):
  GNOME: mutter's `org.gnome.Mutter.IdleMonitor` on the session bus (idle_mutter.py);
  `org.freedesktop.ScreenSaver.GetSessionIdleTime` where it answers (idle_kde.py; KWin 5.27
  refuses it on Wayland); wlroots compositors (sway, Hyprland, labwc, ...), KWin and others with
  an idle protocol (ext-idle-notify-v1, or KDE's older one): a `swayidle` child (idle_swayidle.py).
  Where none answers (weston; no swayidle installed), the probe says "wayland" instead of
  guessing: XWayland has no screen saver extension, and its input counters see only X clients,
  so a wrong number would turn work into natural breaks.
  On X11, where libXss or the extension is missing, mutter's and KDE's D-Bus sources are tried.
- Windows: `user32.GetLastInputInfo` against `kernel32.GetTickCount` (both 32-bit millisecond
  tick counts, so the difference is taken modulo 2**32 and survives the 49.7-day wrap-around).
- macOS: IOKit's `HIDIdleTime` property of the IOHIDSystem service, a CFNumber of nanoseconds.

Verified: Linux/X11 on Debian 12 (tests/unit/test_idle.py runs the probe against Xvfb, moves the
pointer with xdotool and watches the idle time drop; it also checks an X server without the
extension). Windows under Wine 8 (tests/windows: a Windows CPython runs this probe, the idle
time rises while nothing happens and falls back after SendInput). macOS is written against the
documented API and has not been run; its conversion and clean-up logic is unit-tested with
fake libraries.

Probes are cheap, never raise (a failure reads as None and is logged once) and never block:
every call is a local library call or one X round trip.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol

log = logging.getLogger(__name__)

X11_NAME = "X11 screen saver extension"
WAYLAND_NAME = "Wayland (no idle source answers)"
WINDOWS_NAME = "Windows GetLastInputInfo"
MACOS_NAME = "macOS IOKit HIDIdleTime"

# sys.platform prefixes where an X server is the desktop (or XWayland stands in for one).
X11_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


class IdleProbe(Protocol):
    name: str  # how idle time is read here, e.g. "X11 screen saver extension" (for the log)
    # Where it comes from, for the settings: "x11", "mutter", "kde", "wayland_idle",
    # "windows", "macos" or "none".
    source: str
    # None when it works; else "wayland", "no_display", "no_xss_library", "no_xss_extension",
    # "unsupported_platform" or "error".
    unavailable_reason: str | None

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None when unknown."""
        ...

    def close(self) -> None:
        """Release what the probe holds (the X display connection); later readings are None."""
        ...


class UnavailableIdleProbe:
    """Idle time cannot be read here; `unavailable_reason` says why."""

    source = "none"

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.unavailable_reason: str | None = reason

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


class FailureLog:
    """Logs the first failure of a run of failures as a warning, the rest at debug level, and
    says once when `reading` works again (the screen-state probes use it too)."""

    def __init__(
        self, name: str, reading: str = "reading idle time", logger: logging.Logger = log
    ) -> None:
        self._name = name
        self._reading = reading
        self._log = logger
        self._failing = False

    def failed(self, what: str, error: BaseException | None = None) -> None:
        level = logging.DEBUG if self._failing else logging.WARNING
        self._log.log(level, "%s: %s", self._name, what, exc_info=error)
        self._failing = True

    def succeeded(self) -> None:
        if self._failing:
            self._log.info("%s: %s works again", self._name, self._reading)
        self._failing = False


def make_idle_probe(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> IdleProbe:
    """The idle probe for this system (or the one `environ` and `platform` describe)."""
    try:
        return _select(os.environ if environ is None else environ, platform or sys.platform)
    except Exception:
        log.warning("idle time: choosing a probe failed", exc_info=True)
        return UnavailableIdleProbe("none", "error")


def _select(environ: Mapping[str, str], platform: str) -> IdleProbe:
    if platform == "win32":
        return _open_windows()
    if platform == "darwin":
        return _open_macos()
    if platform.startswith(X11_PLATFORMS):
        if is_wayland_session(environ):
            return _open_desktop(environ, wayland=True) or UnavailableIdleProbe(
                WAYLAND_NAME, "wayland"
            )
        display = environ.get("DISPLAY", "")
        if not display:
            return UnavailableIdleProbe(X11_NAME, "no_display")
        probe = _open_x11(display)
        if probe.unavailable_reason in ("no_xss_library", "no_xss_extension"):
            return _open_desktop(environ, wayland=False) or probe
        return probe
    return UnavailableIdleProbe("none", "unsupported_platform")


def _open_desktop(environ: Mapping[str, str], *, wayland: bool) -> IdleProbe | None:
    """The desktop's own idle source: mutter, KDE's screen saver service, then (on Wayland) a
    swayidle child; None when none answers. Needs the Qt application (QtDBus, QProcess)."""
    try:
        from companion.platform.idle_kde import open_screensaver
        from companion.platform.idle_mutter import open_mutter
        from companion.platform.idle_swayidle import open_swayidle
    except ImportError:
        log.warning("idle time: the desktop sources cannot be loaded", exc_info=True)
        return None

    openers: list[Callable[[], IdleProbe | None]] = [open_mutter, open_screensaver]
    if wayland:
        openers.append(lambda: open_swayidle(environ))
    for opener in openers:
        try:
            probe = opener()
        except Exception:
            log.warning("idle time: trying a desktop source failed", exc_info=True)
            continue
        if probe is not None:
            return probe
    return None


def is_wayland_session(environ: Mapping[str, str]) -> bool:
    session = environ.get("XDG_SESSION_TYPE", "").strip().lower()
    if session == "wayland":
        return True
    return bool(environ.get("WAYLAND_DISPLAY")) and session != "x11"


# --- X11 ------------------------------------------------------------------------------------


class XScreenSaverInfo(ctypes.Structure):
    """<X11/extensions/scrnsaver.h>; Window and the times are C `unsigned long`."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    )


def _load_library(soname: str, short_name: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        found = ctypes.util.find_library(short_name)
        if found is None:
            raise
        return ctypes.CDLL(found)


def _load_x11_libraries() -> tuple[Any, Any]:
    """libX11 and libXss with their prototypes set; OSError when either is missing."""
    xlib = _load_library("libX11.so.6", "X11")
    xss = _load_library("libXss.so.1", "Xss")
    xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    xlib.XCloseDisplay.restype = ctypes.c_int
    xlib.XFree.argtypes = (ctypes.c_void_p,)
    xlib.XFree.restype = ctypes.c_int
    info_pointer = ctypes.POINTER(XScreenSaverInfo)
    xss.XScreenSaverQueryExtension.argtypes = (
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    )
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverAllocInfo.argtypes = ()
    xss.XScreenSaverAllocInfo.restype = info_pointer
    xss.XScreenSaverQueryInfo.argtypes = (ctypes.c_void_p, ctypes.c_ulong, info_pointer)
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    return xlib, xss


def _open_x11(display_name: str) -> IdleProbe:
    try:
        xlib, xss = _load_x11_libraries()
    except OSError as error:
        log.info("idle time: libX11/libXss not found (Debian package libxss1): %s", error)
        return UnavailableIdleProbe(X11_NAME, "no_xss_library")
    display = None
    try:
        display = xlib.XOpenDisplay(os.fsencode(display_name))
        if not display:
            log.info("idle time: cannot open X display %r", display_name)
            return UnavailableIdleProbe(X11_NAME, "no_display")
        # Asking for the extension first matters: a request to a missing extension is an X
        # error, and Xlib's default error handler ends the process.
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            xlib.XCloseDisplay(display)
            log.info("idle time: X display %r has no MIT-SCREEN-SAVER extension", display_name)
            return UnavailableIdleProbe(X11_NAME, "no_xss_extension")
        info = xss.XScreenSaverAllocInfo()
        if not info:
            xlib.XCloseDisplay(display)
            log.warning("idle time: XScreenSaverAllocInfo failed")
            return UnavailableIdleProbe(X11_NAME, "error")
        return X11IdleProbe(xlib, xss, display, info)
    except Exception:
        log.warning("idle time: setting up the X11 probe failed", exc_info=True)
        if display:
            xlib.XCloseDisplay(display)
        return UnavailableIdleProbe(X11_NAME, "error")


class X11IdleProbe:
    """Reads the MIT-SCREEN-SAVER idle counter on one open display connection.

    Use it from one thread only (the Qt thread): the connection is not shared with Qt's own.
    Should the X server go away, Xlib's I/O error handler ends the process, as losing Qt's own
    connection would; that handler is process-wide, so it is left alone here.
    """

    name = X11_NAME
    source = "x11"

    def __init__(self, xlib: Any, xss: Any, display: int, info: Any) -> None:
        self.unavailable_reason: str | None = None
        self._xlib = xlib
        self._xss = xss
        self._display: int | None = display
        self._info = info  # POINTER(XScreenSaverInfo), from XScreenSaverAllocInfo
        self._root = xlib.XDefaultRootWindow(display)
        self._failures = FailureLog(self.name)

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        try:
            if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
                self._failures.failed("XScreenSaverQueryInfo failed")
                return None
            idle_ms = int(self._info.contents.idle)
        except Exception as error:
            self._failures.failed("reading the idle time failed", error)
            return None
        self._failures.succeeded()
        return idle_ms / 1000

    def close(self) -> None:
        if self._display is None:
            return
        display, self._display = self._display, None
        try:
            self._xlib.XFree(self._info)
            self._xlib.XCloseDisplay(display)
        except Exception:
            log.debug("idle time: closing the X display failed", exc_info=True)


# --- Windows --------------------------------------------------------------------------------


class LastInputInfo(ctypes.Structure):
    """LASTINPUTINFO: cbSize (UINT) must be set; dwTime (DWORD) is a GetTickCount value."""

    _fields_ = (("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32))


def ticks_between(earlier: int, later: int) -> int:
    """Milliseconds from one 32-bit tick count to a later one, across the wrap-around."""
    return (later - earlier) & 0xFFFFFFFF


def _load_windows() -> tuple[Any, Any]:
    if sys.platform == "win32":
        user32 = ctypes.WinDLL("user32")
        kernel32 = ctypes.WinDLL("kernel32")
        user32.GetLastInputInfo.argtypes = (ctypes.POINTER(LastInputInfo),)
        user32.GetLastInputInfo.restype = ctypes.c_int  # BOOL
        kernel32.GetTickCount.argtypes = ()
        kernel32.GetTickCount.restype = ctypes.c_uint32  # DWORD
        return user32, kernel32
    raise OSError("GetLastInputInfo exists on Windows only")


def _open_windows() -> IdleProbe:
    try:
        user32, kernel32 = _load_windows()
    except Exception:
        log.warning("idle time: user32/kernel32 could not be loaded", exc_info=True)
        return UnavailableIdleProbe(WINDOWS_NAME, "error")
    return WindowsIdleProbe(user32, kernel32)


class WindowsIdleProbe:
    """Idle time of this session from GetLastInputInfo; `user32`/`kernel32` may be fakes."""

    name = WINDOWS_NAME
    source = "windows"

    def __init__(self, user32: Any, kernel32: Any) -> None:
        self.unavailable_reason: str | None = None
        self._user32 = user32
        self._kernel32 = kernel32
        self._failures = FailureLog(self.name)

    def idle_seconds(self) -> float | None:
        try:
            info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
            if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
                self._failures.failed("GetLastInputInfo failed")
                return None
            # The tick count is read after the last input, so it is never the earlier one.
            idle_ms = ticks_between(int(info.dwTime), int(self._kernel32.GetTickCount()))
        except Exception as error:
            self._failures.failed("reading the idle time failed", error)
            return None
        self._failures.succeeded()
        return idle_ms / 1000

    def close(self) -> None:
        pass


# --- macOS ----------------------------------------------------------------------------------

IOKIT_PATH = "/System/Library/Frameworks/IOKit.framework/IOKit"
CORE_FOUNDATION_PATH = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
K_IO_MAIN_PORT_DEFAULT = 0  # kIOMasterPortDefault / kIOMainPortDefault: MACH_PORT_NULL
K_CF_STRING_ENCODING_UTF8 = 0x08000100
K_CF_NUMBER_SINT64_TYPE = 4


def _load_macos() -> tuple[Any, Any]:
    iokit = ctypes.CDLL(IOKIT_PATH)
    cf = ctypes.CDLL(CORE_FOUNDATION_PATH)
    iokit.IOServiceMatching.argtypes = (ctypes.c_char_p,)
    iokit.IOServiceMatching.restype = ctypes.c_void_p  # CFMutableDictionaryRef
    iokit.IOServiceGetMatchingService.argtypes = (ctypes.c_uint32, ctypes.c_void_p)
    iokit.IOServiceGetMatchingService.restype = ctypes.c_uint32  # io_service_t
    iokit.IORegistryEntryCreateCFProperty.argtypes = (
        ctypes.c_uint32,  # io_registry_entry_t
        ctypes.c_void_p,  # CFStringRef key
        ctypes.c_void_p,  # CFAllocatorRef
        ctypes.c_uint32,  # IOOptionBits
    )
    iokit.IORegistryEntryCreateCFProperty.restype = ctypes.c_void_p  # CFTypeRef
    iokit.IOObjectRelease.argtypes = (ctypes.c_uint32,)
    iokit.IOObjectRelease.restype = ctypes.c_int  # kern_return_t
    cf.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFGetTypeID.argtypes = (ctypes.c_void_p,)
    cf.CFGetTypeID.restype = ctypes.c_ulong
    cf.CFNumberGetTypeID.argtypes = ()
    cf.CFNumberGetTypeID.restype = ctypes.c_ulong
    cf.CFNumberGetValue.argtypes = (
        ctypes.c_void_p,  # CFNumberRef
        ctypes.c_long,  # CFNumberType (a CFIndex)
        ctypes.POINTER(ctypes.c_int64),
    )
    cf.CFNumberGetValue.restype = ctypes.c_ubyte  # Boolean
    cf.CFRelease.argtypes = (ctypes.c_void_p,)
    cf.CFRelease.restype = None
    return iokit, cf


def _open_macos() -> IdleProbe:
    try:
        iokit, cf = _load_macos()
        return MacIdleProbe(iokit, cf)
    except Exception:
        log.warning("idle time: IOKit/CoreFoundation could not be used", exc_info=True)
        return UnavailableIdleProbe(MACOS_NAME, "error")


class MacIdleProbe:
    """HIDIdleTime of the IOHIDSystem service; `iokit`/`cf` may be fakes.

    Follows the Create/Copy rule: the matching dictionary is consumed by
    IOServiceGetMatchingService, the service is released with IOObjectRelease and the property
    (a created CFTypeRef) with CFRelease, on every path.
    """

    name = MACOS_NAME
    source = "macos"

    def __init__(self, iokit: Any, cf: Any) -> None:
        self.unavailable_reason: str | None = None
        self._iokit = iokit
        self._cf = cf
        key = cf.CFStringCreateWithCString(None, b"HIDIdleTime", K_CF_STRING_ENCODING_UTF8)
        if not key:
            raise OSError("CFStringCreateWithCString failed")
        self._key: int | None = key
        self._number_type = cf.CFNumberGetTypeID()
        self._failures = FailureLog(self.name)

    def idle_seconds(self) -> float | None:
        if self._key is None:
            return None
        try:
            nanoseconds = self._read_nanoseconds(self._key)
        except Exception as error:
            self._failures.failed("reading HIDIdleTime failed", error)
            return None
        if nanoseconds is None:
            return None
        self._failures.succeeded()
        return nanoseconds / 1e9

    def _read_nanoseconds(self, key: int) -> int | None:
        matching = self._iokit.IOServiceMatching(b"IOHIDSystem")
        if not matching:
            self._failures.failed("IOServiceMatching failed")
            return None
        service = self._iokit.IOServiceGetMatchingService(K_IO_MAIN_PORT_DEFAULT, matching)
        if not service:
            self._failures.failed("no IOHIDSystem service")
            return None
        try:
            value = self._iokit.IORegistryEntryCreateCFProperty(service, key, None, 0)
        finally:
            self._iokit.IOObjectRelease(service)
        if not value:
            self._failures.failed("IOHIDSystem has no HIDIdleTime")
            return None
        try:
            if self._cf.CFGetTypeID(value) != self._number_type:
                self._failures.failed("HIDIdleTime is not a CFNumber")
                return None
            number = ctypes.c_int64()
            ok = self._cf.CFNumberGetValue(value, K_CF_NUMBER_SINT64_TYPE, ctypes.pointer(number))
            if not ok:
                self._failures.failed("HIDIdleTime is not a 64-bit integer")
                return None
            return int(number.value)
        finally:
            self._cf.CFRelease(value)

    def close(self) -> None:
        key, self._key = self._key, None
        if key:
            try:
                self._cf.CFRelease(key)
            except Exception:
                log.debug("idle time: releasing the CFString failed", exc_info=True)
