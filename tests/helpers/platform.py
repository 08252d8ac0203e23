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


class HandsThatRest:
    """An idle probe for a person at the desk who types on through a break's notice and sits
    back once it has counted down, until the break is over: input half a second ago while
    working; from then on, no input since that was first seen. `follow(driver)` first."""

    def __init__(self, clock) -> None:
        self._clock = clock
        self._view = None
        self._rest_from = None

    def follow(self, driver) -> HandsThatRest:
        self._view = lambda: driver.view
        return self

    def idle_seconds(self) -> float:
        from companion.domain.breaks import Phase

        now = self._clock.now()
        view = self._view() if self._view is not None else None
        if view is not None and (view.phase is Phase.BREAK or view.waiting):
            if self._rest_from is None:
                self._rest_from = now
            return (now - self._rest_from).total_seconds()
        self._rest_from = None
        return 0.5
