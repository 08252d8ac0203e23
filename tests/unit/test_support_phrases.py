"""The labelled set (support_phrases.toml) through the matcher the app uses, with the shipped list.

Every everyday sentence must leave *Where to turn* shut and every real one must open it; a
failure names the sentence. The summary test prints precision and recall per language.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from companion.content.support_words import SupportWords, load_support_words
from companion.domain.support import mentions_distress

SET = tomllib.loads((Path(__file__).with_name("support_phrases.toml")).read_text("utf-8"))
LANGUAGES = ("zh_CN", "en")
SHIPPED = load_support_words()


def opens(text: str, words: SupportWords = SHIPPED) -> bool:
    """What AfterSave.distressed asks of the shipped list (companion/flows.py)."""
    return mentions_distress(text, words.words, words.ignore, words.about_me)


def cases(label: str) -> list[pytest.param]:
    return [
        pytest.param(text, id=f"{language}-{text}")
        for language in LANGUAGES
        for text in SET[language][label]
    ]


@pytest.mark.parametrize("text", cases("everyday"))
def test_an_everyday_sentence_leaves_the_list_shut(text: str) -> None:
    assert not opens(text), f"opens Where to turn but is everyday: {text!r}"


@pytest.mark.parametrize("text", cases("real"))
def test_a_real_sentence_opens_the_list(text: str) -> None:
    assert opens(text), f"stays shut but is real: {text!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_set_is_large_enough_and_has_no_repeats(language: str) -> None:
    everyday, real = SET[language]["everyday"], SET[language]["real"]
    assert len(everyday) >= 40 and len(real) >= 20
    assert len(set(everyday) | set(real)) == len(everyday) + len(real)


def test_precision_and_recall_on_the_set(capsys: pytest.CaptureFixture[str]) -> None:
    lines = []
    for language in LANGUAGES:
        everyday, real = SET[language]["everyday"], SET[language]["real"]
        hits = sum(opens(text) for text in real)
        false = sum(opens(text) for text in everyday)
        precision = hits / (hits + false) if hits + false else 1.0
        recall = hits / len(real)
        lines.append(
            f"{language}: precision {precision:.2f}, recall {recall:.2f} "
            f"({len(real)} real, {len(everyday)} everyday; {false} false, "
            f"{len(real) - hits} missed)"
        )
    with capsys.disabled():
        print("\nWhere to turn, labelled set: " + "; ".join(lines))
    assert all("precision 1.00, recall 1.00" in line for line in lines), lines
