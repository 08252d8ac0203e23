"""Whatever an agent (or a script, or a broken settings file) hands Companion, it never crashes.

Property-based: hypothesis makes up the values. Every input path either keeps the value exactly or
refuses it with a clear, one-line reason; nothing else is acceptable.
"""

from __future__ import annotations

import logging
import math
import tomllib
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import tomlkit
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from companion.cli import main
from companion.domain.clock import FixedClock
from companion.domain.mood import CATEGORIES, EMOTIONS, InvalidMood, make_mood_input
from companion.paths import AppPaths
from companion.settings import SPECS, InvalidSetting, load_settings, parse_value, save_setting
from companion.storage.store import Store, open_store

pytestmark = pytest.mark.slow

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
FIXTURES_ONCE = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# A little of every script an agent (or a customer quoted in a note) might write, plus the
# characters that break naive code: combining marks, joiners, bidi controls, a BOM, and line
# and paragraph separators.
SCRIPTS = (
    "客户说我们从来不发货",
    "顧客說我們從來不發貨",
    "お客様が怒っています",
    "고객이 화가 났어요",
    "العميل غاضب جدا",
    "הלקוח כועס",
    "ग्राहक नाराज़ है",
    "ลูกค้าโกรธมาก",
    "Клиент недоволен",
    "Ο πελάτης θυμώνει",
    "ᠮᠣᠩᠭᠣᠯ",
    "👩‍💻😡📦🇨🇳",
    "e\u0301\u0308",
    "\u200d\u200c\u200e\u200f\u202e\u2066",
    "\ufeff\u2028\u2029\u00a0",
)
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x80\x85\x9f\t\n\r"
NOTE_CHARACTERS = st.one_of(
    st.characters(),  # any code point, lone surrogates included
    st.sampled_from("".join(SCRIPTS)),
    st.sampled_from(CONTROL),
)
NOTES = st.one_of(
    st.text(NOTE_CHARACTERS, max_size=60),
    st.lists(st.sampled_from(SCRIPTS), max_size=4).map(" ".join),
    st.text(st.sampled_from("客x \n"), min_size=1990, max_size=2010),  # around the 2,000 limit
)
ANY_OBJECT = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
    st.decimals(allow_nan=True),
    st.just(object()),
)


# --- mood values, stored through the Store -----------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened, _report = open_store(AppPaths(tmp_path, tmp_path), FixedClock(NOW))
    yield opened
    opened.close()


GOOD_MOODS = st.fixed_dictionaries(
    {
        "at": st.builds(  # a moment of the last few years, in any time zone
            lambda seconds, zone: (NOW - timedelta(seconds=seconds)).astimezone(zone),
            st.integers(0, 10**8),
            st.timezones(),
        ),
        "stress": st.integers(0, 10),
        "emotions": st.lists(st.sampled_from(EMOTIONS), max_size=6),
        "category": st.one_of(st.none(), st.sampled_from(CATEGORIES)),
        "note": st.one_of(st.none(), NOTES),
    }
)
ANY_MOODS = st.fixed_dictionaries(
    {
        "at": st.datetimes(  # naive and future times too
            min_value=datetime(1990, 1, 1),
            max_value=datetime(2030, 1, 1),
            timezones=st.one_of(st.none(), st.timezones()),
        ),
        "stress": st.one_of(st.integers(-3, 13), ANY_OBJECT),
        "emotions": st.lists(st.one_of(st.sampled_from(EMOTIONS), ANY_OBJECT), max_size=6),
        "category": st.one_of(st.none(), st.sampled_from(CATEGORIES), ANY_OBJECT),
        "note": st.one_of(st.none(), NOTES),
    }
)


@FIXTURES_ONCE
@given(mood=st.one_of(GOOD_MOODS, ANY_MOODS))
def test_a_mood_entry_is_stored_exactly_or_refused_with_a_reason(store: Store, mood) -> None:
    at, stress, emotions = mood["at"], mood["stress"], mood["emotions"]
    category, note = mood["category"], mood["note"]
    before = store.count_moods()
    try:
        values = make_mood_input(now=NOW, **mood)
    except InvalidMood as refused:
        event(refused.problem.value)
        message = str(refused)
        assert message and "\n" not in message
        assert store.count_moods() == before
        return
    event("stored")
    entry = store.add_mood(values)
    again = store.get_mood(entry.id)
    assert again == entry
    assert again.at == at and again.at.tzinfo is not None
    assert again.stress == stress
    assert set(again.emotions) == set(emotions)
    assert again.category == category
    assert again.note == (None if note is None or note.strip() == "" else note)
    assert store.count_moods() == before + 1


# --- the command line -------------------------------------------------------------------------


def _close_log_files() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def run(home: AppPaths, capsys, monkeypatch, tmp_path: Path):
    """`companion ARGS...` in this process; the tray app itself is never started."""
    monkeypatch.chdir(tmp_path)  # relative paths (export --out x) land here
    monkeypatch.setattr("companion.process.run.run_app", lambda language=None: 0)
    level = logging.getLogger().level

    def call(argv: list[str]) -> tuple[int, str, str]:
        try:
            code = main(argv)
        except SystemExit as leaving:
            code = 0 if leaving.code is None else leaving.code
        finally:
            _close_log_files()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield call
    logging.getLogger().setLevel(level)


@FIXTURES_ONCE
@given(note=NOTES, stress=st.integers(0, 10))
def test_a_note_from_the_command_line_is_kept_exactly_or_refused(run, home, note, stress):
    code, out, err = run(["log", f"--stress={stress}", f"--note={note}"])
    event(f"exit {code}")
    assert "Traceback" not in err
    if code == 2:
        assert out == "" and len(err.splitlines()) == 1
        return
    assert code == 0, err
    store, _ = open_store(home, FixedClock(NOW))
    try:
        entry = store.get_mood(uuid.UUID(out.strip()))
    finally:
        store.close()
    assert entry is not None
    assert entry.note == (None if note.strip() == "" else note)


# Each command with the options it takes; values are a mix of good ones and anything at all.
COMMANDS = {
    "log": ("--stress", "--emotion", "--category", "--note", "--at"),
    "list": ("--since", "--until", "--format"),
    "breaks": ("--day", "--format"),
    "stats": ("--weeks", "--format"),
    "export": ("--format", "--out"),
    "import": (),
    "call": (),
    "erase": ("--yes",),
    "config": ("get", "set"),
}
VALUES = (
    "5", "0", "10", "-1", "11", "1_0", "٥", " 7 ", "angry", "calm", "wronged", "refund", "json",
    "csv", "table", "start", "end", "language", "en", "breaks.micro_seconds", "60",
    "shift.hours_by_day", "sat=10:00-14:00", "2026-11-23", "2026-11-23T08:00",
    "2026-11-23T08:00+08:00", "0001-01-01T00:00", "9999-12-31T23:59", "2026-02-30", "24:00",
    "out.json", "missing.json", "", "-", "--", "--help", "--version", "--yes",
)  # fmt: skip
VALUE = st.one_of(
    st.sampled_from(VALUES), st.text(NOTE_CHARACTERS, max_size=12), st.integers().map(str)
)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    head = draw(st.sampled_from(([], ["--lang", "en"], ["--lang", "zh_CN"], ["--lang"])))
    command = draw(st.sampled_from([*sorted(COMMANDS), "", "lgo", "--bogus", "日志"]))
    options = COMMANDS.get(command, ()) or VALUES
    rest: list[str] = []
    for option in draw(st.lists(st.sampled_from(options), max_size=4)):
        rest += [option] if option == "--yes" else [option, draw(VALUE)]
    return [*head, command, *rest, *draw(st.lists(VALUE, max_size=1))]


@FIXTURES_ONCE
@given(argv=command_lines())
@example(argv=["breaks", "\ud800"])  # bytes that were not UTF-8, named in the message
def test_any_command_line_exits_0_1_or_2_without_a_traceback(run, home, argv):
    code, _out, err = run(argv)
    event(f"exit {code}")
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "at",
    ["0001-01-01T00:00", "0001-01-01T00:30+14:00", "9999-12-31T23:59", "9999-12-31T23:59-12:00"],
)
def test_a_time_at_the_ends_of_the_calendar_is_refused_not_a_crash(run, home, at):
    code, out, err = run(["log", "--stress", "5", "--at", at])
    assert code == 2, err
    assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not home.database.exists()


# --- settings ---------------------------------------------------------------------------------

TOML_SCALARS = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.text(NOTE_CHARACTERS.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF), max_size=12),
    st.sampled_from(["mon", "Sunday", "09:00-18:00", "22:00-06:00", "10:00", "2026-10-01", "en"]),
    st.dates(),
    st.times(),
    st.datetimes(),
)
TOML_VALUES = st.recursive(
    TOML_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(["mon", "sat", "name", "how", "x"]), st.text(max_size=4)),
            inner,
            max_size=3,
        ),
    ),
    max_leaves=8,
)


def _same(a: object, b: object) -> bool:
    """Equal, counting NaN equal to NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(a == b)


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from(sorted(SPECS)), value=TOML_VALUES)
def test_any_toml_value_is_accepted_or_refused_with_invalid_setting(key, value):
    try:
        checked = SPECS[key].check(value)
    except InvalidSetting as refused:
        assert str(refused) and "\n" not in str(refused)
        return
    assert _same(SPECS[key].check(checked), checked)  # a checked value stays the same


@settings(max_examples=200, deadline=None)
@given(key=st.one_of(st.sampled_from(sorted(SPECS)), st.text(max_size=8)), text=st.text())
def test_any_command_line_setting_is_parsed_or_refused_with_invalid_setting(key, text):
    try:
        parse_value(key, text)
    except InvalidSetting as refused:
        assert str(refused)


@FIXTURES_ONCE
@given(values=st.dictionaries(st.sampled_from(sorted(SPECS)), TOML_VALUES, max_size=4))
def test_a_settings_file_with_any_values_loads_and_accepted_ones_save(tmp_path, values):
    path = tmp_path / "settings.toml"
    document = tomlkit.document()
    for key, value in values.items():
        *tables, name = key.split(".")
        container = document
        for table in tables:
            container = container.setdefault(table, tomlkit.table())
        try:
            container[name] = value
        except (TypeError, ValueError):
            assume(False)  # tomlkit cannot write it, so no file could hold it
    try:
        text = tomlkit.dumps(document)
        tomllib.loads(text)
    except Exception:
        assume(False)
    path.write_text(text, encoding="utf-8")

    loaded = load_settings(path)
    for key in values:
        named = [problem for problem in loaded.problems if f": {key} " in problem]
        assert (key in loaded.values) != bool(named), (key, loaded.problems)
    # Whatever was accepted is written back and read again unchanged, with no problem.
    saved = tmp_path / "saved.toml"
    saved.unlink(missing_ok=True)
    for key, value in loaded.values.items():
        save_setting(saved, key, value)
    again = load_settings(saved)
    assert again.problems == []
    assert again.values.keys() == loaded.values.keys()
    assert all(_same(again.values[key], loaded.values[key]) for key in loaded.values)


SETTINGS_PIECES = (
    'language = "en"\n', "[shift]\n", "days = [", '"mon"', "]\n", "[[help.contacts]]\n",
    'name = "x"\n', "hours_by_day = { sat = 1 }\n", "\x00", "=", "\n", "[breaks]\n",
    "micro_seconds = 1e400\n", "checkin.time = 10:00:00\n", "days_off = [2026-13-01]\n",
)  # fmt: skip


@FIXTURES_ONCE
@given(
    content=st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(SETTINGS_PIECES),
            max_size=8,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    )
)  # fmt: skip
def test_a_settings_file_with_random_content_never_crashes_loading(tmp_path, content):
    path = tmp_path / "settings.toml"
    for old in tmp_path.glob("settings.toml*"):
        old.unlink()
    path.write_bytes(content)
    loaded = load_settings(path)
    assert all(isinstance(problem, str) and problem for problem in loaded.problems)
    kept_aside = list(tmp_path.glob("settings.toml.invalid-*"))
    if kept_aside:  # not TOML: the file is kept, byte for byte, beside where it was
        assert [aside.read_bytes() for aside in kept_aside] == [content]
    else:
        assert path.read_bytes() == content  # the file is never rewritten by loading it
    for key in SPECS:
        loaded.get(key)
    loaded.shift_plan()
    loaded.break_rules()


def test_the_kinds_of_toml_value_the_strategies_make_are_all_possible():
    """Guards the strategies above: TOML holds exactly these types."""
    sample = {"d": date(2026, 1, 1), "t": time(10), "dt": datetime(2026, 1, 1), "f": 1.5}
    assert tomllib.loads(tomlkit.dumps(sample)) == sample
