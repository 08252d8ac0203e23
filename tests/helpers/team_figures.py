"""Made-up team figures, as the team server would answer them, for the Team window's tests and
screenshots (the real server's answers are tested in tests/team/)."""

from __future__ import annotations

import math
from datetime import date, timedelta

from companion.domain.team import (
    NO_CATEGORY,
    CategoryCell,
    MarkSide,
    TeamFigures,
    TeamReading,
    TeamWeek,
    TrainingMark,
)

HIDDEN_WEEKS = (3, 4, 9)  # indexes of the weeks with too few people
TRAINING = "情绪管理培训"
THIN_WEEK = 1  # a shown week whose exercises are hidden
FEW_LOW_WEEK = 6  # a shown week where one or two people had a low check-in
OPEN_LAST = 2  # the last weeks are still open (the current one and the one before)


def hidden_week(start: date, *, closed: bool = True) -> TeamWeek:
    return TeamWeek(
        start, False, None, None, None, None, None, None, None, None, None, None, closed=closed
    )


def shown_week(start: date, index: int, agents: int = 18) -> TeamWeek:
    stress = 5.5 + 1.2 * math.sin(index / 2.5) - (0.6 if index > 8 else 0.0)
    cells: dict[str, CategoryCell | None] = {
        "complaint": CategoryCell(60 + index, stress + 1.4),
        "refund": CategoryCell(45, stress + 0.6),
        "logistics": CategoryCell(38, stress - 0.4),
        "product": CategoryCell(30, stress - 1.5),
        NO_CATEGORY: None,  # too few people
        "other": None,  # hidden with it, so that it cannot be worked out
    }
    return TeamWeek(
        week_start=start,
        shown=True,
        agents=agents + index % 4,
        mean_stress=stress,
        entries_per_agent_day=2.4 + 0.1 * (index % 3),
        by_category=cells,
        by_emotion={"angry": 40, "wronged": 31, "anxious": None},
        breaks_offered=200 + 4 * index,
        breaks_taken=120 + 5 * index,
        breaks_skipped=50,
        exercises=None if index == THIN_WEEK else 12 + index,  # too few people did one
        checkin_low_share=None if index == FEW_LOW_WEEK else 0.2,
        checkin_low_few=index == FEW_LOW_WEEK,
    )


def sample_figures(weeks: int = 13, last_monday: date = date(2026, 11, 30)) -> TeamFigures:
    """`weeks` weeks up to `last_monday`'s (the current one): the last OPEN_LAST still open."""
    first = last_monday - timedelta(weeks=weeks - 1)
    rows = []
    for index in range(weeks):
        start = first + timedelta(weeks=index)
        if index >= weeks - OPEN_LAST:
            rows.append(hidden_week(start, closed=False))
        elif index in HIDDEN_WEEKS:
            rows.append(hidden_week(start))
        else:
            rows.append(shown_week(start, index))
    mark_day = first + timedelta(weeks=weeks // 2, days=1)
    marks = [
        TrainingMark(
            mark_day,
            TRAINING,
            True,
            MarkSide(4, 19, 6.1, 2.5, 0.58, 0.71),
            MarkSide(4, 20, 5.2, 2.4, 0.66, 0.93),
        ),
        TrainingMark(first + timedelta(weeks=3, days=2), "Listening skills", False, None, None),
    ]
    return TeamFigures("客服一组", 10, rows, marks)


def sample_reading(weeks: int = 13) -> TeamReading:
    return TeamReading(sample_figures(weeks), ["客服一组", "客服二组", "售后组"])
