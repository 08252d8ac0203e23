"""A real, headless Wayland session for tests: sway 1.7 (wlroots), mutter 43 (GNOME) or KWin 5.27
(KDE Plasma), each on a private session bus, with 1..N outputs. Standard library only.

Usage::

    from tests.helpers.wayland_session import require, wayland_session

    def test_something(tmp_path):
        require("sway")                                # skip (apt line) if missing; CI: fail
        with wayland_session("sway", outputs=2, tray=True) as session:  # tray: waybar (sway)
            session.python("from PySide6.QtGui import QGuiApplication; ...")  # CompletedProcess
            app = session.companion("--some-arg", env={"COMPANION_HOME": str(session.home / "c")})
            tree = session.swaymsg("-t", "get_tree")   # parsed JSON (sway only)
            session.run(["wtype", "hello"])            # any client, inside the session
            session.screenshot(tmp_path / "shot.png")  # grim (sway only), "-o HEADLESS-2" picks one
            session.has_owner("org.kde.StatusNotifierWatcher")  # a name on the session's bus
            display = session.x_display()              # sway's XWayland, e.g. ":1" (sway only)
            session.stop_process(app)                  # terminate, then kill after 5 s
        # everything the session started is stopped here, also on errors

What runs as whom: sway refuses to run as root, so when the tests run as root (CI), the
compositor and its session bus run as an unprivileged user (`COMPANION_TEST_USER`, default
`nobody`) through `setpriv`, with their own runtime directory; everything a test runs inside the
session (`run`, `popen`, `python`, `companion`, `swaymsg`, ...) runs as the test's own user with
`session.env`: WAYLAND_DISPLAY as an absolute path to the compositor's socket, SWAYSOCK (sway),
DBUS_SESSION_BUS_ADDRESS (the private bus, which lets any user connect), a private
XDG_RUNTIME_DIR owned by the caller, XDG_CURRENT_DESKTOP / XDG_SESSION_TYPE=wayland and
QT_QPA_PLATFORM=wayland, LANG=C.UTF-8 unless set, and none of the test's COMPANION_* variables
(give COMPANION_HOME). Not as root, everything runs as the caller.

`session.home` is a fresh directory every process may write to (the test's tmp_path may not be
readable by the compositor's user); `session.outputs` names the outputs ("HEADLESS-1", ... on
sway; mutter's virtual monitors are "Meta-0", ...). `session.log()` returns the compositor's
output so far (put it in assertion messages).

Environment used: sway with WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
WLR_HEADLESS_OUTPUTS=N and a config giving each output `size` side by side; mutter with
`--wayland --headless --no-x11 --virtual-monitor SIZE` (once per output) `--wayland-display NAME`
(KWin: `kwin_wayland --virtual --socket NAME --width W --height H --output-count N`, from a copy
without its file capability, which containers may refuse to exec)
and MUTTER_DEBUG_RESET_IDLETIME=1 (so a test may call IdleMonitor.ResetIdletime, which stands in
for input: headless mutter has no input device).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Debian 12 packages for each compositor's leg (the README's test command installs them).
PACKAGES = {
    "sway": ("sway", "swayidle", "wtype", "grim", "dbus"),
    "mutter": ("mutter", "dbus"),
    "kwin": ("kwin-wayland", "dbus"),
}
# The program each package brings, to see whether it is installed.
PROGRAMS = {
    "sway": "sway",
    "swayidle": "swayidle",
    "wtype": "wtype",
    "grim": "grim",
    "dbus": "dbus-daemon",
    "mutter": "mutter",
    "waybar": "waybar",
    "xwayland": "Xwayland",
    "kwin-wayland": "kwin_wayland",
}

# A private session bus any local user may join: the compositor runs as one user, the test's
# programs as another (root in CI). No service directories: nothing is started on demand.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

WAYBAR_CONFIG = """{"layer": "top", "position": "bottom", "height": 28,
 "modules-left": [], "modules-center": [], "modules-right": ["tray"],
 "tray": {"spacing": 8}}
"""

SWAY_CONFIG = """# written by tests/helpers/wayland_session.py
{outputs}
default_border none
focus_follows_mouse no
"""


def missing(compositor: str, extra: Sequence[str] = ()) -> list[str]:
    """The Debian packages `compositor`'s leg needs (plus `extra` packages) that are not here."""
    return [
        package
        for package in (*PACKAGES[compositor], *extra)
        if shutil.which(PROGRAMS.get(package, package)) is None
    ]


def skip_reason(compositor: str, extra: Sequence[str] = ()) -> str | None:
    """Why a test on `compositor` cannot run here (None when it can)."""
    absent = missing(compositor, extra)
    if absent:
        return (
            f"needs {', '.join(absent)} for a real {compositor} session: "
            f"apt-get install {' '.join(absent)} (python3 scripts/dev.py test installs them)"
        )
    if os.geteuid() == 0:
        try:
            _user()
        except KeyError as error:
            return f"the unprivileged user for the compositor does not exist: {error}"
    return None


def require(compositor: str, extra: Sequence[str] = ()) -> None:
    """pytest.skip (with the apt line) when `compositor` or `extra` packages are missing; on CI
    (CI set) the test fails instead, as tests/e2e/conftest.py's need_tools: nothing may be
    skipped silently there."""
    import pytest

    reason = skip_reason(compositor, extra)
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _shared_memory_for_everyone() -> None:
    """The compositor's buffers live in POSIX shared memory (/dev/shm), which a Debian system
    has writable by every user (mode 1777). A chroot that binds the host's /dev without its
    mounts shows the bare device folder instead (0755, root's), where the compositor's user
    cannot make a buffer and every frame and screenshot fails: give it the usual mode."""
    shm = Path("/dev/shm")
    if os.geteuid() == 0 and shm.is_dir() and shm.stat().st_mode & 0o1777 != 0o1777:
        shm.chmod(0o1777)


def _user() -> pwd.struct_passwd:
    return pwd.getpwnam(os.environ.get("COMPANION_TEST_USER", "nobody"))


def stop_process(process: subprocess.Popen, timeout: float = 5) -> None:
    """Terminate `process` (and its process group when it leads one), kill it after `timeout`;
    its pipes are closed (left to the garbage collector, they surface as unclosed-file warnings
    in whichever later test happens to collect them)."""
    try:
        if process.poll() is None:
            try:
                process.terminate()
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    finally:
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()


class WaylandSession:
    """A running compositor; made by `wayland_session()`, which also stops it."""

    def __init__(self, compositor: str, outputs: int, size: str) -> None:
        self.compositor = compositor
        self.size = size
        self.outputs: list[str] = []
        self.base = Path(tempfile.mkdtemp(prefix=f"companion-{compositor}-"))
        self.base.chmod(0o755)
        self.home = self.base / "home"
        self.home.mkdir()
        self.home.chmod(0o1777)  # every process of the session may write here
        self._root = os.geteuid() == 0
        self._user = _user() if self._root else None
        self._server_runtime = self.base / "server-runtime"  # the compositor's XDG_RUNTIME_DIR
        self._client_runtime = self.base / "client-runtime"  # the test's own programs'
        for directory in (self._server_runtime, self._client_runtime):
            directory.mkdir(mode=0o700)
        if self._user is not None:
            os.chown(self._server_runtime, self._user.pw_uid, self._user.pw_gid)
        self._processes: list[subprocess.Popen] = []  # the test's, stopped first
        self._servers: list[subprocess.Popen] = []  # bus and compositor, stopped last
        self._log_path = self.base / "compositor.log"
        self.env: dict[str, str] = {}
        self._x_display: str | None = None
        try:
            self._start(outputs)
        except BaseException:
            self.stop()
            raise

    # --- starting ---------------------------------------------------------------------------

    def _as_server(self, argv: Sequence[str]) -> list[str]:
        if self._user is None:
            return list(argv)
        return [
            "setpriv",
            f"--reuid={self._user.pw_uid}",
            f"--regid={self._user.pw_gid}",
            "--clear-groups",
            "--pdeathsig=TERM",
            *argv,
        ]

    def _server_env(self) -> dict[str, str]:
        keep = ("PATH", "LANG", "LC_ALL", "TZ")
        env = {key: os.environ[key] for key in keep if key in os.environ}
        env.update(
            HOME=str(self.home),
            XDG_RUNTIME_DIR=str(self._server_runtime),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
        )
        return env

    def _start(self, outputs: int) -> None:
        _shared_memory_for_everyone()
        bus_socket = self._server_runtime / "bus"
        config = self.base / "bus.conf"
        config.write_text(BUS_CONFIG.format(socket=bus_socket), encoding="utf-8")
        config.chmod(0o644)
        bus = subprocess.Popen(
            self._as_server(["dbus-daemon", "--nofork", f"--config-file={config}"]),
            env=self._server_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._servers.append(bus)
        self._wait(lambda: bus_socket.exists(), "the session bus did not start", bus)
        bus_address = f"unix:path={bus_socket}"
        server_env = {**self._server_env(), "DBUS_SESSION_BUS_ADDRESS": bus_address}
        log = self._log_path.open("wb")
        if self.compositor == "sway":
            width = int(self.size.split("x")[0])
            self.outputs = [f"HEADLESS-{n}" for n in range(1, outputs + 1)]
            lines = [
                f"output {name} resolution {self.size} position {index * width} 0"
                for index, name in enumerate(self.outputs)
            ]
            sway_config = self.base / "sway.conf"
            sway_config.write_text(SWAY_CONFIG.format(outputs="\n".join(lines)), encoding="utf-8")
            sway_config.chmod(0o644)
            server_env.update(
                WLR_BACKENDS="headless",
                WLR_LIBINPUT_NO_DEVICES="1",
                WLR_RENDERER="pixman",
                WLR_HEADLESS_OUTPUTS=str(outputs),
                XDG_CURRENT_DESKTOP="sway",
            )
            argv = ["sway", "-c", str(sway_config)]
            desktop = "sway"
        elif self.compositor == "mutter":
            self.outputs = [f"Meta-{n}" for n in range(outputs)]
            monitors = [arg for _ in range(outputs) for arg in ("--virtual-monitor", self.size)]
            # Lets a test reset mutter's idle time (org.gnome.Mutter.IdleMonitor.ResetIdletime),
            # what input would do: headless mutter has no input device.
            server_env.update(XDG_CURRENT_DESKTOP="GNOME", MUTTER_DEBUG_RESET_IDLETIME="1")
            argv = [
                "mutter", "--wayland", "--headless", "--no-x11", *monitors,
                "--wayland-display", "wayland-companion",
            ]  # fmt: skip
            desktop = "GNOME"
        elif self.compositor == "kwin":
            width, height = self.size.split("x")
            self.outputs = [f"Virtual-{n}" for n in range(outputs)]
            server_env.update(XDG_CURRENT_DESKTOP="KDE", KDE_FULL_SESSION="true")
            argv = [
                str(self._kwin_without_capabilities()), "--virtual", "--socket",
                "wayland-companion", "--width", width, "--height", height,
                "--output-count", str(outputs), "--no-global-shortcuts",
                "--no-kactivities",
            ]  # fmt: skip
            desktop = "KDE"
        else:
            raise ValueError(f"unknown compositor {self.compositor!r}: sway, mutter or kwin")
        compositor = subprocess.Popen(
            self._as_server(argv), env=server_env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        self._servers.append(compositor)
        self._wait(self._find_socket, "the compositor made no Wayland socket", compositor)
        socket = self._find_socket()
        assert socket is not None
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(
                ("QT_", "WAYLAND_", "DBUS_", "XDG_", "SWAY", "PYTEST_", "COMPANION_")
            )
            and key != "DISPLAY"
        }
        self.env.setdefault("LANG", "C.UTF-8")
        self.env.update(
            WAYLAND_DISPLAY=str(socket),
            XDG_RUNTIME_DIR=str(self._client_runtime),
            DBUS_SESSION_BUS_ADDRESS=bus_address,
            XDG_CURRENT_DESKTOP=desktop,
            XDG_SESSION_TYPE="wayland",
            QT_QPA_PLATFORM="wayland",
        )
        if self.compositor == "sway":
            self._wait(
                lambda: self._sway_socket() is not None, "sway has no IPC socket", compositor
            )
            self.env["SWAYSOCK"] = str(self._sway_socket())
            self._wait(
                lambda: self.run(["swaymsg", "-t", "get_version"]).returncode == 0,
                "sway does not answer swaymsg",
                compositor,
            )
        elif self.compositor == "mutter":
            self._wait(self._mutter_ready, "mutter's IdleMonitor is not on the bus", compositor)
        else:
            self._wait(lambda: self.has_owner("org.kde.KWin"), "KWin is not on the bus", compositor)

    def _kwin_without_capabilities(self) -> Path:
        """kwin_wayland carries a file capability (cap_sys_resource), which a container's
        bounding set may refuse at exec ("Operation not permitted"): a copy without it, still
        named kwin_wayland (KWin's own Qt platform plugin loads only in a program of that name)."""
        original = shutil.which("kwin_wayland")
        if original is None:
            raise RuntimeError("kwin_wayland is not installed: apt-get install kwin-wayland")
        directory = self.base / "kwin"
        directory.mkdir(mode=0o755, exist_ok=True)
        copy = directory / "kwin_wayland"
        shutil.copyfile(original, copy)  # contents only: no extended attributes, no capability
        copy.chmod(0o755)
        return copy

    def _find_socket(self) -> Path | None:
        sockets = [
            path
            for path in sorted(self._server_runtime.glob("wayland-*"))
            if not path.name.endswith(".lock") and path.is_socket()
        ]
        return sockets[0] if sockets else None

    def _sway_socket(self) -> Path | None:
        found = sorted(self._server_runtime.glob("sway-ipc.*.sock"))
        return found[0] if found else None

    def _mutter_ready(self) -> bool:
        return self.has_owner("org.gnome.Mutter.IdleMonitor")

    def has_owner(self, name: str) -> bool:
        """Whether `name` is owned on the session's bus."""
        reply = self.run(
            [
                "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}",
            ]
        )  # fmt: skip
        return "boolean true" in reply.stdout

    def start_tray(self) -> subprocess.Popen:
        """waybar with only a tray module, once it hosts StatusNotifierItems (sway only)."""
        if self.compositor != "sway":
            raise ValueError("waybar needs wlroots' layer-shell: use sway for a tray")
        config = self.base / "waybar.json"
        config.write_text(WAYBAR_CONFIG, encoding="utf-8")
        style = self.base / "waybar.css"
        style.write_text("* { font-size: 12px; }\n", encoding="utf-8")
        waybar = self.popen(
            ["waybar", "-c", str(config), "-s", str(style)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait(
            lambda: self.has_owner("org.kde.StatusNotifierWatcher"),
            "waybar hosts no tray (org.kde.StatusNotifierWatcher)",
            waybar,
        )
        return waybar

    def _wait(self, ready: Any, what: str, process: subprocess.Popen, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if ready():
                return
            if process.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError(f"{what} (exit status {process.poll()}):\n{self.log()[-3000:]}")

    # --- using ------------------------------------------------------------------------------

    def log(self) -> str:
        """The compositor's output so far."""
        try:
            return self._log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def _env(self, env: Mapping[str, str] | None) -> dict[str, str]:
        return {**self.env, **(env or {})}

    def run(
        self, argv: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 60,
        **options: Any,
    ) -> subprocess.CompletedProcess:  # fmt: skip
        """Run `argv` inside the session; output captured as text; never raises on failure."""
        options.setdefault("capture_output", True)
        options.setdefault("text", True)
        return subprocess.run(
            list(argv), env=self._env(env), timeout=timeout, check=False, **options
        )

    def popen(
        self, argv: Sequence[str], env: Mapping[str, str] | None = None, **options: Any
    ) -> subprocess.Popen:
        """Start `argv` inside the session; it is stopped with the session if still running."""
        process = subprocess.Popen(list(argv), env=self._env(env), **options)
        self._processes.append(process)
        return process

    def python(
        self, code: str, env: Mapping[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess:
        """Run a Python snippet (this interpreter, so companion and PySide6 import)."""
        return self.run([sys.executable, "-c", code], env=env, timeout=timeout)

    def companion(
        self, *args: str, env: Mapping[str, str] | None = None, **options: Any
    ) -> subprocess.Popen:
        """Start the real `python -m companion ARGS` inside the session (give COMPANION_HOME)."""
        return self.popen([sys.executable, "-m", "companion", *args], env=env, **options)

    def swaymsg(self, *args: str) -> Any:
        """`swaymsg -r ARGS`, parsed (sway only); raises when swaymsg fails."""
        result = self.run(["swaymsg", "-r", *args], timeout=15)
        if result.returncode != 0:
            raise RuntimeError(f"swaymsg {' '.join(args)} failed: {result.stderr}{result.stdout}")
        return json.loads(result.stdout)

    def screenshot(self, path: Path, output: str | None = None) -> Path:
        """A PNG of every output (or of `output`) through grim (wlroots compositors only)."""
        argv = ["grim", *(["-o", output] if output else []), str(path)]
        result = self.run(argv, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"grim failed: {result.stderr}")
        return path

    def x_display(self, timeout: float = 15) -> str:
        """The DISPLAY of sway's XWayland (sway only), which the test's own user may use: X11
        programs run in the session with env={"DISPLAY": ..., "QT_QPA_PLATFORM": "xcb",
        "WAYLAND_DISPLAY": ""}. sway starts XWayland at its first X client; asked as root, the
        compositor's user lets root in (xhost, from x11-xserver-utils)."""
        if self.compositor != "sway":
            raise ValueError("x_display() needs sway (mutter runs here with --no-x11)")
        if self._x_display is not None:
            return self._x_display
        answer = self.home / ".x-display"
        script = self.base / "x-display.sh"
        allow = "xhost +si:localuser:root >/dev/null 2>&1\n" if self._user is not None else ""
        script.write_text(f"#!/bin/sh\n{allow}echo \"$DISPLAY\" > {answer}.new\n"
                          f"mv {answer}.new {answer}\n", encoding="utf-8")  # fmt: skip
        script.chmod(0o755)
        self.swaymsg("exec", str(script))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if answer.exists():
                display = answer.read_text(encoding="utf-8").strip()
                if not display:
                    raise RuntimeError("sway has no XWayland (is the xwayland package there?)")
                self._x_display = display
                return display
            time.sleep(0.05)
        raise RuntimeError(f"sway did not tell its DISPLAY:\n{self.log()[-2000:]}")

    def stop_process(self, process: subprocess.Popen, timeout: float = 5) -> None:
        stop_process(process, timeout)

    def stop(self) -> None:
        """Stop what the test started, then the compositor and the bus; remove the files."""
        for process in reversed(self._processes):
            stop_process(process)
        for process in reversed(self._servers):
            stop_process(process)
        self._processes.clear()
        self._servers.clear()
        shutil.rmtree(self.base, ignore_errors=True)


@contextmanager
def wayland_session(
    compositor: str = "sway", outputs: int = 1, size: str = "1280x800", *, tray: bool = False
) -> Iterator[WaylandSession]:
    """A headless `compositor` ("sway", "mutter" or "kwin") with `outputs` outputs of `size` side by
    side, stopped (with everything started in it) when the block ends. `tray`: a waybar with
    only its tray module (a StatusNotifierItem host, so Qt's tray icon works; sway only)."""
    session = WaylandSession(compositor, outputs, size)
    try:
        if tray:
            session.start_tray()
        yield session
    finally:
        session.stop()
