"""Export and import on real stores: the round trip, skipping what is there, malformed files."""

from __future__ import annotations

import copy
import json
import os
import stat
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from companion.domain.breaks import KINDS, OUTCOMES, BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import FixedClock
from companion.domain.mood import make_mood_input
from companion.domain.thoughts import EmotionRating, Evidence, ExerciseUse, ThoughtRecord
from companion.paths import AppPaths
from companion.settings import load_settings, save_setting
from companion.storage.batch import ImportBatch, StoredBreak
from companion.storage.models import BreakEventRow
from companion.storage.store import Store, open_store
from companion.storage.transfer import (
    InvalidImport,
    export_document,
    export_text,
    import_document,
    parse_document,
    read_document,
    write_csv,
    write_json,
)

START = datetime(2026, 11, 2, 1, 0, 0, 123456, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def _open(root: Path, clock: FixedClock) -> Store:
    store, _report = open_store(AppPaths(root, root), clock)
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
    and two weekly check-ins (one of them low)."""
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
    return ids


def export_of(
    store: Store, settings: dict[str, Any] | None = None, now: datetime = START
) -> dict[str, Any]:
    """An export as it would be read back from its file, made at `now` (the records' clock)."""
    document = export_document(store, settings or {}, now)
    return json.loads(export_text(document))


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
    assert (document["format"], document["version"]) == ("companion-export", 2)
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
    assert document["settings"] == {}


@posix_only
def test_the_json_file_is_private_and_utf8(source, clock, tmp_path):
    fill(source, clock)
    path = tmp_path / "export.json"
    write_json(export_document(source, {}, clock.now()), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "说我们骗人" in path.read_text(encoding="utf-8")
    assert list(tmp_path.glob(".*.tmp")) == []


def test_csv_files_one_per_kind_with_a_bom_for_excel(source, clock, tmp_path):
    fill(source, clock)
    written = write_csv(export_document(source, SETTINGS, clock.now()), tmp_path / "csv")
    assert [path.name for path in written] == [
        "mood_entries.csv",
        "thought_records.csv",
        "exercises.csv",
        "breaks.csv",
        "check_ins.csv",
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
    }
    assert report.skipped == {
        "mood_entries": 1,
        "thought_records": 0,
        "exercises": 1,
        "breaks": 1,
        "check_ins": 1,
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


def test_all_records_go_in_one_transaction(target, clock):
    """A write the database refuses half way leaves nothing of the batch behind."""
    now = clock.now()
    taken = uuid.uuid4()
    target.insert_batch(
        ImportBatch(
            breaks=[StoredBreak(taken, BreakRecord("micro", now, None, "taken", 0, 0), now)]
        )
    )
    entry = target.add_mood(make_mood_input(at=now, now=now, stress=3))
    from companion.domain.mood import MoodEntry

    fresh = MoodEntry(uuid.uuid4(), now, 4, ("sad",), None, "新的", created_at=now, updated_at=now)
    clash = StoredBreak(taken, BreakRecord("long", now, None, "skipped", 0, 0), now)
    with pytest.raises(IntegrityError):
        target.insert_batch(ImportBatch(moods=[fresh], breaks=[clash]))
    assert [mood.id for mood in target.moods_between()] == [entry.id]


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


def test_bad_json_is_refused_with_its_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "companion-export",\n  "version": 1\n  "x": 2\n}\n')
    with pytest.raises(InvalidImport, match=r"^line 4, column 3: not valid JSON"):
        read_document(path)


def test_text_that_is_not_utf8_is_refused_with_its_line():
    with pytest.raises(InvalidImport, match=r"^line 2: not UTF-8"):
        parse_document(b'{\n"note": "\xff"}')


def test_a_byte_order_mark_is_fine():
    assert parse_document(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(InvalidImport, match="cannot be read"):
        read_document(tmp_path / "nowhere.json")


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
    ("time in the future", _set("mood_entries.0.at", "2030-01-01T00:00:00+00:00"), "future"),
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
    ("newer version", _set("version", 3), "version: the file is export version 3, newer"),
    ("version as text", _set("version", "1"), 'version: must be 1 or 2, got "1"'),
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


@pytest.mark.parametrize("value", [[], "text", 3, None])
def test_a_document_that_is_not_an_object_is_refused(target, target_home, clock, value):
    with pytest.raises(InvalidImport, match="not a Companion export"):
        import_document(target, target_home.settings_file, value, clock.now())


def test_an_export_version_1_still_imports_and_a_cut_short_break_travels_in_version_2(
    tmp_path, clock
):
    """Exports written before breaks could be cut short (version 1) import as they did; one
    with a cut-short break is version 2, which a Companion that reads only 1 calls newer."""
    from companion.storage.transfer_checks import READABLE_VERSIONS, VERSION

    assert VERSION == 2 and READABLE_VERSIONS == (1, 2)
    source = _open(tmp_path / "source", clock)
    try:
        source.add_break(BreakRecord("micro", START, START, "cut_short", 0, 12))
        document = export_document(source, {}, START)
    finally:
        source.close()
    assert document["version"] == 2
    assert [item["outcome"] for item in document["breaks"]] == ["cut_short"]
    older = dict(document, version=1, breaks=[])
    for doc, count in ((document, 1), (older, 0)):
        target = _open(tmp_path / f"target-{count}", clock)
        try:
            import_document(target, tmp_path / "settings.toml", json.loads(export_text(doc)), START)
            assert [record.outcome for _id, record in target.breaks_between()] == (
                ["cut_short"] * count
            )
        finally:
            target.close()


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
