"""The cues of the other distortions: mind reading (读心术), overgeneralisation (以偏概全),
labelling (贴标签), should statements ("应该"思维), emotional reasoning (情绪化推理) and fortune
telling (预言未来).

Each cue is (code, weight in tenths, pattern, negation): `N` a negation right before it cancels
it, `X` it carries its own negation and is never cancelled.
"""

from __future__ import annotations

from companion.domain.reframing.phrases import (
    CN_FEEL,
    CN_LABEL,
    CN_OTHERS,
    CN_PEOPLE,
    EN_OTHER_LABEL,
    EN_OTHERS,
    EN_SELF_LABEL,
    I_AM,
    NOT_REPORTED,
    en,
)
from companion.domain.reframing.text import N, X

SECONDARY_CUES: tuple[tuple[str, int, str, int], ...] = (
    # --- mind reading (读心术) ------------------------------------------------------------------
    (
        "mind_reading",
        15,
        CN_OTHERS + r"(?:们)?(?:肯定|一定|准是|绝对|八成|心里|估计|多半|都|一定是|肯定是|是不是)+"
        r"(?:在)?(?:觉得|认为|在想|以为|看不起|瞧不起|嫌弃|讨厌|烦|笑话|嘲笑|笑|嫌|骂|对我)",
        N,
    ),
    ("mind_reading", 12, CN_OTHERS + r"(?:们)?(?:觉得|认为|以为)我(?!们)", N),
    (
        "mind_reading",
        10,
        r"(?:看不起|瞧不起|嫌弃|讨厌|笑话|嘲笑|看扁)我(?!们)|对我(?:很|特别)?失望",
        N,
    ),
    (
        "mind_reading",
        12,
        r"(?:明显|分明|摆明了?|肯定|一定)是?在?(?:说|骂|嫌|笑|暗示|讽刺)我(?!们)"
        r"|在(?:说|骂|嫌|笑|暗示|讽刺)我(?:笨|蠢|傻|慢|没用|不专业|不行)",
        N,
    ),
    ("mind_reading", 12, r"(?:在)?背后(?:说|议论|笑|骂|嘲笑)|心里(?:肯定|一定)", N),
    (
        "mind_reading",
        15,
        en(
            EN_OTHERS + r" (?:must|probably|definitely|surely|obviously|clearly|certainly)"
            r"(?: be)? (?:think|thinks|thinking|hate|hates|believe|believes|see|sees|know|knows"
            r"|judging|laughing)"
        ),
        N,
    ),
    (
        "mind_reading",
        12,
        en(
            EN_OTHERS + r"(?: [a-z]+){0,3}?(?:'ll| will)?(?: all)? (?:thinks?|thought|believes?"
            r"|sees?|considers?|finds?) (?:that )?"
            r"(?:i'?m|i am|i(?![a-z'])|me (?:as|so|too|a|an))"
        ),
        N,
    ),
    (
        "mind_reading",
        15,
        en(r"i (?:bet|just know|know) " + EN_OTHERS + r" (?:thinks?|thought|hates?)"),
        N,
    ),
    (
        "mind_reading",
        12,
        en(
            r"(?:judging|laughing at|talking about|looking down on|look down on|looks down on) me"
            r"|behind my back|can tell (?:i'?m|i am|that i)"
        ),
        N,
    ),
    (
        "mind_reading",
        10,
        en(
            r"(?:hates?|despises?) me|disappointed in me|what (?:they|he|she|everyone) "
            r"(?:must )?thinks? of me"
        ),
        N,
    ),
    # --- overgeneralisation (以偏概全) ----------------------------------------------------------
    ("overgeneralization", 15, r"又是这样|又这样|又来这套", N),
    ("overgeneralization", 6, r"又来了", N),
    ("overgeneralization", 10, r"(?:总是|老是|每次都|永远|一直)(?:是)?这(?:样|德行|个样)", N),
    ("overgeneralization", 15, r"(?:都|全)一个(?:样|德行)|一个德行|都一样", N),
    ("overgeneralization", 15, en(r"(?:are|is) (?:all )?the same|all the same|all alike"), N),
    ("overgeneralization", 12, r"每个" + CN_PEOPLE + r"都?", N),
    ("overgeneralization", 10, r"所有的?(?:客户|顾客|买家|用户)", N),
    ("overgeneralization", 12, r"所有的?人(?!面前)|人人都|谁都", N),
    ("overgeneralization", 6, r"大家都|都(?:是)?这(?:样|德行|个样)", N),
    (
        "overgeneralization",
        15,
        r"什么事?都(?:做|干|办|搞|处理)?不(?:好|成|对)|啥都(?:做|干)?不(?:好|行)|一件事都",
        N,
    ),
    (
        "overgeneralization",
        12,
        r"(?:这种|这类|这些|这帮|这群)" + CN_PEOPLE + r"(?:都|全|就是|总)",
        N,
    ),
    (
        "overgeneralization",
        10,
        r"(?<!所有)(?<!所有的)(?<!每个)(?:客户|顾客|买家|用户)们?都(?:是|一样|这样|不讲理|爱|喜欢|只会|想|没|不|很难|难|自私)",
        N,
    ),
    ("overgeneralization", 15, r"一次[^。!?;]{0,12}就(?:说明|证明|代表|意味着)", N),
    (
        "overgeneralization",
        12,
        r"(?:说明|证明)我(?:就是)?(?:不行|不适合|干不了|做不好|不是这块料)",
        N,
    ),
    ("overgeneralization", 5, r"又(?:被|搞砸|出错|犯错|挨骂|挨批|是差评|来一个|一个)", N),
    (
        "overgeneralization",
        15,
        en(r"here we go again|again and again|same thing every (?:day|time|shift)"),
        N,
    ),
    (
        "overgeneralization",
        12,
        en(r"every (?:single )?(?:customer|caller|client|buyer|call|person)"),
        N,
    ),
    (
        "overgeneralization",
        12,
        en(
            r"(?:customers|callers|clients|buyers|people) (?:are|like (?:this|that|him|her)) "
            r"(?:are )?all|all (?:the |these )?(?:customers|callers|clients|buyers) are"
            r"|(?:these|such) (?:people|customers|callers) (?:are|always)"
        ),
        N,
    ),
    (
        "overgeneralization",
        10,
        en(r"all (?:the |these |of the )?(?:customers|callers|clients|buyers)"),
        N,
    ),
    (
        "overgeneralization",
        15,
        en(
            r"(?:i )?can'?t do anything right|nothing (?:ever )?goes right"
            r"|everything (?:always )?goes wrong|i get everything wrong"
        ),
        X,
    ),
    (
        "overgeneralization",
        8,
        en(r"everyone|everybody|no one|nobody|this always happens|typical"),
        N,
    ),
    ("overgeneralization", 5, en(r"again"), N),
    # --- labelling (贴标签) ----------------------------------------------------------------------
    ("labeling", 12, CN_LABEL, N),
    ("labeling", 8, r"是(?:个|一个)?" + CN_LABEL + r"|是(?:个|一个)?垃圾", N),
    (
        "labeling",
        15,
        r"我(?:真|真的|太|好|就是个|简直|果然)(?:是个)?(?:笨|蠢|傻|无能|废|差劲|没出息)",
        N,
    ),
    (
        "labeling",
        15,
        r"我(?:就|真|根本|简直)?是(?:个|一个)(?:没用|失败|差劲|糟糕|不称职|多余|只会[^,。!?;]{0,8}?)的",
        N,
    ),
    ("labeling", 15, r"不是(?:做|干)?[^,。!?;]{0,5}的料", X),
    (
        "labeling",
        20,
        en(
            rf"{NOT_REPORTED}{I_AM}(?: just| such| a total| so| really| completely| totally"
            rf"| an absolute| the biggest| a complete)*(?: an?)? {EN_SELF_LABEL}"
        ),
        N,
    ),
    (
        "labeling",
        20,
        en(
            r"(?:he|she|they|this customer|that customer|the customer|this guy|that guy|this woman"
            r"|that woman|my (?:boss|manager|supervisor)|customers|callers)(?:'s|'re| is| are)"
            r"(?: such| a total| an absolute| just| completely| totally| so| a complete)*"
            rf"(?: an?)? "
            rf"{EN_OTHER_LABEL}"
        ),
        N,
    ),
    (
        "labeling",
        10,
        en(
            r"idiots?|morons?|psychos?|lunatics?|losers?|jerks?|nutcases?|maniacs?|imbeciles?"
            r"|(?:a|such a|total|complete) failure"
        ),
        N,
    ),
    (
        "labeling",
        20,
        en(
            rf"{I_AM} (?:a|an|such a|the) (?:terrible|awful|horrible|useless|bad|lousy|hopeless"
            r"|pathetic|crap|rubbish|worst) (?:agent|person|employee|worker|colleague|rep)"
        ),
        N,
    ),
    ("labeling", 8, en(r"feel like (?:a|an|such a) (?:failure|fraud|idiot|loser|burden)"), N),
    # --- should statements ("应该"思维) ---------------------------------------------------------
    ("should_statements", 12, r"不应该|不该|本该|(?<!根)本应|本来就?应该|早该|理应|就该|应当", X),
    (
        "should_statements",
        10,
        r"应该(?<!物流应该)(?<!快递应该)(?<!包裹应该)(?<!退款应该)(?<!货应该)(?<!系统应该)"
        r"(?<!订单应该)(?<!钱应该)(?<!款应该)(?<!它应该)(?!会|不会|是|没|能|可以|快|已经|在|到|差不多|来得及|也|还|就|有|明天|今天|马上|很快|下午|晚上|觉得|认为|以为"
        r"|后天|今晚)(?![^,。!?;]*吧)",
        N,
    ),
    (
        "should_statements",
        5,
        r"我(?:真的|本来|就|都)?应该(?!会|不会|是|没|能|可以|已经|在|也|还|有)",
        N,
    ),
    # 必须先核实身份才能改地址 is a procedure, not a rule for oneself.
    ("should_statements", 12, r"(?:必须|务必|非得|非要)(?![^,。!?;]{0,12}?才(?:能|可以))", N),
    ("should_statements", 12, r"不能(?:有)?(?:情绪|脾气|抱怨|哭|发火|生气)", X),
    ("should_statements", 8, r"一定要", N),
    (
        "should_statements",
        15,
        r"(?:不能|绝不能|不允许自己?|不可以|不许)(?:再)?(?:出错|犯错|有差错|失误|出任何|出一点)",
        X,
    ),
    ("should_statements", 12, r"做到完美|十全十美", N),
    ("should_statements", 6, r"完美", N),
    (
        "should_statements",
        12,
        en(
            r"(?:i|we|they|he|she|you|customers?|people|agents?|everyone|my (?:boss|manager|"
            r"supervisor|lead)) (?:really |just )?(?:should|shouldn't|should've|ought to|must"
            r"(?!'ve| have| be(?![a-z])| not be| think| hate| know| verify| check| confirm| ask"
            r"| follow| log| get (?:approval|sign-off))|mustn't)"
        ),
        N,
    ),
    ("should_statements", 12, en(rf"(?:{I_AM}|we're|we are) supposed to"), N),
    ("should_statements", 10, en(r"(?:be|being) perfect|shouldn't have to"), N),
    (
        "should_statements",
        15,
        en(r"(?:have to|has to|need to|needs to|must|got to|gotta) be perfect"),
        N,
    ),
    (
        "should_statements",
        15,
        en(
            r"(?:can'?t|cannot|must not|mustn't|not allowed to) (?:ever )?"
            r"(?:make|afford to make|afford) (?:a |any |even one )?(?:single )?mistakes?"
        ),
        X,
    ),
    ("should_statements", 5, en(r"should|supposed to"), N),
    # --- emotional reasoning (情绪化推理) -------------------------------------------------------
    (
        "emotional_reasoning",
        18,
        r"我(?:心里)?(?:觉得|感觉|感到)(?:自己)?(?:很|好|特别|非常|太|这么|有点|挺|真)?"
        + CN_FEEL
        + r"[^。!?;]{0,15}?(?:所以|因此|说明|看来|证明|可见|那就|那肯定|肯定|一定)",
        N,
    ),
    (
        "emotional_reasoning",
        18,
        r"(?:既然|因为)我(?:这么|很|好|特别|如此)?(?:害怕|紧张|焦虑|难受|慌|不安|内疚|愧疚|心虚|委屈|丢人)"
        r"[^。!?;]{0,10}?(?:说明|证明|肯定|一定|看来)",
        N,
    ),
    (
        "emotional_reasoning",
        15,
        r"心里(?:发慌|没底|不踏实|七上八下|发毛|不安)[^。!?;]{0,10}?(?:肯定|一定|说明)|直觉告诉我|第六感",
        N,
    ),
    (
        "emotional_reasoning",
        18,
        en(
            r"i (?:feel|felt|'m feeling|am feeling)[^.!?;]{0,40}?"
            r"(?:so|which means|that means|it means|therefore|must mean|proves?|means)(?: that)? "
            r"(?:i'?m|i am|i must|i really am|it must|it is|it's|this is|that's|something|they"
            r"|he|she|the customer|everyone|i'll (?:never"
            r"|fail|get fired)|i'm going to (?:fail|get fired))"
        ),
        N,
    ),
    (
        "emotional_reasoning",
        18,
        en(
            r"(?:anxious|nervous|scared|worried|uneasy|guilty|bad|stupid|awful)[^.!?]{0,25}?"
            r"(?:(?:something|this|it|i|that) (?:must|has to) (?:be|have|mean)"
            r"|(?:which|that|it) means (?:that )?(?:this|it|the|i|something|they|he|she)"
            r"|so something (?:bad |terrible |awful )?(?:is going to|will|must))"
        ),
        N,
    ),
    ("emotional_reasoning", 15, en(r"my gut (?:says|tells me|is telling me)|gut feeling"), N),
    (
        "emotional_reasoning",
        8,
        en(r"feel like (?:a|an|such a) (?:failure|fraud|idiot|loser|burden)"),
        N,
    ),
    # --- fortune telling (预言未来) -------------------------------------------------------------
    ("fortune_telling", 12, r"(?:肯定|注定|必然|铁定|迟早|早晚)(?:还|又|也|都|还是)?(?:会|要)", N),
    ("fortune_telling", 12, r"(?:一定|绝对)(?:还|又|也|都)?会", N),
    ("fortune_telling", 10, r"注定", N),
    (
        "fortune_telling",
        12,
        r"(?:肯定|一定|注定|铁定)(?:过不了|好不了|做不好|搞不定|完成不了|达不了标|没戏|没希望)"
        r"|(?:肯定|一定)不会(?:满意|原谅|理解|好|成功|通过|给好评|放过|有好结果)",
        N,
    ),
    (
        "fortune_telling",
        10,
        r"(?:明天|下次|以后|下周|等会儿?|待会儿?|接下来|下一个|下一通)(?:肯定|一定)?(?:还|又|也|都)会",
        N,
    ),
    ("fortune_telling", 10, r"不会有?好(?:结果|下场)|预感|没戏|没希望了", N),
    (
        "fortune_telling",
        12,
        r"(?:明天|下次|下一个|下一通|以后|待会儿?|等会儿?)[^,。!?;]{0,6}?(?:肯定|一定|注定|铁定)(?:又|还)?"
        r"(?:会|要|是)",
        N,
    ),
    ("fortune_telling", 12, r"只要[^。!?;]{0,10}?就(?:会|要)|(?:就|又|还)会(?:把我|让我|拿我)", N),
    ("fortune_telling", 6, r"(?:要|会)被(?:骂|投诉|扣钱|扣绩效|批评|差评|罚)", N),
    (
        "fortune_telling",
        12,
        en(
            r"(?:will|'ll|is|are|'s|'re|am|i'm) (?:definitely|surely|certainly|totally) "
            r"(?:going to |gonna )?(?:be|get|fail|go|complain|yell|leave|hate|blow|end|escalate"
            r"|report|mess|screw|lose)|bound to|doomed to|destined to"
            r"|going to (?:go|end) (?:badly|wrong)"
        ),
        N,
    ),
    (
        "fortune_telling",
        15,
        en(
            r"i (?:just )?know (?:it|this|they|he|she|the customer|tomorrow|the next \w+|my \w+)"
            r"[^.!?;]{0,20}?(?:will|'ll|is going to|are going to|won't|gonna)"
        ),
        N,
    ),
    (
        "fortune_telling",
        12,
        en(
            r"(?:tomorrow|the next (?:one|call|customer|shift)|next time|next week)[^.!?;]{0,20}?"
            r"(?:'ll| will| is going to| is gonna|'s going to)(?: be)? (?:just as |even |a |an )?"
            r"(?:bad|worse|awful|terrible|the same|another|nightmare|disaster|hell)"
        ),
        N,
    ),
    (
        "fortune_telling",
        12,
        en(r"(?:will|'ll|is going to|'s going to|is gonna) go (?:wrong|badly)"),
        N,
    ),
    ("fortune_telling", 10, en(r"will never (?:get|be|work|change|improve|pass|hit|make)"), N),
    (
        "fortune_telling",
        10,
        en(
            r"(?:won't|will not|isn't going to|is not going to|never going to) (?:work|help|go well"
            r"|get better|change|pass|improve|listen|be happy|be satisfied|forgive)"
        ),
        N,
    ),
    (
        "fortune_telling",
        10,
        en(
            r"(?:gonna|going to|will|'ll) (?:get|be) (?:yelled at|shouted at|written up|told off"
            r"|complained about|reported|a bad review|bad reviews|another complaint|a complaint"
            r"|escalated)"
        ),
        N,
    ),
)
