"""The breathing exercise of a micro-break: in 4 s, hold 2 s, out 6 s, over and over.

Pure arithmetic on the seconds since the exercise began, so whatever draws it (the circle of
the break window) only has to read a clock: a late or skipped frame never puts it out of step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

BreathingPhase = Literal["inhale", "hold", "exhale"]

PHASES: tuple[tuple[BreathingPhase, float], ...] = (
    ("inhale", 4.0),
    ("hold", 2.0),
    ("exhale", 6.0),
)
CYCLE_SECONDS = 12.0


@dataclass(frozen=True, slots=True)
class BreathingState:
    """Where the exercise is at one moment."""

    phase: BreathingPhase
    seconds_left: float  # until the phase ends
    progress: float  # 0 at the start of the phase, towards 1 at its end
    size: float  # of the circle: 0 (empty lungs) to 1 (full)


def _ease_in_out(amount: float) -> float:
    """Slow at both ends, like a breath: 0 -> 0, 1 -> 1, rising all the way."""
    return (1.0 - math.cos(math.pi * amount)) / 2.0


def breathing_at(elapsed: float) -> BreathingState:
    """The state `elapsed` seconds after the exercise began (the first breath starts at 0)."""
    if not math.isfinite(elapsed) or elapsed < 0:
        raise ValueError(f"elapsed must be a finite number of seconds >= 0, not {elapsed!r}")
    into_cycle = math.fmod(elapsed, CYCLE_SECONDS)
    start = 0.0
    for phase, length in PHASES:
        if into_cycle < start + length or phase == PHASES[-1][0]:
            into_phase = min(max(into_cycle - start, 0.0), length)
            progress = into_phase / length
            if phase == "inhale":
                size = _ease_in_out(progress)
            elif phase == "hold":
                size = 1.0
            else:
                size = 1.0 - _ease_in_out(progress)
            return BreathingState(phase, length - into_phase, progress, size)
        start += length
    raise AssertionError("unreachable: the last phase always matches")  # pragma: no cover
