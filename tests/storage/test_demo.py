"""The demo history (`companion demo`): realistic, deterministic, never in the future, and never
written into a store that holds real records."""

from __future__ import annotations

import logging
import statistics
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.cli import main
from companion.demo import DEMO_MARKER, DemoError, fill_demo_home, generate_history
from companion.demo.patterns import EXERCISE_WEIGHT
from companion.domain.breaks import BreakRecord
from companion.domain.clock import FixedClock
from companion.domain.mood import CATEGORIES, EMOTIONS, MoodEntry, make_mood_input
from companion.domain.thoughts import EXERCISE_KINDS, ExerciseUse, ThoughtRecord
from companion.paths import AppPaths
from companion.storage.store import Store, open_store
from tests.helpers.store_template import place_new_store

REPO = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")
# A Wednesday afternoon, mid-shift; 26 weeks back cross both daylight-saving changes.
NOW = datetime(2026, 11, 18, 14, 37, 12, tzinfo=BERLIN).astimezone(UTC)


@dataclass(frozen=True)
class History:
    moods: list[MoodEntry]
    breaks: list[BreakRecord]
    exercises: list[ExerciseUse]
    thoughts: list[ThoughtRecord]


def _open(root: Path, now: datetime = NOW) -> Store:
    store, _ = open_store(place_new_store(AppPaths(root, root)), FixedClock(now, BERLIN))
    return store


def _read(store: Store) -> History:
    return History(
        moods=store.moods_between(),
        breaks=[record for _id, record in store.breaks_between()],
        exercises=store.exercises_between(),
        thoughts=store.thoughts(),
    )


def _generate(root: Path, weeks: int, seed: int, entries: int | None = None) -> History:
    store = _open(root)
    try:
        generate_history(store, NOW, BERLIN, weeks, seed, entries)
        return _read(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return _generate(tmp_path_factory.mktemp("demo"), weeks=26, seed=7)


def _mean(values: list[int] | list[float]) -> float:
    assert values, "no values to average"
    return statistics.fmean(values)


# --- the history -------------------------------------------------------------------------------


def test_same_seed_same_history_ids_included(tmp_path: Path, history: History) -> None:
    again = _generate(tmp_path / "again", weeks=26, seed=7)
    assert again.moods == history.moods  # ids, times, stress, emotions, category and note
    assert again.breaks == history.breaks
    assert again.exercises == history.exercises
    assert again.thoughts == history.thoughts


def test_another_seed_another_history(tmp_path: Path, history: History) -> None:
    other = _generate(tmp_path / "other", weeks=26, seed=8)
    assert [m.at for m in other.moods] != [m.at for m in history.moods]


def test_size_is_plausible(history: History) -> None:
    working_days = {m.at.astimezone(BERLIN).date() for m in history.moods}
    assert 110 <= len(working_days) <= 26 * 6
    per_day = len(history.moods) / len(working_days)
    assert 6 <= per_day <= 14
    assert len(history.breaks) > 6 * len(working_days)
    assert len(history.exercises) > 20
    assert len(history.thoughts) >= 3


def test_nothing_is_in_the_future_and_times_are_aware_utc(history: History) -> None:
    moments = [m.at for m in history.moods] + [b.due for b in history.breaks]
    moments += [b.shown for b in history.breaks if b.shown is not None]
    for use in history.exercises:
        assert use.finished_at is not None
        moments += [use.started_at, use.finished_at]
    for record in history.thoughts:
        moments += [record.created_at, record.updated_at]
    assert all(moment.utcoffset() == timedelta(0) for moment in moments)
    assert max(moments) <= NOW
    # Today's shift is there up to now.
    today = [m for m in history.moods if m.at.astimezone(BERLIN).date() == NOW.date()]
    assert today


def _in_shift(moment: datetime) -> bool:
    local = moment.astimezone(BERLIN)
    minutes = local.hour * 60 + local.minute + local.second / 60
    weekday = local.weekday()
    if weekday == 6:
        return False
    end = 15 * 60 if weekday == 5 else 18 * 60
    return 9 * 60 <= minutes < end and not 12 * 60 <= minutes < 13 * 60


def test_entries_and_breaks_lie_within_the_shifts_across_dst_changes(history: History) -> None:
    assert all(_in_shift(m.at) for m in history.moods)
    assert all(_in_shift(b.due) for b in history.breaks)
    hours = {m.at.astimezone(BERLIN).hour for m in history.moods}
    assert hours == {9, 10, 11, 13, 14, 15, 16, 17}
    # More entries after lunch than before.
    after_lunch = sum(1 for m in history.moods if m.at.astimezone(BERLIN).hour >= 13)
    assert after_lunch > 0.6 * len(history.moods)


def test_values_are_known_codes(history: History) -> None:
    assert {m.category for m in history.moods} <= {*CATEGORIES, None}
    assert {e for m in history.moods for e in m.emotions} <= set(EMOTIONS)
    assert {b.outcome for b in history.breaks} == {
        "taken",
        "ended_early",
        "cut_short",
        "skipped",
        "postponed",
        "natural",
    }
    assert {u.kind for u in history.exercises} <= set(EXERCISE_KINDS)
    assert set(EXERCISE_WEIGHT) <= set(EXERCISE_KINDS)


def test_notes_come_in_chinese_and_english(history: History) -> None:
    notes = [m.note for m in history.moods if m.note]
    assert 0.15 * len(history.moods) < len(notes) < 0.6 * len(history.moods)
    chinese = [n for n in notes if any("\u4e00" <= c <= "\u9fff" for c in n)]
    assert 0.4 * len(notes) < len(chinese) < 0.9 * len(notes)


def test_stress_is_higher_on_mondays_than_on_wednesdays(history: History) -> None:
    def by_weekday(day: int) -> list[int]:
        return [m.stress for m in history.moods if m.at.astimezone(BERLIN).weekday() == day]

    assert _mean(by_weekday(0)) > _mean(by_weekday(2)) + 0.5


def test_stress_is_higher_late_in_the_afternoon(history: History) -> None:
    def by_hour(hours: set[int]) -> list[int]:
        return [m.stress for m in history.moods if m.at.astimezone(BERLIN).hour in hours]

    assert _mean(by_hour({16, 17})) > _mean(by_hour({10, 11})) + 0.5


def test_stress_is_higher_for_complaints_refunds_and_abuse(history: History) -> None:
    def by_category(code: str) -> float:
        return _mean([m.stress for m in history.moods if m.category == code])

    assert by_category("complaint") > by_category("order") + 1
    assert by_category("refund") > by_category("order") + 1
    assert by_category("abusive") > by_category("complaint")


def test_emotions_follow_the_stress(history: History) -> None:
    def with_emotion(code: str) -> float:
        return _mean([m.stress for m in history.moods if code in m.emotions])

    for tense in ("angry", "wronged", "frustrated"):
        for easy in ("calm", "relieved"):
            assert with_emotion(tense) > with_emotion(easy) + 2


def test_a_hard_period_then_improvement_once_exercises_start(history: History) -> None:
    first_exercise = min(u.started_at for u in history.exercises)
    start = history.moods[0].at
    span = NOW - start
    assert start + 0.35 * span < first_exercise < start + 0.45 * span

    def between(low: float, high: float) -> float:
        return _mean(
            [m.stress for m in history.moods if start + low * span <= m.at < start + high * span]
        )

    beginning, hard, end = between(0, 0.1), between(0.3, 0.45), between(0.85, 1)
    assert hard > beginning + 0.8
    assert end < hard - 1.5
    assert end < beginning


def _after_break(history: History, outcome: str) -> list[int]:
    """Stress of entries logged within an hour after a break with `outcome` fell due."""
    dues = [b.due for b in history.breaks if b.outcome == outcome]
    return [
        m.stress
        for m in history.moods
        if any(timedelta(0) < m.at - due <= timedelta(hours=1) for due in dues)
    ]


def test_entries_after_a_taken_break_are_calmer_than_after_a_skipped_one(
    history: History,
) -> None:
    taken, skipped = _after_break(history, "taken"), _after_break(history, "skipped")
    assert len(skipped) > 50
    assert _mean(taken) < _mean(skipped) - 0.5


def test_breaks_come_every_fifty_minutes_with_one_long_one_a_day(history: History) -> None:
    offered = [b for b in history.breaks if b.outcome != "natural"]
    long_days = [b.due.astimezone(BERLIN).date() for b in offered if b.kind == "long"]
    assert len(long_days) == len(set(long_days))  # at most one a day
    outcomes = [b.outcome for b in history.breaks]
    assert outcomes.count("taken") > outcomes.count("skipped") > outcomes.count("postponed")
    for record in history.breaks:
        if record.outcome == "taken":
            assert record.seconds == (300 if record.kind == "long" else 40)
        if record.outcome in ("skipped", "postponed"):
            assert record.seconds == 0
        assert (record.shown is None) == (record.outcome == "natural")


def test_exercises_usually_lower_the_distress(history: History) -> None:
    rated = [
        u
        for u in history.exercises
        if u.distress_before is not None and u.distress_after is not None
    ]
    assert len(rated) > 0.7 * len(history.exercises)
    lower = [
        u for u in rated if u.distress_after is not None and u.distress_after < u.distress_before
    ]
    assert len(lower) > 0.75 * len(rated)
    kinds = {u.kind for u in history.exercises}
    assert {"breathing", "detachment", "thought_record"} <= kinds


def test_thought_records_are_finished_and_use_the_reframing_codes(history: History) -> None:
    codes = set(tomllib.loads((REPO / "data/reframing/en.toml").read_text("utf-8"))["distortions"])
    codes_zh = set(
        tomllib.loads((REPO / "data/reframing/zh_CN.toml").read_text("utf-8"))["distortions"]
    )
    assert codes == codes_zh
    mood_ids = {m.id for m in history.moods}
    linked = {u.thought_record_id for u in history.exercises if u.kind == "thought_record"}
    for record in history.thoughts:
        assert not record.is_draft
        assert record.automatic_thought and record.balanced_thought and record.situation
        assert record.distortions and set(record.distortions) <= codes
        assert record.mood_entry_id in mood_ids
        assert record.id in linked
        assert record.emotions_after[0].intensity < record.emotions_before[0].intensity


@pytest.mark.parametrize("entries", [0, 1, 1234])
def test_entries_sets_the_exact_number(tmp_path: Path, entries: int) -> None:
    found = _generate(tmp_path, weeks=3, seed=1, entries=entries)
    assert len(found.moods) == entries
    assert all(_in_shift(m.at) and m.at <= NOW for m in found.moods)
    assert found.breaks  # the breaks of the shifts are there all the same


def test_entries_are_spread_over_the_weeks(tmp_path: Path) -> None:
    found = _generate(tmp_path, weeks=10, seed=2, entries=5000)
    per_week: dict[int, int] = {}
    for mood in found.moods:
        week = (NOW - mood.at).days // 7
        per_week[week] = per_week.get(week, 0) + 1
    assert len(per_week) == 10
    assert min(per_week[w] for w in range(1, 10)) > 300


def test_one_week_before_the_first_shift_of_a_monday(tmp_path: Path) -> None:
    monday_early = datetime(2026, 11, 16, 7, 0, tzinfo=BERLIN).astimezone(UTC)
    store = _open(tmp_path, monday_early)
    try:
        summary = generate_history(store, monday_early, BERLIN, 1, 3, 40)
        moods = store.moods_between()
    finally:
        store.close()
    assert summary.moods == len(moods) == 40
    assert max(m.at for m in moods) < monday_early
    assert summary.last_day == monday_early.date()


@pytest.mark.parametrize("weeks", [0, 521])
def test_weeks_out_of_range_are_refused(tmp_path: Path, weeks: int) -> None:
    store = _open(tmp_path)
    try:
        with pytest.raises(ValueError, match="weeks"):
            generate_history(store, NOW, BERLIN, weeks, 1)
        assert store.count_moods() == 0
    finally:
        store.close()


# --- the bulk inserts it writes through ---------------------------------------------------------


def test_bulk_inserts_read_back_like_single_ones(tmp_path: Path) -> None:
    store = _open(tmp_path)
    try:
        values = [
            make_mood_input(
                at=NOW - timedelta(minutes=n),
                now=NOW,
                stress=n,
                emotions=["relieved", "angry"] if n % 2 else [],
                category="refund" if n % 3 else None,
                note="物流延误，客户要求赔偿" if n == 4 else None,
            )
            for n in range(6)
        ]
        ids = [uuid.UUID(int=n + 1, version=4) for n in range(6)]
        assert store.add_moods_bulk(values, ids) == ids
        for entry_id, value in zip(ids, values, strict=True):
            found = store.get_mood(entry_id)
            assert found is not None
            assert (found.at, found.stress, found.emotions, found.category, found.note) == (
                value.at,
                value.stress,
                value.emotions,
                value.category,
                value.note,
            )
        with pytest.raises(ValueError, match="one id per entry"):
            store.add_moods_bulk(values, ids[:2])
        assert store.add_moods_bulk([]) == []
        record = BreakRecord("long", NOW, NOW - timedelta(seconds=30), "ended_early", 1, 77)
        assert store.add_breaks_bulk([record, record]) == 2
        assert [r for _id, r in store.breaks_between()] == [record, record]
        assert store.record_counts() == {"moods": 6, "breaks": 2, "thoughts": 0, "exercises": 0}
    finally:
        store.close()


# --- fill_demo_home: the refusal ---------------------------------------------------------------


def test_a_store_with_real_entries_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    store = _open(tmp_path)
    store.add_mood(make_mood_input(at=NOW, now=NOW, stress=4))
    store.close()
    before = (tmp_path / "companion.db").read_bytes()
    with pytest.raises(DemoError, match="real records"):
        fill_demo_home(tmp_path, FixedClock(NOW, BERLIN), weeks=2, seed=1)
    assert (tmp_path / "companion.db").read_bytes() == before
    assert not (tmp_path / DEMO_MARKER).exists()


def test_a_store_with_only_breaks_is_refused_too(tmp_path: Path) -> None:
    store = _open(tmp_path)
    store.add_break(BreakRecord("micro", NOW, NOW, "taken", 0, 40))
    store.close()
    with pytest.raises(DemoError, match="1 break records"):
        fill_demo_home(tmp_path, FixedClock(NOW, BERLIN), weeks=2, seed=1)
    with pytest.raises(DemoError):
        fill_demo_home(tmp_path, FixedClock(NOW, BERLIN), weeks=2, seed=1, replace=True)


def test_a_demo_store_is_filled_once_and_replaced_on_request(tmp_path: Path) -> None:
    clock = FixedClock(NOW, BERLIN)
    first = fill_demo_home(tmp_path, clock, weeks=2, seed=1)
    assert first.summary is not None
    assert (tmp_path / DEMO_MARKER).is_file()
    again = fill_demo_home(tmp_path, clock, weeks=4, seed=2)
    assert again.summary is None
    assert again.existing["moods"] == first.summary.moods
    replaced = fill_demo_home(tmp_path, clock, weeks=4, seed=2, replace=True)
    assert replaced.replaced and replaced.summary is not None
    store = _open(tmp_path)
    try:
        assert store.count_moods() == replaced.summary.moods != first.summary.moods
    finally:
        store.close()


# --- the command -------------------------------------------------------------------------------


@dataclass
class Result:
    code: int
    out: str
    err: str


def _close_log_files() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def cli(
    home: AppPaths, local_tz: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[..., Result]]:
    local_tz("Europe/Berlin")
    level = logging.getLogger().level

    def run(*argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as leaving:
            code = 0 if leaving.code is None else int(leaving.code)
        finally:
            _close_log_files()
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield run
    logging.getLogger().setLevel(level)


def _count(root: Path) -> int:
    store = _open(root, datetime.now(UTC))
    try:
        return store.count_moods()
    finally:
        store.close()


def test_cli_creates_a_demo_store_under_home_only(
    cli: Callable[..., Result], home: AppPaths, tmp_path: Path
) -> None:
    target = tmp_path / "demo"
    result = cli("demo", "--weeks", "2", "--home", str(target), "--entries", "77")
    assert result.code == 0, result.err
    assert result.err == ""
    assert "Created a demo history" in result.out and "77 on" in result.out
    assert _count(target) == 77
    assert (target / DEMO_MARKER).is_file()
    assert not home.data_dir.exists()  # the usual data folder was not touched

    again = cli("demo", "--weeks", "2", "--home", str(target))
    assert again.code == 0
    assert "already holds a demo history" in again.out
    assert _count(target) == 77

    replaced = cli("demo", "--weeks", "1", "--home", str(target), "--entries", "5", "--replace")
    assert replaced.code == 0, replaced.err
    assert _count(target) == 5


def test_cli_refuses_a_real_store(cli: Callable[..., Result], home: AppPaths) -> None:
    assert cli("log", "--stress", "6").code == 0
    before = home.database.read_bytes()
    result = cli("demo", "--weeks", "3", "--home", str(home.data_dir))
    assert result.code == 1
    assert result.out == ""
    assert "holds real records (1 mood entries)" in result.err
    assert "Traceback" not in result.err
    assert home.database.read_bytes() == before
    assert _count(home.data_dir) == 1
    assert not (home.data_dir / DEMO_MARKER).exists()
    replace = cli("demo", "--home", str(home.data_dir), "--replace")
    assert replace.code == 1
    assert _count(home.data_dir) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ("--weeks", "0"),
        ("--weeks", "521"),
        ("--weeks", "many"),
        ("--entries", "-1"),
        ("--entries", "1000001"),
    ],
)
def test_cli_usage_errors_exit_2_and_write_nothing(
    cli: Callable[..., Result], tmp_path: Path, argv: tuple[str, ...]
) -> None:
    target = tmp_path / "demo"
    result = cli("demo", "--home", str(target), *argv)
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    assert not (target / "companion.db").exists()


def test_cli_needs_home(cli: Callable[..., Result], home: AppPaths) -> None:
    result = cli("demo", "--weeks", "3")
    assert result.code == 2
    assert "--home" in result.err
    assert not home.data_dir.exists()


def test_a_demo_folder_gets_the_shift_it_was_made_with(tmp_path):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from companion.demo import fill_demo_home
    from companion.domain.clock import FixedClock
    from companion.settings import load_settings

    home = tmp_path / "demo"
    (home).mkdir()
    (home / "settings.toml").write_text('language = "zh_CN"\n', encoding="utf-8")
    clock = FixedClock(datetime(2026, 11, 23, 6, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    fill_demo_home(home, clock, weeks=1, seed=3)
    settings = load_settings(home / "settings.toml")
    assert settings.get("shift.hours") == ["09:00-12:00", "13:00-18:00"]
    assert settings.get("breaks.micro_interval_minutes") == 50
    assert settings.language == "zh_CN" and not settings.problems
