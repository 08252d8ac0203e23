"""Narrowing a query on mood entries to a local weekday and hour, in SQL.

The store keeps UTC. Each entry is joined to the stretch of constant UTC offset it falls in
(`domain.local_time.offset_spans`, a small VALUES table) and SQLite adds that stretch's offset
before reading the weekday and hour, so that "Mondays, 15:00-16:00" stays right across
daylight-saving and time-zone changes. The join is a range on the indexed `at` column.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import TypeVarTuple

from sqlalchemy import Select, String, and_, column, func, values

from companion.domain.local_time import OffsetSpan, offset_spans
from companion.storage.models import MoodEntryRow

_Row = TypeVarTuple("_Row")


def _stored_text(moment: datetime) -> str:
    """A moment as the store keeps it (naive UTC text), for comparing in SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _month_start(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


@lru_cache(maxsize=16)
def _cached_spans(
    start: datetime, end: datetime, zone: tzinfo, _system_zone: tuple[object, ...]
) -> tuple[OffsetSpan, ...]:
    return tuple(offset_spans(start, end, zone))


def spans_covering(since: datetime, until: datetime, zone: tzinfo) -> tuple[OffsetSpan, ...]:
    """Offset stretches covering at least [since, until).

    The bounds are widened to whole UTC months, so that the pages and the count of one search,
    and the searches that follow it, reuse one computation (probing a long history for offset
    changes takes a noticeable moment with the system's zone).
    """
    start = _month_start(since)
    end = _month_start(_month_start(until) + timedelta(days=32))
    # The system's zone answers differently after time.tzset(): that is part of the key.
    system_zone = (time.tzname, time.timezone, time.altzone, time.daylight)
    return _cached_spans(start, end, zone, system_zone)


def at_local_time(
    query: Select[*_Row], spans: tuple[OffsetSpan, ...], weekday: int | None, hour: int | None
) -> Select[*_Row]:
    """`query` (on mood_entry) kept to entries on local `weekday` (0 = Monday) at local `hour`.

    `spans` must cover every entry that should be able to match; the spans never overlap, so
    the join keeps one row per entry.
    """
    table = (
        values(
            column("start", String),
            column("finish", String),
            column("shift", String),
            name="spans",
        )
        .data(
            [
                (
                    _stored_text(span.start),
                    _stored_text(span.end),
                    f"{span.offset_seconds:+d} seconds",
                )
                for span in spans
            ]
        )
        .cte("spans")
    )
    narrowed = query.join(
        table, and_(MoodEntryRow.at >= table.c.start, MoodEntryRow.at < table.c.finish)
    )
    if weekday is not None:
        # SQLite's %w counts from Sunday = 0; ours from Monday = 0.
        sunday_based = str((weekday + 1) % 7)
        narrowed = narrowed.where(
            func.strftime("%w", MoodEntryRow.at, table.c.shift) == sunday_based
        )
    if hour is not None:
        narrowed = narrowed.where(
            func.strftime("%H", MoodEntryRow.at, table.c.shift) == f"{hour:02d}"
        )
    return narrowed
