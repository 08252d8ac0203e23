"""Export and import: all of one's data as one versioned JSON document, or CSV files.

The JSON export holds every mood entry (with its emotions), thought record, exercise, break,
check-in, goal of *My plan*, tick of the own goal and call type marked as difficult, each with
its UUID (or code) and its own times (ISO 8601, UTC, with the offset), and the settings the
settings file sets, but never `team.*` (where to share is set on each computer, never carried
in a file nor taken from one). Both ways go a record at a time, so memory stays the same
whatever the length of the history: the export reads the store in one snapshot and writes each
record as it comes (companion.storage.export_rows, companion.storage.json_stream); the import
reads the file a piece at a time, checks each record as it comes
(companion.storage.transfer_checks) and keeps it in a scratch file, then adds what the store
does not hold yet in one transaction (companion.storage.import_scratch): a record whose UUID is
already there is skipped, never overwritten, and on any problem nothing is added. An export
imported into an empty store exports the same again, apart from `created_at`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from companion.files import atomic_file, make_private_dir
from companion.settings import SPECS, keys_in_file, save_setting
from companion.spreadsheet import safe_row
from companion.storage import export_rows
from companion.storage.import_scratch import Scratch
from companion.storage.json_stream import JsonDocument, JsonFile, Stream, write_object
from companion.storage.quick_rows import quick_break, quick_mood
from companion.storage.transfer_checks import (
    BREAK_KEYS,
    CHECK_IN_KEYS,
    DIFFICULT_KEYS,
    EXERCISE_KEYS,
    FORMAT,
    GOAL_KEYS,
    GOAL_TICK_KEYS,
    HEADER_KEYS,
    MOOD_KEYS,
    RECORD_KEYS,
    RECORD_KINDS,
    THOUGHT_KEYS,
    VERSION,
    Fields,
    Header,
    InvalidImport,
    carried,
    check_break,
    check_check_in,
    check_created_at,
    check_difficult,
    check_exercise_use,
    check_goal_record,
    check_goal_tick,
    check_header,
    check_mood,
    check_settings,
    check_thought,
    describe,
    missing_key,
    not_an_object,
    twice_key,
    unknown_key,
)

if TYPE_CHECKING:
    from companion.storage.store import Store

__all__ = [
    "CSV_FILES",
    "FORMAT",
    "VERSION",
    "ImportReport",
    "InvalidImport",
    "database_reason",
    "import_document",
    "import_file",
    "write_csv",
    "write_export",
    "write_json",
]

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]


# -- export ------------------------------------------------------------------------------------


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _plain(value: Any) -> Any:
    """A setting's value as JSON: dates as YYYY-MM-DD."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def _document(connection: Any, settings: Mapping[str, Any], now: datetime) -> Iterator[Any]:
    yield "format", FORMAT
    yield "version", VERSION
    yield "created_at", iso(now)
    for kind in RECORD_KINDS:
        yield kind, Stream(export_rows.KINDS[kind](connection))
    yield (
        "settings",
        {key: _plain(settings[key]) for key in SPECS if key in settings and carried(key)},
    )


def write_export(store: Store, settings: Mapping[str, Any], now: datetime, out: IO[str]) -> None:
    """Everything in the store, and `settings` (the keys the settings file sets), as one JSON
    document written to `out` a record at a time. Records come in a stable order, oldest
    first; the text is what `json.dumps(document, ensure_ascii=False, indent=2)` writes."""
    with store.snapshot() as connection:
        write_object(out, _document(connection, settings, now))


@contextlib.contextmanager
def _text_file(path: Path, encoding: str) -> Iterator[IO[str]]:
    """`path` written whole or not at all (companion.files.atomic_file), as text."""
    with atomic_file(path) as handle:
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        try:
            yield text
            text.flush()
        finally:
            with contextlib.suppress(ValueError, OSError):
                text.detach()


def write_json(store: Store, settings: Mapping[str, Any], now: datetime, path: Path) -> None:
    """The export, readable by its owner only; a reader never sees half a file."""
    with _text_file(path, "utf-8") as out:
        write_export(store, settings, now, out)


def _joined(values: list[Any]) -> str:
    return ";".join(str(value) for value in values)


def _ratings_text(ratings: list[dict[str, Any]]) -> str:
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
    "goals.csv": ("goals", GOAL_KEYS, {}),
    "goal_ticks.csv": ("goal_ticks", GOAL_TICK_KEYS, {}),
    "difficult_call_types.csv": ("difficult_call_types", DIFFICULT_KEYS, {}),
}


def write_csv(store: Store, folder: Path) -> list[Path]:
    """One CSV file per kind of record in `folder` (created if needed), from one snapshot of
    the store, a row at a time; the settings are not records and are only in the JSON export.
    UTF-8 with a byte-order mark (else Excel reads the file in the system's code page and
    shows Chinese as mojibake), "\\r\\n" line ends as Excel writes them, and every text cell a
    spreadsheet would run as a formula made plain text (companion.spreadsheet)."""
    make_private_dir(folder)
    written = []
    with store.snapshot() as connection:
        for name, (kind, columns, converters) in CSV_FILES.items():
            path = folder / name
            with _text_file(path, "utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                for record in export_rows.KINDS[kind](connection):
                    writer.writerow(
                        safe_row(
                            _cell(converters.get(column, _cell)(record.get(column)))
                            for column in columns
                        )
                    )
            written.append(path)
    return written


# -- import ------------------------------------------------------------------------------------


@dataclass(slots=True)
class ImportReport:
    """How many records of each kind (keys as in the document) were added and skipped; how
    many of those added carry a time after now on this computer (kept as they were), and the
    latest such time."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_KINDS, 0))
    settings_added: list[str] = field(default_factory=list)
    settings_kept: list[str] = field(default_factory=list)  # set in the settings file already
    settings_problem: str = ""  # why the settings were not (all) applied
    future: int = 0
    latest_future: datetime | None = None
    settings_not_taken: list[str] = field(default_factory=list)  # team.*: never imported


_CHECKS: dict[str, Callable[[Fields], Any]] = {
    "mood_entries": check_mood,
    "thought_records": check_thought,
    "exercises": check_exercise_use,
    "breaks": check_break,
    "check_ins": check_check_in,
    "goals": check_goal_record,
    "goal_ticks": check_goal_tick,
    "difficult_call_types": check_difficult,
}

Reader = JsonFile | JsonDocument


def _header(reader: Reader, found: dict[str, Any]) -> Header:
    """The header from the keys read so far, looking further into the file for `format` and
    `version` when they were not first (a file whose keys were sorted, say)."""
    if "format" not in found or "version" not in found:
        with reader.reopened() as ahead:
            if ahead.open_object():
                for key in ahead.each_key():
                    if key in HEADER_KEYS and key not in found:
                        found[key] = ahead.value()
                    else:
                        ahead.skip()
                    if "format" in found and "version" in found:
                        break
    return check_header(found)


def _records(reader: Reader, kind: str, scratch: Scratch) -> None:
    if not reader.is_list():
        raise InvalidImport(f"{kind}: must be a list, got {describe(reader.value())}")
    keys, check = RECORD_KEYS[kind], _CHECKS[kind]
    if kind == "mood_entries":  # most records: as the app writes them, checked fast
        for n, item in enumerate(reader.items()):
            mood = quick_mood(item)
            if mood is not None:
                scratch.add_row(kind, n, *mood)
            else:
                scratch.add(kind, n, check(Fields(item, f"{kind}[{n}]", keys)))
    elif kind == "breaks":
        for n, item in enumerate(reader.items()):
            pause = quick_break(item)
            if pause is not None:
                scratch.add_row(kind, n, *pause)
            else:
                scratch.add(kind, n, check(Fields(item, f"{kind}[{n}]", keys)))
    else:
        for n, item in enumerate(reader.items()):
            scratch.add(kind, n, check(Fields(item, f"{kind}[{n}]", keys)))
    scratch.flush(kind)


def _walk(reader: Reader, scratch: Scratch, not_taken: list[str] | None = None) -> dict[str, Any]:
    """Check every record of the document into `scratch`; its settings, checked. Raises
    InvalidImport on the first problem."""
    if not reader.open_object():
        document = reader.value()
        reader.end()
        raise not_an_object(document)
    found: dict[str, Any] = {}  # the header's keys, as long as they come first
    header: Header | None = None
    seen: set[str] = set()
    settings: dict[str, Any] = {}
    for key in reader.each_key():
        if key in seen:
            raise twice_key(key)
        seen.add(key)
        if header is None and key in HEADER_KEYS:
            found[key] = reader.value()
            continue
        if header is None:
            header = _header(reader, found)
        if key in header.kinds:
            _records(reader, key, scratch)
        elif key == "settings":
            settings = check_settings(reader.value(), not_taken)
        elif key == "created_at":
            check_created_at(reader.value())
        elif key in HEADER_KEYS:
            reader.value()  # read ahead for the header already
        else:
            raise unknown_key(key)
    if header is None:
        header = _header(reader, found)
    reader.end()
    for key in header.keys:
        if key not in seen:
            raise missing_key(key)
    return settings


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


def _import(
    store: Store, settings_file: Path, reader: Reader, now: datetime, progress: Progress | None
) -> ImportReport:
    tell = progress or (lambda _step, _count: None)
    tell("checking", 0)
    not_taken: list[str] = []
    with Scratch(store.folder, now) as scratch:
        settings = _walk(reader, scratch, not_taken)
        scratch.finish()
        merged = store.add_imported(scratch.path, now, tell)
    report = ImportReport(
        future=merged.future, latest_future=merged.latest, settings_not_taken=not_taken
    )
    report.added.update(merged.added)
    report.skipped.update(merged.skipped)
    _apply_settings(settings_file, settings, report)
    log.info(
        "import: added %s, skipped %s, %d dated after now, settings added %d",
        report.added,
        report.skipped,
        report.future,
        len(report.settings_added),
    )
    return report


def import_file(
    store: Store,
    settings_file: Path,
    path: Path,
    now: datetime,
    progress: Progress | None = None,
) -> ImportReport:
    """Check all of the export at `path` (InvalidImport, nothing changed, on the first
    problem), then add the records the store does not hold in one transaction, then the
    settings. `progress` is told each step as it begins: ("checking", 0), then ("saving", the
    new records' count). `now` only tells which records are dated after now here."""
    with JsonFile(path) as reader:
        return _import(store, settings_file, reader, now, progress)


def import_document(
    store: Store,
    settings_file: Path,
    document: object,
    now: datetime,
    progress: Progress | None = None,
) -> ImportReport:
    """`import_file` for a document already read (a parsed JSON value)."""
    return _import(store, settings_file, JsonDocument(document), now, progress)


def check_document(document: object, folder: Path, now: datetime) -> None:
    """Check every record of a parsed document as an import would (but not its links, which
    need a store); raises InvalidImport. `folder` holds the scratch file meanwhile."""
    with Scratch(folder, now) as scratch:
        _walk(JsonDocument(document), scratch)
        scratch.finish()
