"""The desktops' own idle sources: which one is chosen, mutter's watch logic with a fake bus,
KDE's GetSessionIdleTime against a stand-in service on a private bus, and the swayidle child
(its lines, its restart when it dies, no child left after close) with a stand-in program."""

from __future__ import annotations

import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from companion.platform import idle
from companion.platform.idle import WAYLAND_NAME, X11_NAME, UnavailableIdleProbe, make_idle_probe
from companion.platform.idle_mutter import MutterIdleProbe
from companion.platform.idle_swayidle import (
    THRESHOLD,
    SwayidleProbe,
    desktop_name,
    swayidle_command,
)
from companion.platform.wayland_globals import read_globals

WAYLAND = {"WAYLAND_DISPLAY": "wayland-1", "XDG_SESSION_TYPE": "wayland"}


class Named:
    def __init__(self, source: str) -> None:
        self.name = source
        self.source = source
        self.unavailable_reason: str | None = None

    def idle_seconds(self) -> float | None:
        return 1.0

    def close(self) -> None:
        pass


@pytest.fixture
def sources(monkeypatch):
    """Stand-ins for the three desktop sources; `answers` says which of them answer."""
    from companion.platform import idle_kde, idle_mutter, idle_swayidle

    answers: dict[str, object] = {}
    tried: list[str] = []

    def opener(source: str):
        def open_(*_args):
            tried.append(source)
            answer = answers.get(source)
            if isinstance(answer, Exception):
                raise answer
            return Named(source) if answer else None

        return open_

    monkeypatch.setattr(idle_mutter, "open_mutter", opener("mutter"))
    monkeypatch.setattr(idle_kde, "open_screensaver", opener("kde"))
    monkeypatch.setattr(idle_swayidle, "open_swayidle", opener("wayland_idle"))
    return answers, tried


@pytest.mark.parametrize(
    ("answering", "chosen"),
    [
        ({"mutter", "kde", "wayland_idle"}, "mutter"),
        ({"kde", "wayland_idle"}, "kde"),
        ({"wayland_idle"}, "wayland_idle"),
    ],
)
def test_on_wayland_the_first_source_that_answers_is_used(sources, answering, chosen):
    answers, _ = sources
    answers.update(dict.fromkeys(answering, True))
    probe = make_idle_probe(WAYLAND, "linux")
    assert (probe.source, probe.unavailable_reason) == (chosen, None)


def test_on_wayland_where_nothing_answers_idle_time_is_unknown(sources):
    _, tried = sources
    probe = make_idle_probe(WAYLAND, "linux")
    assert (probe.name, probe.source, probe.unavailable_reason) == (WAYLAND_NAME, "none", "wayland")
    assert probe.idle_seconds() is None
    assert tried == ["mutter", "kde", "wayland_idle"]


def test_a_source_that_raises_is_passed_over(sources):
    answers, _ = sources
    answers.update(mutter=RuntimeError("broken bus"), wayland_idle=True)
    assert make_idle_probe(WAYLAND, "linux").source == "wayland_idle"


def test_on_x11_the_screen_saver_extension_comes_first(sources, monkeypatch):
    answers, tried = sources
    answers.update(mutter=True)
    x11 = Named("x11")
    monkeypatch.setattr(idle, "_open_x11", lambda display: x11)
    assert make_idle_probe({"DISPLAY": ":0"}, "linux") is x11
    assert tried == []


@pytest.mark.parametrize("reason", ["no_xss_library", "no_xss_extension"])
def test_on_x11_without_the_extension_the_desktop_is_asked(sources, monkeypatch, reason):
    answers, tried = sources
    monkeypatch.setattr(idle, "_open_x11", lambda display: UnavailableIdleProbe(X11_NAME, reason))
    assert make_idle_probe({"DISPLAY": ":0"}, "linux").unavailable_reason == reason
    assert tried == ["mutter", "kde"]  # never swayidle on X11
    answers.update(kde=True)
    assert make_idle_probe({"DISPLAY": ":0"}, "linux").source == "kde"


def test_the_compositor_name_comes_from_the_session():
    assert desktop_name({"XDG_CURRENT_DESKTOP": "sway"}) == "sway"
    assert desktop_name({"XDG_CURRENT_DESKTOP": "labwc:wlroots"}) == "labwc"
    assert desktop_name({}) == ""


def test_swayidle_runs_under_setpriv_where_it_exists():
    plain = swayidle_command("/usr/bin/swayidle", None)
    assert plain == [
        "/usr/bin/swayidle", "-w", "timeout", str(THRESHOLD), "echo idle", "resume", "echo active",
    ]  # fmt: skip
    guarded = swayidle_command("/usr/bin/swayidle", "/usr/bin/setpriv")
    assert guarded[:3] == ["/usr/bin/setpriv", "--pdeathsig", "TERM"]
    assert guarded[3:] == plain


# --- mutter's watch logic ---------------------------------------------------------------------


class FakeMutter:
    def __init__(self) -> None:
        self.idle_ms: int | None = 40_000
        self.calls: list[str] = []
        self.next_watch = 1
        self.closed = False

    def add_user_active_watch(self) -> int | None:
        self.calls.append("AddUserActiveWatch")
        self.next_watch += 1
        return self.next_watch - 1

    def idletime_ms(self) -> int | None:
        self.calls.append("GetIdletime")
        return self.idle_ms

    def close(self) -> None:
        self.closed = True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_mutter_away_time_grows_without_asking_until_the_watch_fires():
    bus, clock = FakeMutter(), Clock()
    probe = MutterIdleProbe(bus, clock)
    assert probe.idle_seconds() == 40.0
    assert bus.calls == ["AddUserActiveWatch", "GetIdletime"]  # armed first: no input missed
    clock.now += 15
    assert probe.idle_seconds() == 55.0
    clock.now += 15
    assert probe.idle_seconds() == 70.0
    assert len(bus.calls) == 2  # no D-Bus traffic while the agent is away
    probe.watch_fired(999)  # someone else's watch
    clock.now += 15
    assert probe.idle_seconds() == 85.0
    probe.watch_fired(1)  # the hands are back
    bus.idle_ms = 300
    assert probe.idle_seconds() == 0.3
    assert bus.calls[2:] == ["AddUserActiveWatch", "GetIdletime"]
    probe.close()
    assert bus.closed
    assert probe.idle_seconds() is None


def test_mutter_restarting_drops_the_watch():
    bus, clock = FakeMutter(), Clock()
    probe = MutterIdleProbe(bus, clock)
    probe.idle_seconds()
    probe.monitor_changed()
    bus.idle_ms = 2_000
    assert probe.idle_seconds() == 2.0
    assert bus.calls.count("GetIdletime") == 2


def test_mutter_not_answering_reads_as_unknown_then_recovers(caplog):
    bus, clock = FakeMutter(), Clock()
    probe = MutterIdleProbe(bus, clock)
    bus.idle_ms = None
    assert probe.idle_seconds() is None
    assert probe.idle_seconds() is None
    assert [r.levelname for r in caplog.records].count("WARNING") == 1
    bus.idle_ms = 5_000
    assert probe.idle_seconds() == 5.0


def test_mutter_refusing_a_watch_asks_at_every_reading():
    bus, clock = FakeMutter(), Clock()
    bus.add_user_active_watch = lambda: None  # type: ignore[method-assign]
    probe = MutterIdleProbe(bus, clock)
    assert probe.idle_seconds() == 40.0
    bus.idle_ms = 100
    clock.now += 10
    assert probe.idle_seconds() == 0.1  # never extrapolated without a watch


# --- KDE's screen saver service, on a private bus ---------------------------------------------

FAKE_SCREENSAVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QObject):
        @Slot(result="uint")
        def GetSessionIdleTime(self):
            return 4200

    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    saver = ScreenSaver()
    bus.registerObject("/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots)
    bus.registerService("org.freedesktop.ScreenSaver")
    print("ready", flush=True)
    app.exec()
    """
)

READ_PROBE = textwrap.dedent(
    """
    import json
    from PySide6.QtCore import QCoreApplication
    from companion.platform.idle import make_idle_probe
    app = QCoreApplication([])
    probe = make_idle_probe({"WAYLAND_DISPLAY": "nowhere", "XDG_SESSION_TYPE": "wayland",
                             "XDG_CURRENT_DESKTOP": "KDE"}, "linux")
    print(json.dumps([probe.source, probe.unavailable_reason, probe.idle_seconds()]))
    probe.close()
    """
)


@pytest.fixture
def private_bus(tmp_path):
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon: apt-get install dbus")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address",
         f"--address=unix:path={tmp_path / 'bus'}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    daemon.stdout.close()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "WAYLAND_", "QT_", "XDG_"))
    }
    env.update(DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
    env["PATH"] = str(tmp_path / "no-swayidle") + os.pathsep + "/nonexistent"  # no swayidle
    yield env
    daemon.terminate()
    daemon.wait(timeout=5)


def read_probe(env: dict[str, str]) -> list:
    result = subprocess.run(
        [sys.executable, "-c", READ_PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_kde_screen_saver_service_tells_the_idle_time(private_bus):
    assert read_probe(private_bus) == ["none", "wayland", None]  # nobody on the bus yet
    service = subprocess.Popen(
        [sys.executable, "-c", FAKE_SCREENSAVER], env=private_bus, stdout=subprocess.PIPE, text=True
    )
    try:
        assert service.stdout is not None
        assert service.stdout.readline().strip() == "ready"
        assert read_probe(private_bus) == ["kde", None, 4.2]
    finally:
        service.terminate()
        service.wait(timeout=5)
        if service.stdout is not None:
            service.stdout.close()


# --- the swayidle child, played by a stand-in -------------------------------------------------


def stand_in(tmp_path: Path, script: str) -> list[str]:
    path = tmp_path / "swayidle"
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)
    return [str(path)]


def spin(qtbot, until, timeout: float = 5.0) -> None:
    qtbot.waitUntil(until, timeout=int(timeout * 1000))


def gone(pid: int) -> bool:
    """True when no process (not even a zombie) has this id."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True
    return state == "X"


def test_swayidle_lines_become_idle_time(qtbot, tmp_path):
    clock = Clock()
    command = stand_in(tmp_path, "echo idle\nsleep 0.3\necho active\nexec sleep 60\n")
    probe = SwayidleProbe(command, "sway", clock)
    try:
        assert probe.start()
        assert probe.idle_seconds() == 0.0  # working, until told otherwise
        spin(qtbot, lambda: (probe.idle_seconds() or 0) > 0)
        clock.now += 5
        assert probe.idle_seconds() == THRESHOLD + 5
        spin(qtbot, lambda: probe.idle_seconds() == 0.0)
    finally:
        probe.close()


def test_a_swayidle_that_dies_is_started_again_and_none_is_left_behind(qtbot, tmp_path, caplog):
    command = stand_in(tmp_path, "echo idle\nexec sleep 60\n")
    probe = SwayidleProbe(command, "sway", restart_delays=(0.2, 0.4))
    try:
        assert probe.start()
        spin(qtbot, lambda: (probe.idle_seconds() or 0) >= THRESHOLD)
        first = probe.pid()
        assert first is not None
        os.kill(first, 9)
        spin(qtbot, lambda: probe.idle_seconds() is None)  # unknown while it is away
        spin(qtbot, lambda: probe.pid() not in (None, first))
        spin(qtbot, lambda: (probe.idle_seconds() or 0) >= THRESHOLD)
        assert gone(first)  # reaped: no zombie
        second = probe.pid()
    finally:
        probe.close()
    assert second is not None and gone(second)
    assert probe.idle_seconds() is None
    assert "swayidle ended" in caplog.text
    assert "Traceback" not in caplog.text


def test_a_swayidle_that_keeps_failing_waits_longer_each_time(qtbot, tmp_path, caplog):
    starts = tmp_path / "starts"
    command = stand_in(tmp_path, f"echo x >> {starts}\nexit 3\n")
    probe = SwayidleProbe(command, "sway", restart_delays=(0.1, 0.3, 10.0))
    try:
        probe.start()
        spin(qtbot, lambda: starts.exists() and len(starts.read_text().split()) >= 3)
        time.sleep(0.5)
        qtbot.wait(300)
        assert len(starts.read_text().split()) == 3  # the third delay is 10 s
        assert probe.idle_seconds() is None
    finally:
        probe.close()
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1  # the first exit; the rest at debug level


def test_a_missing_swayidle_reads_as_unknown_and_is_tried_again(qtbot, tmp_path, caplog):
    probe = SwayidleProbe([str(tmp_path / "no-such-program")], "sway", restart_delays=(30.0,))
    try:
        assert not probe.start()
        assert probe.idle_seconds() is None
        assert "swayidle could not be started" in caplog.text
        assert "starting it again in 30 s" in caplog.text
    finally:
        probe.close()


def test_close_ends_a_child_that_ignores_sigterm(qtbot, tmp_path):
    command = stand_in(tmp_path, "trap '' TERM\necho idle\nwhile :; do sleep 0.1; done\n")
    probe = SwayidleProbe(command, "sway")
    probe.start()
    spin(qtbot, lambda: probe.idle_seconds() is not None and probe.idle_seconds() > 0)
    pid = probe.pid()
    assert pid is not None
    probe.close()
    assert gone(pid)


def test_an_exit_at_once_means_the_compositor_has_no_idle_protocol(qtbot, tmp_path, monkeypatch):
    from companion.platform import idle_swayidle

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "swayidle").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (bin_dir / "swayidle").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert idle_swayidle.open_swayidle({"WAYLAND_DISPLAY": "wayland-1"}) is None
    assert idle_swayidle.open_swayidle({}) is None  # not a Wayland session


def test_swayidle_is_not_started_where_the_compositor_has_no_idle_protocol(
    qtbot, tmp_path, monkeypatch
):
    from companion.platform import idle_swayidle

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    starts = tmp_path / "starts"
    (bin_dir / "swayidle").write_text(
        f"#!/bin/sh\necho x >> {starts}\nexec sleep 60\n", encoding="utf-8"
    )
    (bin_dir / "swayidle").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    environ = {"WAYLAND_DISPLAY": "wayland-1", "XDG_CURRENT_DESKTOP": "weston"}
    monkeypatch.setattr(idle_swayidle, "read_globals", lambda environ: {"wl_seat": 7})
    assert idle_swayidle.open_swayidle(environ) is None
    assert not starts.exists()
    monkeypatch.setattr(idle_swayidle, "read_globals", lambda environ: {"ext_idle_notifier_v1": 1})
    begun = time.monotonic()
    probe = idle_swayidle.open_swayidle(environ)
    try:
        assert probe is not None
        assert time.monotonic() - begun < 0.25  # no waiting for a child to fail
        assert probe.desktop == "weston"
        qtbot.waitUntil(starts.exists)
    finally:
        if probe is not None:
            probe.close()


# --- the compositor's globals, from a stand-in compositor -------------------------------------


def fake_compositor(path: Path, answer) -> threading.Thread:
    """Listens on `path`; `answer(connection)` writes what the compositor says."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)

    def serve() -> None:
        with server:
            connection, _ = server.accept()
            with connection:
                connection.recv(64)  # get_registry and sync
                answer(connection)
                time.sleep(0.8)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


def wayland_event(object_id: int, opcode: int, body: bytes) -> bytes:
    return struct.pack("=II", object_id, (8 + len(body)) << 16 | opcode) + body


def global_event(name: int, interface: str, version: int) -> bytes:
    text = interface.encode() + b"\0"
    padded = text + b"\0" * (-len(text) % 4)
    return wayland_event(
        2, 0, struct.pack("=II", name, len(text)) + padded + struct.pack("=I", version)
    )


def test_the_compositors_globals_are_read(tmp_path):
    def answer(connection):
        events = (
            global_event(1, "wl_seat", 7)
            + global_event(2, "ext_idle_notifier_v1", 2)
            + global_event(3, "org_kde_kwin_idle", 1)
            + wayland_event(3, 0, struct.pack("=I", 42))  # wl_callback.done
        )
        connection.sendall(events[:13])  # in pieces, as a socket may deliver it
        time.sleep(0.05)
        connection.sendall(events[13:])

    thread = fake_compositor(tmp_path / "wayland-9", answer)
    found = read_globals({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)})
    assert found == {"wl_seat": 7, "ext_idle_notifier_v1": 2, "org_kde_kwin_idle": 1}
    thread.join(timeout=5)


@pytest.mark.parametrize(
    "answer",
    [
        lambda connection: None,  # says nothing
        lambda connection: connection.sendall(struct.pack("=II", 2, 4 << 16)),  # a bad size
        lambda connection: connection.sendall(wayland_event(1, 0, b"\0" * 12)),  # an error
    ],
)
def test_a_compositor_that_does_not_answer_properly_reads_as_unknown(tmp_path, answer):
    thread = fake_compositor(tmp_path / "wayland-9", answer)
    begun = time.monotonic()
    assert read_globals({"WAYLAND_DISPLAY": str(tmp_path / "wayland-9")}) is None
    assert time.monotonic() - begun < 2
    thread.join(timeout=5)


def test_no_compositor_reads_as_unknown(tmp_path):
    assert read_globals({}) is None
    assert read_globals({"WAYLAND_DISPLAY": "wayland-0"}) is None  # no runtime directory
    assert read_globals({"WAYLAND_DISPLAY": str(tmp_path / "nothing")}) is None
