"""The commands on the records: `log` (add a mood entry), `list` (the entries), `breaks` (a
day's breaks) and `stats` (weekly figures)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo

from companion.cli.opening import open_command_store
from companion.cli.output import render
from companion.cli.parser import EXIT_OK, Failure, UsageError


def run_log(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.mood import InvalidMood, make_mood_input
    from companion.domain.timefmt import InvalidTime, When, read_when

    clock = SystemClock()
    now = clock.now()
    if re.fullmatch(r"-?[0-9]+", args.stress.strip()) is None:  # no "1_0", "+5" or "٥"
        raise UsageError(f"--stress must be a whole number from 0 to 10, got {args.stress!r}")
    stress = int(args.stress.strip())
    try:
        when = When(now) if args.at is None else read_when(args.at, clock.local_zone())
        values = make_mood_input(
            at=when.at,
            now=now,
            stress=stress,
            emotions=args.emotion,
            category=args.category,
            note=args.note,
        )
    except (InvalidMood, InvalidTime) as error:
        raise UsageError(str(error)) from None
    store = open_command_store()
    try:
        entry = store.add_mood(values)
    except Exception as error:  # the database refused the write
        raise Failure(f"the entry could not be saved: {error}") from None
    finally:
        store.close()
    if when.note:  # a time the clocks showed twice: which one was taken
        print(f"companion log: note: {when.note}", file=sys.stderr)
    print(entry.id)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.timefmt import (
        InvalidTime,
        day_end_exclusive,
        day_start,
        parse_day,
    )

    zone = SystemClock().local_zone()
    try:
        since = None if args.since is None else day_start(parse_day(args.since), zone)
        until = None if args.until is None else day_end_exclusive(parse_day(args.until), zone)
    except InvalidTime as error:
        raise UsageError(str(error)) from None
    if since is not None and until is not None and until <= since:
        raise UsageError("--until is before --since")
    from companion.storage.connection import from_utc_text
    from companion.storage.export_rows import mood_rows

    local = local_times(zone)
    store = open_command_store()
    try:
        with store.snapshot() as connection:
            rows: Iterator[dict[str, object]] = (
                {
                    "id": key,
                    "at": local(from_utc_text(at)),
                    "stress": stress,
                    "emotions": emotions,
                    "category": category,
                    "note": note,
                }
                for key, at, stress, category, note, _c, _u, emotions in mood_rows(
                    connection, since, until
                )
            )
            render(rows, args.format, sys.stdout)
    finally:
        store.close()
    return EXIT_OK


def local_times(zone: tzinfo) -> Callable[[datetime], str]:
    """`iso_local` for many times in `zone`, several times faster for the system's zone (one
    C call for its offset at each instant, where converting asks it three times): `list`
    writes hundreds of thousands."""
    from datetime import timedelta, timezone

    from companion.domain.timefmt import iso_local

    offset_at = getattr(zone, "offset_at", None)
    if offset_at is None:
        return lambda moment: iso_local(moment, zone)
    zones: dict[int, timezone] = {}

    def local(moment: datetime) -> str:
        seconds = offset_at(moment)
        fixed = zones.get(seconds) or zones.setdefault(
            seconds, timezone(timedelta(seconds=seconds))
        )
        return (moment + timedelta(seconds=seconds)).replace(tzinfo=fixed).isoformat("T", "seconds")

    return local


def run_breaks(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.timefmt import (
        InvalidTime,
        day_end_exclusive,
        day_start,
        iso_local,
        parse_day,
    )

    clock = SystemClock()
    zone = clock.local_zone()
    try:
        day = clock.now().astimezone(zone).date() if args.day is None else parse_day(args.day)
    except InvalidTime as error:
        raise UsageError(str(error)) from None
    store = open_command_store()
    try:
        found = store.breaks_between(day_start(day, zone), day_end_exclusive(day, zone))
    finally:
        store.close()
    rows = [
        {
            "kind": record.kind,
            "due": iso_local(record.due, zone),
            "shown": None if record.shown is None else iso_local(record.shown, zone),
            "outcome": record.outcome,
            "postponed": record.postponed,
            "seconds": record.seconds,
        }
        for _id, record in found
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rows:
        sys.stdout.write(f"No breaks on {day.isoformat()}.\n")
        return EXIT_OK
    lines = [f"{'due':<5}  {'shown':<5}  {'kind':<5}  {'outcome':<11}  postponed  seconds"]
    for row in rows:
        due = str(row["due"])[11:16]
        shown = "-" if row["shown"] is None else str(row["shown"])[11:16]
        lines.append(
            f"{due:<5}  {shown:<5}  {row['kind']!s:<5}  {row['outcome']!s:<11}  "
            f"{row['postponed']!s:>9}  {row['seconds']!s:>7}"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.domain.trends import week_bounds

    if not 1 <= args.weeks <= 1000:
        raise UsageError(f"--weeks must be from 1 to 1000, got {args.weeks}")
    clock = SystemClock()
    zone = clock.local_zone()
    weeks = week_bounds(clock.now().astimezone(zone).date(), args.weeks, zone)
    store = open_command_store()
    try:
        found = store.weekly_stats(weeks)
    finally:
        store.close()
    rows = [
        {
            "week_start": week.week_start.isoformat(),
            "entries": week.entries,
            "mean_stress": week.mean_stress,
            "max_stress": week.max_stress,
            "breaks": dict(sorted(week.breaks.items())),
        }
        for week in found
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = [f"{'week of':<10}  {'entries':>7}  {'mean':>5}  {'max':>3}  breaks"]
    for row in rows:
        mean = "-" if row["mean_stress"] is None else f"{row['mean_stress']:.2f}"
        highest = "-" if row["max_stress"] is None else str(row["max_stress"])
        breaks = row["breaks"]
        assert isinstance(breaks, dict)
        summary = ", ".join(f"{outcome} {count}" for outcome, count in breaks.items()) or "-"
        lines.append(
            f"{row['week_start']!s:<10}  {row['entries']!s:>7}  {mean:>5}  {highest:>3}  {summary}"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK
