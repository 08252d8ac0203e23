"""Each working day's mood entries: how many, when, the call type, the stress (weekday, hour,
call type, the hard period and the break before), the emotions that go with it and a note."""

from __future__ import annotations

import random
from datetime import datetime, tzinfo

from companion.demo.breaks import PlannedBreak
from companion.demo.days import Day, moment, trend
from companion.demo.patterns import (
    AFTER_BREAK,
    BASE_STRESS,
    CATEGORY_STRESS,
    CATEGORY_WEIGHT,
    EXERCISES_FROM,
    HOUR_STRESS,
    LUNCH,
    WEEKDAY_STRESS,
)
from companion.demo.texts import NOTES
from companion.domain.mood import MoodInput, make_mood_input, validate_emotions


def natural_count(rng: random.Random, day: Day) -> int:
    if day.day.weekday() == 5:
        count = rng.randint(6, 9)
    else:
        count = rng.randint(6, 14)
        if day.day.weekday() == 0:
            count += 2
        if day.peak:
            count += 3
        if day.t < EXERCISES_FROM:
            count += round(max(0.0, trend(day.t)))
    count = min(14, count)
    full = day.end - day.start - (LUNCH[1] - LUNCH[0])
    return round(count * min(1.0, day.minutes() / full))


def _emotions(rng: random.Random, stress: int, category: str | None, hour: int) -> tuple[str, ...]:
    pool: dict[str, float]
    if stress >= 7:
        pool = {"angry": 3, "wronged": 3, "frustrated": 3, "exhausted": 1, "tense": 1, "anxious": 1}
        if category == "abusive":
            pool["wronged"] += 3
            pool["angry"] += 2
        how_many = rng.choices((1, 2, 3), weights=(40, 40, 20))[0]
    elif stress >= 4:
        pool = {"tense": 3, "frustrated": 2, "anxious": 2, "exhausted": 2, "wronged": 1}
        how_many = rng.choices((1, 2), weights=(65, 35))[0]
    else:
        if rng.random() < 0.12:
            return ()
        pool = {"calm": 4, "relieved": 3, "proud": 1.5}
        how_many = rng.choices((1, 2), weights=(70, 30))[0]
    if hour >= 16 and stress >= 4:
        pool["exhausted"] = pool.get("exhausted", 0) + 2
    chosen: set[str] = set()
    codes, weights = list(pool), list(pool.values())
    while len(chosen) < how_many:
        chosen.add(rng.choices(codes, weights=weights)[0])
    return validate_emotions(chosen)


def _note(rng: random.Random, stress: int, category: str | None) -> str | None:
    if rng.random() >= (0.45 if stress >= 6 else 0.25):
        return None
    tense, easy = NOTES[category or "other"]
    chinese, english = rng.choice(tense if stress >= 6 else easy)
    return chinese if rng.random() < 0.65 else english


def day_moods(
    rng: random.Random,
    day: Day,
    count: int,
    breaks: list[PlannedBreak],
    now: datetime,
    zone: tzinfo,
) -> list[MoodInput]:
    slots = day.slots()
    weights = [weight * (high - low) for low, high, weight in slots]
    categories, category_weights = list(CATEGORY_WEIGHT), list(CATEGORY_WEIGHT.values())
    picked = rng.choices(range(len(slots)), weights=weights, k=count) if slots else []
    minutes = sorted(rng.uniform(slots[i][0], slots[i][1]) for i in picked)
    found = []
    for minute in minutes:
        hour = int(minute // 60)
        category: str | None = None
        if rng.random() >= 0.05:
            category = rng.choices(categories, weights=category_weights)[0]
            if day.peak and rng.random() < 0.2:
                category = "logistics"
        level = (
            BASE_STRESS
            + day.mood
            + trend(day.t)
            + WEEKDAY_STRESS[day.day.weekday()]
            + HOUR_STRESS[hour]
            + (CATEGORY_STRESS[category] if category else 0.0)
            + (0.7 if day.peak else 0.0)
            + rng.gauss(0.0, 1.2)
        )
        for item in breaks:
            if 0 < minute - item.minute <= 60:
                level += AFTER_BREAK[item.outcome]
        stress = min(10, max(0, round(level)))
        found.append(
            make_mood_input(
                at=moment(day, minute, zone),
                now=now,
                stress=stress,
                emotions=_emotions(rng, stress, category, hour),
                category=category,
                note=_note(rng, stress, category),
            )
        )
    return found
