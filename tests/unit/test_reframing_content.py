"""The shipped reframing content loads in both languages; a broken file is named with its key."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from typing import Any

import pytest
import tomlkit

from companion.content import ContentError
from companion.content.reframing import (
    DISTORTIONS,
    EXERCISES,
    PRIMARY_DISTORTIONS,
    PRIMARY_MINIMUMS,
    SECONDARY_DISTORTIONS,
    SECONDARY_MINIMUMS,
    NvcExample,
    ReframingContent,
    check_all_languages,
    load_reframing,
)
from companion.domain.language import SUPPORTED
from companion.domain.thoughts import DISTORTION_CODES, EXERCISE_KINDS
from companion.paths import data_dir

SHIPPED = data_dir() / "reframing"

# The project glossary's names for the distortions.
ZH_NAMES = {
    "personalization": "个人化",
    "catastrophizing": "灾难化",
    "absolutist": "绝对化",
    "mind_reading": "读心术",
    "overgeneralization": "以偏概全",
    "labeling": "贴标签",
    "should_statements": '"应该"思维',
    "emotional_reasoning": "情绪化推理",
    "fortune_telling": "预言未来",
}
EN_NAMES = {
    "personalization": "personalising",
    "catastrophizing": "catastrophising",
    "absolutist": "absolutist thinking",
    "mind_reading": "mind reading",
    "overgeneralization": "overgeneralising",
    "labeling": "labelling",
    "should_statements": '"should" statements',
    "emotional_reasoning": "emotional reasoning",
    "fortune_telling": "fortune telling",
}


def straight_quotes(text: str) -> str:
    return re.sub("[“”]", '"', text)


def all_texts(content: ReframingContent) -> list[str]:
    texts: list[str] = []
    for distortion in content.distortions.values():
        texts += [distortion.name, distortion.definition, *distortion.examples]
        texts += [*distortion.signals, *distortion.questions, *distortion.balanced_examples]
    for item in content.practice:
        texts.append(item.thought)
    for exercise in content.exercises.values():
        texts += [exercise.name, exercise.summary, *exercise.steps]
        if exercise.examples:  # the exercises with worked examples all have an introduction
            texts.append(exercise.intro)
    return texts


@pytest.fixture(scope="module")
def contents() -> dict[str, ReframingContent]:
    return check_all_languages()


def test_both_languages_load_from_the_shipped_folder(contents):
    assert set(contents) == set(SUPPORTED)
    for language, content in contents.items():
        assert content.language == language
        assert content.version >= 1
        assert load_reframing(language) == content


def test_the_codes_are_the_stored_codes():
    assert DISTORTIONS == PRIMARY_DISTORTIONS + SECONDARY_DISTORTIONS
    assert DISTORTIONS == DISTORTION_CODES
    assert set(EXERCISES) == set(EXERCISE_KINDS) - {"thought_record"}


def test_both_languages_have_the_same_codes(contents):
    en, zh = contents["en"], contents["zh_CN"]
    assert list(en.distortions) == list(zh.distortions) == list(DISTORTIONS)
    assert list(en.exercises) == list(zh.exercises) == list(EXERCISES)
    assert {code: d.primary for code, d in en.distortions.items()} == {
        code: d.primary for code, d in zh.distortions.items()
    }
    assert en.version == zh.version


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_minimum_count_is_met(contents, language):
    content = contents[language]
    for code in DISTORTIONS:
        distortion = content.distortions[code]
        assert distortion.primary == (code in PRIMARY_DISTORTIONS)
        minimums = PRIMARY_MINIMUMS if distortion.primary else SECONDARY_MINIMUMS
        for field, minimum in minimums.items():
            assert len(getattr(distortion, field)) >= minimum, (code, field)
    assert len(content.primary) == 3
    assert all(len(d.questions) >= 5 for d in content.primary)
    assert len(content.practice) >= 12
    assert len(content.reframing_pairs) >= 4
    assert content.task_splits
    assert all(4 <= len(example.tasks) <= 6 for example in content.task_splits)
    assert len(content.nvc_examples) >= 3
    assert content.exercises["task_split"].intro
    assert content.exercises["nvc"].intro


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_practice_covers_every_distortion(contents, language):
    practice = contents[language].practice
    shown = {code for item in practice for code in item.distortions}
    assert shown == set(DISTORTIONS)
    main = {item.distortions[0] for item in practice}
    assert set(PRIMARY_DISTORTIONS) <= main
    for item in practice:
        assert len(set(item.distortions)) == len(item.distortions)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_text_is_filled_and_signals_are_literal(contents, language):
    content = contents[language]
    assert all(text.strip() for text in all_texts(content))
    for distortion in content.distortions.values():
        for signal in distortion.signals:
            assert "…" not in signal and "..." not in signal, signal
    for example in content.nvc_examples:
        assert isinstance(example, NvcExample)
        assert all([example.feeling, example.need, example.request, example.sentence])


@pytest.mark.parametrize("language", SUPPORTED)
def test_breathing_is_in_four_hold_two_out_six(contents, language):
    breathing = contents[language].exercises["breathing"]
    text = " ".join((breathing.summary, *breathing.steps))
    for seconds in ("4", "2", "6"):
        assert seconds in text


def test_the_chinese_names_follow_the_glossary(contents):
    zh = contents["zh_CN"]
    names = {code: straight_quotes(d.name) for code, d in zh.distortions.items()}
    assert names == ZH_NAMES
    for code, term in (("personalization", "个人化"), ("catastrophizing", "灾难化")):
        assert term in zh.distortions[code].name
    assert "绝对化" in zh.distortions["absolutist"].name
    assert zh.exercises["positive_reframing"].name == "积极赋意"
    assert zh.exercises["detachment"].name == "心理抽离"
    assert zh.exercises["task_split"].name == "目标分解"
    assert zh.exercises["nvc"].name == "感受 · 需要 · 请求"
    assert zh.exercises["breathing"].name == "呼吸练习"


def test_the_chinese_file_avoids_the_bad_translations():
    text = (SHIPPED / "zh_CN.toml").read_text(encoding="utf-8")
    assert "另类思维" not in text
    assert "大祸临头" not in text


def test_the_english_names_follow_the_glossary(contents):
    en = contents["en"]
    names = {code: straight_quotes(d.name).lower() for code, d in en.distortions.items()}
    assert names == EN_NAMES
    assert en.exercises["positive_reframing"].name == "Positive reframing"
    assert en.exercises["detachment"].name == "Short detachment"
    assert en.exercises["nvc"].name == "Feeling – need – request"
    text = " ".join(all_texts(en)).lower()
    for american in ("personaliz", "catastrophiz", "labeling", "apologiz", "behavior"):
        assert american not in text


# -- broken copies ---------------------------------------------------------------------------


def edit(change: Callable[[Any], None]) -> Callable[[str], str]:
    """A text change made on the parsed document (tomlkit keeps the rest as it was)."""

    def apply(text: str) -> str:
        document = tomlkit.parse(text)
        change(document)
        return tomlkit.dumps(document)

    return apply


def set_key(path: tuple[str | int, ...], value: object) -> Callable[[str], str]:
    def change(document: Any) -> None:
        table = document
        for part in path[:-1]:
            table = table[part]
        table[path[-1]] = value

    return edit(change)


def delete_key(*path: str | int) -> Callable[[str], str]:
    def change(document: Any) -> None:
        table = document
        for part in path[:-1]:
            table = table[part]
        del table[path[-1]]

    return edit(change)


def first_questions(count: int) -> Callable[[str], str]:
    def change(document: Any) -> None:
        questions = document["distortions"]["personalization"]["questions"]
        document["distortions"]["personalization"]["questions"] = list(questions)[:count]

    return edit(change)


def drop_practice(document: Any) -> None:
    del document["practice"][-7:]


def keep_pairs(count: int) -> Callable[[Any], None]:
    def change(document: Any) -> None:
        del document["exercises"]["positive_reframing"]["examples"][count:]

    return change


def add_task(document: Any) -> None:
    document["exercises"]["task_split"]["examples"][0]["tasks"].append("再确认一遍。")


BROKEN: list[tuple[str, Callable[[str], str] | None, str]] = [
    ("missing file", None, "zh_CN.toml is missing"),
    ("bad TOML", lambda text: text + "\n[[[\n", "cannot be read"),
    (
        "missing distortion",
        delete_key("distortions", "labeling"),
        "[distortions.labeling] is missing",
    ),
    (
        "unknown distortion",
        set_key(("distortions", "blaming"), {"name": "怪罪"}),
        "[distortions] has unknown codes: blaming",
    ),
    (
        "too few questions",
        first_questions(3),
        "[distortions.personalization] needs at least 5 questions, has 3",
    ),
    (
        "missing questions",
        delete_key("distortions", "mind_reading", "questions"),
        "[distortions.mind_reading] has no questions",
    ),
    (
        "misspelt key",
        set_key(("distortions", "fortune_telling", "question"), ["?"]),
        "[distortions.fortune_telling] has unknown keys: question",
    ),
    (
        "wrong primary flag",
        set_key(("distortions", "mind_reading", "primary"), True),
        "[distortions.mind_reading] primary must be false",
    ),
    (
        "empty definition",
        set_key(("distortions", "catastrophizing", "definition"), "   "),
        "[distortions.catastrophizing] definition is empty",
    ),
    (
        "empty list item",
        set_key(("distortions", "absolutist", "balanced_examples", 1), ""),
        "[distortions.absolutist] balanced_examples item 2 is empty",
    ),
    (
        "text that is not text",
        set_key(("distortions", "labeling", "name"), 3),
        "[distortions.labeling] name must be text",
    ),
    (
        "control character",
        set_key(("practice", 0, "thought"), "都怪我\x07"),
        "[[practice]] item 1 thought contains control character U+0007",
    ),
    (
        "unknown practice code",
        set_key(("practice", 2, "distortions"), ["absolutist", "blaming"]),
        "[[practice]] item 3 has unknown distortion code 'blaming'",
    ),
    (
        "practice without codes",
        set_key(("practice", 4, "distortions"), []),
        "[[practice]] item 5 needs at least 1 distortions, has 0",
    ),
    ("too little practice", edit(drop_practice), "[[practice]] needs at least 12 items, has 11"),
    ("missing exercise", delete_key("exercises", "nvc"), "[exercises.nvc] is missing"),
    (
        "unknown exercise",
        set_key(("exercises", "yoga"), {"name": "瑜伽"}),
        "[exercises] has unknown codes: yoga",
    ),
    (
        "missing summary",
        delete_key("exercises", "detachment", "summary"),
        "[exercises.detachment] has no summary",
    ),
    (
        "missing intro",
        delete_key("exercises", "task_split", "intro"),
        "[exercises.task_split] has no intro",
    ),
    (
        "missing nvc part",
        delete_key("exercises", "nvc", "examples", 1, "feeling"),
        "[[exercises.nvc.examples]] item 2 has no feeling",
    ),
    (
        "reply template without its place",
        set_key(("exercises", "nvc", "reply", "need"), "您最在意的事。"),
        "[exercises.nvc.reply] need must hold {} once",
    ),
    (
        "reply template with two places",
        set_key(("exercises", "nvc", "reply", "feeling"), "我能感受到{}您很{}。"),
        "[exercises.nvc.reply] feeling must hold {} once",
    ),
    (
        "missing reply",
        delete_key("exercises", "nvc", "reply"),
        "[exercises.nvc.reply] is missing",
    ),
    (
        "reply joiner that is not space",
        set_key(("exercises", "nvc", "reply", "joiner"), "，"),
        "[exercises.nvc.reply] joiner must be text of spaces only",
    ),
    (
        "too few reframing pairs",
        edit(keep_pairs(3)),
        "[[exercises.positive_reframing.examples]] needs at least 4 items, has 3",
    ),
    (
        "too many tasks",
        edit(add_task),
        "[[exercises.task_split.examples]] item 1 has 7 tasks; at most 6 fit",
    ),
    (
        "wrong language",
        set_key(("meta", "language"), "en"),
        "[meta] language is 'en', expected 'zh_CN'",
    ),
    ("missing meta", delete_key("meta"), "[meta] is missing"),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in BROKEN],
)
def test_a_broken_file_is_named_with_its_key(tmp_path, change, expected):
    original = (SHIPPED / "zh_CN.toml").read_text(encoding="utf-8")
    path = tmp_path / "zh_CN.toml"
    if change is not None:
        path.write_text(change(original), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_reframing("zh_CN", tmp_path)
    message = str(raised.value)
    assert message.startswith(str(path)), message
    assert expected in message


def test_languages_that_disagree_are_named_together(tmp_path):
    for language in SUPPORTED:
        shutil.copy(SHIPPED / f"{language}.toml", tmp_path / f"{language}.toml")
    assert set(check_all_languages(tmp_path)) == set(SUPPORTED)
    path = tmp_path / "en.toml"
    path.write_text(set_key(("meta", "version"), 99)(path.read_text(encoding="utf-8")))
    with pytest.raises(ContentError) as raised:
        check_all_languages(tmp_path)
    message = str(raised.value)
    assert str(path) in message
    assert str(tmp_path / "zh_CN.toml") in message
    assert "different [meta] versions" in message


def test_a_missing_language_file_is_named(tmp_path):
    shutil.copy(SHIPPED / "zh_CN.toml", tmp_path / "zh_CN.toml")
    with pytest.raises(ContentError, match=re.escape(str(tmp_path / "en.toml"))):
        check_all_languages(tmp_path)
