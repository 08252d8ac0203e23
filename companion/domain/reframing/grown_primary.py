"""More cues for the primary codes (personalising, catastrophising, absolutist thinking),
grown from the tuning part of the labelled set
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
    I_AM,
    en,
)
from companion.domain.reframing.text import N, X

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
        r"(?:觉得|我想|我猜|我就知道|知道|说到底|归根到底|归根结底|追根溯源|说来说去|可能真|八成|多半|准"
        r"|主要|肯定|一定|估计|应该)"
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
        r"|让(?:大家|组长|主管|团队|组里|经理)失望|我本可以|拖下水|把大家(?:都)?拖",
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
            r"|awful|hopeless|rubbish|incompetent|not good|careless|stupid|clumsy|lazy)"
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
            r"|(?:has|have|had) it (?:in|out) for me|(?:it's|that's|this is) (?:all )?on me"
            r"|(?:traces|traced|comes|came|goes|went) back to (?:me|my)|a dig at me"
            r"|i (?:bet|reckon|suspect|think|guess) i (?:[a-z]+ed|put|sent|made|did|said|got"
            r"|chose)[^.;]{0,25}?wrong|i let (?:[a-z]+ ){0,2}down"
            r"|(?:because|since) i (?:didn't|wasn't|forgot|missed|took too|was too|couldn't|failed)"
            r"|(?:probably|must be|must have been|it's|it was|because of) my (?:tone|attitude|voice"
            r"|accent|manner|wording|fault|mistake|slowness)"
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
        r"|全公司都(?:知道|看到)|丢人丢到家|交代不了|没法交代|世界末日|要命了"
        r"|(?:只能|只好|就得|得)(?:辞职)?走人|只能辞职|失去信任|(?:升职|转正|加薪|评优)(?:就)?别想了"
        r"|别想(?:升职|转正|加薪)|白(?:上班|上了|干|做|忙)",
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
            r"|the last straw|wipe(?:d)? out|(?:'ll|will) never work (?:in (?:this|the) (?:industry"
            r"|business|field) |here )?again|lose (?:all )?trust in me|i(?:'ll| will) have to"
            r" (?:quit|resign|leave)|disciplin(?:ed|ary)|(?:written|final) warning"
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
            r"|ombudsman|regulator|trading standards|write-?off|(?:will|'ll|going to) tank"
            r"|tank(?:s|ed)|never live (?:this|it) down|(?:get|got|getting) (?:the )?(?:sack|boot"
            r"|axe)|lose (?:my|the) (?:bonus|commission|contract|place|position|shifts)"
            r"|worst(?:-| )case|(?:total|complete|absolute|utter) (?:disaster|mess|nightmare"
            r"|catastrophe|meltdown)|everyone will (?:know|see|find out)"
            r"|work(?:ed)? [a-z ]{0,15}for free|can forget (?:about )?(?:promotion"
            r"|my bonus|my raise|a raise|probation)"
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
        r"|成天|净是|尽是|没有一句|没一句|一句(?:都|也)没|从头到尾|自始至终|一贯|历来|一向|清一色|一律",
        N,
    ),
    (
        "absolutist",
        12,
        r"所有[^,。!?;]{0,8}?(?:人|客户|顾客|买家|用户|同事)都"
        r"|每个[^,。!?;]{0,6}?(?:的|人|客户|顾客|买家)都|任何[^,。!?;]{0,6}?都|个个"
        r"|(?:说|做|讲)什么[^,。!?;]{0,6}?都|(?:无论|不管)[^,。!?;]{0,10}?(?:都|也)(?:不|没)"
        r"|没有例外|无一例外|毫无例外|总(?:爱|要|让|把|拿|在|说|找|被|不|没)|压根(?:不|没|从不)|根本没人"
        r"|谁也(?:不|没)|没人愿意",
        N,
    ),
    (
        "absolutist",
        10,
        en(
            r"every(?:one|body) (?:on|in) (?:this|the|my) (?:team|floor|shift)|only ever"
            r"|not (?:a )?single|not even one|without fail|each time|all day long"
            r"|day in,? day out|non-?stop|the whole time|every last|(?:nobody|no one) ever"
            r"|all of them|every one of them|each and every one|everyone and their dog"
        ),
        N,
    ),
    (
        "absolutist",
        12,
        en(
            r"(?:not|[a-z]*n't|never|no)(?: [a-z]+){0,2} a single(?! mistake| error| slip)"
            r"|not (?:once|ever)|never once|(?:hasn't|haven't|didn't|never) [a-z]+ (?:me )?once"
        ),
        X,
    ),
)

GROWN_PRIMARY: tuple[tuple[str, int, str, int], ...] = (
    _PERSONALISING + _CATASTROPHISING + _ABSOLUTIST
)
