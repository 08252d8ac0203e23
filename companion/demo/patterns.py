"""The shape of the imagined history: shift hours, how often calls of each kind come, and
what raises or lowers stress (the weekday, the hour, the call type, the break before)."""

from __future__ import annotations

from datetime import timedelta

# Where in the history (0 = first day, 1 = today) the agent starts doing exercises.
EXERCISES_FROM = 0.4
SHIFT = (9 * 60, 18 * 60)
SATURDAY_SHIFT = (9 * 60, 15 * 60)
LUNCH = (12 * 60, 13 * 60)
MICRO_SECONDS = 40
LONG_SECONDS = 5 * 60
NOTICE = timedelta(seconds=30)

# More calls are logged after lunch; stress climbs through the afternoon.
HOUR_WEIGHT = {9: 0.8, 10: 1.0, 11: 1.0, 12: 1.0, 13: 1.3, 14: 1.5, 15: 1.5, 16: 1.4, 17: 1.2}
HOUR_STRESS = {9: 0.2, 10: -0.2, 11: 0.0, 12: 0.0, 13: 0.0, 14: 0.2, 15: 0.5, 16: 0.9, 17: 1.2}
WEEKDAY_STRESS = (1.1, 0.3, -0.1, 0.1, -0.3, 0.3, 0.0)  # Monday first
CATEGORY_WEIGHT = {
    "order": 22,
    "logistics": 20,
    "refund": 15,
    "complaint": 15,
    "product": 13,
    "abusive": 5,
    "other": 6,
}
CATEGORY_STRESS = {
    "complaint": 1.6,
    "refund": 1.2,
    "abusive": 2.8,
    "logistics": 0.5,
    "order": -0.8,
    "product": -0.3,
    "other": -0.2,
}
EXERCISE_WEIGHT = {  # the exercises of the Exercises window; thought records aside
    "breathing": 35,
    "detachment": 25,
    "positive_reframing": 14,
    "task_split": 13,
    "nvc": 13,
}


BASE_STRESS = 3.3
# Stress in the hour after a break, by what became of it.
AFTER_BREAK = {
    "taken": -0.6,
    "ended_early": -0.3,
    "cut_short": 0.2,
    "natural": -0.4,
    "skipped": 0.6,
    "postponed": 0.3,
}
