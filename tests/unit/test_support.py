"""Words of distress: how the rules read a note, what they leave alone, and the shipped file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.content import ContentError
from companion.content.support_words import load_support_words
from companion.domain.support import DistressRules, Finding, find_distress, mentions_distress


@pytest.fixture(scope="module")
def shipped() -> DistressRules:
    return load_support_words()


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
        "客户说我该去死，我真的不想活了",  # the customer's words, then the agent's own
        "客户的一句话让我想自杀",  # brought back to the agent
        "I feel worthless and want to die",  # a clause may begin after "and"
        "I want to die and I don't know who to tell",  # and go on after it
    ],
)
def test_words_of_distress_are_found(shipped: DistressRules, text: str) -> None:
    assert mentions_distress(text, shipped)


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
        "他妈的，系统又崩了",  # an expletive is not another person
    ],
)
def test_everyday_words_are_left_alone(shipped: DistressRules, text: str) -> None:
    assert not mentions_distress(text, shipped)


def test_matching_is_case_insensitive_and_word_aware() -> None:
    assert mentions_distress("Hopeless", DistressRules(words=("hopeless",)))
    assert not mentions_distress("hopelessness", DistressRules(words=("hopeless",)))
    assert mentions_distress("(hopeless)", DistressRules(words=("hopeless",)))
    assert not mentions_distress("anything", DistressRules())
    assert mentions_distress("你好想死你", DistressRules(words=("想死",)))
    assert not mentions_distress("你好想死你", DistressRules(words=("想死",), ignore=("想死你",)))


def test_a_finding_names_the_phrase_and_its_kind() -> None:
    rules = DistressRules(words=("自杀",), about_me=("想死",), strain=("绝望",), before=("我",))
    assert find_distress("我想自杀", rules) == Finding("自杀", "words")
    assert find_distress("我想死", rules) == Finding("想死", "about_me")
    assert find_distress("我绝望", rules) == Finding("绝望", "strain")
    assert find_distress("网绝望", rules) is None


# A small set of rules, to show the rule for phrases that count only about the writer.
ABOUT_ME = DistressRules(
    about_me=("撑不下去", "can't go on"),
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
    assert mentions_distress(text, ABOUT_ME) is about_me


def test_a_strain_phrase_is_left_alone_when_mild_or_an_everyday_cause_is_named() -> None:
    rules = DistressRules(
        strain=("扛不住", "绝望", "can't take it anymore"),
        before=("我", "快", "有点", "i"),
        after=("了",),
        mild=("有点",),
        everyday=("喝口水", "请假", "系统", "coffee"),
    )
    assert mentions_distress("我扛不住了", rules)
    assert mentions_distress("I can't take it anymore", rules)
    assert not mentions_distress("我扛不住了，先去喝口水", rules)  # a small next step
    assert not mentions_distress("我快扛不住了，明天请假", rules)
    assert not mentions_distress("绝望了，系统又崩", rules)  # an everyday cause, anywhere
    assert not mentions_distress("有点绝望", rules)  # a mild word before it
    assert not mentions_distress("I can't take it anymore, going for a coffee", rules)
    # about_me and plain words are not silenced by an everyday word
    assert mentions_distress("系统又崩，我不想活了", DistressRules(words=("不想活了",)))


def test_a_gap_and_alternatives_in_a_phrase() -> None:
    rules = DistressRules(
        words=("攒…安眠药", "saved up … pills", "想(跳河|跳江)", "看不到(任何)?希望")
    )
    assert mentions_distress("我攒了一瓶安眠药", rules)
    assert mentions_distress("攒安眠药", rules)
    assert not mentions_distress("攒了好几个月的钱，终于买了安眠药", rules)  # too far apart
    assert not mentions_distress("攒了好多。安眠药", rules)  # not across a sentence
    assert mentions_distress("I've saved up all my pills", rules)
    assert not mentions_distress("saved up for a holiday and bought vitamin pills", rules)
    assert mentions_distress("我想跳江", rules) and not mentions_distress("我想跳舞", rules)
    assert mentions_distress("看不到希望", rules) and mentions_distress("看不到任何希望", rules)


def test_a_denial_right_before_a_phrase_cancels_it(shipped: DistressRules) -> None:
    for text in (
        "我从来没想过自杀",
        "我不会自杀的，别担心",
        "不是不想活了，是不想上班了",
        "I'd never take my own life",
        "I'm not going to end my life over a job",
        "I'm not suicidal, just exhausted",
    ):
        assert not mentions_distress(text, shipped), text
    assert mentions_distress("我不开心，不想活了", shipped)  # a denial of something else
    assert mentions_distress("我是不是死了大家会更轻松", shipped)  # a question, not a denial


@pytest.mark.parametrize(
    "text",
    [
        "客户说他不想活了，我赶紧帮他转了专线",
        "客户在电话里一直哭，说活着没意思",  # a clause that carries on their words
        "有个大爷打电话来说想自杀，我陪他聊了四十分钟",  # after a lead-in
        "客户说“不退钱就自杀”",  # a quotation after them
        "客户有自杀倾向，我按流程转了危机专线",  # their state
        "今天接到一个说要自杀的客户，到现在还在发抖。",  # a saying word right before it
        "她说她老公打她，她不想活了",
        "The caller was suicidal and I had to keep him talking until help came.",
        'Customer said, "I want to die," then hung up.',
        "Had a suicidal caller today, still shaking.",
        "Customer threatened suicide over a late parcel.",
    ],
)
def test_someone_elses_words_do_not_open_it(shipped: DistressRules, text: str) -> None:
    # A customer's crisis is not the agent's: Where to turn stays one click away in the tray
    # (and the stress logged brings its own offer), but does not open as if it were theirs.
    assert not mentions_distress(text, shipped), find_distress(text, shipped)


def test_a_long_clause_of_allowed_words_is_read_in_one_pass() -> None:
    rules = DistressRules(about_me=("没希望",), before=("我", "我自己", "自己"))
    text = "我自己" * 20_000 + "网没希望"
    assert not mentions_distress(text, rules)  # would hang if it backtracked
    assert mentions_distress("我自己" * 20_000 + "没希望", rules)


def test_an_ignored_phrase_ends_a_clause() -> None:
    assert mentions_distress("我没希望", DistressRules(about_me=("没希望",), before=("我",)))
    # 自杀式 blanked out: the rest is not read as one clause with the phrase
    rules = DistressRules(about_me=("没希望",), ignore=("自杀式",))
    assert not mentions_distress("自杀式我没希望", rules)


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
        ('[zh_CN]\nwords = ["攒…"]\n[en]\nwords = ["a"]\n', "between two parts"),
        ('[zh_CN]\nwords = ["想(跳河|"]\n[en]\nwords = ["a"]\n', "each ( closed"),
        ('[zh_CN]\nwords = ["想(跳河||跳江)"]\n[en]\nwords = ["a"]\n', "alternative filled"),
        ('[zh_CN]\nwords = ["a"]\nbefore = ["(我|你)"]\n[en]\nwords = ["a"]\n', "may only"),
    ],
)
def test_a_bad_word_list_is_named(tmp_path: Path, text: str, fault: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError, match=re.escape(fault)) as error:
        load_support_words(path)
    assert str(path) in str(error.value)


def test_the_lists_of_both_languages_are_merged(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[zh_CN]\nwords = ["自杀"]\nabout_me = ["撑不下去"]\nbefore = ["我"]\nafter = ["了"]\n'
        '[en]\nwords = ["suicidal"]\nabout_me = ["can\'t go on"]\nbefore = ["i"]\n',
    )
    rules = load_support_words(path)
    assert rules.words == ("自杀", "suicidal") and rules.ignore == ()
    assert rules.about_me == ("撑不下去", "can't go on")
    assert rules.before == ("我", "i") and rules.after == ("了",)
    assert mentions_distress("我撑不下去了", rules) and mentions_distress("I can't go on", rules)
    assert not mentions_distress("网撑不下去了", rules)
    assert not mentions_distress("I can't go on break", rules)


def test_the_shipped_rules_have_both_languages(shipped: DistressRules) -> None:
    assert "自杀" in shipped.words and "suicidal" in shipped.words
    assert "撑不下去" in shipped.strain and "(want to|wanna) die" in shipped.about_me
    assert "我" in shipped.before and "i" in shipped.before
    assert "了" in shipped.after and "anymore" in shipped.after
    assert "死机" not in shipped.words and "累死了" not in shipped.words
    assert "客户" in shipped.others and "the" in shipped.lead_ins


def test_a_missing_word_list_is_named(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="missing"):
        load_support_words(tmp_path / "nothing.toml")
