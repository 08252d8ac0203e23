"""The lead's side of the team server: the weekly figures and the training marks of a team, as
the database lets the `companion_lead` role read them: only the teams an administrator assigned
to the login, only closed weeks, each published once and frozen, every figure over at least the
smallest group (the thinning out and the publishing are done there, not here)."""

from __future__ import annotations

from datetime import date
from typing import Any

from companion.domain.team import (
    CategoryCell,
    MarkSide,
    TeamFigures,
    TeamReading,
    TeamWeek,
    TrainingMark,
)
from companion.team.schema import team_session


def _cells(found: dict[str, Any] | None) -> dict[str, CategoryCell | None] | None:
    if found is None:
        return None
    return {
        code: None if cell is None else CategoryCell(int(cell["entries"]), cell["mean_stress"])
        for code, cell in sorted(found.items())
    }


def _week(row: Any) -> TeamWeek:
    def whole(value: Any) -> int | None:
        return None if value is None else int(value)

    return TeamWeek(
        week_start=row.week_start,
        shown=bool(row.shown),
        agents=whole(row.agents),
        mean_stress=row.mean_stress,
        entries_per_agent_day=row.entries_per_agent_day,
        by_category=_cells(row.by_category),
        by_emotion=None if row.by_emotion is None else dict(sorted(row.by_emotion.items())),
        breaks_offered=whole(row.breaks_offered),
        breaks_taken=whole(row.breaks_taken),
        breaks_skipped=whole(row.breaks_skipped),
        exercises=whole(row.exercises),
        checkin_low_share=row.checkin_low_share,
        closed=bool(row.closed),
        checkin_low_few=bool(row.checkin_low_few),
    )


def _side(found: dict[str, Any] | None) -> MarkSide | None:
    if found is None:
        return None
    return MarkSide(
        weeks=int(found["weeks"]),
        agents=int(found["agents"]),
        mean_stress=found["mean_stress"],
        entries_per_agent_day=found["entries_per_agent_day"],
        break_uptake=found["break_uptake"],
        exercises_per_agent_day=found["exercises_per_agent_day"],
    )


def team_figures(url: str, team: str, first_week: date, weeks: int) -> TeamFigures:
    """`weeks` ISO weeks of `team` from the week of `first_week`, oldest first, and its marks.
    Raises TeamServerError (a login that is not a lead is refused by the server)."""
    with team_session(url) as connection:
        return _figures(connection, team, first_week, weeks)


def team_reading(url: str, team: str | None, first_week: date, weeks: int) -> TeamReading:
    """What the Team window shows, in one connection: the teams this login may read and the
    figures of `team` (None: the first of them; a server with no team yet has empty figures
    of the team called "")."""
    from sqlalchemy import text

    with team_session(url) as connection:
        teams = [
            str(name)
            for name in connection.execute(text("SELECT companion_team.teams()")).scalars()
        ]
        chosen = team if team else (teams[0] if teams else "")
        return TeamReading(_figures(connection, chosen, first_week, weeks), teams)


def _figures(connection: Any, team: str, first_week: date, weeks: int) -> TeamFigures:
    from sqlalchemy import text

    group = connection.execute(text("SELECT companion_team.min_group()")).scalar_one()
    rows = connection.execute(
        text("SELECT * FROM companion_team.weekly_figures(:team, :first, :weeks)"),
        {"team": team, "first": first_week, "weeks": weeks},
    ).all()
    marks = connection.execute(
        text("SELECT * FROM companion_team.training_marks(:team)"), {"team": team}
    ).all()
    return TeamFigures(
        team=team,
        min_group=int(group),
        weeks=[_week(row) for row in rows],
        marks=[
            TrainingMark(row.day, row.label, bool(row.shown), _side(row.before), _side(row.after))
            for row in marks
        ],
    )


def add_mark(url: str, team: str, day: date, label: str) -> bool:
    """Mark a training on `day`; False when that mark was already there."""
    from sqlalchemy import text

    with team_session(url) as connection:
        added = connection.execute(
            text("SELECT companion_team.add_mark(:team, :day, :label)"),
            {"team": team, "day": day, "label": label},
        ).scalar_one()
    return bool(added)
