"""An X11 desktop with two screens side by side, for the multi-screen tests: Xorg with the dummy
video driver, its frame buffer widened to 2732×768 and two RandR monitors on it (the driver's
own output DUMMY0 on the left, `xrandr --setmonitor RIGHT` on the right), with openbox.

Qt reports the two monitors as two QScreens ("DUMMY0" at 0,0 and "RIGHT" at 1366,0), exactly
as it does for a laptop with a second monitor. Xvfb does not serve: Debian 12's Xvfb accepts
`xrandr --setmonitor` but lists no new monitor (and Qt sees one screen), and its Xinerama puts
every screen at (0, 0). Xorg needs root to start (the tests run as root in CI); standard
library only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.x_screen import stop

PACKAGES = ("xserver-xorg-core", "xserver-xorg-video-dummy", "x11-xserver-utils", "openbox")
LEFT, RIGHT = "DUMMY0", "RIGHT"
SIZE = (1366, 768)

XORG_CONF = """Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1366x768" 85.25 1366 1440 1576 1784 768 771 781 798 +hsync +vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 2732 768
    Modes "1366x768"
  EndSubSection
EndSection
"""


def skip_reason() -> str | None:
    """Why the two-screen desktop cannot start here (None when it can)."""
    if not Path("/usr/lib/xorg/modules/drivers/dummy_drv.so").exists() or not shutil.which("Xorg"):
        return f"needs Xorg's dummy driver: apt-get install {' '.join(PACKAGES)}"
    if not shutil.which("xrandr") or not shutil.which("openbox"):
        return f"needs xrandr and openbox: apt-get install {' '.join(PACKAGES)}"
    if os.geteuid() != 0:
        return "Xorg with the dummy driver needs root to start (the CI runs the tests as root)"
    return None


@contextmanager
def two_screens() -> Iterator[str]:
    """The display name of a new two-screen X desktop with openbox; stopped afterwards."""
    base = Path(tempfile.mkdtemp(prefix="companion-xorg-"))
    (base / "xorg.conf").write_text(XORG_CONF, encoding="utf-8")
    read_end, write_end = os.pipe()
    xorg = subprocess.Popen(
        ["Xorg", "-displayfd", str(write_end), "-noreset", "-nolisten", "tcp",
         "-config", str(base / "xorg.conf"), "-configdir", str(base / "none"),
         "-logfile", str(base / "Xorg.log")],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    helpers: list[subprocess.Popen] = []
    try:
        if not number.isdigit():
            raise AssertionError(f"Xorg did not start: {(base / 'Xorg.log').read_text()[-2000:]}")
        display = f":{number}"
        env = {**os.environ, "DISPLAY": display}
        for command in (
            ["xrandr", "--fb", "2732x768"],
            ["xrandr", "--setmonitor", RIGHT, "1366/361x768/203+1366+0", "none"],
        ):
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=10)
        helpers.append(
            subprocess.Popen(
                ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        time.sleep(1.0)
        yield display
    finally:
        for process in (*helpers, xorg):
            stop(process)
        shutil.rmtree(base, ignore_errors=True)
