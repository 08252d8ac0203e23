"""Words of distress: what they find, what they leave alone, and the shipped word list."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.content import ContentError
from companion.content.support_words import SupportWords, load_support_words
from companion.domain.support import AboutMe, mentions_distress


@pytest.fixture(scope="module")
def shipped() -> SupportWords:
    return load_support_words()


def found(text: str, words: SupportWords) -> bool:
    return mentions_distress(text, words.words, words.ignore, words.about_me)


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
        "活着太累了想死",  # a long note with no punctuation
        "我想死555",  # laughter digits after it
        "I want to die so bad",
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
    assert "不想活了" in shipped.words and "suicidal" in shipped.words
    assert "撑不下去" in shipped.about_me.phrases and "want to die" in shipped.about_me.phrases
    assert "我" in shipped.about_me.before and "i" in shipped.about_me.before
    assert "了" in shipped.about_me.after and "anymore" in shipped.about_me.after
    assert "死机" not in shipped.words and "累死了" not in shipped.words


# A small list, to show the rule for phrases that count only about the writer.
ABOUT_ME = AboutMe(
    phrases=("撑不下去", "can't go on"),
    before=("我", "真的", "i", "really"),
    after=("了", "like this"),
)


@pytest.mark.parametrize(
    ("text", "about_me"),
    [
        ("撑不下去", True),  # the phrase alone: the subject left out
        ("我真的撑不下去了", True),  # only `before` words before it, only `after` words after
        ("网撑不下去了", False),  # a word not in `before` (the network)
        ("我撑不下去这份工作了", False),  # a word not in `after`
        ("网很卡，我撑不下去了", True),  # the clause ends at the comma
        ("网很卡😭我撑不下去了", True),  # and at an emoji
        ("网很卡 我撑不下去了", True),  # and at a space between Chinese characters
        ("网很卡我撑不下去了", False),  # but not without one
        ("网撑不下去了，我撑不下去了", True),  # every place the phrase stands is tried
        ("网很卡了我撑不下去了", True),  # with no mark, a clause may begin after a particle
        ("被骂了三次真的撑不下去了", True),  # or after a count
        ("网卡次数多撑不下去了", False),  # 次 inside a word: 数多 is left before it
        ("我撑不下去了网很卡", False),  # but after the phrase the clause runs on to a mark
        ("我撑不下去2333", True),  # digits after a Chinese character end a clause
        ("我撑不下去 lol", True),  # and so do Latin letters, after a space or not
        ("kpi撑不下去了", False),  # Latin letters before the Chinese do not
        ("I really can't go on like this", True),
        ("I REALLY CANT GO ON", True),  # any case, with or without the apostrophe
        ("i can’t\ngo on", True),  # any spaces and line breaks between its words
        ("the printer can't go on", False),
        ("I can't go on break", False),
        ("Ireally can't go on", False),  # whole words only before it too
        ("I can't go onlike this", False),
        ("I can't go on - it's too much", True),  # a dash ends a clause too
    ],
)
def test_a_phrase_about_me_counts_only_in_a_clause_about_the_writer(
    text: str, about_me: bool
) -> None:
    assert mentions_distress(text, [], (), ABOUT_ME) is about_me


def test_a_particle_inside_a_phrase_is_no_clause_break() -> None:
    about_me = AboutMe(phrases=("想一了百了",), before=("我",), after=("了",))
    assert mentions_distress("我想一了百了", [], (), about_me)
    assert not mentions_distress("退款想一了百了", [], (), about_me)
    assert mentions_distress("累了想一了百了", [], (), about_me)
    assert mentions_distress("一了百了啊", ["一了百了"])  # plain words are found anywhere


def test_an_ignored_phrase_ends_a_clause() -> None:
    about_me = AboutMe(phrases=("没希望",), before=("我",))
    assert mentions_distress("我没希望", [], (), about_me)
    # 自杀式 blanked out: the rest is not read as one clause with the phrase
    assert not mentions_distress("自杀式我没希望", [], ("自杀式",), AboutMe(phrases=("没希望",)))


def test_a_long_clause_of_allowed_words_is_read_in_one_pass() -> None:
    about_me = AboutMe(phrases=("没希望",), before=("我", "我自己", "自己"))
    text = "我自己" * 20_000 + "网没希望"
    assert not mentions_distress(text, [], (), about_me)  # would hang if it backtracked
    assert mentions_distress("我自己" * 20_000 + "没希望", [], (), about_me)


def test_a_caller_who_spoke_of_suicide_opens_the_list_on_purpose(shipped: SupportWords) -> None:
    assert found("今天接到一个说要自杀的客户，到现在还在发抖。", shipped)
    assert found("Had a suicidal caller today, still shaking.", shipped)


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
        ('[zh_CN]\nwords = ["a"]\nabout_me = "a"\n[en]\nwords = ["a"]\n', "about_me must"),
        ('[zh_CN]\nwords = ["a"]\n[en]\nwords = ["a"]\nbefore = [1]\n', "before holds 1"),
        ('[zh_CN]\nwords = ["a"]\n[en]\nwords = ["a"]\nafter = [" "]\n', "each phrase"),
        ('[zh_CN]\nwords = ["a"]\nabout_me = ["撑不下去。"]\n[en]\nwords = ["a"]\n', "punctuation"),
        ('[zh_CN]\nwords = ["a"]\n[en]\nwords = ["a"]\nbefore = ["self-harm"]\n', "self-harm"),
    ],
)
def test_a_bad_word_list_is_named(tmp_path: Path, text: str, fault: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError, match=fault.replace("[", r"\[").replace("]", r"\]")) as error:
        load_support_words(path)
    assert str(path) in str(error.value)


def test_the_lists_about_me_are_read_from_both_languages(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[zh_CN]\nwords = ["自杀"]\nabout_me = ["撑不下去"]\nbefore = ["我"]\nafter = ["了"]\n'
        '[en]\nwords = ["suicidal"]\nabout_me = ["can\'t go on"]\nbefore = ["i"]\n',
    )
    words = load_support_words(path)
    assert words.words == ("自杀", "suicidal") and words.ignore == ()
    assert words.about_me == AboutMe(("撑不下去", "can't go on"), ("我", "i"), ("了",))
    assert found("我撑不下去了", words) and found("I can't go on", words)
    assert not found("网撑不下去了", words) and not found("I can't go on break", words)


def test_a_missing_word_list_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="missing"):
        load_support_words(tmp_path / "nothing.toml")
