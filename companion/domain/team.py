"""The team view's ideas, free of Qt and SQL: what one day shared with the team holds, which
days are due to be sent, and the weekly figures a lead reads back.

A shared day holds counts only (never notes, thought records, exercise texts, WHO-5 answers,
times of day, or anything that names the person). The pseudonym that goes with it is random,
made on this computer when sharing is turned on, and is also the key that lets this computer
replace or withdraw what it sent.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from companion.domain.shift import ShiftPlan
from companion.domain.timefmt import day_start

NO_CATEGORY = "none"  # the call-type cell of entries logged without one
TEAM_NAME_LENGTH = 60
MARK_LABEL_LENGTH = 80
MAX_DAYS_PER_SEND = 1000  # the server takes at most this many days in one call
MARK_SIDE_WEEKS = 4
CLOSE_AFTER_DAYS = 8  # a week is closed (published, frozen) this many days after its Sunday
LOW_FEW = 3  # people with a low check-in in a week: shown as 0 or at least this many


def new_pseudonym() -> str:
    """32 random URL-safe characters (192 bits): unguessable, and unrelated to the person."""
    return secrets.token_urlsafe(24)


@dataclass(frozen=True, slots=True)
class CategoryCell:
    entries: int
    mean_stress: float


@dataclass(frozen=True, slots=True)
class SharedDay:
    """One local day's counts, exactly as they are sent."""

    day: date
    entries: int
    mean_stress: float | None
    by_category: Mapping[str, CategoryCell]  # NO_CATEGORY for entries without a call type
    by_emotion: Mapping[str, int]
    breaks_offered: int
    breaks_taken: int
    breaks_skipped: int
    exercises: int
    checkin_low: bool | None  # None: no check-in that day

    def as_sent(self) -> dict[str, Any]:
        """The JSON object sent to the server (and kept locally as it was sent)."""
        return {
            "day": self.day.isoformat(),
            "entries": self.entries,
            "mean_stress": None if self.mean_stress is None else round(self.mean_stress, 4),
            "by_category": {
                code: {"entries": cell.entries, "mean_stress": round(cell.mean_stress, 4)}
                for code, cell in sorted(self.by_category.items())
            },
            "by_emotion": dict(sorted(self.by_emotion.items())),
            "breaks": {
                "offered": self.breaks_offered,
                "taken": self.breaks_taken,
                "skipped": self.breaks_skipped,
            },
            "exercises": self.exercises,
            "checkin_low": self.checkin_low,
        }


def day_done_at(plan: ShiftPlan, day: date, zone: tzinfo) -> datetime:
    """When `day` may be sent: when its last shift range ends (an overnight range ends the next
    morning), or at midnight for a day without a shift."""
    midnight = day_start(day + timedelta(days=1), zone)
    ends = []
    for item in plan.ranges_for(day):
        end = day_start(day, zone).replace(hour=item.end.hour, minute=item.end.minute)
        if item.overnight:
            end = day_start(day + timedelta(days=1), zone).replace(
                hour=item.end.hour, minute=item.end.minute
            )
        ends.append(end)
    return max(ends) if ends else midnight


def days_due(
    plan: ShiftPlan,
    since: date,
    now: datetime,
    zone: tzinfo,
    *,
    sent: Iterable[date],
    active: Iterable[date],
) -> list[date]:
    """The days from `since` (the day sharing was turned on) whose shift is over and that have
    not been sent: every shift day, and any other day with something recorded (`active`)."""
    done_sending = set(sent)
    with_records = set(active)
    today = now.astimezone(zone).date()
    due: list[date] = []
    day = since
    while day <= today and len(due) < MAX_DAYS_PER_SEND:
        if (
            day not in done_sending
            and (plan.ranges_for(day) or day in with_records)
            and now >= day_done_at(plan, day, zone)
        ):
            due.append(day)
        day += timedelta(days=1)
    return due


@dataclass(frozen=True, slots=True)
class TeamWeek:
    """One ISO week of a team as the lead role may read it. Every figure is None when hidden.

    A week is published once, when it is closed (CLOSE_AFTER_DAYS after its Sunday: no day of
    it can be sent again), and never changes afterwards: a late day, an edit or a withdrawal
    cannot move a figure a lead has read. Until then (`closed` False) it shows nothing. Means are
    rounded to one decimal. The share of low check-ins is shown only when no one or at least
    LOW_FEW people had one; `checkin_low_few` says "fewer than LOW_FEW"."""

    week_start: date
    shown: bool
    agents: int | None
    mean_stress: float | None
    entries_per_agent_day: float | None
    by_category: Mapping[str, CategoryCell | None] | None
    by_emotion: Mapping[str, int | None] | None
    breaks_offered: int | None
    breaks_taken: int | None
    breaks_skipped: int | None
    exercises: int | None
    checkin_low_share: float | None
    closed: bool = True
    checkin_low_few: bool = False

    @property
    def break_uptake(self) -> float | None:
        if not self.breaks_offered or self.breaks_taken is None:
            return None
        return self.breaks_taken / self.breaks_offered

    def as_json(self) -> dict[str, Any]:
        return {
            "week_start": self.week_start.isoformat(),
            "shown": self.shown,
            "agents": self.agents,
            "mean_stress": self.mean_stress,
            "entries_per_agent_day": self.entries_per_agent_day,
            "by_category": None
            if self.by_category is None
            else {
                code: None
                if cell is None
                else {"entries": cell.entries, "mean_stress": cell.mean_stress}
                for code, cell in self.by_category.items()
            },
            "by_emotion": None if self.by_emotion is None else dict(self.by_emotion),
            "breaks": None
            if not self.shown
            else {
                "offered": self.breaks_offered,
                "taken": self.breaks_taken,
                "skipped": self.breaks_skipped,
            },
            "exercises": self.exercises,
            "checkin_low_share": self.checkin_low_share,
            "checkin_low_fewer_than_3": self.checkin_low_few,
            "closed": self.closed,
        }


@dataclass(frozen=True, slots=True)
class MarkSide:
    weeks: int  # the weeks of the four that were shown, and so counted
    agents: int
    mean_stress: float | None
    entries_per_agent_day: float | None
    break_uptake: float | None
    exercises_per_agent_day: float | None


@dataclass(frozen=True, slots=True)
class TrainingMark:
    day: date
    label: str
    shown: bool
    before: MarkSide | None
    after: MarkSide | None

    def as_json(self) -> dict[str, Any]:
        def side(found: MarkSide | None) -> dict[str, Any] | None:
            if found is None:
                return None
            return {
                "weeks": found.weeks,
                "agents": found.agents,
                "mean_stress": found.mean_stress,
                "entries_per_agent_day": found.entries_per_agent_day,
                "break_uptake": found.break_uptake,
                "exercises_per_agent_day": found.exercises_per_agent_day,
            }

        return {
            "day": self.day.isoformat(),
            "label": self.label,
            "shown": self.shown,
            "before": side(self.before),
            "after": side(self.after),
        }


@dataclass(frozen=True, slots=True)
class TeamFigures:
    team: str
    min_group: int
    weeks: list[TeamWeek]
    marks: list[TrainingMark] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "team": self.team,
            "min_group": self.min_group,
            "weeks": [week.as_json() for week in self.weeks],
            "marks": [mark.as_json() for mark in self.marks],
        }


def categories_over(weeks: Iterable[TeamWeek]) -> dict[str, CategoryCell]:
    """Entries and mean stress per call type over `weeks`, from the cells shown in each week
    only (a hidden cell is left out, never worked out): the quarter's needs analysis."""
    entries: dict[str, int] = {}
    stress: dict[str, float] = {}
    for week in weeks:
        for code, cell in (week.by_category or {}).items():
            if cell is None:
                continue
            entries[code] = entries.get(code, 0) + cell.entries
            stress[code] = stress.get(code, 0.0) + cell.mean_stress * cell.entries
    return {code: CategoryCell(entries[code], stress[code] / entries[code]) for code in entries}


def first_week(today: date, weeks: int) -> date:
    """The Monday `weeks - 1` weeks before this week's."""
    return today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)


QUARTER_WEEKS = 13  # the needs analysis looks at a quarter


class FiguresUnavailable(Exception):
    """The team's figures could not be read: the server's one line (never a password);
    `refused` when the server answered that this login may not read them."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


@dataclass(frozen=True, slots=True)
class TeamReading:
    """What the Team window shows: one team's figures, and the teams the login may read."""

    figures: TeamFigures
    teams: list[str]


def exercises_per_agent(week: TeamWeek) -> float | None:
    """Exercises done in a shown week, per person who shared it."""
    if not week.shown or week.exercises is None or not week.agents:
        return None
    return week.exercises / week.agents
