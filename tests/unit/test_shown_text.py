"""Text from outside is shown, never obeyed: a team server's error, a file's name, a note an
older build let through. On the terminal nothing recolours, clears or retitles it; in a window
nothing turns a line around or becomes markup."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from companion.domain.shown_text import harmless
from tests.helpers.hostile_server import hostile_server

REPO = Path(__file__).resolve().parents[2]
# What a hostile or broken server could send: retitle the terminal (OSC 0, ended by BEL),
# clear the screen, paint red, move the cursor back over what was printed, turn the rest round.
ACTING = "\x1b]0;owned\x07\x1b[2J\x1b[31mred\r\x08\u202eexe.pdf\u2028fake line"
RAW = ("\x1b", "\x07", "\x08", "\r", "\u202e", "\u2028")


def no_raw(text: str) -> bool:
    return not any(char in text for char in RAW)


FAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")


def companion(*args: str, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(COMPANION_HOME=str(home), TZ="Europe/Berlin", LANG="C.UTF-8", **extra)
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


def test_harmless_writes_acting_characters_as_escapes_and_keeps_the_rest():
    assert harmless(ACTING) == (
        "\\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred\\r\\x08\\u202eexe.pdf\\u2028fake line"
    )
    assert (
        harmless("客户说“从来不发货” 😤 👩‍💻 tab\tline\n")
        == "客户说“从来不发货” 😤 👩‍💻 tab\\tline\\n"
    )
    assert harmless("one\ttwo\nthree\r\n", lines=True) == "one\ttwo\nthree\\r\n"
    assert harmless("\x9b31m \x00 \x7f \ud800") == "\\x9b31m \\x00 \\x7f \\ud800"
    assert harmless("C:\\Users\\agent") == "C:\\Users\\agent"  # a path stays readable


def test_a_team_servers_error_reaches_the_terminal_as_text(tmp_path):
    home = tmp_path / "home"
    with hostile_server(f"password authentication failed {ACTING}") as port:
        result = companion(
            "team", "stats", "--url", f"postgresql://lead@127.0.0.1:{port}/team", "--team", "a",
            home=home,
        )  # fmt: skip
    assert result.returncode == 1
    assert "password authentication failed" in result.stderr
    assert no_raw(result.stderr), repr(result.stderr)
    assert "\\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred" in result.stderr
    assert "\\x08\\u202eexe.pdf" in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.skipif(not FAKETIME.exists(), reason="needs libfaketime (apt install faketime)")
def test_a_failed_sends_answer_is_kept_and_shown_as_text(tmp_path):
    home = tmp_path / "home"
    assert companion("config", "set", "team.name", "north", home=home).returncode == 0
    assert companion("team", "share", "on", home=home).returncode == 0
    assert companion("log", "--stress", "4", home=home).returncode == 0
    two_days_on = {"LD_PRELOAD": str(FAKETIME), "FAKETIME": "+2d"}  # today is then due
    with hostile_server(f"too many connections {ACTING}") as port:
        url = f"postgresql://agent@127.0.0.1:{port}/team"
        sent = companion("team", "sync", "--url", url, home=home, **two_days_on)
    assert sent.returncode == 1
    assert "too many connections" in sent.stderr
    assert no_raw(sent.stderr), repr(sent.stderr)
    status = companion("team", "status", home=home)
    assert status.returncode == 0, status.stderr
    [last] = [line for line in status.stdout.splitlines() if line.startswith("last_result")]
    assert "too many connections \\x1b]0;owned\\x07\\x1b[2J" in last
    assert no_raw(status.stdout), repr(status.stdout)


def test_a_note_written_by_a_database_tool_is_listed_as_text(tmp_path):
    home = tmp_path / "home"
    assert companion("log", "--stress", "6", "--note", "plain", home=home).returncode == 0
    database = sqlite3.connect(home / "companion.db")
    database.execute("UPDATE mood_entry SET note = ?, category = ?", (ACTING, "\x1b[5mblink"))
    database.commit()
    database.close()

    table = companion("list", home=home)
    assert table.returncode == 0, table.stderr
    assert no_raw(table.stdout), repr(table.stdout)
    assert "\\x1b]0;owned\\x07\\x1b[2J" in table.stdout and "\\x1b[5mblink" in table.stdout
    assert len(table.stdout.splitlines()) == 2  # the header and one line
    listed = companion("list", "--format", "json", home=home)  # data stays data
    assert json.loads(listed.stdout)[0]["note"] == ACTING


def test_the_name_of_a_file_to_import_is_said_as_text(tmp_path):
    name = tmp_path / "export\x1b[8m\u202e.json"
    name.write_text("{", encoding="utf-8")
    result = companion("import", str(name), home=tmp_path / "home")
    assert result.returncode == 1
    assert no_raw(result.stderr), repr(result.stderr)
    assert "export\\x1b[8m\\u202e.json" in result.stderr
