"""Export and import on real stores: the round trip, skipping what is there, malformed files."""

from __future__ import annotations

import copy
import io
import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.domain.breaks import KINDS, OUTCOMES, BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.domain.thoughts import EmotionRating, Evidence, ExerciseUse, ThoughtRecord
from companion.paths import AppPaths
from companion.settings import load_settings, save_setting
from companion.storage.models import BreakEventRow
from companion.storage.store import Store, open_store
from companion.storage.transfer import (
    InvalidImport,
    import_document,
    import_file,
    write_csv,
    write_export,
    write_json,
)
from tests.helpers.store_template import place_new_store

START = datetime(2026, 11, 2, 1, 0, 0, 123456, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def _open(root: Path, clock: FixedClock) -> Store:
    store, _report = open_store(place_new_store(AppPaths(root, root)), clock)
    return store


@pytest.fixture
def source(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    store = _open(tmp_path / "source", clock)
    yield store
    store.close()


@pytest.fixture
def target_home(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "target", tmp_path / "target")


@pytest.fixture
def target(target_home: AppPaths, clock: FixedClock) -> Iterator[Store]:
    store = _open(target_home.data_dir, clock)
    yield store
    store.close()


SETTINGS: dict[str, Any] = {
    "language": "zh_CN",
    "shift.days_off": [datetime(2026, 10, 1).date()],
    "shift.hours_by_day": {"sat": ["10:00-14:00"]},
    "breaks.micro_seconds": 60,
    "calls.offer_mood_log": True,
}


def fill(store: Store, clock: FixedClock) -> dict[str, uuid.UUID]:
    """Moods with Chinese notes, an edited one, thought records (one a draft), exercises, breaks,
    two weekly check-ins (one of them low), two goals (one of one's own, ticked once) and a
    call type marked as difficult."""
    ids: dict[str, uuid.UUID] = {}

    def mood(minutes_ago: int, stress: int, **values: Any) -> uuid.UUID:
        now = clock.now()
        checked = make_mood_input(
            at=now - timedelta(minutes=minutes_ago), now=now, stress=stress, **values
        )
        entry_id = store.add_mood(checked).id
        clock.advance(timedelta(seconds=7, microseconds=1))
        return entry_id

    ids["refund"] = mood(90, 8, emotions=["angry", "wronged"], category="refund", note="说我们骗人")
    ids["calm"] = mood(60, 2, emotions=["calm"])
    ids["edited"] = mood(30, 5, note="第一版", category="logistics")
    clock.advance(timedelta(minutes=3))
    now = clock.now()
    store.update_mood(
        ids["edited"],
        make_mood_input(at=now - timedelta(minutes=30), now=now, stress=6, note="改过\n两行"),
    )
    ids["thought"] = uuid.uuid4()
    store.save_thought(
        ThoughtRecord(
            id=ids["thought"],
            created_at=clock.now(),
            updated_at=clock.now() + timedelta(minutes=4),
            automatic_thought="客户又给差评,肯定是我做得不好",
            situation="客户说物流太慢,要求退款 📦",
            emotions_before=(EmotionRating("wronged", 80), EmotionRating("angry", 55)),
            distortions=("personalization", "absolutist"),
            evidence=(Evidence("personalization", "我回复慢了", "物流不归我管"),),
            balanced_thought="物流慢不是我一个人造成的",
            belief=70,
            emotions_after=(EmotionRating("wronged", 30),),
            is_draft=False,
            step=7,
            mood_entry_id=ids["refund"],
        )
    )
    ids["draft"] = uuid.uuid4()
    store.save_thought(
        ThoughtRecord(
            id=ids["draft"],
            created_at=clock.now() + timedelta(minutes=10),
            updated_at=clock.now() + timedelta(minutes=11),
            automatic_thought="",
            situation="只写了情境",
            step=1,
        )
    )
    ids["linked_exercise"] = uuid.uuid4()
    store.add_exercise(
        ExerciseUse(
            id=ids["linked_exercise"],
            kind="thought_record",
            started_at=clock.now(),
            finished_at=clock.now() + timedelta(minutes=5),
            distress_before=8.0,
            distress_after=3.0,
            thought_record_id=ids["thought"],
        )
    )
    ids["breathing"] = uuid.uuid4()
    store.add_exercise(
        ExerciseUse(
            id=ids["breathing"],
            kind="task_split",
            started_at=clock.now() - timedelta(hours=1),
            distress_before=6.5,
            details="1. 查物流\n2. 回复客户",
            extra={"tasks": "2", "ended_early": "false"},
        )
    )
    due = clock.now() - timedelta(hours=2)
    store.add_break(BreakRecord("micro", due, due - timedelta(seconds=30), "taken", 1, 40))
    store.add_break(BreakRecord("long", due + timedelta(minutes=50), None, "not_offered", 0, 0))
    ids["check_in_low"] = uuid.uuid4()
    store.add_check_in(
        CheckIn(
            ids["check_in_low"], clock.now() - timedelta(days=7, microseconds=3), (3, 2, 1, 2, 3)
        )
    )
    ids["check_in"] = uuid.uuid4()
    store.add_check_in(CheckIn(ids["check_in"], clock.now(), (4, 4, 3, 5, 4)))
    store.set_goal("breaks_taken", 70)
    store.set_goal("own", 3, "午休散步十分钟")
    store.tick_goal()
    store.set_difficult_call_types({"abusive"})
    return ids


def export_text(store: Store, settings: dict[str, Any] | None = None, now: datetime = START) -> str:
    out = io.StringIO()
    write_export(store, settings or {}, now, out)
    return out.getvalue()


def export_of(
    store: Store, settings: dict[str, Any] | None = None, now: datetime = START
) -> dict[str, Any]:
    """An export as it would be read back from its file, made at `now` (the records' clock)."""
    return json.loads(export_text(store, settings, now))


def without_created_at(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "created_at"}


def counts(store: Store) -> tuple[int, int, int, int]:
    return (
        store.count_moods(),
        len(store.thoughts()) + len(store.thoughts(drafts=True)),
        len(store.exercises_between()),
        len(store.all_breaks()),
    )


# -- export ------------------------------------------------------------------------------------


def test_the_export_holds_every_record_with_its_ids_and_times(source, clock):
    ids = fill(source, clock)
    document = export_of(source, SETTINGS)
    assert (document["format"], document["version"]) == ("companion-export", 3)
    assert datetime.fromisoformat(document["created_at"]).utcoffset() == timedelta(0)
    assert [len(document[kind]) for kind in ("mood_entries", "thought_records")] == [3, 2]
    assert [len(document[kind]) for kind in ("exercises", "breaks", "check_ins")] == [2, 2, 2]
    low, recent = document["check_ins"]  # oldest first
    assert low == {
        "id": str(ids["check_in_low"]),
        "at": low["at"],
        "instrument": "who5",
        "answers": [3, 2, 1, 2, 3],
        "raw": 11,
    }
    assert datetime.fromisoformat(low["at"]).utcoffset() == timedelta(0)
    assert recent["id"] == str(ids["check_in"]) and recent["raw"] == 20
    refund = document["mood_entries"][0]
    assert refund["id"] == str(ids["refund"])
    assert refund["emotions"] == ["wronged", "angry"]  # display order, as stored
    assert refund["note"] == "说我们骗人"
    assert refund["created_at"] == "2026-11-02T01:00:00.123456+00:00"
    edited = document["mood_entries"][2]
    assert edited["note"] == "改过\n两行" and edited["updated_at"] > edited["created_at"]
    thought, draft = document["thought_records"]
    assert thought["mood_entry_id"] == str(ids["refund"])
    assert thought["evidence"] == [
        {
            "distortion": "personalization",
            "evidence_for": "我回复慢了",
            "evidence_against": "物流不归我管",
        }
    ]
    assert draft["is_draft"] is True and draft["automatic_thought"] == ""
    assert [use["id"] for use in document["exercises"]] == [
        str(ids["breathing"]),
        str(ids["linked_exercise"]),
    ]  # oldest first
    assert document["exercises"][1]["thought_record_id"] == str(ids["thought"])
    assert document["breaks"][1]["shown"] is None
    assert document["settings"] == {
        "language": "zh_CN",
        "shift.hours_by_day": {"sat": ["10:00-14:00"]},
        "shift.days_off": ["2026-10-01"],
        "breaks.micro_seconds": 60,
        "calls.offer_mood_log": True,
    }


def test_an_empty_store_exports_empty_lists(source):
    document = export_of(source)
    for kind in ("mood_entries", "thought_records", "exercises", "breaks", "check_ins"):
        assert document[kind] == []
    for kind in ("goals", "goal_ticks", "difficult_call_types"):
        assert document[kind] == []
    assert document["settings"] == {}


@posix_only
def test_the_json_file_is_private_and_utf8(source, clock, tmp_path):
    fill(source, clock)
    path = tmp_path / "export.json"
    write_json(source, {}, clock.now(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "说我们骗人" in path.read_text(encoding="utf-8")
    assert list(tmp_path.glob(".*.tmp")) == []


def test_csv_files_one_per_kind_with_a_bom_for_excel(source, clock, tmp_path):
    fill(source, clock)
    written = write_csv(source, tmp_path / "csv")
    assert [path.name for path in written] == [
        "mood_entries.csv",
        "thought_records.csv",
        "exercises.csv",
        "breaks.csv",
        "check_ins.csv",
        "goals.csv",
        "goal_ticks.csv",
        "difficult_call_types.csv",
    ]
    moods = (tmp_path / "csv" / "mood_entries.csv").read_bytes()
    assert moods.startswith(b"\xef\xbb\xbfid,at,stress,emotions,category,note,")
    text = moods.decode("utf-8-sig")
    assert "wronged;angry" in text and "说我们骗人" in text
    assert '"改过\n两行"' in text  # a note with a line break stays one cell
    thoughts = (tmp_path / "csv" / "thought_records.csv").read_text(encoding="utf-8-sig")
    assert "wronged 80;angry 55" in thoughts and "personalization;absolutist" in thoughts
    check_ins = (tmp_path / "csv" / "check_ins.csv").read_text(encoding="utf-8-sig")
    lines = check_ins.splitlines()
    assert lines[0] == "id,at,instrument,answers,raw"
    assert len(lines) == 3 and lines[1].endswith(",who5,3;2;1;2;3,11")


# -- import ------------------------------------------------------------------------------------


def test_an_export_imported_into_an_empty_store_exports_the_same(
    source, target, target_home, clock
):
    fill(source, clock)
    first = export_of(source, SETTINGS)
    clock.advance(timedelta(days=3))  # importing later changes no record's times
    report = import_document(target, target_home.settings_file, first, clock.now())
    assert report.added == {
        "mood_entries": 3,
        "thought_records": 2,
        "exercises": 2,
        "breaks": 2,
        "check_ins": 2,
        "goals": 2,
        "goal_ticks": 1,
        "difficult_call_types": 1,
    }
    assert set(report.skipped.values()) == {0}
    assert sorted(report.settings_added) == sorted(SETTINGS)
    again = export_of(target, load_settings(target_home.settings_file).values, clock.now())
    assert without_created_at(again) == without_created_at(first)
    assert again["created_at"] != first["created_at"]


def test_importing_twice_skips_everything(source, target, target_home, clock):
    fill(source, clock)
    document = export_of(source, SETTINGS)
    import_document(target, target_home.settings_file, document, clock.now())
    settings_text = target_home.settings_file.read_text(encoding="utf-8")
    before = export_of(target)
    report = import_document(target, target_home.settings_file, document, clock.now())
    assert set(report.added.values()) == {0}
    assert report.skipped == {
        "mood_entries": 3,
        "thought_records": 2,
        "exercises": 2,
        "breaks": 2,
        "check_ins": 2,
        "goals": 2,
        "goal_ticks": 1,
        "difficult_call_types": 1,
    }
    assert report.settings_added == [] and sorted(report.settings_kept) == sorted(SETTINGS)
    assert without_created_at(export_of(target)) == without_created_at(before)
    assert target_home.settings_file.read_text(encoding="utf-8") == settings_text


def test_a_partial_overlap_adds_only_what_is_new_and_never_overwrites(
    source, target, target_home, clock
):
    ids = fill(source, clock)
    document = export_of(source)
    first_part = copy.deepcopy(document)
    first_part["mood_entries"] = document["mood_entries"][:1]
    first_part["thought_records"] = []
    first_part["exercises"] = [document["exercises"][0]]  # the unlinked one
    first_part["breaks"] = document["breaks"][1:]
    first_part["check_ins"] = document["check_ins"][:1]
    import_document(target, target_home.settings_file, first_part, clock.now())
    # The copy in the target changes; importing the file again must not undo that.
    now = clock.now()
    target.update_mood(ids["refund"], make_mood_input(at=now, now=now, stress=1))
    report = import_document(target, target_home.settings_file, document, clock.now())
    assert report.added == {
        "mood_entries": 2,
        "thought_records": 2,
        "exercises": 1,
        "breaks": 1,
        "check_ins": 1,
        "goals": 0,
        "goal_ticks": 0,
        "difficult_call_types": 0,
    }
    assert report.skipped == {
        "mood_entries": 1,
        "thought_records": 0,
        "exercises": 1,
        "breaks": 1,
        "check_ins": 1,
        "goals": 2,
        "goal_ticks": 1,
        "difficult_call_types": 1,
    }
    kept = target.get_mood(ids["refund"])
    assert kept is not None and kept.stress == 1
    assert counts(target) == (3, 2, 2, 2)


def test_a_record_may_point_at_one_already_in_the_store(source, target, target_home, clock):
    ids = fill(source, clock)
    document = export_of(source)
    moods_only = {**document, "thought_records": [], "exercises": []}
    import_document(target, target_home.settings_file, moods_only, clock.now())
    without_moods = {**document, "mood_entries": []}
    report = import_document(target, target_home.settings_file, without_moods, clock.now())
    assert report.added["thought_records"] == 2
    record = target.get_thought(ids["thought"])
    assert record is not None and record.mood_entry_id == ids["refund"]


def test_imported_settings_never_overwrite_a_key_the_file_sets(source, target_home, target, clock):
    save_setting(target_home.settings_file, "language", "en")
    save_setting(target_home.settings_file, "breaks.micro_seconds", 30)
    document = export_of(source, SETTINGS)
    report = import_document(target, target_home.settings_file, document, clock.now())
    assert sorted(report.settings_kept) == ["breaks.micro_seconds", "language"]
    settings = load_settings(target_home.settings_file)
    assert settings.problems == []
    assert settings.get("language") == "en"
    assert settings.get("breaks.micro_seconds") == 30
    assert settings.get("calls.offer_mood_log") is True
    assert settings.get("shift.days_off") == [datetime(2026, 10, 1).date()]


def test_a_key_set_with_a_bad_value_counts_as_set(source, target_home, target, clock):
    target_home.settings_file.write_text("[breaks]\nmicro_seconds = 5000\n", encoding="utf-8")
    report = import_document(
        target, target_home.settings_file, export_of(source, SETTINGS), clock.now()
    )
    assert "breaks.micro_seconds" in report.settings_kept
    assert "micro_seconds = 5000" in target_home.settings_file.read_text(encoding="utf-8")


def test_a_settings_file_that_is_not_toml_is_left_alone(source, target_home, target, clock):
    target_home.settings_file.write_text("this is [ not toml", encoding="utf-8")
    report = import_document(
        target, target_home.settings_file, export_of(source, SETTINGS), clock.now()
    )
    assert "not valid TOML" in report.settings_problem
    assert target_home.settings_file.read_text(encoding="utf-8") == "this is [ not toml"


def test_all_records_go_in_one_transaction(source, target, target_home, clock):
    """A write the database refuses half way (here the last table, the check-ins) leaves
    nothing of the import behind: the entries, thoughts and breaks before it are gone too."""
    fill(source, clock)
    document = export_of(source)
    before = export_of(target)
    connection = sqlite3.connect(target_home.database)
    connection.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON check_in "
        "BEGIN SELECT RAISE(ABORT, 'the disk is full, say'); END"
    )
    connection.close()
    with pytest.raises(sqlite3.IntegrityError, match="the disk is full, say"):
        import_document(target, target_home.settings_file, document, clock.now())
    assert without_created_at(export_of(target)) == without_created_at(before)
    assert list(target_home.data_dir.glob(".import-*")) == []  # the scratch file is gone


def test_the_break_codes_are_the_ones_the_table_accepts():
    checks = [
        str(constraint.sqltext)
        for constraint in BreakEventRow.__table__.constraints
        if hasattr(constraint, "sqltext")
    ]
    kind = next(check for check in checks if check.startswith("kind IN"))
    outcome = next(check for check in checks if check.startswith("outcome IN"))
    assert kind.count("'") == 2 * len(KINDS)
    assert all(f"'{code}'" in kind for code in KINDS)
    assert outcome.count("'") == 2 * len(OUTCOMES)
    assert all(f"'{code}'" in outcome for code in OUTCOMES)


# -- malformed files ---------------------------------------------------------------------------


def _import_bytes(target: Store, home: AppPaths, raw: bytes) -> None:
    path = home.data_dir / "moved.json"
    path.write_bytes(raw)
    import_file(target, home.settings_file, path, START)


def test_bad_json_is_refused_with_its_line_and_column(target, target_home):
    with pytest.raises(InvalidImport, match=r"^line 4, column 3: not valid JSON"):
        raw = b'{\n  "format": "companion-export",\n  "version": 1\n  "x": 2\n}\n'
        _import_bytes(target, target_home, raw)


def test_text_that_is_not_utf8_is_refused_with_its_line(target, target_home):
    with pytest.raises(InvalidImport, match=r"^line 2: not UTF-8"):
        _import_bytes(target, target_home, b'{\n"note": "\xff"}')


def test_a_byte_order_mark_is_fine(source, target, target_home, clock):
    fill(source, clock)
    text = export_text(source)
    _import_bytes(target, target_home, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert without_created_at(export_of(target)) == without_created_at(json.loads(text))


def test_a_missing_file_is_refused(target, target_home, tmp_path):
    with pytest.raises(InvalidImport, match="cannot be read"):
        import_file(target, target_home.settings_file, tmp_path / "nowhere.json", START)


Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Change:
    """Set (or, with ..., delete) the value at a path like `mood_entries.0.stress`."""

    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) else last
        if value is ...:
            del node[key]
        else:
            node[key] = value

    return change


def _duplicate_first_mood(document: dict[str, Any]) -> None:
    document["mood_entries"].append(copy.deepcopy(document["mood_entries"][0]))


MALFORMED: list[tuple[str, Change, str]] = [
    (
        "stress 11",
        _set("mood_entries.1.stress", 11),
        "mood_entries[1].stress: must be from 0 to 10",
    ),
    (
        "stress as text",
        _set("mood_entries.0.stress", "7"),
        "mood_entries[0].stress: must be a whole number from 0 to 10, got '7'",
    ),
    (
        "unknown emotion",
        _set("mood_entries.2.emotions", ["calm", "furious"]),
        "mood_entries[2].emotions: unknown emotion 'furious'",
    ),
    (
        "emotions not a list",
        _set("mood_entries.0.emotions", "angry"),
        'mood_entries[0].emotions: must be a list, got "angry"',
    ),
    ("unknown category", _set("mood_entries.0.category", "weather"), "mood_entries[0].category"),
    ("control character", _set("mood_entries.0.note", "a\x00b"), "mood_entries[0].note: contains"),
    (
        "time without offset",
        _set("mood_entries.0.at", "2026-11-01T10:00:00"),
        "mood_entries[0].at: must carry an offset",
    ),
    (
        "time not a time",
        _set("mood_entries.0.created_at", "yesterday"),
        "mood_entries[0].created_at",
    ),
    (
        "time of no clock",
        _set("mood_entries.0.at", "9999-12-31T23:00:00-05:00"),
        "mood_entries[0].at: is not a time Companion can keep",
    ),
    (
        "entry before 2000",
        _set("mood_entries.0.at", "1999-12-31T23:00:00+00:00"),
        "mood_entries[0].at: is before the year 2000",
    ),
    (
        "time before any clock",
        _set("breaks.0.created_at", "1969-12-31T23:59:59+00:00"),
        "breaks[0].created_at: is before the year 1970",
    ),
    ("bad uuid", _set("mood_entries.0.id", "not-a-uuid"), "mood_entries[0].id: must be a UUID"),
    ("duplicate ids", _duplicate_first_mood, "mood_entries[3].id:"),
    (
        "missing key",
        _set("thought_records.0.situation", ...),
        "thought_records[0].situation: missing",
    ),
    ("unknown record key", _set("breaks.0.colour", "blue"), "breaks[0].colour: unknown key"),
    ("unknown top key", _set("colour", "blue"), "colour: unknown key"),
    ("missing top key", _set("breaks", ...), "breaks: missing"),
    ("records not a list", _set("exercises", {}), "exercises: must be a list"),
    ("record not an object", _set("breaks.0", 5), "breaks[0]: must be an object, got 5"),
    ("belief 150", _set("thought_records.0.belief", 150), "thought_records[0].belief"),
    ("finished without thought", _set("thought_records.0.automatic_thought", " "), "is required"),
    (
        "unknown distortion",
        _set("thought_records.0.distortions", ["gloom"]),
        "thought_records[0].distortions: unknown distortion 'gloom'",
    ),
    (
        "rating out of range",
        _set("thought_records.0.emotions_before.1.intensity", 101),
        "thought_records[0].emotions_before[1].intensity",
    ),
    (
        "dangling mood link",
        _set("thought_records.0.mood_entry_id", str(uuid.UUID(int=7))),
        "thought_records[0].mood_entry_id: no mood entry",
    ),
    (
        "dangling thought link",
        _set("exercises.1.thought_record_id", str(uuid.UUID(int=8))),
        "exercises[1].thought_record_id: no thought record",
    ),
    ("distress 11", _set("exercises.0.distress_before", 11), "exercises[0].distress_before"),
    ("unknown exercise", _set("exercises.0.kind", "yoga"), "exercises[0].kind: unknown exercise"),
    ("extra not texts", _set("exercises.0.extra", {"n": 2}), "exercises[0].extra"),
    ("bad outcome", _set("breaks.1.outcome", "napped"), "breaks[1].outcome: must be one of taken"),
    ("negative seconds", _set("breaks.0.seconds", -1), "breaks[0].seconds"),
    ("bool as count", _set("breaks.0.postponed", True), "breaks[0].postponed"),
    ("check-in not an object", _set("check_ins", [{}]), "check_ins[0].id: missing"),
    ("check-in extra key", _set("check_ins.0.score", 44), "check_ins[0].score: unknown key"),
    (
        "unknown instrument",
        _set("check_ins.0.instrument", "pss10"),
        "check_ins[0].instrument: must be one of who5",
    ),
    (
        "four answers",
        _set("check_ins.0.answers", [3, 2, 1, 2]),
        "check_ins[0].answers: WHO-5 needs",
    ),
    ("answer 6", _set("check_ins.1.answers", [4, 4, 3, 6, 4]), "check_ins[1].answers: answer 4"),
    (
        "answer as text",
        _set("check_ins.0.answers", "32123"),
        "check_ins[0].answers: must be a list",
    ),
    (
        "answer bool",
        _set("check_ins.0.answers", [3, 2, True, 2, 3]),
        "check_ins[0].answers: answer 3",
    ),
    ("raw not the sum", _set("check_ins.0.raw", 12), "check_ins[0].raw: must be the sum"),
    ("raw 26", _set("check_ins.0.raw", 26), "check_ins[0].raw"),
    ("check-in naive time", _set("check_ins.0.at", "2026-11-02T09:00:00"), "check_ins[0].at"),
    (
        "check-in twice",
        lambda d: d["check_ins"].append(dict(d["check_ins"][0])),
        "check_ins[2].id: ",
    ),
    ("unknown setting", _set("settings.colour", "blue"), "settings.colour: unknown setting"),
    (
        "bad setting",
        _set("settings", {"breaks.micro_seconds": 5}),
        "settings.breaks.micro_seconds: must be a whole number from 20 to 120",
    ),
    ("newer version", _set("version", 4), "version: the file is export version 4, newer"),
    ("version as text", _set("version", "1"), 'version: must be 1, 2 or 3, got "1"'),
    ("no version", _set("version", ...), "version: missing"),
    ("goal of no kind", _set("goals.0.code", "sleep"), "goals[0].code: unknown goal 'sleep'"),
    ("target 500", _set("goals.0.target", 500), "goals[0].target: the target of breaks_taken"),
    ("own goal without text", _set("goals.1.label", "  "), "goals[1].label: your own goal"),
    ("text on another goal", _set("goals.0.label", "x"), "goals[0].label: only the goal own"),
    ("tick of no goal", _set("goal_ticks.0.code", "sleep"), "goal_ticks[0].code: must be one"),
    ("tick twice", lambda d: d["goal_ticks"].append(dict(d["goal_ticks"][0])), "goal_ticks[1].id"),
    (
        "unknown call type",
        _set("difficult_call_types.0.category", "weather"),
        "difficult_call_types[0].category: unknown call type 'weather'",
    ),
    ("goals missing", _set("goals", ...), "goals: missing"),
    ("not an export", _set("format", "something-else"), "format: not a Companion export"),
    ("no format", _set("format", ...), "format: missing, so this is not a Companion export"),
    ("bad created_at", _set("created_at", 5), "created_at: must be an ISO 8601 time"),
]


@pytest.mark.parametrize(
    ("change", "message"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_a_malformed_document_is_refused_naming_the_key_and_changes_nothing(
    source, target, target_home, clock, change, message
):
    fill(source, clock)
    document = export_of(source, SETTINGS)
    # The target holds some of it already, and settings of its own.
    import_document(target, target_home.settings_file, {**document, "breaks": []}, clock.now())
    target_home.settings_file.write_text('language = "en"\n', encoding="utf-8")
    before = export_of(target)
    change(document)
    with pytest.raises(InvalidImport) as refused:
        import_document(target, target_home.settings_file, document, clock.now())
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    assert without_created_at(export_of(target)) == without_created_at(before)
    assert target_home.settings_file.read_text(encoding="utf-8") == 'language = "en"\n'
    assert list(target_home.data_dir.glob(".import-*")) == []  # the scratch file is gone


@pytest.mark.parametrize("value", [[], "text", 3, None])
def test_a_document_that_is_not_an_object_is_refused(target, target_home, clock, value):
    with pytest.raises(InvalidImport, match="not a Companion export"):
        import_document(target, target_home.settings_file, value, clock.now())


def test_exports_of_versions_1_and_2_still_import_and_version_3_carries_the_plan(tmp_path, clock):
    """Exports written before breaks could be cut short (version 1) and before the goals of My
    plan travelled (version 2) import as they did; version 3 holds the goals, the own goal's
    text and ticks and the difficult call types, which a Companion that reads only 2 calls
    newer."""
    from companion.storage.transfer_checks import READABLE_VERSIONS, VERSION

    assert VERSION == 3 and READABLE_VERSIONS == (1, 2, 3)
    source = _open(tmp_path / "source", clock)
    try:
        source.add_break(BreakRecord("micro", START, START, "cut_short", 0, 12))
        source.set_goal("own", 4, "下班前伸展")
        source.tick_goal()
        source.set_difficult_call_types({"refund"})
        document = export_of(source)
    finally:
        source.close()
    assert document["version"] == 3
    assert [item["outcome"] for item in document["breaks"]] == ["cut_short"]
    plan = ("goals", "goal_ticks", "difficult_call_types")
    version_2 = {key: value for key, value in document.items() if key not in plan}
    version_1 = dict(version_2, version=1, breaks=[])
    for doc, count in ((document, 1), (dict(version_2, version=2), 1), (version_1, 0)):
        target = _open(tmp_path / f"target-{doc['version']}", clock)
        try:
            import_document(target, tmp_path / "settings.toml", doc, START)
            assert [record.outcome for _id, record in target.breaks_between()] == (
                ["cut_short"] * count
            )
            has_plan = doc["version"] == 3
            assert [goal.label for goal in target.goals()] == (["下班前伸展"] if has_plan else [])
            assert target.difficult_call_types() == (frozenset({"refund"}) if has_plan else set())
            assert (export_of(target)["goal_ticks"] != []) is has_plan
        finally:
            target.close()
    mixed = _open(tmp_path / "mixed", clock)
    try:
        with pytest.raises(InvalidImport, match="goals: unknown key"):
            import_document(mixed, tmp_path / "s.toml", dict(document, version=2), START)
    finally:
        mixed.close()


def test_a_scratch_file_a_killed_import_left_is_removed_by_the_next(
    source, target, target_home, clock
):
    """An import killed half way leaves its scratch file (notes in it) in the data folder: the
    next import removes it once it is an hour old; a newer one may be another import's."""
    fill(source, clock)
    old = target_home.data_dir / ".import-killed.tmp"
    running = target_home.data_dir / ".import-running.tmp"
    for path, age in ((old, timedelta(hours=2)), (running, timedelta(minutes=5))):
        path.write_bytes(b"notes")
        stamp = (clock.now() - age).timestamp()
        os.utime(path, (stamp, stamp))
    import_document(target, target_home.settings_file, export_of(source), clock.now())
    assert not old.exists() and running.exists()


def test_a_file_whose_keys_a_tool_sorted_imports_the_same(source, target, target_home, clock):
    """`jq -S` (or any JSON tool) may reorder the keys: `format` and `version` then come last,
    and are looked for ahead before any record is taken."""
    fill(source, clock)
    document = export_of(source, SETTINGS)
    path = target_home.data_dir / "sorted.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, sort_keys=True, indent=1), encoding="utf-8")
    report = import_file(target, target_home.settings_file, path, clock.now())
    assert report.added["mood_entries"] == 3 and report.added["goals"] == 2
    again = export_of(target, load_settings(target_home.settings_file).values)
    assert without_created_at(again) == without_created_at(document)


@pytest.mark.parametrize(
    ("text", "says", "kind"),
    [
        ('{"breaks": [], "format": "other"}', "format: not a Companion export", "foreign"),
        ('{"breaks": [], "version": 9, "format": "companion-export"}', "newer", "newer"),
        ('{"breaks": [1], "breaks": []}', "format: missing", "foreign"),
        (
            '{"format": "companion-export", "version": 1, "breaks": [], "breaks": []}',
            "breaks: appears twice",
            "damaged",
        ),
    ],
)
def test_what_the_header_says_comes_first_wherever_it_is(target, target_home, text, says, kind):
    path = target_home.data_dir / "header.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidImport, match=says) as refused:
        import_file(target, target_home.settings_file, path, START)
    assert refused.value.kind == kind


def test_where_to_share_with_a_team_is_never_exported_nor_imported(
    source, target_home, target, clock
):
    """team.* is the administrator's, per computer: an export (by the settings window or the
    command) leaves it out, and a crafted document cannot point this computer at a server."""
    team = {"team.url": "postgresql://a7@db.example.com/c", "team.name": "一组"}
    document = export_of(source, {**SETTINGS, **team})
    assert document["settings"] == json.loads(json.dumps(export_of(source, SETTINGS)["settings"]))
    document["settings"].update(
        {"team.url": "postgresql://a7@collector.example.net/loot", "team.name": "x"}
    )
    report = import_document(target, target_home.settings_file, document, clock.now())
    assert report.settings_not_taken == ["team.url", "team.name"]
    assert sorted(report.settings_added) == sorted(SETTINGS)
    settings = load_settings(target_home.settings_file)
    assert settings.get("team.url") == "" and settings.get("team.name") == ""
