"""`companion config set` with lists (issue 15): `shift.days 'mon tue'` saved only ["mon"] and
exited 0, and the error's own example `["mon", "tue"]` was refused. Every list key takes words
separated by spaces or commas, or a TOML/JSON list; a bad item is refused with exit 2 and
nothing is saved. And the two break intervals are checked together."""

from __future__ import annotations

from datetime import date

import pytest

from companion.domain.counting import counted
from companion.paths import AppPaths
from companion.settings import load_settings
from tests.unit.test_cli import Cli, cli  # noqa: F401 (the fixture)

SPELLINGS = ("{a} {b}", "{a},{b}", "{a}, {b}", '["{a}", "{b}"]', "[{a}, {b}]", "  {a}  ,  {b} ")

LISTS = {
    "shift.days": ("mon", "tue", ["mon", "tue"]),
    "shift.hours": ("08:00-12:00", "13:00-17:00", ["08:00-12:00", "13:00-17:00"]),
    "shift.days_off": ("2026-10-01", "2026-10-02", [date(2026, 10, 1), date(2026, 10, 2)]),
    "shift.extra_days": ("2026-09-27", "2026-10-11", [date(2026, 9, 27), date(2026, 10, 11)]),
}

BAD = {
    "shift.days": ("mon funday", "funday"),
    "shift.hours": ("08:00-12:00 lunch", "lunch"),
    "shift.days_off": ("2026-10-01 tomorrow", "tomorrow"),
    "shift.extra_days": ('["2026-09-27", "2026-13-01"]', "2026-13-01"),
}


def saved(home: AppPaths, key: str) -> object:
    return load_settings(home.settings_file).get(key)


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("key", sorted(LISTS))
def test_every_list_key_takes_every_list_spelling(cli: Cli, home: AppPaths, key, spelling):  # noqa: F811
    first, second, expected = LISTS[key]
    text = spelling.format(a=first, b=second)
    result = cli("config", "set", key, text)
    assert result.code == 0, result.err
    assert saved(home, key) == expected
    assert load_settings(home.settings_file).problems == []


@pytest.mark.parametrize("key", sorted(BAD))
def test_a_bad_item_is_refused_with_exit_2_and_nothing_saved(cli: Cli, home: AppPaths, key):  # noqa: F811
    text, item = BAD[key]
    result = cli("config", "set", key, text)
    assert result.code == 2
    assert key in result.err and item in result.err
    assert not home.settings_file.exists()  # nothing was written


def test_a_weekday_glued_to_another_is_not_read_as_the_first(cli: Cli, home: AppPaths):  # noqa: F811
    for text in ("montue", "monkey", '["mon tue"]'):
        result = cli("config", "set", "shift.days", text)
        assert result.code == 2, text
        assert "is not a weekday" in result.err
    assert cli("config", "set", "shift.days", "Monday, Wednesday").code == 0
    assert saved(home, "shift.days") == ["mon", "wed"]


def test_the_hours_of_one_day_take_the_same_spellings(cli: Cli, home: AppPaths):  # noqa: F811
    key = "shift.hours_by_day"
    assert cli("config", "set", key, "sat=10:00-12:00 13:00-15:00;sun=09:00 - 12:00").code == 0
    assert saved(home, key) == {"sat": ["10:00-12:00", "13:00-15:00"], "sun": ["09:00-12:00"]}
    assert cli("config", "set", key, '{ sat = ["10:00-14:00"] }').code == 0
    assert saved(home, key) == {"sat": ["10:00-14:00"]}
    result = cli("config", "set", key, "sat=10:00-14:00 soon")
    assert result.code == 2 and "soon" in result.err
    assert saved(home, key) == {"sat": ["10:00-14:00"]}  # the refused value changed nothing


def test_the_contacts_take_a_toml_list_and_refuse_words(cli: Cli, home: AppPaths):  # noqa: F811
    key = "help.contacts"
    assert cli("config", "set", key, '[{ name = "Team lead", how = "ext. 8001" }]').code == 0
    assert saved(home, key) == [{"name": "Team lead", "how": "ext. 8001"}]
    result = cli("config", "set", key, "Team lead, ext. 8001")
    assert result.code == 2 and key in result.err
    assert saved(home, key) == [{"name": "Team lead", "how": "ext. 8001"}]


def test_a_long_break_more_often_than_a_micro_break_is_refused(cli: Cli, home: AppPaths):  # noqa: F811
    assert cli("config", "set", "breaks.micro_interval_minutes", "45").code == 0
    result = cli("config", "set", "breaks.long_interval_minutes", "30")
    assert result.code == 2
    assert "breaks.long_interval_minutes (30) is shorter than" in result.err
    assert "breaks.micro_interval_minutes (45)" in result.err
    assert saved(home, "breaks.long_interval_minutes") == 100  # not saved
    assert cli("config", "set", "breaks.long_interval_minutes", "45").code == 0
    result = cli("config", "set", "breaks.micro_interval_minutes", "60")  # from the other side
    assert result.code == 2 and "change breaks.long_interval_minutes first" in result.err
    assert saved(home, "breaks.micro_interval_minutes") == 45


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 files"), (1, "1 file"), (2, "2 files"), (1200, "1,200 files")]
)
def test_counts_say_one_file_and_many_files(count, text):
    assert counted(count, "file", "files") == text
