"""Chinese lines that never end with one character alone.

Chinese typesetting keeps at least two characters on a line: a paragraph that wraps and leaves
情。 alone on its last line looks broken. Texts whose wording the app does not choose at the
moment it lays them out (content files, a sentence picked for the day, an agent's own words)
can land on any width, in any font; binding the last two characters of each paragraph lets Qt's
line breaker carry them to the next line together. The binding is invisible: a WORD JOINER
(U+2060) between two characters, a no-break space for a space between two words. English text
is left as it is (an English line may end with a short word).
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# what the eye counts as one character: a Chinese character, a Latin word or a number
_UNIT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[A-Za-z0-9%]+")


def keep_last_two(text: str) -> str:
    """`text` with the last two characters of each paragraph bound together, when it is
    Chinese; otherwise `text` itself."""
    if not _CJK.search(text):
        return text
    return "\n".join(_bind(paragraph) for paragraph in text.split("\n"))


def _bind(paragraph: str) -> str:
    units = list(_UNIT.finditer(paragraph))
    if len(units) < 2:
        return paragraph
    before, last = units[-2], units[-1]
    between = paragraph[before.end() : last.start()]
    if WORD_JOINER in between or NO_BREAK_SPACE in between:
        return paragraph  # bound already
    if not between.strip(" "):  # side by side, or a space between (Enter 键)
        joint = NO_BREAK_SPACE * len(between) if between else WORD_JOINER
        return paragraph[: before.end()] + joint + paragraph[last.start() :]
    # punctuation between (明，我。 or 说“我”): bound on both sides of it
    return (
        paragraph[: before.end()] + WORD_JOINER + between + WORD_JOINER + paragraph[last.start() :]
    )
