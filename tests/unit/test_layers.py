"""The house rules, read from the source: what each layer may import, and how big a file may grow.

- `domain/` is plain Python: no Qt, no SQL (SQLAlchemy or sqlite3), no charts, and nothing from
  the layers above it.
- `content/` and `ipc/protocol.py` are plain Python too.
- `ui/` never reaches into storage: windows get their data through callables and domain types.
- A feature (`features/`) never imports another, and `ui/` imports neither them nor the root.
- `app.py`, the composition root, stays under ROOT_BOUND lines, with no SQL or file handling.
- No module passes 800 lines (aim well under 600: one window, one adapter, one concern a file).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "companion"
LIMIT = 800

GUI_OR_SQL = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "sqlite3", "pyqtgraph", "numpy")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def sources(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def offenders(
    paths: list[Path], forbidden: tuple[str, ...], base: Path = PACKAGE
) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        bad = sorted(
            module
            for module in imported_modules(path)
            if any(module == name or module.startswith(f"{name}.") for name in forbidden)
        )
        if bad:
            found[str(path.relative_to(base))] = bad
    return found


def test_domain_is_plain_python():
    layers_above = tuple(
        f"companion.{name}"
        for name in ("storage", "ui", "scheduling", "platform", "app", "cli", "ipc", "content")
    )
    assert sources("domain"), "no domain sources found"
    assert offenders(sources("domain"), (*GUI_OR_SQL, *layers_above)) == {}


def test_content_and_the_request_protocol_are_plain_python():
    paths = [*sources("content"), PACKAGE / "ipc" / "protocol.py"]
    assert offenders(paths, (*GUI_OR_SQL, "companion.storage", "companion.ui")) == {}


def test_windows_never_reach_into_storage():
    assert offenders(sources("ui"), ("companion.storage", "sqlalchemy", "sqlite3")) == {}


def test_features_talk_through_the_root():
    """A feature never imports another: they ask each other through signals that app.py
    connects, so each can be read (and tested) alone. Windows know nothing of either."""
    features = sources("features")
    assert len(features) >= 5, "no features found"
    for path in features:
        others = tuple(f"companion.features.{other.stem}" for other in features if other != path)
        assert offenders([path], others) == {}
    assert offenders(sources("ui"), ("companion.features", "companion.app")) == {}


ROOT_BOUND = 300


def test_the_composition_root_only_wires():
    """app.py makes the parts and connects them: it stays short, and holds no SQL and no file
    handling (those live in storage/, services/data_service.py and files.py)."""
    root = PACKAGE / "app.py"
    lines = len(root.read_text(encoding="utf-8").splitlines())
    assert lines <= ROOT_BOUND, f"app.py is {lines} lines (bound {ROOT_BOUND})"
    file_or_sql = ("sqlite3", "sqlalchemy", "alembic", "os", "shutil", "pathlib", "tempfile")
    assert offenders([root], file_or_sql) == {}


def test_no_module_grows_past_its_bound():
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = str(path.relative_to(PACKAGE))
        if "migrations" in path.parts:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LIMIT:
            too_long[name] = lines
    assert too_long == {}, f"modules over {LIMIT} lines: {too_long}"


def test_the_rules_catch_what_they_forbid(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlite3\nfrom PySide6.QtCore import QObject\nfrom . import near\n",
        encoding="utf-8",
    )
    assert offenders([bad], GUI_OR_SQL, tmp_path) == {"bad.py": ["PySide6.QtCore", "sqlite3"]}


def test_time_comes_from_the_one_clock():
    """Nothing in domain/, ui/, storage/, features/, cli/, team/, demo/, services/ or
    settings/ reads the time itself: it takes the clock
    (companion.domain.clock), so the scheduler, the windows, the commands and the tests agree.
    (Timeouts of a socket or a child process in ipc/ and platform/ read the monotonic clock.)"""
    readers = (r"\bdatetime\.now\(", r"\btime\.monotonic\b", r"\bdate\.today\(", r"\btime\.time\(")
    folders = ("domain", "ui", "storage", "features", "cli", "team", "demo", "services")
    paths = [path for folder in (*folders, "settings") for path in sources(folder)]
    found = {
        str(path.relative_to(PACKAGE)): reader
        for path in paths
        if path != PACKAGE / "domain" / "clock.py" and "migrations" not in path.parts
        for reader in readers
        if re.search(reader, path.read_text(encoding="utf-8"))
    }
    assert found == {}
