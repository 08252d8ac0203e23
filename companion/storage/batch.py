"""Records that travel in an export as the store keeps them (see companion.storage.transfer).

Each keeps its own id (or code) and its own times, so an export imported elsewhere is the same
data. The mood entries, thought records, exercises and check-ins travel as their domain types.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from companion.domain.breaks import BreakRecord


@dataclass(frozen=True, slots=True)
class StoredBreak:
    """A break as the store keeps it: its id and when it was written, with the record."""

    id: uuid.UUID
    record: BreakRecord
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StoredGoal:
    """A goal of *My plan* as the store keeps it: chosen `since`, last changed `updated_at`."""

    code: str
    target: int
    since: datetime
    updated_at: datetime
    label: str | None  # the goal of one's own: its text


@dataclass(frozen=True, slots=True)
class GoalTick:
    """The goal of one's own ticked off once, at `at`."""

    id: uuid.UUID
    code: str
    at: datetime


@dataclass(frozen=True, slots=True)
class DifficultMark:
    """A call type marked as difficult, `since` when."""

    category: str
    since: datetime
