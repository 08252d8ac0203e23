"""Dates on the charts' axes: where a local day sits, and a date axis in the reader's
language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pyqtgraph as pg

from companion.domain.timefmt import format_month

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


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A date axis that speaks the reader's language (pyqtgraph's prints English months)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self.language = "en"

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        labels = []
        for value in values:
            try:
                moment = datetime.fromtimestamp(value, UTC)
            except (OverflowError, OSError, ValueError):
                labels.append("")
                continue
            labels.append(self._label(moment, spacing))
        return labels

    def _label(self, moment: datetime, spacing: float) -> str:
        day = moment.date()
        if spacing >= 365 * DAY_SECONDS:
            return f"{day.year}年" if self.language == "zh_CN" else str(day.year)
        if spacing >= 28 * DAY_SECONDS:
            return format_month(day, self.language, year=day.month == 1)
        if spacing >= DAY_SECONDS:
            if day.day == 1:
                return format_month(day, self.language, year=day.month == 1)
            return f"{day.day}日" if self.language == "zh_CN" else str(day.day)
        return moment.strftime("%H:%M")
