"""A soft chime: a short sound file from resources/sounds played without waiting, or nothing.

Agents wear headsets all shift, so the chime is off unless asked for (`breaks.chime`). How it
plays, per system, with what the system already has (Qt Multimedia is a large add-on the tray
does not need):

- Linux: `paplay` (PulseAudio's tools, which talk to PipeWire too), else `pw-play`, else ALSA's
  `aplay`, started as a QProcess and never waited for. No sound server, no device, no player:
  the first failure is logged once and the chime stays silent; nothing reaches the person.
- Windows: `winsound.PlaySound` with SND_ASYNC (the standard library; returns at once).
- macOS: `afplay`, as on Linux (written against its documented use; not run here).

Verified: Linux against a private PulseAudio server with a null sink (tests/unit/test_sound.py
sees the sound reach the sink as a stream), and with no server (silent, one log line).
"""

from __future__ import annotations

import importlib
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess

from companion.paths import resources_dir

log = logging.getLogger(__name__)

CHIME = "chime"  # a break starts or ends
BREATHE_IN = "breathe-in"
BREATHE_OUT = "breathe-out"
SOUNDS = (CHIME, BREATHE_IN, BREATHE_OUT)
PLAYERS = ("paplay", "pw-play", "aplay", "afplay")


def sound_file(name: str) -> Path:
    if name not in SOUNDS:
        raise ValueError(f"unknown sound {name!r}")
    return resources_dir() / "sounds" / f"{name}.wav"


def find_player() -> str | None:
    """The command that plays a WAV file here (None on Windows, which needs none)."""
    if sys.platform == "win32":
        return None
    for name in PLAYERS:
        found = shutil.which(name)
        if found is not None:
            return found
    return None


class Chime(QObject):
    """Plays the app's sounds, each at most once at a time; never blocks, never raises."""

    def __init__(self, player: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player if player is not None else find_player()
        self._playing: dict[str, QProcess] = {}
        self._failed = False  # told the log once
        self.played = 0  # sounds that finished playing (for the tests and the log)

    @property
    def available(self) -> bool:
        return sys.platform == "win32" or self._player is not None

    def play(self, name: str) -> None:
        try:
            path = sound_file(name)
            if sys.platform == "win32":
                self._play_on_windows(path)
                return
            self._start(name, path)
        except Exception:
            self._fail("playing %s failed", name, exc_info=True)

    def _start(self, name: str, path: Path) -> None:
        if self._player is None:
            self._fail("no sound player (paplay, pw-play or aplay) is installed: chime is silent")
            return
        running = self._playing.get(name)
        if running is not None and running.state() != QProcess.ProcessState.NotRunning:
            return  # the same sound still playing: one is enough
        process = QProcess(self)
        process.setProgram(self._player)
        process.setArguments([str(path)])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(lambda code, _status: self._finished(name, process, code))
        process.errorOccurred.connect(lambda _error: self._error(name, process))
        self._playing[name] = process
        process.start()

    def _finished(self, name: str, process: QProcess, code: int) -> None:
        self._forget(name, process)
        if code == 0:
            self.played += 1
        else:
            said = bytes(process.readAll().data()).decode("utf-8", "replace").strip()
            self._fail("the chime could not play (%s exited %d: %s)", self._player, code, said)
        process.deleteLater()

    def _error(self, name: str, process: QProcess) -> None:
        if process.error() == QProcess.ProcessError.FailedToStart:
            self._forget(name, process)
            self._fail("the chime could not play: %s did not start", self._player)
            process.deleteLater()

    def _forget(self, name: str, process: QProcess) -> None:
        if self._playing.get(name) is process:
            del self._playing[name]

    def _play_on_windows(self, path: Path) -> None:
        winsound: Any = importlib.import_module("winsound")  # Windows only
        flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        winsound.PlaySound(str(path), flags)
        self.played += 1

    def _fail(self, message: str, *args: object, exc_info: bool = False) -> None:
        level = logging.DEBUG if self._failed else logging.WARNING
        self._failed = True
        log.log(level, message, *args, exc_info=exc_info)

    def close(self) -> None:
        for process in self._playing.values():
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(1000)
        self._playing.clear()
