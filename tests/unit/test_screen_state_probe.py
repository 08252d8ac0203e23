"""The screen-state probe (companion/platform/screen_state.py): Windows' answer through a
stand-in shell32, GNOME's Do Not Disturb through a stand-in gsettings, and the active window's
full screen on a real X server (Xvfb with openbox). The real Windows entry point is called
under Wine in tests/windows/test_windows_notices.py."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
import time

import pytest

from companion.domain import screen_state as states
from companion.platform.screen_state import (
    DesktopScreenState,
    GnomeBanners,
    WindowsScreenState,
    X11FullScreen,
    make_screen_state_probe,
)
from tests.helpers.x_screen import x_screen


class Shell32:
    """SHQueryUserNotificationState answering `value` (and `result` as its HRESULT)."""

    def __init__(self, value: int, result: int = 0) -> None:
        self.value, self.result = value, result

    def SHQueryUserNotificationState(self, pointer) -> int:  # noqa: N802 (the DLL's name)
        ctypes.cast(pointer, ctypes.POINTER(ctypes.c_int))[0] = self.value
        return self.result


@pytest.mark.parametrize("value", sorted(states.WINDOWS_STATES))
def test_windows_each_state_is_read(value):
    probe = WindowsScreenState(Shell32(value))
    assert probe.state() == states.WINDOWS_STATES[value]
    assert probe.last_value == value


def test_windows_a_failure_or_an_undocumented_state_reads_as_unknown():
    assert WindowsScreenState(Shell32(5, result=-2147467259)).state() is None  # E_FAIL
    assert WindowsScreenState(Shell32(42)).state() is None

    class Broken:
        def SHQueryUserNotificationState(self, pointer):  # noqa: N802
            raise OSError("gone")

    assert WindowsScreenState(Broken()).state() is None


def test_shell32_does_not_load_here_and_choosing_never_raises():
    probe = make_screen_state_probe({}, "win32")
    assert probe.unavailable_reason == "error" and probe.state() is None
    assert make_screen_state_probe({}, "sunos5").unavailable_reason == "unsupported_platform"


def answer(stdout: str, code: int = 0):
    def run(command):
        assert command[:2] == ["gsettings", "get"]
        return subprocess.CompletedProcess(command, code, stdout, "")

    return run


def test_gnome_do_not_disturb_is_banners_off():
    assert GnomeBanners(answer("false\n")).do_not_disturb() is True
    assert GnomeBanners(answer("true\n")).do_not_disturb() is False
    assert GnomeBanners(answer("", 1)).do_not_disturb() is None  # no such schema


def test_gnome_gsettings_that_hangs_or_is_missing_reads_as_unknown():
    def hangs(command):
        raise subprocess.TimeoutExpired(command, 2)

    def missing(command):
        raise FileNotFoundError(command[0])

    assert GnomeBanners(hangs).do_not_disturb() is None
    assert GnomeBanners(missing).do_not_disturb() is None


def test_a_desktop_with_do_not_disturb_holds_breaks_even_without_x11():
    probe = DesktopScreenState(None, GnomeBanners(answer("false")))
    assert probe.state() == states.DO_NOT_DISTURB and probe.name == "GNOME Do Not Disturb"
    assert DesktopScreenState(None, GnomeBanners(answer("true"))).state() == states.ACCEPTS


def test_wayland_without_gnome_has_nothing_to_read():
    probe = make_screen_state_probe({"XDG_SESSION_TYPE": "wayland"}, "linux")
    assert probe.unavailable_reason == "wayland" and probe.state() is None
    assert make_screen_state_probe({}, "linux").unavailable_reason == "no_display"


FULL_SCREEN_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.setWindowTitle("a softphone")
window.showFullScreen() if sys.argv[1] == "full" else window.show()
print("shown", flush=True)
app.exec()
"""


def show_window(display: str, mode: str) -> subprocess.Popen:
    env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"}
    process = subprocess.Popen(
        [sys.executable, "-c", FULL_SCREEN_WINDOW, mode],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"shown"
    return process


def close_window(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait()
    if process.stdout is not None:
        process.stdout.close()


def wait_for(probe: X11FullScreen, expected: bool, timeout: float = 10) -> bool | None:
    deadline = time.monotonic() + timeout
    found = probe.full_screen()
    while found is not expected and time.monotonic() < deadline:
        time.sleep(0.2)
        found = probe.full_screen()
    return found


@pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("openbox") is None, reason="needs Xvfb, openbox"
)
def test_x11_the_active_window_in_full_screen_is_seen():
    with x_screen("1024x768", tray=False) as display:
        probe = X11FullScreen.open(display)
        assert probe is not None
        try:
            assert probe.full_screen() is False  # nothing active yet
            window = show_window(display, "normal")
            try:
                assert wait_for(probe, False) is False
            finally:
                close_window(window)
            window = show_window(display, "full")
            try:
                assert wait_for(probe, True) is True
                whole = make_screen_state_probe({"DISPLAY": display}, "linux")
                assert (
                    whole.state() == states.FULL_SCREEN and whole.name == "X11 full-screen window"
                )
                whole.close()
            finally:
                close_window(window)
            assert wait_for(probe, False) is False  # the window gone: no X error, no exit
        finally:
            probe.close()
        assert probe.full_screen() is None


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_x11_own_windows_do_not_count():
    with x_screen("1024x768", tray=False) as display:
        window = show_window(display, "full")
        try:
            probe = X11FullScreen.open(display)
            assert probe is not None
            assert wait_for(probe, True) is True
            probe._own_pid = window.pid  # as if that window were Companion's own
            assert probe.full_screen() is False
            probe.close()
        finally:
            close_window(window)
