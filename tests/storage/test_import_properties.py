"""`companion import` of a damaged or hand-edited export: imported whole, or refused whole.

An agent moving to a new computer may import a file that was edited, cut short or mangled on the
way. Random mutations of a real export are either imported (exit 0) or refused (exit 1, one
line naming the fault) with the store and the settings file exactly as they were.
"""

from __future__ import annotations

import copy
import io
import json
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from companion.cli import main
from companion.demo import fill_demo_home
from companion.domain.clock import FixedClock
from companion.paths import AppPaths
from companion.settings import load_settings
from companion.storage.store import open_store
from companion.storage.transfer import write_export

pytestmark = pytest.mark.slow

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=10),
        st.sampled_from(["2026-11-20T08:00:00+00:00", "2026-11-20T08:00:00", "angry", "micro"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _demo_export(tmp_path: Path) -> dict[str, Any]:
    """A real export of demo history, kept small: every kind of record and some settings."""
    home = tmp_path / "demo"
    fill_demo_home(home, FixedClock(NOW), weeks=2, seed=7, entries=10)
    store, _ = open_store(AppPaths(home, home), FixedClock(NOW))
    try:
        settings_values = {"language": "zh_CN", "breaks.micro_seconds": 60}
        out = io.StringIO()
        write_export(store, settings_values, NOW, out)
        document = json.loads(out.getvalue())
    finally:
        store.close()
    document["breaks"] = document["breaks"][:12]
    return document


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value inside a JSON document."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*path, index))
    return found


def _mutate(document: Any, draw: st.DrawFn) -> Any:
    places = _places(document)[1:]
    path = draw(st.sampled_from(places))
    *parents, last = path
    parent = document
    for step in parents:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "delete", "duplicate", "retype", "add key"]))
    event(action)
    if action == "replace":
        parent[last] = draw(JSON_VALUES)
    elif action == "delete":
        del parent[last]
    elif action == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    elif action == "retype":
        value = parent[last]
        parent[last] = str(value) if not isinstance(value, str) else draw(JSON_VALUES)
    elif isinstance(parent, dict):
        parent[draw(st.text(max_size=6))] = draw(JSON_VALUES)
    return document


def damaged_files(document: dict[str, Any]) -> st.SearchStrategy[bytes]:
    """The export, changed in one to three places, then perhaps cut short or with bytes flipped."""

    @st.composite
    def damaged(draw: st.DrawFn) -> bytes:
        return _damage(copy.deepcopy(document), draw)

    return damaged()


def _damage(mutated: dict[str, Any], draw: st.DrawFn) -> bytes:
    for _ in range(draw(st.integers(1, 3))):
        mutated = _mutate(mutated, draw)
    raw = json.dumps(mutated, ensure_ascii=False).encode("utf-8")
    way = draw(st.sampled_from(["json", "json", "json", "cut short", "bytes flipped"]))
    if way == "cut short":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif way == "bytes flipped":
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        raw = bytes(data)
    return raw


def _snapshot(paths: AppPaths) -> tuple[dict[str, list[tuple[Any, ...]]], bytes | None]:
    """Every row of every table, and the settings file's bytes."""
    connection = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows = {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in tables
        }
    finally:
        connection.close()
    settings_file = paths.settings_file
    return rows, settings_file.read_bytes() if settings_file.exists() else None


def _import(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as leaving:
        code = leaving.code
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.FileHandler):
                root.removeHandler(handler)
                handler.close()
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_mutated_export_is_imported_or_refused_leaving_everything_as_it_was(
    home: AppPaths, tmp_path: Path, capsys
):
    document = _demo_export(tmp_path)
    kinds = ("mood_entries", "thought_records", "exercises", "breaks", "check_ins")
    assert all(document[kind] for kind in kinds)
    # The new computer already holds half of the history, and a setting of its own.
    half = {
        kind: value[::2] if isinstance(value, list) else value for kind, value in document.items()
    }
    start = tmp_path / "half.json"
    start.write_text(json.dumps(half), encoding="utf-8")
    assert _import(["import", str(start)], capsys)[0] == 0
    home.settings_file.write_text('# set by IT\nlanguage = "en"\n', encoding="utf-8")
    level = logging.getLogger().level
    outcomes = []

    @settings(
        max_examples=80,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(raw=damaged_files(document))
    def import_one(raw: bytes) -> None:
        path = tmp_path / "moved.json"
        path.write_bytes(raw)
        before = _snapshot(home)
        code, out, err = _import(["import", str(path)], capsys)
        event(f"exit {code}")
        outcomes.append(code)
        assert "Traceback" not in err
        assert code in (0, 1), err
        if code == 1:
            assert out == ""
            assert len(err.splitlines()) == 1, err
            assert "nothing was imported" in err
            assert _snapshot(home) == before
        connection = sqlite3.connect(home.database)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            connection.close()
        assert load_settings(home.settings_file).problems == []

    try:
        import_one()
    finally:
        logging.getLogger().setLevel(level)
    assert 1 in outcomes, "every mutation was imported: the mutations are too gentle"


@pytest.mark.parametrize("key", ["\x85", "a\nb", "\u2028", "x\r", " padded "])
def test_a_refusal_naming_an_odd_key_stays_on_one_line(home: AppPaths, tmp_path: Path, capsys, key):
    """Found by the test above: a key holding a line break split the message over two lines."""
    document = {"format": "companion-export", "version": 1, "created_at": NOW.isoformat()}
    for where in ({**document, key: 1}, {**document, "settings": {key: 1}}):
        path = tmp_path / "odd.json"
        path.write_text(json.dumps(where), encoding="utf-8")
        code, out, err = _import(["import", str(path)], capsys)
        assert code == 1 and out == ""
        assert len(err.splitlines()) == 1, err
        assert "nothing was imported" in err
