"""Dates on the charts' axes: where a local day sits, and a date axis in the reader's
language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from companion.domain.timefmt import format_day, format_month

DAY_SECONDS = 86400
SHORTEST_SPAN_DAYS = 28  # a time axis never shows fewer days: one entry is a dot, not a wall


def shown_days(first: date, last: date) -> tuple[float, float]:
    """The x range of a time chart from `first` to `last`: a day beyond each, and at
    least SHORTEST_SPAN_DAYS (ending on `last`), however few days the entries cover."""
    first = min(first, last - timedelta(days=SHORTEST_SPAN_DAYS - 1))
    return day_stamp(first) - DAY_SECONDS, day_stamp(last) + DAY_SECONDS


def count_ticks(top: float, most: int = 5) -> list[tuple[float, str]]:
    """Whole-number ticks for a count axis from 0 to `top` (at least 1): 0, 1, 2 … or 0, 5,
    10 …, at most `most` + 1 of them; a count is never 0.5."""
    top = max(int(-(-top // 1)), 1)
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if top <= step * most:
                return [(float(v), str(v)) for v in range(0, top + step, step)]
        magnitude *= 10


def day_stamp(day: date) -> float:
    """Where a local day sits on a date axis: its noon, read as UTC (the axis shows UTC)."""
    return datetime.combine(day, time(12), tzinfo=UTC).timestamp()


def stamp_day(value: float) -> date:
    return datetime.fromtimestamp(value, UTC).date()


# The steps a time axis may take between its labels, the shortest that leaves room for the
# labels wins: days, Mondays (a week's ticks stand on its first day, as the weekly means do),
# the first of a month, the first of January. (kind, how many, about how many days)
STEPS: tuple[tuple[str, int, float], ...] = (
    ("day", 1, 1),
    ("day", 2, 2),
    ("week", 1, 7),
    ("week", 2, 14),
    ("week", 4, 28),
    ("month", 1, 30.4),
    ("month", 2, 60.9),
    ("month", 3, 91.3),
    ("month", 6, 182.6),
    ("year", 1, 365.2),
    ("year", 2, 730.5),
    ("year", 5, 1826.2),
    ("year", 10, 3652.4),
)
LABEL_GAP = 14  # pixels between two labels at least


def tick_days(first: date, last: date, kind: str, every: int) -> list[date]:
    """The days from `first` to `last` that a step of `every` `kind`s labels."""
    if kind == "day":
        day = first + timedelta(days=-first.toordinal() % every)
        step = timedelta(days=every)
    elif kind == "week":
        monday = first + timedelta(days=-first.weekday() % 7)
        weeks = monday.toordinal() // 7  # Mondays are counted from one fixed Monday
        day = monday + timedelta(weeks=-weeks % every)
        step = timedelta(weeks=every)
    else:
        months = every * (12 if kind == "year" else 1)
        index = first.year * 12 + first.month - 1
        if first.day != 1:
            index += 1
        index += -index % months
        months_found: list[date] = []
        while True:
            day = date(index // 12, index % 12 + 1, 1)
            if day > last:
                return months_found
            months_found.append(day)
            index += months
    found: list[date] = []
    while day <= last:
        found.append(day)
        day += step
    return found


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A date axis in the reader's language and the trends window's one date style (23 Nov /
    11月23日, like every other date there; pyqtgraph's own mixes "Nov" with bare day numbers
    and prints English months): a label on each day, Monday, first of the month or first of
    January, whichever step leaves room between the labels."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self.language = "en"

    def tickValues(  # noqa: N802 (pyqtgraph's names)
        self,
        minVal: float,  # noqa: N803
        maxVal: float,  # noqa: N803
        size: float,
    ) -> list[tuple[float, list[float]]]:
        if size <= 0 or maxVal <= minVal:
            return []
        try:
            first, last = stamp_day(minVal), stamp_day(maxVal)
        except (OverflowError, OSError, ValueError):
            return []
        pixels_a_day = size / ((maxVal - minVal) / DAY_SECONDS)
        kind, every, days = STEPS[-1]
        for step in STEPS:
            if step[2] * pixels_a_day >= self._widest(step[0]) + LABEL_GAP:
                kind, every, days = step
                break
        values = [
            stamp
            for day in tick_days(first, last, kind, every)
            if minVal <= (stamp := day_stamp(day)) <= maxVal
        ]
        return [(days * DAY_SECONDS, values)]

    def _widest(self, kind: str) -> int:
        metrics = getattr(self, "fontMetrics", None) or QFontMetrics(QApplication.font())
        sample = date(2026, 12, 28)
        if kind in ("day", "week"):
            text = format_day(sample, self.language, year=False)
        elif kind == "month":
            text = format_month(sample.replace(month=1), self.language, year=True)
        else:
            text = self._label(sample, 365 * DAY_SECONDS)
        return int(metrics.horizontalAdvance(text))

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        labels = []
        year = None  # a day's year is said on the first label of a new year
        for value in values:
            try:
                day = stamp_day(value)
            except (OverflowError, OSError, ValueError):
                labels.append("")
                continue
            if spacing < 30 * DAY_SECONDS:  # days, Mondays
                new_year = year is not None and day.year != year
                labels.append(format_day(day, self.language, year=new_year))
                year = day.year
            else:
                labels.append(self._label(day, spacing))
        return labels

    def _label(self, day: date, spacing: float) -> str:
        if spacing >= 365 * DAY_SECONDS:
            return f"{day.year}年" if self.language == "zh_CN" else str(day.year)
        return format_month(day, self.language, year=day.month == 1)
