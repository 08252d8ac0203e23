"""No words of distress are ever called a thinking trap: the distress lists against the trap cues,
both ways.

- Every phrase of the distress lists (data/support_words.toml, each written form of its
  alternatives), alone and in the frames an agent writes it in (我再也撑不下去了, "honestly I …"),
  gets no suggestion from the suggester the reframing wizard uses.
- No cue of the reframing content (a trap's signals, its examples, the practice thoughts) holds a
  distress phrase: 撑不下去 once stood among 灾难化's signals.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest

from companion.content.reframing import load_reframing
from companion.content.support_words import load_support_words
from companion.domain.language import SUPPORTED
from companion.domain.support import GAP, trap_suggestions, without_distress
from companion.features.reframing import trap_suggester

SHIPPED = load_support_words()
GROUP = re.compile(r"\(([^()]*)\)(\?)?")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
ZH_FRAMES = ("{}", "我{}", "我{}了", "我真的{}了", "我再也{}了", "我快{}了", "今天又被投诉，{}")
EN_FRAMES = ("{}", "I {}", "I really {}", "I {} anymore", "honestly I {}", "Another complaint, {}")


def written_forms(phrase: str) -> list[str]:
    """Each way a phrase of the lists can be written: every alternative, the gap left empty."""
    text = unicodedata.normalize("NFKC", phrase.replace(GAP, ""))  # （a｜b） is (a|b)
    pieces: list[list[str]] = []
    at = 0
    for group in GROUP.finditer(text):
        pieces.append([text[at : group.start()]])
        pieces.append(group.group(1).split("|") + ([""] if group.group(2) else []))
        at = group.end()
    pieces.append([text[at:]])
    return [" ".join("".join(form).split()) for form in itertools.product(*pieces)]


def framed() -> list[str]:
    texts = []
    for phrase in (*SHIPPED.words, *SHIPPED.about_me, *SHIPPED.strain):
        for form in written_forms(phrase):
            frames = ZH_FRAMES if CHINESE.search(form) else EN_FRAMES
            texts += [frame.format(form) for frame in frames]
    return texts


def test_no_distress_phrase_is_called_a_thinking_trap() -> None:
    texts = framed()
    assert len(texts) > 1000
    called = [(text, codes) for text in texts if (codes := trap_suggestions(text, SHIPPED))]
    assert not called, called[:20]


@pytest.mark.parametrize(
    "text",
    [
        "我再也撑不下去了",
        "我没希望了",
        "我是所有人的累赘",
        "Nobody would miss me",
        "I should just die",
    ],
)
def test_the_wizard_suggests_no_trap_on_them(text: str) -> None:
    assert trap_suggester()(text) == []


def test_the_rest_of_a_thought_is_still_read() -> None:
    suggest = trap_suggester()
    assert suggest("客户总是骂我，我真的撑不下去了") == ["absolutist"]
    assert "absolutist" in suggest("Nobody would miss me, I always mess everything up")
    assert without_distress("退款的事吵了半天", SHIPPED) == "退款的事吵了半天"


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_trap_cue_of_the_content_holds_a_distress_phrase(language: str) -> None:
    content = load_reframing(language)
    cues = [
        (distortion.code, text)
        for distortion in content.distortions.values()
        for text in (*distortion.signals, *distortion.examples)
    ]
    cues += [(item.distortions[0], item.thought) for item in content.practice]
    holding = [(code, text) for code, text in cues if without_distress(text, SHIPPED) != text]
    assert not holding, holding
