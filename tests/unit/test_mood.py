"""The rules a mood entry's values follow (companion.domain.mood)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.mood import (
    CATEGORIES,
    EMOTIONS,
    NOTE_MAX_CHARS,
    InvalidMood,
    Problem,
    make_mood_input,
    validate_category,
    validate_emotions,
    validate_note,
    validate_stress,
    validate_time,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


# --- stress -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 1, 5, 9, 10])
def test_stress_in_range_is_kept(value: int) -> None:
    assert validate_stress(value) == value


@pytest.mark.parametrize("value", [-1, 11, 100, -(10**20), 10**20])
def test_stress_out_of_range_is_refused(value: int) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_stress(value)
    assert caught.value.problem is Problem.STRESS_OUT_OF_RANGE
    assert str(value) in str(caught.value)


@pytest.mark.parametrize("value", [True, False, 5.0, 5.5, "5", "abc", None, b"5", [5]])
def test_stress_that_is_not_an_int_is_refused(value: object) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_stress(value)
    assert caught.value.problem is Problem.STRESS_NOT_INTEGER


@given(st.integers().filter(lambda n: not 0 <= n <= 10))
def test_any_int_outside_0_to_10_is_refused(value: int) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_stress(value)
    assert caught.value.problem is Problem.STRESS_OUT_OF_RANGE


# --- emotions and categories ------------------------------------------------------------------


def test_no_emotions_is_allowed() -> None:
    assert validate_emotions([]) == ()


def test_every_known_emotion_is_accepted() -> None:
    assert validate_emotions(EMOTIONS) == EMOTIONS


def test_unknown_emotion_is_refused_naming_it() -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_emotions(["calm", "furious"])
    assert caught.value.problem is Problem.UNKNOWN_EMOTION
    assert caught.value.detail == "furious"
    assert "furious" in str(caught.value)


@pytest.mark.parametrize("code", ["", "Calm", " calm", "CALM", "平静"])
def test_emotion_codes_are_exact(code: str) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_emotions([code])
    assert caught.value.problem is Problem.UNKNOWN_EMOTION


def test_duplicate_emotions_collapse_and_come_back_in_display_order() -> None:
    chosen = ["proud", "angry", "proud", "wronged", "angry", "calm"]
    result = validate_emotions(chosen)
    assert result == ("wronged", "angry", "calm", "proud")
    assert list(result) == sorted(result, key=EMOTIONS.index)


@given(st.lists(st.sampled_from(EMOTIONS)))
def test_emotions_are_unique_and_in_display_order(chosen: list[str]) -> None:
    result = validate_emotions(chosen)
    assert set(result) == set(chosen)
    assert len(result) == len(set(result))
    assert list(result) == sorted(result, key=EMOTIONS.index)


def test_emotions_accept_any_iterable() -> None:
    assert validate_emotions(iter(["sad", "tense"])) == ("tense", "sad")


@pytest.mark.parametrize("code", CATEGORIES)
def test_known_category_is_kept(code: str) -> None:
    assert validate_category(code) == code


def test_no_category_is_allowed() -> None:
    assert validate_category(None) is None


@pytest.mark.parametrize("code", ["", "Refund", "billing", "refund "])
def test_unknown_category_is_refused(code: str) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_category(code)
    assert caught.value.problem is Problem.UNKNOWN_CATEGORY
    assert caught.value.detail == code


# --- notes ------------------------------------------------------------------------------------


def test_note_of_exactly_2000_characters_is_accepted() -> None:
    note = "a" * NOTE_MAX_CHARS
    assert NOTE_MAX_CHARS == 2000
    assert validate_note(note) == note


def test_note_of_2001_characters_is_refused() -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_note("a" * 2001)
    assert caught.value.problem is Problem.NOTE_TOO_LONG
    assert caught.value.detail == "2001"
    assert "2001" in str(caught.value)


@pytest.mark.parametrize(
    "char",
    [
        "😀",  # outside the BMP: 4 bytes in UTF-8, 2 UTF-16 units
        "中",  # CJK: 3 bytes in UTF-8
        "é",
    ],
)
def test_note_length_is_counted_in_code_points(char: str) -> None:
    assert validate_note(char * 2000) == char * 2000
    with pytest.raises(InvalidMood) as caught:
        validate_note(char * 2001)
    assert caught.value.problem is Problem.NOTE_TOO_LONG


@pytest.mark.parametrize("note", [None, "", " ", "   ", "\t", "\n\r\n", " \u3000 ", "\u00a0"])
def test_empty_or_white_space_note_becomes_none(note: str | None) -> None:
    assert validate_note(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "line one\nline two",
        "windows\r\nline",
        "col1\tcol2",
        "  leading and trailing space are kept  ",
        "\nstarts with a newline",
    ],
)
def test_tab_line_feed_and_carriage_return_are_kept(note: str) -> None:
    assert validate_note(note) == note


@pytest.mark.parametrize(
    "char",
    list("\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x80\x85\x9f"),
    ids=lambda char: f"U+{ord(char):04X}",
)
def test_other_control_characters_are_refused(char: str) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_note(f"before{char}after")
    assert caught.value.problem is Problem.NOTE_CONTROL_CHARACTER
    assert caught.value.detail == f"U+{ord(char):04X}"
    assert f"U+{ord(char):04X}" in str(caught.value)
    assert "character 7" in str(caught.value)  # 1-based position


def test_every_cc_character_except_tab_lf_cr_is_refused() -> None:
    controls = [chr(n) for n in range(0x110000) if unicodedata.category(chr(n)) == "Cc"]
    assert len(controls) == 65
    for char in controls:
        note = f"x{char}y"
        if char in "\t\n\r":
            assert validate_note(note) == note
        else:
            with pytest.raises(InvalidMood) as caught:
                validate_note(note)
            assert caught.value.problem is Problem.NOTE_CONTROL_CHARACTER, repr(char)


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_lone_surrogate_is_refused_as_not_text(surrogate: str) -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_note(f"ok{surrogate}")
    assert caught.value.problem is Problem.NOTE_NOT_TEXT
    assert caught.value.detail == "3"


def test_undecodable_bytes_from_the_command_line_are_not_text() -> None:
    # What os.fsdecode makes of bytes that are not UTF-8 (surrogateescape).
    note = b"caf\xe9".decode("utf-8", "surrogateescape")
    with pytest.raises(InvalidMood) as caught:
        validate_note(note)
    assert caught.value.problem is Problem.NOTE_NOT_TEXT


@pytest.mark.parametrize(
    "note",
    [
        "👩‍💻 family: 👨‍👩‍👧‍👦 flag: 🏳️‍🌈 skin: 👍🏽",  # ZWJ sequences, variation selectors
        "客户一直骂我，我很委屈。",
        "العميل كان غاضبا جدا",  # right-to-left
        "\u202eRTL override\u202c and \u200f marks",  # format characters (Cf) are text
        "ग्राहक बहुत नाराज़ था",  # Devanagari with combining marks
        "e\u0301 decomposed and é composed",  # no normalisation
        "zero\u200bwidth space",
    ],
)
def test_unicode_text_is_kept_exactly(note: str) -> None:
    result = validate_note(note)
    assert result == note
    assert result is not None
    assert len(result) == len(note)
    assert result.encode("utf-8") == note.encode("utf-8")


def _is_allowed(char: str) -> bool:
    kind = unicodedata.category(char)
    return kind != "Cs" and (kind != "Cc" or char in "\t\n\r")


@given(
    st.text(
        alphabet=st.characters(codec="utf-8").filter(_is_allowed),
        max_size=NOTE_MAX_CHARS,
    ).filter(lambda text: text.strip() != "")
)
def test_any_allowed_text_round_trips_unchanged(note: str) -> None:
    assert validate_note(note) == note


@given(st.text(alphabet=st.characters(codec="utf-8").filter(_is_allowed), max_size=200))
def test_notes_are_either_kept_or_dropped_when_blank(note: str) -> None:
    result = validate_note(note)
    assert result == (None if note.strip() == "" else note)


# --- times ------------------------------------------------------------------------------------


def test_naive_time_is_refused() -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_time(datetime(2026, 5, 1, 9, 0), NOW)
    assert caught.value.problem is Problem.TIME_NAIVE


def test_future_time_is_refused() -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_time(NOW + timedelta(seconds=1), NOW)
    assert caught.value.problem is Problem.TIME_IN_FUTURE


def test_future_is_judged_by_instant_not_wall_clock() -> None:
    # 19:30 in Shanghai is 11:30 UTC: before NOW although the wall clock reads later.
    shanghai = timezone(timedelta(hours=8))
    at = datetime(2026, 6, 1, 19, 30, tzinfo=shanghai)
    assert validate_time(at, NOW) == datetime(2026, 6, 1, 11, 30, tzinfo=UTC)
    with pytest.raises(InvalidMood) as caught:
        validate_time(datetime(2026, 6, 1, 20, 30, tzinfo=shanghai), NOW)
    assert caught.value.problem is Problem.TIME_IN_FUTURE


def test_now_itself_is_accepted() -> None:
    assert validate_time(NOW, NOW) == NOW


def test_time_before_2000_is_refused() -> None:
    with pytest.raises(InvalidMood) as caught:
        validate_time(datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC), NOW)
    assert caught.value.problem is Problem.TIME_TOO_EARLY
    assert validate_time(datetime(2000, 1, 1, tzinfo=UTC), NOW) == datetime(2000, 1, 1, tzinfo=UTC)


def test_time_is_converted_to_utc() -> None:
    at = datetime(2026, 5, 1, 9, 15, 30, 123456, tzinfo=timezone(timedelta(hours=-5)))
    result = validate_time(at, NOW)
    assert result.tzinfo is UTC
    assert result == at
    assert result.replace(tzinfo=None) == datetime(2026, 5, 1, 14, 15, 30, 123456)


# --- all values together ----------------------------------------------------------------------


def test_make_mood_input_checks_and_normalises_every_value() -> None:
    values = make_mood_input(
        at=datetime(2026, 5, 1, 17, 0, tzinfo=timezone(timedelta(hours=8))),
        now=NOW,
        stress=7,
        emotions=["tense", "wronged", "tense"],
        category="refund",
        note="   ",
    )
    assert values.at == datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    assert values.at.tzinfo is UTC
    assert values.stress == 7
    assert values.emotions == ("wronged", "tense")
    assert values.category == "refund"
    assert values.note is None


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"stress": 11}, Problem.STRESS_OUT_OF_RANGE),
        ({"stress": "7"}, Problem.STRESS_NOT_INTEGER),
        ({"emotions": ["bored"]}, Problem.UNKNOWN_EMOTION),
        ({"category": "billing"}, Problem.UNKNOWN_CATEGORY),
        ({"note": "x" * 2001}, Problem.NOTE_TOO_LONG),
        ({"note": "bell\x07"}, Problem.NOTE_CONTROL_CHARACTER),
        ({"at": datetime(2026, 5, 1)}, Problem.TIME_NAIVE),
        ({"at": NOW + timedelta(days=1)}, Problem.TIME_IN_FUTURE),
    ],
)
def test_make_mood_input_refuses_any_bad_value(
    changes: dict[str, object], problem: Problem
) -> None:
    arguments: dict[str, object] = {
        "at": NOW - timedelta(hours=1),
        "stress": 5,
        "emotions": ["calm"],
        "category": "other",
        "note": "fine",
    }
    arguments.update(changes)
    with pytest.raises(InvalidMood) as caught:
        make_mood_input(now=NOW, **arguments)  # type: ignore[arg-type]
    assert caught.value.problem is problem
    assert "\n" not in str(caught.value)


def test_the_fast_search_for_forbidden_characters_agrees_with_unicode() -> None:
    """`first_forbidden_character` finds with one regular expression what the Unicode
    categories Cc (less tab and line breaks) and Cs name, over every code point."""
    import sys
    import unicodedata

    from companion.domain.mood import first_forbidden_character

    for point in range(sys.maxunicode + 1):
        char = chr(point)
        kind = unicodedata.category(char)
        forbidden = (kind == "Cc" and char not in "\t\n\r") or kind == "Cs"
        assert (first_forbidden_character("ab" + char) == (2, char)) is forbidden, hex(point)
    assert first_forbidden_character("说\t我\n们\r好") is None
