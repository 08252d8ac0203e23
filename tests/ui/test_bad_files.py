"""Files that went bad on the agent's computer: each is named clearly, and nothing is lost.

A store that is damaged, cut short, empty, another program's or read-only; a settings file full of
garbage; a content file Companion ships that has gone missing. The command line and the app
both say what is wrong, and every byte the agent had is still there afterwards.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion import paths as companion_paths
from companion.app import CompanionApp
from companion.cli import main
from companion.paths import AppPaths
from tests.helpers.app import start_app

REPO = Path(__file__).resolve().parents[2]
CONTENT_FILES = [
    "vocabulary.toml",
    "reframing/zh_CN.toml",
    "reframing/en.toml",
    "checkin/who5.toml",
    "summary.toml",
    "support_words.toml",
]


def companion(home: AppPaths, capsys, *argv: str) -> tuple[int, str, str]:
    """`companion ARGS...` run in this process on `home`."""
    os.environ["COMPANION_HOME"] = str(home.data_dir)
    try:
        code = main(list(argv))
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


@pytest.fixture
def home(tmp_path, monkeypatch) -> AppPaths:
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    level = logging.getLogger().level
    yield AppPaths(tmp_path / "home", tmp_path / "home")
    logging.getLogger().setLevel(level)


def start(qtbot, paths: AppPaths) -> CompanionApp:
    return start_app(qtbot, paths)


def rows(database: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT id, stress, note FROM mood_entry ORDER BY id").fetchall()
    finally:
        connection.close()


def logged_home(home: AppPaths, capsys, notes: int = 3) -> list[tuple[object, ...]]:
    for n in range(notes):
        assert companion(home, capsys, "log", "--stress", str(n), "--note", f"通话 {n}")[0] == 0
    return rows(home.database)


# --- a store that cannot be used as it is -----------------------------------------------------


def test_the_command_line_says_a_damaged_store_was_kept_aside_and_goes_on(home, capsys):
    logged_home(home, capsys)
    damaged = home.database.read_bytes()[:3000]  # cut short, as a full disk would leave it
    home.database.write_bytes(damaged)
    code, _out, err = companion(home, capsys, "log", "--stress", "4")
    assert code == 0
    assert "warning" in err and "damaged" in err and str(home.database) in err
    # the file goes aside exactly as it was, with whatever -wal/-shm were beside it
    kept = [p for p in home.data_dir.glob("companion.db.corrupt-*") if p.name[-4:] != "-wal"]
    kept = [p for p in kept if p.name[-4:] != "-shm"]
    assert [path.read_bytes() for path in kept] == [damaged]
    assert str(kept[0]) in err
    assert len(rows(home.database)) == 1  # the new store took the new entry


def test_the_command_line_leaves_another_programs_database_alone(home, capsys):
    home.data_dir.mkdir(parents=True)
    connection = sqlite3.connect(home.database)
    connection.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT)")
    connection.execute("INSERT INTO orders (item) VALUES ('耳机')")
    connection.commit()
    connection.close()
    foreign = home.database.read_bytes()
    code, out, err = companion(home, capsys, "list")
    assert code == 0 and out == "No entries.\n"
    assert "not a Companion database" in err and "orders" in err
    [kept] = home.data_dir.glob("companion.db.foreign-*")
    assert kept.read_bytes() == foreign


def test_a_zero_length_store_is_simply_started_afresh(home, capsys):
    home.data_dir.mkdir(parents=True)
    home.database.write_bytes(b"")
    code, _out, err = companion(home, capsys, "log", "--stress", "2")
    assert (code, err) == (0, "")
    assert len(rows(home.database)) == 1


@pytest.fixture
def read_only(home):
    """Make a file read-only, even for root (who ignores file modes): `chattr +i` then."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
        else:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip(f"running as root and chattr +i failed: {done.stderr!r}")
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o600)


@pytest.mark.logs_errors("a store that cannot be written is a fatal error, logged as one")
@pytest.mark.skipif(os.name != "posix" or not shutil.which("chattr"), reason="POSIX file modes")
def test_a_read_only_store_is_named_and_left_exactly_as_it_was(home, capsys, read_only, qtbot):
    before = logged_home(home, capsys)
    read_only(home.database)
    original = home.database.read_bytes()
    for argv in (["log", "--stress", "5"], ["list"]):
        code, out, err = companion(home, capsys, *argv)
        assert code == 1 and out == ""
        assert len(err.splitlines()) == 1 and "Traceback" not in err
        assert "cannot write its database" in err and str(home.database) in err
    app = start(qtbot, home)  # the app says so and stops, keeping everything
    try:
        assert app.exit_code == 1 and app.store is None
    finally:
        app.shut_down()
    assert home.database.read_bytes() == original
    assert rows(home.database) == before
    assert not list(home.data_dir.glob("companion.db.*-*"))  # nothing moved aside


@pytest.mark.logs_errors("a store SQLite refuses is a fatal error, logged as one")
def test_a_store_sqlite_refuses_to_open_is_named_and_left_as_it_was(
    home, capsys, qtbot, monkeypatch
):
    """Whatever SQLite says when the shift journal opens the file (a full disk, a lock it
    cannot take) is one clear sentence and exit code 1, not a traceback; nothing is lost."""
    from companion.storage.journal import Journal

    before = logged_home(home, capsys)

    def refuse(database: Path, clock: object) -> Journal:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Journal, "open", staticmethod(refuse))
    app = start(qtbot, home)
    try:
        assert app.exit_code == 1 and app.journal is None and app.store is None
        err = capsys.readouterr().err
        assert f"cannot open its database {home.database}: disk I/O error" in err
    finally:
        app.shut_down()
    assert rows(home.database) == before


# --- settings full of garbage -----------------------------------------------------------------


def test_a_settings_file_of_garbage_is_kept_aside_and_the_defaults_apply(home, capsys, qtbot):
    logged_home(home, capsys, notes=1)
    garbage = b"\x00\xff[[[ language = = \xe4\xb8 \n" * 20
    home.settings_file.write_bytes(garbage)
    code, out, err = companion(home, capsys, "config", "get", "language")
    assert code == 0 and out == '"system"\n'
    assert "not UTF-8 text" in err and str(home.settings_file) in err
    # `config get` only reads: the file stays where it is, as it was (issue 13)
    assert home.settings_file.read_bytes() == garbage
    assert not list(home.config_dir.glob("settings.toml.invalid-*"))

    app = start(qtbot, home)  # the app keeps it aside, so that a save starts afresh
    try:
        assert app.store is not None and app.store.count_moods() == 1
        shown = [box.text() for box in app.notices.boxes if box.isVisible()]
        assert any("not UTF-8 text" in text for text in shown), shown
        [kept] = home.config_dir.glob("settings.toml.invalid-*")
        assert kept.read_bytes() == garbage
    finally:
        app.shut_down()
    # only the app set it aside (once); `config get` left it where it was
    assert [p.read_bytes() for p in home.config_dir.glob("settings.toml.invalid-*")] == [garbage]


# --- a content file missing -------------------------------------------------------------------


@pytest.fixture
def shipped_copy(tmp_path, monkeypatch) -> Path:
    """Companion's shipped folders copied aside, and Companion told to find them there."""
    root = tmp_path / "install"
    shutil.copytree(REPO / "data", root / "data")
    (root / "resources").symlink_to(REPO / "resources")
    monkeypatch.setattr(companion_paths, "_shipped_roots", lambda: [root])
    return root


@pytest.fixture
def no_cached_sentences() -> Iterator[None]:
    from companion.content.summary import shipped_sentences

    shipped_sentences.cache_clear()
    yield
    shipped_sentences.cache_clear()


@pytest.mark.logs_errors("a missing content file is logged as an error")
@pytest.mark.parametrize("missing", CONTENT_FILES)
def test_a_missing_content_file_is_named_and_the_store_untouched(
    home, capsys, caplog, qtbot, shipped_copy, no_cached_sentences, missing
):
    before = logged_home(home, capsys)
    gone = shipped_copy / "data" / missing
    gone.unlink()
    app = start(qtbot, home)
    try:
        if missing in ("vocabulary.toml", "reframing/zh_CN.toml", "reframing/en.toml"):
            # Needed by every window: the app names the file and stops at once.
            assert app.exit_code == 1 and app.store is None
            err = capsys.readouterr().err
            assert str(gone) in err and "missing" in err and "reinstall" in err
        elif missing == "checkin/who5.toml":  # the check-in says so when it opens
            app.wellbeing.offer_checkin()
            shown = [box.text() for box in app.notices.boxes if box.isVisible()]
            assert any(str(gone) in text for text in shown), shown
        elif missing == "summary.toml":  # the figures still show, without the sentence
            app.wellbeing.show_day_summary()
            assert app.wellbeing.day_summary is not None and app.wellbeing.day_summary.isVisible()
            assert str(gone) in caplog.text
        else:  # the distress words are only a help: saving goes on, the log names the file
            assert app.after_save.distressed("我不想活了") is False
            assert str(gone) in caplog.text
            app.mood.show_quick_log()
            app.mood.quick_log.form.set_values(9, ("sad",), None, "我不想活了")
            app.mood.quick_log.save()
            assert app.store.count_moods() == len(before) + 1
            before = None
    finally:
        app.shut_down()
    if before is not None:
        assert rows(home.database) == before
