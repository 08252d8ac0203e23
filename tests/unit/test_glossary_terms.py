"""One term per idea (the project glossary): the Chinese translations and content files never use
the variants the glossary rules out, and the mood log has one name in English and Chinese."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "companion_zh_CN.ts"
DATA = ROOT / "data"
CJK = re.compile(r"[\u4e00-\u9fff]")

# variant -> the glossary's term (and why)
BANNED = {
    "困扰程度": "难受程度",
    "辱骂客户": "客户辱骂 (辱骂客户 says the agent insults the customer)",
    "咨询类型": "问题类型",
    "来电类型": "问题类型",
    "小憩": "微休息",
    "小事": "小任务 (the items of 目标分解)",
    "思维陷阱": "思维偏差",
    "认知偏差": "思维偏差",
    "情绪记录": "心情记录",
    "另类思维": "更客观的想法",
    "大祸临头": "灾难化",
    "公道": "更客观 (balanced thought)",
    "感受—需要": "感受 · 需要 · 请求 (a long dash renders like 一)",
}


def translations() -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) for every message of the .ts, numerus forms each."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                yield name, source, form.text or ""


def content_strings() -> Iterator[tuple[str, str]]:
    """(where, text) for every Chinese string of the content files under data/."""

    def walk(where: str, value: object) -> Iterator[tuple[str, str]]:
        if isinstance(value, str):
            if CJK.search(value):
                yield where, value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from walk(f"{where}.{key}", item)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(f"{where}[{index}]", item)

    for path in sorted(DATA.rglob("*.toml")):
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        yield from walk(str(path.relative_to(ROOT)), document)


def every_chinese_string() -> Iterator[tuple[str, str]]:
    for context, source, text in translations():
        yield f"{TS.name} {context}: {source!r}", text
    yield from content_strings()


def test_the_scan_reads_the_translations_and_every_content_file() -> None:
    found = list(every_chinese_string())
    assert len(found) > 1000
    wheres = " ".join(where for where, _ in found)
    for name in ("companion_zh_CN.ts", "reframing/zh_CN.toml", "vocabulary.toml", "summary.toml"):
        assert name in wheres
    assert "checkin/who5.toml" in wheres


@pytest.mark.parametrize("variant", sorted(BANNED))
def test_no_chinese_string_uses_a_variant_the_glossary_rules_out(variant: str) -> None:
    found = [f"{where}: {text}" for where, text in every_chinese_string() if variant in text]
    assert not found, f"use {BANNED[variant]}, not {variant}:\n" + "\n".join(found)


def test_postpone_is_tui_chi_never_shao_hou() -> None:
    """稍后 means "later", not "postpone": no button, menu item or setting says it as a verb."""
    found = []
    for context, source, text in translations():
        if "稍后" not in text:
            continue
        as_verb = (
            "ostpone" in source
            or re.search(r"\(&.\)", text)  # a button, menu item or labelled control
            or re.search(r"稍后\s*[%\d”]|“稍后", text)  # 稍后 5 分钟, “稍后”
        )
        if as_verb:
            found.append(f"{context}: {source!r} → {text}")
    for where, text in content_strings():
        if re.search(r"稍后\s*[%\d”]|“稍后", text):
            found.append(f"{where}: {text}")
    assert not found, "\n".join(found)
    postpone = {source: text for _, source, text in translations() if "ostpone" in source}
    assert postpone and all("推迟" in text for text in postpone.values()), postpone


def test_buttons_and_menu_items_say_huan_ge_jiao_du_xiang_for_reframing() -> None:
    """认知重构 belongs in explanations; a button right after a hard call says 换个角度想."""
    reframe_actions = {
        (context, source): text
        for context, source, text in translations()
        if re.search(r"Re&?frame", source) and "&" in source
    }
    assert len(reframe_actions) >= 4
    for key, text in reframe_actions.items():
        assert text.startswith("换个角度想"), (key, text)
    for context, source, text in translations():
        if "&" in source and "认知重构" in text:
            pytest.fail(f"{context}: {source!r} → {text}: a control says 认知重构")


def test_the_vocabulary_labels_are_the_glossary_terms() -> None:
    vocabulary = tomllib.loads((DATA / "vocabulary.toml").read_text(encoding="utf-8"))
    emotions = {code: item["zh_CN"] for code, item in vocabulary["emotions"].items()}
    categories = {code: item["zh_CN"] for code, item in vocabulary["categories"].items()}
    assert emotions == {
        "wronged": "委屈",
        "angry": "生气",
        "anxious": "焦虑",
        "frustrated": "烦躁",
        "exhausted": "疲惫",
        "tense": "紧张",
        "sad": "难过",
        "calm": "平静",
        "relieved": "释然",
        "proud": "自豪",
    }
    assert categories == {
        "complaint": "投诉",
        "refund": "退款退货",
        "logistics": "物流延误",
        "order": "订单查询",
        "product": "产品咨询",
        "abusive": "客户辱骂",
        "other": "其他",
    }


def test_the_call_type_and_the_mood_log_have_their_glossary_names_everywhere() -> None:
    by_source: dict[str, set[str]] = {}
    for _context, source, text in translations():
        by_source.setdefault(source, set()).add(text)
    assert by_source["Call type"] == {"问题类型"}
    assert by_source["Mood log · Companion"] == {"心情记录 · 心伴"}
    assert by_source["Mood log"] == {"心情记录"}
    assert by_source["Mood l&og…"] == {"心情记录(&O)…"}
    assert by_source["Weekly check-in · Companion"] == {"每周身心自评 · 心伴"}
    assert by_source["&Weekly check-in…"] == {"每周身心自评(&W)…"}


def test_the_mood_log_has_one_english_name_for_its_menu_item_window_and_heading() -> None:
    """The .ts holds every source string of the code (test_translations keeps it so)."""
    sources: dict[str, set[str]] = {}
    for context, source, _text in translations():
        sources.setdefault(context, set()).add(source)
    assert {"Mood log · Companion", "Mood log"} <= sources["HistoryWindow"]
    assert "Mood l&og…" in sources["TrayMenu"] and "Mood l&og…" in sources["StandInWindow"]
    everything = " ".join(" ".join(found) for found in sources.values()).lower()
    for other_name in ("recent entries", "your mood log", "mood history", "mood journal"):
        assert other_name not in everything, other_name
