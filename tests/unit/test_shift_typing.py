"""Shift hours as agents write them: `9-18`, `9:00-18:00`, `09:00–18:00`, `9-12, 13:30-18`,
`22-6` overnight; each read as the same ranges the settings file holds, and written back as
`09:00-18:00`. Property-based where the forms multiply."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.shift import (
    InvalidShift,
    ShiftProblem,
    TimeRange,
    hours_text,
    read_hours,
    split_hours,
)

NINE_TO_SIX = (TimeRange(time(9), time(18)),)
SPLIT = (TimeRange(time(9), time(12)), TimeRange(time(13, 30), time(18)))


@pytest.mark.parametrize(
    "typed",
    [
        "9-18",
        "09-18",
        "9:00-18:00",
        "09:00-18:00",
        "09:00–18:00",  # an en dash, as a word processor or a Chinese input method types it
        "09:00—18:00",
        "9：00-18：00",  # a full-width colon
        "9 - 18",
        " 9:00 - 18:00 ",
        "9~18",
        "9～18",
        "9至18",
        "9到18",
    ],
)
def test_a_usual_day_typed_every_way_is_nine_to_six(typed):
    assert read_hours(typed) == NINE_TO_SIX
    assert hours_text(read_hours(typed)) == "09:00-18:00"


@pytest.mark.parametrize(
    "typed",
    ["9-12, 13:30-18", "9-12,13:30-18", "9-12，13:30-18", "9-12、13.30-18", "9-12 13:30-18",
     "13:30-18; 9-12"],
)  # fmt: skip
def test_a_split_shift_is_two_ranges_in_order(typed):
    assert read_hours(typed) == SPLIT
    assert hours_text(read_hours(typed)) == "09:00-12:00, 13:30-18:00"


def test_an_overnight_shift_runs_into_the_next_day():
    [night] = read_hours("22-6")
    assert night == TimeRange(time(22), time(6)) and night.overnight
    assert night.minutes == 8 * 60
    assert str(night) == "22:00-06:00"
    assert read_hours("0-24") == (TimeRange(time(0), time(0)),)  # the whole day
    assert str(read_hours("0-24")[0]) == "00:00-24:00"
    assert read_hours("9-18")[0].minutes == 9 * 60


@pytest.mark.parametrize(
    ("typed", "problem", "item"),
    [
        ("9 to 5", ShiftProblem.NOT_A_RANGE, "9 to 5"),
        ("9-12, 13 to 5", ShiftProblem.NOT_A_RANGE, "13"),
        ("13:00", ShiftProblem.NOT_A_RANGE, "13:00"),
        ("9-25", ShiftProblem.IMPOSSIBLE, "9-25"),
        ("9:60-18", ShiftProblem.IMPOSSIBLE, "9:60-18"),
        ("9-9", ShiftProblem.IMPOSSIBLE, "9-9"),
        ("24-6", ShiftProblem.IMPOSSIBLE, "24-6"),
        ("9-12, 11-18", ShiftProblem.OVERLAP, ""),
        ("", ShiftProblem.NONE_GIVEN, ""),
        ("20-8, 6-10", ShiftProblem.LONGER_THAN_A_DAY, ""),
    ],
)
def test_what_is_not_hours_is_refused_and_says_which_part(typed, problem, item):
    with pytest.raises(InvalidShift) as caught:
        read_hours(typed)
    assert caught.value.problem is problem
    assert caught.value.item == item


hours = st.integers(0, 23)
minutes = st.integers(0, 59)
dashes = st.sampled_from(["-", "–", "—", "~", "～", "至", "到", " - ", " – "])
separators = st.sampled_from([", ", ",", "，", "、", "; ", " ", "  "])


@st.composite
def written(draw, hour: int, minute: int) -> str:
    """A time as a person may write it: 9, 09, 9:05, 09:05, 9.05, 9：05."""
    if minute == 0 and draw(st.booleans()):
        return str(hour) if draw(st.booleans()) else f"{hour:02d}"
    colon = draw(st.sampled_from([":", "：", "."]))
    return f"{hour if draw(st.booleans()) else f'{hour:02d}'}{colon}{minute:02d}"


@given(data=st.data(), start=st.tuples(hours, minutes), end=st.tuples(hours, minutes))
def test_any_way_of_writing_a_range_reads_as_that_range(data, start, end):
    text = data.draw(written(*start)) + data.draw(dashes) + data.draw(written(*end))
    if start == end or TimeRange(time(*start), time(*end)).twelve_hours_slip():
        with pytest.raises(InvalidShift):  # empty, or 9-5 read as twenty hours
            read_hours(text)
        return
    [item] = read_hours(text)
    assert item == TimeRange(time(*start), time(*end))
    assert read_hours(str(item)) == (item,)  # written back, it reads the same


@given(data=st.data(), cuts=st.lists(st.integers(0, 24 * 60), min_size=3, max_size=6, unique=True))
def test_a_day_of_several_ranges_reads_as_those_ranges_in_order(data, cuts):
    """Ranges cut from one day (start, end, start, end, ...) in any order and any separators."""
    cuts = sorted(cuts)
    pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    ranges = [TimeRange(time(a // 60, a % 60), time(b // 60 % 24, b % 60)) for a, b in pairs]
    texts = [str(item) for item in data.draw(st.permutations(ranges))]
    typed = texts[0] + "".join(data.draw(separators) + text for text in texts[1:])
    assert read_hours(typed) == tuple(sorted(ranges))
    assert read_hours(hours_text(read_hours(typed))) == tuple(sorted(ranges))


@given(st.text(max_size=60))
def test_anything_typed_is_read_or_refused_with_a_reason(text):
    try:
        ranges = read_hours(text)
    except InvalidShift as error:
        assert str(error) and isinstance(error.problem, ShiftProblem)
    else:
        assert ranges and split_hours(text)


def test_a_huge_paste_is_refused_without_being_read():
    with pytest.raises(InvalidShift) as caught:
        read_hours("9-18, " * 10_000)
    assert caught.value.problem is ShiftProblem.NOT_A_RANGE


def test_nine_to_five_is_never_read_as_a_twenty_hour_night():
    from companion.domain.shift import ShiftProblem

    for typed, meant in (("9-5", "09:00-17:00"), ("8:30-5:30", "08:30-17:30")):
        with pytest.raises(InvalidShift) as refused:
            read_hours(typed)
        assert refused.value.problem is ShiftProblem.TOO_LONG_OVERNIGHT
        assert refused.value.suggestion == meant
    assert [str(item) for item in read_hours("22-6")] == ["22:00-06:00"]  # a real night: 8 h
    assert [str(item) for item in read_hours("14-2")] == ["14:00-02:00"]  # 12 h: allowed
