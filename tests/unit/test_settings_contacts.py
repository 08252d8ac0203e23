"""help.contacts: checked like every key, pre-seeded by an administrator, written back intact."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from companion.settings import (
    MAX_CONTACTS,
    SPECS,
    InvalidSetting,
    load_settings,
    parse_value,
    save_setting,
)

ADMIN_FILE = """\
# Deployed by IT. Do not remove this header.
language = "zh_CN"

# Where to turn, for the whole team
[[help.contacts]]
name = "Team lead Wang"  # the morning shift
how = "ext. 8001"

[[help.contacts]]
name = "EAP"
how = "400-000-0000, 24 hours"

[breaks]
micro_interval_minutes = 30 # agreed with the team
"""


def check(value: object) -> object:
    return SPECS["help.contacts"].check(value)


def test_the_default_is_empty_meaning_the_built_in_pointers() -> None:
    assert SPECS["help.contacts"].default == []
    assert load_settings(Path("/nonexistent/settings.toml")).get("help.contacts") == []


def test_an_administrators_list_is_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(ADMIN_FILE, encoding="utf-8")
    settings = load_settings(path)
    assert settings.problems == []
    assert settings.get("help.contacts") == [
        {"name": "Team lead Wang", "how": "ext. 8001"},
        {"name": "EAP", "how": "400-000-0000, 24 hours"},
    ]


def test_values_are_trimmed_and_how_is_optional() -> None:
    assert check([{"name": "  Mentor  "}]) == [{"name": "Mentor", "how": ""}]
    assert check([]) == []


@pytest.mark.parametrize(
    ("value", "fault"),
    [
        ("Team lead", "must be a list"),
        ([{"name": "a"}] * (MAX_CONTACTS + 1), f"at most {MAX_CONTACTS}"),
        (["Team lead"], "must be a table"),
        ([{"how": "ext. 1"}], "name must be text"),
        ([{"name": "   "}], "name must not be empty"),
        ([{"name": "a", "how": 8001}], "how must be text"),
        ([{"name": "x" * 61}], "at most 60 characters"),
        ([{"name": "a", "how": "y" * 161}], "at most 160 characters"),
        ([{"name": "a\nb"}], "one line"),
        ([{"name": "a", "phone": "1"}], "unknown keys: phone"),
    ],
)
def test_bad_lists_are_refused(value: object, fault: str) -> None:
    with pytest.raises(InvalidSetting, match=fault):
        check(value)


def test_a_bad_list_in_the_file_is_reported_and_the_rest_applies(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('language = "en"\n[[help.contacts]]\nphone = "1"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.language == "en"
    assert settings.get("help.contacts") == []
    assert len(settings.problems) == 1 and "help.contacts" in settings.problems[0]


def test_the_command_line_takes_a_toml_array() -> None:
    assert parse_value("help.contacts", '[{ name = "Team lead", how = "ext. 8001" }]') == [
        {"name": "Team lead", "how": "ext. 8001"}
    ]
    with pytest.raises(InvalidSetting, match="allowed"):
        parse_value("help.contacts", "Team lead")


def test_saving_keeps_the_administrators_comments_and_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(ADMIN_FILE, encoding="utf-8")
    edited = [
        {"name": "EAP", "how": "400-000-0000, 24 hours"},
        {"name": "Mentor Li", "how": "room 3, or WeChat"},
    ]
    save_setting(path, "help.contacts", edited)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Deployed by IT. Do not remove this header.\n")
    assert "# Where to turn, for the whole team\n[[help.contacts]]" in text
    assert "\n\n[breaks]\nmicro_interval_minutes = 30 # agreed with the team\n" in text
    assert load_settings(path).get("help.contacts") == edited
    assert tomllib.loads(text)["language"] == "zh_CN"
    save_setting(path, "help.contacts", [])  # back to the built-in pointers
    assert load_settings(path).get("help.contacts") == []
    assert "micro_interval_minutes = 30 # agreed with the team" in path.read_text("utf-8")


def test_saving_into_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_setting(path, "help.contacts", [{"name": "Mentor", "how": "ext. 2"}])
    assert path.read_text(encoding="utf-8").startswith('[[help.contacts]]\nname = "Mentor"\n')
    assert load_settings(path).get("help.contacts") == [{"name": "Mentor", "how": "ext. 2"}]


def test_config_get_prints_the_list_on_one_line() -> None:
    from companion.cli.config import toml_value

    assert toml_value([{"name": "EAP", "how": "ext. 1"}]) == '[{name = "EAP", how = "ext. 1"}]'
    assert toml_value([]) == "[]"
