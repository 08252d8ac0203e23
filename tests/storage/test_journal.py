"""The shift journal (plain sqlite3) against the full store (SQLAlchemy) on one real file.

The journal writes the same tables as the ORM models describe: every column it names must exist
there, and what either side writes the other must read back the same. It must also keep its
promise: a shift's work without SQLAlchemy in the process.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from companion.domain.breaks import BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.domain.thoughts import EmotionRating, Evidence, ExerciseUse, ThoughtRecord
from companion.paths import AppPaths
from companion.storage import journal as journal_module
from companion.storage.columns import EXERCISE_COLUMNS, THOUGHT_COLUMNS
from companion.storage.journal import Journal
from companion.storage.models import Base
from companion.storage.opening import prepare_database
from companion.storage.store import Store, open_store
from tests.helpers.store_template import place_new_store

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # a Monday, 14:30 in Shanghai


@pytest.fixture
def clock() -> FixedClock:
    from zoneinfo import ZoneInfo

    return FixedClock(NOW, ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def both(tmp_path, clock) -> Iterator[tuple[Journal, Store]]:
    paths = AppPaths(tmp_path, tmp_path)
    store, _report = open_store(place_new_store(paths), clock)
    journal = Journal.open(paths.database, clock)
    yield journal, store
    journal.close()
    store.close()


def thought(**values: object) -> ThoughtRecord:
    base: dict[str, object] = {
        "id": uuid.uuid4(),
        "created_at": NOW - timedelta(minutes=5),
        "updated_at": NOW,
        "automatic_thought": "客户又投诉了,肯定是我做得不好",
        "situation": "退款被拒后客户很生气 📦",
        "emotions_before": (EmotionRating("wronged", 80), EmotionRating("angry", 40)),
        "distortions": ("personalization",),
        "evidence": (Evidence("personalization", "他在吼我", "规则不是我定的"),),
        "balanced_thought": "他气的是规则,不是我这个人",
        "belief": 70,
        "emotions_after": (EmotionRating("wronged", 30),),
        "is_draft": True,
        "step": 3,
    }
    base.update(values)
    return ThoughtRecord(**base)  # type: ignore[arg-type]


def test_every_column_the_journal_names_is_in_the_models():
    tables = Base.metadata.tables
    written = {
        "mood_entry": journal_module.MOOD_COLUMNS,
        "mood_emotion": journal_module.EMOTION_COLUMNS,
        "break_event": journal_module.BREAK_COLUMNS,
        "check_in": journal_module.CHECK_IN_COLUMNS,
        "thought_record": THOUGHT_COLUMNS,
        "exercise_use": EXERCISE_COLUMNS,
    }
    for table, columns in written.items():
        assert set(columns) == set(tables[table].columns.keys()), table


def test_a_mood_written_by_the_journal_reads_back_from_the_store(both, clock):
    journal, store = both
    values = make_mood_input(
        at=NOW - timedelta(minutes=3),
        now=NOW,
        stress=8,
        emotions=("wronged", "angry", "tense"),
        category="refund",
        note="说我们“从不”发货 😡\n第二行",
    )
    written = journal.add_mood(values)
    read = store.get_mood(written.id)
    assert read == written
    assert read is not None and read.emotions == ("wronged", "angry", "tense")  # in order
    assert read.created_at == read.updated_at == NOW
    assert journal.latest_mood() == written


def test_the_newest_mood_is_the_latest_by_when_it_happened(both):
    journal, store = both
    assert journal.latest_mood() is None
    later = store.add_mood(make_mood_input(at=NOW - timedelta(minutes=1), now=NOW, stress=3))
    journal.add_mood(make_mood_input(at=NOW - timedelta(hours=2), now=NOW, stress=9))  # back-dated
    assert journal.latest_mood() == later
    assert journal.latest_mood() == store.recent_moods(1)[0]


def test_breaks_and_check_ins_read_back_the_same_on_both_sides(both):
    journal, store = both
    shown = NOW - timedelta(minutes=9, seconds=30)
    journal.add_break(BreakRecord("micro", NOW - timedelta(minutes=10), shown, "taken", 1, 40))
    journal.add_break(BreakRecord("long", NOW - timedelta(minutes=4), None, "not_offered", 0, 0))
    kinds = [(record.kind, record.shown, record.outcome) for _id, record in store.breaks_between()]
    assert kinds == [("micro", shown, "taken"), ("long", None, "not_offered")]
    first = CheckIn(uuid.uuid4(), NOW - timedelta(days=7), (3, 3, 2, 4, 3))
    second = CheckIn(uuid.uuid4(), NOW, (1, 2, 2, 1, 0))
    store.add_check_in(first)
    journal.add_check_in(second)
    assert journal.latest_check_in() == second == store.latest_check_in()
    assert store.check_ins_between() == [first, second]


def test_thought_drafts_saved_by_the_journal_are_the_stores_and_back(both):
    journal, store = both
    draft = journal.save_thought(thought())
    assert store.get_thought(draft.id) == draft
    assert journal.newest_draft() == draft
    older = store.save_thought(thought(updated_at=NOW - timedelta(hours=1)))
    assert journal.newest_draft() == draft  # the one last worked on
    done = journal.save_thought(thought(id=draft.id, is_draft=False, step=6))
    assert store.get_thought(draft.id) == done
    assert journal.newest_draft() == older
    assert store.thoughts() == [done]


def test_saving_a_record_again_keeps_the_exercises_linked_to_it(both):
    """An upsert, not INSERT OR REPLACE: replacing would delete the row and, through the
    foreign key's ON DELETE SET NULL, cut the exercise's link to it."""
    journal, store = both
    record = journal.save_thought(thought(is_draft=False))
    use = ExerciseUse(
        uuid.uuid4(),
        "thought_record",
        NOW - timedelta(minutes=5),
        NOW,
        distress_before=8.0,
        distress_after=3.0,
        thought_record_id=record.id,
        extra={"cycles": "3"},
    )
    journal.add_exercise(use)
    journal.save_thought(thought(id=record.id, is_draft=False, balanced_thought="改过的想法"))
    assert store.exercises_between() == [use]
    # And an exercise recorded again with the same id replaces its own row.
    journal.add_exercise(
        ExerciseUse(use.id, use.kind, use.started_at, use.finished_at, 8.0, 2.0, record.id)
    )
    [again] = store.exercises_between()
    assert again.distress_after == 2.0 and again.extra == {}


def test_summary_counts_agree_with_the_store(both, clock):
    journal, store = both
    for minutes, stress in ((30, 4), (90, 9), (60 * 20, 2)):  # the last one yesterday
        journal.add_mood(
            make_mood_input(at=NOW - timedelta(minutes=minutes), now=NOW, stress=stress)
        )
    journal.add_break(
        BreakRecord("micro", NOW - timedelta(hours=1), NOW - timedelta(minutes=59), "skipped", 0, 0)
    )
    today = NOW.astimezone(clock.local_zone()).date()
    assert journal.day_summary(today) == store.day_summary(today)
    summary = journal.day_summary(today)
    assert (summary.entries, summary.max_stress, summary.breaks_offered) == (2, 9, 1)
    since = NOW - timedelta(days=1)
    assert journal.logged_between(since, NOW) == store.logged_between(since, NOW) == 3
    assert journal.count_check_ins(since, NOW) == 0


def test_a_refused_write_changes_nothing(both):
    """The database's own checks stand behind the domain's: a value that slipped past them
    fails the whole transaction, emotions included."""
    journal, store = both
    bad = make_mood_input(at=NOW, now=NOW, stress=5, emotions=("calm",))
    object.__setattr__(bad, "stress", 11)  # as if validation had been skipped
    with pytest.raises(sqlite3.IntegrityError):
        journal.add_mood(bad)
    assert store.count_moods() == 0
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM mood_emotion").scalar() == 0
    journal.add_mood(make_mood_input(at=NOW, now=NOW, stress=5))  # the connection still works
    assert store.count_moods() == 1


def test_a_naive_time_is_refused(both):
    journal, _store = both
    naive = BreakRecord("micro", datetime(2026, 11, 23, 14, 0), None, "skipped", 0, 0)
    with pytest.raises(ValueError, match="naive"):
        journal.add_break(naive)


def test_the_journal_never_loads_sqlalchemy(tmp_path):
    """Opening an existing store and a shift's writes and reads: no SQLAlchemy, no Alembic."""
    paths = AppPaths(tmp_path, tmp_path)
    created, _ = open_store(paths, FixedClock(NOW))
    created.close()
    script = textwrap.dedent(
        f"""
        import sys, uuid
        from datetime import datetime, timedelta, UTC
        from pathlib import Path
        from companion.domain.breaks import BreakRecord
        from companion.domain.checkin import CheckIn
        from companion.domain.clock import FixedClock
        from companion.domain.mood import make_mood_input
        from companion.domain.thoughts import ExerciseUse, ThoughtRecord
        from companion.paths import AppPaths
        from companion.storage.journal import Journal
        from companion.storage.opening import prepare_database

        now = datetime.now(UTC)
        paths = AppPaths(Path({str(tmp_path)!r}), Path({str(tmp_path)!r}))
        report = prepare_database(paths)
        assert report.migrated_from is None
        journal = Journal.open(paths.database, FixedClock(now))
        journal.add_mood(make_mood_input(at=now, now=now, stress=7, emotions=("tense",)))
        journal.add_break(BreakRecord("micro", now, now, "taken", 0, 40))
        journal.add_exercise(ExerciseUse(uuid.uuid4(), "breathing", now, now))
        journal.add_check_in(CheckIn(uuid.uuid4(), now, (3, 3, 3, 3, 3)))
        journal.save_thought(ThoughtRecord(uuid.uuid4(), now, now, "always me"))
        journal.latest_mood(); journal.newest_draft(); journal.latest_check_in()
        journal.day_summary(now.date()); journal.logged_between(now - timedelta(days=1), now)
        journal.close()
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
    store, _ = open_store(paths, FixedClock(NOW))
    try:
        assert store.record_counts() == {"moods": 1, "breaks": 1, "thoughts": 1, "exercises": 1}
    finally:
        store.close()


def test_a_new_store_is_made_before_the_journal_opens_it(tmp_path, clock):
    paths = AppPaths(tmp_path, tmp_path)
    with pytest.raises(sqlite3.OperationalError):
        Journal.open(paths.database, clock)  # never creates a file by itself
    report = prepare_database(paths)
    assert report.moved_aside is None
    journal = Journal.open(paths.database, clock)
    try:
        assert journal.day_summary(date(2026, 11, 23)).entries == 0
    finally:
        journal.close()
