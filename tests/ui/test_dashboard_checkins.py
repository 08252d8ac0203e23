"""The dashboard's wellbeing check-in card: empty, and the scores over time with the low line."""

from __future__ import annotations

import csv
import uuid
from datetime import timedelta

import pytest

from companion.domain.checkin import CheckIn
from companion.domain.mood import make_mood_input
from companion.ui.dashboard import DashboardWindow


@pytest.fixture
def window(qtbot, store, clock, vocabulary):
    shown = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        vocabulary,
        lambda kind, language: kind,
    )
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    return shown


def test_without_check_ins_the_card_says_how_to_start(qtbot, window, store, clock):
    now = clock.now()
    store.add_mood(make_mood_input(at=now - timedelta(hours=1), now=now, stress=4))
    window.refresh()
    card = window.cards["wellbeing"]
    assert card.title.text() == "Wellbeing check-in"
    assert card.is_empty
    assert "Weekly check-in" in card.empty.text()
    assert window.board is not None and window.board.check_ins == []


def test_check_ins_show_as_scores_with_the_low_line(qtbot, window, store, clock, tmp_path):
    now = clock.now()
    for weeks_ago, answers in ((2, (3, 3, 3, 3, 3)), (1, (2, 2, 2, 3, 2)), (0, (4, 4, 4, 4, 4))):
        store.add_check_in(CheckIn(uuid.uuid4(), now - timedelta(weeks=weeks_ago), answers))
    store.add_check_in(CheckIn(uuid.uuid4(), now - timedelta(weeks=10), (5,) * 5))  # before 4w
    window.refresh()
    window.show()
    assert window.pages.currentWidget() is window.scroller  # check-ins alone are enough
    card = window.cards["wellbeing"]
    assert not card.is_empty
    assert window.board is not None
    assert [score for _day, score in window.board.check_ins] == [60, 44, 80]
    assert window.board.check_ins[-1][0] == now.astimezone(clock.local_zone()).date()
    _xs, ys = window.wellbeing.line.getData()
    assert list(ys) == [60, 44, 80]
    _tx, ty = window.wellbeing.threshold.getData()
    assert set(ty) == {52}
    path = tmp_path / "wellbeing.csv"
    card.save_csv(path)
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["date", "wellbeing_0_100"]
    assert [row[1] for row in rows[1:]] == ["60", "44", "80"]
    # "All" starts at the first mood entry.
    store.add_mood(make_mood_input(at=now - timedelta(weeks=11), now=now, stress=4))
    window.set_preset("all")
    assert [score for _day, score in window.board.check_ins] == [100, 60, 44, 80]
