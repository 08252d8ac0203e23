"""Sharing daily summaries with the team, as the running app sees it: on the shift journal's
plain sqlite3 connection, so that neither SQLAlchemy nor the database driver is loaded.

The settings window shows `view()` and turns sharing on or off through `turn_on` / `turn_off`;
the tray's sync (`features.team`) asks `ready()` and `days_due()` before it starts
`companion team sync`, the short process that does the sending. Where to send (`team.url`,
`team.name`) is the administrator's, in the settings; whether to send is only the agent's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from companion.domain.clock import Clock

if TYPE_CHECKING:
    from companion.settings import Settings
    from companion.storage.journal import Journal

log = logging.getLogger(__name__)

SHOWN_SENT_DAYS = 7  # the last days sent, as they were sent, in the settings window


@dataclass(frozen=True, slots=True)
class SentRow:
    day: date
    sent_at: datetime  # local time
    payload: dict[str, Any]  # exactly as it was sent


@dataclass(frozen=True, slots=True)
class SharingView:
    """What the settings window shows about sharing. Times are local."""

    team: str  # "" while team.name is not set
    host: str  # the team server's host (never the user or password); "" while team.url is not
    sharing: bool
    pseudonym: str | None  # made on this computer when sharing was first turned on
    last_sync_at: datetime | None
    last_ok: bool | None
    last_result: str | None  # the sync's own line, e.g. "sent 2 day(s) (…) to postgresql://…"
    pending: tuple[date, ...]  # days due and not sent yet, oldest first
    sent: tuple[SentRow, ...]  # the last days sent, oldest first
    sent_count: int = 0  # every day sent from here and not withdrawn

    @property
    def configured(self) -> bool:
        """Whether the administrator has set where to share (both team.url and team.name)."""
        return bool(self.team and self.host)


def server_host(url: str) -> str:
    """The host (and port) of a PostgreSQL URL, without its user or password: "" for none.

    Parsed with the standard library: the tray must not load SQLAlchemy for it. A URL that
    names no host reaches the server on this computer (a local socket, or `?host=` a folder).
    """
    text = url.strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port
    except ValueError:
        return ""
    if host is None:
        socket = parse_qs(parts.query).get("host")
        return socket[0] if socket else "localhost"
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port is not None else shown


class TeamSharing:
    """The agent's choice to share, and what was sent, through the shift journal."""

    def __init__(
        self,
        journal: Callable[[], Journal | None],
        settings: Callable[[], Settings],
        clock: Clock,
        changed: Callable[[], None] = lambda: None,
    ) -> None:
        self._journal = journal  # None until start-up has opened it (or after a failure)
        self._settings = settings
        self._clock = clock
        self._changed = changed  # called once sharing was turned on or off

    def _where(self) -> tuple[str, str]:
        """(team.url, team.name) as set, stripped."""
        settings = self._settings()
        return str(settings.get("team.url") or "").strip(), str(
            settings.get("team.name") or ""
        ).strip()

    def configured(self) -> bool:
        url, team = self._where()
        return bool(url and team)

    def view(self) -> SharingView | None:
        """None while the journal is not open."""
        journal = self._journal()
        if journal is None:
            return None
        url, team = self._where()
        share = journal.team_share()
        state = share.state()
        zone = self._clock.local_zone()
        sharing = state is not None and state.sharing
        pending = journal.team_days_due(self._settings().shift_plan()) if sharing else []
        return SharingView(
            team=team,
            host=server_host(url),
            sharing=sharing,
            pseudonym=None if state is None else state.pseudonym,
            last_sync_at=None
            if state is None or state.last_sync_at is None
            else state.last_sync_at.astimezone(zone),
            last_ok=None if state is None else state.last_ok,
            last_result=None if state is None else state.last_result,
            pending=tuple(pending),
            sent=tuple(
                SentRow(item.day, item.sent_at.astimezone(zone), item.payload)
                for item in share.sent(last=SHOWN_SENT_DAYS)
            ),
            sent_count=len(share.sent_days()),
        )

    def turn_on(self) -> bool:
        """Share from today on (a pseudonym is made the first time). False when it cannot be:
        the journal is not open, or where to share is not set."""
        journal = self._journal()
        if journal is None or not self.configured():
            return False
        now = self._clock.now()
        journal.team_share().turn_on(now.astimezone(self._clock.local_zone()).date(), now)
        log.info("sharing daily summaries with the team: on")
        self._changed()
        return True

    def turn_off(self) -> None:
        """Nothing more is sent; what was sent stays on the server (`companion team withdraw`)."""
        journal = self._journal()
        if journal is None:
            return
        journal.team_share().turn_off(self._clock.now())
        log.info("sharing daily summaries with the team: off")
        self._changed()

    def ready(self) -> bool:
        """Whether a sync could send: sharing is on, and team.url and team.name are set."""
        journal = self._journal()
        return journal is not None and self.configured() and journal.team_share().is_sharing()

    def days_due(self) -> list[date]:
        """The days a sync would send now."""
        journal = self._journal()
        if journal is None:
            return []
        return journal.team_days_due(self._settings().shift_plan())
