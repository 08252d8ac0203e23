"""Dates on the charts' axes: where a local day sits, and a date axis in the reader's
language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pyqtgraph as pg

from companion.domain.timefmt import format_month

DAY_SECONDS = 86400


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
