"""Stand-ins for what the operating system tells: time since the last input and whether the
microphone is in use, set by the test (the real probes are tested in tests/unit/test_idle.py
and test_microphone.py, and the whole shift runs them for real)."""

from __future__ import annotations


class FakeIdle:
    """An idle probe: `seconds` since the last keyboard or mouse input."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def idle_seconds(self) -> float:
        return self.seconds


class FakeMicrophone:
    """A microphone probe: `recording` while a call holds the microphone."""

    def __init__(self) -> None:
        self.recording = False

    def in_use(self) -> bool:
        return self.recording
