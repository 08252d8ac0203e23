"""The 4-2-6 breathing pattern: phases, their boundaries, and the circle's size."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.breathing import CYCLE_SECONDS, PHASES, breathing_at

STEP = 0.01


def test_the_pattern_is_in_4_hold_2_out_6():
    assert PHASES == (("inhale", 4.0), ("hold", 2.0), ("exhale", 6.0))
    assert sum(length for _phase, length in PHASES) == CYCLE_SECONDS == 12.0


@pytest.mark.parametrize(
    ("elapsed", "phase", "seconds_left", "progress", "size"),
    [
        (0.0, "inhale", 4.0, 0.0, 0.0),
        (2.0, "inhale", 2.0, 0.5, 0.5),
        (4.0, "hold", 2.0, 0.0, 1.0),
        (5.0, "hold", 1.0, 0.5, 1.0),
        (6.0, "exhale", 6.0, 0.0, 1.0),
        (9.0, "exhale", 3.0, 0.5, 0.5),
        (12.0, "inhale", 4.0, 0.0, 0.0),
        (12.5, "inhale", 3.5, 0.125, None),
        (3600.0, "inhale", 4.0, 0.0, 0.0),  # an hour is exactly 300 cycles
        (3604.0, "hold", 2.0, 0.0, 1.0),
    ],
)
def test_phase_boundaries(elapsed, phase, seconds_left, progress, size):
    state = breathing_at(elapsed)
    assert state.phase == phase
    assert state.seconds_left == pytest.approx(seconds_left)
    assert state.progress == pytest.approx(progress)
    if size is not None:
        assert state.size == pytest.approx(size, abs=1e-12)


def test_the_breath_starts_and_ends_slowly():
    """Ease in and out: the circle moves least at the ends of a breath, most in the middle."""
    start = breathing_at(0.1).size - breathing_at(0.0).size
    middle = breathing_at(2.1).size - breathing_at(2.0).size
    end = breathing_at(4.0 - 1e-9).size - breathing_at(3.9).size
    assert 0 < start < middle
    assert 0 < end < middle
    assert 0 < breathing_at(12.5).size < 0.125  # slower than a straight line at first


@pytest.mark.parametrize(("phase", "start", "length"), [("inhale", 0, 4), ("exhale", 6, 6)])
def test_size_is_monotonic_within_a_phase(phase, start, length):
    times = [start + i * STEP for i in range(round(length / STEP))]
    sizes = [breathing_at(t).size for t in times]
    assert {breathing_at(t).phase for t in times} == {phase}
    pairs = list(itertools.pairwise(sizes))
    if phase == "inhale":
        assert all(later > earlier for earlier, later in pairs)
    else:
        assert all(later < earlier for earlier, later in pairs)
    progress = [breathing_at(t).progress for t in times]
    assert progress == sorted(progress)
    left = [breathing_at(t).seconds_left for t in times]
    assert left == sorted(left, reverse=True)


def test_size_stays_full_while_holding():
    assert {breathing_at(4 + i * STEP).size for i in range(200)} == {1.0}


@pytest.mark.parametrize("boundary", [4.0, 6.0, 12.0, 24.0, 3600.0])
def test_the_size_is_continuous_at_boundaries(boundary):
    before = breathing_at(boundary - 1e-6)
    after = breathing_at(boundary)
    assert before.phase != after.phase
    assert before.size == pytest.approx(after.size, abs=1e-5)
    assert before.progress == pytest.approx(1.0, abs=1e-5)
    assert before.seconds_left == pytest.approx(0.0, abs=1e-5)
    assert after.progress == 0.0


@given(st.floats(min_value=0, max_value=8 * 3600, allow_nan=False))
def test_every_moment_is_in_range(elapsed):
    state = breathing_at(elapsed)
    length = dict(PHASES)[state.phase]
    assert 0.0 <= state.progress <= 1.0
    assert 0.0 <= state.size <= 1.0
    assert 0.0 < state.seconds_left <= length
    assert state.seconds_left == pytest.approx(length * (1 - state.progress))


@pytest.mark.parametrize("elapsed", [-0.001, -12.0, math.nan, math.inf])
def test_negative_or_not_a_time_is_refused(elapsed):
    with pytest.raises(ValueError, match="elapsed"):
        breathing_at(elapsed)
