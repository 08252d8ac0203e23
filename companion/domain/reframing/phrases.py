"""The building blocks of the cue tables: `en` (an English phrase with letter boundaries that
also hold next to Chinese characters), the start of a clause, and phrases several cues share
(others, labels, feelings)."""

from __future__ import annotations

import re

from companion.domain.reframing.text import BOUNDARY_CHARS

LATIN_MARK = "\x00latin"
WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def en(pattern: str) -> str:
    """An English phrase with letter boundaries that also hold next to Chinese characters.

    The left boundary is checked in `suggest_distortions` rather than with a look-behind: a
    pattern that starts with a look-behind is searched noticeably more slowly.
    """
    return rf"{LATIN_MARK}(?:{pattern})(?![a-z0-9])"


# Clause start, for cues such as 完了 that only mean "doomed" at the start of a clause.
START = r"(?<![^" + re.escape(BOUNDARY_CHARS) + r" ])"

I_AM = r"(?:i'?m|i am)"
CN_PEOPLE = r"(?:客户|顾客|买家|卖家|人|同事|主管|领导|组长|用户)"
CN_OTHERS = (
    r"(?:他们|她们|他|她|客户|顾客|买家|主管|组长|领导|经理|同事|老板|大家|对方|别人|质检|班长|人家"
    r"|用户|qa)"
)
CN_LABEL = (
    r"(?:废物|失败者|窝囊废|蠢货|白痴|笨蛋|蠢材|饭桶|废柴|神经病|疯子|奇葩|刁民|泼妇|无赖|混蛋|变态"
    r"|杠精|巨婴|戏精|极品|事儿精|事精|傻子|傻瓜|傻[逼bx]|loser|累赘|拖油瓶)"
)
CN_FEEL = (
    r"(?:笨|蠢|没用|差劲|很差|糟糕|糟|不安|心慌|慌|害怕|紧张|焦虑|心虚|委屈|难受|不对劲|失败|不行|丢人"
    r"|内疚|愧疚|不踏实|没底|无能|自卑|不好)"
)
EN_OTHERS = (
    r"(?:he|she|they|the customers?|this customer|that customer|customers|my (?:boss|manager|"
    r"supervisor|team ?lead|lead|colleagues|coworkers|co-workers|teammates)|the (?:boss|manager|"
    r"supervisor|qa team|quality team|team ?lead)|everyone|everybody|people|the team|my team)"
)
EN_SELF_LABEL = (
    r"(?:idiot|failure|loser|moron|useless|stupid|incompetent|joke|fraud|dumb|worthless|hopeless"
    r"|pathetic|waste of space|screw-?up|disgrace|the worst)"
)
# "I'm useless" in "she thinks I'm useless" is someone else's supposed thought (mind reading).
NOT_REPORTED = r"(?<!think )(?<!thinks )(?<!thought )(?<!believes )(?<!that )"
EN_OTHER_LABEL = (
    r"(?:idiots?|psychos?|lunatics?|crazy|jerks?|nutcases?|nuts?|maniacs?|morons?|monsters?"
    r"|trolls?|karens?|clowns?|animals|savages?|brats?|nightmares?|lunatic)"
)

# A feeling of one's own, in emotional reasoning ("I feel X, so X is so").
CN_INNER = (
    r"(?:慌|紧张|焦虑|委屈|内疚|愧疚|害怕|怕|不安|心虚|丢人|丢脸|难受|烦躁|心烦|烦|不踏实|没底|七上八下"
    r"|胸口发紧|手(?:都)?在?抖|不对劲|没用|笨|失败|被冒犯|不祥|发慌|发毛|担心|失望|难堪|尴尬"
    r"|心跳(?:得很快|加速|得厉害)|手心出汗|乱|慌乱|烦乱|挫败|沮丧|憋屈|郁闷)"
)
EN_INNER = (
    r"(?:nervous|anxious|scared|worried|uneasy|guilty|bad|stupid|awful|sick|dread(?:ing)?"
    r"|embarrassed|humiliated|ashamed|stressed|on edge|useless|attacked|hard done by|panicky|tense"
    r"|awkward|disappointed|a knot in my stomach|butterflies|a bad feeling|irritated|annoyed"
    r"|angry|upset|frustrated"
    r"|(?:a )?(?:sense|feeling) of (?:unease|dread|doom|panic)|like a failure|like an idiot"
    r"|everyone's against me|like everyone)"
)

# Someone else's supposed thought ("she thinks I'm useless"), but "I think I'm useless" and "so
# slow that I'm the weak link" are one's own.
SELF_NOT_REPORTED = (
    r"(?<!thinks )(?<!thought )(?<!believes )(?<!they think )(?<!people think )(?<!you think )"
    r"(?<!all think )(?<!everyone thinks )"
)
