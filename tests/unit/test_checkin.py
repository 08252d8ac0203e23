"""WHO-5 scoring on its edges."""

from __future__ import annotations

import pytest

from companion.domain.checkin import score_who5


@pytest.mark.parametrize(
    ("answers", "raw", "percent", "low"),
    [
        ([0, 0, 0, 0, 0], 0, 0, True),
        ([5, 5, 5, 5, 5], 25, 100, False),
        ([3, 3, 2, 2, 3], 13, 52, False),  # 13 is not below 13
        ([3, 3, 2, 2, 2], 12, 48, True),  # 12 is
        ([5, 5, 5, 5, 1], 21, 84, True),  # a high total, yet one item at 1
        ([5, 5, 5, 5, 0], 20, 80, True),
        ([2, 2, 2, 2, 5], 13, 52, False),  # every item at 2 or more, total 13
        ((4, 4, 4, 4, 4), 20, 80, False),  # any sequence
    ],
)
def test_scores(answers, raw, percent, low):
    score = score_who5(answers)
    assert (score.raw, score.percent, score.low) == (raw, percent, low)


@pytest.mark.parametrize(
    "answers",
    [
        [],
        [1, 2, 3, 4],
        [1, 2, 3, 4, 5, 0],
        [1, 2, 3, 4, 6],
        [1, 2, 3, 4, -1],
        [1, 2, 3, 4, 2.0],
        [1, 2, 3, 4, True],
        [1, 2, 3, 4, "3"],
        [1, 2, 3, 4, None],
        "12345",
        None,
        5,
    ],
)
def test_anything_else_is_refused(answers):
    with pytest.raises(ValueError):
        score_who5(answers)
