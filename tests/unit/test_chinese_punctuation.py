"""Every Chinese string uses full-width punctuation: translations, content files and code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.chinese_punctuation import fix_ts, fixed, problems, scan

ROOT = Path(__file__).resolve().parents[2]
CHINESE_FILES = sorted(
    [
        ROOT / "resources" / "translations" / "companion_zh_CN.ts",
        *(ROOT / "data").rglob("*.toml"),
        *(ROOT / "companion").rglob("*.py"),
        *(ROOT / "scripts").rglob("*.py"),
        *(ROOT / "benchmarks").rglob("*.py"),
    ]
)


@pytest.mark.parametrize("path", CHINESE_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_chinese_strings_use_full_width_punctuation(path: Path) -> None:
    found = [f"{item.where}: {problem}" for item, problem in scan(path)]
    assert not found, "\n".join(found)


def test_the_scan_covers_the_translations_the_content_and_the_code() -> None:
    names = {path.name for path in CHINESE_FILES}
    assert {"companion_zh_CN.ts", "zh_CN.toml", "vocabulary.toml", "support_words.toml"} <= names
    assert any(path.parent.name == "ui" for path in CHINESE_FILES)


@pytest.mark.parametrize(
    ("ascii", "full_width"),
    [
        ("我现在{},您看可以吗?", "我现在{}，您看可以吗？"),
        ("指标:%1", "指标：%1"),
        ("压力 (0–10)", "压力（0–10）"),
        ("你做了 %1 轮呼吸(%2)。", "你做了 %1 轮呼吸（%2）。"),
        ("真的吗!好的; 再见", "真的吗！好的；再见"),
        ('他说"冲我来的"', "他说“冲我来的”"),
        ("上次是 10:30, 共 1,000 条", "上次是 10:30，共 1,000 条"),
    ],
)
def test_ascii_marks_in_chinese_become_full_width(ascii: str, full_width: str) -> None:
    assert problems(ascii)
    assert fixed(ascii) == full_width
    assert not problems(full_width)


@pytest.mark.parametrize(
    "text",
    [
        "保存(&S)",  # a Qt accelerator
        "轮数(&Y)：",
        "按 Ctrl+Alt+M 记录心情",
        "Companion (心伴): breaks, mood log and reframing.",  # English naming the Chinese name
        '请安装：\npip install "PySide6!=6.12.0"',  # a command on its own line
        '<a href="https://example.org/a?b=c">点这里</a>',  # markup and a URL
        "{name:>4}：%n 条",
        "10:30–11:00",
        "JSON 文件 (*.json)",  # a file dialog's filter: Qt reads ASCII parentheses only
        "心伴导出文件 (*.json);;所有文件 (*)",
    ],
)
def test_what_stays_ascii(text: str) -> None:
    assert not problems(text)
    assert fixed(text) == text


def test_a_space_beside_a_full_width_mark_is_reported() -> None:
    assert problems("好的， 再见")
    assert fixed("你好, 我在") == "你好，我在"


def test_translations_are_fixed_inside_the_xml() -> None:
    source = (
        "<message><source>Target: %1 (of %2)</source>\n"
        "<translation>目标:%1 (共 %2)</translation></message>\n"
        "<message><source>&amp;Save</source><translation>保存(&amp;S)</translation></message>"
    )
    result = fix_ts(source)
    assert "<translation>目标：%1（共 %2）</translation>" in result
    assert "<source>Target: %1 (of %2)</source>" in result
    assert "<translation>保存(&amp;S)</translation>" in result
