"""The labelled corpus (distress_corpus.toml) through the matcher the app uses, with the shipped
rules: at least 95 % of the signals open *Where to turn*, at most 5 % of the other notes do, in
each language. The summary prints the figures, the signals missed and the false openings (with
the phrase that opened them).
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from companion.content.support_words import load_support_words
from companion.domain.support import DistressRules, find_distress

CORPUS = tomllib.loads(Path(__file__).with_name("distress_corpus.toml").read_text("utf-8"))
LANGUAGES = ("zh_CN", "en")
SHUT = ("venting", "hyperbole", "others", "denied")  # the labels that must not open it
SHIPPED = load_support_words()
RECALL_AT_LEAST = 0.95
FALSE_OPENINGS_AT_MOST = 0.05


def opens(text: str, rules: DistressRules = SHIPPED) -> bool:
    """What AfterSave.distressed asks of the shipped rules (companion/services/flows.py)."""
    return find_distress(text, rules) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_corpus_is_large_varied_and_has_no_repeats(language: str) -> None:
    notes = CORPUS[language]
    assert set(notes) == {"signal", *SHUT}
    every = [text for label in notes for text in notes[label]]
    assert len(every) >= 150
    assert len(notes["signal"]) >= 100 and len(notes["venting"]) >= 60
    assert len(notes["hyperbole"]) >= 30 and len(notes["others"]) >= 30
    assert len(notes["denied"]) >= 10
    repeated = [text for text, count in Counter(every).items() if count > 1]
    assert not repeated, repeated


@pytest.mark.parametrize("language", LANGUAGES)
def test_signals_are_found_and_everyday_notes_left_alone(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = CORPUS[language]
    signals = notes["signal"]
    rest = [(label, text) for label in SHUT for text in notes[label]]
    missed = [text for text in signals if not opens(text)]
    false = [(label, text, find_distress(text, SHIPPED)) for label, text in rest if opens(text)]
    recall = 1 - len(missed) / len(signals)
    false_rate = len(false) / len(rest)
    with capsys.disabled():
        print(
            f"\nWhere to turn, {language}: {recall:.1%} of {len(signals)} signals found, "
            f"{false_rate:.1%} false openings on {len(rest)} other notes "
            f"({len(missed)} missed, {len(false)} false)"
        )
        for text in missed:
            print(f"  missed: {text}")
        for label, text, finding in false:
            print(f"  opened on {label}: {text} ({finding})")
    assert recall >= RECALL_AT_LEAST, missed
    assert false_rate <= FALSE_OPENINGS_AT_MOST, false


# The issue's own examples, one by one: a failure names the note.
ISSUE_SIGNALS = [
    "想离开这个世界",
    "不想活在这个世界上了",
    "自我了断",
    "了结自己",
    "遗书",
    "安眠药",
    "攒药",
    "攒了一瓶安眠药",
    "不想再醒来",
    "一睡不醒",
    "活着没劲",
    "活着没啥意思",
    "活得没意思",
    "人生没有意义",
    "我是大家的负担",
    "我该去死",
    "不如去死",
    "想拿刀划自己",
    "我撑不下去了",
    "I've saved up my pills",
    "I'm a burden to everyone",
    "I don't want to wake up tomorrow",
    "life is pointless",
]
ISSUE_VENTING = [
    "我扛不住了，先去喝口水",
    "我快扛不住了，明天请假",
    "绝望了，系统又崩",
    "有点绝望",
]


@pytest.mark.parametrize("text", ISSUE_SIGNALS)
def test_the_signals_the_issue_found_missed_open_it(text: str) -> None:
    assert opens(text), f"stays shut but is a signal: {text!r}"
    assert text in {t for notes in CORPUS.values() for t in notes["signal"]} or any(
        text in t for notes in CORPUS.values() for t in notes["signal"]
    ), "each example stands in the corpus too"


@pytest.mark.parametrize("text", ISSUE_VENTING)
def test_the_venting_the_issue_found_opening_it_leaves_it_shut(text: str) -> None:
    assert not opens(text), f"opens on everyday venting: {find_distress(text, SHIPPED)}"
    assert text in CORPUS["zh_CN"]["venting"]


def test_a_finding_names_the_phrase_and_its_kind() -> None:
    assert find_distress("我真的撑不下去了", SHIPPED) == find_distress("撑不下去了", SHIPPED)
    finding = find_distress("我真的撑不下去了", SHIPPED)
    assert finding is not None and (finding.phrase, finding.kind) == ("撑不下去", "strain")
    finding = find_distress("I've saved up my pills", SHIPPED)
    assert finding is not None and finding.kind == "words" and "pills" in finding.phrase
