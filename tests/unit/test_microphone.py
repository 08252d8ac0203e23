"""Microphone probes: pactl outputs recorded from PulseAudio and PipeWire (through a fake `run`
and through a stand-in pactl script), a fake Windows registry tree, and a fake CoreAudio."""

# The fake CoreAudio's methods carry the C functions' names.
# ruff: noqa: N802

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.platform.microphone import (
    CONSENT_STORE,
    K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE,
    K_AUDIO_DEVICE_PROPERTY_SCOPE_INPUT,
    K_AUDIO_DEVICE_PROPERTY_STREAMS,
    K_AUDIO_HARDWARE_PROPERTY_DEVICES,
    K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL,
    K_AUDIO_OBJECT_SYSTEM_OBJECT,
    MACOS_NAME,
    PULSE_NAME,
    WINDOWS_NAME,
    MacMicrophoneProbe,
    PulseMicrophoneProbe,
    WindowsMicrophoneProbe,
    apps_using_microphone,
    four_char_code,
    is_recording,
    make_microphone_probe,
    parse_source_outputs,
    parse_sources,
)
from tests.helpers.clock import FakeClock

# --- recorded pactl outputs ------------------------------------------------------------------

# PulseAudio 16 (Debian 12), laptop with a USB headset; `pactl list short sources`.
PULSE_SOURCES = (
    "0\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tmodule-alsa-card.c\t"
    "s16le 2ch 44100Hz\tSUSPENDED\n"
    "1\talsa_input.pci-0000_00_1f.3.analog-stereo\tmodule-alsa-card.c\ts16le 2ch 44100Hz\t"
    "SUSPENDED\n"
    "2\talsa_output.usb-Jabra_Jabra_EVOLVE_20_MS_A00000000000-00.analog-stereo.monitor\t"
    "module-alsa-card.c\ts16le 2ch 48000Hz\tIDLE\n"
    "3\talsa_input.usb-Jabra_Jabra_EVOLVE_20_MS_A00000000000-00.mono-fallback\t"
    "module-alsa-card.c\ts16le 1ch 48000Hz\tRUNNING\n"
)
# `pactl list short source-outputs`: index, source, client, driver, sample spec.
PULSE_CALL = "7\t3\t21\tprotocol-native.c\tfloat32le 1ch 48000Hz\n"  # a softphone on the headset
PULSE_SCREEN_RECORDING = "9\t2\t25\tprotocol-native.c\ts16le 2ch 48000Hz\n"  # headset monitor

# PipeWire 0.3.65 with pipewire-pulse (same pactl, bigger indices, driver "PipeWire").
PIPEWIRE_SOURCES = (
    "48\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\t"
    "SUSPENDED\n"
    "49\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n"
    "63\tbluez_output.AC_12_2F_00_11_22.1.monitor\tPipeWire\ts16le 1ch 16000Hz\tIDLE\n"
    "64\tbluez_input.AC_12_2F_00_11_22.0\tPipeWire\ts16le 1ch 16000Hz\tSUSPENDED\n"
)
PIPEWIRE_CALL = "95\t49\t94\tPipeWire\tfloat32le 1ch 48000Hz\n"
PIPEWIRE_MONITOR_ONLY = "101\t63\t100\tPipeWire\tfloat32le 2ch 48000Hz\n"
PIPEWIRE_UNLINKED = "102\t4294967295\t100\tPipeWire\tfloat32le 1ch 48000Hz\n"

REFUSED = "Connection failure: Connection refused\n"


class FakePactl:
    """Stands in for subprocess.run: answers `pactl list short sources|source-outputs`."""

    def __init__(self, sources: str = PULSE_SOURCES, outputs: str = ""):
        self.sources = sources
        self.outputs = outputs
        self.returncode = 0
        self.stderr = ""
        self.error: BaseException | None = None
        self.calls: list[str] = []
        self.kwargs: list[dict] = []

    def __call__(self, args, **kwargs):
        assert args[:3] == ["pactl", "list", "short"]
        assert 0 < kwargs["timeout"] <= 1
        assert kwargs["capture_output"] and kwargs["text"]
        self.calls.append(args[3])
        self.kwargs.append(kwargs)
        if self.error is not None:
            raise self.error
        stdout = self.sources if args[3] == "sources" else self.outputs
        if self.returncode != 0:
            stdout = ""
        return subprocess.CompletedProcess(args, self.returncode, stdout, self.stderr)

    def server_down(self) -> None:
        self.returncode, self.stderr = 1, REFUSED

    def server_up(self) -> None:
        self.returncode, self.stderr = 0, ""


def pulse(pactl: FakePactl, clock: FakeClock | None = None, environ=None) -> PulseMicrophoneProbe:
    return PulseMicrophoneProbe(pactl, environ or {}, clock or FakeClock())


# --- PulseAudio / PipeWire -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sources", "outputs", "expected"),
    [
        (PULSE_SOURCES, PULSE_CALL, True),
        (PULSE_SOURCES, PULSE_SCREEN_RECORDING, False),
        (PULSE_SOURCES, PULSE_SCREEN_RECORDING + PULSE_CALL, True),
        (PULSE_SOURCES, "", False),
        (PIPEWIRE_SOURCES, PIPEWIRE_CALL, True),
        (PIPEWIRE_SOURCES, PIPEWIRE_MONITOR_ONLY, False),
        (PIPEWIRE_SOURCES, PIPEWIRE_UNLINKED, False),
        (PIPEWIRE_SOURCES, PIPEWIRE_MONITOR_ONLY + PIPEWIRE_CALL, True),
        (PIPEWIRE_SOURCES, "", False),
    ],
    ids=[
        "pulse-call",
        "pulse-monitor",
        "pulse-monitor-and-call",
        "pulse-nothing",
        "pipewire-call",
        "pipewire-monitor",
        "pipewire-unlinked",
        "pipewire-monitor-and-call",
        "pipewire-nothing",
    ],
)
def test_recording_streams_on_a_microphone_are_a_call(sources, outputs, expected):
    probe = pulse(FakePactl(sources, outputs))
    assert (probe.name, probe.unavailable_reason) == (PULSE_NAME, None)
    assert probe.in_use() is expected


def test_the_source_list_is_read_at_most_once_a_minute():
    pactl, clock = FakePactl(outputs=PULSE_CALL), FakeClock()
    probe = pulse(pactl, clock)
    for _ in range(12):  # a minute of polls, every 5 s
        assert probe.in_use() is True
        clock.advance(4.9)
    assert pactl.calls.count("sources") == 1
    assert pactl.calls.count("source-outputs") == 12
    clock.advance(2)
    probe.in_use()
    assert pactl.calls.count("sources") == 2


def test_an_unknown_source_makes_the_list_read_again():
    pactl = FakePactl(PULSE_SOURCES, "")
    probe = pulse(pactl)
    assert probe.in_use() is False
    # A headset plugged in: a new source 4 appears, and a softphone records from it.
    pactl.sources = (
        PULSE_SOURCES + "4\talsa_input.usb-Plantronics.mono-fallback\tm\ts16le\tRUNNING\n"
    )
    pactl.outputs = "12\t4\t30\tprotocol-native.c\ts16le 1ch 16000Hz\n"
    assert probe.in_use() is True
    assert pactl.calls == ["sources", "source-outputs", "source-outputs", "sources"]
    # A new monitor source is read the same way, and is not a call.
    pactl.sources += "5\talsa_output.usb-Plantronics.analog-stereo.monitor\tm\ts16le\tIDLE\n"
    pactl.outputs = "13\t5\t30\tprotocol-native.c\ts16le 2ch 48000Hz\n"
    assert probe.in_use() is False


def test_a_source_unknown_even_after_reading_counts_and_is_not_reread_every_poll():
    pactl = FakePactl(PULSE_SOURCES, "12\t77\t30\tprotocol-native.c\ts16le 1ch 16000Hz\n")
    probe = pulse(pactl)
    assert probe.in_use() is True  # better to hold a break than interrupt a call
    assert probe.in_use() is True
    assert pactl.calls == ["sources", "source-outputs", "sources", "source-outputs"]


def test_output_is_parsed_defensively():
    sources = (
        "\n"
        "0 alsa_output.pci.analog-stereo.monitor module-alsa-card.c s16le 2ch 44100Hz IDLE\n"
        "1\talsa_input.pci.analog-stereo\tmodule-alsa-card.c\ts16le 2ch 44100Hz\tRUNNING\textra\r\n"
        "garbage line\n"
        "x\ty\n"
        "2\t\n"
    )
    assert parse_sources(sources) == {
        0: "alsa_output.pci.analog-stereo.monitor",
        1: "alsa_input.pci.analog-stereo",
    }
    outputs = "7\t1\t-\tprotocol-native.c\ts16le 1ch 44100Hz\tmore\tcolumns\n8\n9\tx\n\n10 0 12\n"
    assert parse_source_outputs(outputs) == [1, 0]


def test_pactl_missing():
    pactl, clock = FakePactl(), FakeClock()
    pactl.error = FileNotFoundError(2, "No such file or directory", "pactl")
    probe = pulse(pactl, clock)
    assert (probe.name, probe.unavailable_reason) == (PULSE_NAME, "no_pactl")
    assert probe.in_use() is None
    assert pactl.calls == ["sources"]  # not tried again every poll
    clock.advance(61)
    assert probe.in_use() is None
    assert pactl.calls == ["sources", "sources"]


def test_a_sound_server_started_later_is_picked_up():
    pactl, clock = FakePactl(outputs=PULSE_CALL), FakeClock()
    pactl.server_down()
    probe = pulse(pactl, clock)
    assert probe.unavailable_reason == "no_audio_server"
    clock.advance(30)
    pactl.server_up()
    assert probe.in_use() is None  # within the minute: not asked
    assert pactl.calls == ["sources"]
    clock.advance(31)
    assert probe.in_use() is True
    assert probe.unavailable_reason is None
    assert pactl.calls == ["sources", "sources", "source-outputs"]


def test_a_server_going_away_mid_shift():
    pactl, clock = FakePactl(outputs=PULSE_CALL), FakeClock()
    probe = pulse(pactl, clock)
    assert probe.in_use() is True
    pactl.server_down()
    clock.advance(5)
    assert probe.in_use() is None
    assert probe.unavailable_reason == "no_audio_server"
    calls = len(pactl.calls)
    for _ in range(11):
        clock.advance(5)
        assert probe.in_use() is None
    assert len(pactl.calls) == calls
    pactl.server_up()
    clock.advance(5)
    assert probe.in_use() is True
    assert probe.unavailable_reason is None


def test_a_hung_server_is_waited_for_once_a_minute_only():
    pactl, clock = FakePactl(outputs=PULSE_CALL), FakeClock()
    probe = pulse(pactl, clock)
    pactl.error = subprocess.TimeoutExpired(["pactl"], 1.0)
    clock.advance(5)
    assert probe.in_use() is None
    assert probe.unavailable_reason == "no_audio_server"
    calls = len(pactl.calls)
    clock.advance(55)
    assert probe.in_use() is None
    assert len(pactl.calls) == calls


def test_unexpected_failures_never_raise():
    pactl = FakePactl(outputs=PULSE_CALL)
    probe = pulse(pactl)
    pactl.error = ValueError("something odd")
    assert probe.in_use() is None
    assert probe.unavailable_reason == "error"
    pactl.error = PermissionError(13, "Permission denied", "pactl")
    broken = pulse(pactl)
    assert broken.unavailable_reason == "error"
    assert broken.in_use() is None


def test_pactl_gets_the_session_environment_in_english():
    pactl = FakePactl()
    pulse(pactl, environ={"PULSE_SERVER": "unix:/run/user/1000/pulse/native", "LANG": "zh_CN"})
    env = pactl.kwargs[0]["env"]
    assert env["PULSE_SERVER"] == "unix:/run/user/1000/pulse/native"
    assert env["LC_ALL"] == "C"


# --- the real subprocess.run with a stand-in pactl -------------------------------------------


def stand_in_pactl(folder: Path, body: str) -> dict[str, str]:
    script = folder / "pactl"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return {"PATH": f"{folder}:/usr/bin:/bin"}


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for pactl")
def test_real_run_with_a_stand_in_pactl(tmp_path):
    (tmp_path / "sources.txt").write_text(PIPEWIRE_SOURCES, encoding="utf-8")
    (tmp_path / "outputs.txt").write_text(PIPEWIRE_CALL, encoding="utf-8")
    environ = stand_in_pactl(
        tmp_path,
        f'case "$3" in sources) cat {tmp_path}/sources.txt;; *) cat {tmp_path}/outputs.txt;; esac',
    )
    probe = make_microphone_probe(environ, "linux")
    try:
        assert (probe.name, probe.unavailable_reason) == (PULSE_NAME, None)
        assert probe.in_use() is True
        assert probe.in_use() is True  # its `pactl subscribe` ended at once: listed again
    finally:
        probe.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for pactl")
def test_real_run_server_refused(tmp_path):
    environ = stand_in_pactl(tmp_path, f"echo '{REFUSED.strip()}' >&2\nexit 1")
    probe = make_microphone_probe(environ, "linux")
    assert probe.unavailable_reason == "no_audio_server"
    assert probe.in_use() is None


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for pactl")
def test_real_run_times_out_after_a_second(tmp_path):
    environ = stand_in_pactl(tmp_path, "exec sleep 10")
    started = time.monotonic()
    probe = make_microphone_probe(environ, "linux")
    assert probe.unavailable_reason == "no_audio_server"
    assert time.monotonic() - started < 3


def test_real_run_without_pactl(tmp_path):
    probe = make_microphone_probe({"PATH": str(tmp_path)}, "linux")
    assert (probe.name, probe.unavailable_reason) == (PULSE_NAME, "no_pactl")


# --- a real PulseAudio server ------------------------------------------------------------------


@pytest.fixture
def pulse_server(tmp_path):
    """A private PulseAudio daemon with a null microphone and null speakers; the environment
    that reaches it (its socket under a runtime folder of its own)."""
    if shutil.which("pulseaudio") is None or shutil.which("parecord") is None:
        pytest.skip("no pulseaudio and parecord (Debian packages pulseaudio, pulseaudio-utils)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    environ = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    daemon = subprocess.Popen(
        [
            "pulseaudio",
            "-n",  # no default configuration: only the modules named here
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--load=module-native-protocol-unix",
            "--load=module-null-sink sink_name=speakers",
            "--load=module-null-source source_name=headset_mic",
        ],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=environ, capture_output=True).returncode != 0:
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.skip("the PulseAudio daemon did not start here")
            time.sleep(0.1)
        yield environ
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def recording(environ: dict[str, str], device: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ["parecord", "--device", device, os.devnull],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(probe, expected: bool) -> bool | None:
    deadline = time.monotonic() + 5
    while (found := probe.in_use()) is not expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return found


def test_a_real_server_a_call_on_the_microphone_and_music_on_the_speakers(pulse_server):
    """Against a real PulseAudio: recording from the microphone is a call; recording what the
    speakers play (a monitor source, as screen recorders and visualisers do) is not."""
    probe = make_microphone_probe(pulse_server, "linux")
    try:
        assert (probe.name, probe.unavailable_reason) == (PULSE_NAME, None)
        assert probe.in_use() is False
        call = recording(pulse_server, "headset_mic")
        try:
            assert wait_for(probe, True) is True
        finally:
            call.terminate()
            call.wait(timeout=10)
        assert wait_for(probe, False) is False
        monitor = recording(pulse_server, "speakers.monitor")
        try:
            time.sleep(1)
            assert probe.in_use() is False
        finally:
            monitor.terminate()
            monitor.wait(timeout=10)
    finally:
        probe.close()


def test_with_a_real_server_nothing_is_listed_again_until_a_stream_changes(pulse_server):
    """`pactl subscribe` runs beside the probe: looks with no change in between start no
    process; a call starting or ending is seen at the next look; a watcher that dies is
    replaced; closing the probe stops it."""
    runs: list[list[str]] = []

    def counting_run(command, **options):
        runs.append(command)
        return subprocess.run(command, **options)

    probe = PulseMicrophoneProbe(counting_run, pulse_server, spawn=subprocess.Popen)
    assert probe.in_use() is False  # the first look lists, and starts the watcher
    assert probe.in_use() is False  # what happened before the watcher started is not known
    listed = len(runs)
    for _ in range(5):
        time.sleep(0.1)
        assert probe.in_use() is False
    assert len(runs) == listed  # nothing changed: no pactl run
    call = recording(pulse_server, "headset_mic")
    try:
        assert wait_for(probe, True) is True
        assert len(runs) > listed
    finally:
        call.terminate()
        call.wait(timeout=10)
    assert wait_for(probe, False) is False
    watcher = probe._events
    assert watcher is not None
    watcher._process.kill()  # the watcher dies (as when the server restarts)
    watcher._process.wait(timeout=5)
    assert probe.in_use() is False
    assert probe._events is None or probe._events is not watcher
    probe.in_use()
    replaced = probe._events
    assert replaced is not None and replaced._process.poll() is None
    probe.close()
    assert replaced._process.poll() is not None  # stopped with the probe


# --- choosing the probe ----------------------------------------------------------------------


@pytest.mark.parametrize("platform", ["linux", "freebsd14", "openbsd7"])
def test_unix_systems_use_pactl(platform):
    probe = make_microphone_probe({}, platform, run=FakePactl(outputs=PULSE_CALL))
    assert isinstance(probe, PulseMicrophoneProbe)
    assert probe.in_use() is True


def test_other_systems_are_unsupported():
    probe = make_microphone_probe({}, "sunos5", run=FakePactl())
    assert probe.unavailable_reason == "unsupported_platform"
    assert probe.in_use() is None


def test_windows_and_macos_libraries_do_not_load_on_linux():
    windows = make_microphone_probe({}, "win32")
    assert (windows.name, windows.unavailable_reason) == (WINDOWS_NAME, "error")
    macos = make_microphone_probe({}, "darwin")
    assert (macos.name, macos.unavailable_reason) == (MACOS_NAME, "error")
    assert windows.in_use() is None
    assert macos.in_use() is None


# --- Windows with a fake registry ------------------------------------------------------------

# FILETIMEs (100-ns steps since 1601): 2026-11-23 around 10:00 UTC.
EARLIER, LATER = 134_083_296_000_000_000, 134_083_296_600_000_000


class FakeRegistry:
    """HKEY_CURRENT_USER as nested dicts: a dict is a key, an int a REG_QWORD value, a str a
    REG_SZ value (left out by `qwords`, like the real reader)."""

    def __init__(self, microphone: dict | None):
        self.root: dict = {}
        if microphone is not None:
            node = self.root
            *parents, last = CONSENT_STORE.split("\\")
            for part in parents:
                node = node.setdefault(part, {})
            node[last] = microphone
        self.vanished: set[str] = set()

    def _key(self, path: str) -> dict:
        if path in self.vanished:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        node = self.root
        for part in path.split("\\"):
            child = node.get(part)
            if not isinstance(child, dict):
                raise FileNotFoundError(2, "The system cannot find the file specified")
            node = child
        return node

    def subkeys(self, path: str) -> list[str]:
        return [name for name, value in self._key(path).items() if isinstance(value, dict)]

    def qwords(self, path: str) -> dict[str, int]:
        return {name: value for name, value in self._key(path).items() if type(value) is int}


def times(start: int, stop: int | None = None) -> dict:
    values = {"LastUsedTimeStart": start}
    if stop is not None:
        values["LastUsedTimeStop"] = stop
    return values


def consent_store(packaged: dict | None = None, desktop: dict | None = None) -> dict:
    store: dict = {"Value": "Allow"}
    store.update(packaged or {})
    store["NonPackaged"] = {"Value": "Allow", **(desktop or {})}
    return store


ZOOM = "C:#Program Files#Zoom#bin#Zoom.exe"
TEAMS = "MSTeams_8wekyb3d8bbwe"


def test_windows_nobody_recording():
    tree = consent_store(
        {TEAMS: times(EARLIER, LATER), "Microsoft.WindowsCamera_8wekyb3d8bbwe": times(0, 0)},
        {ZOOM: times(EARLIER, LATER)},
    )
    probe = WindowsMicrophoneProbe(FakeRegistry(tree))
    assert (probe.name, probe.unavailable_reason) == (WINDOWS_NAME, None)
    assert probe.in_use() is False


def test_windows_a_packaged_app_recording_again():
    tree = consent_store({TEAMS: times(LATER, EARLIER)}, {ZOOM: times(EARLIER, LATER)})
    assert apps_using_microphone(FakeRegistry(tree)) == [TEAMS]
    assert WindowsMicrophoneProbe(FakeRegistry(tree)).in_use() is True


def test_windows_a_desktop_program_recording():
    tree = consent_store({TEAMS: times(EARLIER, LATER)}, {ZOOM: times(LATER, 0)})
    assert apps_using_microphone(FakeRegistry(tree)) == [ZOOM]
    assert WindowsMicrophoneProbe(FakeRegistry(tree)).in_use() is True


def test_windows_first_use_has_no_stop_value_yet():
    tree = consent_store(desktop={ZOOM: times(LATER)})
    assert apps_using_microphone(FakeRegistry(tree)) == [ZOOM]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, False),
        (times(0, 0), False),
        (times(EARLIER, LATER), False),
        (times(LATER, LATER), False),
        (times(LATER, EARLIER), True),
        (times(LATER, 0), True),
        (times(LATER), True),
        ({"LastUsedTimeStop": LATER}, False),
    ],
)
def test_windows_is_recording(values, expected):
    assert is_recording(values) is expected


def test_windows_a_key_removed_while_reading_is_skipped():
    tree = consent_store({TEAMS: times(LATER, 0)}, {ZOOM: times(LATER, 0)})
    registry = FakeRegistry(tree)
    registry.vanished = {f"{CONSENT_STORE}\\{TEAMS}", f"{CONSENT_STORE}\\NonPackaged"}
    assert apps_using_microphone(registry) == []


def test_windows_without_the_consent_store_reads_as_unknown():
    registry = FakeRegistry(None)
    with pytest.raises(OSError):
        apps_using_microphone(registry)
    assert WindowsMicrophoneProbe(registry).in_use() is None


# --- macOS with a fake CoreAudio -------------------------------------------------------------

UNKNOWN_PROPERTY = four_char_code("who?")  # kAudioHardwareUnknownPropertyError
BAD_OBJECT = four_char_code("!obj")  # kAudioHardwareBadObjectError
MICROPHONE, SPEAKERS, HEADSET, GONE = 50, 60, 70, 80
GLOBAL = K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL


class FakeCoreAudio:
    """AudioObjectGetPropertyDataSize / ...Data over a table of UInt32 arrays."""

    def __init__(self, running: dict[int, int], devices: list[int] | None = None):
        devices = [MICROPHONE, SPEAKERS, HEADSET] if devices is None else devices
        system = K_AUDIO_OBJECT_SYSTEM_OBJECT
        glob, inpt = K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL, K_AUDIO_DEVICE_PROPERTY_SCOPE_INPUT
        self.table: dict[tuple[int, int, int], list[int]] = {
            (system, K_AUDIO_HARDWARE_PROPERTY_DEVICES, glob): devices,
            (MICROPHONE, K_AUDIO_DEVICE_PROPERTY_STREAMS, inpt): [51],
            (SPEAKERS, K_AUDIO_DEVICE_PROPERTY_STREAMS, inpt): [],
            (HEADSET, K_AUDIO_DEVICE_PROPERTY_STREAMS, inpt): [71, 72],
        }
        for device, flag in running.items():
            self.table[(device, K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE, glob)] = [flag]
        self.asked: list[tuple[int, int]] = []

    def _lookup(self, object_id, address) -> list[int] | None:
        assert address.contents.mElement == 0
        key = (object_id, address.contents.mSelector, address.contents.mScope)
        self.asked.append(key[:2])
        return self.table.get(key)

    def AudioObjectGetPropertyDataSize(self, object_id, address, qualifier_size, qualifier, size):
        values = self._lookup(object_id, address)
        if values is None:
            return BAD_OBJECT if object_id == GONE else UNKNOWN_PROPERTY
        size.contents.value = 4 * len(values)
        return 0

    def AudioObjectGetPropertyData(
        self, object_id, address, qualifier_size, qualifier, io_size, buffer
    ):
        values = self._lookup(object_id, address)
        if values is None:
            return UNKNOWN_PROPERTY
        assert isinstance(buffer, ctypes.Array)
        count = min(len(values), io_size.contents.value // 4)
        for index in range(count):
            buffer[index] = values[index]
        io_size.contents.value = 4 * count
        return 0


def test_four_char_codes():
    assert four_char_code("dev#") == 0x64657623
    assert four_char_code("stm#") == 0x73746D23
    assert four_char_code("gone") == 0x676F6E65
    assert four_char_code("glob") == 0x676C6F62
    assert four_char_code("inpt") == 0x696E7074


def test_macos_nothing_recording():
    probe = MacMicrophoneProbe(FakeCoreAudio({MICROPHONE: 0, SPEAKERS: 1, HEADSET: 0}))
    assert (probe.name, probe.unavailable_reason) == (MACOS_NAME, None)
    assert probe.in_use() is False


def test_macos_an_input_device_running_is_a_call():
    core_audio = FakeCoreAudio({MICROPHONE: 0, SPEAKERS: 1, HEADSET: 1})
    assert MacMicrophoneProbe(core_audio).in_use() is True


def test_macos_output_only_devices_are_not_asked_whether_they_run():
    core_audio = FakeCoreAudio({MICROPHONE: 0, SPEAKERS: 1, HEADSET: 0})
    MacMicrophoneProbe(core_audio).in_use()
    running = K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE
    assert (SPEAKERS, running) not in core_audio.asked
    assert (MICROPHONE, running) in core_audio.asked


def test_macos_a_device_unplugged_meanwhile_is_skipped():
    core_audio = FakeCoreAudio({MICROPHONE: 1}, devices=[GONE, MICROPHONE])
    assert MacMicrophoneProbe(core_audio).in_use() is True
    core_audio = FakeCoreAudio({HEADSET: 1}, devices=[HEADSET])
    del core_audio.table[(HEADSET, K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE, GLOBAL)]
    assert MacMicrophoneProbe(core_audio).in_use() is False


def test_macos_no_devices():
    assert MacMicrophoneProbe(FakeCoreAudio({}, devices=[])).in_use() is False


def test_macos_failures_read_as_unknown():
    core_audio = FakeCoreAudio({})
    core_audio.table.clear()
    assert MacMicrophoneProbe(core_audio).in_use() is None

    class Broken(FakeCoreAudio):
        def AudioObjectGetPropertyData(self, *args):
            raise OSError("CoreAudio went away")

    assert MacMicrophoneProbe(Broken({MICROPHONE: 1})).in_use() is None
