"""Habits of the product's words that hold everywhere (the project glossary, issue 27): what the
app says to the agent fits a chat agent as well as a caller and a night shift as well as a day
one, never sounds like a performance review, names keys and ranges one way, and quotes no figure
it cannot source.

The scan covers every translation of the .ts and the content files under data/, in both
languages. It leaves out the words the app does not say but quotes: the distress words (people
write them as they write), and the agents' own thoughts and notes given as examples (a caller's
"I froze on that call" is what a caller thinks); the exercises' questions, steps, definitions
and balanced thoughts are the app's own words and are scanned.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator

import pytest

from tests.unit.test_glossary_terms import CJK, DATA, ROOT, translations

# Content that quotes people rather than speaks to them (see the module's docstring).
QUOTED_FILES = ("support_words.toml",)
QUOTED_KEYS = ("signals", "thought", "harsh", "situation", "complaint")


def _walk(where: str, value: object) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            thoughts = key == "examples" and ".distortions." in where  # a trap's examples
            if key in QUOTED_KEYS or thoughts:
                continue
            yield from _walk(f"{where}.{key}", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(f"{where}[{index}]", item)


def _content(language: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every string of the content files the app says, in `language`."""
    for path in sorted(DATA.rglob("*.toml")):
        if path.name in QUOTED_FILES:
            continue
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        name = str(path.relative_to(ROOT))
        if path.parent.name == "reframing":  # one file per language
            if path.stem == language:
                yield from _walk(name, document)
            continue
        for where, text in _walk(name, document):
            if re.search(rf"\.{language}(\b|\[|$)", where):
                yield where, text


def chinese() -> Iterator[tuple[str, str]]:
    for context, source, text in translations():
        yield f"{context}: {source!r}", text
    for where, text in _content("zh_CN"):
        if CJK.search(text):
            yield where, text


def english() -> Iterator[tuple[str, str]]:
    seen = set()
    for context, source, _text in translations():
        if (context, source) not in seen:
            seen.add((context, source))
            yield f"{context}: {source!r}", source
    yield from _content("en")


def test_the_scans_read_both_languages_and_leave_out_only_quoted_words() -> None:
    zh = dict(chinese())
    en = dict(english())
    assert len(zh) > 900 and len(en) > 900
    for name in ("summary.toml", "who5.toml", "reframing/zh_CN.toml"):
        assert any(name in where for where in zh), name
    assert any("reframing/en.toml" in where for where in en)
    assert not any("support_words" in where for where in (*zh, *en))
    assert any(".questions[" in where for where in zh)  # the app's questions are scanned
    assert any("balanced_examples" in where for where in en)
    assert not any(".signals" in where for where in zh)


# -- chat agents, not only callers -----------------------------------------------------------

# 电话 where it is no feeling: a contact's number, the softphone that reports calls, and the
# lines to call for help (Where to turn: what to call in danger, who is told who called).
PHONE_ALLOWED = ("它的电话或在线咨询方式", "软电话", "该打的电话", "它的电话", "是谁打来的")
CALL_AFTERWARDS = re.compile(r"通话(?:后|之后|以后)|每次通话|这通|那通|下一通|几通|一通")


def test_chinese_feeling_prompts_speak_of_customers_not_phone_calls() -> None:
    found = []
    for where, text in chinese():
        phone = text
        for allowed in PHONE_ALLOWED:
            phone = phone.replace(allowed, "")
        if "电话" in phone or CALL_AFTERWARDS.search(text):
            found.append(f"{where}: {text}")
    assert not found, "say 这位客户 / 这一单 / 接待; 通话 only for the call state:\n" + "\n".join(
        found
    )


ENGLISH_CALL = re.compile(
    r"\b(?:that|this|the next|the last|a difficult|a hard|each|every) call\b(?! type)"
    r"|\bafter (?:a|the|that|each|every)(?: difficult| hard)? call\b(?! type)"
    r"|\bcalls leave you|\bthe next caller|\blast caller|\bbetween calls\b",
    re.IGNORECASE,
)


def test_english_feeling_prompts_speak_of_contacts_and_customers() -> None:
    found = [f"{where}: {text}" for where, text in english() if ENGLISH_CALL.search(text)]
    assert not found, "say “that contact”, “the next customer”:\n" + "\n".join(found)


def test_the_call_state_keeps_its_words() -> None:
    """通话中 / "on a call" stay where they name the state (the glossary)."""
    by_source = {source: text for _context, source, text in translations()}
    assert by_source["I'm on a &call"] == "我在通话中(&C)"
    assert by_source["On a call: breaks wait until it ends."].startswith("通话中")


# -- night shifts ------------------------------------------------------------------------------


def test_nothing_says_tonight_or_evening_shifts_run_at_night_too() -> None:
    found = [f"{where}: {text}" for where, text in chinese() if re.search("今晚|晚上|今夜", text)]
    found += [
        f"{where}: {text}"
        for where, text in english()
        if re.search(r"\btonight\b|\bevening\b", text, re.IGNORECASE)
    ]
    assert not found, "say 下班后 / “after your shift”:\n" + "\n".join(found)


# -- no performance-review tone ----------------------------------------------------------------


@pytest.mark.parametrize(("word", "instead"), [("满分", "（0–10）"), ("指标", "目标 / 想做到的事")])
def test_no_words_of_a_performance_review(word: str, instead: str) -> None:
    found = [f"{where}: {text}" for where, text in chinese() if word in text]
    assert not found, f"say {instead}, not {word}:\n" + "\n".join(found)


def test_the_breaks_people_took_are_not_a_completion_rate() -> None:
    """The team window says 已休息 on its axis; its title and table say the same words."""
    taken = {text for context, source, text in translations() if source == "Breaks taken"}
    assert taken and all("完成率" not in text and "已休息" in text for text in taken), taken


# -- 积极赋意 speaks of readings, not of understanding -----------------------------------------


def test_positive_reframing_says_jie_du_not_li_jie() -> None:
    found = [
        f"{context}: {text}"
        for context, _source, text in translations()
        if context == "PositiveReframingPage" and "理解" in text
    ]
    document = tomllib.loads((DATA / "reframing" / "zh_CN.toml").read_text(encoding="utf-8"))
    exercise = document["exercises"]["positive_reframing"]
    for key in ("summary", "intro", "steps"):
        for text in [exercise[key]] if isinstance(exercise[key], str) else exercise[key]:
            if "理解" in text:
                found.append(f"positive_reframing.{key}: {text}")
    assert not found, "say 解读 / 解释:\n" + "\n".join(found)
    by_source = {source: text for context, source, text in translations()}
    assert "往坏处想" in by_source["Your first, &harsh reading of what happened"]
    assert "符合事实的解释" in by_source["A &kinder reading that also fits the facts"]


# -- one style for keys and ranges ---------------------------------------------------------------

# A single key is named by its keycap and 键 (Enter 键, Esc 键, Delete 键, Tab 键, F5 键, 空格键,
# ↑ ↓ 键); a combination keeps the plus (Ctrl+Enter, Ctrl+F) and needs no 键.
SINGLE_KEY = re.compile(r"(?<![+\w–])(Enter|Esc|Delete|Tab|Backspace|F\d{1,2})(?![+\w–-])(?! 键)")
# Arrow keys come in pairs (↑ ↓, ← →); a lone → is an arrow between two words.
OTHER_NAMES = re.compile(r"回车|(?<![+\w])Del(?!\w)|空格(?!键)|[↑↓←→] ?[↑↓←→](?! ?键)")


def test_keys_are_named_one_way_in_chinese() -> None:
    found = []
    for where, text in chinese():
        for pattern in (SINGLE_KEY, OTHER_NAMES):
            for match in pattern.finditer(text):
                found.append(f"{where}: {match.group()!r} in {text}")
    assert not found, "write Enter 键 / Esc 键 / Delete 键 / 空格键 / ↑ ↓ 键:\n" + "\n".join(found)


# Hours typed into a field are shown the way they are typed (9-18, 09:00-18:00).
TYPED_HOURS = re.compile(r"\d{1,2}(?::\d\d)?-\d{1,2}(?::\d\d)?")
NOT_A_DASH = re.compile(r"\d\s*(?:到|至|~|～|—|-|－)\s*\d|\d\s+–|–\s+\d")


def test_ranges_are_written_with_an_en_dash_in_chinese() -> None:
    found = []
    for where, text in chinese():
        typed = "9-18" in text or "09:00-18:00" in text  # an example of what to type
        plain = TYPED_HOURS.sub("", text) if typed else text
        for match in NOT_A_DASH.finditer(plain):
            found.append(f"{where}: {match.group()!r} in {text}")
    assert not found, "write 0–10, 0–100 (an en dash, no spaces):\n" + "\n".join(found)


# -- the strings the review of issue 27 asked to change -----------------------------------------

REVIEWED = {
    "Saved.": "已保存。",  # also after a thought record opened Where to turn
    "mean %1, highest %2 (0–10)": "平均 %1，最高 %2（0–10）",
    "How are you after that contact?": "刚接待完这位客户，你感觉怎么样？",
    "That sounded hard.": "刚才那一单真不容易。",
    "&Feeling: the feeling right now (theirs, or your own)": (
        "感受(&F)：此刻的感受（对方的，或你自己的）"
    ),
    "With these hours no shift comes in the next three weeks, so no break reminders.": (
        "按这样的工作时间，未来三周内没有班次，所以不会提醒休息。"
    ),
    "Thank you for taking a moment for yourself": "谢谢你花点时间关心自己",
    "fewer than %1 people had this": "这一项人数少于 %1 人",
    "Week of": "所在周（周一）",
    "Other hours that day": "当天时间不同",
    "as usual": "与平时相同",
    "Yes: this thought shows %1.": "答对了：这个想法里有%1。",  # %1 comes quoted (“个人化”)
    "Stress:": "压力值：",
    "Your wellbeing score: %1 out of 100": "你的身心状态得分：%1 分（0–100）",
}


@pytest.mark.parametrize("source", sorted(REVIEWED))
def test_a_reviewed_string_reads_as_agreed(source: str) -> None:
    found = {text for _context, src, text in translations() if src == source}
    assert found == {REVIEWED[source]}


def test_the_reviewed_phrasings_are_gone_everywhere() -> None:
    old = (
        "你的心情记录已保存", "带着这么重的情绪", "我能感受到您很", "对方此刻可能的感受",
        "这是你应得的", "不会有休息", "关照自己", "清除会忘掉", "有这项的人", "周一日期",
        "从团队服务器读取", "另有时间", "同平时", "摘下来一边", "在任何地方", "耐心再讲一遍",
        "本来就是我工作的一部分", "休息完成率",
    )  # fmt: skip
    found = [f"{where}: {text}" for where, text in chinese() for o in old if o in text]
    assert not found, "\n".join(found)
    document = tomllib.loads((DATA / "reframing" / "zh_CN.toml").read_text(encoding="utf-8"))
    assert document["exercises"]["nvc"]["reply"]["feeling"] == "我理解，您现在很{}。"


# -- figures that cannot be sourced --------------------------------------------------------------


def test_the_reframing_questions_quote_no_unsourced_figures() -> None:
    """The training material gives its 62 % / 12 % to an unnamed survey: say it without them."""
    found = []
    for language in ("zh_CN", "en"):
        for where, text in _content(language):
            if "reframing" in where and re.search(
                r"\d+\s*%|六成|八分之一|\bin ten\b|\bin eight\b|per ?cent", text
            ):
                found.append(f"{where}: {text}")
    assert not found, "\n".join(found)


def test_counts_beside_a_figure_are_translated_not_written_n_equals() -> None:
    """n=5 is statistics shorthand: the charts say it through the translations (5 条, 10 次)."""
    found = []
    for path in sorted((ROOT / "companion" / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""f["'][^"']*\bn=\{""", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
    by_source = {source: text for _context, source, text in translations()}
    assert by_source["%1 · n=%2"] == "%1 · %2 条"
    assert by_source["%1 → %2 · n=%3"] == "%1 → %2 · %3 次"
