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
    goal_progress,
    percent_of,
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


def test_counts_for_entries_reframing_and_the_check_in():
    counts = WeekCounts(MONDAY, mood_entries=5, reframing=1, check_ins=2)
    found = week_progress(
        [("log_after_difficult_calls", 5), ("reframing", 2), ("checkin", 1)], counts
    )
    assert [(p.code, p.value, p.achieved) for p in found] == [
        ("log_after_difficult_calls", 5, True),
        ("reframing", 1, False),
        ("checkin", 1, True),  # two check-ins still count as the one asked for
    ]
    empty = week_progress([(code, GOALS[code][0]) for code in GOALS], WeekCounts(MONDAY))
    assert not any(p.achieved for p in empty)
    assert [p.value for p in empty] == [None, 0, 0, 0]


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
