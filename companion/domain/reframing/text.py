"""How the suggester reads a thought: normalised text (full-width forms, curly apostrophes,
case, spaces between Chinese characters), the clauses it falls into, and the negations that
cancel a cue (不总是, 并不是每次, doesn't always, I won't get fired)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"'})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_CANNOT = re.compile(r"\bcan not\b")

# Characters that end a clause: negation does not reach across them.
BOUNDARY_CHARS = ',.;:!?。、…~()"\n'
BOUNDARY = re.compile("[" + re.escape(BOUNDARY_CHARS) + "]")

# A negation that ends right before a cue cancels it. Chinese: adjacent (不总是, 并不是每次,
# 不会被开除, 不一定会). English: up to two words between (not always, doesn't always, won't get
# fired, don't think I'll get fired, isn't all my fault).
_NEG_CJK = re.compile(
    r"(?:(?<!是)不|不(?!是)|没有?|并非|未必|别|非|无需|无须|未)"
    r"(?:至于|见得|一定|是|会|能|用|再|全|都|太|算){0,2}\s*$"
)
# For catastrophising and fortune telling, a clear "will not" anywhere shortly before the cue in
# the clause also cancels it (我不会因为一次投诉就被辞退).
_NEG_CJK_WIDE = re.compile(r"不会|不至于|不可能|未必|不一定|不见得")
_NEG_EN = re.compile(
    r"(?<![a-z0-9'])(?:not|no|(?:do|does|did|is|are|was|were|wo|ca|could|would|should|have|has|"
    r"had|ai|must|need)n'?t|cannot)(?![a-z0-9'])(?: [^ ]+){0,2} ?$"
)

# A denied conclusion reaches over what it introduces: 并不能说明我整个人不行, 不代表我做得不好,
# "doesn't mean I'm bad at this", "isn't proof that I did anything wrong".
_NEG_CONCLUSION = re.compile(
    r"(?:不|没|并不|并没有?)(?:能|会|就)?(?:说明|代表|意味着|证明|等于)[^,。!?;]{0,8}$"
    r"|(?:doesn't|does not|didn't|did not|won't|will not|can't|cannot|isn't|is not|wasn't)"
    r" (?:mean|prove|show|make me|decide|evidence|proof)(?: that)?[^,.!?;]{0,20}$"
    r"|(?<![a-z])not that [^,.!?;]{0,20}$"
)

# Someone else's words reported: 客户说我们总是发错货, "the customer says we always …".
_REPORTED = re.compile(
    r"(?:客户|顾客|买家|用户|他|她|对方|组长|主管|经理|领导|同事|质检|人家)(?:们)?(?:一直|总|老|都|又|还"
    r"|也)?(?:说|讲|反映|投诉说|抱怨|问|写|留言|评价|喊|嚷)"
    r"|(?:customer|caller|buyer|client|he|she|they|lead|manager|supervisor|boss|colleague)"
    r"(?:'s)? (?:says|said|claims|claimed|complains|complained|wrote|writes|told me|keeps"
    r" saying|kept saying|shouted|yelled|screamed)(?: that)? "
)

# What a negation before a cue does to it (the last field of a cue).
X = 0  # carries its own negation: never cancelled
N = 1  # cancelled by a negation right before it
W = 2  # also cancelled by 不会/不至于/不一定… earlier in the clause


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = _CONTROL.sub(" ", text)
    text = _SPACE_IN_CJK.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return _CANNOT.sub("cannot", text)


HAS_CJK = re.compile(f"[{_CJK}]")
HAS_LATIN = re.compile("[a-z]")


def negated(text: str, start: int, boundaries: list[int], negation: int) -> bool:
    """Whether a negation ends right before `start`, a denied conclusion (不代表, doesn't mean)
    or someone else's reported words (客户说, "he said") come shortly before it, or, if
    `negation` is W, 不会/不一定… comes shortly before it, in the same clause."""
    index = bisect_right(boundaries, start - 1)
    clause_start = boundaries[index - 1] + 1 if index else 0
    prefix = text[max(clause_start, start - 40) : start]
    if (
        _NEG_CJK.search(prefix)
        or _NEG_EN.search(prefix)
        or _NEG_CONCLUSION.search(prefix)
        or _REPORTED.search(prefix)
    ):
        return True
    return negation == W and _NEG_CJK_WIDE.search(prefix[-15:]) is not None
