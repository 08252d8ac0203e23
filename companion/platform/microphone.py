"""Call detection: is some application recording from a microphone right now?

How, per system:

- Linux/BSD: PulseAudio, or PipeWire through pipewire-pulse (same protocol), asked with
  `pactl list short source-outputs` (one recording stream a line: index, source index, client,
  driver, sample spec). A stream counts when its source is not a monitor: `<sink>.monitor`
  sources loop back what the speakers play, they are not microphones. Source names come from
  `pactl list short sources`, cached and re-read at most once a minute or when a stream names
  an unknown source. A stream whose source is unknown even then counts (a call held by mistake
  beats a break notice in the middle of one); a stream linked to no source (index 2**32 - 1,
  PipeWire before it is connected) does not. Peak meters such as pavucontrol's Input tab also
  record, so they read as "in use" while open.
  A `pactl subscribe` running beside Companion says when a recording stream or a source
  changes; until it does, the last answer stands, so an idle shift starts no process at all
  (without it, the streams are listed at every look).
  `pactl` missing -> "no_pactl"; no server answering (non-zero exit such as "Connection
  failure: Connection refused", or no answer within 1 s) -> "no_audio_server". Either is
  checked again at most once a minute, so a server started later is picked up, and a hung
  server costs the GUI thread at most one 1-s wait a minute.
- Windows: the microphone privacy settings in the registry (HKEY_CURRENT_USER ...
  CapabilityAccessManager\\ConsentStore\\microphone): each packaged app's subkey, and each
  subkey of `NonPackaged` (desktop programs, path with "#" for "\\"), holds LastUsedTimeStart
  and LastUsedTimeStop (FILETIME QWORDs). An app records while Start is set and Stop is 0 or
  older than Start. The registry walk goes through `RegistryReader`, so the logic is tested
  with a fake tree on Linux. A program that crashed while recording may look recording until
  it runs again (Windows leaves Stop unset).
- macOS: CoreAudio. For every audio device (kAudioHardwarePropertyDevices 'dev#' on
  kAudioObjectSystemObject) that has input streams (kAudioDevicePropertyStreams 'stm#', scope
  input 'inpt'), ask kAudioDevicePropertyDeviceIsRunningSomewhere ('gone', scope global
  'glob', element main 0). A device with both input and output (some USB headsets) also runs
  while it only plays sound, so it reads as "in use" then.

Verified: the Linux logic with recorded pactl outputs from PulseAudio and PipeWire, and against
a real PulseAudio daemon with a null microphone and null speakers (tests/unit/test_microphone.py:
parecord on the microphone is a call, on the speakers' monitor it is not). Windows under Wine 8
(tests/windows: this probe reads a consent store the test writes, a desktop program recording,
then stopped); no real microphone has been tried there. macOS is written against the
documented API and has not been run: its decision logic is unit-tested with fakes.

Probes never raise (a failure reads as None and is logged), and never block the GUI thread for
more than the 1-s pactl timeout, which is then not tried again for a minute.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

log = logging.getLogger(__name__)

PULSE_NAME = "PulseAudio/PipeWire"
WINDOWS_NAME = "Windows microphone privacy settings"
MACOS_NAME = "macOS CoreAudio"

PACTL_TIMEOUT_SECONDS = 1.0
RETRY_SECONDS = 60.0  # an unavailable sound server is asked again after this long
SOURCES_MAX_AGE_SECONDS = 60.0
PA_INVALID_INDEX = 0xFFFFFFFF
PULSE_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")

Run = Callable[..., subprocess.CompletedProcess[str]]


class MicrophoneProbe(Protocol):
    name: str  # how it is detected here, e.g. "PulseAudio/PipeWire"
    # None when it works; else "no_pactl", "no_audio_server", "unsupported_platform" or "error".
    unavailable_reason: str | None

    def in_use(self) -> bool | None:
        """True when some application records from a microphone (a call); None when unknown."""
        ...

    def close(self) -> None:
        """Stop whatever runs beside Companion to watch (the probe is not used again)."""
        ...


class UnavailableMicrophoneProbe:
    """The microphone cannot be watched here; `unavailable_reason` says why."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.unavailable_reason: str | None = reason

    def in_use(self) -> bool | None:
        return None

    def close(self) -> None:
        pass


def make_microphone_probe(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    run: Run = subprocess.run,
) -> MicrophoneProbe:
    """The microphone probe for this system (or the one `environ` and `platform` describe).

    On Linux this runs pactl once (at most 1 s) to learn whether a sound server answers.
    """
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return _open_windows()
        if platform == "darwin":
            return _open_macos()
        if platform.startswith(PULSE_PLATFORMS):
            spawn = subprocess.Popen if run is subprocess.run else None
            return PulseMicrophoneProbe(
                run, os.environ if environ is None else environ, spawn=spawn
            )
    except Exception:
        log.warning("microphone: setting up the probe failed", exc_info=True)
        return UnavailableMicrophoneProbe("none", "error")
    return UnavailableMicrophoneProbe("none", "unsupported_platform")


# --- PulseAudio / PipeWire ------------------------------------------------------------------


def _columns(line: str) -> list[str]:
    fields = line.split("\t")
    return fields if len(fields) >= 2 else line.split()


def parse_sources(text: str) -> dict[int, str]:
    """`pactl list short sources` -> {index: name}; lines that don't parse are skipped."""
    sources: dict[int, str] = {}
    for line in text.splitlines():
        fields = _columns(line.strip())
        if len(fields) >= 2 and fields[0].strip().isdigit() and fields[1].strip():
            sources[int(fields[0])] = fields[1].strip()
    return sources


def parse_source_outputs(text: str) -> list[int]:
    """`pactl list short source-outputs` -> the source index of each recording stream."""
    streams: list[int] = []
    for line in text.splitlines():
        fields = _columns(line.strip())
        if len(fields) >= 2 and fields[0].strip().isdigit() and fields[1].strip().isdigit():
            streams.append(int(fields[1]))
    return streams


def is_monitor(source_name: str) -> bool:
    return source_name.endswith(".monitor")


Spawn = Callable[..., "subprocess.Popen[bytes]"]
_CHANGE = re.compile(rb"^Event '[a-z]+' on source(-output)? #", re.MULTILINE)


class PulseEvents:
    """`pactl subscribe` beside Companion: whether a recording stream or a source changed since
    the last look. Its events about clients (every `pactl` run makes some) do not count."""

    def __init__(self, spawn: Spawn, env: Mapping[str, str]) -> None:
        self._process = spawn(
            ["pactl", "subscribe"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert self._process.stdout is not None
        self._output = self._process.stdout
        os.set_blocking(self._output.fileno(), False)
        self._partial = b""

    def changed(self) -> bool | None:
        """Whether something relevant happened since the last call; None when the watcher has
        ended (the server went away): then list the streams, and start a new one."""
        chunks = [self._partial]
        ended = False
        while True:
            try:
                chunk = os.read(self._output.fileno(), 65536)
            except BlockingIOError:
                break
            except OSError:
                ended = True
                break
            if not chunk:
                ended = True
                break
            chunks.append(chunk)
        data = b"".join(chunks)
        complete, _, self._partial = data.rpartition(b"\n")
        if ended:
            return None
        return bool(_CHANGE.search(complete))

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=2)
        self._output.close()


class PulseMicrophoneProbe:
    """Recording streams on the PulseAudio/PipeWire server, through the `pactl` command."""

    name = PULSE_NAME

    def __init__(
        self,
        run: Run = subprocess.run,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        spawn: Spawn | None = None,
    ) -> None:
        self.unavailable_reason: str | None = None
        self._run = run
        self._spawn = spawn  # None: no `pactl subscribe`, the streams are listed at every look
        self._events: PulseEvents | None = None
        self._answer: bool | None = None  # the last answer, good until an event says otherwise
        # pactl reads the server address from the environment; its messages in English.
        self._env = {**(os.environ if environ is None else environ), "LC_ALL": "C"}
        self._clock = clock
        self._retry_at = 0.0
        self._sources: dict[int, str] = {}
        self._sources_read_at: float | None = None
        self._unknown_after_reading: set[int] = set()  # sources a fresh read did not list
        self._last_logged: str | None = None
        self._refresh_sources()  # the first look sets `unavailable_reason`

    def in_use(self) -> bool | None:
        try:
            return self._in_use()
        except Exception:
            self._fail("error", "reading the recording streams failed", error=True)
            return None

    def close(self) -> None:
        self._stop_watching()

    def _stop_watching(self) -> None:
        if self._events is not None:
            self._events.close()
            self._events = None
        self._answer = None

    def _unchanged(self) -> bool:
        """Whether the last answer still stands: nothing changed since, as `pactl subscribe`
        tells (started here when it is not running; a watcher that ended is dropped)."""
        if self._spawn is None or self.unavailable_reason is not None:
            return False
        if self._events is None:
            try:
                self._events = PulseEvents(self._spawn, self._env)
            except OSError as error:
                log.info("microphone: pactl subscribe could not start (%s); listing instead", error)
                self._spawn = None
                return False
            self._answer = None  # what happened before it started is not known
            return False
        changed = self._events.changed()
        if changed is None:
            self._stop_watching()
            return False
        return not changed and self._answer is not None

    def _in_use(self) -> bool | None:
        now = self._clock()
        if self.unavailable_reason is not None and now < self._retry_at:
            return None
        if self._unchanged():
            return self._answer
        answer = self._listed_in_use(now)
        self._answer = answer
        if answer is None:
            self._stop_watching()
        return answer

    def _listed_in_use(self, now: float) -> bool | None:
        """The answer from listing the recording streams (and the sources, when needed)."""
        read_at = self._sources_read_at
        stale = read_at is None or now - read_at >= SOURCES_MAX_AGE_SECONDS
        refresh = self.unavailable_reason is not None or stale
        if refresh and not self._refresh_sources():
            return None
        output = self._pactl("source-outputs")
        if output is None:
            return None
        streams = [source for source in parse_source_outputs(output) if source != PA_INVALID_INDEX]
        unknown = {source for source in streams if source not in self._sources}
        new_unknown = unknown - self._unknown_after_reading
        if new_unknown and not refresh and not self._refresh_sources():
            return None
        self._unknown_after_reading = {s for s in unknown if s not in self._sources}
        return any(not is_monitor(self._sources.get(source, "")) for source in streams)

    def _refresh_sources(self) -> bool:
        output = self._pactl("sources")
        if output is None:
            return False
        self._sources = parse_sources(output)
        self._sources_read_at = self._clock()
        return True

    def _pactl(self, what: str) -> str | None:
        """The output of `pactl list short <what>`; None (and unavailable) when it failed."""
        try:
            result = self._run(
                ["pactl", "list", "short", what],
                capture_output=True,
                text=True,
                errors="replace",
                stdin=subprocess.DEVNULL,
                timeout=PACTL_TIMEOUT_SECONDS,
                check=False,
                env=self._env,
            )
        except FileNotFoundError:
            self._fail("no_pactl", "pactl is not installed (Debian package pulseaudio-utils)")
            return None
        except subprocess.TimeoutExpired:
            self._fail("no_audio_server", f"pactl did not answer in {PACTL_TIMEOUT_SECONDS:g} s")
            return None
        except OSError as error:
            self._fail("error", f"pactl could not be run: {error}")
            return None
        if result.returncode != 0:
            message = (result.stderr or "").strip().splitlines()
            why = message[0] if message else f"exit status {result.returncode}"
            self._fail("no_audio_server", f"pactl failed: {why}")
            return None
        if self.unavailable_reason is not None:
            log.info("microphone: %s answers again", self.name)
        self.unavailable_reason = None
        self._last_logged = None
        return result.stdout or ""

    def _fail(self, reason: str, message: str, *, error: bool = False) -> None:
        self.unavailable_reason = reason
        self._retry_at = self._clock() + RETRY_SECONDS
        self._sources_read_at = None
        if message != self._last_logged:  # once per distinct failure, not every minute
            level = logging.WARNING if reason == "error" else logging.INFO
            log.log(level, "microphone: %s; trying again in a minute", message, exc_info=error)
            self._last_logged = message


# --- Windows --------------------------------------------------------------------------------

CONSENT_STORE = (
    "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager"
    "\\ConsentStore\\microphone"
)


class RegistryReader(Protocol):
    """Read access to HKEY_CURRENT_USER; paths are relative to it, joined with backslashes."""

    def subkeys(self, path: str) -> list[str]:
        """Names of the key's subkeys; OSError when the key does not exist."""
        ...

    def qwords(self, path: str) -> dict[str, int]:
        """The key's REG_QWORD values by name; OSError when the key does not exist."""
        ...


def is_recording(values: Mapping[str, int]) -> bool:
    start = values.get("LastUsedTimeStart", 0)
    stop = values.get("LastUsedTimeStop", 0)
    return start != 0 and (stop == 0 or start > stop)


def apps_using_microphone(registry: RegistryReader) -> list[str]:
    """Names of the apps recording now (packaged app ids, or paths with "#" separators).

    OSError when the ConsentStore key itself is missing (Windows 10 before 1903).
    """
    apps: list[str] = []
    for name in registry.subkeys(CONSENT_STORE):
        path = f"{CONSENT_STORE}\\{name}"
        try:
            if name == "NonPackaged":
                apps.extend(
                    program
                    for program in registry.subkeys(path)
                    if _key_records(registry, f"{path}\\{program}")
                )
            elif _key_records(registry, path):
                apps.append(name)
        except OSError:  # removed while we looked
            continue
    return apps


def _key_records(registry: RegistryReader, path: str) -> bool:
    try:
        return is_recording(registry.qwords(path))
    except OSError:
        return False


if sys.platform == "win32":
    import winreg

    class WinregReader:
        """RegistryReader on the real HKEY_CURRENT_USER."""

        def subkeys(self, path: str) -> list[str]:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                count = winreg.QueryInfoKey(key)[0]
                return [winreg.EnumKey(key, index) for index in range(count)]

        def qwords(self, path: str) -> dict[str, int]:
            values: dict[str, int] = {}
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                for index in range(winreg.QueryInfoKey(key)[1]):
                    name, value, kind = winreg.EnumValue(key, index)
                    if kind == winreg.REG_QWORD and isinstance(value, int):
                        values[name] = value
            return values


def _open_windows() -> MicrophoneProbe:
    if sys.platform == "win32":
        registry = WinregReader()
        try:
            registry.subkeys(CONSENT_STORE)
        except OSError:
            log.info("microphone: no ConsentStore in the registry (Windows 10 before 1903?)")
            return UnavailableMicrophoneProbe(WINDOWS_NAME, "unsupported_platform")
        return WindowsMicrophoneProbe(registry)
    else:
        log.warning("microphone: the Windows registry exists on Windows only")
        return UnavailableMicrophoneProbe(WINDOWS_NAME, "error")


class WindowsMicrophoneProbe:
    """Reads the microphone privacy settings' usage times; `registry` may be a fake."""

    name = WINDOWS_NAME

    def __init__(self, registry: RegistryReader) -> None:
        self.unavailable_reason: str | None = None
        self._registry = registry
        self._failing = False

    def in_use(self) -> bool | None:
        try:
            apps = apps_using_microphone(self._registry)
        except Exception:
            level = logging.DEBUG if self._failing else logging.WARNING
            log.log(level, "microphone: reading the registry failed", exc_info=True)
            self._failing = True
            return None
        self._failing = False
        return bool(apps)

    def close(self) -> None:
        pass


# --- macOS ----------------------------------------------------------------------------------

CORE_AUDIO_PATH = "/System/Library/Frameworks/CoreAudio.framework/CoreAudio"
K_AUDIO_OBJECT_SYSTEM_OBJECT = 1
K_AUDIO_OBJECT_PROPERTY_ELEMENT_MAIN = 0


def four_char_code(code: str) -> int:
    """A CoreAudio constant such as 'dev#' as the big-endian UInt32 it stands for."""
    return int.from_bytes(code.encode("ascii"), "big")


K_AUDIO_HARDWARE_PROPERTY_DEVICES = four_char_code("dev#")
K_AUDIO_DEVICE_PROPERTY_STREAMS = four_char_code("stm#")
K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE = four_char_code("gone")
K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL = four_char_code("glob")
K_AUDIO_DEVICE_PROPERTY_SCOPE_INPUT = four_char_code("inpt")


class AudioObjectPropertyAddress(ctypes.Structure):
    _fields_ = (
        ("mSelector", ctypes.c_uint32),
        ("mScope", ctypes.c_uint32),
        ("mElement", ctypes.c_uint32),
    )


def _load_core_audio() -> Any:
    core_audio = ctypes.CDLL(CORE_AUDIO_PATH)
    address = ctypes.POINTER(AudioObjectPropertyAddress)
    size = ctypes.POINTER(ctypes.c_uint32)
    get_size = core_audio.AudioObjectGetPropertyDataSize
    get_size.argtypes = (ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, size)
    get_size.restype = ctypes.c_int32  # OSStatus
    get_data = core_audio.AudioObjectGetPropertyData
    get_data.argtypes = (
        ctypes.c_uint32,  # AudioObjectID
        address,
        ctypes.c_uint32,  # qualifier size
        ctypes.c_void_p,  # qualifier
        size,  # in: buffer size, out: bytes written
        ctypes.c_void_p,  # buffer
    )
    get_data.restype = ctypes.c_int32
    return core_audio


def _open_macos() -> MicrophoneProbe:
    try:
        return MacMicrophoneProbe(_load_core_audio())
    except Exception:
        log.warning("microphone: CoreAudio could not be loaded", exc_info=True)
        return UnavailableMicrophoneProbe(MACOS_NAME, "error")


class MacMicrophoneProbe:
    """Input devices that some process is running; `core_audio` may be a fake."""

    name = MACOS_NAME

    def __init__(self, core_audio: Any) -> None:
        self.unavailable_reason: str | None = None
        self._lib = core_audio
        self._failing = False

    def in_use(self) -> bool | None:
        try:
            result = self._any_input_running()
        except Exception:
            result = None
            log.debug("microphone: CoreAudio raised", exc_info=True)
        if result is None:
            if not self._failing:
                log.warning("microphone: CoreAudio could not list the audio devices")
            self._failing = True
        else:
            self._failing = False
        return result

    def close(self) -> None:
        pass

    def _any_input_running(self) -> bool | None:
        devices = self._uint32s(
            K_AUDIO_OBJECT_SYSTEM_OBJECT,
            K_AUDIO_HARDWARE_PROPERTY_DEVICES,
            K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL,
        )
        if devices is None:
            return None
        for device in devices:
            # A device unplugged since the list was read answers with an error: skipped.
            streams = self._size(
                device, K_AUDIO_DEVICE_PROPERTY_STREAMS, K_AUDIO_DEVICE_PROPERTY_SCOPE_INPUT
            )
            if not streams:
                continue
            running = self._uint32s(
                device,
                K_AUDIO_DEVICE_PROPERTY_DEVICE_IS_RUNNING_SOMEWHERE,
                K_AUDIO_OBJECT_PROPERTY_SCOPE_GLOBAL,
            )
            if running and running[0] != 0:
                return True
        return False

    def _size(self, object_id: int, selector: int, scope: int) -> int | None:
        """The property's size in bytes; None when CoreAudio answers with an error."""
        address = AudioObjectPropertyAddress(selector, scope, K_AUDIO_OBJECT_PROPERTY_ELEMENT_MAIN)
        size = ctypes.c_uint32(0)
        status = self._lib.AudioObjectGetPropertyDataSize(
            object_id, ctypes.pointer(address), 0, None, ctypes.pointer(size)
        )
        return int(size.value) if status == 0 else None

    def _uint32s(self, object_id: int, selector: int, scope: int) -> list[int] | None:
        """The property as an array of UInt32 (AudioObjectIDs, or one UInt32 flag)."""
        size = self._size(object_id, selector, scope)
        if size is None:
            return None
        width = ctypes.sizeof(ctypes.c_uint32)
        count = size // width
        buffer = (ctypes.c_uint32 * max(count, 1))()
        io_size = ctypes.c_uint32(count * width)
        address = AudioObjectPropertyAddress(selector, scope, K_AUDIO_OBJECT_PROPERTY_ELEMENT_MAIN)
        status = self._lib.AudioObjectGetPropertyData(
            object_id, ctypes.pointer(address), 0, None, ctypes.pointer(io_size), buffer
        )
        if status != 0:
            return None
        return [int(value) for value in buffer[: min(io_size.value // width, count)]]
