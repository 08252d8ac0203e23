"""Each working day's breaks: a micro-break about every 50 minutes and a long one in the
afternoon, and what became of each (taken less often in the hard period)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, tzinfo

from companion.demo.days import Day, moment, trend
from companion.demo.patterns import EXERCISES_FROM, LONG_SECONDS, LUNCH, MICRO_SECONDS, NOTICE
from companion.domain.breaks import LONG, MICRO, BreakRecord


@dataclass(frozen=True, slots=True)
class PlannedBreak:
    minute: float  # when it fell due, local minutes
    outcome: str


def _outcome(rng: random.Random, day: Day, minute: float) -> str:
    hard = max(0.0, trend(day.t)) / 1.8
    later = max(0.0, (day.t - EXERCISES_FROM) / (1 - EXERCISES_FROM))
    weights = {
        "taken": 52 - 14 * hard + 14 * later,
        "ended_early": 10.0,
        "skipped": 16 + 14 * hard - 7 * later + (5 if minute >= 16 * 60 else 0),
        "postponed": 7 + 3 * hard,
        "natural": 15.0,
    }
    if day.day.weekday() == 0:
        weights["skipped"] += 4
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def plan_breaks(
    rng: random.Random, day: Day, zone: tzinfo
) -> tuple[list[PlannedBreak], list[BreakRecord]]:
    """A micro-break about every 50 minutes, and one long break in the afternoon."""
    planned: list[float] = []
    for low, high in ((day.start, LUNCH[0]), (LUNCH[1], day.end)):
        step = low + 50
        while step < high - 5:
            planned.append(step + rng.uniform(-4, 4))
            step += 50
    afternoon = [m for m in planned if m >= LUNCH[1]]
    long_at = min(afternoon, key=lambda m: abs(m - 15.5 * 60)) if afternoon else None
    found, records = [], []
    for minute in planned:
        if minute >= day.limit:
            break
        kind = LONG if minute == long_at else MICRO
        length = LONG_SECONDS if kind == LONG else MICRO_SECONDS
        outcome = _outcome(rng, day, minute)
        due = moment(day, minute, zone)
        shown: datetime | None = due - NOTICE
        postponed, seconds = 0, 0
        if outcome == "taken":
            postponed = rng.choices((0, 1, 2), weights=(80, 15, 5))[0]
            seconds = length
        elif outcome == "ended_early":
            postponed = rng.choices((0, 1), weights=(85, 15))[0]
            seconds = rng.randint(5, length - 5)
            # Some ended as cut short (back to the keyboard): decided apart from `rng`, so the
            # rest of the history stays as it was before breaks could be cut short.
            if random.Random(f"{day.day}{minute:.3f}").random() < 0.45:
                outcome = "cut_short"
        elif outcome == "skipped":
            postponed = rng.choices((0, 1), weights=(75, 25))[0]
        elif outcome == "postponed":
            postponed = rng.randint(1, 3)
        else:  # natural: away from the keyboard, so no notice
            shown = None
            seconds = rng.randint(60, 900)
            kind = LONG if seconds >= LONG_SECONDS else MICRO
        found.append(PlannedBreak(minute, outcome))
        records.append(BreakRecord(kind, due, shown, outcome, postponed, seconds))
    return found, records
