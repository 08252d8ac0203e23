"""Local time for aggregation: the stretches of time during which the UTC offset stays the same.

The store keeps UTC. To group by local day, weekday or hour in SQL, a query joins each moment
to the stretch it falls in and adds that stretch's offset. A daylight-saving change, or a
country changing its zone, starts a new stretch, so grouping stays right across both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from companion.domain.clock import SystemLocalZone

# Offsets change at most a few times a year; probing once a day finds every change that lasts
# longer than that (no zone has changed its offset and back within one day).
_PROBE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class OffsetSpan:
    """From `start` (inclusive) to `end` (exclusive), both UTC, local time is UTC + `offset`."""

    start: datetime
    end: datetime
    offset_seconds: int


def offset_at(moment: datetime, zone: tzinfo) -> int:
    if isinstance(zone, SystemLocalZone):  # one C library call, not a wall-time search
        return zone.offset_at(moment)
    offset = moment.astimezone(zone).utcoffset()
    return 0 if offset is None else int(offset.total_seconds())


def _change_between(low: datetime, high: datetime, zone: tzinfo) -> datetime:
    """The first second in (low, high] whose offset differs from `low`'s."""
    before = offset_at(low, zone)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            middle = low + timedelta(seconds=1)
        if offset_at(middle, zone) == before:
            low = middle
        else:
            high = middle
    return high


def offset_spans(since: datetime, until: datetime, zone: tzinfo) -> list[OffsetSpan]:
    """The spans covering [since, until), in order; at least one when since < until."""
    if since.tzinfo is None or until.tzinfo is None:
        raise ValueError("offset_spans needs aware datetimes")
    since, until = since.astimezone(UTC), until.astimezone(UTC)
    if since >= until:
        return []
    spans: list[OffsetSpan] = []
    start = since
    current = offset_at(start, zone)
    probe = start
    while probe < until:
        following = min(probe + _PROBE, until)
        if offset_at(following, zone) != current and following <= until:
            change = _change_between(probe, following, zone)
            if change < until:
                spans.append(OffsetSpan(start, change, current))
                start, current = change, offset_at(change, zone)
        probe = following
    spans.append(OffsetSpan(start, until, current))
    return spans
