"""settings.toml: read key by key, bad content reported, an administrator's file kept intact."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from companion.settings import (
    LANGUAGES,
    SPECS,
    InvalidSetting,
    load_settings,
    parse_value,
    save_setting,
)

ADMIN_FILE = """\
# Companion settings, deployed by IT (ticket #4711). Do not remove this header.

language = "en"   # agents in the Dublin office

# Keys from a later version, kept for when agents upgrade:
[breaks]
micro_interval_minutes = 25 # every 25 minutes
"""


def _settings_file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "settings.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.invalid-*"))


# --- loading ----------------------------------------------------------------------------------


def test_missing_file_gives_defaults_and_no_problems(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = load_settings(path)
    assert settings.problems == []
    assert settings.values == {}
    assert settings.language == "system"
    assert settings.get("language") == SPECS["language"].default == "system"
    assert not path.exists()  # reading never creates the file


@pytest.mark.parametrize("language", LANGUAGES)
def test_good_file_is_applied(tmp_path: Path, language: str) -> None:
    settings = load_settings(_settings_file(tmp_path, f'language = "{language}"\n'))
    assert settings.problems == []
    assert settings.language == language


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(_settings_file(tmp_path, ""))
    assert settings.problems == []
    assert settings.language == "system"


@pytest.mark.parametrize("bad", ['"fr"', '"ZH_CN"', '"zh-CN"', "1", "true", '["en"]', "{ a = 1 }"])
def test_bad_language_is_reported_with_allowed_values_and_default_used(
    tmp_path: Path, bad: str
) -> None:
    path = _settings_file(tmp_path, f"language = {bad}\n")
    settings = load_settings(path)
    assert settings.language == "system"
    assert len(settings.problems) == 1
    problem = settings.problems[0]
    assert str(path) in problem
    assert "language" in problem
    for allowed in LANGUAGES:
        assert allowed in problem
    assert "\n" not in problem
    assert path.read_text(encoding="utf-8") == f"language = {bad}\n"  # file left alone


def test_unknown_key_is_reported_and_ignored_while_good_keys_apply(tmp_path: Path) -> None:
    path = _settings_file(
        tmp_path, 'colour = "blue"\nlanguage = "zh_CN"\n[breaks]\nsnooze_forever = true\n'
    )
    settings = load_settings(path)
    assert settings.language == "zh_CN"
    assert "colour" not in settings.values
    assert len(settings.problems) == 2
    assert any("'colour'" in problem and str(path) in problem for problem in settings.problems)
    assert any("'breaks.snooze_forever'" in problem for problem in settings.problems)
    assert all("unknown key" in problem for problem in settings.problems)


def test_one_bad_key_does_not_stop_the_others(tmp_path: Path) -> None:
    path = _settings_file(tmp_path, 'volume = 11\nlanguage = "en"\n')
    settings = load_settings(path)
    assert settings.language == "en"
    assert [problem for problem in settings.problems if "volume" in problem]


@pytest.mark.parametrize(
    "content",
    [
        b'language = "en\n',  # unterminated string
        b"language = en\n",  # bare word
        b"[[[\n",
        b"language = 'en'\nlanguage = 'zh_CN'\n",  # duplicate key
        b'language = "\xff\xfe"\n',  # not UTF-8
        b"\x00\x01\x02 binary junk",
    ],
    ids=["unterminated", "bare-word", "brackets", "duplicate-key", "not-utf8", "binary"],
)
def test_invalid_toml_is_moved_aside_and_defaults_used(tmp_path: Path, content: bytes) -> None:
    path = _settings_file(tmp_path, content)
    settings = load_settings(path)
    assert settings.language == "system"
    assert settings.values == {}
    assert not path.exists()
    asides = _asides(path)
    assert len(asides) == 1
    assert asides[0].read_bytes() == content
    assert len(settings.problems) == 1
    problem = settings.problems[0]
    assert str(path) in problem
    assert str(asides[0]) in problem
    assert "not valid TOML" in problem or "not UTF-8 text" in problem
    # The next start finds no file and no problem.
    assert load_settings(path).problems == []


def test_unreadable_settings_are_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()  # a folder where the file should be: reading fails even for root
    settings = load_settings(path)
    assert settings.language == "system"
    assert len(settings.problems) == 1
    assert str(path) in settings.problems[0]
    assert path.is_dir()


# --- parse_value ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_parse_value_accepts_each_language(language: str) -> None:
    assert parse_value("language", language) == language


def test_parse_value_refuses_unknown_key_listing_the_known_ones() -> None:
    with pytest.raises(InvalidSetting) as caught:
        parse_value("colour", "blue")
    message = str(caught.value)
    assert "'colour'" in message
    assert "language" in message
    assert "\n" not in message


@pytest.mark.parametrize("text", ["fr", "", "EN", " en", "zh-CN"])
def test_parse_value_refuses_a_bad_value_naming_key_and_allowed(text: str) -> None:
    with pytest.raises(InvalidSetting) as caught:
        parse_value("language", text)
    message = str(caught.value)
    assert message.startswith("language")
    assert repr(text) in message
    for allowed in LANGUAGES:
        assert allowed in message
    assert "\n" not in message


# --- saving -----------------------------------------------------------------------------------


def test_save_creates_a_file_with_only_that_key(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    save_setting(path, "language", "zh_CN")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"language": "zh_CN"}
    assert load_settings(path).language == "zh_CN"
    assert load_settings(path).problems == []
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temporary left


def test_save_keeps_an_administrators_comments_and_other_keys(tmp_path: Path) -> None:
    path = _settings_file(tmp_path, ADMIN_FILE)
    save_setting(path, "language", "zh_CN")
    text = path.read_text(encoding="utf-8")
    assert text == ADMIN_FILE.replace('language = "en"', 'language = "zh_CN"')
    assert tomllib.loads(text)["breaks"] == {"micro_interval_minutes": 25}
    assert load_settings(path).language == "zh_CN"


def test_save_never_writes_defaults_for_other_keys(tmp_path: Path) -> None:
    path = _settings_file(tmp_path, "# just a comment\n")
    save_setting(path, "language", "en")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# just a comment\n")
    assert tomllib.loads(text) == {"language": "en"}
    assert text.count("=") == 1


def test_save_replaces_a_bad_value_and_keeps_unknown_keys(tmp_path: Path) -> None:
    path = _settings_file(tmp_path, 'language = "fr" # wrong\nfuture_key = true\n')
    save_setting(path, "language", "en")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "language": "en",
        "future_key": True,
    }


def test_save_refuses_a_bad_value_and_leaves_the_file(tmp_path: Path) -> None:
    path = _settings_file(tmp_path, ADMIN_FILE)
    with pytest.raises(InvalidSetting):
        save_setting(path, "language", "fr")
    assert path.read_text(encoding="utf-8") == ADMIN_FILE


def test_save_over_invalid_toml_keeps_the_old_file_aside(tmp_path: Path) -> None:
    content = b"language = = broken\n"
    path = _settings_file(tmp_path, content)
    save_setting(path, "language", "en")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"language": "en"}
    asides = _asides(path)
    assert len(asides) == 1
    assert asides[0].read_bytes() == content


def test_break_and_shift_keys_become_the_plan_and_rules(tmp_path: Path) -> None:
    from datetime import date, time, timedelta

    path = _settings_file(
        tmp_path,
        '[shift]\ndays = ["Mon", "sat"]\nhours = ["13:00-18:00", "08:30-12:00"]\n'
        'days_off = [2026-10-01]\nextra_days = ["2026-09-27"]\n'
        '[shift.hours_by_day]\nsat = ["10:00-14:00"]\n'
        "[breaks]\nmicro_interval_minutes = 30\nlong_minutes = 10\nmax_postpones = 0\n"
        "[calls]\nauto_end_minutes = 45\n",
    )
    settings = load_settings(path)
    assert settings.problems == []
    plan = settings.shift_plan()
    assert plan.days == frozenset({0, 5})
    assert [str(r) for r in plan.hours] == ["08:30-12:00", "13:00-18:00"]
    assert plan.hours_by_day[5][0].start == time(10)
    assert plan.days_off == frozenset({date(2026, 10, 1)})
    assert plan.extra_days == frozenset({date(2026, 9, 27)})
    rules = settings.break_rules()
    assert rules.micro_interval == timedelta(minutes=30)
    assert rules.long_length == timedelta(minutes=10)
    assert rules.max_postpones == 0
    assert rules.call_auto_end == timedelta(minutes=45)


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("[breaks]\nmicro_seconds = 10\n", "breaks.micro_seconds"),
        ("[breaks]\nlong_minutes = true\n", "breaks.long_minutes"),
        ('[shift]\nhours = ["09:00-12:00", "11:00-13:00"]\n', "shift.hours"),
        ('[shift]\ndays = ["funday"]\n', "shift.days"),
        ('[shift]\ndays_off = ["2026-13-01"]\n', "shift.days_off"),
        ('[calls]\ndetect_microphone = "yes"\n', "calls.detect_microphone"),
    ],
)
def test_each_bad_break_or_shift_value_is_named_and_the_default_used(tmp_path, content, key):
    path = _settings_file(tmp_path, 'language = "en"\n' + content)
    settings = load_settings(path)
    [problem] = settings.problems
    assert key in problem and "allowed" in problem
    assert settings.language == "en"
    assert settings.get(key) == SPECS[key].default
    settings.shift_plan()  # the defaults still make a usable plan
    settings.break_rules()


def test_a_whole_day_shift_survives_saving_and_loading(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_setting(path, "shift.hours", ["00:00-24:00"])
    settings = load_settings(path)
    assert settings.problems == []
    assert settings.get("shift.hours") == ["00:00-24:00"]
    assert settings.shift_plan().hours[0].overnight
