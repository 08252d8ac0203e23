"""Weekday names in the settings: the short and long forms people write, not run-together lists."""

from __future__ import annotations

import pytest

from companion.settings import load_settings


@pytest.mark.parametrize(
    ("written", "days"),
    [
        (["mon", "tue"], ["mon", "tue"]),
        (["Tues", "thurs", "weds"], ["tue", "wed", "thu"]),
        (["Monday", "FRIDAY", "sat"], ["mon", "fri", "sat"]),
    ],
)
def test_usual_weekday_names_are_read(tmp_path, written, days):
    path = tmp_path / "settings.toml"
    path.write_text(f"[shift]\ndays = {written!r}\n".replace("'", '"'), encoding="utf-8")
    settings = load_settings(path)
    assert not settings.problems
    assert settings.get("shift.days") == days


@pytest.mark.parametrize("bad", ["mon tue", "montue", "monkey", "mo", "m0n"])
def test_a_run_together_list_or_a_wrong_name_is_refused_not_half_read(tmp_path, bad):
    path = tmp_path / "settings.toml"
    path.write_text(f'[shift]\ndays = ["{bad}"]\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.problems  # reported, and the default applies
    assert settings.get("shift.days") == ["mon", "tue", "wed", "thu", "fri"]
