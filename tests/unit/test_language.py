"""Which language the app speaks."""

from __future__ import annotations

import pytest

from companion.domain.language import resolve_language


@pytest.mark.parametrize(
    ("command_line", "setting", "system", "expected"),
    [
        ("en", "zh_CN", "zh_CN", "en"),  # the command line wins
        (None, "en", "zh_CN", "en"),  # then the setting
        (None, "zh_CN", "en_US", "zh_CN"),
        (None, "system", "zh_CN", "zh_CN"),  # then the system locale
        (None, "system", "zh_TW", "zh_CN"),  # every Chinese locale: Simplified Chinese
        (None, "system", "zh_HK", "zh_CN"),
        (None, "system", "zh-Hant-TW", "zh_CN"),
        (None, "system", "en_GB", "en"),
        (None, "system", "de_DE", "en"),  # anything else: English
        (None, "system", "C", "en"),
    ],
)
def test_language_resolution(command_line, setting, system, expected):
    assert resolve_language(command_line, setting, system) == expected
