"""Named shifts an administrator defines (`[shift.presets]` in settings.toml), and shift hours in
the settings file written as agents write them (`9-18`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.settings import InvalidSetting, load_settings, parse_value, save_setting

SEEDED = """\
# deployed by IT
[shift]
hours = ["9-18"]

[shift.presets]
"早班" = "7-15"
"中班" = ["11:00-19:00"]
"晚班" = "15:00–23:00"
"两头班" = "9-12, 17-21"
"夜班" = "22-6"
"坏的" = "9 to 5"
"重叠" = "9-12, 11-18"
"没有" = 3
"""


def test_each_named_shift_is_checked_on_its_own_and_a_bad_one_is_reported_and_ignored(
    tmp_path: Path,
):
    path = tmp_path / "settings.toml"
    path.write_text(SEEDED, encoding="utf-8")
    settings = load_settings(path)
    assert settings.get("shift.hours") == ["09:00-18:00"]  # `9-18`, as agents write it
    assert settings.get("shift.presets") == {
        "早班": ["07:00-15:00"],
        "中班": ["11:00-19:00"],
        "晚班": ["15:00-23:00"],
        "两头班": ["09:00-12:00", "17:00-21:00"],
        "夜班": ["22:00-06:00"],
    }  # in the file's order
    bad = [problem for problem in settings.problems if "shift.presets" in problem]
    assert len(bad) == 3 and len(settings.problems) == 3
    assert all(problem.endswith("; ignored") for problem in bad)
    assert "'坏的'" in bad[0] and "'重叠'" in bad[1] and "overlap" in bad[1]
    assert "'没有'" in bad[2] and "07:00-15:00" in bad[2]


def test_no_presets_by_default(tmp_path: Path):
    assert load_settings(tmp_path / "settings.toml").get("shift.presets") == {}


@pytest.mark.parametrize(
    "table",
    [
        '{ "" = "9-18" }',
        '{ "a very long name for one shift" = "9-18" }',
        '{ "早班" = "9-9" }',
        "[1, 2]",
    ],
)
def test_a_bad_table_on_the_command_line_is_refused(table):
    with pytest.raises(InvalidSetting):
        parse_value("shift.presets", table)


def test_presets_set_on_the_command_line_are_saved_and_read_back(tmp_path: Path):
    path = tmp_path / "settings.toml"
    value = parse_value("shift.presets", '{ "早班" = "7-15", "晚班" = "15-23" }')
    assert value == {"早班": ["07:00-15:00"], "晚班": ["15:00-23:00"]}
    save_setting(path, "shift.presets", value)
    assert load_settings(path).get("shift.presets") == value
    assert load_settings(path).problems == []


def test_hours_on_the_command_line_may_be_written_as_agents_write_them():
    assert parse_value("shift.hours", "9-12, 13:30-18") == ["09:00-12:00", "13:30-18:00"]
    assert parse_value("shift.hours", "22-6") == ["22:00-06:00"]
