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
    One seeded random source makes the days, then the moods and breaks, then the exercises and
    thought records, then the check-ins, in that order: a seed always gives the same history.
    """
    _check_asked(clock_now, weeks, entries)
    now = clock_now.astimezone(UTC)
    rng = random.Random(seed)
    calendar, days = plan_days(rng, now, zone, weeks)
    made = _Made()
    for day, count in zip(days, _mood_counts(rng, days, entries), strict=True):
        _moods_and_breaks(rng, day, count, now, zone, made)
    for day, positions in made.per_day:
        if day.t >= EXERCISES_FROM:
            _exercises_and_thoughts(rng, day, positions, now, zone, made)
    _write(store, made, check_ins(rng, made.per_day, made.moods, now, zone))
    return _summary(made, weeks, seed, calendar, len(days), zone)


def _check_asked(clock_now: datetime, weeks: int, entries: int | None) -> None:
    if not WEEKS_MIN <= weeks <= WEEKS_MAX:
        raise ValueError(f"weeks must be from {WEEKS_MIN} to {WEEKS_MAX}, got {weeks}")
    if entries is not None and not 0 <= entries <= ENTRIES_MAX:
        raise ValueError(f"entries must be from 0 to {ENTRIES_MAX:,}, got {entries}")
    if clock_now.tzinfo is None:
        raise ValueError("generate_history needs an aware time")


def _write(store: HistorySink, made: _Made, made_check_ins: Sequence[CheckIn]) -> None:
    """Into the store, one kind of record at a time."""
    store.add_moods_bulk(made.moods, made.ids)
    store.add_breaks_bulk(made.breaks)
    for record in made.thoughts:
        store.save_thought(record)
    for use in sorted(made.exercises, key=lambda u: u.started_at):
        store.add_exercise(use)
    for check_in in made_check_ins:
        store.add_check_in(check_in)


@dataclass
class _Made:
    """What generate_history has made so far."""

    moods: list[MoodInput] = field(default_factory=list)
    ids: list[uuid.UUID] = field(default_factory=list)
    breaks: list[BreakRecord] = field(default_factory=list)
    per_day: list[tuple[Day, list[int]]] = field(default_factory=list)  # positions in `moods`
    thoughts: list[ThoughtRecord] = field(default_factory=list)
    exercises: list[ExerciseUse] = field(default_factory=list)


def _mood_counts(rng: random.Random, days: list[Day], entries: int | None) -> list[int]:
    """How many mood entries each day gets: its natural number, or `entries` spread alike."""
    counts = [natural_count(rng, day) for day in days]
    if entries is None:
        return counts
    weights = [float(count) for count in counts]
    if sum(weights) <= 0:
        weights = [day.minutes() for day in days]
    return _apportion(entries, weights) if entries else [0] * len(days)


def _moods_and_breaks(
    rng: random.Random, day: Day, count: int, now: datetime, zone: tzinfo, made: _Made
) -> None:
    day_breaks, records = plan_breaks(rng, day, zone)
    made.breaks.extend(records)
    found = day_moods(rng, day, count, day_breaks, now, zone)
    made.per_day.append((day, list(range(len(made.moods), len(made.moods) + len(found)))))
    made.moods.extend(found)
    made.ids.extend(new_id(rng) for _ in found)


def _exercises_and_thoughts(
    rng: random.Random,
    day: Day,
    positions: list[int],
    now: datetime,
    zone: tzinfo,
    made: _Made,
) -> None:
    """A day's exercises (most after its tensest entries; keener in the first weeks) and,
    now and then, a thought record after its hardest call."""
    moods = made.moods
    fresh = max(0.0, 1 - (day.t - EXERCISES_FROM) / (1 - EXERCISES_FROM))  # keen at first
    uses = rng.choices((0, 1, 2), weights=(50 - 15 * fresh, 35, 15 + 15 * fresh))[0]
    tense = sorted(positions, key=lambda p: (-moods[p].stress, p))
    for turn in range(uses):
        use = _exercise(rng, day, moods[tense[turn]] if turn < len(tense) else None, zone)
        if use is not None and use.finished_at is not None and use.finished_at < now:
            made.exercises.append(use)
    if tense and moods[tense[0]].stress >= 6 and rng.random() < 0.12:
        trigger = moods[tense[0]]
        created = trigger.at + timedelta(minutes=rng.randint(10, 40))
        record = make_thought(rng, created, trigger.stress, made.ids[tense[0]])
        if record.updated_at < now:
            made.thoughts.append(record)
            made.exercises.append(
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


def _exercise(
    rng: random.Random, day: Day, trigger: MoodInput | None, zone: tzinfo
) -> ExerciseUse | None:
    """One exercise: soon after `trigger` when it was tense, else at any time of the shift
    (None when the shift leaves no room)."""
    if trigger is not None and trigger.stress >= 5:
        started = trigger.at + timedelta(minutes=rng.randint(2, 20))
        before: int | None = min(10, max(0, trigger.stress + rng.randint(-1, 1)))
    else:
        low, high = day.start + 30, day.limit
        if high <= low:
            return None
        started = moment(day, rng.uniform(low, high), zone)
        before = rng.randint(3, 7)
    kinds, kind_weights = list(EXERCISE_WEIGHT), list(EXERCISE_WEIGHT.values())
    kind = rng.choices(kinds, weights=kind_weights)[0]
    return make_exercise(rng, kind, started, before, rng.random() < 0.65)


def _summary(
    made: _Made, weeks: int, seed: int, calendar: list[date], working_days: int, zone: tzinfo
) -> DemoSummary:
    moods = made.moods
    by_weekday: dict[int, list[int]] = {}
    for day, positions in made.per_day:
        by_weekday.setdefault(day.day.weekday(), []).extend(moods[p].stress for p in positions)
    first_use = min((use.started_at for use in made.exercises), default=None)
    return DemoSummary(
        weeks=weeks,
        seed=seed,
        first_day=calendar[0],
        last_day=calendar[-1],
        working_days=working_days,
        moods=len(moods),
        mean_stress=(round(sum(m.stress for m in moods) / len(moods), 2) if moods else None),
        breaks=dict(Counter(record.outcome for record in made.breaks)),
        exercises=len(made.exercises),
        thoughts=len(made.thoughts),
        exercises_from=None if first_use is None else first_use.astimezone(zone).date(),
        mean_by_weekday={
            weekday: round(sum(values) / len(values), 2)
            for weekday, values in sorted(by_weekday.items())
            if values
        },
    )
