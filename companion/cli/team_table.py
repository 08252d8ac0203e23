"""A team's weekly figures as a table for the terminal."""

from __future__ import annotations

from datetime import timedelta

from companion.domain.shown_text import harmless
from companion.domain.team import CLOSE_AFTER_DAYS, LOW_FEW, TeamFigures


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _number(value: float | int | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def print_figures(figures: TeamFigures) -> None:
    team = harmless(figures.team)  # the server's words: shown, never obeyed
    print(
        f"team {team}: a week is published once closed ({CLOSE_AFTER_DAYS} days after its "
        f"Sunday) and never changes; weeks with fewer than {figures.min_group} people are hidden"
    )
    print(
        f"{'week':10}  {'agents':>6}  {'stress':>6}  {'entries/day':>11}  "
        f"{'breaks taken':>12}  {'exercises':>9}  {'low check-ins':>13}"
    )
    for week in figures.weeks:
        if not week.closed:
            published = week.week_start + timedelta(days=7 + CLOSE_AFTER_DAYS)
            print(f"{week.week_start}  open (published on {published})")
            continue
        if not week.shown:
            print(f"{week.week_start}  hidden (fewer than {figures.min_group} people shared)")
            continue
        uptake = week.break_uptake
        taken = "-" if uptake is None else f"{week.breaks_taken}/{week.breaks_offered}"
        low = week.checkin_low_share
        low_text = f"fewer than {LOW_FEW}" if week.checkin_low_few else _percent(low)
        print(
            f"{week.week_start}  {_number(week.agents):>6}  {_number(week.mean_stress):>6}  "
            f"{_number(week.entries_per_agent_day):>11}  {taken:>12}  "
            f"{_number(week.exercises):>9}  {low_text:>13}"
        )
        cells = week.by_category or {}
        if cells:
            shown = ", ".join(
                harmless(code)
                + f" {'hidden' if cell is None else f'{cell.mean_stress:.1f} ({cell.entries})'}"
                for code, cell in cells.items()
            )
            print(f"{'':10}  by call type: {shown}")
    for mark in figures.marks:
        print(f"mark {mark.day} {harmless(mark.label)}:", end=" ")
        if not mark.shown or mark.before is None or mark.after is None:
            print(f"hidden (fewer than {figures.min_group} people on a side)")
            continue
        before, after = mark.before, mark.after
        print(
            f"stress {_number(before.mean_stress)} -> {_number(after.mean_stress)}, "
            f"n {before.agents} / {after.agents}, weeks {before.weeks} / {after.weeks}"
        )
