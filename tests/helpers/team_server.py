"""The team server's clock and teams, for the tests: a week can be sent only while it is open
and is read by a lead once it is closed, so a test sets the server's clock
(`companion_team.server_now()`, the one place the schema reads the time) to when each thing
happens, as the administrator."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from companion.domain.team import CLOSE_AFTER_DAYS
from companion.team.agent import send_days
from companion.team.schema import add_team, assign_lead
from tests.helpers.postgres import PostgresServer

# The teams the module's database has, each readable by its lead login.
TEAMS = ("roles", "twice", "bad", "cells", "counts", "marks", "made-up", "x", "live", "gone")


def at(postgres: PostgresServer, database: str, when: date) -> None:
    """The server's clock at noon UTC on `when`."""
    postgres.psql(
        "CREATE OR REPLACE FUNCTION companion_team.server_now() RETURNS timestamptz "
        "LANGUAGE sql STABLE SET search_path = companion_team, pg_temp "
        f"AS $$ SELECT timestamptz '{when.isoformat()} 12:00+00' $$",
        database=database,
    )


def closed_after(week: date) -> date:
    """The first day on which the week of `week` is closed."""
    monday = week - timedelta(days=week.weekday())
    return monday + timedelta(days=7 + CLOSE_AFTER_DAYS)


def add_teams(
    postgres: PostgresServer, database: str, names: tuple[str, ...], lead: str | None
) -> None:
    url = postgres.url(database=database)
    for name in names:
        add_team(url, name)
        if lead is not None:
            assign_lead(url, lead, name)


def send_in_time(
    postgres: PostgresServer,
    database: str,
    team: str,
    sends: list[tuple[str, str, list[dict[str, Any]]]],
) -> None:
    """Send each (login URL, pseudonym, days) as the computers would have: week by week, each
    week's days while that week was open (a week closes, and is published, as time goes on)."""
    weeks: dict[date, list[tuple[str, str, list[dict[str, Any]]]]] = defaultdict(list)
    for url, pseudonym, days in sends:
        by_week: dict[date, list[dict[str, Any]]] = defaultdict(list)
        for sent in days:
            when = date.fromisoformat(sent["day"])
            by_week[when - timedelta(days=when.weekday())].append(sent)
        for monday, week_days in by_week.items():
            weeks[monday].append((url, pseudonym, week_days))
    for monday in sorted(weeks):
        at(postgres, database, monday + timedelta(days=6))
        for url, pseudonym, week_days in weeks[monday]:
            assert send_days(url, pseudonym, team, week_days) == len(week_days)
