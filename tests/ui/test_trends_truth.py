"""Every figure the trends window draws equals the figure the command line computes.

A 12-week demo history on a real store (`companion demo`'s generator, the real clock, local
time Shanghai); the window shows its 12 weeks; `companion stats` and `companion list`, run as
the agent would run them, give the weekly means, the breaks of each week and every entry. The
charts' figures are read from what pyqtgraph holds and will draw: each line's points (with its
step mode and connections), the dots, the stacked bars.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
import pytest

from companion.cli import main
from companion.demo import fill_demo_home
from companion.domain.clock import SYSTEM_CLOCK
from companion.domain.trends import BREAK_OUTCOMES, PeriodMean, monday_of
from companion.paths import AppPaths
from companion.storage.store import open_store
from companion.ui.charts import StressOverTime
from companion.ui.charts.axes import DAY_SECONDS, day_stamp, stamp_day
from companion.ui.dashboard import DashboardWindow

WEEKS = 12


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    """`companion ARGV...` in this process; its standard output read as JSON."""
    try:
        code = main(list(argv))
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):  # the command's log file (one per real process)
            if isinstance(handler, logging.FileHandler):
                root.removeHandler(handler)
                handler.close()
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


@pytest.fixture
def demo_home(home: AppPaths, local_tz: Callable[[str], None]) -> Iterator[AppPaths]:
    local_tz("Asia/Shanghai")
    level = logging.getLogger().level
    fill_demo_home(home.data_dir, SYSTEM_CLOCK, weeks=WEEKS, seed=7)
    yield home
    logging.getLogger().setLevel(level)


@pytest.fixture
def window(qtbot, demo_home: AppPaths, vocabulary) -> Iterator[DashboardWindow]:
    store, _report = open_store(AppPaths(demo_home.data_dir, demo_home.config_dir), SYSTEM_CLOCK)
    shown = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        SYSTEM_CLOCK,
        vocabulary,
        lambda kind, language: kind,
    )
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.set_preset("12w")
    shown.show()
    yield shown
    shown.close()
    store.close()


def drawn_at(item: pg.PlotDataItem, x: float) -> list[float]:
    """The heights at which `item` draws a line through `x`: its points as pyqtgraph holds
    them, stepped as its step mode steps them, joined as its `connect` joins them (vertical
    risers left out: they have no single height)."""
    curve = item.curve
    xs, ys = curve.getData()
    if xs is None or len(xs) == 0:
        return []
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    step = curve.opts.get("stepMode")
    if step:
        xs, ys = curve._generateStepModeData(step, xs, ys, baseline=None)
    connect = curve.opts.get("connect", "all")
    if isinstance(connect, np.ndarray):
        joined = connect[:-1].astype(bool)
    elif connect == "pairs":
        joined = np.arange(len(xs) - 1) % 2 == 0
    else:  # "all" and "finite" (a NaN point breaks the line either way)
        joined = np.ones(len(xs) - 1, dtype=bool)
    found = []
    for i in np.flatnonzero(joined):
        x0, x1, y0, y1 = xs[i], xs[i + 1], ys[i], ys[i + 1]
        if not np.isfinite([x0, x1, y0, y1]).all() or x0 == x1:
            continue
        if min(x0, x1) <= x <= max(x0, x1):
            found.append(float(y0 + (y1 - y0) * (x - x0) / (x1 - x0)))
    return found


def entries_by_day(capsys: pytest.CaptureFixture[str], first: date, last: date) -> dict:
    listed = run_cli(
        capsys, "list", "--since", first.isoformat(), "--until", last.isoformat(),
        "--format", "json",
    )  # fmt: skip
    assert isinstance(listed, list) and listed
    days: dict[date, list[int]] = defaultdict(list)
    for entry in listed:
        days[datetime.fromisoformat(entry["at"]).date()].append(entry["stress"])
    return days


def test_each_weeks_mean_is_drawn_over_its_own_monday_to_sunday(window, capsys):
    """The 9–15 Nov segment showed the next week's mean (4.3, not 5.25): each week's dashed
    segment now shows that week's mean, as `companion stats` gives it, from Monday to Sunday."""
    weeks = run_cli(capsys, "stats", "--weeks", str(WEEKS), "--format", "json")
    assert isinstance(weeks, list) and len(weeks) == WEEKS
    assert window.board is not None and window.board.range.first == date.fromisoformat(
        weeks[0]["week_start"]
    )
    line = window.over_time.weekly_line
    drawn_weeks = 0
    for week in weeks:
        monday = date.fromisoformat(week["week_start"])
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if day > window.board.range.last:
                continue  # this week's days to come: the line ends today
            heights = drawn_at(line, day_stamp(day))
            if week["mean_stress"] is None:
                assert heights == [], f"a weekly mean drawn over {day}, a week without entries"
                continue
            assert heights, f"no weekly mean over {day}"
            assert all(abs(h - week["mean_stress"]) < 0.006 for h in heights), (
                f"{day}: drawn {heights}, `companion stats` says {week['mean_stress']} for the "
                f"week of {monday}"
            )
        drawn_weeks += week["mean_stress"] is not None
    assert drawn_weeks >= WEEKS - 1  # the demo logs every week


def test_the_daily_and_rolling_means_are_the_entries_means(window, capsys):
    span = window.board.range
    days = entries_by_day(capsys, span.first, span.last)
    chart = window.over_time
    xs, ys = chart.dots.getData()
    drawn = {round(x): y for x, y in zip(xs, ys, strict=True)}
    assert set(drawn) == {round(day_stamp(day)) for day in days}
    for day, stresses in days.items():
        assert drawn[round(day_stamp(day))] == pytest.approx(sum(stresses) / len(stresses))
    day = min(days)
    while day <= max(days):  # the 7-day line runs from the first day with entries to the last
        week = [s for back in range(7) for s in days.get(day - timedelta(days=back), [])]
        heights = drawn_at(chart.rolling_line, day_stamp(day))
        if week:
            assert heights and all(h == pytest.approx(sum(week) / len(week)) for h in heights), (
                f"{day}: drawn {heights}"
            )
        day += timedelta(days=1)


def test_each_weeks_breaks_stand_on_their_own_week(window, capsys):
    weeks = run_cli(capsys, "stats", "--weeks", str(WEEKS), "--format", "json")
    stacks = window.breaks.stacks
    found: dict[date, dict[str, int]] = defaultdict(dict)
    for outcome in BREAK_OUTCOMES:
        opts = stacks[outcome].opts
        for x, height in zip(opts["x"], opts["height"], strict=True):
            left, right = x - opts["width"] / 2, x + opts["width"] / 2
            monday = monday_of(stamp_day(x))
            assert (
                day_stamp(monday) - DAY_SECONDS / 2
                <= left
                < right
                <= day_stamp(monday) + (6.5 * DAY_SECONDS)
            )
            if height:
                found[monday][outcome] = int(height)
    expected = {
        date.fromisoformat(week["week_start"]): week["breaks"] for week in weeks if week["breaks"]
    }
    assert found == expected


def test_a_week_without_entries_has_no_weekly_mean_and_a_custom_range_keeps_to_its_days(qtbot):
    chart = StressOverTime()
    qtbot.addWidget(chart)
    first, last = date(2026, 11, 4), date(2026, 11, 25)  # a Wednesday to a Wednesday
    weekly = [
        PeriodMean(date(2026, 11, 2), 6.0, 3),
        PeriodMean(date(2026, 11, 16), 4.0, 2),  # nothing logged in the week of 9 Nov
        PeriodMean(date(2026, 11, 23), 5.0, 1),
    ]
    chart.set_data([], [], weekly, first, last)
    line = chart.weekly_line
    assert drawn_at(line, day_stamp(date(2026, 11, 3))) == []  # before the range
    assert drawn_at(line, day_stamp(date(2026, 11, 4))) == [6.0]
    assert drawn_at(line, day_stamp(date(2026, 11, 8))) == [6.0]
    assert drawn_at(line, day_stamp(date(2026, 11, 12))) == []  # no riser across the gap
    assert drawn_at(line, day_stamp(date(2026, 11, 16))) == [4.0]
    assert drawn_at(line, day_stamp(date(2026, 11, 22))) == [4.0]
    assert drawn_at(line, day_stamp(date(2026, 11, 23))) == [5.0]
    assert drawn_at(line, day_stamp(date(2026, 11, 26))) == []  # after the range
