"""The `companion` command: log, list and config, in-process and as a real process."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import subprocess
import sys
import tomllib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion import __version__
from companion.cli import main
from companion.domain.clock import FixedClock
from companion.paths import AppPaths
from companion.storage.store import open_store

REPO = Path(__file__).resolve().parents[2]
ISO_SECONDS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
KEYS = {"id", "at", "stress", "emotions", "category", "note"}


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Cli = Callable[..., Result]


def _close_log_files() -> None:
    """Close the log file a command opened; each real run is a process of its own.

    companion.logs.setup_logging drops the previous handler without closing it (see
    tests/unit/test_logs.py), which in one process leaks a file per command run.
    """
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
def cli(home: AppPaths, local_tz: Callable[[str], None], capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run `companion ARGS...` in this process, local time Europe/Berlin unless changed."""
    local_tz("Europe/Berlin")

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


def _count(paths: AppPaths) -> int:
    store, _ = open_store(paths, FixedClock(datetime.now(UTC)))
    try:
        return store.count_moods()
    finally:
        store.close()


def _listed(cli: Cli, *extra: str) -> list[dict[str, object]]:
    result = cli("list", "--format", "json", *extra)
    assert result.code == 0, result.err
    assert result.err == ""
    rows = json.loads(result.out)
    assert isinstance(rows, list)
    return rows


def _log(cli: Cli, *extra: str) -> uuid.UUID:
    result = cli("log", *extra)
    assert result.code == 0, result.err
    assert result.err == ""
    return uuid.UUID(result.out.strip())


def _refused(result: Result) -> None:
    assert result.code == 2, result
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err.endswith("\n")
    assert "Traceback" not in result.err


# --- log --------------------------------------------------------------------------------------


def test_log_prints_a_uuid_and_the_entry_is_listed(cli: Cli, home: AppPaths) -> None:
    result = cli("log", "--stress", "7", "--emotion", "angry", "wronged", "--category", "refund")
    assert result.code == 0
    assert result.err == ""
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\n", result.out
    )
    entry_id = uuid.UUID(result.out.strip())
    rows = _listed(cli)
    assert len(rows) == 1
    assert rows[0]["id"] == str(entry_id)
    assert rows[0]["stress"] == 7
    assert rows[0]["emotions"] == ["wronged", "angry"]
    assert rows[0]["category"] == "refund"
    assert rows[0]["note"] is None
    assert _count(home) == 1


def test_log_without_at_is_now(cli: Cli) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    _log(cli, "--stress", "3")
    after = datetime.now(UTC)
    at = datetime.fromisoformat(str(_listed(cli)[0]["at"]))
    assert before <= at <= after


def test_log_keeps_a_note_exactly(cli: Cli) -> None:
    note = "客户: “退款！” 👩‍💻\n第二行\tand العربية"
    _log(cli, "--stress", "4", "--note", note)
    assert _listed(cli)[0]["note"] == note


def test_repeated_emotions_are_merged(cli: Cli) -> None:
    _log(cli, "--stress", "4", "--emotion", "calm", "sad", "--emotion", "calm", "proud")
    assert _listed(cli)[0]["emotions"] == ["sad", "calm", "proud"]


def test_at_with_an_offset(cli: Cli) -> None:
    _log(cli, "--stress", "5", "--at", "2026-01-15T10:00+08:00")
    assert _listed(cli)[0]["at"] == "2026-01-15T03:00:00+01:00"  # shown in Berlin time


def test_at_without_an_offset_is_local_time(cli: Cli, local_tz: Callable[[str], None]) -> None:
    local_tz("Asia/Shanghai")
    _log(cli, "--stress", "5", "--at", "2026-01-15T10:00")
    assert _listed(cli)[0]["at"] == "2026-01-15T10:00:00+08:00"
    local_tz("UTC")
    assert _listed(cli)[0]["at"] == "2026-01-15T02:00:00+00:00"


def test_at_without_an_offset_in_summer_time(cli: Cli) -> None:
    _log(cli, "--stress", "5", "--at", "2026-07-01T09:30:15")
    assert _listed(cli)[0]["at"] == "2026-07-01T09:30:15+02:00"


def test_entries_in_the_repeated_autumn_hour_keep_their_own_offset(cli: Cli) -> None:
    # 02:30 happened twice in Berlin on 25 October 2026: an hour apart.
    _log(cli, "--stress", "1", "--at", "2026-10-25T02:30+02:00")
    _log(cli, "--stress", "2", "--at", "2026-10-25T02:30+01:00")
    assert [row["at"] for row in _listed(cli)] == [
        "2026-10-25T02:30:00+02:00",
        "2026-10-25T02:30:00+01:00",
    ]


def test_a_time_the_clocks_skipped_is_refused_with_both_exact_forms(
    cli: Cli, home: AppPaths
) -> None:
    # 02:30 never happened in Berlin on 29 March 2026: the clocks went from 02:00 to 03:00.
    result = cli("log", "--stress", "5", "--at", "2026-03-29T02:30")
    _refused(result)
    assert result.err.startswith("companion log: 2026-03-29T02:30 never happened in local time")
    assert "2026-03-29T01:30+01:00" in result.err and "2026-03-29T03:30+02:00" in result.err
    assert _count(home) == 0
    _log(cli, "--stress", "5", "--at", "2026-03-29T03:30+02:00")  # said exactly, it is taken
    assert [row["at"] for row in _listed(cli)] == ["2026-03-29T03:30:00+02:00"]


def test_a_time_the_clocks_showed_twice_is_the_first_and_the_command_says_so(cli: Cli) -> None:
    result = cli("log", "--stress", "3", "--at", "2026-10-25T02:30")
    assert result.code == 0, result.err
    uuid.UUID(result.out.strip())
    assert result.err_lines == [
        "companion log: note: 2026-10-25T02:30 happened twice in local time (the clocks went "
        "back 1 hour that night); the first was taken, 2026-10-25T02:30+02:00. For the second, "
        "give 2026-10-25T02:30+01:00"
    ]
    second = cli("log", "--stress", "4", "--at", "2026-10-25T02:30+01:00")
    assert second.code == 0 and second.err == ""
    assert [row["at"] for row in _listed(cli)] == [
        "2026-10-25T02:30:00+02:00",
        "2026-10-25T02:30:00+01:00",
    ]
    assert cli("log", "--stress", "3", "--at", "2026-10-25T03:30").err == ""  # once only


def test_future_at_is_refused_and_nothing_written(cli: Cli, home: AppPaths) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    for at in (soon, "2999-01-01T00:00"):
        result = cli("log", "--stress", "5", "--at", at)
        _refused(result)
        assert "future" in result.err
    assert _count(home) == 0


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--stress", "11"], "11"),
        (["--stress", "-1"], "-1"),
        (["--stress", "abc"], "abc"),
        (["--stress", "5.5"], "5.5"),
        (["--stress", ""], "stress"),
        (["--stress", "5", "--emotion", "furious"], "furious"),
        (["--stress", "5", "--category", "billing"], "billing"),
        (["--stress", "5", "--note", "x" * 2001], "2001"),
        (["--stress", "5", "--note", "ring the bell\x07"], "U+0007"),
        (["--stress", "5", "--note", "escape\x1b[31m red"], "U+001B"),
        (["--stress", "5", "--at", "yesterday"], "yesterday"),
        (["--stress", "5", "--at", "1999-12-31T12:00+00:00"], "2000"),
    ],
    ids=[
        "stress-11",
        "stress-minus-1",
        "stress-abc",
        "stress-float",
        "stress-empty",
        "unknown-emotion",
        "unknown-category",
        "note-2001",
        "note-bell",
        "note-escape",
        "at-not-iso",
        "at-before-2000",
    ],
)
def test_refused_values_exit_2_with_one_line_and_write_nothing(
    cli: Cli, home: AppPaths, argv: list[str], says: str
) -> None:
    _log(cli, "--stress", "1")
    result = cli("log", *argv)
    _refused(result)
    assert result.err.startswith("companion log: ")
    assert says in result.err
    assert _count(home) == 1


def test_the_log_file_never_contains_what_the_user_wrote(cli: Cli, home: AppPaths) -> None:
    entry_id = _log(cli, "--stress", "6", "--note", "my manager is unfair SECRET-42")
    text = home.log_file.read_text(encoding="utf-8")
    assert str(entry_id) in text
    assert "SECRET-42" not in text


# --- list -------------------------------------------------------------------------------------


def test_list_json_has_exactly_the_documented_keys_oldest_first(cli: Cli) -> None:
    _log(cli, "--stress", "2", "--at", "2026-02-01T10:00:00.750", "--note", "b")
    _log(cli, "--stress", "1", "--at", "2026-01-01T09:00", "--category", "other", "--note", "a")
    _log(cli, "--stress", "3", "--at", "2026-03-01T08:00", "--emotion", "tense")
    rows = _listed(cli)
    assert [row["stress"] for row in rows] == [1, 2, 3]
    for row in rows:
        assert set(row) == KEYS
        assert isinstance(row["at"], str)
        assert ISO_SECONDS.match(row["at"]), row["at"]
        uuid.UUID(str(row["id"]))
        assert isinstance(row["emotions"], list)
    assert [row["at"] for row in rows] == [
        "2026-01-01T09:00:00+01:00",
        "2026-02-01T10:00:00+01:00",  # whole seconds: the .750 is not shown
        "2026-03-01T08:00:00+01:00",
    ]
    assert rows[0]["category"] == "other"
    assert rows[1]["category"] is None
    assert rows[2]["emotions"] == ["tense"]
    assert rows[2]["note"] is None


def test_list_of_an_empty_store(cli: Cli) -> None:
    assert _listed(cli) == []
    table = cli("list")
    assert table.code == 0
    assert table.out == "No entries.\n"
    csv_result = cli("list", "--format", "csv")
    assert csv_result.out == "id,at,stress,emotions,category,note\n"


def test_since_and_until_include_whole_local_days_across_dst(cli: Cli) -> None:
    # 29 March 2026 is 23 hours long in Berlin; 25 October is 25 hours long.
    for at in (
        "2026-03-28T23:59:59",
        "2026-03-29T00:00:00",
        "2026-03-29T12:00:00",
        "2026-03-29T23:59:59",
        "2026-03-30T00:00:00",
        "2026-10-25T00:00:00",
        "2026-10-25T23:30:00",
        "2026-10-26T00:00:00",
    ):
        _log(cli, "--stress", "5", "--at", at)

    def listed_at(*bounds: str) -> list[str]:
        return [str(row["at"])[:19] for row in _listed(cli, *bounds)]

    assert listed_at("--since", "2026-03-29", "--until", "2026-03-29") == [
        "2026-03-29T00:00:00",
        "2026-03-29T12:00:00",
        "2026-03-29T23:59:59",
    ]
    assert listed_at("--since", "2026-10-25", "--until", "2026-10-25") == [
        "2026-10-25T00:00:00",
        "2026-10-25T23:30:00",
    ]
    assert listed_at("--since", "2026-10-26") == ["2026-10-26T00:00:00"]
    assert listed_at("--until", "2026-03-28") == ["2026-03-28T23:59:59"]
    assert len(listed_at("--since", "2026-03-29", "--until", "2026-10-25")) == 6


def test_bad_list_bounds_exit_2(cli: Cli) -> None:
    _refused(cli("list", "--since", "2026-03-30", "--until", "2026-03-29"))
    _refused(cli("list", "--since", "29/03/2026"))
    _refused(cli("list", "--until", "2026-02-30"))


def test_list_csv_has_a_header_and_quotes_notes(cli: Cli) -> None:
    note = 'said "no", twice\nthen hung up 😤'
    entry_id = _log(
        cli,
        "--stress", "8", "--at", "2026-04-02T16:45", "--emotion", "angry", "anxious",
        "--category", "complaint", "--note", note,
    )  # fmt: skip
    result = cli("list", "--format", "csv")
    assert result.code == 0
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows == [
        ["id", "at", "stress", "emotions", "category", "note"],
        [str(entry_id), "2026-04-02T16:45:00+02:00", "8", "angry;anxious", "complaint", note],
    ]


def test_list_table_prints_one_line_per_entry(cli: Cli) -> None:
    _log(cli, "--stress", "8", "--at", "2026-04-02T16:45", "--emotion", "angry", "--note", "a\nb")
    _log(cli, "--stress", "10", "--at", "2026-04-03T09:05", "--note", "n" * 100)
    result = cli("list", "--format", "table")
    assert result.code == 0
    assert result.err == ""
    lines = result.out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("time")
    assert "stress" in lines[0] or "st" in lines[0]
    assert lines[1].startswith("2026-04-02 16:45")
    assert "angry" in lines[1]
    assert lines[1].endswith("a b")
    assert lines[2].startswith("2026-04-03 09:05  10")
    assert lines[2].endswith("n" * 59 + "…")
    assert cli("list").out == result.out  # table is the default


# --- config -----------------------------------------------------------------------------------


def test_config_get_lists_the_defaults(cli: Cli, home: AppPaths) -> None:
    result = cli("config", "get")
    assert result.code == 0
    assert result.err == ""
    assert 'language = "system"' in result.out.splitlines()
    assert not home.settings_file.exists()


def test_config_set_then_get(cli: Cli, home: AppPaths) -> None:
    result = cli("config", "set", "language", "zh_CN")
    assert result.code == 0
    assert result.out == (
        'language = "zh_CN" saved. Companion is not running: it takes effect when it next starts.\n'
    )
    assert result.err == ""
    assert cli("config", "get", "language").out == '"zh_CN"\n'
    assert 'language = "zh_CN"' in cli("config", "get").out.splitlines()
    assert tomllib.loads(home.settings_file.read_text(encoding="utf-8")) == {"language": "zh_CN"}


def test_config_set_keeps_an_administrators_comments(cli: Cli, home: AppPaths) -> None:
    home.config_dir.mkdir(parents=True)
    home.settings_file.write_text('# from IT\nlanguage = "en" # Dublin\n', encoding="utf-8")
    assert cli("config", "set", "language", "zh_CN").code == 0
    assert (
        home.settings_file.read_text(encoding="utf-8") == '# from IT\nlanguage = "zh_CN" # Dublin\n'
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["config", "set", "colour", "blue"],
        ["config", "set", "language", "fr"],
        ["config", "set", "language", ""],
        ["config", "get", "colour"],
    ],
)
def test_config_refuses_bad_keys_and_values(cli: Cli, home: AppPaths, argv: list[str]) -> None:
    result = cli(*argv)
    _refused(result)
    assert result.err.startswith("companion config: ")
    assert not home.settings_file.exists()


def test_config_get_warns_about_a_bad_file_and_uses_defaults(cli: Cli, home: AppPaths) -> None:
    home.config_dir.mkdir(parents=True)
    home.settings_file.write_text('language = "klingon"\n', encoding="utf-8")
    result = cli("config", "get", "language")
    assert result.code == 0
    assert result.out == '"system"\n'
    assert "language" in result.err
    assert "klingon" in result.err


# --- version, usage errors, unusable home -----------------------------------------------------


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out == f"companion {__version__}\n"
    assert __version__ == "0.1.0"


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["log", "--stress", "5", "--bogus"],
        ["log"],
        ["log", "--stress", "5", "--emotion"],
        ["list", "--format", "xml"],
        ["config"],
        ["config", "get", "language", "extra"],
        ["frobnicate"],
        ["log", "--stress", "5", "forgot --note\nsecond line"],
    ],
    ids=[
        "unknown-option",
        "unknown-log-option",
        "missing-stress",
        "emotion-without-code",
        "bad-format",
        "config-without-action",
        "extra-argument",
        "unknown-command",
        "stray-multiline-argument",
    ],
)
def test_usage_errors_exit_2_with_one_line(cli: Cli, home: AppPaths, argv: list[str]) -> None:
    result = cli(*argv)
    _refused(result)
    assert result.err.startswith("companion")
    assert not home.database.exists()


def test_unwritable_home_exits_1_with_a_clear_message(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("COMPANION_HOME", str(blocker / "home"))
    for argv in (["log", "--stress", "5"], ["list"]):
        result = cli(*argv)
        assert result.code == 1
        assert result.out == ""
        assert len(result.err_lines) == 1
        assert str(blocker / "home") in result.err
        assert "cannot write" in result.err
        assert "Traceback" not in result.err
    result = cli("config", "set", "language", "en")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert str(blocker / "home" / "settings.toml") in result.err_lines[-1]


# --- as a real process ------------------------------------------------------------------------


def _companion(
    args: Sequence[str], home: Path, tz: str = "Europe/Berlin"
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["COMPANION_HOME"] = str(home)
    env["TZ"] = tz
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_process_log_and_list_in_local_time(tmp_path: Path) -> None:
    home = tmp_path / "home"
    logged = _companion(
        ["log", "--stress", "6", "--at", "2026-01-15T10:00", "--note", "日本語 😀\nline 2"],
        home,
        tz="Asia/Shanghai",
    )
    assert logged.returncode == 0, logged.stderr
    assert logged.stderr == ""
    entry_id = uuid.UUID(logged.stdout.strip())
    offset = _companion(["log", "--stress", "2", "--at", "2026-01-15T10:00+00:00"], home)
    assert offset.returncode == 0, offset.stderr

    shanghai = _companion(["list", "--format", "json"], home, tz="Asia/Shanghai")
    assert shanghai.returncode == 0, shanghai.stderr
    rows = json.loads(shanghai.stdout)
    assert [set(row) for row in rows] == [KEYS, KEYS]
    assert rows[0]["id"] == str(entry_id)
    assert rows[0]["note"] == "日本語 😀\nline 2"
    assert [row["at"] for row in rows] == [
        "2026-01-15T10:00:00+08:00",
        "2026-01-15T18:00:00+08:00",
    ]
    new_york = _companion(["list", "--format", "json"], home, tz="America/New_York")
    assert [row["at"] for row in json.loads(new_york.stdout)] == [
        "2026-01-14T21:00:00-05:00",
        "2026-01-15T05:00:00-05:00",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["log", "--stress", "5", "--note", "bell\x07"],
        ["log", "--stress", "11"],
        ["log", "--stress", "5", "--at", "2999-01-01T00:00"],
        ["--no-such-option"],
    ],
    ids=["note-bell", "stress-11", "future", "unknown-option"],
)
def test_process_refuses_with_exit_2_and_one_line(tmp_path: Path, args: list[str]) -> None:
    result = _companion(args, tmp_path / "home")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "home" / "companion.db").exists()


def test_process_refuses_a_skipped_time_in_one_line(tmp_path: Path) -> None:
    result = _companion(["log", "--stress", "5", "--at", "2026-03-29T02:30"], tmp_path / "home")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "companion log: 2026-03-29T02:30 never happened in local time: the clocks went forward "
        "1 hour that night. Give the time with its offset, for example 2026-03-29T01:30+01:00 "
        "(before the change) or 2026-03-29T03:30+02:00 (after it)"
    ]
    assert not (tmp_path / "home" / "companion.db").exists()


def test_process_version(tmp_path: Path) -> None:
    result = _companion(["--version"], tmp_path / "home")
    assert result.returncode == 0
    assert result.stdout == "companion 0.1.0\n"


def test_process_unwritable_home_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("", encoding="utf-8")
    result = _companion(["log", "--stress", "5"], blocker / "home")
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert str(blocker / "home") in result.stderr
    assert "Traceback" not in result.stderr


# --- breaks and calls -------------------------------------------------------------------------


def _add_breaks(home: AppPaths) -> None:
    from companion.domain.breaks import BreakRecord
    from companion.domain.clock import SystemClock
    from companion.storage.store import open_store

    berlin = ZoneInfo("Europe/Berlin")
    store, _ = open_store(home, SystemClock())
    try:
        day = datetime(2026, 11, 20, tzinfo=berlin)
        store.add_break(
            BreakRecord(
                "micro",
                day.replace(hour=9, minute=25),
                day.replace(hour=9, minute=24),
                "taken",
                2,
                40,
            )
        )
        store.add_break(
            BreakRecord("long", day.replace(hour=10, minute=40), None, "not_offered", 0, 0)
        )
        store.add_break(
            BreakRecord("micro", day.replace(hour=23, minute=59), None, "natural", 0, 300)
        )
        other = datetime(2026, 11, 21, 0, 30, tzinfo=berlin)
        store.add_break(BreakRecord("micro", other, other, "skipped", 0, 0))
    finally:
        store.close()


def test_breaks_of_a_day_as_json(cli: Cli, home: AppPaths) -> None:
    _add_breaks(home)
    result = cli("breaks", "--day", "2026-11-20", "--format", "json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert [set(row) for row in rows] == [
        {"kind", "due", "shown", "outcome", "postponed", "seconds"}
    ] * 3
    assert rows[0] == {
        "kind": "micro",
        "due": "2026-11-20T09:25:00+01:00",
        "shown": "2026-11-20T09:24:00+01:00",
        "outcome": "taken",
        "postponed": 2,
        "seconds": 40,
    }
    assert rows[1]["shown"] is None and rows[1]["outcome"] == "not_offered"
    assert rows[2]["due"] == "2026-11-20T23:59:00+01:00"  # the local day, not the UTC one
    table = cli("breaks", "--day", "2026-11-21")
    assert "skipped" in table.out and "taken" not in table.out


def test_breaks_refuses_a_bad_day(cli: Cli) -> None:
    result = cli("breaks", "--day", "yesterday")
    assert result.code == 2 and len(result.err_lines) == 1


def test_call_without_a_running_app_exits_1(cli: Cli) -> None:
    result = cli("call", "start")
    assert result.code == 1
    assert "not running" in result.err and len(result.err_lines) == 1


def test_stats_as_json_one_object_per_week_oldest_first(cli: Cli) -> None:
    assert cli("log", "--stress", "4").code == 0
    assert cli("log", "--stress", "9").code == 0
    result = cli("stats", "--weeks", "3", "--format", "json")
    assert result.code == 0, result.err
    weeks = json.loads(result.out)
    assert len(weeks) == 3
    assert [set(week) for week in weeks] == [
        {"week_start", "entries", "mean_stress", "max_stress", "breaks"}
    ] * 3
    starts = [date.fromisoformat(week["week_start"]) for week in weeks]
    assert all(start.weekday() == 0 for start in starts) and starts == sorted(starts)
    assert (weeks[-1]["entries"], weeks[-1]["mean_stress"], weeks[-1]["max_stress"]) == (2, 6.5, 9)
    assert weeks[0]["mean_stress"] is None and weeks[0]["breaks"] == {}
    assert "week of" in cli("stats").out
    refused = cli("stats", "--weeks", "0")
    assert refused.code == 2 and len(refused.err_lines) == 1


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "Asia/Shanghai", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]
)
def test_list_writes_each_local_time_as_iso_local_does(local_tz, zone: str) -> None:
    """`list` converts hundreds of thousands of times the fast way (issue 29): the same text
    as `iso_local`, across daylight-saving changes, half-hour zones and a half-hour change."""
    from companion.cli.records import local_times
    from companion.domain.clock import SystemClock
    from companion.domain.timefmt import iso_local

    local_tz(zone)
    system = SystemClock().local_zone()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    moments = [start + timedelta(minutes=15 * n, seconds=n % 61) for n in range(366 * 96)]
    fast = local_times(system)
    assert [fast(moment) for moment in moments] == [iso_local(m, system) for m in moments]
    fixed = local_times(ZoneInfo(zone))  # any other zone: iso_local itself
    assert fixed(moments[5000]) == iso_local(moments[5000], ZoneInfo(zone))
