"""The Team window: what a lead sees of a team's weeks, from made-up answers (the window's own
behaviour) and from a real PostgreSQL server through the agent path (the whole way)."""

from __future__ import annotations

import math
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from companion.domain.team import FiguresUnavailable, TeamReading
from companion.ui.charts.team_weeks import TeamWeeksChart
from companion.ui.team_window import TeamWindow
from tests.helpers.clock import FakeClock
from tests.helpers.team_figures import (
    FEW_LOW_WEEK,
    HIDDEN_WEEKS,
    OPEN_LAST,
    THIN_WEEK,
    TRAINING,
    sample_reading,
)

NOW = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)  # a Thursday, 11:00 in Shanghai
OPEN_WEEKS = tuple(range(13 - OPEN_LAST, 13))  # this week and the one before: not closed yet


class Loads:
    """A `load` that answers `sample_reading`, or fails with `failure`, and notes each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, int]] = []
        self.failure: str | None = None

    def __call__(self, team: str | None, weeks: int) -> TeamReading:
        self.calls.append((team, weeks))
        if self.failure is not None:
            raise FiguresUnavailable(self.failure)
        reading = sample_reading(weeks)
        if team is not None and team != reading.figures.team:
            figures = reading.figures
            reading = TeamReading(
                type(figures)(team, figures.min_group, figures.weeks, figures.marks), reading.teams
            )
        return reading


def make_window(qtbot, vocabulary, loads, team: str | None = None, weeks: int = 13):
    from zoneinfo import ZoneInfo

    window = TeamWindow(loads, team, weeks, vocabulary, FakeClock(NOW, ZoneInfo("Asia/Shanghai")))
    qtbot.addWidget(window)
    window.show()
    return window


def read(qtbot, window: TeamWindow) -> None:
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()


def chart(window: TeamWindow, name: str) -> TeamWeeksChart:
    found = window.cards[name].chart
    assert isinstance(found, TeamWeeksChart)
    return found


def cells(table) -> list[list[str]]:
    return table.rows()[1]


def test_hidden_weeks_are_gaps_that_say_why_and_every_point_has_its_people(
    qtbot, vocabulary
) -> None:
    window = make_window(qtbot, vocabulary, Loads())
    read(qtbot, window)
    stress = chart(window, "team-stress")
    values = stress.values()
    gaps = [*HIDDEN_WEEKS, *OPEN_WEEKS]
    assert [index for index, value in enumerate(values) if value is None] == gaps
    line_y = stress.series.yData  # the line is broken at every hidden week, not drawn to 0
    assert all(math.isnan(line_y[index]) for index in gaps)
    shown = [index for index in range(13) if index not in gaps]
    assert not any(math.isnan(line_y[index]) for index in shown)
    people = [item.textItem.toPlainText() for item in stress._items if hasattr(item, "textItem")]
    weeks = window.reading.figures.weeks
    for index in shown:
        assert str(weeks[index].agents) in people
    # every gap's run is wide enough for its words, so the legend need not name them
    assert stress.band_labels_shown() == [
        "fewer than 10 people shared",
        "fewer than 10 people shared",
        "open: published once closed",
    ]
    legend = stress.legend_texts()
    assert legend == ["Mean stress"]
    # a shown week whose exercises are hidden is a faint gap of its own, never a zero; one
    # week of a half-wide chart is too narrow for the words: the legend says them
    exercises = chart(window, "team-exercises")
    assert exercises.thin_weeks() == [weeks[THIN_WEEK].week_start]
    assert "fewer than 10 people had this" not in exercises.band_labels_shown()
    assert "fewer than 10 people had this" in exercises.legend_texts()
    assert stress.thin_weeks() == []
    assert "fewer than 10 people had this" not in legend
    assert window.pages.currentWidget() is window.scroller
    assert "8 of the 11 closed weeks are shown" in window.summary.text()
    table = cells(window.table)
    hidden_rows = [row for row in table if row[1] == "fewer than 10 people shared"]
    assert len(hidden_rows) == len(HIDDEN_WEEKS)
    assert all(row[2:] == [""] * 5 for row in hidden_rows)  # hidden, never zero


OPEN_WORDS = {
    "en": {
        "band": "open: published once closed",
        "cells": [
            "open: published once the week closes (on 15 Dec)",
            "open: published once the week closes (on 8 Dec)",
        ],
        "few": "fewer than 3",
        "summary": (
            "8 of the 11 closed weeks are shown.",
            "A week is published once it closes, 8 days after its Sunday, and never changes",
        ),
        "hint": "Low check-ins read “fewer than 3” when one or two people had one.",
    },
    "zh_CN": {
        "band": "未截止：截止后公布",
        "cells": ["未截止：该周截止后公布（12月15日）", "未截止：该周截止后公布（12月8日）"],
        "few": "少于 3 人",
        "summary": (
            "已截止的 11 周中显示了 8 周。",
            "每周在截止后（周日之后 8 天）公布，此后不再改变",
        ),
        "hint": "只有一两个人自评偏低时，自评偏低比例显示为“少于 3 人”。",
    },
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_open_weeks_say_when_they_are_published_and_one_or_two_low_check_ins_are_no_share(
    qtbot, vocabulary, language
) -> None:
    from companion.ui.i18n import Translations
    from tests.helpers.chinese_punctuation import problems

    said = OPEN_WORDS[language]
    translations = Translations()
    translations.apply(language)
    try:
        window = make_window(qtbot, vocabulary, Loads())
        window.retranslate(language)
        read(qtbot, window)
        weeks = window.reading.figures.weeks
        stress = chart(window, "team-stress")
        # the open weeks are a hatched run of their own that says so, not "fewer than 10"
        assert sorted(stress.open_bands.opts["x"]) == sorted(
            stress.series.xData[index] for index in OPEN_WEEKS
        )
        assert len(stress.bands.opts["x"]) == len(HIDDEN_WEEKS)
        assert said["band"] in stress.band_labels_shown()
        assert said["band"] not in stress.legend_texts()  # its band says it
        table = cells(window.table)  # the latest week first
        assert [row[1] for row in table[:OPEN_LAST]] == said["cells"]
        assert all(row[2:] == [""] * 5 for row in table[:OPEN_LAST])  # nothing, never zero
        assert window.table.columnSpan(0, 1) == 6
        few = table[12 - FEW_LOW_WEEK]
        assert few[0] == window._day(weeks[FEW_LOW_WEEK].week_start)
        assert few[-1] == said["few"]
        assert [row[-1] for row in table if row[-1].endswith("%")] == ["20%"] * 7
        for sentence in said["summary"]:
            assert sentence in window.summary.text()
        assert said["hint"] in window.cards["team-weeks"].hint.text()
        # a year: a two-week band is too narrow for the words, so the legend says them
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.set_weeks(52)
        assert said["band"] not in stress.band_labels_shown()
        assert said["band"] in stress.legend_texts()
        if language == "zh_CN":
            shown = [window.summary.text(), *(card.hint.text() for card in window.cards.values())]
            shown += [cell for row in table for cell in row]
            assert not [text for text in shown if problems(text)]
    finally:
        translations.apply("en")


def test_a_range_of_open_weeks_only_says_nothing_is_published_yet(qtbot, vocabulary) -> None:
    from dataclasses import replace

    def load(_team: str | None, weeks: int) -> TeamReading:
        reading = sample_reading(weeks)
        figures = reading.figures
        still_open = [
            week if not week.closed else replace(week, shown=False, closed=False)
            for week in figures.weeks
        ]
        return TeamReading(replace(figures, weeks=still_open), reading.teams)

    window = make_window(qtbot, vocabulary, load)
    read(qtbot, window)
    assert window.summary.text().startswith(
        "None of these 13 weeks has closed yet, so nothing is published."
    )
    assert window.cards["team-stress"].is_empty
    assert "No closed week in this range" in window.cards["team-stress"].empty.text()


def test_a_hidden_call_type_is_left_out_of_the_quarter_never_worked_out(qtbot, vocabulary):
    window = make_window(qtbot, vocabulary, Loads())
    read(qtbot, window)
    labels = window.categories.getPlotItem().getAxis("left")._tickLevels[0]
    names = [name for _, name in labels]
    assert names[0] == vocabulary.category("complaint", "en")  # the highest stress first
    assert vocabulary.category("other", "en") not in names
    assert "(no call type)" not in names


def test_training_marks_show_before_and_after_only_where_both_sides_pass(qtbot, vocabulary):
    window = make_window(qtbot, vocabulary, Loads())
    read(qtbot, window)
    rows = cells(window.marks)
    trained = next(row for row in rows if row[0] == TRAINING)
    assert trained[2:] == ["19 → 20", "6.1 → 5.2", "2.5 → 2.4", "58% → 66%", "0.71 → 0.93"]
    other = next(row for row in rows if row[0] == "Listening skills")
    assert other[2].startswith("Not shown: in the published weeks before or after, fewer than 10")
    assert window.marks.columnSpan(rows.index(other), 2) == 5
    lines = [item for item in chart(window, "team-stress")._items if hasattr(item, "label")]
    assert {line.label.format for line in lines} >= {TRAINING}


def test_a_server_that_does_not_answer_is_one_line_and_try_again_reads_again(qtbot, vocabulary):
    loads = Loads()
    loads.failure = "the team server at db.example:5432 did not answer within 5 s"
    window = make_window(qtbot, vocabulary, loads)
    read(qtbot, window)
    assert window.pages.currentWidget() is window.message_page
    assert loads.failure in window.message.text()
    assert window.retry_button.isVisible()
    loads.failure = None
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.scroller
    assert "Read from the team server at 11:00" in window.status.text()
    # a later failure keeps the figures, and says they are not fresh
    loads.failure = "password authentication failed for user lead"
    read(qtbot, window)
    assert window.pages.currentWidget() is window.scroller
    assert window.status.text().startswith("Not updated: password authentication failed")


def test_the_keyboard_chooses_the_weeks_and_the_team(qtbot, vocabulary):
    loads = Loads()
    window = make_window(qtbot, vocabulary, loads, team="客服一组")
    read(qtbot, window)
    assert window.team_choice.isEnabled()  # three teams to choose from
    assert [window.team_choice.itemText(i) for i in range(3)] == ["客服一组", "客服二组", "售后组"]
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert loads.calls[-1] == ("客服一组", 52)
    assert window.range_buttons[52].isChecked()
    assert len(chart(window, "team-stress").values()) == 52
    window.team_choice.setFocus()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window.team_choice, Qt.Key.Key_Down)
    assert loads.calls[-1] == ("客服二组", 52)
    assert window.team_choice.currentText() == "客服二组"


def test_an_answer_to_an_older_question_is_dropped(qtbot, vocabulary):
    release = threading.Event()
    loads = Loads()

    def slow_for_the_first_team(team: str | None, weeks: int) -> TeamReading:
        if team == "客服一组":
            release.wait(10)
        return loads(team, weeks)

    window = make_window(qtbot, vocabulary, slow_for_the_first_team, team="客服一组")
    window.refresh()  # waits on the worker until released
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.set_team("售后组")
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)  # the old answer has been sent
    qtbot.wait(50)  # and delivered to the window's thread
    assert [team for team, _weeks in loads.calls] == ["售后组", "客服一组"]
    assert window.reading.figures.team == "售后组"
    assert window.team_choice.currentText() == "售后组"


# -- the whole way: agents send through the agent path, the lead reads through the window ----


@pytest.fixture(scope="module")
def team_server(postgres) -> tuple[str, str]:
    from companion.team.lead import add_mark
    from companion.team.schema import AGENT_ROLE, LEAD_ROLE, add_team, assign_lead
    from tests.helpers.team_data import TEAM, TRAINING_DAY, seed_team, server_clock_sql
    from tests.helpers.team_data import TRAINING as MARKED

    logins = {"view_agent": AGENT_ROLE, "view_lead": LEAD_ROLE}
    name = postgres.new_team_database("view", 10, logins)
    add_team(postgres.url(database=name), TEAM)
    assign_lead(postgres.url(database=name), "view_lead", TEAM)

    def clock(day: date) -> None:
        postgres.psql(server_clock_sql(day), database=name)

    seed_team(lambda: postgres.new_agent(name), date(2026, 12, 2), clock=clock)
    clock(NOW.date())  # the window's Thursday: this week and the one before are open
    add_mark(postgres.url("view_lead", name), TEAM, TRAINING_DAY, MARKED)
    return postgres.url("view_agent", name), postgres.url("view_lead", name)


def open_view(qtbot, url: str, language: str = "en") -> TeamWindow:
    from zoneinfo import ZoneInfo

    from companion.cli.team_view import open_team_window
    from companion.settings import Settings

    clock = FakeClock(NOW, ZoneInfo("Asia/Shanghai"))
    window = open_team_window(Settings(), url, None, 13, language, clock)
    qtbot.addWidget(window)
    read(qtbot, window)
    return window


def test_the_lead_sees_the_team_the_server_shows_and_no_less_than_the_threshold(qtbot, team_server):
    from tests.helpers.team_data import AWAY_WEEKS, TEAM, TRAINING

    _agent, lead = team_server
    window = open_view(qtbot, lead)
    figures = window.reading.figures
    assert figures.team == TEAM  # the only team, chosen without team.name
    assert figures.min_group == 10
    hidden = [week.week_start for week in figures.weeks if week.closed and not week.shown]
    assert hidden == list(AWAY_WEEKS)  # only seven of sixteen shared in the holiday
    still_open = [week.week_start for week in figures.weeks if not week.closed]
    assert still_open == [date(2026, 11, 23), date(2026, 11, 30)]
    assert not any(week.shown or week.agents for week in figures.weeks if not week.closed)
    assert all(week.agents == 16 for week in figures.weeks if week.shown)
    assert chart(window, "team-stress").values().count(None) == 4
    assert [row[1] for row in cells(window.table)[:2]] == [
        "open: published once the week closes (on 15 Dec)",
        "open: published once the week closes (on 8 Dec)",
    ]
    names = [name for _, name in window.categories.getPlotItem().getAxis("left")._tickLevels[0]]
    assert names[0] == "complaint"  # the highest stress of the shown call types
    assert "abusive call" not in names and "abusive" not in names  # four people: hidden
    mark = next(row for row in cells(window.marks) if row[0] == TRAINING)
    before, after = (float(value) for value in mark[3].split(" → "))
    assert after < before  # the made-up training helped, and both sides pass
    assert window.isVisible()


def test_an_agent_login_cannot_open_the_team_view(qtbot, team_server):
    agent, _lead = team_server
    window = open_view(qtbot, agent)
    assert window.reading is None
    assert window.pages.currentWidget() is window.message_page
    message = window.message.text()
    assert "only a lead's login can" in message and "permission denied" in message
    assert "\n" not in message.split(":\n", 1)[1]  # one line


def test_a_server_that_is_not_there_is_said_in_a_few_seconds(qtbot, team_server):
    window = open_view(qtbot, "postgresql://lead:secret@127.0.0.1:1/companion_team")
    assert window.failure is not None
    assert "secret" not in window.message.text()
    assert window.retry_button.isVisible()


def test_the_team_window_speaks_chinese(qtbot, team_server):
    from tests.helpers.chinese_punctuation import problems

    _agent, lead = team_server
    window = open_view(qtbot, lead, "zh_CN")
    try:
        assert window.windowTitle() == "团队 · 心伴"
        for text in (
            window.summary.text(),
            window.status.text(),
            *(card.hint.text() for card in window.cards.values()),
        ):
            assert not problems(text), text
        bands = " ".join(chart(window, "team-stress").band_labels_shown())
        assert "少于 10 人分享" in bands and "未截止：截止后公布" in bands
        assert cells(window.table)[0][1] == "未截止：该周截止后公布（12月15日）"
    finally:
        window.speech.translations.apply("en")


def test_a_card_exports_from_its_menu_and_the_next_export_starts_there(
    qtbot, vocabulary, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, vocabulary, Loads())
    read(qtbot, window)
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    window.cards["team-weeks"].csv_action.trigger()
    assert asked == [str(Path.home() / "companion-team-weeks-2026-12-03.csv")]
    saved = (tmp_path / "companion-team-weeks-2026-12-03.csv").read_text(encoding="utf-8-sig")
    assert saved.startswith("Week of,People,Mean stress")
    window.cards["team-stress"].png_action.trigger()
    assert asked[1] == str(tmp_path / "companion-team-stress-2026-12-03.png")
    assert (tmp_path / "companion-team-stress-2026-12-03.png").stat().st_size > 0
