"""What an exercise or a thought record changed, as its end says it: the figures recorded, and
which way they went (the words follow the figures shown)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from companion.domain.payoff import Change, exercise_payoff, thought_payoff
from companion.domain.thoughts import EmotionRating, ExerciseUse, ThoughtRecord
from companion.domain.typed_number import TEN_WITHIN_SECONDS, TypedRating

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)


def record(before: dict[str, int], after: dict[str, int]) -> ThoughtRecord:
    return ThoughtRecord(
        id=uuid.uuid4(),
        created_at=NOW,
        updated_at=NOW,
        automatic_thought="It is always me",
        emotions_before=tuple(EmotionRating(code, value) for code, value in before.items()),
        emotions_after=tuple(EmotionRating(code, value) for code, value in after.items()),
        is_draft=False,
    )


@pytest.mark.parametrize(
    ("before", "after", "overall"),
    [(6.0, 3.0, "lower"), (6.0, 6.0, "same"), (3.0, 7.0, "higher"), (None, 3.0, None)],
)
def test_an_exercise_says_its_distress_before_and_after(before, after, overall):
    use = ExerciseUse(uuid.uuid4(), "breathing", NOW, NOW, before, after)
    payoff = exercise_payoff(use)
    assert payoff.overall == overall
    if overall is None:
        assert payoff.changes == ()  # nothing rated both times: no figures
    else:
        assert payoff.changes == (Change("distress", round(before), round(after)),)


def test_a_thought_record_lists_each_emotion_rated_twice_strongest_first():
    payoff = thought_payoff(
        record({"wronged": 70, "angry": 80, "sad": 30}, {"angry": 45, "wronged": 40})
    )
    assert payoff.changes == (
        Change("angry", 80, 45),
        Change("wronged", 70, 40),
    )  # sad: not re-rated
    assert payoff.overall == "lower"


@pytest.mark.parametrize(
    ("after", "overall"),
    [
        ({"angry": 80, "wronged": 70}, "same"),
        ({"angry": 90, "wronged": 70}, "higher"),
        ({"angry": 50, "wronged": 75}, "mixed"),  # one lighter, one stronger: said so
    ],
)
def test_the_words_follow_the_figures_shown(after, overall):
    assert thought_payoff(record({"angry": 80, "wronged": 70}, after)).overall == overall


def test_nothing_rated_is_nothing_to_show():
    assert thought_payoff(record({}, {})).changes == ()
    assert thought_payoff(record({"angry": 60}, {})).overall is None


def test_ten_is_one_then_zero_typed_quickly():
    typed = TypedRating()
    assert typed.press(1, 100.0) == 1
    assert typed.press(0, 100.4) == 10
    assert typed.press(0, 100.5) == 0  # a third key starts afresh
    assert typed.press(1, 200.0) == 1
    assert typed.press(0, 200.0 + TEN_WITHIN_SECONDS + 0.1) == 0  # after a pause: 0
    assert typed.press(1, 300.0) == 1
    typed.forget()  # an arrow or a click in between
    assert typed.press(0, 300.1) == 0
    with pytest.raises(ValueError):
        typed.press(10, 0.0)
