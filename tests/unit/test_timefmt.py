"""Reading and writing times (companion.domain.timefmt) and the machine's local zone (clock)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from companion.domain.clock import FixedClock, SystemClock, SystemLocalZone, system_local_zone
from companion.domain.timefmt import (
    InvalidTime,
    attach_local,
    day_end_exclusive,
    day_start,
    iso_local,
    parse_day,
    parse_when,
    read_when,
    wall_offsets,
)

UseTz = Callable[[str], None]
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # half an hour forward in October, back in April
ISO_SECONDS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")

# Europe/Berlin in 2026: clocks go forward at 01:00 UTC on 29 March (02:00 -> 03:00 local)
# and back at 01:00 UTC on 25 October (03:00 -> 02:00 local).
SPRING_CHANGE = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
AUTUMN_CHANGE = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)


def _hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600


def _utc_length_of_day(day: date, zone: tzinfo) -> timedelta:
    # Subtracting two aware datetimes with the same tzinfo ignores their offsets: go via UTC.
    return day_end_exclusive(day, zone).astimezone(UTC) - day_start(day, zone).astimezone(UTC)


# --- parse_when -------------------------------------------------------------------------------


def test_parse_when_keeps_an_explicit_offset() -> None:
    value = parse_when("2026-11-20T14:05+08:00", UTC)
    assert value.utcoffset() == timedelta(hours=8)
    assert value == datetime(2026, 11, 20, 6, 5, tzinfo=UTC)


def test_parse_when_understands_z_and_seconds() -> None:
    assert parse_when("2026-11-20T14:05:30Z", BERLIN) == datetime(
        2026, 11, 20, 14, 5, 30, tzinfo=UTC
    )


def test_parse_when_without_offset_is_local_time_in_the_zone() -> None:
    value = parse_when("2026-07-01T09:30", BERLIN)
    assert value.replace(tzinfo=None) == datetime(2026, 7, 1, 9, 30)
    assert value.utcoffset() == timedelta(hours=2)
    assert value.astimezone(UTC) == datetime(2026, 7, 1, 7, 30, tzinfo=UTC)
    winter = parse_when("2026-01-15T09:30", BERLIN)
    assert winter.astimezone(UTC) == datetime(2026, 1, 15, 8, 30, tzinfo=UTC)


def test_parse_when_without_offset_uses_the_system_zone(local_tz: UseTz) -> None:
    local_tz("Asia/Shanghai")
    value = parse_when("2026-01-15T10:00", system_local_zone())
    assert value.astimezone(UTC) == datetime(2026, 1, 15, 2, 0, tzinfo=UTC)
    local_tz("America/New_York")
    value = parse_when("2026-01-15T10:00", system_local_zone())
    assert value.astimezone(UTC) == datetime(2026, 1, 15, 15, 0, tzinfo=UTC)


def test_parse_when_ignores_surrounding_space() -> None:
    assert parse_when("  2026-01-15T10:00+00:00\n", BERLIN) == datetime(
        2026, 1, 15, 10, 0, tzinfo=UTC
    )


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01T10:00", "2026-01-15 25:00", "10:00"])
def test_parse_when_refuses_what_is_not_iso(text: str) -> None:
    with pytest.raises(InvalidTime) as caught:
        parse_when(text, BERLIN)
    assert repr(text) in str(caught.value)
    assert "ISO-8601" in str(caught.value)


def test_parse_day() -> None:
    assert parse_day("2026-03-29") == date(2026, 3, 29)
    assert parse_day(" 2026-03-29 ") == date(2026, 3, 29)
    for bad in ("2026-02-30", "29.03.2026", "", "2026-03-29T00:00"):
        with pytest.raises(InvalidTime, match="YYYY-MM-DD"):
            parse_day(bad)


def test_ambiguous_wall_time_takes_the_earlier_offset() -> None:
    # 02:30 happens twice on 25 October in Berlin: first at +02:00, then at +01:00.
    value = attach_local(datetime(2026, 10, 25, 2, 30), BERLIN)
    assert value.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_ambiguous_wall_time_takes_the_earlier_offset_in_the_system_zone(
    local_tz: UseTz,
) -> None:
    local_tz("Europe/Berlin")
    value = parse_when("2026-10-25T02:30", system_local_zone())
    assert value.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "text", "earlier", "later"),
    [
        (BERLIN, "2026-03-29T02:30", "2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00"),
        (BERLIN, "2026-03-29T02:00", "2026-03-29T01:00+01:00", "2026-03-29T03:00+02:00"),
        (NEW_YORK, "2026-03-08T02:59:30", "2026-03-08T01:59:30-05:00", "2026-03-08T03:59:30-04:00"),
        (LORD_HOWE, "2026-10-04T02:15", "2026-10-04T01:45+10:30", "2026-10-04T02:45+11:00"),
    ],
)
def test_a_wall_time_the_clocks_skipped_is_refused_naming_both_exact_times(
    zone: tzinfo, text: str, earlier: str, later: str
) -> None:
    with pytest.raises(InvalidTime) as caught:
        read_when(text, zone)
    said = str(caught.value)
    assert said.startswith(f"{text} never happened in local time: the clocks went forward")
    assert f"{earlier} (before the change) or {later} (after it)" in said
    with pytest.raises(InvalidTime):
        parse_when(text, zone)  # the same rule wherever a time is read
    for exact in (earlier, later):
        assert parse_when(exact, zone) == datetime.fromisoformat(exact)


def test_a_skipped_wall_time_is_refused_in_the_system_zone_too(local_tz: UseTz) -> None:
    local_tz("Europe/Berlin")
    with pytest.raises(InvalidTime, match="never happened"):
        read_when("2026-03-29T02:30", system_local_zone())
    assert wall_offsets(datetime(2026, 3, 29, 2, 30), system_local_zone()) == []


def test_a_wall_time_shown_twice_is_the_first_and_says_how_to_give_the_second(
    local_tz: UseTz,
) -> None:
    for zone in (BERLIN, "system"):
        if zone == "system":
            local_tz("Europe/Berlin")
            zone = system_local_zone()
        when = read_when("2026-10-25T02:30", zone)
        assert when.at.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
        assert "happened twice" in when.note and "the first was taken" in when.note
        assert "2026-10-25T02:30+02:00" in when.note and "2026-10-25T02:30+01:00" in when.note
    half = read_when("2026-04-05T01:45", LORD_HOWE)  # half an hour back
    assert half.at.utcoffset() == timedelta(hours=11)
    assert "back 30 minutes" in half.note and "2026-04-05T01:45+10:30" in half.note
    plain = read_when("2026-07-01T09:30", BERLIN)
    assert plain.note == "" and plain.at.utcoffset() == timedelta(hours=2)
    exact = read_when("2026-10-25T02:30+01:00", BERLIN)  # an offset says which: nothing to add
    assert exact.note == "" and exact.at.utcoffset() == timedelta(hours=1)


# --- iso_local --------------------------------------------------------------------------------


def test_iso_local_is_whole_seconds_with_offset() -> None:
    moment = datetime(2026, 11, 23, 6, 5, 7, 999_999, tzinfo=UTC)
    text = iso_local(moment, timezone(timedelta(hours=8)))
    assert text == "2026-11-23T14:05:07+08:00"
    assert ISO_SECONDS.match(text)


def test_iso_local_in_utc_shows_a_zero_offset() -> None:
    assert iso_local(datetime(2026, 1, 1, tzinfo=UTC), UTC) == "2026-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Shanghai", "2026-01-15T10:00:00+08:00"),
        ("Asia/Kolkata", "2026-01-15T07:30:00+05:30"),
        ("Asia/Kathmandu", "2026-01-15T07:45:00+05:45"),
        ("America/New_York", "2026-01-14T21:00:00-05:00"),
        ("Europe/Berlin", "2026-01-15T03:00:00+01:00"),
        ("UTC", "2026-01-15T02:00:00+00:00"),
    ],
)
def test_iso_local_in_the_system_zone(local_tz: UseTz, zone: str, expected: str) -> None:
    local_tz(zone)
    moment = datetime(2026, 1, 15, 2, 0, tzinfo=UTC)
    text = iso_local(moment, system_local_zone())
    assert text == expected
    assert datetime.fromisoformat(text) == moment


# --- SystemLocalZone across daylight-saving changes ---------------------------------------------


def test_system_zone_offsets_on_both_sides_of_the_spring_change(local_tz: UseTz) -> None:
    local_tz("Europe/Berlin")
    zone = SystemLocalZone()
    before = (SPRING_CHANGE - timedelta(minutes=1)).astimezone(zone)
    after = (SPRING_CHANGE + timedelta(minutes=1)).astimezone(zone)
    assert before.utcoffset() == timedelta(hours=1)
    assert after.utcoffset() == timedelta(hours=2)
    assert before.replace(tzinfo=None) == datetime(2026, 3, 29, 1, 59)
    assert after.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 1)
    assert before.tzname() == "CET"
    assert after.tzname() == "CEST"
    assert before.dst() == timedelta(0)
    assert after.dst() == timedelta(hours=1)
    assert iso_local(before, zone) == "2026-03-29T01:59:00+01:00"
    assert iso_local(after, zone) == "2026-03-29T03:01:00+02:00"


def test_system_zone_offsets_on_both_sides_of_the_autumn_change(local_tz: UseTz) -> None:
    local_tz("Europe/Berlin")
    zone = SystemLocalZone()
    # Outside the repeated hour (00:00-01:00 UTC and 01:00-02:00 UTC both read 02:xx locally).
    before = (AUTUMN_CHANGE - timedelta(hours=1, minutes=1)).astimezone(zone)
    after = (AUTUMN_CHANGE + timedelta(hours=1, minutes=1)).astimezone(zone)
    assert before.utcoffset() == timedelta(hours=2)
    assert after.utcoffset() == timedelta(hours=1)
    assert iso_local(before, zone) == "2026-10-25T01:59:00+02:00"
    assert iso_local(after, zone) == "2026-10-25T03:01:00+01:00"
    assert before.tzname() == "CEST"
    assert after.tzname() == "CET"


def test_system_zone_follows_tz_changes_in_the_running_process(local_tz: UseTz) -> None:
    zone = system_local_zone()
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    local_tz("Asia/Shanghai")
    assert summer.astimezone(zone).utcoffset() == timedelta(hours=8)
    local_tz("America/New_York")
    assert summer.astimezone(zone).utcoffset() == timedelta(hours=-4)
    local_tz("Australia/Sydney")  # southern hemisphere: winter in July
    assert summer.astimezone(zone).utcoffset() == timedelta(hours=10)
    assert datetime(2026, 1, 1, tzinfo=UTC).astimezone(zone).utcoffset() == timedelta(hours=11)


def test_system_zone_utcoffset_without_a_time_is_the_current_offset(local_tz: UseTz) -> None:
    local_tz("Asia/Kolkata")
    zone = SystemLocalZone()
    assert zone.utcoffset(None) == timedelta(hours=5, minutes=30)
    assert zone.dst(None) == timedelta(0)
    assert zone.tzname(None) == "IST"


@pytest.mark.parametrize(
    "change", [SPRING_CHANGE, AUTUMN_CHANGE], ids=["spring-forward", "autumn-back"]
)
def test_system_zone_agrees_with_zoneinfo_around_a_change(
    local_tz: UseTz, change: datetime
) -> None:
    local_tz("Europe/Berlin")
    zone = SystemLocalZone()
    wrong = []
    for step in range(-4 * 6, 4 * 6 + 1):  # every 10 minutes, four hours either side
        moment = change + timedelta(minutes=10 * step)
        expected = moment.astimezone(BERLIN)
        local = moment.astimezone(zone)
        if (
            local.utcoffset() != expected.utcoffset()
            or local.replace(tzinfo=None) != expected.replace(tzinfo=None)
            or local.astimezone(UTC) != moment
        ):
            wrong.append(f"{moment:%H:%M}Z -> {local.isoformat()} (want {expected.isoformat()})")
    assert wrong == []


def test_times_in_the_repeated_autumn_hour_are_written_as_the_right_instant(
    local_tz: UseTz,
) -> None:
    """00:30 UTC and 01:30 UTC on 25 Oct 2026 are both 02:30 in Berlin, at +02:00 and +01:00."""
    local_tz("Europe/Berlin")
    zone = system_local_zone()
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert iso_local(first, zone) == "2026-10-25T02:30:00+02:00"
    assert iso_local(second, zone) == "2026-10-25T02:30:00+01:00"


# --- local days -------------------------------------------------------------------------------


@pytest.mark.parametrize("zone_name", ["zoneinfo", "system"])
@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 7, 1), 24)],
    ids=["23h-day", "25h-day", "24h-day"],
)
def test_local_day_bounds_across_dst(
    local_tz: UseTz, zone_name: str, day: date, hours: int
) -> None:
    local_tz("Europe/Berlin")
    zone: tzinfo = BERLIN if zone_name == "zoneinfo" else system_local_zone()
    start = day_start(day, zone)
    end = day_end_exclusive(day, zone)
    assert start.replace(tzinfo=None) == datetime.combine(day, datetime.min.time())
    assert end.replace(tzinfo=None) == datetime.combine(
        day + timedelta(days=1), datetime.min.time()
    )
    assert _hours(_utc_length_of_day(day, zone)) == hours
    assert start.astimezone(UTC) == datetime.combine(day, datetime.min.time(), BERLIN)
    # Consecutive days tile time with no gap and no overlap.
    assert day_start(day + timedelta(days=1), zone) == end


def test_day_bounds_of_the_spring_change_in_utc() -> None:
    day = date(2026, 3, 29)
    assert day_start(day, BERLIN).astimezone(UTC) == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert day_end_exclusive(day, BERLIN).astimezone(UTC) == datetime(
        2026, 3, 29, 22, 0, tzinfo=UTC
    )


def test_day_bounds_of_the_autumn_change_in_utc() -> None:
    day = date(2026, 10, 25)
    assert day_start(day, BERLIN).astimezone(UTC) == datetime(2026, 10, 24, 22, 0, tzinfo=UTC)
    assert day_end_exclusive(day, BERLIN).astimezone(UTC) == datetime(
        2026, 10, 25, 23, 0, tzinfo=UTC
    )


# --- clocks -----------------------------------------------------------------------------------


def test_system_clock_is_aware_utc() -> None:
    clock = SystemClock()
    now = clock.now()
    assert now.tzinfo is UTC
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)
    assert isinstance(clock.local_zone(), SystemLocalZone)


def test_fixed_clock_moves_only_when_told() -> None:
    shanghai = timezone(timedelta(hours=8))
    clock = FixedClock(datetime(2026, 1, 1, 8, 0, tzinfo=shanghai), zone=shanghai)
    assert clock.now() == datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    assert clock.now().tzinfo is UTC
    assert clock.local_zone() is shanghai
    clock.advance(timedelta(minutes=90))
    assert clock.now() == datetime(2026, 1, 1, 1, 30, tzinfo=UTC)
    clock.set(datetime(2026, 2, 1, tzinfo=shanghai))
    assert clock.now() == datetime(2026, 1, 31, 16, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        FixedClock(datetime(2026, 1, 1))
