"""Sharing with the team, on this computer (plain sqlite3, so that the tray's settings window
can read and change it without SQLAlchemy): the agent's choice and pseudonym, how the last send
went, and every day exactly as it was sent."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from companion.domain.team import new_pseudonym
from companion.storage.connection import (
    from_utc_text,
    optional_from_utc_text,
    reading,
    utc_text,
    writing,
)


@dataclass(frozen=True, slots=True)
class ShareState:
    sharing: bool
    pseudonym: str
    since_day: date  # the local day sharing was last turned on
    last_sync_at: datetime | None
    last_result: str | None
    last_ok: bool | None


@dataclass(frozen=True, slots=True)
class SentDay:
    day: date
    team: str
    sent_at: datetime
    payload: dict[str, Any]  # as it was sent


class TeamShare:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def state(self) -> ShareState | None:
        """None before sharing was ever turned on (or since it was withdrawn)."""
        with reading(self._db) as connection:
            row = connection.execute(
                "SELECT sharing, pseudonym, since_day, last_sync_at, last_result, last_ok "
                "FROM team_share WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        sharing, pseudonym, since, synced, result, ok = row
        return ShareState(
            sharing=bool(sharing),
            pseudonym=str(pseudonym),
            since_day=date.fromisoformat(since),
            last_sync_at=optional_from_utc_text(synced),
            last_result=result,
            last_ok=None if ok is None else bool(ok),
        )

    def is_sharing(self) -> bool:
        found = self.state()
        return found is not None and found.sharing

    def turn_on(self, today: date, now: datetime) -> str:
        """Share from `today` on; keeps the pseudonym of an earlier time, or makes one. Returns
        the pseudonym."""
        with writing(self._db) as connection:
            row = connection.execute(
                "SELECT pseudonym, sharing FROM team_share WHERE id = 1"
            ).fetchone()
            if row is not None and row[1]:
                return str(row[0])
            if row is None:
                pseudonym = new_pseudonym()
                connection.execute(
                    "INSERT INTO team_share (id, pseudonym, sharing, since_day, changed_at) "
                    "VALUES (1, ?, 1, ?, ?)",
                    (pseudonym, today.isoformat(), utc_text(now)),
                )
                return pseudonym
            connection.execute(
                "UPDATE team_share SET sharing = 1, since_day = ?, changed_at = ? WHERE id = 1",
                (today.isoformat(), utc_text(now)),
            )
            return str(row[0])

    def turn_off(self, now: datetime) -> None:
        with writing(self._db) as connection:
            connection.execute(
                "UPDATE team_share SET sharing = 0, changed_at = ? WHERE id = 1 AND sharing",
                (utc_text(now),),
            )

    def record_sent(self, team: str, payloads: list[dict[str, Any]], now: datetime) -> None:
        with writing(self._db) as connection:
            connection.executemany(
                "INSERT INTO team_sent_day (day, team, sent_at, payload) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (day) DO UPDATE SET team = excluded.team, "
                "sent_at = excluded.sent_at, payload = excluded.payload",
                [
                    (item["day"], team, utc_text(now), json.dumps(item, ensure_ascii=False))
                    for item in payloads
                ],
            )

    def record_result(self, now: datetime, ok: bool, result: str) -> None:
        with writing(self._db) as connection:
            connection.execute(
                "UPDATE team_share SET last_sync_at = ?, last_result = ?, last_ok = ? WHERE id = 1",
                (utc_text(now), result, int(ok)),
            )

    def sent(self, last: int | None = None, since: date | None = None) -> list[SentDay]:
        """The days sent, oldest first (only the `last` ones, or those from `since` on, when
        given)."""
        query = "SELECT day, team, sent_at, payload FROM team_sent_day WHERE day >= ?"
        query += " ORDER BY day DESC"
        if last is not None:
            query += f" LIMIT {int(last)}"
        with reading(self._db) as connection:
            rows = connection.execute(query, ((since or date.min).isoformat(),)).fetchall()
        return [
            SentDay(date.fromisoformat(day), team, from_utc_text(at), json.loads(payload))
            for day, team, at, payload in reversed(rows)
        ]

    def sent_days(self) -> set[date]:
        with reading(self._db) as connection:
            rows = connection.execute("SELECT day FROM team_sent_day").fetchall()
        return {date.fromisoformat(day) for (day,) in rows}

    def forget(self) -> None:
        """After a withdrawal: no pseudonym, nothing recorded as sent."""
        with writing(self._db) as connection:
            connection.execute("DELETE FROM team_sent_day")
            connection.execute("DELETE FROM team_share")
