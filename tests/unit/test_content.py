"""Shipped content loads, and a broken file is a clear error naming it."""

from __future__ import annotations

import pytest

from companion.content import ContentError
from companion.content.vocabulary import load_vocabulary
from companion.domain.mood import CATEGORIES, EMOTIONS
from companion.paths import data_dir


def test_every_code_has_a_label_in_both_languages():
    vocabulary = load_vocabulary()
    for code in EMOTIONS:
        assert vocabulary.emotion(code, "en")
        assert vocabulary.emotion(code, "zh_CN") != code
    for code in CATEGORIES:
        assert vocabulary.category(code, "zh_CN") != code
    assert vocabulary.emotion("wronged", "zh_CN") == "委屈"
    assert vocabulary.category("logistics", "en") == "logistics delay"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda text: None, "is missing"),
        (lambda text: text + "\n[[[", "cannot be read"),
        (lambda text: text.replace('zh_CN = "委屈"', ""), "[emotions.wronged] has no zh_CN label"),
        (
            lambda text: text + '\n[emotions.happy]\nen = "happy"\nzh_CN = "开心"\n',
            "unknown codes: happy",
        ),
        (
            lambda text: text.replace("[categories.other]", "[categories.misc]"),
            "[categories.other] is missing",
        ),
    ],
)
def test_a_broken_vocabulary_file_is_named(tmp_path, change, expected):
    original = (data_dir() / "vocabulary.toml").read_text(encoding="utf-8")
    path = tmp_path / "vocabulary.toml"
    changed = change(original)
    if changed is not None:
        path.write_text(changed, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_vocabulary(path)
    assert str(path) in str(raised.value)
    assert expected in str(raised.value)
