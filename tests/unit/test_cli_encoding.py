"""Commands print Chinese and emoji on any code page: to a pipe, a file and a terminal.

PYTHONIOENCODING stands in for a Windows code page (cp1252, cp936): it is what Python would
use for a pipe there. Under Wine the same commands run on a real Windows console (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.terminal import open_terminal

NOTE = "客户：“退款！” 😀"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    logged = companion(home, "log", "--stress", "6", "--note", NOTE)
    assert logged.returncode == 0, logged.stderr
    return home


def environment(home: Path, code_page: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPANION_", "PYTHONIO"))}
    env["COMPANION_HOME"] = str(home)
    if code_page is not None:
        env["PYTHONIOENCODING"] = code_page
    return env


def companion(home: Path, *args: str, code_page: str | None = None, stdout=subprocess.PIPE):
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=environment(home, code_page),
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("code_page", ["cp1252", "cp936"])
@pytest.mark.parametrize("form", ["json", "csv", "table"])
def test_a_pipe_gets_utf8_on_any_code_page(home, code_page, form):
    listed = companion(home, "list", "--format", form, code_page=code_page)
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    text = listed.stdout.decode("utf-8")  # not the code page: a reader of a pipe expects UTF-8
    if form == "json":
        assert json.loads(text)[0]["note"] == NOTE
    elif form == "csv":
        assert NOTE in text
    else:
        assert "客户" in text and "😀" in text


@pytest.mark.parametrize("code_page", ["cp1252", "cp936"])
def test_a_file_gets_utf8_on_any_code_page(home, tmp_path, code_page):
    out = tmp_path / "entries.json"
    with out.open("wb") as sink:
        listed = companion(home, "list", "--format", "json", code_page=code_page, stdout=sink)
    assert listed.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))[0]["note"] == NOTE


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
@pytest.mark.parametrize("code_page", ["cp1252", "cp936", None])
def test_a_terminal_never_ends_the_command_on_a_character_it_cannot_show(home, code_page):
    leader, follower = open_terminal()
    try:
        listed = subprocess.run(
            [sys.executable, "-m", "companion", "list"],
            env=environment(home, code_page),
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
        shown = os.read(leader, 65536)
    finally:
        os.close(leader)
        os.close(follower)
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    assert b"UnicodeEncodeError" not in listed.stderr
    if code_page is None:  # the terminal's own UTF-8: shown as written
        assert "客户".encode() in shown and "😀".encode() in shown
