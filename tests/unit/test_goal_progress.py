"""Goal progress per week and the end-of-shift summary's sentence: the arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from companion.content.summary import load_sentences
from companion.domain.day_summary import DaySummary, choose_sentence, sentence_kind
from companion.domain.goals import (
    GOALS,
    InvalidGoal,
    WeekCounts,
    check_label,
    goal_progress,
    is_difficult,
    percent_of,
    progress_bar,
    small_wins,
    week_progress,
)

MONDAY = date(2026, 11, 23)


def test_percent_rounds_half_up_and_is_none_without_a_whole():
    assert percent_of(2, 3) == 67
    assert percent_of(1, 8) == 13  # 12.5 -> 13
    assert percent_of(7, 10) == 70
    assert percent_of(0, 5) == 0
    assert percent_of(0, 0) is None


def test_breaks_taken_against_the_target_percent():
    counts = WeekCounts(MONDAY, breaks_offered=10, breaks_taken=7)
    exactly = goal_progress("breaks_taken", 70, counts)
    assert (exactly.value, exactly.target, exactly.achieved) == (70, 70, True)
    assert exactly.percent
    assert not goal_progress("breaks_taken", 80, counts).achieved


def test_a_week_with_no_break_offered_is_not_zero_percent():
    progress = goal_progress("breaks_taken", 70, WeekCounts(MONDAY, breaks_offered=0))
    assert progress.value is None
    assert not progress.achieved


def test_counts_for_difficult_contacts_reframing_the_check_in_and_ones_own():
    counts = WeekCounts(
        MONDAY, mood_entries=54, difficult_entries=4, reframing=1, check_ins=2, own_ticks=3
    )
    found = week_progress(
        [
            ("log_after_difficult_calls", 5),
            ("reframing", 2),
            ("checkin", 1),
            ("own", 3, "A walk at lunch"),
        ],
        counts,
    )
    assert [(p.code, p.value, p.achieved) for p in found] == [
        ("log_after_difficult_calls", 4, False),  # 54 entries, 4 of them difficult: not "54 ✓"
        ("reframing", 1, False),
        ("checkin", 1, True),  # two check-ins still count as the one asked for
        ("own", 3, True),
    ]
    assert found[3].label == "A walk at lunch"
    empty = week_progress([(code, GOALS[code][0]) for code in GOALS], WeekCounts(MONDAY))
    assert not any(p.achieved for p in empty)
    assert [p.value for p in empty] == [None, 0, 0, 0, 0]


def test_a_difficult_contact_is_a_high_stress_or_a_call_type_marked_difficult():
    assert is_difficult(7, None, 7, ())
    assert not is_difficult(6, "refund", 7, ())
    assert is_difficult(2, "abusive", 7, {"abusive", "complaint"})
    assert not is_difficult(2, None, 7, {"abusive"})
    assert is_difficult(10, "order", 10, {"abusive"})


@pytest.mark.parametrize(
    ("code", "target", "value", "fill", "goal", "reached"),
    [
        ("breaks_taken", 70, 69, 0.69, 0.70, False),  # just short of its line, never "full"
        ("breaks_taken", 70, 70, 0.70, 0.70, True),
        ("log_after_difficult_calls", 5, 3, 0.6, 1.0, False),
        ("log_after_difficult_calls", 5, 6, 1.0, 5 / 6, True),  # past the line, and says so
        ("own", 3, 0, 0.0, 1.0, False),
    ],
)
def test_a_bar_fills_in_proportion_and_shows_its_goal(code, target, value, fill, goal, reached):
    counts = WeekCounts(
        MONDAY,
        breaks_offered=100,
        breaks_taken=value,
        difficult_entries=value,
        own_ticks=value,
    )
    bar = progress_bar(goal_progress(code, target, counts, "x" if code == "own" else None))
    assert bar.fill == pytest.approx(fill)
    assert bar.goal == pytest.approx(goal)
    assert bar.reached is reached


def test_small_wins_are_what_happened_and_never_what_did_not():
    assert small_wins(WeekCounts(MONDAY)) == []  # nothing to say, so nothing is said
    week = WeekCounts(
        MONDAY, breaks_offered=12, breaks_taken=12, difficult_entries=5, exercises=2, check_ins=1
    )
    assert [(w.kind, w.count) for w in small_wins(week)] == [
        ("every_break", 12),
        ("difficult_logged", 5),
        ("exercises", 2),
        ("checkin", 1),
    ]
    some = WeekCounts(MONDAY, breaks_offered=12, breaks_taken=9)
    assert [(w.kind, w.count) for w in small_wins(some)] == [("breaks", 9)]  # not "3 missed"


@pytest.mark.parametrize(
    ("label", "error"),
    [
        ("", "a few words"),
        ("   ", "a few words"),
        ("x" * 61, "61 characters"),
        ("walk\x07", "control"),
    ],
)
def test_ones_own_goal_needs_a_short_text(label, error):
    with pytest.raises(InvalidGoal, match=error):
        check_label(label)
    assert check_label("  A walk   at lunch ") == "A walk at lunch"


def test_an_unknown_goal_or_a_target_out_of_range_is_refused():
    with pytest.raises(InvalidGoal):
        goal_progress("walk_more", 1, WeekCounts(MONDAY))
    with pytest.raises(InvalidGoal):
        goal_progress("breaks_taken", 101, WeekCounts(MONDAY))


def summary(**values) -> DaySummary:
    base = dict(
        day=MONDAY,
        entries=3,
        mean_stress=4.0,
        max_stress=5,
        breaks_offered=4,
        breaks_taken=1,
        exercises=0,
    )
    base.update(values)
    return DaySummary(**base)


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (dict(max_stress=8), "heavy"),
        (dict(mean_stress=6.5, max_stress=7), "heavy"),
        (dict(exercises=1), "exercise"),
        (dict(max_stress=9, exercises=2), "heavy"),
        (dict(breaks_taken=2), "breaks"),
        (dict(breaks_offered=0, breaks_taken=0), "steady"),
        (dict(entries=0, mean_stress=None, max_stress=None), "quiet"),
        (dict(), "steady"),
    ],
)
def test_the_kind_of_sentence_follows_the_day(values, kind):
    assert sentence_kind(summary(**values)) == kind


def test_the_sentence_varies_by_day_and_stays_the_same_all_day():
    sentences = load_sentences()
    quiet = dict(entries=0, mean_stress=None, max_stress=None)
    first = choose_sentence(summary(**quiet), sentences, "en")
    assert first in sentences["quiet"]["en"]
    assert choose_sentence(summary(**quiet), sentences, "en") == first
    days = {
        choose_sentence(summary(day=date(2026, 11, d), **quiet), sentences, "en")
        for d in range(1, 8)
    }
    assert days == set(sentences["quiet"]["en"])
    assert choose_sentence(summary(**quiet), sentences, "zh_CN") in sentences["quiet"]["zh_CN"]
    assert choose_sentence(summary(**quiet), sentences, "fr") in sentences["quiet"]["en"]
    assert choose_sentence(summary(**quiet), {}, "en") == ""


def test_a_sentence_file_missing_a_language_is_named(tmp_path):
    from companion.content import ContentError

    broken = tmp_path / "summary.toml"
    text = "".join(
        f'[{kind}]\nen = ["Fine."]\nzh_CN = ["好。"]\n' for kind in ("heavy", "exercise")
    )
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="breaks"):
        load_sentences(broken)
