"""Thought records and exercise uses in a real store."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.domain.thoughts import (
    EmotionRating,
    Evidence,
    ExerciseUse,
    InvalidThought,
    ThoughtRecord,
    distress_on_ten,
)
from companion.paths import AppPaths
from companion.storage.store import open_store
from tests.helpers.store_template import place_new_store

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    opened, _ = open_store(place_new_store(AppPaths(tmp_path, tmp_path)), FixedClock(NOW))
    yield opened
    opened.close()


def record(**values) -> ThoughtRecord:
    base = {
        "id": uuid.uuid4(),
        "created_at": NOW,
        "updated_at": NOW,
        "automatic_thought": "客户又给差评,肯定是我做得不好",
    }
    base.update(values)
    return ThoughtRecord(**base)


def test_every_field_round_trips(store):
    entry = store.add_mood(make_mood_input(at=NOW, now=NOW, stress=8))
    full = record(
        situation="客户说物流太慢,要求退款 📦",
        emotions_before=(EmotionRating("wronged", 80), EmotionRating("angry", 55)),
        distortions=("personalization", "absolutist"),
        evidence=(
            Evidence("personalization", "我回复慢了两分钟", "延误是快递的问题\n不是我能控制的"),
            Evidence("absolutist", "", "上周有三位客户道谢"),
        ),
        balanced_thought="这是流程问题,我可以给客户换一种解决办法。",
        belief=70,
        emotions_after=(EmotionRating("wronged", 40), EmotionRating("calm", 30)),
        is_draft=False,
        step=6,
        mood_entry_id=entry.id,
    )
    store.save_thought(full)
    assert store.get_thought(full.id) == full
    assert distress_on_ten(full.emotions_before) == 8.0
    assert distress_on_ten(full.emotions_after) == 4.0


def test_a_draft_is_saved_again_and_again_then_finished(store):
    draft = record(automatic_thought="", step=0)
    store.save_thought(draft)
    for step, thought in enumerate(["我", "我总是", "我总是搞砸退款"], start=1):
        draft = record(
            id=draft.id,
            automatic_thought=thought,
            step=step,
            updated_at=NOW + timedelta(seconds=step),
        )
        store.save_thought(draft)
    assert [r.automatic_thought for r in store.thoughts(drafts=True)] == ["我总是搞砸退款"]
    assert store.thoughts() == []
    done = record(id=draft.id, automatic_thought=draft.automatic_thought, is_draft=False)
    store.save_thought(done)
    assert store.thoughts(drafts=True) == []
    assert [r.id for r in store.thoughts()] == [draft.id]


def test_search_finds_text_anywhere_and_takes_wildcards_literally(store):
    first = record(situation="退款纠纷", is_draft=False, updated_at=NOW)
    second = record(
        automatic_thought="100% my fault_again",
        evidence=(Evidence("personalization", "", "快递延误"),),
        is_draft=False,
        updated_at=NOW + timedelta(minutes=1),
    )
    store.save_thought(first)
    store.save_thought(second)
    assert [r.id for r in store.thoughts(search="退款")] == [first.id]
    assert [r.id for r in store.thoughts(search="快递")] == [second.id]  # inside the evidence
    assert [r.id for r in store.thoughts(search="100%")] == [second.id]
    assert store.thoughts(search="1_0") == []
    assert [r.id for r in store.thoughts()] == [second.id, first.id]  # newest first


def test_delete_and_a_deleted_mood_entry_leaves_the_record(store):
    entry = store.add_mood(make_mood_input(at=NOW, now=NOW, stress=8))
    kept = record(mood_entry_id=entry.id, is_draft=False)
    store.save_thought(kept)
    store.delete_mood(entry.id)
    again = store.get_thought(kept.id)
    assert again is not None and again.mood_entry_id is None
    assert store.delete_thought(kept.id) is True
    assert store.delete_thought(kept.id) is False


@pytest.mark.parametrize(
    "bad",
    [
        {"automatic_thought": "", "is_draft": False},
        {"belief": 101},
        {"emotions_before": (EmotionRating("happy", 50),)},
        {"emotions_after": (EmotionRating("calm", 50), EmotionRating("calm", 20))},
        {"distortions": ("doom",)},
        {"situation": "x" * 2001},
        {"balanced_thought": "bell\x07"},
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(store, bad):
    with pytest.raises(InvalidThought):
        store.save_thought(record(**bad))
    assert store.thoughts() == [] and store.thoughts(drafts=True) == []


def test_exercise_uses_with_distress_before_and_after(store):
    thought = record(is_draft=False)
    store.save_thought(thought)
    uses = [
        ExerciseUse(
            uuid.uuid4(),
            "breathing",
            NOW,
            NOW + timedelta(minutes=1),
            7.0,
            4.0,
            extra={"cycles": "3", "ended_early": "no"},
        ),
        ExerciseUse(
            uuid.uuid4(),
            "thought_record",
            NOW + timedelta(hours=1),
            None,
            8.0,
            5.5,
            thought_record_id=thought.id,
        ),
        ExerciseUse(
            uuid.uuid4(), "task_split", NOW + timedelta(hours=2), details="1. 查物流\n2. 回复客户"
        ),
    ]
    for use in uses:
        store.add_exercise(use)
    assert store.exercises_between() == uses
    assert store.exercises_between(since=NOW + timedelta(minutes=30)) == uses[1:]
    with pytest.raises(InvalidThought):
        store.add_exercise(ExerciseUse(uuid.uuid4(), "yoga", NOW))
    with pytest.raises(InvalidThought):
        store.add_exercise(ExerciseUse(uuid.uuid4(), "breathing", NOW, distress_before=11))
