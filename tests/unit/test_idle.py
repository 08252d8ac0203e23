"""Idle probes: which one each system gets, the Windows and macOS logic with fake libraries, and
the real X11 probe against a private Xvfb screen (the pointer moved with xdotool)."""

# The fake libraries' methods carry the C functions' names.
# ruff: noqa: N802

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import time
from contextlib import AbstractContextManager
from pathlib import Path
from types import SimpleNamespace

import pytest

from companion.platform import idle
from companion.platform.idle import (
    K_CF_NUMBER_SINT64_TYPE,
    MACOS_NAME,
    WAYLAND_NAME,
    WINDOWS_NAME,
    X11_NAME,
    LastInputInfo,
    MacIdleProbe,
    WindowsIdleProbe,
    X11IdleProbe,
    XScreenSaverInfo,
    is_wayland_session,
    make_idle_probe,
    ticks_between,
)
from tests.helpers.x_screen import x_screen

# --- choosing the probe ----------------------------------------------------------------------


@pytest.fixture
def no_x_libraries(monkeypatch):
    """Fails the test if the X11 libraries are even loaded."""

    def refuse():
        raise AssertionError("the X11 libraries must not be loaded here")

    monkeypatch.setattr(idle, "_load_x11_libraries", refuse)


@pytest.mark.parametrize(
    "environ",
    [
        {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
        {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
        # A compositor started from a text console (sway from a tty) has XWayland on DISPLAY.
        {"WAYLAND_DISPLAY": "wayland-1", "XDG_SESSION_TYPE": "tty", "DISPLAY": ":1"},
        {"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1"},
    ],
)
def test_a_wayland_session_is_not_measured_by_x11(no_x_libraries, monkeypatch, environ):
    # The desktops' own sources are tests/unit/test_idle_sources.py's; here none answers.
    monkeypatch.setattr(idle, "_open_desktop", lambda environ, wayland: None)
    probe = make_idle_probe(environ, "linux")
    assert (probe.name, probe.unavailable_reason) == (WAYLAND_NAME, "wayland")
    assert probe.idle_seconds() is None
    probe.close()


def test_wayland_display_inside_an_x11_session_is_still_x11():
    # e.g. a nested Weston window on an X11 desktop
    environ = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}
    assert not is_wayland_session(environ)


@pytest.mark.parametrize("environ", [{}, {"DISPLAY": ""}, {"XDG_SESSION_TYPE": "x11"}])
def test_no_display_means_no_idle_time(no_x_libraries, environ):
    probe = make_idle_probe(environ, "linux")
    assert (probe.name, probe.unavailable_reason) == (X11_NAME, "no_display")
    assert probe.idle_seconds() is None


def test_a_missing_libxss_is_reported(monkeypatch):
    def missing():
        raise OSError("libXss.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(idle, "_load_x11_libraries", missing)
    probe = make_idle_probe({"DISPLAY": ":0"}, "freebsd14")
    assert (probe.name, probe.unavailable_reason) == (X11_NAME, "no_xss_library")
    assert probe.idle_seconds() is None


@pytest.mark.parametrize("platform", ["sunos5", "emscripten", "aix7"])
def test_other_systems_are_unsupported(no_x_libraries, platform):
    probe = make_idle_probe({"DISPLAY": ":0"}, platform)
    assert probe.unavailable_reason == "unsupported_platform"
    assert probe.idle_seconds() is None


def test_windows_and_macos_libraries_do_not_load_on_linux():
    # Their probes are chosen by name, and fail softly where their libraries don't exist.
    windows = make_idle_probe({}, "win32")
    assert (windows.name, windows.unavailable_reason) == (WINDOWS_NAME, "error")
    macos = make_idle_probe({}, "darwin")
    assert (macos.name, macos.unavailable_reason) == (MACOS_NAME, "error")
    assert windows.idle_seconds() is None
    assert macos.idle_seconds() is None


def test_choosing_never_raises():
    class Broken(dict):
        def get(self, *args):
            raise RuntimeError("broken environment")

    probe = make_idle_probe(Broken(), "linux")
    assert probe.unavailable_reason == "error"


# --- X11 with fake libraries -----------------------------------------------------------------


class FakeXlib:
    def __init__(self, display: int = 0x5555):
        self.display = display
        self.closed: list[int] = []
        self.freed: list[object] = []

    def XOpenDisplay(self, name):
        assert isinstance(name, bytes)
        return self.display

    def XDefaultRootWindow(self, display):
        return 0x1E5

    def XCloseDisplay(self, display):
        self.closed.append(display)
        return 0

    def XFree(self, pointer):
        self.freed.append(pointer)
        return 1


class FakeXss:
    def __init__(self, extension: bool = True, idle_ms: int = 0):
        self.extension = extension
        self.idle_ms = idle_ms
        self.status = 1
        self.error: Exception | None = None

    def XScreenSaverQueryExtension(self, display, event_base, error_base):
        return 1 if self.extension else 0

    def XScreenSaverAllocInfo(self):
        return ctypes.pointer(XScreenSaverInfo())

    def XScreenSaverQueryInfo(self, display, root, info):
        assert root == 0x1E5
        if self.error is not None:
            raise self.error
        info.contents.idle = self.idle_ms
        return self.status


def use_fake_x(monkeypatch, xlib: FakeXlib, xss: FakeXss) -> None:
    monkeypatch.setattr(idle, "_load_x11_libraries", lambda: (xlib, xss))


def test_x11_probe_reads_milliseconds_and_closes_once(monkeypatch):
    xlib, xss = FakeXlib(), FakeXss(idle_ms=61_250)
    use_fake_x(monkeypatch, xlib, xss)
    probe = make_idle_probe({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux")
    assert isinstance(probe, X11IdleProbe)
    assert probe.unavailable_reason is None
    assert probe.idle_seconds() == pytest.approx(61.25)
    probe.close()
    probe.close()
    assert xlib.closed == [xlib.display]
    assert len(xlib.freed) == 1
    assert probe.idle_seconds() is None


def test_x11_failures_read_as_unknown(monkeypatch):
    xlib, xss = FakeXlib(), FakeXss(idle_ms=1000)
    use_fake_x(monkeypatch, xlib, xss)
    probe = make_idle_probe({"DISPLAY": ":0"}, "linux")
    xss.status = 0
    assert probe.idle_seconds() is None
    xss.status, xss.error = 1, OSError("boom")
    assert probe.idle_seconds() is None
    xss.error = None
    assert probe.idle_seconds() == 1.0


def test_x11_display_that_cannot_be_opened(monkeypatch):
    use_fake_x(monkeypatch, FakeXlib(display=0), FakeXss())
    probe = make_idle_probe({"DISPLAY": ":9"}, "linux")
    assert probe.unavailable_reason == "no_display"


def test_x11_server_without_the_extension_is_closed_again(monkeypatch):
    xlib = FakeXlib()
    use_fake_x(monkeypatch, xlib, FakeXss(extension=False))
    probe = make_idle_probe({"DISPLAY": ":0"}, "linux")
    assert probe.unavailable_reason == "no_xss_extension"
    assert xlib.closed == [xlib.display]


# --- Windows with fake user32 / kernel32 -----------------------------------------------------


class FakeUser32:
    def __init__(self, last_input: int, ok: bool = True):
        self.last_input = last_input
        self.ok = ok

    def GetLastInputInfo(self, pointer):
        assert pointer.contents.cbSize == ctypes.sizeof(LastInputInfo) == 8
        pointer.contents.dwTime = self.last_input
        return 1 if self.ok else 0


def kernel32(tick: int) -> SimpleNamespace:
    return SimpleNamespace(GetTickCount=lambda: tick)


def test_windows_idle_time_is_tick_count_minus_last_input():
    probe = WindowsIdleProbe(FakeUser32(last_input=1_000_000), kernel32(1_045_500))
    assert probe.unavailable_reason is None
    assert probe.idle_seconds() == pytest.approx(45.5)


def test_windows_idle_time_survives_the_49_day_wrap_around():
    # Input 256 ms before the tick count wrapped; read 256 ms after.
    probe = WindowsIdleProbe(FakeUser32(last_input=0xFFFF_FF00), kernel32(0x100))
    assert probe.idle_seconds() == pytest.approx(0.512)
    assert ticks_between(0xFFFF_FFFF, 0) == 1
    assert ticks_between(5, 5) == 0


def test_windows_failures_read_as_unknown():
    assert WindowsIdleProbe(FakeUser32(0, ok=False), kernel32(10)).idle_seconds() is None

    def broken():
        raise OSError("access denied")

    probe = WindowsIdleProbe(FakeUser32(0), SimpleNamespace(GetTickCount=broken))
    assert probe.idle_seconds() is None


# --- macOS with fake IOKit / CoreFoundation --------------------------------------------------

KEY, MATCHING, SERVICE, NUMBER, STRING = 0x1000, 0x2000, 0x3000, 0x4000, 0x5000
NUMBER_TYPE, STRING_TYPE = 22, 7


class FakeMac:
    """IOKit and CoreFoundation at once; counts what is created and released."""

    def __init__(self, nanoseconds: int | None = 3_250_000_000):
        self.nanoseconds = nanoseconds
        self.service = SERVICE
        self.property = NUMBER
        self.get_value_ok = True
        self.cf_released: list[int] = []
        self.io_released: list[int] = []
        self.matching_live = 0

    # CoreFoundation
    def CFStringCreateWithCString(self, allocator, text, encoding):
        assert (text, encoding) == (b"HIDIdleTime", 0x08000100)
        return KEY

    def CFNumberGetTypeID(self):
        return NUMBER_TYPE

    def CFGetTypeID(self, value):
        return NUMBER_TYPE if value == NUMBER else STRING_TYPE

    def CFNumberGetValue(self, number, number_type, pointer):
        assert (number, number_type) == (NUMBER, K_CF_NUMBER_SINT64_TYPE)
        pointer.contents.value = self.nanoseconds
        return 1 if self.get_value_ok else 0

    def CFRelease(self, value):
        self.cf_released.append(value)

    # IOKit
    def IOServiceMatching(self, name):
        assert name == b"IOHIDSystem"
        self.matching_live += 1
        return MATCHING

    def IOServiceGetMatchingService(self, port, matching):
        assert (port, matching) == (0, MATCHING)
        self.matching_live -= 1  # consumed, found or not
        return self.service

    def IORegistryEntryCreateCFProperty(self, service, key, allocator, options):
        assert (service, key, options) == (SERVICE, KEY, 0)
        return self.property

    def IOObjectRelease(self, service):
        self.io_released.append(service)
        return 0


def test_macos_hid_idle_time_is_nanoseconds():
    mac = FakeMac(nanoseconds=3_250_000_000)
    probe = MacIdleProbe(mac, mac)
    assert probe.unavailable_reason is None
    assert probe.idle_seconds() == pytest.approx(3.25)
    assert (mac.io_released, mac.cf_released, mac.matching_live) == ([SERVICE], [NUMBER], 0)
    probe.close()
    assert mac.cf_released == [NUMBER, KEY]
    assert probe.idle_seconds() is None


def test_macos_everything_is_released_when_reading_fails():
    mac = FakeMac()
    probe = MacIdleProbe(mac, mac)
    mac.property = STRING  # not a CFNumber
    assert probe.idle_seconds() is None
    mac.property = NUMBER
    mac.get_value_ok = False
    assert probe.idle_seconds() is None
    mac.property = 0  # no such property
    assert probe.idle_seconds() is None
    assert mac.io_released == [SERVICE] * 3
    assert mac.cf_released == [STRING, NUMBER]
    mac.service = 0  # no IOHIDSystem
    assert probe.idle_seconds() is None
    assert mac.io_released == [SERVICE] * 3
    assert mac.matching_live == 0


def test_macos_exceptions_read_as_unknown():
    mac = FakeMac()
    probe = MacIdleProbe(mac, mac)

    def broken(*args):
        raise OSError("IOKit went away")

    mac.IORegistryEntryCreateCFProperty = broken
    assert probe.idle_seconds() is None
    assert mac.io_released == [SERVICE]


# --- the real X11 probe on Xvfb --------------------------------------------------------------


def need(missing: list[str]) -> None:
    if not missing:
        return
    message = f"needs {', '.join(missing)} (python3 scripts/dev.py test installs them)"
    if os.environ.get("CI"):
        pytest.fail(message)  # on CI nothing may be skipped
    pytest.skip(message)


def need_x_tools(*tools: str) -> None:
    """Skip (fail on CI) unless the tools and libX11/libXss are installed."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    try:
        idle._load_x11_libraries()
    except OSError:
        missing.append("libXss.so.1 (Debian package libxss1)")
    need(missing)


def xvfb(*options: str) -> AbstractContextManager[str]:
    """A private Xvfb screen with no window manager; yields its DISPLAY."""
    return x_screen("640x480", *options, window_manager=False, tray=False)


def move_pointer(display: str, x: int, y: int) -> None:
    subprocess.run(
        ["xdotool", "mousemove", str(x), str(y)],
        env={**os.environ, "DISPLAY": display},
        check=True,
        timeout=10,
        capture_output=True,
    )


def test_x11_probe_on_xvfb_sees_the_pointer_move():
    need_x_tools("Xvfb", "xdotool")
    with xvfb() as display:
        probe = make_idle_probe({"DISPLAY": display, "XDG_SESSION_TYPE": "x11"}, "linux")
        try:
            assert (probe.name, probe.unavailable_reason) == (X11_NAME, None)
            move_pointer(display, 100, 100)
            fresh = probe.idle_seconds()
            assert fresh is not None
            assert 0 <= fresh < 1.0
            time.sleep(1.5)
            waited = probe.idle_seconds()
            assert waited is not None
            assert waited >= 1.4
            started = time.perf_counter()
            probe.idle_seconds()
            assert time.perf_counter() - started < 0.05  # cheap enough to poll on the GUI thread
            move_pointer(display, 300, 200)
            moved = probe.idle_seconds()
            assert moved is not None
            assert moved < 1.0
            assert moved < waited
        finally:
            probe.close()
        assert probe.idle_seconds() is None


def test_x11_server_without_the_screen_saver_extension():
    need_x_tools("Xvfb")
    with xvfb("-extension", "MIT-SCREEN-SAVER") as display:
        probe = make_idle_probe({"DISPLAY": display}, "linux")
        assert (probe.name, probe.unavailable_reason) == (X11_NAME, "no_xss_extension")
        assert probe.idle_seconds() is None


def test_x11_display_nobody_serves():
    need_x_tools()
    number = next(n for n in range(4321, 4400) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    started = time.perf_counter()
    probe = make_idle_probe({"DISPLAY": f":{number}"}, "linux")
    assert probe.unavailable_reason == "no_display"
    assert time.perf_counter() - started < 1.0
