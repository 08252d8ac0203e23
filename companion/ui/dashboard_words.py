"""What the trends dashboard says: each chart card's title and how to read it, and the summary
above the charts (this week against the last, the hardest hour and calls, breaks in a row).

The words belong to the dashboard's window, so they are translated in its context
("DashboardWindow"), as when the window said them itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from companion.domain.trends import Dashboard, most_stressful_group, most_stressful_hour
from companion.ui.charts import entries_phrase, mean_text


def card_texts() -> dict[str, tuple[str, str]]:
    """Each card's title and the line on how to read it, by the card's name."""
    return {
        "stress-over-time": (
            QCoreApplication.translate("DashboardWindow", "Stress over time"),
            QCoreApplication.translate(
                "DashboardWindow",
                "Dots: each day's mean (bigger dots stand on more entries). "
                "Lines: the mean of the last 7 days, and of each week. "
                "Below: entries per day. Click a dot, or use ← → and Enter, to see its "
                "entries.",
            ),
        ),
        "weekday-hour": (
            QCoreApplication.translate("DashboardWindow", "When stress rises"),
            QCoreApplication.translate(
                "DashboardWindow",
                "Mean stress by weekday and hour (the number in a cell). "
                "Click a cell, or use the arrow keys and Enter, to see its entries.",
            ),
        ),
        "call-types": (
            QCoreApplication.translate("DashboardWindow", "By call type"),
            QCoreApplication.translate(
                "DashboardWindow", "Mean stress per call type, with how many entries it stands on."
            ),
        ),
        "emotions": (
            QCoreApplication.translate("DashboardWindow", "By emotion"),
            QCoreApplication.translate(
                "DashboardWindow", "Mean stress of the entries naming each emotion."
            ),
        ),
        "breaks": (
            QCoreApplication.translate("DashboardWindow", "Breaks per week"),
            QCoreApplication.translate(
                "DashboardWindow", "What became of each break Companion offered."
            ),
        ),
        "what-helps": (
            QCoreApplication.translate("DashboardWindow", "What helps"),
            QCoreApplication.translate(
                "DashboardWindow",
                "Exercises: distress before and after (0–10); thought records: the strongest "
                "emotion before and after, on the same scale. Breaks: mean stress of the "
                "entries logged within an hour after a break taken, ended early or skipped.",
            ),
        ),
        "wellbeing": (
            QCoreApplication.translate("DashboardWindow", "Wellbeing check-in"),
            QCoreApplication.translate(
                "DashboardWindow",
                "Each weekly check-in's WHO-5 score (0–100; higher means better wellbeing). "
                "The dashed line marks 52: below it, talking with someone can help.",
            ),
        ),
        "goals": (
            QCoreApplication.translate("DashboardWindow", "Weekly goals"),
            QCoreApplication.translate(
                "DashboardWindow",
                "Your plan's goals, week by week with this week first, from what Companion "
                "recorded (✓ reached; – no break offered that week).",
            ),
        ),
    }


def summary_text(board: Dashboard, category_label: Callable[[str | None], str]) -> str:
    """The summary above the charts, one bullet a sentence (rich text)."""
    lines = [_week_sentence(board)]
    hour = most_stressful_hour(board.cells)
    if hour is not None:
        lines.append(
            QCoreApplication.translate(
                "DashboardWindow", "Stress runs highest around %1 (mean %2, %3)."
            )
            .replace("%1", f"{hour.hour:02d}:00–{(hour.hour + 1) % 24:02d}:00")
            .replace("%2", mean_text(hour.mean))
            .replace("%3", entries_phrase(hour.entries))
        )
    group = most_stressful_group(board.categories)
    if group is not None and group.code is not None:
        lines.append(
            QCoreApplication.translate(
                "DashboardWindow", "The most stressful call type: %1 (mean %2, %3)."
            )
            .replace("%1", category_label(group.code))
            .replace("%2", mean_text(group.mean))
            .replace("%3", entries_phrase(group.entries))
        )
    if board.breaks:
        run = board.longest_taken_run
        lines.append(
            QCoreApplication.translate(
                "DashboardWindow", "Longest run of breaks taken: %1 in a row."
            ).replace("%1", str(run))
            if run
            else QCoreApplication.translate(
                "DashboardWindow", "No break was taken in this range yet."
            )
        )
    return "<br>".join(f"• {line}" for line in lines)


def _week_sentence(board: Dashboard) -> str:
    this, last = board.this_week, board.last_week
    if this.mean is None and last.mean is None:
        return QCoreApplication.translate("DashboardWindow", "No entries this week or last week.")
    if this.mean is None:
        assert last.mean is not None
        return QCoreApplication.translate(
            "DashboardWindow", "No entries yet this week; last week's mean stress was %1."
        ).replace("%1", mean_text(last.mean))
    now = mean_text(this.mean)
    count = entries_phrase(this.entries)
    if last.mean is None:
        return (
            QCoreApplication.translate(
                "DashboardWindow",
                "This week: mean stress %1 (%2); nothing logged last week to compare.",
            )
            .replace("%1", now)
            .replace("%2", count)
        )
    before = mean_text(last.mean)
    if now == before:
        sentence = QCoreApplication.translate(
            "DashboardWindow", "This week: mean stress %1 (%2), the same as last week."
        )
    elif this.mean < last.mean:
        sentence = QCoreApplication.translate(
            "DashboardWindow", "This week: mean stress %1 (%2), down from %3 last week."
        )
    else:
        sentence = QCoreApplication.translate(
            "DashboardWindow", "This week: mean stress %1 (%2), up from %3 last week."
        )
    return sentence.replace("%1", now).replace("%2", count).replace("%3", before)
