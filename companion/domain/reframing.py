"""Suggest which thinking distortions may fit an automatic thought (认知调整 / 认知重构).

The thought-record exercise asks the agent to tick the distortions that fit their automatic
thought. `suggest_distortions` pre-selects likely ones from the text, most likely first.

How it works:

* The text is normalised: NFKC (full-width letters and punctuation become half-width), curly
  apostrophes become ``'``, case is folded, control characters become spaces and spaces between
  Chinese characters are dropped.
* Every distortion code has weighted cues: Chinese phrases matched as characters (there are no
  word boundaries), English phrases matched with their own letter boundaries so that mixed text
  such as ``客户always挑刺`` works, and a few regexes that reach across a comma
  (``我觉得…,所以…``, ``I feel stupid, so I must be stupid``).
* Most cues are negation-aware: a negation right before the cue in the same clause cancels it
  (``不总是``, ``并不是每次``, ``不是我的错``, ``doesn't always``, ``it's not my fault``,
  ``I won't get fired``). Cues that contain their own negation (``从不``, ``不应该``,
  ``can't make mistakes``) are not cancelled.
* Each cue counts at most once; the weights of a code's cues are added (in tenths, so the
  arithmetic is exact). A code is suggested when its score reaches the threshold, so one weak
  cue alone (``应该`` "probably", ``every day``, ``又``) does not fire. Codes are ordered by score,
  then the primary codes of chapter 2 (personalisation, catastrophising, absolutist thinking)
  before the others.

Limits: these are keyword cues, not understanding. They miss distortions that are phrased
without the usual words, fire on cue words used literally or quoted (``我每次都记得核对``,
``客户说我们总是发错货``, ``I should call the courier first``), can be fooled by irony,
questions and negations that are further away than a few words, and they know only Simplified
Chinese and English. The result is
a suggestion that the agent can untick or extend; the agent decides. The suggester does not
look for crisis or self-harm language: that is not a thinking distortion and is handled
elsewhere (help contacts).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

PRIMARY: tuple[str, ...] = ("personalization", "catastrophizing", "absolutist")
SECONDARY: tuple[str, ...] = (
    "mind_reading",
    "overgeneralization",
    "labeling",
    "should_statements",
    "emotional_reasoning",
    "fortune_telling",
)
CODES: tuple[str, ...] = PRIMARY + SECONDARY

#: Score (in tenths) a code needs before it is suggested.
THRESHOLD = 10

_RANK = {code: index for index, code in enumerate(CODES)}

# --- normalisation ----------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"'})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_CANNOT = re.compile(r"\bcan not\b")

# Characters that end a clause: negation does not reach across them.
_BOUNDARY_CHARS = ',.;:!?。、…~()"\n'
_BOUNDARY = re.compile("[" + re.escape(_BOUNDARY_CHARS) + "]")

# A negation that ends right before a cue cancels it. Chinese: adjacent (不总是, 并不是每次,
# 不会被开除, 不一定会). English: up to two words between (not always, doesn't always, won't get
# fired, don't think I'll get fired, isn't all my fault).
_NEG_CJK = re.compile(
    r"(?:不|没有?|并非|未必|别|非|无需|无须|未)"
    r"(?:至于|见得|一定|是|会|能|用|再|全|都|太|算){0,2}\s*$"
)
# For catastrophising and fortune telling, a clear "will not" anywhere shortly before the cue in
# the clause also cancels it (我不会因为一次投诉就被辞退).
_NEG_CJK_WIDE = re.compile(r"不会|不至于|不可能|未必|不一定|不见得")
_NEG_EN = re.compile(
    r"(?<![a-z0-9'])(?:not|no|(?:do|does|did|is|are|was|were|wo|ca|could|would|should|have|has|"
    r"had|ai|must|need)n'?t|cannot)(?![a-z0-9'])(?: [^ ]+){0,2} ?$"
)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = _CONTROL.sub(" ", text)
    text = _SPACE_IN_CJK.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return _CANNOT.sub("cannot", text)


# --- cues -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cue:
    code: str
    weight: int  # tenths
    pattern: re.Pattern[str]
    latin: bool  # an English cue: needs a letter boundary on its left; else a Chinese one
    negation: int  # _X: not cancelled, _N: cancelled by a negation, _W: also by a wider one


_LATIN_MARK = "\x00latin"
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def _en(pattern: str) -> str:
    """An English phrase with letter boundaries that also hold next to Chinese characters.

    The left boundary is checked in `suggest_distortions` rather than with a look-behind: a
    pattern that starts with a look-behind is searched noticeably more slowly.
    """
    return rf"{_LATIN_MARK}(?:{pattern})(?![a-z0-9])"


# Clause start, for cues such as 完了 that only mean "doomed" at the start of a clause.
_START = r"(?<![^" + re.escape(_BOUNDARY_CHARS) + r" ])"

_I_AM = r"(?:i'?m|i am)"
_CN_PEOPLE = r"(?:客户|顾客|买家|卖家|人|同事|主管|领导|组长|用户)"
_CN_OTHERS = (
    r"(?:他们|她们|他|她|客户|顾客|买家|主管|组长|领导|经理|同事|老板|大家|对方|别人|质检|班长|人家"
    r"|用户|qa)"
)
_CN_LABEL = (
    r"(?:废物|失败者|窝囊废|蠢货|白痴|笨蛋|蠢材|饭桶|废柴|神经病|疯子|奇葩|刁民|泼妇|无赖|混蛋|变态"
    r"|杠精|巨婴|戏精|极品|事儿精|事精|傻子|傻瓜|傻[逼bx]|loser|累赘|拖油瓶)"
)
_CN_FEEL = (
    r"(?:笨|蠢|没用|差劲|很差|糟糕|糟|不安|心慌|慌|害怕|紧张|焦虑|心虚|委屈|难受|不对劲|失败|不行|丢人"
    r"|内疚|愧疚|不踏实|没底|无能|自卑|不好)"
)
_EN_OTHERS = (
    r"(?:he|she|they|the customers?|this customer|that customer|customers|my (?:boss|manager|"
    r"supervisor|team ?lead|lead|colleagues|coworkers|co-workers|teammates)|the (?:boss|manager|"
    r"supervisor|qa team|quality team|team ?lead)|everyone|everybody|people|the team|my team)"
)
_EN_SELF_LABEL = (
    r"(?:idiot|failure|loser|moron|useless|stupid|incompetent|joke|fraud|dumb|worthless|hopeless"
    r"|pathetic|waste of space|screw-?up|disgrace|the worst)"
)
# "I'm useless" in "she thinks I'm useless" is someone else's supposed thought (mind reading).
_NOT_REPORTED = r"(?<!think )(?<!thinks )(?<!thought )(?<!believes )(?<!that )"
_EN_OTHER_LABEL = (
    r"(?:idiots?|psychos?|lunatics?|crazy|jerks?|nutcases?|nuts?|maniacs?|morons?|monsters?"
    r"|trolls?|karens?|clowns?|animals|savages?|brats?|nightmares?|lunatic)"
)

_X = 0  # carries its own negation: never cancelled
_N = 1  # cancelled by a negation right before it
_W = 2  # also cancelled by 不会/不至于/不一定… earlier in the clause

_RAW_CUES: tuple[tuple[str, int, str, int], ...] = (
    # --- personalisation (个人化): "it's aimed at me / it's my fault" -------------------------
    ("personalization", 15, r"怪我", _N),
    ("personalization", 15, r"我的(?:错|锅)", _N),
    ("personalization", 12, r"我的问题", _N),
    ("personalization", 8, r"我的责任", _N),
    ("personalization", 8, r"(?:都|全|肯定|一定|准|八成|就)是我(?!们)", _N),
    ("personalization", 15, r"是我不好", _N),
    ("personalization", 8, r"我不好(?!意思|说|讲|判断|回答|处理|办|弄|搞)", _N),
    (
        "personalization",
        7,
        r"我[^,。!?;]{0,6}?(?:做|说|处理|回复?|讲|解释|沟通)[得的]?不(?:好|对|到位|清楚)",
        _N,
    ),
    (
        "personalization",
        15,
        r"针对我|冲着?我来|冲我发火|拿我(?:出气|撒气|开刀)|跟我过不去|和我过不去|故意(?:找|为难|刁难|整)我"
        r"|专门(?:找|挑|针对)我|为难我|找我(?:的)?茬|找我麻烦|看我不顺眼|偏偏(?:是|找)?我",
        _N,
    ),
    ("personalization", 15, r"我害[得的]|(?:是|都是)我害|害得(?:大家|团队|组里|同事|我们组)", _N),
    (
        "personalization",
        12,
        r"连累|拖累|拖了?[^,。!?;]{0,4}后腿|给(?:大家|团队|组里|同事)添麻烦",
        _N,
    ),
    (
        "personalization",
        15,
        r"(?:都|全|就)是因为我(?!们)|因为我(?:的失误|的错|没做好|太差|不够)",
        _N,
    ),
    (
        "personalization",
        12,
        r"我(?:太|真|真的)?(?:差|没用)(?:了|劲)?(?![\u4e00-\u9fff])|我太差|我一点用都没有",
        _N,
    ),
    ("personalization", 10, r"我不够(?:专业|好|努力|耐心|细心|聪明|优秀|格|用心)", _X),
    ("personalization", 15, _en(r"(?:my|all my|entirely my|totally my) fault"), _N),
    ("personalization", 12, _en(r"(?:all |just |only )?because of me"), _N),
    ("personalization", 15, _en(rf"(?:{_I_AM} (?:the one )?to blame|blame myself)"), _N),
    (
        "personalization",
        15,
        _en(
            r"(?:(?:aimed|directed) at me|out to get me|has it in for me|targeting me|picking on me"
            r"|(?:it's|it is|this is|that's) personal|taking it out on me|all on me)"
        ),
        _N,
    ),
    (
        "personalization",
        12,
        _en(
            r"i (?:let|have let|'ve let) (?:everyone|everybody|the team|my team|them|my "
            r"(?:supervisor|manager|lead|boss)) down"
        ),
        _N,
    ),
    ("personalization", 12, _en(r"(?:i must have|i probably) (?:done|said) something wrong"), _N),
    (
        "personalization",
        12,
        _en(r"what did i do wrong|(?:must|has to) be (?:something )?(?:i said|i did)"),
        _N,
    ),
    (
        "personalization",
        10,
        _en(r"(?:it's|that's|this is|it is) (?:all )?(?:on me|my mistake)"),
        _N,
    ),
    ("personalization", 8, _en(r"i (?:ruined|wrecked|tanked|dragged down)"), _N),
    ("personalization", 5, _en(r"i (?:messed|screwed) (?:it |this |that |everything )?up"), _N),
    ("personalization", 10, _en(r"why (?:is it )?(?:always )?me"), _N),
    (
        "personalization",
        10,
        _en(rf"{_I_AM} (?:just )?not (?:good|smart|fast|patient|professional) enough"),
        _X,
    ),
    # --- catastrophising (灾难化) -------------------------------------------------------------
    (
        "catastrophizing",
        15,
        r"(?:我|这下|这回|全|都|彻底|一切都|真的|算是|要|就)完(?:了|蛋)|完蛋|" + _START + r"完了",
        _N,
    ),
    ("catastrophizing", 20, r"死定了", _N),
    ("catastrophizing", 15, r"(?:一切|全|都|彻底|全部)(?:都)?毁了|毁了(?:我|一切|前途|职业)", _N),
    ("catastrophizing", 8, r"毁了", _N),
    ("catastrophizing", 15, r"天塌|天要塌", _N),
    ("catastrophizing", 15, r"被(?:开除|辞退|炒鱿鱼|炒了|解雇|裁掉|裁了|劝退)", _N),
    ("catastrophizing", 15, r"丢了?(?:饭碗|工作)|卷铺盖|失业", _N),
    ("catastrophizing", 10, r"这辈子", _N),
    ("catastrophizing", 12, r"再也[^,。!?;]{0,8}?[不没][^,。!?;]{0,6}?了", _N),
    ("catastrophizing", 20, r"不堪设想", _X),
    (
        "catastrophizing",
        12,
        r"(?:投诉|告|闹|捅)到(?:总部|12315|消协|消费者协会|市场监管|工商|平台|老板|经理|总监|领导|上面"
        r"|高层|媒体|网上)|上(?:热搜|新闻)",
        _N,
    ),
    ("catastrophizing", 15, r"(?:出|闯)了?大(?:事|祸)|没救了|无可救药|无法挽回|挽回不了|末日", _N),
    (
        "catastrophizing",
        12,
        r"(?:彻底|全)搞砸|(?:绩效|奖金|工资|kpi)(?:全|都)?(?:完了|没了|泡汤|扣光)|扣光",
        _N,
    ),
    ("catastrophizing", 12, r"灾难|崩盘", _N),
    (
        "catastrophizing",
        12,
        r"我就(?:得|要|只能)?走人|白干了|白做了|白忙了?一场|前功尽弃|(?:跟|伴)着?我一辈子",
        _N,
    ),
    ("catastrophizing", 6, r"最坏|最糟|噩梦|闹大|一辈子", _N),
    (
        "catastrophizing",
        15,
        _en(
            rf"(?:{_I_AM}|we're|we are|i'll be)(?: so| totally| completely| absolutely)? "
            r"(?:screwed|doomed|done for(?! the| today| now| tonight| this)|toast|dead meat"
            r"|so dead)"
        ),
        _N,
    ),
    (
        "catastrophizing",
        15,
        _en(r"(?:get|be|getting|being|got) (?:fired|sacked|let go|laid off|canned)|lose my job"),
        _N,
    ),
    ("catastrophizing", 15, _en(r"(?:my )?career is over"), _N),
    ("catastrophizing", 12, _en(r"it'?s (?:all )?over(?= ?(?:[,.!?;]|for me|$))"), _N),
    (
        "catastrophizing",
        15,
        _en(
            r"(?:the )?end of the world|the end of me|disaster|catastroph(?:e|ic)"
            r"|ruined (?:everything|my (?:life|career|future))|everything is ruined"
        ),
        _N,
    ),
    (
        "catastrophizing",
        15,
        _en(r"(?:everything|it all) (?:is )?(?:going to )?fall(?:s|ing)? apart"),
        _N,
    ),
    ("catastrophizing", 12, _en(r"never recover|can'?t (?:ever )?recover"), _N),
    (
        "catastrophizing",
        15,
        _en(
            r"never (?:find|get) (?:another|a new|a) job"
            r"|never work (?:here |in this industry )?again"
        ),
        _N,
    ),
    (
        "catastrophizing",
        12,
        _en(
            r"(?:to|on) (?:the ceo|head office|corporate|social media|the news|the press"
            r"|the regulator|upper management)|go(?:es|ing)? viral"
        ),
        _N,
    ),
    (
        "catastrophizing",
        12,
        _en(
            r"(?:bonus|job|career|commission|rating|score|promotion|reputation)(?: is| will be|'s)"
            r" (?:gone|ruined|over|finished|toast)"
        ),
        _N,
    ),
    (
        "catastrophizing",
        12,
        _en(r"that's it for me|(?:is|are) going to kill me|(?:will|'ll) kill me"),
        _N,
    ),
    ("catastrophizing", 6, _en(r"nightmare|worst (?:day|thing|call|shift|mistake)"), _N),
    # --- absolutist thinking (绝对化): 总是、从不、每次、永远 ----------------------------
    ("absolutist", 15, r"总是|从来|从不|从没|永远", _N),
    (
        "absolutist",
        12,
        r"老是|每次|每一次|每回|次次|回回|没有一个|没一个|一个(?:都|也)(?:没|不)",
        _N,
    ),
    ("absolutist", 10, r"一直都|始终|向来|总爱", _N),
    ("absolutist", 12, r"所有的?(?:客户|顾客|买家|用户)", _N),
    ("absolutist", 10, r"每个" + _CN_PEOPLE, _N),
    (
        "absolutist",
        8,
        r"所有的?(?:人|同事|事情?)|全部(?:客户|人)|没有?人|谁(?:都|也)|任何(?:人|客户|时候)|人人",
        _N,
    ),
    ("absolutist", 6, r"全都|统统|通通|一辈子|每天都|天天都", _N),
    ("absolutist", 15, _en(r"always|never"), _N),
    ("absolutist", 12, _en(r"every (?:single )?time|all the time|each and every|not once"), _N),
    (
        "absolutist",
        12,
        _en(r"all (?:the |these |of the |of my )?(?:customers|callers|clients|buyers)"),
        _N,
    ),
    ("absolutist", 10, _en(r"constantly|forever|without exception|no one|nobody|none of them"), _N),
    ("absolutist", 10, _en(r"every (?:single )?(?:customer|caller|client|buyer|call|person)"), _N),
    ("absolutist", 8, _en(r"everyone|everybody"), _N),
    ("absolutist", 5, _en(r"ever|nothing|every day|every shift"), _N),
    # --- mind reading (读心术) ------------------------------------------------------------------
    (
        "mind_reading",
        15,
        _CN_OTHERS + r"(?:们)?(?:肯定|一定|准是|绝对|八成|心里|估计|多半|都|一定是|肯定是|是不是)+"
        r"(?:在)?(?:觉得|认为|在想|以为|看不起|瞧不起|嫌弃|讨厌|烦|笑话|嘲笑|笑|嫌|骂|对我)",
        _N,
    ),
    ("mind_reading", 12, _CN_OTHERS + r"(?:们)?(?:觉得|认为|以为)我(?!们)", _N),
    (
        "mind_reading",
        10,
        r"(?:看不起|瞧不起|嫌弃|讨厌|笑话|嘲笑|看扁)我(?!们)|对我(?:很|特别)?失望",
        _N,
    ),
    (
        "mind_reading",
        12,
        r"(?:明显|分明|摆明了?|肯定|一定)是?在?(?:说|骂|嫌|笑|暗示|讽刺)我(?!们)"
        r"|在(?:说|骂|嫌|笑|暗示|讽刺)我(?:笨|蠢|傻|慢|没用|不专业|不行)",
        _N,
    ),
    ("mind_reading", 12, r"(?:在)?背后(?:说|议论|笑|骂|嘲笑)|心里(?:肯定|一定)", _N),
    (
        "mind_reading",
        15,
        _en(
            _EN_OTHERS + r" (?:must|probably|definitely|surely|obviously|clearly|certainly)"
            r"(?: be)? (?:think|thinks|thinking|hate|hates|believe|believes|see|sees|know|knows"
            r"|judging|laughing)"
        ),
        _N,
    ),
    (
        "mind_reading",
        12,
        _en(
            _EN_OTHERS + r"(?: [a-z]+){0,3}?(?:'ll| will)?(?: all)? (?:thinks?|thought|believes?"
            r"|sees?|considers?|finds?) (?:that )?"
            r"(?:i'?m|i am|i|me)"
        ),
        _N,
    ),
    (
        "mind_reading",
        15,
        _en(r"i (?:bet|just know|know) " + _EN_OTHERS + r" (?:thinks?|thought|hates?)"),
        _N,
    ),
    (
        "mind_reading",
        12,
        _en(
            r"(?:judging|laughing at|talking about|looking down on|look down on|looks down on) me"
            r"|behind my back|can tell (?:i'?m|i am|that i)"
        ),
        _N,
    ),
    (
        "mind_reading",
        10,
        _en(
            r"(?:hates?|despises?) me|disappointed in me|what (?:they|he|she|everyone) "
            r"(?:must )?thinks? of me"
        ),
        _N,
    ),
    # --- overgeneralisation (以偏概全) ----------------------------------------------------------
    ("overgeneralization", 15, r"又是这样|又这样|又来这套", _N),
    ("overgeneralization", 6, r"又来了", _N),
    ("overgeneralization", 10, r"(?:都|总是|老是|每次都|永远|一直)(?:是)?这(?:样|德行|个样)", _N),
    ("overgeneralization", 12, r"(?:都|全)一个(?:样|德行)|一个德行|都一样", _N),
    ("overgeneralization", 12, r"每个" + _CN_PEOPLE + r"都?", _N),
    ("overgeneralization", 10, r"所有的?(?:客户|顾客|买家|用户)", _N),
    ("overgeneralization", 12, r"所有的?人|大家都|人人都|谁都", _N),
    (
        "overgeneralization",
        15,
        r"什么事?都(?:做|干|办|搞|处理)?不(?:好|成|对)|啥都(?:做|干)?不(?:好|行)|一件事都",
        _N,
    ),
    (
        "overgeneralization",
        12,
        r"(?:这种|这类|这些|这帮|这群)" + _CN_PEOPLE + r"(?:都|全|就是|总)",
        _N,
    ),
    (
        "overgeneralization",
        10,
        r"(?<!所有)(?<!所有的)(?<!每个)(?:客户|顾客|买家|用户)们?都(?:是|一样|这样|不讲理|爱|喜欢|只会|想|没|不)",
        _N,
    ),
    ("overgeneralization", 15, r"一次[^。!?;]{0,12}就(?:说明|证明|代表|意味着)", _N),
    (
        "overgeneralization",
        12,
        r"(?:说明|证明)我(?:就是)?(?:不行|不适合|干不了|做不好|不是这块料)",
        _N,
    ),
    ("overgeneralization", 5, r"又(?:被|搞砸|出错|犯错|挨骂|挨批|是差评|来一个|一个)", _N),
    (
        "overgeneralization",
        15,
        _en(r"here we go again|again and again|same thing every (?:day|time|shift)"),
        _N,
    ),
    (
        "overgeneralization",
        12,
        _en(r"every (?:single )?(?:customer|caller|client|buyer|call|person)"),
        _N,
    ),
    (
        "overgeneralization",
        12,
        _en(
            r"(?:customers|callers|clients|buyers|people) (?:are|like (?:this|that|him|her)) "
            r"(?:are )?all|all (?:the |these )?(?:customers|callers|clients|buyers) are"
            r"|(?:these|such) (?:people|customers|callers) (?:are|always)"
        ),
        _N,
    ),
    (
        "overgeneralization",
        10,
        _en(r"all (?:the |these |of the )?(?:customers|callers|clients|buyers)"),
        _N,
    ),
    (
        "overgeneralization",
        15,
        _en(
            r"(?:i )?can'?t do anything right|nothing (?:ever )?goes right"
            r"|everything (?:always )?goes wrong|i get everything wrong"
        ),
        _X,
    ),
    (
        "overgeneralization",
        8,
        _en(r"everyone|everybody|no one|nobody|this always happens|typical"),
        _N,
    ),
    ("overgeneralization", 5, _en(r"again"), _N),
    # --- labelling (贴标签) ----------------------------------------------------------------------
    ("labeling", 12, _CN_LABEL, _N),
    ("labeling", 8, r"是(?:个|一个)?" + _CN_LABEL + r"|是(?:个|一个)?垃圾", _N),
    (
        "labeling",
        15,
        r"我(?:真|真的|太|好|就是个|简直|果然)(?:是个)?(?:笨|蠢|傻|无能|废|差劲|没出息)",
        _N,
    ),
    (
        "labeling",
        15,
        r"我(?:就|真|根本|简直)?是(?:个|一个)(?:没用|失败|差劲|糟糕|不称职|多余|只会[^,。!?;]{0,8}?)的",
        _N,
    ),
    ("labeling", 15, r"不是(?:做|干)?[^,。!?;]{0,5}的料", _X),
    (
        "labeling",
        20,
        _en(
            rf"{_NOT_REPORTED}{_I_AM}(?: just| such| a total| so| really| completely| totally"
            rf"| an absolute| the biggest| a complete)*(?: an?)? {_EN_SELF_LABEL}"
        ),
        _N,
    ),
    (
        "labeling",
        20,
        _en(
            r"(?:he|she|they|this customer|that customer|the customer|this guy|that guy|this woman"
            r"|that woman|my (?:boss|manager|supervisor)|customers|callers)(?:'s|'re| is| are)"
            r"(?: such| a total| an absolute| just| completely| totally| so| a complete)*"
            rf"(?: an?)? "
            rf"{_EN_OTHER_LABEL}"
        ),
        _N,
    ),
    (
        "labeling",
        10,
        _en(
            r"idiots?|morons?|psychos?|lunatics?|losers?|jerks?|nutcases?|maniacs?|imbeciles?"
            r"|(?:a|such a|total|complete) failure"
        ),
        _N,
    ),
    (
        "labeling",
        20,
        _en(
            rf"{_I_AM} (?:a|an|such a|the) (?:terrible|awful|horrible|useless|bad|lousy|hopeless"
            r"|pathetic|crap|rubbish|worst) (?:agent|person|employee|worker|colleague|rep)"
        ),
        _N,
    ),
    ("labeling", 8, _en(r"feel like (?:a|an|such a) (?:failure|fraud|idiot|loser|burden)"), _N),
    # --- should statements ("应该"思维) ---------------------------------------------------------
    ("should_statements", 12, r"不应该|不该|本该|本应|本来就?应该|早该|理应|就该|应当", _X),
    (
        "should_statements",
        10,
        r"应该(?<!物流应该)(?<!快递应该)(?<!包裹应该)(?<!退款应该)(?<!货应该)(?<!系统应该)"
        r"(?<!订单应该)(?<!钱应该)(?<!款应该)(?<!它应该)(?!会|不会|是|没|能|可以|快|已经|在|到|差不多|来得及|也|还|就|有|明天|今天|马上|很快|下午|晚上"
        r"|后天|今晚)(?![^,。!?;]*吧)",
        _N,
    ),
    (
        "should_statements",
        5,
        r"我(?:真的|本来|就|都)?应该(?!会|不会|是|没|能|可以|已经|在|也|还|有)",
        _N,
    ),
    ("should_statements", 12, r"必须|务必|非得|非要", _N),
    ("should_statements", 12, r"不能(?:有)?(?:情绪|脾气|抱怨|哭|发火|生气)", _X),
    ("should_statements", 8, r"一定要", _N),
    (
        "should_statements",
        15,
        r"(?:不能|绝不能|不允许自己?|不可以|不许)(?:再)?(?:出错|犯错|有差错|失误|出任何|出一点)",
        _X,
    ),
    ("should_statements", 12, r"做到完美|十全十美", _N),
    ("should_statements", 6, r"完美", _N),
    (
        "should_statements",
        12,
        _en(
            r"(?:i|we|they|he|she|you|customers?|people|agents?|everyone|my (?:boss|manager|"
            r"supervisor|lead)) (?:really |just )?(?:should|shouldn't|should've|ought to|must"
            r"(?! have| be | think| hate| know)|mustn't)"
        ),
        _N,
    ),
    ("should_statements", 12, _en(rf"(?:{_I_AM}|we're|we are) supposed to"), _N),
    ("should_statements", 10, _en(r"(?:be|being) perfect|shouldn't have to"), _N),
    (
        "should_statements",
        15,
        _en(r"(?:have to|has to|need to|needs to|must|got to|gotta) be perfect"),
        _N,
    ),
    (
        "should_statements",
        15,
        _en(
            r"(?:can'?t|cannot|must not|mustn't|not allowed to) (?:ever )?"
            r"(?:make|afford to make|afford) (?:a |any |even one )?(?:single )?mistakes?"
        ),
        _X,
    ),
    ("should_statements", 5, _en(r"should|supposed to"), _N),
    # --- emotional reasoning (情绪化推理) -------------------------------------------------------
    (
        "emotional_reasoning",
        18,
        r"我(?:心里)?(?:觉得|感觉|感到)(?:自己)?(?:很|好|特别|非常|太|这么|有点|挺|真)?"
        + _CN_FEEL
        + r"[^。!?;]{0,15}?(?:所以|因此|说明|看来|证明|可见|那就|那肯定|肯定|一定)",
        _N,
    ),
    (
        "emotional_reasoning",
        18,
        r"(?:既然|因为)我(?:这么|很|好|特别|如此)?(?:害怕|紧张|焦虑|难受|慌|不安|内疚|愧疚|心虚|委屈|丢人)"
        r"[^。!?;]{0,10}?(?:说明|证明|肯定|一定|看来)",
        _N,
    ),
    (
        "emotional_reasoning",
        15,
        r"心里(?:发慌|没底|不踏实|七上八下|发毛|不安)[^。!?;]{0,10}?(?:肯定|一定|说明)|直觉告诉我|第六感",
        _N,
    ),
    (
        "emotional_reasoning",
        18,
        _en(
            r"i (?:feel|felt|'m feeling|am feeling)[^.!?;]{0,40}?"
            r"(?:so|which means|that means|it means|therefore|must mean|proves?|means)(?: that)? "
            r"(?:i'?m|i am|i must|i really am|it must|it is|it's|this is|that's|something|they"
            r"|he|she|the customer|everyone|i'll (?:never"
            r"|fail|get fired)|i'm going to (?:fail|get fired))"
        ),
        _N,
    ),
    (
        "emotional_reasoning",
        18,
        _en(
            r"(?:anxious|nervous|scared|worried|uneasy|guilty|bad|stupid|awful)[^.!?]{0,25}?"
            r"(?:(?:something|this|it|i|that) (?:must|has to) (?:be|have|mean)"
            r"|(?:which|that|it) means (?:that )?(?:this|it|the|i|something|they|he|she)"
            r"|so something (?:bad |terrible |awful )?(?:is going to|will|must))"
        ),
        _N,
    ),
    ("emotional_reasoning", 15, _en(r"my gut (?:says|tells me|is telling me)|gut feeling"), _N),
    (
        "emotional_reasoning",
        8,
        _en(r"feel like (?:a|an|such a) (?:failure|fraud|idiot|loser|burden)"),
        _N,
    ),
    # --- fortune telling (预言未来) -------------------------------------------------------------
    ("fortune_telling", 12, r"(?:肯定|注定|必然|铁定|迟早|早晚)(?:还|又|也|都|还是)?(?:会|要)", _N),
    ("fortune_telling", 12, r"(?:一定|绝对)(?:还|又|也|都)?会", _N),
    ("fortune_telling", 10, r"注定", _N),
    (
        "fortune_telling",
        12,
        r"(?:肯定|一定|注定|铁定)(?:过不了|好不了|做不好|搞不定|完成不了|达不了标|没戏|没希望)"
        r"|(?:肯定|一定)不会(?:满意|原谅|理解|好|成功|通过|给好评|放过|有好结果)",
        _N,
    ),
    (
        "fortune_telling",
        10,
        r"(?:明天|下次|以后|下周|等会儿?|待会儿?|接下来|下一个|下一通)(?:肯定|一定)?(?:还|又|也|都)会",
        _N,
    ),
    ("fortune_telling", 10, r"不会有?好(?:结果|下场)|预感|没戏|没希望了", _N),
    (
        "fortune_telling",
        12,
        r"(?:明天|下次|下一个|下一通|以后|待会儿?|等会儿?)[^,。!?;]{0,6}?(?:肯定|一定|注定|铁定)(?:又|还)?"
        r"(?:会|要|是)",
        _N,
    ),
    ("fortune_telling", 12, r"只要[^。!?;]{0,10}?就(?:会|要)|(?:就|又|还)会(?:把我|让我|拿我)", _N),
    ("fortune_telling", 6, r"(?:要|会)被(?:骂|投诉|扣钱|扣绩效|批评|差评|罚)", _N),
    (
        "fortune_telling",
        12,
        _en(
            r"(?:will|'ll|is|are|'s|'re|am|i'm) (?:definitely|surely|certainly|totally) "
            r"(?:going to |gonna )?(?:be|get|fail|go|complain|yell|leave|hate|blow|end|escalate"
            r"|report|mess|screw|lose)|bound to|doomed to|destined to"
            r"|going to (?:go|end) (?:badly|wrong)"
        ),
        _N,
    ),
    (
        "fortune_telling",
        15,
        _en(
            r"i (?:just )?know (?:it|this|they|he|she|the customer|tomorrow|the next \w+|my \w+)"
            r"[^.!?;]{0,20}?(?:will|'ll|is going to|are going to|won't|gonna)"
        ),
        _N,
    ),
    (
        "fortune_telling",
        12,
        _en(
            r"(?:tomorrow|the next (?:one|call|customer|shift)|next time|next week)[^.!?;]{0,20}?"
            r"(?:'ll| will| is going to| is gonna|'s going to)(?: be)? (?:just as |even |a |an )?"
            r"(?:bad|worse|awful|terrible|the same|another|nightmare|disaster|hell)"
        ),
        _N,
    ),
    (
        "fortune_telling",
        12,
        _en(r"(?:will|'ll|is going to|'s going to|is gonna) go (?:wrong|badly)"),
        _N,
    ),
    ("fortune_telling", 10, _en(r"will never (?:get|be|work|change|improve|pass|hit|make)"), _N),
    (
        "fortune_telling",
        10,
        _en(
            r"(?:won't|will not|isn't going to|is not going to|never going to) (?:work|help|go well"
            r"|get better|change|pass|improve|listen|be happy|be satisfied|forgive)"
        ),
        _N,
    ),
    (
        "fortune_telling",
        10,
        _en(
            r"(?:gonna|going to|will|'ll) (?:get|be) (?:yelled at|shouted at|written up|told off"
            r"|complained about|reported|a bad review|bad reviews|another complaint|a complaint"
            r"|escalated)"
        ),
        _N,
    ),
)

# Predictions are cancelled by a wider negation too (不会/不至于/不一定… shortly before).
_WIDE_NEGATION = frozenset({"catastrophizing", "fortune_telling"})

_CUES: tuple[_Cue, ...] = tuple(
    _Cue(
        code,
        weight,
        re.compile(pattern.removeprefix(_LATIN_MARK)),
        pattern.startswith(_LATIN_MARK),
        _W if negation == _N and code in _WIDE_NEGATION else negation,
    )
    for code, weight, pattern, negation in _RAW_CUES
)
_HAS_CJK = re.compile(f"[{_CJK}]")
_HAS_LATIN = re.compile("[a-z]")


def _negated(text: str, start: int, boundaries: list[int], negation: int) -> bool:
    """Whether a negation ends right before `start` (or, if `negation` is _W, comes shortly
    before it) in the same clause."""
    index = bisect_right(boundaries, start - 1)
    clause_start = boundaries[index - 1] + 1 if index else 0
    prefix = text[max(clause_start, start - 40) : start]
    if _NEG_CJK.search(prefix) or _NEG_EN.search(prefix):
        return True
    return negation == _W and _NEG_CJK_WIDE.search(prefix[-15:]) is not None


def suggest_distortions(text: str) -> list[str]:
    """Distortion codes that may fit `text`, most likely first; empty when nothing fits.

    Pure and deterministic. The codes are those of `CODES`; see the module docstring for how
    they are found and what the suggestion cannot do.
    """
    norm = _normalise(text)
    if not norm:
        return []
    boundaries = [match.start() for match in _BOUNDARY.finditer(norm)]
    has_latin = _HAS_LATIN.search(norm) is not None
    has_cjk = _HAS_CJK.search(norm) is not None
    scores: dict[str, int] = {}
    for cue in _CUES:
        if not (has_latin if cue.latin else has_cjk):
            continue
        for match in cue.pattern.finditer(norm):
            start = match.start()
            if cue.latin and start and norm[start - 1] in _WORD_CHARS:
                continue
            if cue.negation and _negated(norm, start, boundaries, cue.negation):
                continue
            scores[cue.code] = scores.get(cue.code, 0) + cue.weight
            break
    found = [code for code, score in scores.items() if score >= THRESHOLD]
    found.sort(key=lambda code: (-scores[code], _RANK[code]))
    return found
