"""Days as agents' computers send them to the team server, made up: for the benchmark (many
agents, random days) and for the Team window's tests and screenshots (one team whose stress
has a shape, weeks when too few people shared, and a training that helped)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from companion.domain.mood import CATEGORIES, EMOTIONS
from companion.domain.team import NO_CATEGORY, new_pseudonym
from companion.team.agent import send_days

TEAM = "客服一组"
TRAINING_DAY = date(2026, 10, 12)
TRAINING = "情绪管理培训"
# how much each call type adds to an agent's stress
WEIGHT = {"complaint": 1.6, "abusive": 2.8, "refund": 0.6, "logistics": 0.0, "order": -0.8}
WEIGHT[NO_CATEGORY] = -0.4
AWAY_WEEKS = (date(2026, 9, 28), date(2026, 10, 5))  # the National Day holiday: few shared


def working_days(first: date, count: int) -> list[date]:
    days, day = [], first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def shared_day(
    rng: random.Random,
    day: date,
    calls: list[tuple[str, int]],
    exercises: int | None = None,
) -> dict[str, object]:
    """One day's counts as `SharedDay.as_sent` makes them, from its (call type, stress)."""
    stresses = [stress for _, stress in calls]
    entries = len(stresses)
    cells: dict[str, list[int]] = {}
    for code, stress in calls:
        cells.setdefault(code, []).append(stress)
    offered = rng.randint(6, 12)
    taken = rng.randint(0, offered)
    return {
        "day": day.isoformat(),
        "entries": entries,
        "mean_stress": sum(stresses) / entries if entries else None,
        "max_stress": max(stresses) if entries else None,
        "by_category": {
            code: {"entries": len(values), "mean_stress": sum(values) / len(values)}
            for code, values in cells.items()
        },
        "by_emotion": {rng.choice(EMOTIONS): entries} if entries else {},
        "breaks": {"offered": offered, "taken": taken, "skipped": offered - taken},
        "exercises": rng.randint(0, 2) if exercises is None else exercises,
        "checkin_low": rng.random() < 0.2 if day.weekday() == 0 else None,
    }


def random_year(rng: random.Random, days: list[date]) -> list[dict[str, object]]:
    """An agent's days with 0 to 6 entries of any stress: the benchmark's load."""
    codes = (*CATEGORIES, NO_CATEGORY)
    return [
        shared_day(
            rng,
            day,
            [(rng.choice(codes), rng.randint(0, 10)) for _ in range(rng.randint(0, 6))],
        )
        for day in days
    ]


def team_days(rng: random.Random, number: int, days: list[date]) -> list[dict[str, object]]:
    """Agent `number` of a team of sixteen: stress higher on complaints and early in the week,
    lower after the training; only seven of them share in the holiday weeks, and only four
    ever log an abusive call (a call type the lead never sees on its own)."""
    sent = []
    base = 4.5 + (number % 5) * 0.4
    for day in days:
        monday = day - timedelta(days=day.weekday())
        if monday in AWAY_WEEKS and number >= 7:
            continue
        codes = list(WEIGHT) if number < 4 else [code for code in WEIGHT if code != "abusive"]
        calls = []
        for _ in range(rng.randint(1, 5)):
            code = rng.choice(codes)
            stress = base + WEIGHT[code] + (0.8 if day.weekday() < 2 else 0.0)
            stress += rng.gauss(0, 1.2) - (0.8 if day >= TRAINING_DAY + timedelta(days=7) else 0)
            calls.append((code, max(0, min(10, round(stress)))))
        trained = day >= TRAINING_DAY
        exercises = int(rng.random() < (0.35 if trained else 0.15))
        sent.append(shared_day(rng, day, calls, exercises))
    return sent


def server_clock_sql(when: date) -> str:
    """The SQL (for the administrator) that sets the team server's clock to noon UTC on `when`:
    a week's days are taken only while it is open, and a lead reads it once it is closed."""
    return (
        "CREATE OR REPLACE FUNCTION companion_team.server_now() RETURNS timestamptz "
        "LANGUAGE sql STABLE SET search_path = companion_team, pg_temp "
        f"AS $$ SELECT timestamptz '{when.isoformat()} 12:00+00' $$"
    )


def seed_team(
    new_agent: Callable[[], str],
    last_day: date,
    weeks: int = 14,
    people: int = 16,
    clock: Callable[[date], object] | None = None,
) -> None:
    """Send `people` agents' days of `TEAM` for the `weeks` weeks up to `last_day`, each from
    a login of its own (`new_agent()` makes one and gives its URL). With `clock` (which sets
    the server's clock to a day) each week is sent while it is open: on its Sunday, or on
    `last_day` for the last week."""
    rng = random.Random(12)
    first = last_day - timedelta(weeks=weeks)
    days = [day for day in working_days(first, 7 * weeks) if day <= last_day]
    agents = [(new_agent(), new_pseudonym(), team_days(rng, n, days)) for n in range(people)]
    if clock is None:
        for url, pseudonym, sent in agents:
            send_days(url, pseudonym, TEAM, sent)
        return
    for monday in sorted({day - timedelta(days=day.weekday()) for day in days}):
        clock(min(monday + timedelta(days=6), last_day))
        for url, pseudonym, sent in agents:
            week = [
                one for one in sent if 0 <= (date.fromisoformat(str(one["day"])) - monday).days < 7
            ]
            if week:
                send_days(url, pseudonym, TEAM, week)
