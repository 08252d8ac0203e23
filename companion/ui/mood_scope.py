"""The scope the mood log is opened on (by the dashboard) in words: its dates, weekday and hour.

The words belong to the mood log's window, so they are translated in its context
("HistoryWindow"), as when the window said them itself.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from companion.domain.mood import MoodFilter


def scope_in_words(flt: MoodFilter, language: str, zone: tzinfo) -> str:
    """The dates, weekday and hour of `flt` in words, in `language`:
    "Tue 24 Nov 2026", "Mondays, 15:00–16:00" ("周一 15:00–16:00")."""
    chinese = language == "zh_CN"
    parts = []
    if flt.since is not None or flt.until is not None:
        parts.append(_describe_dates(flt.since, flt.until, chinese, zone))
    slot = []
    if flt.weekday is not None:
        slot.append(_weekdays()[flt.weekday % 7])
    if flt.hour is not None:
        slot.append(f"{flt.hour:02d}:00–{flt.hour + 1:02d}:00")
    if slot:
        parts.append(" ".join(slot) if chinese else ", ".join(slot))
    return " · ".join(parts)


def _weekdays() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("HistoryWindow", "Mondays"),
        QCoreApplication.translate("HistoryWindow", "Tuesdays"),
        QCoreApplication.translate("HistoryWindow", "Wednesdays"),
        QCoreApplication.translate("HistoryWindow", "Thursdays"),
        QCoreApplication.translate("HistoryWindow", "Fridays"),
        QCoreApplication.translate("HistoryWindow", "Saturdays"),
        QCoreApplication.translate("HistoryWindow", "Sundays"),
    )


def _describe_dates(
    since: datetime | None, until: datetime | None, chinese: bool, zone: tzinfo
) -> str:
    locale = QLocale(QLocale.Language.Chinese if chinese else QLocale.Language.English)
    local_since = since.astimezone(zone) if since is not None else None
    local_until = until.astimezone(zone) if until is not None else None
    whole_days = all(
        moment is None or moment.time() == time(0) for moment in (local_since, local_until)
    )

    def day(moment: datetime, weekday: bool = False) -> str:
        when = QDate(moment.year, moment.month, moment.day)
        if chinese:
            return locale.toString(when, "yyyy年M月d日 ddd" if weekday else "yyyy年M月d日")
        return locale.toString(when, "ddd d MMM yyyy" if weekday else "d MMM yyyy")

    def moment_text(moment: datetime) -> str:
        return day(moment) if whole_days else f"{day(moment)} {moment:%H:%M}"

    if local_since is not None and local_until is not None:
        if whole_days:
            last = local_until - timedelta(days=1)
            if last.date() == local_since.date():
                return day(local_since, weekday=True)
            return f"{day(local_since)} – {day(last)}"
        return f"{moment_text(local_since)} – {moment_text(local_until)}"
    if local_since is not None:
        return QCoreApplication.translate("HistoryWindow", "Since %1").replace(
            "%1", moment_text(local_since)
        )
    assert local_until is not None
    return QCoreApplication.translate("HistoryWindow", "Before %1").replace(
        "%1", moment_text(local_until)
    )
