"""Commands print Chinese and emoji on Windows code pages, for real: a Windows CPython under
Wine, whose ANSI code page follows LANG (en_US: 1252, zh_CN: 936), writing to a pipe, to a file
that cmd.exe's `>` opens, and to a Windows console (Wine's conhost on a pseudo-terminal)."""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import time

import pytest

from tests.helpers.terminal import open_terminal
from tests.windows.conftest import PROBES, companion_cli
from tests.windows.harness import WineEnvironment, windows_path

NOTE = "客户：“退款！” 😀"
CODE_PAGES = {"cp1252": "en_US.UTF-8", "cp936": "zh_CN.UTF-8"}
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture(scope="module")
def home(wine, tmp_path_factory):
    home = tmp_path_factory.mktemp("console") / "home"
    note = home.parent / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    env = wine.env({"COMPANION_HOME": windows_path(home)})
    logged = wine.run(windows_path(PROBES / "log_entry.py"), windows_path(note), env=env)
    assert logged.returncode == 0, logged.stderr.decode("utf-8", "replace")
    return home


def code_page_env(wine: WineEnvironment, home, code_page: str) -> dict[str, str]:
    locale = CODE_PAGES[code_page]
    return wine.env({"COMPANION_HOME": windows_path(home), "LANG": locale, "LC_ALL": locale})


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_the_code_page_is_the_one_asked_for(wine, home, code_page):
    asked = wine.run(
        "-c", "import locale, sys; print(locale.getencoding(), sys.stdout.encoding)",
        env=code_page_env(wine, home, code_page),
    )  # fmt: skip
    assert asked.stdout.decode().split()[0] == code_page


@pytest.mark.parametrize("code_page", CODE_PAGES)
@pytest.mark.parametrize("form", ["json", "csv", "table"])
def test_a_pipe_gets_utf8(wine, home, code_page, form):
    listed = companion_cli(
        wine, home, "list", "--format", form, env=code_page_env(wine, home, code_page)
    )
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    assert b"UnicodeEncodeError" not in listed.stderr
    text = listed.stdout.decode("utf-8")
    if form == "json":
        assert json.loads(text)[0]["note"] == NOTE
    elif form == "csv":
        assert NOTE in text.replace('""', '"')
    else:
        assert "客户" in text and "😀" in text


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_a_file_opened_by_cmd_gets_utf8(wine, home, tmp_path, code_page):
    out = tmp_path / "entries.json"
    line = f"{windows_path(wine.python)} -m companion list --format json > {windows_path(out)}"
    written = wine.wine("cmd", "/c", line, env=code_page_env(wine, home, code_page))
    assert written.returncode == 0, written.stderr.decode("utf-8", "replace")
    assert json.loads(out.read_text(encoding="utf-8"))[0]["note"] == NOTE


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_a_console_shows_the_note(wine, home, code_page):
    """A Windows console set to the code page (chcp), as a user's cmd.exe window would be."""
    env = code_page_env(wine, home, code_page)
    number = code_page.removeprefix("cp")
    line = f"chcp {number} >nul && {windows_path(wine.python)} -m companion list"
    leader, follower = open_terminal()  # Wine's conhost turns this terminal into a console
    process = subprocess.Popen(
        ["wine", "cmd", "/c", line], env=env, stdin=follower, stdout=follower, stderr=follower
    )
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            shown += chunk
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    text = ESCAPES.sub(b"", shown).decode("utf-8", "replace")
    assert code == 0, text
    assert "UnicodeEncodeError" not in text
    assert "客户：“退款！”" in text, text
    # Python writes the emoji to the console as UTF-16; Wine's conhost, drawing on a
    # terminal, turns each half of its surrogate pair into U+FFFD (a Windows console shows it)
    assert "😀" in text or "\ufffd\ufffd" in text, text
