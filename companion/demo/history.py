"""`generate_history`: weeks of an agent's history written into a store, and what was written.

The days, breaks, mood entries, exercises and check-ins come from the modules beside this one;
here they are put together in one fixed order, so that a seed gives the same history.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

from companion.demo.breaks import plan_breaks
from companion.demo.checkins import check_ins
from companion.demo.days import Day, moment, new_id, plan_days
from companion.demo.exercises import make_exercise, make_thought
from companion.demo.moods import day_moods, natural_count
from companion.demo.patterns import EXERCISE_WEIGHT, EXERCISES_FROM
from companion.domain.breaks import BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.mood import MoodInput
from companion.domain.thoughts import ExerciseUse, ThoughtRecord, distress_on_ten

WEEKS_MIN, WEEKS_MAX = 1, 520
ENTRIES_MAX = 1_000_000


class DemoError(RuntimeError):
    """A demo history cannot be written; `str()` is a message for the user."""


class HistorySink(Protocol):
    """What the generator writes through (the Store)."""

    def add_moods_bulk(
        self, values: Sequence[MoodInput], ids: Sequence[uuid.UUID] | None = None
    ) -> list[uuid.UUID]: ...

    def add_breaks_bulk(self, records: Sequence[BreakRecord]) -> int: ...

    def save_thought(self, record: ThoughtRecord) -> ThoughtRecord: ...

    def add_exercise(self, use: ExerciseUse) -> ExerciseUse: ...

    def add_check_in(self, check_in: CheckIn) -> CheckIn: ...


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was written."""

    weeks: int
    seed: int
    first_day: date
    last_day: date
    working_days: int
    moods: int
    mean_stress: float | None
    breaks: dict[str, int]
    exercises: int
    thoughts: int
    exercises_from: date | None  # the local day of the first exercise
    mean_by_weekday: dict[int, float] = field(default_factory=dict)  # 0 = Monday


def _apportion(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to `weights` (largest remainders), summing exactly."""
    whole = sum(weights)
    if whole <= 0:
        raise DemoError("there is no working time in the history to place entries in")
    shares = [total * weight / whole for weight in weights]
    counts = [int(share) for share in shares]
    left = total - sum(counts)
    order = sorted(range(len(shares)), key=lambda i: (counts[i] - shares[i], i))
    for index in order[:left]:
        counts[index] += 1
    return counts


def generate_history(
    store: HistorySink,
    clock_now: datetime,
    zone: tzinfo,
    weeks: int,
    seed: int,
    entries: int | None = None,
) -> DemoSummary:
    """Write `weeks` weeks of an agent's history, up to `clock_now`, into `store`.

    Shifts are 09:00-18:00 local time Monday to Friday (lunch 12-13), 09:00-15:00 on a
    Saturday in about one week of four; a day off now and then. `entries` replaces the natural
    number of mood entries (6-14 a working day) by exactly that many, spread the same way.
    """
    if not WEEKS_MIN <= weeks <= WEEKS_MAX:
        raise ValueError(f"weeks must be from {WEEKS_MIN} to {WEEKS_MAX}, got {weeks}")
    if entries is not None and not 0 <= entries <= ENTRIES_MAX:
        raise ValueError(f"entries must be from 0 to {ENTRIES_MAX:,}, got {entries}")
    if clock_now.tzinfo is None:
        raise ValueError("generate_history needs an aware time")
    now = clock_now.astimezone(UTC)
    rng = random.Random(seed)
    calendar, days = plan_days(rng, now, zone, weeks)
    counts = [natural_count(rng, day) for day in days]
    if entries is not None:
        weights = [float(count) for count in counts]
        if sum(weights) <= 0:
            weights = [day.minutes() for day in days]
        counts = _apportion(entries, weights) if entries else [0] * len(days)

    moods: list[MoodInput] = []
    ids: list[uuid.UUID] = []
    breaks: list[BreakRecord] = []
    per_day: list[tuple[Day, list[int]]] = []  # positions of each day's entries in `moods`
    for day, count in zip(days, counts, strict=True):
        day_breaks, records = plan_breaks(rng, day, zone)
        breaks.extend(records)
        found = day_moods(rng, day, count, day_breaks, now, zone)
        per_day.append((day, list(range(len(moods), len(moods) + len(found)))))
        moods.extend(found)
        ids.extend(new_id(rng) for _ in found)

    thoughts: list[ThoughtRecord] = []
    exercises: list[ExerciseUse] = []
    kinds, kind_weights = list(EXERCISE_WEIGHT), list(EXERCISE_WEIGHT.values())
    for day, positions in per_day:
        if day.t < EXERCISES_FROM:
            continue
        fresh = max(0.0, 1 - (day.t - EXERCISES_FROM) / (1 - EXERCISES_FROM))  # keen at first
        uses = rng.choices((0, 1, 2), weights=(50 - 15 * fresh, 35, 15 + 15 * fresh))[0]
        tense = sorted(positions, key=lambda p: (-moods[p].stress, p))
        for turn in range(uses):
            if turn < len(tense) and moods[tense[turn]].stress >= 5:
                trigger = moods[tense[turn]]
                started = trigger.at + timedelta(minutes=rng.randint(2, 20))
                before: int | None = min(10, max(0, trigger.stress + rng.randint(-1, 1)))
            else:
                low, high = day.start + 30, day.limit
                if high <= low:
                    continue
                started = moment(day, rng.uniform(low, high), zone)
                before = rng.randint(3, 7)
            use = make_exercise(
                rng,
                rng.choices(kinds, weights=kind_weights)[0],
                started,
                before,
                rng.random() < 0.65,
            )
            if use.finished_at is not None and use.finished_at < now:
                exercises.append(use)
        if tense and moods[tense[0]].stress >= 6 and rng.random() < 0.12:
            trigger = moods[tense[0]]
            created = trigger.at + timedelta(minutes=rng.randint(10, 40))
            record = make_thought(rng, created, trigger.stress, ids[tense[0]])
            if record.updated_at < now:
                thoughts.append(record)
                exercises.append(
                    ExerciseUse(
                        id=new_id(rng),
                        kind="thought_record",
                        started_at=record.created_at,
                        finished_at=record.updated_at,
                        distress_before=distress_on_ten(record.emotions_before),
                        distress_after=distress_on_ten(record.emotions_after),
                        thought_record_id=record.id,
                    )
                )

    store.add_moods_bulk(moods, ids)
    store.add_breaks_bulk(breaks)
    for record in thoughts:
        store.save_thought(record)
    for use in sorted(exercises, key=lambda u: u.started_at):
        store.add_exercise(use)
    for check_in in check_ins(rng, per_day, moods, now, zone):
        store.add_check_in(check_in)

    by_weekday: dict[int, list[int]] = {}
    for day, positions in per_day:
        by_weekday.setdefault(day.day.weekday(), []).extend(moods[p].stress for p in positions)
    first_use = min((use.started_at for use in exercises), default=None)
    return DemoSummary(
        weeks=weeks,
        seed=seed,
        first_day=calendar[0],
        last_day=calendar[-1],
        working_days=len(days),
        moods=len(moods),
        mean_stress=(round(sum(m.stress for m in moods) / len(moods), 2) if moods else None),
        breaks=dict(Counter(record.outcome for record in breaks)),
        exercises=len(exercises),
        thoughts=len(thoughts),
        exercises_from=None if first_use is None else first_use.astimezone(zone).date(),
        mean_by_weekday={
            weekday: round(sum(values) / len(values), 2)
            for weekday, values in sorted(by_weekday.items())
            if values
        },
    )
