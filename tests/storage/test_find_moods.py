"""Finding entries again: by note text, call type, emotion, time range, local weekday and hour.

Local weekdays and hours are checked against times worked out by hand, in a zone without
daylight-saving time (Shanghai, UTC+8) and across both of Berlin's 2026 changes (29 March at
01:00 UTC to UTC+2; 25 October at 01:00 UTC back to UTC+1).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.clock import FixedClock, system_local_zone
from companion.domain.mood import MoodEntry, MoodFilter, make_mood_input
from companion.paths import AppPaths
from companion.storage.store import Store, open_store
from tests.helpers.store_template import place_new_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # Monday 14:30 in Shanghai, 07:30 in Berlin
SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY, FRIDAY, SATURDAY, SUNDAY = 0, 4, 5, 6


def open_in(tmp_path, zone) -> tuple[Store, FixedClock]:
    clock = FixedClock(NOW, zone)
    store, _report = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), clock)
    return store, clock


@pytest.fixture
def shanghai(tmp_path) -> Iterator[Store]:
    store, _clock = open_in(tmp_path, SHANGHAI)
    yield store
    store.close()


@pytest.fixture
def berlin(tmp_path) -> Iterator[Store]:
    store, _clock = open_in(tmp_path, BERLIN)
    yield store
    store.close()


def log(store: Store, utc: datetime, stress: int = 5, **values: object) -> MoodEntry:
    return store.add_mood(make_mood_input(at=utc, now=NOW, stress=stress, **values))  # type: ignore[arg-type]


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=UTC)  # type: ignore[misc]


def found(store: Store, flt: MoodFilter) -> list[MoodEntry]:
    entries = store.find_moods(flt, 1000)
    assert store.count_moods_matching(flt) == len(entries)
    return entries


def notes(store: Store, flt: MoodFilter) -> list[str | None]:
    return [entry.note for entry in found(store, flt)]


# -- text ------------------------------------------------------------------------------------


def test_text_is_a_case_insensitive_substring_of_the_note(shanghai):
    log(shanghai, utc(2026, 11, 20, 3), note="REFUND asked twice")
    log(shanghai, utc(2026, 11, 21, 3), note="a refund again")
    log(shanghai, utc(2026, 11, 22, 3), note="parcel lost")
    log(shanghai, utc(2026, 11, 22, 4))  # no note at all
    assert notes(shanghai, MoodFilter(text="Refund")) == ["a refund again", "REFUND asked twice"]
    assert notes(shanghai, MoodFilter(text="  refund ")) == ["a refund again", "REFUND asked twice"]
    assert notes(shanghai, MoodFilter(text="nothing like it")) == []
    assert len(found(shanghai, MoodFilter(text="   "))) == 4  # only spaces: no text filter


def test_percent_underscore_and_the_escape_character_are_literal(shanghai):
    for minutes, note in enumerate(["50% off", "5000 off", "user_name", "userXname", "wow!%", "w"]):
        log(shanghai, NOW - timedelta(minutes=minutes + 1), note=note)
    assert notes(shanghai, MoodFilter(text="50%")) == ["50% off"]
    assert notes(shanghai, MoodFilter(text="user_name")) == ["user_name"]
    assert notes(shanghai, MoodFilter(text="_")) == ["user_name"]
    assert notes(shanghai, MoodFilter(text="%")) == ["50% off", "wow!%"]
    assert notes(shanghai, MoodFilter(text="!%")) == ["wow!%"]
    assert notes(shanghai, MoodFilter(text="!")) == ["wow!%"]


def test_chinese_text(shanghai):
    log(shanghai, utc(2026, 11, 20, 3), note="客户说退款太慢，骂了我")
    log(shanghai, utc(2026, 11, 21, 3), note="投诉物流")
    log(shanghai, utc(2026, 11, 22, 3), note="退款\n又是退款")
    assert notes(shanghai, MoodFilter(text="退款")) == ["退款\n又是退款", "客户说退款太慢，骂了我"]
    assert notes(shanghai, MoodFilter(text="投诉")) == ["投诉物流"]
    assert notes(shanghai, MoodFilter(text="骂了我")) == ["客户说退款太慢，骂了我"]
    assert notes(shanghai, MoodFilter(text="表扬")) == []


# -- category and emotion --------------------------------------------------------------------


def test_category_emotion_and_text_narrow_together(shanghai):
    a = log(shanghai, utc(2026, 11, 20, 3), emotions=["angry", "tense"], category="refund")
    b = log(shanghai, utc(2026, 11, 21, 3), emotions=["tense"], category="complaint", note="rude")
    c = log(shanghai, utc(2026, 11, 22, 3), emotions=["angry"], category="complaint")
    d = log(shanghai, utc(2026, 11, 22, 4))
    assert found(shanghai, MoodFilter(category="complaint")) == [c, b]
    assert found(shanghai, MoodFilter(emotion="tense")) == [b, a]
    assert found(shanghai, MoodFilter(emotion="angry")) == [c, a]
    assert found(shanghai, MoodFilter(emotion="angry", category="complaint")) == [c]
    assert found(shanghai, MoodFilter(emotion="tense", category="complaint", text="RUDE")) == [b]
    assert found(shanghai, MoodFilter(emotion="tense", text="polite")) == []
    assert found(shanghai, MoodFilter(emotion="calm")) == []
    assert found(shanghai, MoodFilter(category="other")) == []
    assert found(shanghai, MoodFilter()) == [d, c, b, a]
    # entries come back whole, every emotion included, not only the one searched for
    assert found(shanghai, MoodFilter(emotion="angry"))[1].emotions == ("angry", "tense")


# -- time ------------------------------------------------------------------------------------


def test_since_is_inclusive_and_until_exclusive(shanghai):
    first = log(shanghai, utc(2026, 11, 20, 16))  # 21 Nov 00:00 in Shanghai
    second = log(shanghai, utc(2026, 11, 21, 15, 59, 59))  # 21 Nov 23:59:59
    log(shanghai, utc(2026, 11, 21, 16))  # 22 Nov 00:00
    log(shanghai, utc(2026, 11, 20, 15, 59))  # 20 Nov 23:59
    day = datetime(2026, 11, 21, tzinfo=SHANGHAI)
    assert found(shanghai, MoodFilter(since=day, until=day + timedelta(days=1))) == [
        second,
        first,
    ]
    assert len(found(shanghai, MoodFilter(since=day))) == 3
    assert len(found(shanghai, MoodFilter(until=day))) == 1
    assert found(shanghai, MoodFilter(since=day, until=day)) == []


def test_weekday_and_hour_in_shanghai(shanghai):
    # Sunday 23:30 UTC is Monday 07:30 in Shanghai: a UTC weekday would call it Sunday.
    monday_morning = log(shanghai, utc(2026, 11, 22, 23, 30))
    monday_afternoon = log(shanghai, utc(2026, 11, 23, 6, 10))  # Monday 14:10
    last_monday = log(shanghai, utc(2026, 11, 16, 6, 59))  # Monday 14:59 a week earlier
    sunday = log(shanghai, utc(2026, 11, 22, 15, 59))  # Sunday 23:59
    saturday = log(shanghai, utc(2026, 11, 21, 16, 0))  # Sunday 00:00, Saturday in UTC
    assert found(shanghai, MoodFilter(weekday=MONDAY)) == [
        monday_afternoon,
        monday_morning,
        last_monday,
    ]
    assert found(shanghai, MoodFilter(weekday=SUNDAY)) == [sunday, saturday]
    assert found(shanghai, MoodFilter(weekday=SATURDAY)) == []
    assert found(shanghai, MoodFilter(hour=14)) == [monday_afternoon, last_monday]
    assert found(shanghai, MoodFilter(hour=7)) == [monday_morning]
    assert found(shanghai, MoodFilter(hour=0)) == [saturday]
    assert found(shanghai, MoodFilter(hour=23)) == [sunday]
    assert found(shanghai, MoodFilter(weekday=MONDAY, hour=14)) == [monday_afternoon, last_monday]
    this_week = datetime(2026, 11, 23, tzinfo=SHANGHAI)
    assert found(shanghai, MoodFilter(weekday=MONDAY, hour=14, since=this_week)) == [
        monday_afternoon
    ]
    assert found(shanghai, MoodFilter(weekday=MONDAY, until=this_week)) == [last_monday]


def test_weekday_and_hour_across_berlins_spring_change(berlin):
    friday = log(berlin, utc(2026, 3, 27, 14, 30))  # Friday 15:30 CET (UTC+1)
    monday_15 = log(berlin, utc(2026, 3, 30, 13, 30))  # Monday 15:30 CEST (UTC+2)
    monday_16 = log(berlin, utc(2026, 3, 30, 14, 30))  # Monday 16:30 CEST
    winter_monday_14 = log(berlin, utc(2026, 3, 23, 13, 30))  # Monday 14:30 CET
    before_change = log(berlin, utc(2026, 3, 29, 0, 30))  # Sunday 01:30 CET
    after_change = log(berlin, utc(2026, 3, 29, 1, 30))  # Sunday 03:30 CEST; 02:xx never was
    assert found(berlin, MoodFilter(hour=15)) == [monday_15, friday]
    assert found(berlin, MoodFilter(weekday=MONDAY, hour=15)) == [monday_15]
    assert found(berlin, MoodFilter(weekday=MONDAY, hour=16)) == [monday_16]
    assert found(berlin, MoodFilter(weekday=MONDAY, hour=14)) == [winter_monday_14]
    assert found(berlin, MoodFilter(weekday=FRIDAY)) == [friday]
    assert found(berlin, MoodFilter(weekday=SUNDAY, hour=1)) == [before_change]
    assert found(berlin, MoodFilter(weekday=SUNDAY, hour=2)) == []
    assert found(berlin, MoodFilter(weekday=SUNDAY, hour=3)) == [after_change]


def test_weekday_and_hour_across_berlins_autumn_change(berlin):
    saturday_night = log(berlin, utc(2026, 10, 24, 22, 30))  # Sunday 00:30 CEST
    first_two_thirty = log(berlin, utc(2026, 10, 25, 0, 30))  # Sunday 02:30 CEST
    second_two_thirty = log(berlin, utc(2026, 10, 25, 1, 30))  # Sunday 02:30 again, CET
    sunday_evening = log(berlin, utc(2026, 10, 25, 22, 59))  # Sunday 23:59 CET
    monday = log(berlin, utc(2026, 10, 25, 23, 0))  # Monday 00:00 CET
    summer_monday = log(berlin, utc(2026, 10, 19, 13, 30))  # Monday 15:30 CEST
    winter_monday = log(berlin, utc(2026, 10, 26, 14, 30))  # Monday 15:30 CET
    winter_monday_16 = log(berlin, utc(2026, 10, 26, 15, 30))  # Monday 16:30 CET
    assert found(berlin, MoodFilter(weekday=SUNDAY)) == [
        sunday_evening,
        second_two_thirty,
        first_two_thirty,
        saturday_night,
    ]
    assert found(berlin, MoodFilter(weekday=SUNDAY, hour=2)) == [
        second_two_thirty,
        first_two_thirty,
    ]
    assert found(berlin, MoodFilter(weekday=SATURDAY)) == []
    assert found(berlin, MoodFilter(hour=0)) == [monday, saturday_night]
    assert found(berlin, MoodFilter(weekday=MONDAY, hour=15)) == [winter_monday, summer_monday]
    assert found(berlin, MoodFilter(weekday=MONDAY, hour=16)) == [winter_monday_16]
    # a range of local days, as the dashboard passes it: Sunday 25 October only
    day = datetime(2026, 10, 25, tzinfo=BERLIN)
    sunday_only = MoodFilter(since=day, until=datetime(2026, 10, 26, tzinfo=BERLIN))
    assert sunday_only.until is not None
    assert sunday_only.until.astimezone(UTC) - day.astimezone(UTC) == timedelta(hours=25)
    assert found(berlin, sunday_only) == [
        sunday_evening,
        second_two_thirty,
        first_two_thirty,
        saturday_night,  # 00:30 on Sunday in Berlin, though Saturday in UTC
    ]
    assert found(berlin, MoodFilter(until=day)) == [summer_monday]
    assert found(berlin, MoodFilter(since=day, hour=2)) == [second_two_thirty, first_two_thirty]


def test_weekday_and_hour_in_the_systems_zone_follow_a_change_of_zone(tmp_path, local_tz):
    store, _clock = open_in(tmp_path, system_local_zone())
    try:
        entry = log(store, utc(2026, 11, 23, 6, 10))
        local_tz("Asia/Shanghai")
        assert found(store, MoodFilter(weekday=MONDAY, hour=14)) == [entry]
        local_tz("America/New_York")  # 01:10 on Monday, UTC-5
        assert time.timezone == 5 * 3600
        assert found(store, MoodFilter(weekday=MONDAY, hour=14)) == []
        assert found(store, MoodFilter(weekday=MONDAY, hour=1)) == [entry]
    finally:
        store.close()


def test_entries_later_than_the_clock_are_still_found(tmp_path):
    store, clock = open_in(tmp_path, SHANGHAI)
    try:
        entry = log(store, utc(2026, 11, 23, 6, 10))  # Monday 14:10
        clock.set(utc(2026, 1, 1))  # the computer's clock went back
        assert found(store, MoodFilter(weekday=MONDAY, hour=14)) == [entry]
    finally:
        store.close()


def test_a_weekday_or_hour_out_of_range_is_refused(shanghai):
    with pytest.raises(ValueError, match="weekday"):
        shanghai.find_moods(MoodFilter(weekday=7), 10)
    with pytest.raises(ValueError, match="hour"):
        shanghai.count_moods_matching(MoodFilter(hour=24))


def test_an_empty_store_finds_nothing(shanghai):
    for flt in (MoodFilter(), MoodFilter(weekday=MONDAY, hour=15), MoodFilter(text="x")):
        assert shanghai.find_moods(flt, 10) == []
        assert shanghai.count_moods_matching(flt) == 0


# -- paging ----------------------------------------------------------------------------------


def test_pages_are_newest_first_without_repeats(shanghai):
    entries = [
        log(shanghai, NOW - timedelta(hours=hours), note="match" if hours % 2 else "other")
        for hours in range(1, 16)
    ]
    same_time = [log(shanghai, NOW - timedelta(hours=40), note="match") for _ in range(3)]
    flt = MoodFilter(text="match")
    assert shanghai.count_moods_matching(flt) == 11
    pages = [shanghai.find_moods(flt, 4, offset) for offset in (0, 4, 8, 12)]
    assert [len(page) for page in pages] == [4, 4, 3, 0]
    paged = [entry for page in pages for entry in page]
    matching = [entry for entry in entries if entry.note == "match"]
    matching.sort(key=lambda entry: entry.at, reverse=True)
    assert paged[:8] == matching
    assert {entry.id for entry in paged[8:]} == {entry.id for entry in same_time}
    assert len({entry.id for entry in paged}) == 11


def test_no_filter_is_the_same_as_recent_moods(shanghai):
    for hours in range(7):
        log(shanghai, NOW - timedelta(hours=hours % 3), stress=hours)
    assert shanghai.find_moods(MoodFilter(), 5, 1) == list(shanghai.recent_moods(5, 1))
    assert shanghai.count_moods_matching(MoodFilter()) == shanghai.count_moods() == 7
