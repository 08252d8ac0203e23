"""Words of self-harm, hopelessness or a wish to die in a text the agent wrote: a pure check, no Qt.

The rules (`DistressRules`, read from `data/support_words.toml`) are phrases, and words that tell
whether a phrase found is the writer's own. `find_distress` returns the phrase that opens *Where
to turn* and why (a `Finding`), or None: every decision can be explained.

Three kinds of phrase:

- `words` are plain enough to count wherever they stand: 不想活了, 自杀, 遗书, "suicidal".
- `about_me` phrases also name ordinary things (想死你了, "I cut myself shaving"), so they count
  only in a clause about the writer: in its clause, nothing may stand before the phrase but
  `before` words (words for me and my life such as 我, 人生, "I", "my life", and small words such as
  真的, 已经, "just", "really"), and nothing after it but `after` words (了, 啊, "like this",
  "anymore").
- `strain` phrases are about_me phrases that agents also use of a hard but ordinary day (撑不下去,
  绝望, "can't take it anymore", "pointless"). They count as about_me phrases do, but not when
  a `mild` word stands before them (有点绝望, "a bit hopeless"), nor when the note names an
  `everyday` cause or a small next step anywhere (系统, 喝口水, 请假, "the CRM", "coffee",
  "a day off"): 我扛不住了，先去喝口水 and 绝望了，系统又崩 do not open the list; 我撑不下去了 does.

A phrase may be a small pattern. "…": its parts stand in this order, at most 8 characters
(Chinese) or 4 words (English) apart, within one sentence: 攒…安眠药 finds 攒了一瓶安眠药, "saved
up … pills" finds "saved up all my pills". (a|b): one of the alternatives, "(end|ending) my
life"; (a)? may be left out. Chinese phrases write these marks full-width, （活着｜人生）…（没意思
｜没意义）, as the rest of the Chinese text does.

Nothing counts that is someone else's, or denied:

- Someone else's words: a clause that begins with another person (`others`: 客户, 对方, 他,
  "the customer", "he"; after a few `lead_ins` such as 有个, 来电的, "the", "a") is about them,
  and so is what follows a saying word (`says`: 说, 威胁, "said", "threatened") right before a
  phrase, a clause that carries on their words (…，还说…; …, "he said …"), and a quotation after
  them (客户说：“…”, Customer: "…"). A phrase that describes a person (说要自杀的客户, "a
  suicidal caller") is about that person. A `to_me` word brings the clause back to the writer
  (客户的话让我想自杀, "the customer made me want to die").
- A denial (`denials`: 不会, 没有, 从没, "not", "never", "don't") right before a phrase, with only
  `fillers` between (想过, 觉得, "thought about", "going to"), cancels it: 我从来没想过自杀, "I'd
  never take my own life".

How text is read: case-insensitive, full-width letters read as plain ones, apostrophes dropped
(can't, can’t and cant are one). A Latin phrase matches whole words only ("hopeless" is not
found in "hopelessly"), with any run of spaces or line breaks between its words; a Chinese phrase
matches anywhere. Phrases in `ignore` (自杀式, 死海, "career suicide") are blanked out first. A
clause ends at any punctuation mark or emoji, at a space between Chinese characters, and where
Latin letters or digits follow a Chinese character (我想死555, 不想活le). In Chinese typed with no
punctuation, the clause before an about_me phrase may also begin right after a particle (了, 啊,
呀, 啦, 吧, 呢, 嘛) or a count (次): in 活着太累了想死 only 想死 is read. In English it may begin
after "and" or "but" ("I feel worthless and want to die"). After the phrase the clause runs on to
a mark, so 撑不住了就休息一下 (advice, not distress) does not count; in English it may go on
after "and", "but", "so" or "because" ("I want to die and I don't know who to tell").

`without_distress` blanks every phrase of the lists out of a text, wherever it stands: the
thinking-trap suggester reads a thought that way (`trap_suggestions`), so that no words of
distress are ever called a thinking trap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

GAP = "…"  # in a phrase: its parts in order, a little apart, within one sentence

_APOSTROPHES = str.maketrans(dict.fromkeys("'’‘`´＇ʼ", None))
_LATIN = re.compile(r"[a-z0-9]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A space between Chinese characters ends a clause, and so do Latin letters or digits after a
# Chinese character (我想死555): both become a comma.
_SPACE_IN_CHINESE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])|(?<=[{_CJK}])\s*(?=[a-z0-9])")
# Anything that is neither a letter, a digit nor a space ends a clause.
_CLAUSE_BREAK = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[。！？!?.;；]")
_OPEN_QUOTE = re.compile(r"\s*[,，:：]?\s*[“\"「『‘]|\s*[:：]")
_CLOSE_QUOTE = re.compile(r"[”\"」』’]")
# In Chinese typed without punctuation, the clause before a phrase about me may also begin right
# after a sentence particle or a count (累了想死, 被骂了三次真的撑不下去了); in English after
# "and" or "but" ("I feel worthless and want to die"). Only the text before the phrase is cut
# there, so that 撑不住了就休息一下 still reads as one clause; `words` and `ignore` are matched
# on the whole text.
_CLAUSE_START = re.compile(r"[了啊呀啦吧呢嘛次]|(?<![a-z0-9])(?:and|but)\s+")
_FIRST_PERSON = re.compile(r"\s*(?:我|(?:i|im|ive|id|ill|my)(?![a-z0-9]))")
# 有自杀倾向的(那个)客户: a phrase that describes a person is about that person.
_MEASURE = "那个|这个|那位|这位|一个|一位"
_OF = "\u7684"  # 的
# In English, what follows a phrase about me may go on after "and", "but", "so" or "because".
_GOES_ON = re.compile(r"(?<![a-z0-9])(?:and|but|so|because|cause|cuz)(?![a-z0-9])")
_BLANK = "|"  # what an ignored phrase becomes: a clause break, so nothing is found across it
_GROUP = re.compile(r"\(([^()]*)\)(\?)?")
_CJK_GAP = r"[^。！？!?.;；]{0,8}?"
_LATIN_GAP = r"(?:\s+[^\s。！？!?.;；]+){0,4}?\s+"


@dataclass(frozen=True, slots=True)
class DistressRules:
    """The phrases, and the words that tell whether a phrase found is the writer's own."""

    words: tuple[str, ...] = ()
    about_me: tuple[str, ...] = ()
    strain: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    mild: tuple[str, ...] = ()
    everyday: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    denials: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    lead_ins: tuple[str, ...] = ()
    says: tuple[str, ...] = ()
    to_me: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """Why a text opens *Where to turn*: the phrase (as listed) and its kind."""

    phrase: str
    kind: str  # "words", "about_me" or "strain"


def _syntax(phrase: str) -> str:
    """A phrase with its marks as the rules read them: （a｜b）？ in Chinese is (a|b)?, and "…"
    stays a gap."""
    return GAP.join(unicodedata.normalize("NFKC", part) for part in phrase.split(GAP))


def breaks_a_clause(phrase: str) -> bool:
    """Whether a phrase holds a mark that ends a clause, so it can never be found about me."""
    parts = re.split(r"\)\?|[()|]|" + GAP, _syntax(phrase))
    return any(_CLAUSE_BREAK.search(_normalise(part)) for part in parts)


def well_formed(phrase: str) -> bool:
    """Whether a phrase's "…" and (a|b) are written as the rules read them: "…" between two
    parts, each ( closed by a ) with no ( inside, each alternative filled, ? only after a )."""
    phrase = _syntax(phrase)
    if any(not part.strip() for part in phrase.split(GAP)):
        return False
    bare = _GROUP.sub("", phrase)
    if any(mark in bare for mark in "()|?"):
        return False
    groups = [group.group(1) for group in _GROUP.finditer(phrase)]
    return all(alt.strip() for group in groups for alt in group.split("|"))


def _normalise(text: str) -> str:
    return _normalised(text)[0]


def _normalised(text: str) -> tuple[str, list[int]]:
    """The text as the rules read it, and for each of its characters the index of the character
    of `text` it comes from (so that a phrase found can be pointed at in what was written)."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for out in unicodedata.normalize("NFKC", char).translate(_APOSTROPHES).casefold():
            chars.append(out)
            origin.append(index)
    normal, origin = _substituted(_SPACE_IN_CHINESE, ",", "".join(chars), origin)
    normal, origin = _substituted(_SPACES, " ", normal, origin)
    start = len(normal) - len(normal.lstrip())
    end = len(normal.rstrip())
    return normal[start:end], origin[start:end]


def _substituted(
    pattern: re.Pattern[str], replacement: str, text: str, origin: list[int]
) -> tuple[str, list[int]]:
    parts: list[str] = []
    positions: list[int] = []
    at = 0
    for found in pattern.finditer(text):
        parts.append(text[at : found.start()])
        positions += origin[at : found.start()]
        parts.append(replacement)
        where = origin[found.start()] if found.start() < len(origin) else len(origin)
        positions += [where] * len(replacement)
        at = found.end()
    parts.append(text[at:])
    positions += origin[at:]
    return "".join(parts), positions


def _plain(text: str) -> str:
    """Literal phrase text as a regular expression: any run of spaces matches any run."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return "".join(
        r"\s+" if chunk.isspace() else re.escape(chunk)
        for chunk in re.split(r"(\s+)", text)
        if chunk
    )


def _pieces(segment: str) -> list[list[str]]:
    """A phrase without gaps as pieces, each a list of alternatives: 想(跳河|跳江) is
    [["想"], ["跳河", "跳江"]]; an optional group, (任何)?, also holds "" (nothing)."""
    pieces: list[list[str]] = []
    at = 0
    for group in _GROUP.finditer(segment):
        if segment[at : group.start()]:
            pieces.append([segment[at : group.start()]])
        pieces.append(group.group(1).split("|") + ([""] if group.group(2) else []))
        at = group.end()
    if segment[at:]:
        pieces.append([segment[at:]])
    return pieces


def _is_latin(char: str) -> bool:
    return _LATIN.match(_normalise(char) or " ") is not None


def _body(phrase: str) -> str:
    """A phrase as a regular expression: whole words if Latin, any spaces between its words,
    "…" for a short gap within a sentence, (a|b) for alternatives."""
    segments = [_pieces(part.strip()) for part in _syntax(phrase).split(GAP)]
    segments = [pieces for pieces in segments if pieces]
    if not segments:
        return ""
    body = ""
    for number, pieces in enumerate(segments):
        if number:
            ends = {alt.strip()[-1:] for alt in segments[number - 1][-1]}
            starts = {alt.strip()[:1] for alt in pieces[0]}
            latin = all(map(_is_latin, ends | starts))
            body += _LATIN_GAP if latin else _CJK_GAP
        for index, alternatives in enumerate(pieces):
            first = number == 0 and index == 0
            last = number == len(segments) - 1 and index == len(pieces) - 1
            options = []
            for alt in sorted(alternatives, key=len, reverse=True):
                if not alt:
                    options.append("")
                    continue
                expression = _plain(alt)
                if first and _is_latin(alt[:1]):
                    expression = r"(?<![a-z0-9])" + expression
                if last and _is_latin(alt[-1:]):
                    expression += r"(?![a-z0-9])"
                options.append(expression)
            body += options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    return body


@lru_cache(maxsize=128)
def _any(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    # Longer phrases first, so that an ignored phrase is blanked whole.
    parts = sorted({_body(p) for p in phrases} - {""}, key=len, reverse=True)
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=128)
def _each(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((p, re.compile(_body(p))) for p in phrases if _body(p))


@lru_cache(maxsize=128)
def _only(words: tuple[str, ...]) -> re.Pattern[str]:
    """Text made of nothing but these words (or of nothing), read word by word, longest first.

    The atomic group takes the first word that fits and never goes back, so a long clause costs
    one pass."""
    parts = sorted({_body(word) for word in words} - {""}, key=len, reverse=True)
    if not parts:
        return re.compile(r"\s*")
    return re.compile(rf"\s*(?:(?>{'|'.join(parts)})\s*)*+")


@lru_cache(maxsize=128)
def _ends_with(first: tuple[str, ...], then: tuple[str, ...]) -> re.Pattern[str] | None:
    """Text that ends with one of `first`, followed only by words of `then`."""
    head = sorted({_body(word) for word in first} - {""}, key=len, reverse=True)
    if not head:
        return None
    tail = sorted({_body(word) for word in then} - {""}, key=len, reverse=True)
    filler = rf"(?:\s*(?:{'|'.join(tail)}))*" if tail else ""
    return re.compile(rf"(?:{'|'.join(head)}){filler}\s*$")


@lru_cache(maxsize=128)
def _starts_with(first: tuple[str, ...], then: tuple[str, ...]) -> re.Pattern[str] | None:
    """Text that begins with words of `first` (any number), then one of `then`."""
    tail = sorted({_body(word) for word in then} - {""}, key=len, reverse=True)
    if not tail:
        return None
    head = sorted({_body(word) for word in first} - {""}, key=len, reverse=True)
    lead = rf"(?:(?:{'|'.join(head)})\s*){{0,3}}" if head else ""
    return re.compile(rf"\s*{lead}(?:{'|'.join(tail)})")


@lru_cache(maxsize=128)
def _carrying_on(says: tuple[str, ...]) -> re.Pattern[str] | None:
    """A clause that carries on someone's words: a saying word after a short lead (还说, 一直哭着说,
    "then said", "kept saying")."""
    parts = sorted({_body(word) for word in says} - {""}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(rf"\s*(?:[^\s,]{{1,4}}\s*)?(?:{'|'.join(parts)})")


def _clause_start(text: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)


def _clause_end(text: str, at: int) -> int:
    found = _CLAUSE_BREAK.search(text, at)
    return found.start() if found else len(text)


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


class _Reading:
    """One normalised text, with what in it is someone else's."""

    def __init__(self, text: str, rules: DistressRules) -> None:
        self.text = text
        self.rules = rules
        self.theirs = self._theirs()

    # -- someone else's words -------------------------------------------------------------------

    def _theirs(self) -> list[tuple[int, int]]:
        """The spans of the text that speak of, or for, someone else."""
        rules, text = self.rules, self.text
        person = _starts_with(rules.lead_ins, rules.others)
        if person is None:
            return []
        carrying_on = _carrying_on(rules.says)
        says = _any(rules.says)
        to_me = _any(rules.to_me)
        spans: list[tuple[int, int]] = []
        theirs_before = False  # the clause before, in this sentence, was someone else's
        start = 0
        while True:
            end = _clause_end(text, start)
            if start and _sentence_start(text, start) == start:
                theirs_before = False
            clause = text[start:end]
            theirs = person.match(clause) is not None or (
                theirs_before and carrying_on is not None and carrying_on.match(clause) is not None
            )
            if theirs:
                cut = end
                for mark in to_me.finditer(text, start, end) if to_me is not None else ():
                    if says is None or says.search(text, mark.end(), end) is None:
                        cut = mark.start()  # 客户的话让我…: what follows is mine again
                        break
                spans.append((start, cut))
                quote = self._quotation(end) if cut == end else None
                if quote is not None:
                    spans.append(quote)
            theirs_before = theirs
            if end >= len(text):
                return spans
            start = end + 1

    def _quotation(self, at: int) -> tuple[int, int] | None:
        """After someone's words (客户说：“…”, Customer: "…"), the quotation that follows."""
        opened = _OPEN_QUOTE.match(self.text, at)
        if opened is None:
            return None
        closed = _CLOSE_QUOTE.search(self.text, opened.end())
        end = closed.start() if closed else len(self.text)
        return (opened.end(), end)

    def is_theirs(self, start: int, end: int) -> bool:
        if any(a <= start < b for a, b in self.theirs):
            return True
        rules, text = self.rules, self.text
        before = text[_clause_start(text, start) : start]
        says = _ends_with(rules.says, rules.fillers)
        if says is not None and not _FIRST_PERSON.match(before) and says.search(before):
            return True  # 说要自杀的客户, "he threatened suicide": their words
        person = _any(rules.others)
        if person is None or not re.match(f"[{_CJK}]", text[end - 1 : end]):
            return False
        after = text[end : _clause_end(text, end)]
        return (
            re.match(rf"[^{_OF}]{{0,3}}{_OF}(?:{_MEASURE})?(?:{person.pattern})", after) is not None
        )

    # -- denials, and the clause about me -------------------------------------------------------

    def denied(self, start: int) -> bool:
        denial = _ends_with(self.rules.denials, self.rules.fillers)
        if denial is None:
            return False
        return denial.search(self.text, _clause_start(self.text, start), start) is not None

    def about_me(self, start: int, end: int, *, strain: bool) -> bool:
        rules, text = self.rules, self.text
        begin = _clause_start(text, start)
        begin = max((m.end() for m in _CLAUSE_START.finditer(text, begin, start)), default=begin)
        if not _only(rules.before).fullmatch(text, begin, start):
            return False
        stop = _clause_end(text, end)
        goes_on = _GOES_ON.search(text, end, stop)  # "… want to die and I don't know who to tell"
        if not _only(rules.after).fullmatch(text, end, goes_on.start() if goes_on else stop):
            return False
        if not strain:
            return True
        mild = _any(rules.mild)
        if mild is not None and mild.search(text, _clause_start(text, start), start):
            return False  # 有点绝望, "a bit hopeless"
        everyday = _any(rules.everyday)
        return everyday is None or everyday.search(text) is None  # 喝口水, 系统, "coffee"


def find_distress(text: str, rules: DistressRules) -> Finding | None:
    """The phrase in `text` that opens *Where to turn*, and its kind; None when nothing counts."""
    if not text.strip():
        return None
    normal = _normalise(text)
    skipped = _any(rules.ignore)
    if skipped is not None:
        normal = skipped.sub(_BLANK, normal)
    reading = _Reading(normal, rules)
    for kind, phrases in (
        ("words", rules.words),
        ("about_me", rules.about_me),
        ("strain", rules.strain),
    ):
        for phrase, pattern in _each(phrases):
            for found in pattern.finditer(normal):
                start, end = found.span()
                if reading.is_theirs(start, end) or reading.denied(start):
                    continue
                if kind != "words" and not reading.about_me(start, end, strain=kind == "strain"):
                    continue
                return Finding(phrase, kind)
    return None


def mentions_distress(text: str, rules: DistressRules) -> bool:
    """Whether `text` holds words of distress that are the writer's own (see `find_distress`)."""
    return find_distress(text, rules) is not None


def merged(parts: Iterable[DistressRules]) -> DistressRules:
    """Several languages' rules as one: an agent may write either language."""
    fields = DistressRules.__dataclass_fields__
    lists: dict[str, list[str]] = {name: [] for name in fields}
    for part in parts:
        for name in fields:
            lists[name] += getattr(part, name)
    return DistressRules(**{name: tuple(items) for name, items in lists.items()})


def without_distress(text: str, rules: DistressRules) -> str:
    """`text` with every phrase of the lists (words, about_me, strain) blanked, wherever it stands
    and whoever it is about: a comma in its place. The thinking-trap suggester reads this, so that
    words of distress (我再也撑不下去了, "nobody would miss me") are never called a thinking trap;
    the rest of the thought is read as written."""
    normal, origin = _normalised(text)
    spans = []
    for phrases in (rules.words, rules.about_me, rules.strain):
        pattern = _any(phrases)
        if pattern is not None:
            spans += [m.span() for m in pattern.finditer(normal) if m.end() > m.start()]
    if not spans:
        return text
    out = list(text)
    for start, end in spans:
        first, last = origin[start], origin[end - 1]
        out[first : last + 1] = [""] * (last + 1 - first)
        out[first] = "，"
    return "".join(out)


def trap_suggestions(text: str, rules: DistressRules) -> list[str]:
    """The thinking traps suggested for a thought, never on its words of distress: what the
    reframing wizard shows (see `without_distress`)."""
    from companion.domain.reframing import suggest_distortions  # not on the save path

    return suggest_distortions(without_distress(text, rules))
