"""The soft chime plays through the system's sound server, or stays silent and says so once:
a real private PulseAudio server with null speakers hears the stream; without a server, or
without a player, nothing is raised and nothing reaches the person."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from companion.platform.sound import SOUNDS, Chime, find_player, sound_file

# The fixture `pulse_server` is used by name.
from tests.unit.test_microphone import pulse_server  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="PulseAudio is a Linux server")


def test_every_sound_ships_as_a_short_wav():
    for name in SOUNDS:
        path = sound_file(name)
        assert path.read_bytes()[:4] == b"RIFF" and path.stat().st_size < 100_000


def sink_inputs(environ: dict[str, str]) -> str:
    return subprocess.run(
        ["pactl", "list", "short", "sink-inputs"],
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_chime_reaches_the_speakers_of_a_real_server(qtbot, pulse_server, monkeypatch):  # noqa: F811
    for key, value in pulse_server.items():
        monkeypatch.setenv(key, value)
    if find_player() is None:
        pytest.skip("no paplay (Debian package pulseaudio-utils)")
    chime = Chime()
    heard = []
    try:
        chime.play("chime")
        chime.play("chime")  # the same sound twice at once: played once
        qtbot.waitUntil(lambda: heard.append(sink_inputs(pulse_server)) or bool(heard[-1]))
        assert len(heard[-1].strip().splitlines()) == 1  # one stream on the null speakers
        qtbot.waitUntil(lambda: chime.played == 1, timeout=10000)
    finally:
        chime.close()


def test_without_a_sound_server_the_chime_is_silent_and_said_once(
    qtbot, tmp_path, monkeypatch, caplog
):
    runtime = tmp_path / "empty-runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{runtime}/nothing-here")
    if find_player() is None:
        pytest.skip("no paplay (Debian package pulseaudio-utils)")
    chime = Chime()
    try:
        with caplog.at_level(logging.DEBUG, logger="companion.platform.sound"):
            chime.play("chime")
            qtbot.waitUntil(lambda: "could not play" in caplog.text, timeout=10000)
            chime.play("breathe-in")
            qtbot.waitUntil(lambda: caplog.text.count("could not play") == 2, timeout=10000)
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1 and chime.played == 0  # told once; the next quietly
    finally:
        chime.close()


def test_without_a_player_nothing_is_raised(qtbot, tmp_path, caplog):
    chime = Chime(player=os.fspath(tmp_path / "no-such-player"))
    try:
        with caplog.at_level(logging.WARNING, logger="companion.platform.sound"):
            chime.play("breathe-out")
            qtbot.waitUntil(lambda: "did not start" in caplog.text, timeout=5000)
        assert chime.played == 0
        with pytest.raises(ValueError):
            sound_file("siren")
        chime.play("siren")  # a wrong name from a caller is logged, never raised
    finally:
        chime.close()
