"""What the Team window says in words: the summary of the weeks shown, the cells of its tables
(the weeks, the training marks), all translated in the "TeamWords" context."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from companion.domain.team import CLOSE_AFTER_DAYS, LOW_FEW, TeamFigures, TeamWeek, TrainingMark


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def hidden_words(min_group: int) -> str:
    return QCoreApplication.translate("TeamWords", "fewer than %1 people shared").replace(
        "%1", str(min_group)
    )


def open_words() -> str:
    """A week still open: nothing of it is published until it closes."""
    return QCoreApplication.translate("TeamWords", "open: published once closed")


def closes_on(week: TeamWeek) -> date:
    """The first day a week is closed, and so published: once CLOSE_AFTER_DAYS days have
    passed after its Sunday (the server's day, in UTC)."""
    return week.week_start + timedelta(days=7 + CLOSE_AFTER_DAYS)


def open_week_words(week: TeamWeek, day: Callable[[date], str]) -> str:
    """An open week's row of the table: when it will be published (`day` writes the date)."""
    return QCoreApplication.translate(
        "TeamWords", "open: published once the week closes (on %1)"
    ).replace("%1", day(closes_on(week)))


def low_few_words() -> str:
    """The low check-ins of a week when one or two people had one."""
    return QCoreApplication.translate("TeamWords", "fewer than %1").replace("%1", str(LOW_FEW))


def thin_words(min_group: int) -> str:
    """A shown week whose figure is hidden: fewer people had one (logged, took a break, did an
    exercise) than the smallest group."""
    return QCoreApplication.translate("TeamWords", "fewer than %1 people had this").replace(
        "%1", str(min_group)
    )


def summary(figures: TeamFigures) -> str:
    """A few sentences on the weeks shown: how many closed weeks passed the threshold, how many
    people shared in the latest of them and its mean stress; when a week is published, and the
    threshold."""
    closed = [week for week in figures.weeks if week.closed]
    shown = [week for week in closed if week.shown]
    if not closed:
        said = QCoreApplication.translate(
            "TeamWords", "None of these %1 weeks has closed yet, so nothing is published."
        ).replace("%1", str(len(figures.weeks)))
    elif not shown:
        said = (
            QCoreApplication.translate(
                "TeamWords", "Of the %1 closed weeks, none had %2 or more people sharing."
            )
            .replace("%1", str(len(closed)))
            .replace("%2", str(figures.min_group))
        )
    else:
        latest = shown[-1]
        said = (
            QCoreApplication.translate(
                "TeamWords",
                "%1 of the %2 closed weeks are shown. In the latest, %3 people shared; mean "
                "stress %4.",
            )
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(closed)))
            .replace("%3", str(latest.agents))
            .replace("%4", number(latest.mean_stress))
        )
    published = QCoreApplication.translate(
        "TeamWords",
        "A week is published once it closes, %1 days after its Sunday, and never changes "
        "after: days sent late, edits and withdrawals leave it as it was.",
    ).replace("%1", str(CLOSE_AFTER_DAYS))
    rule = QCoreApplication.translate(
        "TeamWords",
        "Every figure here is over at least %1 people; a week or a call type with fewer is "
        "hidden, never shown as zero.",
    ).replace("%1", str(figures.min_group))
    return run_on(said, published, rule)


def run_on(*sentences: str) -> str:
    """Sentences one after another: a space between them in English, none in Chinese."""
    both = QCoreApplication.translate("TeamWords", "%1 %2", "one sentence, then another")
    between = both.replace("%1", "", 1).replace("%2", "", 1)
    return between.join(sentences)


def week_headers() -> list[str]:
    return [
        QCoreApplication.translate("TeamWords", "Week of"),
        QCoreApplication.translate("TeamWords", "People"),
        QCoreApplication.translate("TeamWords", "Mean stress"),
        QCoreApplication.translate("TeamWords", "Entries per person-day"),
        QCoreApplication.translate("TeamWords", "Breaks taken"),
        QCoreApplication.translate("TeamWords", "Exercises"),
        QCoreApplication.translate("TeamWords", "Low check-ins"),
    ]


def week_cells(week: TeamWeek, min_group: int, day: Callable[[date], str]) -> list[str]:
    """A week's row of the table, after its first cell (the date); an open or a hidden week's
    is one sentence (the table spans it). `day` writes the date an open week closes."""
    if not week.closed:
        return [open_week_words(week, day)]
    if not week.shown:
        return [hidden_words(min_group)]
    taken = (
        "–"
        if week.break_uptake is None
        else f"{percent(week.break_uptake)} ({week.breaks_taken}/{week.breaks_offered})"
    )
    return [
        str(week.agents),
        number(week.mean_stress),
        number(week.entries_per_agent_day),
        taken,
        "–" if week.exercises is None else str(week.exercises),
        low_few_words() if week.checkin_low_few else percent(week.checkin_low_share),
    ]


def mark_headers() -> list[str]:
    return [
        QCoreApplication.translate("TeamWords", "Training"),
        QCoreApplication.translate("TeamWords", "Date"),
        QCoreApplication.translate("TeamWords", "People"),
        QCoreApplication.translate("TeamWords", "Mean stress"),
        QCoreApplication.translate("TeamWords", "Entries per person-day"),
        QCoreApplication.translate("TeamWords", "Breaks taken"),
        QCoreApplication.translate("TeamWords", "Exercises per person-day"),
    ]


def mark_cells(mark: TrainingMark) -> list[str] | None:
    """Each measure as "before → after" (four weeks each side), or None when the mark is not
    shown (a side under the threshold)."""
    before, after = mark.before, mark.after
    if not mark.shown or before is None or after is None:
        return None

    def pair(first: str, second: str) -> str:
        return f"{first} → {second}"

    return [
        pair(str(before.agents), str(after.agents)),
        pair(number(before.mean_stress), number(after.mean_stress)),
        pair(number(before.entries_per_agent_day), number(after.entries_per_agent_day)),
        pair(percent(before.break_uptake), percent(after.break_uptake)),
        pair(number(before.exercises_per_agent_day, 2), number(after.exercises_per_agent_day, 2)),
    ]


def mark_not_shown(min_group: int) -> str:
    return QCoreApplication.translate(
        "TeamWords",
        "Not shown: in the published weeks before or after, fewer than %1 people shared.",
    ).replace("%1", str(min_group))


def marks_hint() -> str:
    return QCoreApplication.translate(
        "TeamWords",
        "Each training mark compares the four weeks before it with the four weeks after "
        "(before → after), from published weeks only, where both sides pass the threshold.",
    )
