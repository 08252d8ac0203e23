"""More cues for the other codes (mind reading, overgeneralising, labelling, "should"
statements, emotional reasoning, fortune telling), grown from the tuning part of the labelled set:
see `grown_primary` for how, and for what never belongs here (self-harm and crisis words).
"""

from __future__ import annotations

from companion.domain.reframing.phrases import (
    CN_INNER,
    EN_INNER,
    EN_SELF_LABEL,
    I_AM,
    SELF_NOT_REPORTED,
    en,
)
from companion.domain.reframing.text import N, X

# Someone whose mind is being read (Chinese), and an English future ("he'll", "is going to").
_CN_THEY = r"(?:他|她|他们|她们|客户|买家|主管|组长|领导|经理|同事|老师|质检|大家|对方|别人)"
_EN_WILL = (
    r"(?:will|'ll|is going to|'s going to|are going to|'re going to|'m going to|am going to"
    r"|gonna)"
)
# The same with an adverb inside ("is still going to", "'ll definitely").
_EN_FUTURE = (
    r"(?:'ll| will|(?:'s| is|'re| are|'m| am) (?:still |just |probably |surely |definitely )?"
    r"(?:going to|gonna)| gonna)(?: (?:still|just|probably|surely|definitely|only|even|all))?"
)

_MIND_READING: tuple[tuple[str, int, str, int], ...] = (
    # A judgement of me read into a silence or a look (就是觉得我, 她其实认为我, 估计在想我).
    (
        "mind_reading",
        15,
        r"(?<![我己])(?:是|就是|肯定|一定|明显|分明|估计|八成|多半|应该|早就|其实|心里|会)(?:是|在)?"
        r"(?:觉得|认为|认定|以为|嫌|在想)我(?!们)",
        N,
    ),
    (
        "mind_reading",
        15,
        _CN_THEY + r"[^,。!?;我]{0,8}?(?P<at>)(?:觉得|认为|认定|以为|嫌)我(?!们)",
        N,
    ),
    (
        "mind_reading",
        12,
        r"(?:嫌|瞧不上|看不上|盯上|不信任|议论|嫌弃|怀疑|不喜欢|看不惯)我(?!们)|带着偏见|有偏见"
        r"|(?:把|当)我当?(?:成)?(?:傻子|骗子|出气筒|机器)|等着看我|看我(?:的)?笑话|存心|巴不得"
        r"|对我有意见",
        N,
    ),
    ("mind_reading", 18, r"心里(?:在)?(?:骂|笑|想|嫌|怪)|言下之意(?:就是|是)?|话里有话", N),
    # A guess told as knowledge about an attitude (明显看不起, 肯定对我有看法, 估计都知道我).
    (
        "mind_reading",
        15,
        r"(?:肯定|一定|估计|八成|多半|明显|分明|摆明了?|准是|显然|早就){1,2}(?:都|是|也)?(?:在)?"
        r"(?:看不起|瞧不起|瞧不上|看不上|嫌弃|讨厌|不满|对我有|有看法|有意见"
        r"|想(?:换掉|开除|辞退|赶走|踢掉)我|知道我|在笑|在骂|在议论|不信|怀疑|存心|故意)",
        N,
    ),
    (
        "mind_reading",
        12,
        r"白了我一眼|翻白眼|阴阳怪气|暗示我|给我穿小鞋|挑我(?:的)?刺|(?:想|就是想|故意)(?:看我|让我)"
        r"(?:出丑|难堪|出错)|(?:肯定|一定|绝对|估计|八成)(?:很|是|对我)?(?:烦|讨厌|看不起|不满|失望)我?",
        N,
    ),
    (
        "mind_reading",
        15,
        en(
            r"(?:rolls?|rolled) (?:her|his|their) eyes|(?:sees?|saw) right through me"
            r"|regrets? hiring me|lost faith in me|(?:is|'s|are|'re) (?:probably |obviously "
            r"|clearly |definitely )?(?:annoyed|fed up|frustrated|unhappy|irritated) with me"
            r"|(?:trying|waiting) to catch me out|waiting for me to (?:slip|mess|fail)"
            r"|looks? at me like|(?:gave|giving|gives) me (?:a|that) look"
            r"|(?:they|everyone|she|he) (?:all )?knows? (?:that )?i'?m"
            r"|(?:obviously|clearly|definitely|probably) (?:not happy|unhappy|annoyed|upset|fed up"
            r"|angry) with me|(?:got|has|have) (?:a|an) (?:problem|issue) with me"
            r"|(?:wants?|wanting|wanted) to (?:replace|fire|get rid of|sack|push out) me"
            r"|(?:they|everyone|everybody|people) (?:all )?know about"
            r"|(?:she|he|they)(?:'s|'re| is| are) (?:cross|mad) (?:with|at) me"
            r"|(?:can|could) tell (?:she|he|they)|(?:she|he|they) (?:doesn't|don't|didn't)"
            r" (?:think|believe) (?:that )?i"
        ),
        N,
    ),
    (
        "mind_reading",
        15,
        en(
            r"(?!i |me )(?:he|she|they|[a-z]+) (?:is|'s|are|'re) (?:sure|convinced|certain)"
            r" (?:that )?i"
            r"(?![a-z])|(?:he|she|they) (?:meant|was saying|was implying|implied) (?:that )?i"
            r"(?![a-z])|secretly (?:thinks?|finds?|believes?|hates?|judges?)"
            r"|(?:he|she|they) (?:secretly )?finds? (?:me|my) "
        ),
        N,
    ),
    (
        "mind_reading",
        15,
        en(
            r"(?:obviously|clearly|must be|probably|definitely|so|just) (?:sick of|tired of"
            r"|fed up with|annoyed (?:with|at|by)|bored of|done with) (?:me|my)"
            r"|(?:doesn't|does not|don't|do not|didn't) (?:like|trust|respect|rate|value|want) me"
            r"|can'?t stand me|(?:biased|prejudiced) against me|laughing at (?:me|my)"
            r"|(?:talking|gossiping|laughing|whispering) about (?:me|my)|look(?:s|ing)? down on"
            r"|thinks? less of me|lost (?:all )?respect for me|sees? me as"
            r"|(?:doing it|did it|does it) on purpose"
            r"|(?:wants?|waiting for) me (?:gone|out|to fail)"
        ),
        N,
    ),
    (
        "mind_reading",
        15,
        en(
            r"(?:he|she|they|[a-z]+)(?:'d| had| has|'s)? (?:already )?(?:decided|made up (?:his"
            r"|her|their) mind) (?:that )?i(?:'m| am| was| don't| can't| didn't)?(?![a-z])"
            r"|(?:he|she|they|my (?:lead|manager|supervisor|boss)|the customer) must"
            r" (?:be|have been) (?:so |really |very )?(?:disappointed|annoyed|furious|fed up"
            r"|sick of|tired of|irritated|unhappy with me)"
        ),
        N,
    ),
    # "He thinks I'm an idiot": stronger than the label inside someone else's supposed thought.
    (
        "mind_reading",
        20,
        en(
            r"(?:he|she|they|everyone|everybody|people|customers?|callers?|(?!i )[a-z]+)"
            r" (?:all )?(?:probably |must |obviously |clearly |definitely |just |really "
            r"|actually )?(?:thinks?|thought|believes?|believed|assumes?|assumed|sees|reckons"
            r"|figures|suspects)"
            r" (?:that )?(?:i'?m|i am|i was|i got"
            r"|i can't|i'll|i)(?![a-z'])"
        ),
        N,
    ),
)

_OVERGENERALISING: tuple[tuple[str, int, str, int], ...] = (
    # One or two events turned into a rule (一次…说明我就是, 看来我说话就是有问题).
    (
        "overgeneralization",
        18,
        r"(?:一次|一回|一个|一项|一单|一通|两次|两个|两位|几次|几个|几位|第一次|上次|又)[^。!?;]{0,14}?"
        r"(?:就|,)?(?P<at>)"
        r"(?:说明|证明|看来|代表|意味着)(?:我|自己)",
        N,
    ),
    (
        "overgeneralization",
        12,
        r"(?:说明|证明|看来|代表|意味着)(?:我|自己)[^,。!?;]{0,8}?(?:就是|根本|整个|什么都|永远|从来"
        r"|干不好|做不好|不是这块料|任何)",
        N,
    ),
    (
        "overgeneralization",
        15,
        r"(?:什么|啥)(?:事|新东西|东西|活|事情)?都(?!不用|不想|不要|没关系)[^,。!?;]{0,3}?"
        r"(?:不|没|学不|记不|做不|干不)",
        N,
    ),
    (
        "overgeneralization",
        12,
        r"(?:这活|这工作|这行|这份工作|干这行|做客服|做电商客服|当客服|(?:做|干)[^,。!?;]{0,4}客服)"
        r"(?:就是|就|本来就)(?:这样|这个样|在?受气|没完没了)|没完没了|整个都(?:有问题|不行)"
        r"|从那以后|就是(?:处理|做|干|搞)不来|天下乌鸦一般黑|没(?:有)?一个好东西|一向如此|老样子"
        r"|就没(?:好|顺)过|哪(?:儿|里)都|现在的(?:人|客户|买家)[^,。!?;]{0,4}?(?:都|就)"
        r"|(?:这活|这工作|这行|这份工作|干这行|做客服|做售后|当客服)(?:就是|本来就|根本就是)"
        r"|(?:做|干|当)(?:客服|售后|这行)的(?:人)?(?:都|就)|果然又|就知道会这样|哪次不是|没有哪次"
        r"|到哪(?:儿)?都一样|一路货色|一丘之貉|又双叒叕|(?:就|从来)没有?(?:好用|靠谱|顺利)(?:的时候|过)"
        r"|(?:男|女|年轻|年纪大|老年|外地|新|老)的?(?:客户|人|买家|用户)都|以后[^,。!?;]{0,6}?都会这样"
        r"|以后都这样|就是不适合(?:干|做)",
        N,
    ),
    (
        "overgeneralization",
        12,
        r"(?:的人|老人|同事|这些人)(?:们)?(?:大多|大都|大部分|基本上?都|都|全)(?:很难|难|不|只会|只想"
        r"|是来|自私|蛮横|在|想|是|爱|会)|(?:客户|买家|用户)(?:们)?(?:大多|大都|大部分|基本上?都)(?:很难|难|不"
        r"|只会|只想|是来|自私|蛮横)|(?:这一天|今天|一整天|这周|这个月)(?:算是|就|全|都)(?:废了|完了)"
        r"|第一(?:单|个|通|次)就",
        N,
    ),
    ("overgeneralization", 6, r"又是", N),
    ("overgeneralization", 18, en(r"(?:are|is) always like (?:this|that)"), N),
    (
        "overgeneralization",
        15,
        r"(?:一次|一回|一个|两次|两个|两位|几次|几个|第一次|上次|上一次|接连|连续)[^。!?;]{0,16}?"
        r"(?:就|从此|开始|于是)(?:认定|觉得|认为|相信|断定)[^。!?;]{0,12}?(?:都|任何|所有|总|永远|什么"
        r"|就是)",
        N,
    ),
    (
        "overgeneralization",
        18,
        en(
            r"(?:this once|just once|one time|once|one (?:bad |more )?[a-z]+(?: [a-z]+)?)"
            r"[^.;]{0,40}?(?P<at>)(?:tells me|shows|proves|means|made me (?:feel|think))"
            r" (?:that )?(?:i|i'm|i am|i'll|everyone|nobody|no one|customers|people|this job"
            r"|this place|this company|the company|this team|all|they)(?![a-z])"
        ),
        N,
    ),
    (
        "overgeneralization",
        12,
        en(
            r"(?:which |this |it |that )?(?:shows|proves) (?:that )?(?:i'?m|i am|i)(?![a-z'])"
            r"|(?:the |this )?whole (?:job|place|company|industry|ability)"
            r"|my whole (?:ability|career|approach)"
            r"|(?:this job|the job|it|this place|support|customer service)[a-z -]{0,30}? is"
            r" (?:just|nothing but|all)|that's (?:just )?(?:what|how) (?:this job|this place|it"
            r"|customers|people|they) (?:is|are)|that's just how it is"
            r"|(?:is|are) (?:simply |just )?beyond me|story of my life|just my luck"
            r"|nothing ever changes|nothing (?:ever )?works|same (?:old )?story"
            r"|(?:is|'s) (?:basically|just|nothing but) (?:a |an )?[a-z -]{0,20}job"
            r"|(?:means|mean|shows|proves) (?:that )?i (?:simply |just )?can'?t"
            r"|as usual|like always|just like last time|(?:they're|they are|customers are"
            r"|people are) all like (?:that|this)|ever since|from now on|i can never"
            r"|it's always (?:me|the same)"
            r"|everything always"
            r"|always happens|keeps happening|happens (?:every time|all the time)|this is a pattern"
            r"|(?:people|customers|callers|buyers|everyone) (?:these days|nowadays)"
            r"|(?:not|never) (?:any )?good (?:at|with) (?:anything|people|customers)"
            r"|can'?t do anything(?! else| about| until| for)|(?:struggle|fail) (?:with|at)"
            r" (?:anything|everything)"
            r"|(?:people|customers|buyers|everyone) (?:just |only |all )?(?:want|wants|expect)"
            r" (?:something for nothing|everything for free|a freebie)"
        ),
        N,
    ),
    (
        "overgeneralization",
        12,
        en(
            r"can'?t (?:do|get|keep|manage) anything (?:right|straight)"
            r"|(?:mess|screw|muck)(?:es)? up everything|in everything i do|everything i do"
            r"|at (?:anything|everything)|any job|anything new"
            r"|(?:people|customers|callers|buyers|shoppers|clients|users|they|staff|agents"
            r"|colleagues)(?: [a-z]+){0,5}? are all"
            r"|people (?:here|in this (?:place|company|job)) are|can'?t be trusted|since then"
            r"|the one time i|first try|not cut out for"
            r"|(?:people|customers|callers|buyers) like (?:that|this|him|her|them)"
        ),
        N,
    ),
    (
        "overgeneralization",
        12,
        en(
            r"(?:no good|useless|hopeless|rubbish|bad) at (?:anything|everything|this job|my job)"
            r"|(?:this|the) job[a-z' ]{0,12}?(?:isn't|is not|is never) worth"
        ),
        X,
    ),
)

_LABELLING: tuple[tuple[str, int, str, int], ...] = (
    # 我是个…的人, 最没用的那个, 没脑子; names for others.
    (
        "labeling",
        15,
        r"(?:我|自己)(?:就|真|根本|简直|其实)?是(?:个|一个)[^,。!?;]{1,8}?的[^,。!?;]{0,2}?"
        r"(?:人|客服|员工|那个)"
        r"|最(?:没用|差劲|笨|蠢|无能)的(?:那个|人)?|没脑子|笨脑子|猪脑子|榆木脑袋|没出息|不中用"
        r"|野蛮人|没教养|没有教养|糊涂虫|自私鬼|胆小鬼|可怜虫|寄生虫|骗子|杠精|蠢蛋|是(?:个|一个)笑话"
        r"|小人|势利眼|马屁精|人渣|败类|蠢猪|脑残|智障|一无是处|什么都不是|不是东西|丢人现眼|窝囊|老赖"
        r"|纯纯(?:一个|个)|冤种|画饼|(?:就是|纯纯|真是)(?:个|一个)只会[^,。!?;]{1,8}的"
        r"|我这个?人(?:就是|真是|根本|简直)(?:没用|不行|废|笨|蠢|差劲|失败|窝囊|没出息|多余)"
        r"|都是[^,。!?;]{0,6}?的?(?:刁民|无赖|神经病|疯子|骗子|巨婴|奇葩|极品|泼妇|杠精|戏精|废物)"
        r"|(?:这些人|这种人|这帮人|这群人|他们|她们)(?:就是|真是|都是|真)(?:一群|一帮)?"
        r"(?:自私|冷血|没素质|贪心)|冷血|没良心|黑心|自私自利|贪得无厌",
        N,
    ),
    (
        "labeling",
        12,
        r"(?:就是|真是|简直是|纯纯|纯粹是|是)(?:个|一个)[^,。!?;]{0,4}?(?:狂|精|鬼|虫|货|棍|蛋|霸|怪|奴"
        r"|婆|渣|痞|混混|无赖|小人)(?![\u4e00-\u9fff])",
        N,
    ),
    (
        "labeling",
        12,
        r"(?:他|她|这人|那人|客户|组长|主管|经理|同事|买家)[,，]?(?:就|真|根本|简直)?是(?:个|一个)"
        r"[^,。!?;]{0,6}?(?:不|没|无|冷|贪|自私|坏|差|烂|蠢|笨|毒|黑心|小气|势利|假)[^,。!?;]{0,6}?"
        r"的人",
        N,
    ),
    ("labeling", 10, r"不够格", N),
    (
        "labeling",
        15,
        en(
            SELF_NOT_REPORTED + r"(?:is|'s|are|'re|was|i'?m|makes me|made me) (?:simply |just "
            r"|basically |honestly )?(?:a|an|such a|such an|nothing but a|nothing but an"
            r"|the team's|the)(?: [a-z]+)? (?:control freak|bully|brute|liar|scammer|coward|leech"
            r"|fool|dunce|robot|machine|snake|parasite|thug|weak link|dead weight|slow learner"
            r"|idiot|failure|loser|joke|screw-?up|fraud|disgrace|psycho|jerk|monster"
            r"|incompetent person|creep|pig|slob|slacker|airhead|dimwit|klutz|nobody"
            r"|waste of space|lost cause|doormat|pushover|crook|con artist|troll|karen|clown"
            r"|drama queen|troublemaker|hothead|nutjob|weirdo|lowlife|scumbag|blame-?shifter"
            r"|backstabber|freeloader|know-it-all|cheat|windbag|man-child|brat|diva)"
            r"(?![a-z])"
        ),
        N,
    ),
    (
        "labeling",
        15,
        en(
            rf"{SELF_NOT_REPORTED}{I_AM} (?:simply |just |basically |honestly )?(?:an? )?"
            rf"(?:{EN_SELF_LABEL}|thick|lazy|weak|slow on the uptake)(?![a-z])"
        ),
        N,
    ),
    (
        "labeling",
        15,
        en(
            r"(?:'re|they are|people are|customers are|callers are|buyers are) (?:so |just "
            r"|such )?(?:selfish|greedy|entitled|stupid|idiots|animals|liars|scammers|thieves|pigs"
            r"|clowns)"
        ),
        N,
    ),
    (
        "labeling",
        18,
        en(
            r"(?:cold-hearted|heartless|selfish|greedy|lazy|horrible|nasty|two-faced|spineless"
            r"|useless|clueless|pathetic) (?:boss|manager|lead|supervisor|customer|person|woman"
            r"|man|guy|colleague|buyer|people|agent|caller)"
        ),
        N,
    ),
)

_SHOULD: tuple[tuple[str, int, str, int], ...] = (
    # Rules with no exception (不能…一点不耐烦, 零失误, a good agent never …, or I've failed).
    (
        "should_statements",
        15,
        r"(?:不能|不可以|不许|不准|不允许(?:自己)?|绝对不能|绝不能|决不能)[^,。!?;]{0,12}?"
        r"(?:情绪|不耐烦|脾气|出错|犯错|差错|失误|抱怨|委屈|哭|生气|发火|不满|承认|扣分|被投诉|差评)",
        X,
    ),
    (
        "should_statements",
        12,
        r"零(?:失误|差错|投诉|错误)|(?:不然|否则)(?:我)?就是(?:失败|不合格|失职|没用)"
        r"|怎么(?:能|可以)(?:犯|出|让|这么)|合格的客服(?:就|应该|都|不)",
        N,
    ),
    ("should_statements", 15, r"一定要(?:让|做到|把|达到|拿到|保证)", N),
    ("should_statements", 18, r"(?:应该|必须|一定要|得)(?:永远|总是|每次|随时|时刻|始终)", N),
    ("should_statements", 15, r"不允许自己|不准自己|不许自己|绝不允许", X),
    ("should_statements", 12, r"凭什么|本来就该|怎么可以这样|天经地义", N),
    (
        "should_statements",
        12,
        en(
            r"at all times|flawless|zero (?:mistakes|errors|complaints)|no room for (?:error"
            r"|mistakes)|unacceptable|(?:am|'m|are|'re) expected to (?:be|always|never|know"
            r"|handle)|can'?t let (?:it|them|anyone|myself)|should be able to"
        ),
        N,
    ),
    (
        "should_statements",
        15,
        r"(?:应该|必须|一定要)(?:让|把|对)?[^,。!?;]{0,4}?(?:每个|所有|每一)"
        r"|作为[^,。!?;]{1,8}?(?:就该|就应该|应该|必须|不能|就得)",
        N,
    ),
    (
        "should_statements",
        18,
        en(
            r"(?:must|should|have to|has to|need to) (?:never|always)|a good (?:agent|rep|employee"
            r"|colleague|worker|person) (?:never|always|should|must|doesn't|does not|can't)"
            r"|(?:a|any) (?:real|proper|decent) (?:agent|professional|rep|employee) (?:would"
            r"|should|never|always|doesn't)|as an? [a-z -]{2,30}, i (?:ought to|should|must"
            r"|have to|need to)"
        ),
        N,
    ),
    (
        "should_statements",
        15,
        en(
            r"(?:won't|will not|don't|do not|never) (?:allow|let) myself"
            r"|(?:can't|cannot|mustn't|must not|not allowed to|can never) (?:show (?:any |my )?"
            r"(?:frustration|emotion|anger|weakness|feelings)|cry|admit|lose (?:my )?(?:temper"
            r"|patience|cool)|get (?:angry|upset|annoyed)|complain)"
        ),
        X,
    ),
    (
        "should_statements",
        15,
        en(
            r"(?:have to|has to|need to|needs to|got to|gotta|must) [^.;,]{0,20}?(?:every|always"
            r"|never|perfect|no matter what|100%|top of)|no excuses?|should know better"
            r"|or (?:else )?i'?ve failed|(?:or|otherwise) i'?m (?:a failure|not good enough"
            r"|failing|useless)|how could i (?:have )?(?:let|make|forget|miss|be so)"
            r"|can'?t let (?:a single|any|one|a) [a-z]+|(?:not|no) (?:one|a single|any) [a-z]+"
            r" allowed|just have to (?:swallow|take"
            r"|put up with) it|(?:shouldn't|should not|ought not to) (?:have to|be allowed|blame"
            r"|push|take it out|treat|talk|speak|expect)"
        ),
        N,
    ),
)

_EMOTIONAL_REASONING: tuple[tuple[str, int, str, int], ...] = (
    # A feeling followed by what it is taken to prove (我心里好慌，这单肯定要出事; I'm anxious
    # about QA, so the score must be bad; I feel so guilty that …): stronger than the trap in the
    # conclusion, since the reasoning is the trap.
    (
        "emotional_reasoning",
        22,
        r"(?:我|心里|感到|觉得|感觉|一想到[^,。!?;]{0,10}?就|想到[^,。!?;]{0,12}?就)[^,。!?;]{0,4}?"
        + CN_INNER
        + r"[^。!?;]{0,14}?(?P<at>)(?:所以|因此|说明|证明|看来|可见|那就|那肯定|这就|肯定|一定"
        r"|准是|八成|恐怕|认定|确信|让我(?:相信|觉得))",
        N,
    ),
    ("emotional_reasoning", 10, r"(?:我)?有(?:一)?种(?:强烈的)?(?:感觉|预感)", N),
    (
        "emotional_reasoning",
        15,
        r"我的直觉|感觉(?:就是|肯定|一定)(?:是|要|会)|心里(?:总)?(?:觉得|感觉)(?:不对|不妙|要出事)"
        r"|越想越(?:觉得|慌|怕|不安)[^。!?;]{0,10}?(?:肯定|一定|说明)",
        N,
    ),
    (
        "emotional_reasoning",
        15,
        en(
            r"i (?:just )?feel like (?:everyone|everybody|nobody|no one|they|he|she|the customer"
            r"|my (?:lead|manager|boss|supervisor|team))(?:'s|'re| is| are| hates?| thinks?"
            r"| knows?| blames?| judges?)|it feels like (?:everyone|nobody|no one|they|he|she)"
            r"(?:'s|'re| is| are| hates?| thinks?| knows?| blames?| judges?)"
            r"|(?:because|since) i (?:feel|felt|'m feeling)"
            r" [a-z ]{0,15}(?:, |it |that |so )|i can feel it"
        ),
        N,
    ),
    (
        "emotional_reasoning",
        22,
        en(
            r"(?:i'?m|i am|i feel|i felt|feel|feels|feeling|i've been|can'?t shake|i have"
            r"|i've got|got)(?: like)?(?: so| really| very| too| a bit| quite| this)? "
            + EN_INNER
            + r"[^.!?;]{0,40}?(?P<at>)(?:(?:so|which means|that means|it means|means|proves?"
            r"|must mean|that)(?: that)? (?:i|it|this|that|something|they|he|she|the|my|everyone"
            r"|everybody)(?![a-z])|tells me|as proof|as a sign"
            r"|, (?:this|it|the|he|she|they|something)[^.!?;]{0,20}?(?:is going to|will|'ll|must"
            r"|has to|definitely|surely|for sure|bound to|about to|going to))"
        ),
        N,
    ),
    (
        "emotional_reasoning",
        22,
        en(
            r"(?:scares|frightens|worries|stresses) me[^.!?;]{0,10}?(?P<at>)(?:which means|so"
            r"|that means)|my (?:hands|voice|heart|chest|stomach)[^.!?;]{0,30}?(?:which means"
            r"|which tells me|tells me|so|that means)|(?:the feeling|this feeling) is so strong"
            r"|must be true|more (?:panicky|anxious|nervous|worried|scared|stressed) i (?:get|feel)"
            r"[^.!?;]{0,20}?(?:so|which means)"
        ),
        N,
    ),
)

_FORTUNE_TELLING: tuple[tuple[str, int, str, int], ...] = (
    # The future told as certain (一定不会同意, 最后还是会, 迟早会, 就算…也不会).
    (
        "fortune_telling",
        15,
        r"(?:肯定|一定|绝对|铁定|注定)[^,。!?;]{0,2}?(?:不会|学不会|做不好|搞不定|过不了|好不了|完不成"
        r"|达不到|没戏|没用)|(?:迟早|早晚|终究|到头来)(?:还|又|也|都|还是)?(?:会|要)"
        r"|等着瞧|走着瞧|想都不用想|不用想也知道|凶多吉少|准没好事|逃不掉|躲不过|跑不了",
        N,
    ),
    ("fortune_telling", 12, r"最后(?:还是|也|都)会|(?:肯定|一定|铁定|准|绝对)(?:还|又)", N),
    (
        "fortune_telling",
        15,
        r"(?:肯定|一定|铁定|注定)(?:会|要)?(?:谈崩|搞砸|砸|黄|失败|挂|出事|出问题|完蛋)"
        r"|(?:肯定|一定)(?:没我|轮不到我|没戏|没份)|(?:肯定|一定)(?:会)?更(?:忙|糟|差|乱|难)"
        r"|没人会(?:管|理|帮)|应付不过来|忙不过来",
        N,
    ),
    (
        "fortune_telling",
        18,
        r"(?:下次|明天|以后|下周|下个月|等会儿?|待会儿?|接下来)(?:肯定|一定|铁定|准|绝对)(?:还|又|会)",
        N,
    ),
    (
        "fortune_telling",
        15,
        r"(?:就算|即使|哪怕|不管|无论)[^。!?;]{0,16}?(?:也|都|还是)(?:不会|没用|白搭|肯定|一定"
        r"|还是会)",
        N,
    ),
    (
        "fortune_telling",
        12,
        r"(?:解释|说|讲|做|努力|安抚|上报|反映|报上去|提了)[^,。!?;]{0,4}?(?:也|都)(?:白搭|没用|白费)"
        r"|预见"
        r"|(?:结果|下场|结局)(?:肯定|一定)?不会好|休想",
        N,
    ),
    ("fortune_telling", 6, r"还是会", N),
    (
        "fortune_telling",
        12,
        r"(?:肯定|一定|准|铁定|八成|多半|估计|又)(?:会|要|得)被|只会越来越(?:糟|差|多|难|乱)"
        r"|没好果子吃|没有好下场|等着吧|看着吧|准没",
        N,
    ),
    (
        "fortune_telling",
        12,
        en(
            r"there's no way (?:i|it|this|he|she|they)(?![a-z])|never going to (?:work|change"
            r"|get better|improve|end)|(?:will|'ll) (?:go|end) (?:badly|wrong)"
            r"|i'll (?:definitely |probably )?(?:mess|screw|blow|botch|fail|freeze|panic|lose)"
            r"|(?:tomorrow|next week|the rest of the (?:day|shift|week))(?: [a-z]+){0,2} (?:is"
            r"|will be|'s going to be|is going to be) (?:ruined|a write-off|hell|a nightmare)"
        ),
        N,
    ),
    (
        "fortune_telling",
        18,
        r"(?:我|自己)(?:这辈子)?永远(?:也|都)?(?:不会|没法|无法|达不到|学不会|做不到|好不了|融不进"
        r"|做不好)",
        N,
    ),
    ("fortune_telling", 18, en(r"i(?:'ll| will) never|i'm never going to|i am never going to"), N),
    (
        "fortune_telling",
        15,
        en(
            _EN_WILL + r" (?:definitely|surely|certainly|totally|absolutely)"
            r"|(?:definitely|surely|certainly) (?:will|going to|gonna)"
            r"|(?:'ll|will|going to|gonna)[^.;]{0,30}?for sure|i just know it"
            r"|i can already (?:see|tell)|i can predict|sure as anything|sooner or later"
            r"|mark my words|(?:will|'ll) be no different|i know how this (?:ends|will end|goes)"
            r"|nothing i (?:say|do|try) (?:will|'ll|is going to|can)|not a chance"
            r"|(?:will|'ll) never (?:give|let|get|be|change|listen|stop)"
            r"|no way (?:this|it|he|she|they|the [a-z]+) (?:will|'ll|is going to|gets|works)"
            r"|i'?m (?:sure|certain|convinced|positive) (?:that )?[^.;]{0,60}?(?:will|'ll"
            r"|is going to|won't)|i can (?:sense|feel) it|guaranteed|you (?:just )?watch"
            r"|i'll be (?:at )?the (?:bottom|worst|last)|(?:come|finish) last"
        ),
        N,
    ),
    (
        "fortune_telling",
        12,
        en(
            _EN_FUTURE + r" (?:\w+ )?(?:bounce|fail|crash|go wrong|lose|be in tears|be swamped"
            r"|be passed over|be blamed|get (?:the )?blame|be at the bottom|come last)"
            r"|(?!i'|i )[a-z]+" + _EN_FUTURE + r" (?:\w+ )?(?:escalate|complain|yell|scream|shout"
            r"|report|say no|refuse|reject|turn (?:me|it|us) down|hate me|blame me|be back"
            r"|keep (?:coming|complaining|calling|chasing)|come (?:back )?after|make trouble)"
            r"|" + _EN_FUTURE + r" (?:leave|give|write|post) (?:us |me )?"
            r"(?:a |another )?(?:one-star|1-star|bad|negative|terrible|awful|low)"
            r"|(?:won't|will not) (?:believe|accept|care|understand|end well|be happy)"
            r"|(?:isn't going to|is never going to) end well"
            r"|(?:it's|this is|that's) (?:going to|gonna) be (?:a )?(?:mess|disaster|nightmare|hell"
            r"|awful|terrible|bad)"
            r"|(?:the )?next (?:chat|ticket|caller|contact|review|one|call|customer|shift)"
            r"[^.!?;]{0,20}?(?:'ll| will| is going to| is gonna|'s going to)(?: be)? (?:just as "
            r"|even |a |an )?(?:bad|worse|awful|terrible|the same|another|nightmare|disaster|hell)"
            r"|'ll (?:find|come up with) (?:another|a new|some|something)|no point (?:asking"
            r"|trying)|" + _EN_FUTURE + r" get (?:called out|told off|shouted at|yelled at"
            r"|written up|the blame|blamed|a (?:bad|negative) review|complaints?"
            r"|picked on|singled out)|(?:won't|will not) (?:cope|manage|keep up)"
            r"|nobody will (?:do|help|care|listen)|(?:tomorrow|next week|it) will be (?:even )?"
            r"(?:worse|busier|harder)|(?:, |^)i know it(?= ?(?:[.!]|$))"
            r"|(?:whatever|no matter what|however (?:hard|much)|even if)[^.;]{0,40}?"
            r"(?:will|'ll|going to|won't)|(?:will|'ll) hold it against me"
        ),
        N,
    ),
)

GROWN_SECONDARY: tuple[tuple[str, int, str, int], ...] = (
    _MIND_READING
    + _OVERGENERALISING
    + _LABELLING
    + _SHOULD
    + _EMOTIONAL_REASONING
    + _FORTUNE_TELLING
)
