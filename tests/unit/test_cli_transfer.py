"""`companion export`, `import` and `erase`, in-process on a private COMPANION_HOME."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from companion.cli import main
from companion.paths import AppPaths


@dataclass
class Result:
    code: int
    out: str
    err: str


Cli = Callable[..., Result]


def _close_log_files() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _restore_log_level() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    _close_log_files()
    logging.getLogger().setLevel(level)


@pytest.fixture
def cli(home: AppPaths, capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*argv: str) -> Result:
        try:
            code = main(list(argv))
        except SystemExit as leaving:
            code = 0 if leaving.code is None else int(leaving.code)
        finally:
            _close_log_files()
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def _fill(cli: Cli) -> None:
    for argv in (
        ["--stress", "8", "--emotion", "wronged", "angry", "--note", "说我们从不发货"],
        ["--stress", "3", "--category", "refund"],
    ):
        assert cli("log", *argv).code == 0
    assert cli("config", "set", "breaks.micro_seconds", "60").code == 0


def _export(cli: Cli) -> dict:
    result = cli("export")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_export_prints_one_json_document(cli: Cli) -> None:
    _fill(cli)
    document = _export(cli)
    assert document["format"] == "companion-export" and document["version"] == 3
    assert [entry["stress"] for entry in document["mood_entries"]] == [8, 3]
    assert document["mood_entries"][0]["note"] == "说我们从不发货"
    assert document["check_ins"] == []
    assert document["settings"] == {"breaks.micro_seconds": 60}


def test_export_to_a_file_and_as_csv(cli: Cli, tmp_path: Path) -> None:
    _fill(cli)
    out = tmp_path / "mine.json"
    result = cli("export", "--out", str(out))
    assert result.code == 0 and result.out.strip() == str(out)
    assert json.loads(out.read_text(encoding="utf-8"))["mood_entries"][1]["category"] == "refund"
    folder = tmp_path / "csv"
    result = cli("export", "--format", "csv", "--out", str(folder))
    assert result.code == 0, result.err
    assert sorted(path.name for path in folder.iterdir()) == [
        "breaks.csv",
        "check_ins.csv",
        "difficult_call_types.csv",
        "exercises.csv",
        "goal_ticks.csv",
        "goals.csv",
        "mood_entries.csv",
        "thought_records.csv",
    ]
    moods = (folder / "mood_entries.csv").read_text(encoding="utf-8-sig")
    assert "wronged;angry" in moods and "说我们从不发货" in moods


def test_csv_needs_a_folder_and_a_bad_place_fails(cli: Cli, tmp_path: Path) -> None:
    refused = cli("export", "--format", "csv")
    assert refused.code == 2 and "--out" in refused.err and refused.out == ""
    failed = cli("export", "--out", str(tmp_path / "no" / "such" / "folder" / "x.json"))
    assert failed.code == 1 and "cannot write" in failed.err and "Traceback" not in failed.err


def test_import_round_trip_then_everything_is_skipped(
    cli: Cli, home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(cli)
    exported = tmp_path / "export.json"
    assert cli("export", "--out", str(exported)).code == 0
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "elsewhere"))
    first = cli("import", str(exported))
    assert first.code == 0, first.err
    assert "mood entries:         2 added, 0 skipped" in first.out
    assert "settings:             1 added, 0 kept" in first.out
    assert "dated after now" not in first.out
    again = cli("import", str(exported))
    assert again.code == 0
    assert "mood entries:         0 added, 2 skipped" in again.out
    assert "breaks:               0 added, 0 skipped" in again.out
    copy = _export(cli)
    original = json.loads(exported.read_text(encoding="utf-8"))
    del copy["created_at"], original["created_at"]
    assert copy == original


def test_a_malformed_import_exits_1_naming_the_key_and_changes_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    _fill(cli)
    document = _export(cli)
    document["mood_entries"][0]["id"] = "0b7f8f4e-1d57-4b0c-9d3c-2f1e5a6b7c8d"  # a new one…
    document["mood_entries"][1]["id"] = "1b7f8f4e-1d57-4b0c-9d3c-2f1e5a6b7c8d"
    document["mood_entries"][1]["stress"] = 11  # … and a bad one
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = _export(cli)
    result = cli("import", str(bad))
    assert result.code == 1
    assert result.out == ""
    assert result.err == (
        f"companion import: {bad}: mood_entries[1].stress: must be from 0 to 10, got 11; "
        "nothing was imported\n"
    )
    after = _export(cli)
    assert after["mood_entries"] == before["mood_entries"]


def test_a_json_syntax_error_names_line_and_column(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "companion-export",\n "version": 1,,\n}', encoding="utf-8")
    result = cli("import", str(bad))
    assert result.code == 1
    assert "line 2, column 15: not valid JSON" in result.err
    missing = cli("import", str(tmp_path / "missing.json"))
    assert missing.code == 1 and "cannot be read" in missing.err
    assert cli("import").code == 2


def test_erase_without_yes_says_what_it_would_delete(cli: Cli, home: AppPaths) -> None:
    _fill(cli)
    result = cli("erase")
    assert result.code == 2
    assert result.out == ""
    assert str(home.database) in result.err and str(home.log_file) in result.err
    assert "--yes" in result.err
    assert home.database.exists()


def test_erase_yes_removes_the_data_and_keeps_the_settings(cli: Cli, home: AppPaths) -> None:
    _fill(cli)
    home.database.with_name("companion.db.corrupt-20261101-101010").write_bytes(b"old")
    result = cli("erase", "--yes")
    assert result.code == 0, result.err
    assert str(home.database) in result.out and "corrupt-20261101-101010" in result.out
    assert "settings" in result.out
    assert sorted(path.name for path in home.data_dir.iterdir()) == ["settings.toml"]
    assert _export(cli)["mood_entries"] == []
    assert cli("erase", "--yes").out.startswith("Erased")  # the export made a new store


def test_erase_with_nothing_there(cli: Cli, home: AppPaths) -> None:
    result = cli("erase", "--yes")
    assert result.code == 0 and "Nothing to erase" in result.out
    assert not home.data_dir.exists()


def test_erase_refuses_while_companion_runs(cli: Cli, home: AppPaths) -> None:
    _fill(cli)
    lock = QLockFile(str(home.instance_lock))  # what the running app holds
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    try:
        result = cli("erase", "--yes")
    finally:
        lock.unlock()
    assert result.code == 1
    assert "Companion is running" in result.err and "settings window" in result.err
    assert home.database.exists() and home.log_file.exists()
