"""Export and import: all of one's data as one versioned JSON document, or CSV files.

The JSON export holds every mood entry (with its emotions), thought record, exercise, break and
check-in, each with its UUID and its own times (ISO 8601, UTC, with the offset), and the settings
the settings file sets, but never `team.*` (where to share is set on each computer, never carried
in a file nor taken from one). Importing it reads the whole document and checks every value
first (companion.storage.transfer_checks), then inserts the records the store does not hold yet
in one transaction: a record whose UUID is already there is skipped, never overwritten. An
export imported into an empty store exports the same again, apart from `created_at`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.checkin import CheckIn
from companion.domain.thoughts import EmotionRating, ExerciseUse, ThoughtRecord
from companion.files import make_private_dir, write_atomically
from companion.settings import SPECS, keys_in_file, save_setting
from companion.storage.batch import ImportBatch, KnownIds, StoredBreak
from companion.storage.transfer_checks import (
    BREAK_KEYS,
    CHECK_IN_KEYS,
    EXERCISE_KEYS,
    FORMAT,
    MOOD_KEYS,
    RECORD_KINDS,
    THOUGHT_KEYS,
    VERSION,
    InvalidImport,
    carried,
    check_document,
)

if TYPE_CHECKING:
    from companion.domain.mood import MoodEntry
    from companion.storage.store import Store

__all__ = [
    "CSV_FILES",
    "FORMAT",
    "VERSION",
    "ImportReport",
    "InvalidImport",
    "database_reason",
    "export_document",
    "export_text",
    "import_document",
    "parse_document",
    "read_document",
    "write_csv",
    "write_json",
]

log = logging.getLogger(__name__)

Document = dict[str, Any]


# -- export ------------------------------------------------------------------------------------


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _optional_iso(moment: datetime | None) -> str | None:
    return None if moment is None else iso(moment)


def _mood_json(entry: MoodEntry) -> Document:
    return {
        "id": str(entry.id),
        "at": iso(entry.at),
        "stress": entry.stress,
        "emotions": list(entry.emotions),
        "category": entry.category,
        "note": entry.note,
        "created_at": iso(entry.created_at),
        "updated_at": iso(entry.updated_at),
    }


def _ratings_json(ratings: tuple[EmotionRating, ...]) -> list[Document]:
    return [{"emotion": item.emotion, "intensity": item.intensity} for item in ratings]


def _thought_json(record: ThoughtRecord) -> Document:
    return {
        "id": str(record.id),
        "created_at": iso(record.created_at),
        "updated_at": iso(record.updated_at),
        "is_draft": record.is_draft,
        "step": record.step,
        "mood_entry_id": None if record.mood_entry_id is None else str(record.mood_entry_id),
        "situation": record.situation,
        "automatic_thought": record.automatic_thought,
        "emotions_before": _ratings_json(record.emotions_before),
        "distortions": list(record.distortions),
        "evidence": [
            {
                "distortion": item.distortion,
                "evidence_for": item.evidence_for,
                "evidence_against": item.evidence_against,
            }
            for item in record.evidence
        ],
        "balanced_thought": record.balanced_thought,
        "belief": record.belief,
        "emotions_after": _ratings_json(record.emotions_after),
    }


def _exercise_json(use: ExerciseUse) -> Document:
    return {
        "id": str(use.id),
        "kind": use.kind,
        "started_at": iso(use.started_at),
        "finished_at": _optional_iso(use.finished_at),
        "distress_before": use.distress_before,
        "distress_after": use.distress_after,
        "thought_record_id": None if use.thought_record_id is None else str(use.thought_record_id),
        "details": use.details,
        "extra": dict(sorted(use.extra.items())),
    }


def _break_json(item: StoredBreak) -> Document:
    record = item.record
    return {
        "id": str(item.id),
        "kind": record.kind,
        "due": iso(record.due),
        "shown": _optional_iso(record.shown),
        "outcome": record.outcome,
        "postponed": record.postponed,
        "seconds": record.seconds,
        "created_at": iso(item.created_at),
    }


def _check_in_json(check_in: CheckIn) -> Document:
    return {
        "id": str(check_in.id),
        "at": iso(check_in.at),
        "instrument": "who5",
        "answers": list(check_in.answers),
        "raw": check_in.score.raw,
    }


def _plain(value: Any) -> Any:
    """A setting's value as JSON: dates as YYYY-MM-DD."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def export_document(store: Store, settings: Mapping[str, Any], now: datetime) -> Document:
    """Everything in the store, and `settings` (the keys the settings file sets), as one
    document. Records come in a stable order, oldest first."""
    thoughts = sorted(
        [*store.thoughts(drafts=False), *store.thoughts(drafts=True)],
        key=lambda record: (record.created_at, str(record.id)),
    )
    exercises = sorted(store.exercises_between(), key=lambda use: (use.started_at, str(use.id)))
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": iso(now),
        "mood_entries": [_mood_json(entry) for entry in store.moods_between()],
        "thought_records": [_thought_json(record) for record in thoughts],
        "exercises": [_exercise_json(use) for use in exercises],
        "breaks": [_break_json(item) for item in store.all_breaks()],
        "check_ins": [_check_in_json(item) for item in store.check_ins_between()],
        "settings": {
            key: _plain(settings[key]) for key in SPECS if key in settings and carried(key)
        },
    }


def export_text(document: Document) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_json(document: Document, path: Path) -> None:
    """Write the export readable by its owner only; a reader never sees half a file."""
    write_atomically(path, export_text(document).encode("utf-8"))


def _joined(values: list[Any]) -> str:
    return ";".join(str(value) for value in values)


def _ratings_text(ratings: list[Document]) -> str:
    return ";".join(f"{item['emotion']} {item['intensity']}" for item in ratings)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# One file per kind of record: its columns, and how a column is written when it is not a plain
# value of the JSON record (lists are joined by ';', nested objects kept as JSON text).
_CsvColumns = tuple[str, ...]
_Converters = dict[str, Callable[[Any], Any]]
CSV_FILES: dict[str, tuple[str, _CsvColumns, _Converters]] = {
    "mood_entries.csv": ("mood_entries", MOOD_KEYS, {"emotions": _joined}),
    "thought_records.csv": (
        "thought_records",
        THOUGHT_KEYS,
        {
            "emotions_before": _ratings_text,
            "emotions_after": _ratings_text,
            "distortions": _joined,
            "evidence": _json_text,
        },
    ),
    "exercises.csv": ("exercises", EXERCISE_KEYS, {"extra": _json_text}),
    "breaks.csv": ("breaks", BREAK_KEYS, {}),
    "check_ins.csv": ("check_ins", CHECK_IN_KEYS, {"answers": _joined}),
}


def _csv_bytes(records: list[Document], columns: _CsvColumns, converters: _Converters) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)  # "\r\n" line ends, as Excel writes them
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(converters.get(name, _cell)(record.get(name))) for name in columns])
    # UTF-8 with a byte-order mark: without it Excel reads the file in the system's code page
    # and shows Chinese notes as mojibake.
    return out.getvalue().encode("utf-8-sig")


def write_csv(document: Document, folder: Path) -> list[Path]:
    """One CSV file per kind of record in `folder` (created if needed); the settings are not
    records and are only in the JSON export."""
    make_private_dir(folder)
    written = []
    for name, (kind, columns, converters) in CSV_FILES.items():
        path = folder / name
        write_atomically(path, _csv_bytes(document[kind], columns, converters))
        written.append(path)
    return written


# -- import ------------------------------------------------------------------------------------


def parse_document(raw: bytes) -> object:
    """The JSON in `raw`; a refusal names the line (and column) at fault."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InvalidImport(f"line {line}: not UTF-8 text", "not_json") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidImport(
            f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})", "not_json"
        ) from None
    except RecursionError:
        raise InvalidImport("the JSON is nested too deeply to be an export", "foreign") from None


MAX_IMPORT_BYTES = 200 * 1024 * 1024  # ten years of a busy agent's export is under 50 MB


def read_document(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InvalidImport(
                f"is {size / 2**20:,.0f} MB; a Companion export is at most "
                f"{MAX_IMPORT_BYTES // 2**20} MB",
                "unreadable",
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidImport(f"cannot be read ({error.strerror or error})", "unreadable") from None
    return parse_document(raw)


@dataclass(slots=True)
class ImportReport:
    """How many records of each kind (keys as in the document) were added and skipped."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_KINDS, 0))
    settings_added: list[str] = field(default_factory=list)
    settings_kept: list[str] = field(default_factory=list)  # set in the settings file already
    settings_problem: str = ""  # why the settings were not (all) applied
    settings_not_taken: list[str] = field(default_factory=list)  # team.*: never imported


def _new_only(records: ImportBatch, known: KnownIds, report: ImportReport) -> ImportBatch:
    fresh = ImportBatch(
        moods=[item for item in records.moods if str(item.id) not in known.moods],
        thoughts=[item for item in records.thoughts if str(item.id) not in known.thoughts],
        exercises=[item for item in records.exercises if str(item.id) not in known.exercises],
        breaks=[item for item in records.breaks if str(item.id) not in known.breaks],
        check_ins=[item for item in records.check_ins if str(item.id) not in known.check_ins],
    )
    for kind, found, new in (
        ("mood_entries", records.moods, fresh.moods),
        ("thought_records", records.thoughts, fresh.thoughts),
        ("exercises", records.exercises, fresh.exercises),
        ("breaks", records.breaks, fresh.breaks),
        ("check_ins", records.check_ins, fresh.check_ins),
    ):
        report.added[kind] = len(new)
        report.skipped[kind] = len(found) - len(new)
    return fresh


def _apply_settings(settings_file: Path, values: dict[str, Any], report: ImportReport) -> None:
    """Set each imported key the settings file does not set itself: never overwrite one."""
    if not values:
        return
    present = keys_in_file(settings_file)
    if present is None:
        report.settings_problem = f"{settings_file} is not valid TOML, so it was left alone"
        return
    for key, value in values.items():
        if key in present:
            report.settings_kept.append(key)
            continue
        try:
            save_setting(settings_file, key, value)
        except OSError as error:
            report.settings_problem = f"cannot write {settings_file}: {error.strerror or error}"
            return
        report.settings_added.append(key)


def database_reason(error: Exception) -> str:
    """Why the database refused a write, never what was being written: SQLAlchemy's message
    quotes the statement and its parameters (the text of notes)."""
    cause = getattr(error, "orig", None) or error
    first = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
    return first[:120]


def import_document(
    store: Store,
    settings_file: Path,
    document: object,
    now: datetime,
    progress: Callable[[str, int], None] | None = None,
) -> ImportReport:
    """Check all of `document` (InvalidImport, nothing changed, on the first problem), then add
    the records the store does not hold in one transaction, then the settings. `progress` is
    told each step as it begins: ("checking", 0), then ("saving", the new records' count)."""
    tell = progress or (lambda _step, _count: None)
    tell("checking", 0)
    known = store.known_ids()
    checked = check_document(document, now, known)
    report = ImportReport(settings_not_taken=checked.not_taken)
    fresh = _new_only(checked.records, known, report)
    tell("saving", len(fresh))
    store.insert_batch(fresh)
    _apply_settings(settings_file, checked.settings, report)
    log.info(
        "import: added %s, skipped %s, settings added %d",
        report.added,
        report.skipped,
        len(report.settings_added),
    )
    return report
