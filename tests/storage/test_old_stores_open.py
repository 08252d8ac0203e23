"""Issue 29: an old store always opens. A first-release store (schema 0001) damaged the ways an
older build or a database tool with foreign keys off could damage it: each row this version
cannot use is set aside in a file beside the backup, named in one line, and everything else
opens. An update that still cannot be made is one line naming the problem and the backup, never
a traceback, and makes one backup however often it is tried. Through the `companion` command,
as a person meets it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "companion-schema-0001.db"
ENTRY = "00000000-0000-0000-0000-00000000000{}".format  # the fixture's five entries: 1 to 5
GONE = "00000000-0000-0000-0000-0000000000ff"  # an entry that is not there
NOT_AN_ID = "not-an-id-but-thirty-six-characters!"  # 36 characters, as the old check asked


def companion(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("COMPANION_")}
    env.update(COMPANION_HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def damaged_home(tmp_path: Path, *statements: str, parameters: tuple = ()) -> Path:
    """A copy of the first-release store, changed with sqlite3 as a tool would: foreign keys
    off (sqlite3's default), checks off where a statement needs it."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(FIXTURE, home / "companion.db")
    database = sqlite3.connect(home / "companion.db")
    database.execute("PRAGMA foreign_keys = OFF")
    database.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        database.execute(statement, parameters if "?" in statement else ())
    database.commit()
    database.close()
    return home


def without_its_key(table: str, columns: str) -> list[str]:
    """The table made again without its primary key, rows kept: what a tool's "modify table"
    does when the key is unticked, and the only way a duplicate gets in."""
    return [
        f"CREATE TABLE new_{table} ({columns})",
        f"INSERT INTO new_{table} SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"ALTER TABLE new_{table} RENAME TO {table}",
    ]


def listed(home: Path) -> tuple[list[dict], list[str]]:
    result = companion("list", "--format", "json", "--since", "2000-01-01", home=home)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout), result.stderr.splitlines()


def set_aside_file(home: Path, warning: str) -> dict:
    [named] = [word for word in warning.split() if word.endswith("-set-aside.json,")]
    path = Path(named.rstrip(","))
    assert path.parent == home / "backups"
    assert path.stat().st_mode & 0o077 == 0  # the owner's only, like the backups
    return json.loads(path.read_text(encoding="utf-8"))


def backups(home: Path) -> list[Path]:
    return sorted((home / "backups").glob("*.db"))


DAMAGE = {
    "an emotion whose entry is gone": (
        [f"INSERT INTO mood_emotion VALUES ('{GONE}', 'angry', 0)"],
        "mood_emotion: it belongs to a mood_entry row that is gone",
        {"entry_id": GONE, "emotion": "angry", "position": 0},
    ),
    "an emotion twice for one entry": (
        [
            *without_its_key("mood_emotion", "entry_id VARCHAR(36), emotion VARCHAR(32), position"),
            f"INSERT INTO mood_emotion VALUES ('{ENTRY(1)}', 'angry', 1)",
        ],
        "mood_emotion: a second row with the same entry_id, emotion",
        {"entry_id": ENTRY(1), "emotion": "angry", "position": 1},
    ),
    "an entry twice under one id": (
        [
            *without_its_key(
                "mood_entry",
                "id VARCHAR(36), at DATETIME, stress INTEGER, category VARCHAR(32), note TEXT, "
                "created_at DATETIME, updated_at DATETIME",
            ),
            f"INSERT INTO mood_entry VALUES ('{ENTRY(2)}', '2026-11-20 05:00:00.000000', 4, "
            "'order', 'written again', '2026-11-20 10:00:00.000000', "
            "'2026-11-20 10:00:00.000000')",
        ],
        "mood_entry: a second row with the same id",
        {"id": ENTRY(2), "note": "written again", "stress": 4},
    ),
    "an emotion this version does not know": (
        [f"INSERT INTO mood_emotion VALUES ('{ENTRY(2)}', 'furious', 1)"],
        "mood_emotion: an emotion this version does not know",
        {"entry_id": ENTRY(2), "emotion": "furious"},
    ),
    "a call type this version does not know": (
        [f"UPDATE mood_entry SET category = 'billing' WHERE id = '{ENTRY(4)}'"],
        "mood_entry: a call type this version does not know",
        {"id": ENTRY(4), "category": "billing"},
    ),
    "a stress that is not a whole number": (
        [f"UPDATE mood_entry SET stress = 5.5 WHERE id = '{ENTRY(4)}'"],
        "mood_entry: its stress is not a whole number",
        {"id": ENTRY(4), "stress": 5.5},
    ),
    "a stress outside 0 to 10, checks off": (
        [f"UPDATE mood_entry SET stress = 12 WHERE id = '{ENTRY(4)}'"],
        "mood_entry: a value outside what is allowed (stress BETWEEN 0 AND 10)",
        {"id": ENTRY(4), "stress": 12},
    ),
    "an id that is not an id": (
        [f"UPDATE mood_entry SET id = '{NOT_AN_ID}' WHERE id = '{ENTRY(4)}'"],
        "mood_entry: its id is not one this version can read",
        {"id": NOT_AN_ID},
    ),
    "a time this version cannot read": (
        [f"UPDATE mood_entry SET at = 'last tuesday' WHERE id = '{ENTRY(4)}'"],
        "mood_entry: at is not a time this version can read",
        {"id": ENTRY(4), "at": "last tuesday"},
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGE), ids=lambda kind: kind.replace(" ", "-"))
def test_a_damaged_first_release_store_opens_and_the_row_is_set_aside(tmp_path, kind):
    statements, reason, row = DAMAGE[kind]
    home = damaged_home(tmp_path, *statements)

    entries, said = listed(home)
    assert len(said) == 1, said
    [warning] = said
    assert warning.startswith("companion: warning: updating the database set aside 1 row(s)")
    assert reason in warning
    document = set_aside_file(home, warning)
    [aside] = document["rows"]
    assert f"{aside['table']}: {aside['why']}" == reason
    assert row.items() <= aside["row"].items()  # the row as it was, whole
    assert document["updated_from"] == "0001_initial"
    [backup] = backups(home)
    assert document["backup"] == str(backup)
    ids = {entry["id"] for entry in entries}
    assert {ENTRY(1), ENTRY(2), ENTRY(3), ENTRY(5)} <= ids  # the others untouched
    assert entries[-1]["note"] == "客户说我们“从来不发货” 😤"

    again, said_again = listed(home)  # updated once: nothing more to say, no more copies
    assert said_again == [] and again == entries
    assert backups(home) == [backup]


def test_every_kind_of_damage_at_once_loses_nothing(tmp_path):
    long_note = "字" * 2500
    home = damaged_home(
        tmp_path,
        f"INSERT INTO mood_emotion VALUES ('{GONE}', 'angry', 0)",
        f"INSERT INTO mood_emotion VALUES ('{ENTRY(2)}', 'furious', 1)",
        f"UPDATE mood_entry SET category = 'billing', note = ? WHERE id = '{ENTRY(4)}'",
        f"UPDATE mood_entry SET note = 'red \x1b[31mRED\x1b[0m bell\x07' WHERE id = '{ENTRY(5)}'",
        f"UPDATE mood_entry SET at = '2026-11-20T08:00:00+08:00' WHERE id = '{ENTRY(2)}'",
        f"UPDATE mood_entry SET id = '{NOT_AN_ID}' WHERE id = '{ENTRY(3)}'",
        parameters=(long_note,),
    )
    entries, [warning] = listed(home)
    assert warning.startswith("companion: warning: updating the database set aside ")
    by_id = {entry["id"]: entry for entry in entries}
    assert set(by_id) == {ENTRY(1), ENTRY(2), ENTRY(4), ENTRY(5)}
    assert by_id[ENTRY(4)]["category"] is None
    assert by_id[ENTRY(4)]["note"] == "字" * 2000
    assert by_id[ENTRY(5)]["note"] == "red \ufffd[31mRED\ufffd[0m bell\ufffd"
    assert by_id[ENTRY(2)]["at"] == "2026-11-20T00:00:00+00:00"  # the same moment, in UTC
    assert by_id[ENTRY(2)]["emotions"] == ["calm"]

    document = set_aside_file(home, warning)
    whole = {(row["table"], row["why"]): row for row in document["rows"]}
    assert whole["mood_entry", "a note longer than 2,000 characters"]["row"]["note"] == long_note
    assert whole["mood_entry", "control characters in its note"]["row"]["note"] == (
        "red \x1b[31mRED\x1b[0m bell\x07"
    )
    removed = whole["mood_entry", "its id is not one this version can read"]["row"]
    assert removed["note"] == "line one\nline two\ttabbed"  # the entry, whole
    orphans = [row for row in document["rows"] if row["why"].startswith("it belongs to")]
    # the stray one, and the three emotions of the entry whose id was changed under them
    assert sorted(row["row"]["entry_id"] for row in orphans) == [ENTRY(3)] * 3 + [GONE]

    exported = companion("export", home=home)  # what is left can travel
    assert exported.returncode == 0, exported.stderr
    fresh = tmp_path / "fresh"
    path = tmp_path / "export.json"
    path.write_text(exported.stdout, encoding="utf-8")
    imported = companion("import", str(path), home=fresh)
    assert imported.returncode == 0, imported.stderr
    assert companion("log", "--stress", "3", home=home).returncode == 0  # and it is written to


def test_an_update_that_cannot_be_made_is_one_line_and_one_backup(tmp_path):
    # A tool left a table named like one a later version adds: that step cannot be made.
    home = damaged_home(tmp_path, "CREATE TABLE break_event (made_by TEXT)")
    before = sqlite3.connect(home / "companion.db").execute("SELECT * FROM mood_entry").fetchall()
    for _attempt in range(3):
        result = companion("list", home=home)
        assert result.returncode == 1
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        [backup] = backups(home)  # one copy, however often it is tried
        assert line == (
            f"companion list: Companion could not update its database {home / 'companion.db'} "
            "to this version (table break_event already exists). It was not changed; the copy "
            f"taken before the update is {backup}."
        )
    after = sqlite3.connect(home / "companion.db").execute("SELECT * FROM mood_entry").fetchall()
    assert after == before
    log = (home / "logs" / "companion.log").read_text(encoding="utf-8")
    assert (
        "updating the store from 0001_initial failed: sqlalchemy.exc.OperationalError "
        "(SQLITE_ERROR) at "
    ) in log

    started = companion(home=home)  # the tray app says the same, and stops cleanly
    assert started.returncode == 1
    assert "Traceback" not in started.stderr
    assert "table break_event already exists" in started.stderr
    assert backups(home) == [backup]


def test_a_changed_store_gets_a_new_copy_before_its_next_update(tmp_path):
    home = damaged_home(tmp_path, "CREATE TABLE break_event (made_by TEXT)")
    assert companion("list", home=home).returncode == 1
    [first] = backups(home)
    database = sqlite3.connect(home / "companion.db")
    database.execute("DROP TABLE break_event")  # mended, and an entry written meanwhile
    database.execute("UPDATE mood_entry SET stress = 1 WHERE id = ?", (ENTRY(1),))
    database.commit()
    database.close()
    entries, said = listed(home)
    assert said == [] and len(entries) == 5
    assert len(backups(home)) == 2 and first in backups(home)  # the old copy is not it
