"""The agent's side of the team server: send this computer's days, or withdraw all of them.
Both go through the functions `companion_agent` may call; the agent role reads nothing."""

from __future__ import annotations

import json
from typing import Any

from companion.team.schema import team_session


def send_days(url: str, pseudonym: str, team: str, days: list[dict[str, Any]]) -> int:
    """Upsert `days` (as `SharedDay.as_sent()`) in one transaction; returns how many the server
    stored. Raises TeamServerError or InvalidTeamUrl."""
    from sqlalchemy import text

    with team_session(url) as connection:
        stored = connection.execute(
            text("SELECT companion_team.submit_days(:pseudonym, :team, CAST(:days AS jsonb))"),
            {"pseudonym": pseudonym, "team": team, "days": json.dumps(days)},
        ).scalar_one()
    return int(stored)


def withdraw(url: str, pseudonym: str) -> int:
    """Delete every day this pseudonym sent; returns how many there were."""
    from sqlalchemy import text

    with team_session(url) as connection:
        deleted = connection.execute(
            text("SELECT companion_team.withdraw(:pseudonym)"), {"pseudonym": pseudonym}
        ).scalar_one()
    return int(deleted)
