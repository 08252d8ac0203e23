"""Check-ins and the action plan's goals in a real store."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from companion.domain.checkin import CheckIn
from companion.domain.clock import FixedClock
from companion.domain.goals import InvalidGoal
from companion.paths import AppPaths
from companion.storage.store import open_store
from tests.helpers.store_template import place_new_store

NOW = datetime(2026, 11, 23, 6, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    opened, _ = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), FixedClock(NOW))
    yield opened
    opened.close()


def test_check_ins_are_kept_with_their_answers(store):
    first = CheckIn(uuid.uuid4(), NOW - timedelta(days=7), (3, 3, 2, 2, 3))
    second = CheckIn(uuid.uuid4(), NOW, (1, 4, 4, 4, 4))
    store.add_check_in(second)
    store.add_check_in(first)
    found = store.check_ins_between()
    assert [c.id for c in found] == [first.id, second.id]
    assert found[0].answers == (3, 3, 2, 2, 3) and found[0].score.percent == 52
    assert store.latest_check_in() == second and second.score.low
    assert store.check_ins_between(since=NOW) == [second]
    with pytest.raises(ValueError):
        store.add_check_in(CheckIn(uuid.uuid4(), NOW, (6, 0, 0, 0, 0)))
    assert len(store.check_ins_between()) == 2


def test_goals_are_chosen_changed_and_removed(store):
    assert store.goals() == []
    store.set_goal("reframing", 2)
    store.set_goal("breaks_taken", 80)
    assert [(g.code, g.target) for g in store.goals()] == [("breaks_taken", 80), ("reframing", 2)]
    changed = store.set_goal("breaks_taken", 60)
    assert changed.target == 60 and changed.since == NOW
    with pytest.raises(InvalidGoal):
        store.set_goal("breaks_taken", 101)
    with pytest.raises(InvalidGoal):
        store.set_goal("meditate", 1)
    assert store.remove_goal("reframing") and not store.remove_goal("reframing")
    assert [g.code for g in store.goals()] == ["breaks_taken"]
