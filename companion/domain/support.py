"""Words of self-harm or hopelessness in a text the agent wrote: a pure check, no Qt.

There are two kinds of phrase (`data/support_words.toml` lists them):

- `words` are plain enough to count wherever they stand: 不想活了, 自杀, "suicidal".
- `about_me` phrases also name ordinary things (网撑不下去了, "no hope of a refund", "I can't go
  on break"), so they count only in a clause about the writer: in its clause, nothing may stand
  before the phrase but `before` words (words for me and my life such as 我, 人生, "I", "my life",
  and small words such as 真的, 已经, "just", "really"), and nothing after it but `after` words
  (了, 啊, "like this", "anymore"). A clause ends at any punctuation mark or emoji, at a space
  between two Chinese characters, and where Latin letters or digits follow a Chinese character
  (我想死2333, 不想活le). Since a long Chinese note is often typed with no punctuation at all, a
  clause about me may also begin right after a sentence particle (了, 啊, 呀, 啦, 吧, 呢, 嘛) or a
  count (次): in 活着太累了想死 and 今天被骂了三次真的撑不下去了 only 想死 and 真的撑不下去了 are
  read. This holds only before the phrase: after it, the clause still runs to a mark, so
  撑不住了就休息一下 (advice, not distress) does not count. So 我真的撑不下去了
  and "I can't go on like this" count; 网撑不下去了 (a word for the network before it) and "I
  can't go on break" (a word for a break after it) do not. The subject may be left out, as
  Chinese often does: 真的撑不下去了 counts.

How text is compared: case-insensitive, full-width letters read as plain ones, apostrophes
dropped (can't, can’t and cant are one). A phrase with Latin letters matches whole words only
("hopeless" is not found in "hopelessly"), with any run of spaces or line breaks between its
words. A Chinese phrase matches anywhere, since Chinese has no spaces between words. Phrases in
`ignore` (everyday phrases such as 自杀式, "career suicide") are blanked out first, so that the
phrase they contain is not found there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = str.maketrans(dict.fromkeys("'’‘`´＇ʼ", None))
_LATIN = re.compile(r"[a-z0-9]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A space between Chinese characters ends a clause, and so do Latin letters or digits after a
# Chinese character (我想死555): both become a comma.
_SPACE_IN_CHINESE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])|(?<=[{_CJK}])\s*(?=[a-z0-9])")
# Anything that is neither a letter, a digit nor a space ends a clause.
_CLAUSE_BREAK = re.compile(r"[^\w\s]|_")
# In Chinese typed without punctuation, the clause before a phrase about me may also begin right
# after a sentence particle or a count (累了想死, 被骂了三次真的撑不下去了). Only the text before
# the phrase is cut there, so that 撑不住了就休息一下 still reads as one clause; `words` and
# `ignore` are matched on the whole text (一了百了 holds 了).
_CHINESE_CLAUSE_START = re.compile("[了啊呀啦吧呢嘛次]")
_BLANK = "|"  # what an ignored phrase becomes: a clause break, so nothing is found across it


@dataclass(frozen=True, slots=True)
class AboutMe:
    """Phrases that count only in a clause about the writer, and the words allowed around them."""

    phrases: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


NOTHING_ABOUT_ME = AboutMe()


def breaks_a_clause(phrase: str) -> bool:
    """Whether a phrase holds a mark that ends a clause, so it can never be found about me."""
    return _CLAUSE_BREAK.search(_normalise(phrase)) is not None


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return " ".join(_SPACE_IN_CHINESE.sub(",", text).split())


def _body(phrase: str) -> str:
    """A phrase as a regular expression: whole words if Latin, any spaces between its words."""
    words = _normalise(phrase).split(" ")
    body = r"\s+".join(re.escape(word) for word in words)
    start = r"(?<![a-z0-9])" if _LATIN.match(words[0][0]) else ""
    end = r"(?![a-z0-9])" if _LATIN.match(words[-1][-1]) else ""
    return f"{start}{body}{end}"


def _usable(phrases: Iterable[str]) -> list[str]:
    return [phrase for phrase in phrases if _normalise(phrase)]


@lru_cache(maxsize=64)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    # Longer phrases first, so that an ignored phrase is blanked whole.
    parts = sorted((_body(phrase) for phrase in _usable(phrases)), key=len, reverse=True)
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=64)
def _only(words: tuple[str, ...]) -> re.Pattern[str]:
    """Text made of nothing but these words (or of nothing), read word by word, longest first.

    The atomic group takes the first word that fits and never goes back, so a long clause costs
    one pass."""
    parts = sorted((_body(word) for word in _usable(words)), key=len, reverse=True)
    if not parts:
        return re.compile(r"\s*")
    return re.compile(rf"\s*(?:(?>{'|'.join(parts)})\s*)*+")


@lru_cache(maxsize=64)
def _each(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_body(phrase)) for phrase in _usable(phrases))


def _about_me(text: str, about_me: AboutMe) -> bool:
    before, after = _only(about_me.before), _only(about_me.after)
    for phrase in _each(about_me.phrases):
        for found in phrase.finditer(text):
            start = max(
                (m.end() for m in _CLAUSE_BREAK.finditer(text, 0, found.start())),
                default=0,
            )
            start = max(
                (m.end() for m in _CHINESE_CLAUSE_START.finditer(text, start, found.start())),
                default=start,
            )
            ends = _CLAUSE_BREAK.search(text, found.end())
            end = ends.start() if ends else len(text)
            if before.fullmatch(text, start, found.start()) and after.fullmatch(
                text, found.end(), end
            ):
                return True
    return False


def mentions_distress(
    text: str,
    words: Iterable[str],
    ignore: Iterable[str] = (),
    about_me: AboutMe = NOTHING_ABOUT_ME,
) -> bool:
    """Whether `text` holds one of `words`, or one of the `about_me` phrases in a clause about
    the writer, outside the phrases in `ignore`."""
    if not text.strip():
        return False
    normal = _normalise(text)
    skipped = _pattern(tuple(ignore))
    if skipped is not None:
        normal = skipped.sub(_BLANK, normal)
    found = _pattern(tuple(words))
    if found is not None and found.search(normal) is not None:
        return True
    return bool(about_me.phrases) and _about_me(normal, about_me)
