"""Both languages are complete: every string in the UI is translated and the .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "companion_zh_CN.ts"
QM = TS.with_suffix(".qm")
SOURCES = [
    ROOT / "companion" / "app.py",
    ROOT / "companion" / "services" / "flows.py",
    *sorted((ROOT / "companion" / "features").rglob("*.py")),
    *sorted((ROOT / "companion" / "ui").rglob("*.py")),
]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with PySide6-Essentials")
    return found


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


def test_every_message_has_a_finished_chinese_translation():
    found = messages(TS)
    assert len(found) > 50
    for message in found:
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        assert translation.get("type") is None, f"unfinished or obsolete: {source!r}"
        text = "".join(translation.itertext()).strip()
        assert text, f"empty translation for {source!r}"
        for marker in ("%1", "%2", "%n", "{}"):
            assert (marker in (source or "")) == (marker in text), f"{marker} in {source!r}"


def test_the_ts_file_holds_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    before = {(m.findtext("source"), m.get("numerus")) for m in messages(TS)}
    after = messages(fresh)
    new = [
        m.findtext("source")
        for m in after
        if (m.findtext("source"), m.get("numerus")) not in before
    ]
    gone = [m.findtext("source") for m in after if m.find("translation").get("type") == "vanished"]
    assert not new, f"strings missing from {TS.name} (run pyside6-lupdate): {new}"
    assert not gone, f"strings no longer in the code: {gone}"


def test_the_compiled_qm_matches_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"
