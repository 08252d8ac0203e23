"""After a customer's abuse: which entry tells it, for how long, and the lines the content has."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from companion.content.reframing import load_reframing
from companion.domain.abuse import RECENT, after_abuse, was_abusive
from companion.domain.language import SUPPORTED
from companion.domain.mood import MoodEntry

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)


def entry(category: str | None, ago: timedelta = timedelta(minutes=5)) -> MoodEntry:
    at = NOW - ago
    return MoodEntry(uuid.uuid4(), at, 8, (), category, None, created_at=at, updated_at=at)


def test_an_entry_tagged_abusive_customer_and_recent_counts() -> None:
    assert was_abusive(entry("abusive")) and not was_abusive(entry("complaint"))
    assert not was_abusive(None)
    assert after_abuse(entry("abusive"), NOW)
    assert after_abuse(entry("abusive", RECENT), NOW)
    assert not after_abuse(entry("abusive", RECENT + timedelta(minutes=1)), NOW)
    assert after_abuse(entry("abusive", -timedelta(minutes=3)), NOW)  # another clock, ahead
    assert not after_abuse(entry("refund"), NOW) and not after_abuse(None, NOW)


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_content_says_in_one_line_that_abuse_is_not_theirs(language: str) -> None:
    content = load_reframing(language)
    personal = content.distortions["personalization"].after_abuse
    kinder = content.exercises["positive_reframing"].after_abuse
    for line in (personal, kinder):
        assert line and "\n" not in line
        if language == "zh_CN":
            assert "辱骂" in line and "组长" in line and "按公司的规定" in line
        else:
            assert "abuse" in line.lower() and "team lead" in line and "company's rules" in line
    assert ("不等于忍受辱骂" if language == "zh_CN" else "never means putting up") in kinder
    assert ("错不在你" if language == "zh_CN" else "not your fault") in personal
