"""Binding the last two characters of a Chinese paragraph (companion.ui.lines); that no line
then holds one character, at any width, is tested where Qt lays the text out
(tests/ui/test_line_breaks.py)."""

from __future__ import annotations

from companion.ui.lines import NO_BREAK_SPACE, WORD_JOINER, keep_last_two


def test_the_last_two_characters_are_joined() -> None:
    assert (
        keep_last_two("我的日常生活中充满了有趣的事情。")
        == f"我的日常生活中充满了有趣的事{WORD_JOINER}情。"
    )


def test_a_space_between_the_last_two_becomes_a_no_break_space() -> None:
    assert keep_last_two("写完按 Enter 键") == f"写完按 Enter{NO_BREAK_SPACE}键"


def test_punctuation_between_them_is_bound_on_both_sides() -> None:
    bound = keep_last_two("都怪我，不怪“他”")
    assert bound == f"都怪我，不怪{WORD_JOINER}“{WORD_JOINER}他”"


def test_each_paragraph_is_bound_and_binding_twice_changes_nothing() -> None:
    text = "第一段到这里。\n第二段也是。"
    once = keep_last_two(text)
    assert once == f"第一段到这{WORD_JOINER}里。\n第二段也{WORD_JOINER}是。"
    assert keep_last_two(once) == once


def test_english_and_one_character_are_left_as_they_are() -> None:
    assert keep_last_two("How are you after that contact?") == "How are you after that contact?"
    assert keep_last_two("好。") == "好。"
    assert keep_last_two("") == ""
