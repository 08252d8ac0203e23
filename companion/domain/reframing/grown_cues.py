"""More cues for every code, grown from the tuning part of the labelled set
(tests/unit/reframing_thoughts.toml, see tests/helpers/thought_corpus.py): the plain wording agents
use between contacts (这单, 质检, 组长; "QA pulled my call") and the constructions of each trap
rather than its keywords (a feeling taken as proof, a rule drawn from one event, blame guessed, a
remark heard as aimed at me, the future told as certain).

Each cue is (code, weight in tenths, pattern, negation) as in `primary_cues`. A pattern may mark
with ``(?P<at>)`` where a negation is looked for, when the words before the mark are not the ones
a negation would deny (一次…(?P<at>)说明我: 并不能说明我 is denied, 一次 is not).

Nothing here names self-harm or a crisis (data/support_words.toml): that is not a thinking trap,
and Where to turn answers it.
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

_PERSONALISING: tuple[tuple[str, int, str, int], ...] = (
    # Blame guessed rather than known (八成是因为我, 总觉得是我, 是我没跟紧).
    (
        "personalization",
        12,
        r"(?:八成|肯定|一定|准|多半|可能|估计|大概|应该|还不)是?因为我(?!们)|因我而起|因为我而",
        N,
    ),
    (
        "personalization",
        12,
        r"(?:觉得|我想|我猜|我就知道|知道|说到底|归根到底|归根结底|可能真|八成|多半|准)"
        r"(?:还|就|都)?是我(?!们)",
        N,
    ),
    (
        "personalization",
        12,
        r"(?:还|就|都|全|肯定|一定)?是我(?:没|哪|不够|太|误导|连累|拖累|害|搞砸|弄砸|耽误|得罪|惹)"
        r"|我(?:造成|引起|导致|惹出来)的|责任(?:全)?在我|算在我头上|怨我|赖我|我的原因",
        N,
    ),
    (
        "personalization",
        12,
        r"得罪(?:他|她|客户|人|对方)了|我哪里(?:得罪|做错|说错|惹)|是不是我|我是不是(?:哪|说|做|太)"
        r"|(?:八成|肯定|一定|多半|可能|估计|大概|准)(?:跟|和|与)我[^,。!?;]{0,8}?有关|带衰|我克"
        r"|我[^,。!?;]{0,12}?让(?:她|他|客户|对方|大家)(?:寒了心|失望|生气|不满|伤心)",
        N,
    ),
    # Aimed at me (说给我听, 一到我这儿就, 只对我).
    (
        "personalization",
        15,
        r"说给我听|在说我一个人|说的就是我|指的就是我|(?:都|句句)(?:在)?指我"
        r"|(?:一|每次)?到我(?:这儿|这里|这|手上|手里)就|看我(?:好欺负|好说话|是新人)|欺负我"
        r"|只(?:对|冲)我(?:发火|发脾气|凶|这样|态度差|大吼)",
        N,
    ),
    (
        "personalization",
        10,
        r"别人(?:接|做|处理|来)?(?:就|都)(?:没事|好好的)|换(?:个|别的)?(?:人|同事)(?:接|来)?(?:就|肯定)?"
        r"(?:不会|没事)",
        N,
    ),
    ("personalization", 12, r"害(?:得)?(?:她|他|客户|同事|新人)", N),
    (
        "personalization",
        15,
        r"为什么(?:总是|又|老|偏偏)是我|怎么(?:又|总|老)是我|辜负了|怪自己|自责|早知道我"
        r"|让(?:大家|组长|主管|团队|组里|经理)失望|我本可以",
        N,
    ),
    (
        "personalization",
        12,
        en(
            r"holding (?:everyone|the team|us|them) back|dragg(?:ed|ing) (?:everyone|the team|us"
            r"|them) down|(?:all|just|only) because i |i (?:let|made) (?:it|this|things) (?:happen"
            r"|worse)|my (?:mistake|slip|error|fault) (?:cost|caused|ruined|dragged)"
            r"|(?:suffered|paid|got told off|got punished) (?:because of|for) (?:me|my)"
        ),
        N,
    ),
    # If only I had … (如果我再会说一点，他就不会投诉了).
    (
        "personalization",
        15,
        r"(?:如果|要是|要不是)(?:当时|那时|刚才)?(?:不是)?我(?:再|当时|早|多|没|能)?[^。!?;]{0,14}?"
        r"(?:就不会|就不|也不会|就没)|如果不是我",
        N,
    ),
    (
        "personalization",
        15,
        en(
            r"i (?:must|must have|must've|probably|might have|might've) (?:said|done|did) something"
            r"|i (?:must|must be|'m probably|am probably) (?:doing|saying) something (?:wrong|off)"
            r"|i (?:guess|suppose|bet|think|suspect|feel) (?:that )?i (?:annoyed|upset|offended"
            r"|irritated|angered|put (?:him|her|them) off|drove (?:him|her|them) away"
            r"|scared (?:him|her|them) off|talked (?:him|her|them) out)"
            r"|i'?m (?:a )?jinx|(?:that's|it's|that is) (?:obviously |clearly |definitely )?"
            r"(?:me|about me)(?= ?(?:[,.!?;]|$))"
            r"|(?:must|has to|have to) (?:have been|be) (?:something )?(?:in (?:the way|how) )?"
            r"(?:me|my|i)(?![a-z])|something i (?:did|said)|(?:all )?my doing"
            r"|i made (?:him|her|them|it|things|this) (?:angry|worse|upset|mad)"
        ),
        N,
    ),
    (
        "personalization",
        12,
        en(
            r"because of (?:me|my)(?! own)|(?:probably|must be|must have been|it's|it is|was|all)"
            r" because i(?![a-z'])|i caused (?:it|this|that|the)|brought (?:it|this) on myself"
            r"|i cost (?:us|the team|the shop|the company)|i'?m responsible for (?:this|that|it)"
        ),
        N,
    ),
    # "She hung up because I'm just bad at this": the reason found in me.
    (
        "personalization",
        20,
        en(
            r"because (?:i'?m|i am|i was) (?:just |so |too |really )?(?:bad|useless|slow|terrible"
            r"|awful|hopeless|rubbish|incompetent|not good)"
        ),
        N,
    ),
    (
        "personalization",
        15,
        en(
            rf"{I_AM} the (?:reason|cause|problem)|(?:it's|that's|this is|it is|all) down to me"
            r"|only (?:rude|nasty|horrible|short|like this|angry|mean) (?:to|with) me"
            r"|(?:sits|rests|lies|falls) (?:squarely |entirely |all )?(?:with|on) me"
            r"|(?:aimed|meant|directed) (?:at|for) me|a verdict on me|on me personally"
            r"|i'?m the one who (?:should|caused|messed|let)"
            r"|(?:has|have|had) it (?:in|out) for me"
        ),
        N,
    ),
    (
        "personalization",
        12,
        en(
            r"my (?:\w+ ){0,2}(?:that|which) (?:did it|caused (?:it|this|that)|dragged)"
            r"|(?:other agents|everyone else|anyone else|the others?) (?:get|gets|take|takes"
            r"|handle|handles)[^.;]{0,30}(?:fine|ok|okay|no problem)"
        ),
        N,
    ),
    (
        "personalization",
        15,
        en(
            r"if (?:only )?(?:i'd|i had|i hadn't|i'd not)[^.;]{0,60}?(?:wouldn't|would not"
            r"|would never|none of this|(?:'d|would) have been (?:spared|fine|ok|okay|happy))"
        ),
        N,
    ),
)

_CATASTROPHISING: tuple[tuple[str, int, str, int], ...] = (
    # Money and a livelihood lost, a career ended, effort wasted, a scandal.
    (
        "catastrophizing",
        12,
        r"(?:绩效|奖金|工资|kpi|年终奖|提成|全勤)[^,。!?;]{0,4}?(?:完了|没了|泡汤|扣光|没戏|一分都没)"
        r"|泡汤|喝西北风|(?:房租|房贷|饭钱|生活费)(?:都|也)?(?:交不上|还不上|付不起|交不起)"
        r"|赔(?:死|光|不起)|倾家荡产",
        N,
    ),
    (
        "catastrophizing",
        15,
        r"麻烦大了|大麻烦|出大问题|收不了场|不知道(?:该)?怎么收场|吃不了兜着走|凉凉|完犊子"
        r"|后果(?:很|会很|非常)?严重|一切都(?:完|毁|没)了|万劫不复|身败名裂|前途(?:尽毁|没了|完了)",
        N,
    ),
    (
        "catastrophizing",
        15,
        r"找不到(?:下一份|别的|新的|其他)?工作|失去(?:转正|工作|饭碗)"
        r"|职业生涯[^,。!?;]{0,6}?(?:结束|完了|毁了|到头)"
        r"|(?:行业|公司|这行|这里|行里)[^,。!?;]{0,4}?(?:待|混)不下去|抬不起头",
        N,
    ),
    (
        "catastrophizing",
        12,
        r"白费了?|付诸东流|打水漂|名声[^,。!?;]{0,6}?(?:毁|臭|坏)|损失(?:上万|惨重)|曝光"
        r"|被我(?:毁|搞砸|弄砸|耽误)了|最后一根稻草|压垮|被封|封店|吃官司|打官司|被处分|记过|通报批评"
        r"|全公司都(?:知道|看到)|丢人丢到家|交代不了|没法交代|世界末日|要命了",
        N,
    ),
    (
        "catastrophizing",
        18,
        en(
            r"let me go|(?:fire|sack) me|get rid of me|out of (?:a )?job|out of work"
            r"|on the job hunt|lose my (?:job|probation|contract)|fail(?:ed)? (?:my )?probation"
            r"|(?:won't|will never|'ll never|can't) (?:find|get) (?:another|a new) job"
            r"|(?:can't|won't be able to|couldn't) pay (?:the |my )?(?:rent|mortgage|bills)"
            r"|lose everything|everything i've worked for|dismissal|(?:be|get|being) dismissed"
            r"|the sack|sink (?:us|the (?:shop|store|business|company))|the final (?:blow|nail)"
            r"|the last straw|wipe(?:d)? out"
        ),
        N,
    ),
    (
        "catastrophizing",
        15,
        en(
            r"ruin(?:s|ing|ed)? (?:everything|it all|my (?:life|career|future|month|week|quarter"
            r"|day))|(?:destroy|wreck)(?:s|ed|ing)? (?:my|everything)|take me down|bring me down"
            r"|no way back|can'?t see (?:any )?way back|no coming back|no going back"
            r"|(?:a mistake|something) i can never recover from|(?:can|could|will) never recover"
            r"|blow up in my face|spiral(?:s|ling)? (?:out of control|into)|all hell"
            r"|(?:i'?m|i am|i'll be|we're|we are) (?:so |totally )?(?:done for(?! the| today| now"
            r"| tonight| this)|(?:finished|dead)(?= ?(?:[,.!?;]|$)))"
            r"|we're (?:done|finished|doomed)(?= ?(?:[,.!?;]|$))"
        ),
        N,
    ),
    (
        "catastrophizing",
        12,
        en(
            r"(?:serious|big|deep|real) trouble|(?:calling|call|get) a lawyer|sue (?:us|me)"
            r"|lawsuit|i'll be the one who pays|i'll (?:take|get) the fall|(?:be|get|getting) fined"
            r"|blow(?:s|ing)? up|(?<!something )for nothing|down the drain|(?:be|been) wasted"
            r"|meltdown"
            r"|go(?:ing)? under|irreparable|irreversible|heads will roll|hell to pay|in for it"
            r"|(?:shut|close) (?:us|the (?:shop|store)) down|(?:get|be|been|being) (?:suspended"
            r"|banned|shut down)|lose (?:the|our|this) (?:account|contract|client|store|shop)"
            r"|(?:huge|massive|serious) (?:trouble|problem|mess)|bankrupt|jobless|unemployed"
        ),
        N,
    ),
    (
        "catastrophizing",
        12,
        en(
            r"(?:reputation|name|career|record|future|probation|numbers)(?: [a-z]+){0,4}?"
            r" (?:is|'s|will be|has been|are) (?:ruined|destroyed|finished|gone|over|wrecked"
            r"|toast)|(?:is|are|'s) (?:completely|totally|all) (?:ruined|wrecked)"
            r"|(?:ruined|wrecked) for good|whole (?:[a-z]+ )?(?:is|'s) (?:ruined|wrecked)"
        ),
        N,
    ),
)

_ABSOLUTIST: tuple[tuple[str, int, str, int], ...] = (
    # 天天, 每一个, 动不动就, 一次都没, 所有…的人都, 任何…都, 说什么…都.
    (
        "absolutist",
        10,
        r"天天|每一(?:个|位|次|单|通|天)|动不动就|一次都没|没有一次|没一次|处处|事事|样样|一天到晚"
        r"|成天|净是|尽是|没有一句|没一句|一句(?:都|也)没|没有例外|无一例外|毫无例外",
        N,
    ),
    (
        "absolutist",
        12,
        r"所有[^,。!?;]{0,8}?(?:人|客户|顾客|买家|用户|同事)都"
        r"|每个[^,。!?;]{0,6}?(?:的|人|客户|顾客|买家)都|任何[^,。!?;]{0,6}?都|个个"
        r"|(?:说|做|讲)什么[^,。!?;]{0,6}?都|(?:无论|不管)[^,。!?;]{0,10}?(?:都|也)(?:不|没)",
        N,
    ),
    (
        "absolutist",
        10,
        en(
            r"every(?:one|body) (?:on|in) (?:this|the|my) (?:team|floor|shift)|only ever"
            r"|not (?:a )?single|not even one|without fail|each time|all day long"
            r"|day in,? day out|non-?stop|the whole time|every last|(?:nobody|no one) ever"
        ),
        N,
    ),
    (
        "absolutist",
        12,
        en(r"(?:not|[a-z]*n't|never|no)(?: [a-z]+){0,2} a single(?! mistake| error| slip)"),
        X,
    ),
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
            r"|a dig at me|looks? at me like|(?:gave|giving|gives) me (?:a|that) look"
            r"|(?:they|everyone|she|he) (?:all )?knows? (?:that )?i'?m"
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
            r"|actually )?(?:thinks?|thought|believes?|believed|assumes?|assumed|sees)"
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
        r"(?:一次|一回|一个|两次|两个|几次|几个|几位|第一次|上次|又)[^。!?;]{0,14}?(?:就|,)?(?P<at>)"
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
        r"|就没(?:好|顺)过|哪(?:儿|里)都|现在的(?:人|客户|买家)(?:都|就)"
        r"|(?:这活|这工作|这行|这份工作|干这行|做客服|做售后|当客服)(?:就是|本来就|根本就是)"
        r"|(?:做|干|当)(?:客服|售后|这行)的(?:人)?(?:都|就)|果然又|就知道会这样|哪次不是|没有哪次"
        r"|到哪(?:儿)?都一样|一路货色|一丘之貉",
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
    (
        "overgeneralization",
        15,
        r"(?:一次|一回|一个|两次|两个|几次|几个|第一次|上次|上一次)[^。!?;]{0,16}?(?:就|从此)(?:认定|觉得"
        r"|相信|断定)[^。!?;]{0,10}?(?:都|任何|所有|总|永远|什么|就是)",
        N,
    ),
    (
        "overgeneralization",
        18,
        en(
            r"(?:this once|just once|one time|once|one (?:bad |more )?[a-z]+(?: [a-z]+)?)"
            r"[^.;]{0,40}?(?P<at>)(?:tells me|shows|proves|means|made me (?:feel|think))"
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
            r" (?:just |nothing but|all)|that's (?:just )?(?:what|how) (?:this job|this place|it"
            r"|customers|people|they) (?:is|are)|that's just how it is"
            r"|(?:is|are) (?:simply |just )?beyond me|story of my life|just my luck"
            r"|nothing ever changes|nothing (?:ever )?works|same (?:old )?story"
            r"|(?:is|'s) (?:basically|just|nothing but) (?:a |an )?[a-z -]{0,20}job"
            r"|(?:means|mean|shows|proves) (?:that )?i (?:simply |just )?can'?t"
            r"|as usual|like always|just like last time|(?:they're|they are|customers are"
            r"|people are) all like (?:that|this)|ever since|from now on|i can never"
            r"|it's always (?:me|the same)"
            r"|everything always"
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
        r"我(?:就|真|根本|简直|其实)?是(?:个|一个)[^,。!?;]{1,8}?的[^,。!?;]{0,2}?(?:人|客服|员工|那个)"
        r"|最(?:没用|差劲|笨|蠢|无能)的(?:那个|人)?|没脑子|笨脑子|猪脑子|榆木脑袋|没出息|不中用"
        r"|野蛮人|没教养|没有教养|糊涂虫|自私鬼|胆小鬼|可怜虫|寄生虫|骗子|杠精|蠢蛋|是(?:个|一个)笑话"
        r"|小人|势利眼|马屁精|人渣|败类|蠢猪|脑残|智障|一无是处|什么都不是|不是东西|丢人现眼|窝囊"
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
            r"|drama queen|troublemaker|hothead|nutjob|weirdo|lowlife|scumbag)"
            r"(?![a-z])"
        ),
        N,
    ),
    (
        "labeling",
        15,
        en(
            rf"{SELF_NOT_REPORTED}{I_AM} (?:simply |just |basically |honestly )?(?:an? )?"
            rf"(?:{EN_SELF_LABEL}|thick|lazy|weak)(?![a-z])"
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
            r"|should|never|always|doesn't)"
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
            r"|(?:not|no) (?:one|a single|any) [a-z]+ allowed|just have to (?:swallow|take"
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
        r"|准是|八成|恐怕|认定)",
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
            r"|has to|definitely|surely|for sure|bound to))"
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
            r"|must be true"
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
        18,
        r"(?:下次|明天|以后|下周|下个月|等会儿?|待会儿?|接下来)(?:肯定|一定|铁定|准|绝对)(?:还|又|会)",
        N,
    ),
    (
        "fortune_telling",
        12,
        r"(?:就算|即使|哪怕|不管|无论)[^。!?;]{0,16}?(?:也|都|还是)(?:不会|没用|白搭|肯定|一定"
        r"|还是会)|(?:解释|说|讲|做|努力|安抚)[^,。!?;]{0,4}?(?:也|都)(?:白搭|没用|白费)|预见"
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
            r"|i'?m (?:sure|certain|convinced|positive) (?:that )?[^.;]{0,30}?(?:will|'ll"
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
            r"|'ll find (?:another|a new|some) (?:reason|excuse|way)|no point (?:asking|trying)"
            r"|(?:whatever|no matter what|however (?:hard|much))[^.;]{0,40}?(?:will|'ll"
            r"|going to|won't)"
        ),
        N,
    ),
)

GROWN_CUES: tuple[tuple[str, int, str, int], ...] = (
    _PERSONALISING
    + _CATASTROPHISING
    + _ABSOLUTIST
    + _MIND_READING
    + _OVERGENERALISING
    + _LABELLING
    + _SHOULD
    + _EMOTIONAL_REASONING
    + _FORTUNE_TELLING
)
