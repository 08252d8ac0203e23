"""The weekly WHO-5 check-ins, their answers following the week's stress."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, tzinfo

from companion.demo.days import Day, moment, new_id
from companion.domain.checkin import CheckIn
from companion.domain.mood import MoodInput


def check_ins(
    rng: random.Random,
    per_day: list[tuple[Day, list[int]]],
    moods: list[MoodInput],
    now: datetime,
    zone: tzinfo,
) -> list[CheckIn]:
    """A WHO-5 check-in on the first working day of most weeks, mid-morning, its answers
    following that week's stress: a hard week reads lower, as it would for a person."""
    weeks: dict[date, list[int]] = {}
    first_day: dict[date, Day] = {}
    for day, positions in per_day:
        monday = day.day - timedelta(days=day.day.weekday())
        weeks.setdefault(monday, []).extend(moods[p].stress for p in positions)
        first_day.setdefault(monday, day)
    found = []
    for monday, stresses in sorted(weeks.items()):
        if not stresses or rng.random() < 0.2:  # some weeks are skipped, as people do
            continue
        at = moment(first_day[monday], 10 * 60 + rng.uniform(20, 50), zone)
        if at >= now:
            continue
        mean = sum(stresses) / len(stresses)
        level = 5.2 - mean * 0.55  # stress 2 -> about 4, stress 7 -> about 1.3
        answers = tuple(min(5, max(0, round(level + rng.uniform(-1.0, 1.0)))) for _ in range(5))
        found.append(CheckIn(new_id(rng), at, answers))
    return found
