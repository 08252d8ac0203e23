"""Issue 13: an import takes nothing that `log` and the app would refuse, and its errors never
echo what the file holds."""

from __future__ import annotations

import copy
import io
import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from companion.demo import fill_demo_home
from companion.domain.clock import FixedClock
from companion.paths import AppPaths
from companion.storage.json_stream import MAX_VALUE_CHARS
from companion.storage.store import open_store
from companion.storage.transfer import InvalidImport, check_document, write_export
from tests.e2e.conftest import base_env
from tests.e2e.conftest import companion as run_companion

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("demo")
    fill_demo_home(home, FixedClock(NOW), weeks=2, seed=3, entries=10)
    store, _ = open_store(AppPaths(home, home), FixedClock(NOW))
    try:
        out = io.StringIO()
        write_export(store, {}, NOW, out)
        return json.loads(out.getvalue())
    finally:
        store.close()


def refused(document: dict[str, Any], folder: Path) -> str:
    with pytest.raises(InvalidImport) as caught:
        check_document(document, folder, NOW)
    return str(caught.value)


def test_the_demo_export_itself_is_accepted(document, tmp_path):
    check_document(copy.deepcopy(document), tmp_path, NOW)


@pytest.mark.parametrize(
    ("kind", "key", "value"),
    [
        ("check_ins", "at", "2099-01-01T00:00:00+00:00"),  # a clock years ahead
        ("breaks", "due", "2999-06-01T10:00:00+00:00"),
        ("exercises", "started_at", "2100-01-01T00:00:00+08:00"),
        ("breaks", "created_at", "1970-01-01T00:00:00+00:00"),  # a clock reset
        ("mood_entries", "created_at", "1980-01-01T00:00:00+00:00"),
    ],
)
def test_any_time_a_clock_could_say_is_kept(document, tmp_path, kind, key, value):
    """Issue 29: a computer whose clock was wrong wrote these, and they import elsewhere."""
    changed = copy.deepcopy(document)
    changed[kind][0][key] = value
    check_document(changed, tmp_path, NOW)


@pytest.mark.parametrize(
    ("kind", "key", "value", "says"),
    [
        ("check_ins", "at", "1900-01-01T00:00:00+00:00", "before the year 1970"),
        ("breaks", "created_at", "1969-12-31T23:59:59+00:00", "before the year 1970"),
        ("mood_entries", "at", "1999-12-31T23:59:59+00:00", "before the year 2000"),
        ("exercises", "started_at", "9999-12-31T23:00:00-05:00", "not a time Companion can keep"),
    ],
)
def test_times_no_clock_writes_are_refused(document, tmp_path, kind, key, value, says):
    changed = copy.deepcopy(document)
    assert changed[kind], f"the demo has no {kind}"
    changed[kind][0][key] = value
    message = refused(changed, tmp_path)
    assert message.startswith(f"{kind}[0].{key}: is {says}")


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({"note": "x" * 3_000_000}, "at most 2000 fit"),
        ({"note": "ok\x00hidden"}, "control character U+0000"),
        ({"note": "bell\x07"}, "control character U+0007"),
        ({f"k{n}": "v" for n in range(500)}, "at most 20 fit"),
        ({"x" * 500: "v"}, "a key must be"),
    ],
    ids=["3-MB-value", "nul", "bell", "500-keys", "long-key"],
)
def test_an_exercise_extra_is_bounded_like_the_apps_own(document, tmp_path, extra, says):
    changed = copy.deepcopy(document)
    changed["exercises"][0]["extra"] = extra
    message = refused(changed, tmp_path)
    assert says in message
    assert len(message) < 300  # never the value itself


def test_a_value_past_the_bound_is_refused_and_one_within_it_is_checked(document, tmp_path):
    """No bound on the file's size (issue 29: export wrote what import refused); one on each
    value, ten times the longest record Companion writes, so a runaway value is named."""
    home = tmp_path / "home"
    for length, says in (
        (MAX_VALUE_CHARS + 10, "a value longer than 1,000,000 characters"),
        (MAX_VALUE_CHARS // 2, "mood_entries[1].note: is 500000 characters long"),
    ):
        changed = copy.deepcopy(document)
        changed["mood_entries"][1]["note"] = "字" * length
        path = tmp_path / "long.json"
        path.write_text(json.dumps(changed, ensure_ascii=False, indent=2), encoding="utf-8")
        result = companion("import", str(path), home=home)
        assert result.returncode == 1, result.stderr
        assert says in result.stderr and "nothing was imported" in result.stderr
        assert len(result.stderr) < 400  # never the value itself


# -- a full disk, for real: a tiny tmpfs -----------------------------------------------------


@pytest.fixture
def full_disk(tmp_path):
    """A 3 MB file system, mounted for this test (root only), to fill up."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs: {done.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def companion(*args: str, home: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    return run_companion(*args, env=base_env(home), timeout=timeout)


def fill_up(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    # the last few blocks too
    try:
        for n in range(10_000):
            (folder / f"filler-{n}").write_bytes(b"\0" * 512)
    except OSError:
        pass


@pytest.mark.slow
@pytest.mark.logs_errors("the app logs that it cannot write its lock file")
def test_on_a_full_disk_each_command_says_so_and_erase_frees_it(full_disk, tmp_path, document):
    home = full_disk / "home"
    assert companion("log", "--stress", "4", home=home).returncode == 0
    secrets = copy.deepcopy(document)
    for n, entry in enumerate(secrets["mood_entries"]):
        entry["note"] = f"SECRET-NOTE-{n} " + "字" * 500
    export = tmp_path / "secrets.json"  # outside the small disk
    export.write_text(json.dumps(secrets, ensure_ascii=False), encoding="utf-8")
    (home / "settings.toml").write_text('language = "en"\n', encoding="utf-8")
    fill_up(full_disk)

    database = (home / "companion.db").read_bytes()
    imported = companion("import", str(export), home=home)
    assert imported.returncode == 1
    assert "SECRET" not in imported.stderr and "字" not in imported.stderr
    assert len(imported.stderr) < 600, imported.stderr
    assert "disk is full" in imported.stderr, imported.stderr

    setting = companion("config", "set", "language", "zh_CN", home=home)
    assert setting.returncode == 1 and "cannot write" in setting.stderr
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".")) == []
    assert (home / "settings.toml").read_text(encoding="utf-8") == 'language = "en"\n'

    started = companion(home=home, timeout=60)
    assert started.returncode == 1
    assert "running" not in started.stderr
    assert "disk is full" in started.stderr or "No space left" in started.stderr, started.stderr

    # nothing was changed or set aside, and with room again everything is there
    assert (home / "companion.db").read_bytes() == database
    assert not list(home.glob("companion.db.*-2*"))
    for filler in full_disk.glob("filler*"):
        filler.unlink()
    listed = companion("list", "--format", "json", home=home)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1, listed.stderr

    fill_up(full_disk)
    erased = companion("erase", "--yes", home=home)
    assert erased.returncode == 0, erased.stderr
    assert not (home / "companion.db").exists()
