"""After a customer's abuse: which entry tells it, and how long the app keeps it in mind.

An entry tagged 客户辱骂 (call type `abusive`) makes the offer after a high stress, positive
reframing (积极赋意) and the personalising trap's definition say, in one line, that abuse is not
the agent's to absorb. The offer follows the entry just saved; a reframing started from an
entry follows that entry; one opened from the tray follows the latest entry if it was logged in
the last `RECENT` (the rest of that stretch of the shift).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.domain.mood import MoodEntry

ABUSIVE = "abusive"
RECENT = timedelta(hours=3)


def was_abusive(entry: MoodEntry | None) -> bool:
    """Whether the entry is tagged 客户辱骂 (an abusive customer)."""
    return entry is not None and entry.category == ABUSIVE


def after_abuse(latest: MoodEntry | None, now: datetime, within: timedelta = RECENT) -> bool:
    """Whether the latest entry tells of an abusive customer, logged no longer than `within`
    ago (an entry dated in the future, from another clock, counts as just now)."""
    return was_abusive(latest) and latest is not None and now - latest.at <= within
