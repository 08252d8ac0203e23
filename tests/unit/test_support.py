"""Words of distress: what they find, what they leave alone, and the shipped word list."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.content import ContentError
from companion.content.support_words import SupportWords, load_support_words
from companion.domain.support import mentions_distress


@pytest.fixture(scope="module")
def shipped() -> SupportWords:
    return load_support_words()


def found(text: str, words: SupportWords) -> bool:
    return mentions_distress(text, words.words, words.ignore)


@pytest.mark.parametrize(
    "text",
    [
        "今天真的不想活了",
        "活着没意思",
        "我想死",
        "真的撑不下去了",
        "感觉没有希望",
        "被骂了一天，觉得绝望",
        "I want to die",
        "I just want to DIE",
        "sometimes I think about killing myself",
        "there's no point living like this",
        "I can't go on",
        "I can’t go on like this",  # a typographic apostrophe
        "I cannot   go\non",  # any spaces and line breaks between the words
        "I feel hopeless",
        "self-harm",
        "客户骂完我，I feel so hopeless",  # either language in one note
    ],
)
def test_words_of_distress_are_found(shipped: SupportWords, text: str) -> None:
    assert found(text, shipped)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "客户说快递太慢",
        "电脑又死机了，系统卡死",  # a frozen computer
        "今天累死了",  # a common exaggeration
        "忙死了，气死了，笑死",
        "好久不见，想死你了",  # "missed you so much"
        "可想死我了",
        "我不想活动了",
        "跳楼价大甩卖",
        "客户骂我去死",  # a quoted insult, kept out on purpose
        "dead parcel, the tracking is dead",
        "my phone died during the call",
        "the courier is hopeless",  # about someone else
        "hopelessly late again",
        "this customer is killing me",
        "skill myselfie",  # no match inside other words
        "I was killing myself laughing",
    ],
)
def test_everyday_words_are_left_alone(shipped: SupportWords, text: str) -> None:
    assert not found(text, shipped)


def test_matching_is_case_insensitive_and_word_aware() -> None:
    assert mentions_distress("Hopeless", ["hopeless"])
    assert not mentions_distress("hopelessness", ["hopeless"])
    assert mentions_distress("(hopeless)", ["hopeless"])
    assert not mentions_distress("anything", [])
    assert mentions_distress("你好想死你", ["想死"])
    assert not mentions_distress("你好想死你", ["想死"], ["想死你"])


def test_the_shipped_list_has_both_languages(shipped: SupportWords) -> None:
    assert "不想活了" in shipped.words and "want to die" in shipped.words
    assert "死机" not in shipped.words and "累死了" not in shipped.words


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "support_words.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ('[en]\nwords = ["a"]\n', "[zh_CN] is missing"),
        ('[zh_CN]\nwords = []\n[en]\nwords = ["a"]\n', "non-empty list"),
        ('[zh_CN]\nwords = [""]\n[en]\nwords = ["a"]\n', "each phrase"),
        ('[zh_CN]\nwords = ["a"]\nwrods = []\n[en]\nwords = ["a"]\n', "unknown keys: wrods"),
        ('[zh_CN]\nwords = ["a"]\n[en]\nwords = ["a"]\n[fr]\nwords = ["a"]\n', "unknown"),
        ("[zh_CN\n", "cannot be read"),
    ],
)
def test_a_bad_word_list_is_named(tmp_path: Path, text: str, fault: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError, match=fault.replace("[", r"\[").replace("]", r"\]")) as error:
        load_support_words(path)
    assert str(path) in str(error.value)


def test_a_missing_word_list_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="missing"):
        load_support_words(tmp_path / "nothing.toml")
