"""The PyInstaller bundle: build.spec builds it, and it runs with no Python around it.

The bundle is built once per state of the sources (a hash of the spec, the code, the shipped
files and the installed packages) into the temporary folder and reused while nothing changed:
a clean clone builds it once, in about a minute on one core.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import companion
from tests.e2e.conftest import base_env, need_tools, read_log, wait_for_log
from tests.helpers.sources import add_files

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(tempfile.gettempdir()) / "companion-bundle"
SOURCES = (
    "build.spec",
    "pyproject.toml",
    "companion",
    "data",
    "resources/icons",
    "resources/sounds",
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.bundle,
    pytest.mark.skipif(
        sys.platform != "linux", reason="the bundle is built and checked on Linux only so far"
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[test]' installs it)",
    ),
]


def sources_key() -> str:
    digest = hashlib.sha256()
    paths = [ROOT / name for name in SOURCES]
    paths += sorted((ROOT / "resources" / "translations").glob("*.qm"))
    add_files(digest, ROOT, paths)
    installed = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join([sys.version, *installed]).encode())
    return digest.hexdigest()[:16]


def build(target: Path) -> None:
    """Build into a private folder, then move it into place (another run may race us)."""
    CACHE.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="build-", dir=CACHE))
    try:
        started = time.monotonic()
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        command += ["--distpath", str(scratch / "dist"), "--workpath", str(scratch / "work")]
        result = subprocess.run(
            [*command, str(ROOT / "build.spec")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        assert result.returncode == 0, f"pyinstaller failed:\n{result.stderr[-6000:]}"
        print(f"bundle built in {time.monotonic() - started:.0f} s")
        try:
            (scratch / "dist").rename(target)
        except OSError:
            assert (target / "companion" / "companion").exists()  # the racing run won
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for old in CACHE.iterdir():  # earlier states of the sources, unused for a day
        if old != target and time.time() - old.stat().st_mtime > 86400:
            shutil.rmtree(old, ignore_errors=True)


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    need_tools("ldd", "strip")
    target = CACHE / sources_key()
    if not (target / "companion" / "companion").exists():
        build(target)
    yield target / "companion"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def test_the_bundle_starts_offscreen_and_stops_cleanly_writing_nothing_into_itself(
    bundle, tmp_path
):
    before = snapshot(bundle)
    home = tmp_path / "home"
    env = base_env(home)
    with (tmp_path / "output.txt").open("wb") as sink:
        process = subprocess.Popen(
            [str(bundle / "companion"), "--lang", "zh_CN"], env=env, stdout=sink, stderr=sink
        )
    try:
        text = wait_for_log(home, r"ready in \d+ ms", process)
        assert f"Companion {companion.__version__}" in text
        assert "language zh_CN" in text
        wait_for_log(home, "store open", process)  # the migrations ran from the bundle
        assert not re.search(r"translation \S+ not found", read_log(home))
    finally:
        process.terminate()  # SIGTERM
        code = process.wait(timeout=15)
    assert code == 0, (tmp_path / "output.txt").read_text(errors="replace")
    assert "stopped with exit code 0" in read_log(home)
    assert (home / "companion.db").exists()
    # An everyday start: the store exists, so the shift journal opens it without SQLAlchemy,
    # and the tray process reads its own code from the archive (no .py files to read).
    (home / "logs" / "companion.log").unlink()
    with (tmp_path / "output.txt").open("wb") as sink:
        process = subprocess.Popen(
            [str(bundle / "companion"), "--lang", "en"], env=env, stdout=sink, stderr=sink
        )
    try:
        wait_for_log(home, "store open", process)
        wait_for_log(home, "global shortcut|idle detection", process)  # breaks started
    finally:
        process.terminate()
        code = process.wait(timeout=15)
    assert code == 0, (tmp_path / "output.txt").read_text(errors="replace")
    assert "migrated" not in read_log(home)
    # built from a sound binding: the start-up check found nothing to pin (issue 12)
    assert " ERROR " not in read_log(home), read_log(home)
    assert snapshot(bundle) == before  # logs, settings and the store went to COMPANION_HOME


def test_version(bundle):
    result = subprocess.run(
        [str(bundle / "companion"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"companion {companion.__version__}"


def test_the_shipped_files_are_in_the_bundle(bundle):
    internal = bundle / "_internal"
    for folder, pattern in [
        ("data", "**/*.toml"),
        ("resources/icons", "*.svg"),
        ("resources/sounds", "*.wav"),
        ("resources/translations", "*.qm"),
        ("companion/storage/migrations", "versions/*.py"),
    ]:
        shipped = {path.relative_to(ROOT) for path in (ROOT / folder).glob(pattern)}
        assert shipped, folder
        bundled = {path.relative_to(internal) for path in (internal / folder).glob(pattern)}
        assert bundled == shipped
    assert (internal / "companion" / "storage" / "migrations" / "env.py").is_file()


def test_only_the_chinese_qt_translation_is_kept(bundle):
    """Qt's own Chinese file (its dialogs and menus; the start-up test checks it is found), and
    the app's; English needs none."""
    kept = {path.name for path in (bundle / "_internal").rglob("*.qm")}
    assert kept == {"qtbase_zh_CN.qm", "companion_zh_CN.qm"}


def test_every_library_in_the_bundle_loads(bundle, tmp_path):
    """Start-up does not load numpy (the charts do): check that no library was damaged by
    stripping, and that none is missing except system ones this machine lacks (Wayland's)."""
    internal = bundle / "_internal"
    script = tmp_path / "load.py"
    script.write_text(
        "import ctypes, sys\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        ctypes.CDLL(path)\n"
        "    except OSError as error:\n"
        "        print(error)\n",
        encoding="utf-8",
    )
    libraries = [
        str(path)
        for path in sorted(internal.rglob("*.so*"))
        if path.is_file() and not path.is_symlink()
    ]
    assert len(libraries) > 50
    result = subprocess.run(
        [sys.executable, str(script), *libraries],
        env={**os.environ, "LD_LIBRARY_PATH": str(internal)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    errors = result.stdout.splitlines()
    damaged = [line for line in errors if "cannot open shared object file" not in line]
    assert not damaged
    missing = {re.sub(r".*: (\S+): cannot open.*", r"\1", line) for line in errors}
    assert all(name.startswith("libwayland") for name in missing), missing


def test_the_bundle_sets_up_a_team_server_and_shares_a_day_with_it(bundle, tmp_path, postgres):
    """The team commands from the bundle: the team migrations are collected as files, and
    SQLAlchemy's psycopg dialect and psycopg's compiled half load in it."""
    database = "bundle_team"
    postgres.psql(f"DROP DATABASE IF EXISTS {database}", database="postgres")
    postgres.psql(f"CREATE DATABASE {database}", database="postgres")
    home = tmp_path / "home"
    env = base_env(home)

    def run(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle / "companion"), *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={**env, **extra_env},
            check=False,
        )

    admin = postgres.url(database=database)  # never on the command line
    init = run("team", "init", "--min-group", "5", COMPANION_TEAM_ADMIN_URL=admin)
    assert init.returncode == 0, init.stderr
    assert "team schema created" in init.stdout
    added = run("team", "add", "bundle", COMPANION_TEAM_ADMIN_URL=admin)
    assert added.returncode == 0 and "team bundle: added" in added.stdout, added.stderr
    postgres.psql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'agent_login') THEN "
        "CREATE ROLE agent_login LOGIN IN ROLE companion_agent; END IF; END $$",
        database=database,
    )
    home.mkdir(exist_ok=True)
    (home / "settings.toml").write_text(
        '[shift]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
        'hours = ["00:00-00:01"]\n'
        f'[team]\nurl = "{postgres.url("agent_login", database)}"\nname = "bundle"\n',
        encoding="utf-8",
    )
    assert run("log", "--stress", "5").returncode == 0
    assert run("team", "share", "on").returncode == 0
    sent = run("team", "sync")
    assert sent.returncode == 0, sent.stderr
    assert "sent 1 day(s)" in sent.stdout
    rows = postgres.psql("SELECT team, entries FROM companion_team.agent_day", database=database)
    assert rows == "bundle|1"

    # the Team window from the bundle (pyqtgraph, the charts, the worker thread): a lead's
    # login reads the team's weeks (all hidden: one person shared) and the window draws them
    postgres.psql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lead_login') THEN "
        "CREATE ROLE lead_login LOGIN IN ROLE companion_lead; END IF; END $$",
        database=database,
    )
    lead = run("team", "lead", "lead_login", "--team", "bundle", COMPANION_TEAM_ADMIN_URL=admin)
    assert lead.returncode == 0 and "may now read team bundle" in lead.stdout, lead.stderr
    log = home / "logs" / "companion.log"
    view = subprocess.Popen(
        [str(bundle / "companion"), "team", "view", "--url", postgres.url("lead_login", database)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and view.poll() is None:
            if "team figures read: 0 of 13 weeks shown" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert view.poll() is None
        assert "team figures read: 0 of 13 weeks shown" in log.read_text(encoding="utf-8")
    finally:
        view.terminate()
        view.wait(timeout=10)
