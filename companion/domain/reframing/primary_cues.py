"""The cues of the primary distortions of chapter 2: personalisation (个人化), catastrophising
(灾难化) and absolutist thinking (绝对化).

Each cue is (code, weight in tenths, pattern, negation): `N` a negation right before it cancels
it, `X` it carries its own negation and is never cancelled.
"""

from __future__ import annotations

from companion.domain.reframing.phrases import CN_PEOPLE, I_AM, START, en
from companion.domain.reframing.text import N, X

PRIMARY_CUES: tuple[tuple[str, int, str, int], ...] = (
    # --- personalisation (个人化): "it's aimed at me / it's my fault" -------------------------
    ("personalization", 15, r"怪我", N),
    ("personalization", 15, r"我的(?:错|锅)", N),
    ("personalization", 12, r"我的问题", N),
    ("personalization", 8, r"我的责任", N),
    ("personalization", 8, r"(?:都|全|肯定|一定|准|八成|就)是我(?!们)", N),
    ("personalization", 15, r"是我不好", N),
    ("personalization", 8, r"我不好(?!意思|说|讲|判断|回答|处理|办|弄|搞)", N),
    (
        "personalization",
        7,
        r"我[^,。!?;]{0,6}?(?:做|说|处理|回复?|讲|解释|沟通)[得的]?不(?:好|对|到位|清楚)",
        N,
    ),
    (
        "personalization",
        15,
        r"针对我|冲着?我来|冲我发火|拿我(?:出气|撒气|开刀)|跟我过不去|和我过不去|故意(?:找|为难|刁难|整)我"
        r"|专门(?:找|挑|针对)我|为难我|找我(?:的)?茬|找我麻烦|看我不顺眼|偏偏(?:是|找)?我",
        N,
    ),
    ("personalization", 15, r"我害[得的]|(?:是|都是)我害|害得(?:大家|团队|组里|同事|我们组)", N),
    (
        "personalization",
        12,
        r"连累|拖累|拖了?[^,。!?;]{0,4}后腿|给(?:大家|团队|组里|同事)添麻烦",
        N,
    ),
    (
        "personalization",
        15,
        r"(?:都|全|就)是因为我(?!们)|因为我(?:的失误|的错|没做好|太差|不够)",
        N,
    ),
    (
        "personalization",
        12,
        r"(?<![骂说嫌笑])我(?:太|真|真的)?(?:差|没用)(?:了|劲)?(?![\u4e00-\u9fff])|我太差|我一点用都没有",
        N,
    ),
    ("personalization", 10, r"我不够(?:专业|好|努力|耐心|细心|聪明|优秀|用心)", X),
    ("personalization", 15, en(r"(?:my|all my|entirely my|totally my) fault"), N),
    ("personalization", 12, en(r"(?:all |just |only )?because of me"), N),
    ("personalization", 15, en(rf"(?:{I_AM} (?:the one )?to blame|blame myself)"), N),
    (
        "personalization",
        15,
        en(
            r"(?:(?:aimed|directed) at me|out to get me|has it in for me|targeting me|picking on me"
            r"|(?:it's|it is|this is|that's) personal|taking it out on me|all on me)"
        ),
        N,
    ),
    (
        "personalization",
        12,
        en(
            r"i (?:let|have let|'ve let) (?:everyone|everybody|the team|my team|them|my "
            r"(?:supervisor|manager|lead|boss)) down"
        ),
        N,
    ),
    ("personalization", 12, en(r"(?:i must have|i probably) (?:done|said) something wrong"), N),
    (
        "personalization",
        12,
        en(r"what did i do wrong|(?:must|has to) be (?:something )?(?:i said|i did)"),
        N,
    ),
    (
        "personalization",
        10,
        en(r"(?:it's|that's|this is|it is) (?:all )?(?:on me|my mistake)"),
        N,
    ),
    ("personalization", 8, en(r"i (?:ruined|wrecked|tanked|dragged down)"), N),
    ("personalization", 5, en(r"i (?:messed|screwed) (?:it |this |that |everything )?up"), N),
    ("personalization", 10, en(r"why (?:is it )?(?:always )?me"), N),
    (
        "personalization",
        10,
        en(rf"{I_AM} (?:just )?not (?:good|smart|fast|patient|professional) enough"),
        X,
    ),
    # --- catastrophising (灾难化) -------------------------------------------------------------
    (
        "catastrophizing",
        15,
        r"(?:我|这下|这回|全|都|彻底|一切都|真的|算是|要|就)完(?:了|蛋)|完蛋|" + START + r"完了",
        N,
    ),
    ("catastrophizing", 20, r"死定了", N),
    ("catastrophizing", 15, r"(?:一切|全|都|彻底|全部)(?:都)?毁了|毁了(?:我|一切|前途|职业)", N),
    ("catastrophizing", 8, r"毁了", N),
    ("catastrophizing", 15, r"天塌|天要塌", N),
    (
        "catastrophizing",
        15,
        r"被(?:开除|辞退|炒鱿鱼|炒了|解雇|裁掉|裁了|劝退)|(?:把|将)我(?:开除|辞退|炒了|裁掉|劝退|解雇)"
        r"|被(?:调离|降级|调岗)|(?:工作|饭碗|位置|岗位)(?:要|就|都|可能|肯定)?保不住",
        N,
    ),
    ("catastrophizing", 15, r"丢了?(?:饭碗|工作)|卷铺盖|失业", N),
    ("catastrophizing", 10, r"这辈子", N),
    ("catastrophizing", 12, r"再也[^,。!?;]{0,8}?[不没][^,。!?;]{0,6}?了", N),
    ("catastrophizing", 20, r"不堪设想", X),
    (
        "catastrophizing",
        12,
        r"(?:投诉|告|闹|捅)到(?:总部|12315|消协|消费者协会|市场监管|工商|平台|老板|经理|总监|领导|上面"
        r"|高层|媒体|网上)|上(?:热搜|新闻)",
        N,
    ),
    ("catastrophizing", 15, r"(?:出|闯)了?大(?:事|祸)|没救了|无可救药|无法挽回|挽回不了|末日", N),
    (
        "catastrophizing",
        12,
        r"(?:彻底|全)搞砸|(?:绩效|奖金|工资|kpi)(?:全|都)?(?:完了|没了|泡汤|扣光)|扣光",
        N,
    ),
    ("catastrophizing", 12, r"灾难|崩盘", N),
    (
        "catastrophizing",
        12,
        r"我就(?:得|要|只能)?走人|白干了|白做了|白忙了?一场|前功尽弃|(?:跟|伴)着?我一辈子",
        N,
    ),
    ("catastrophizing", 6, r"最坏|最糟|噩梦|闹大|一辈子", N),
    (
        "catastrophizing",
        15,
        en(
            rf"(?:{I_AM}|we're|we are|i'll be)(?: so| totally| completely| absolutely)? "
            r"(?:screwed|doomed|done for(?! the| today| now| tonight| this)|toast|dead meat"
            r"|so dead)"
        ),
        N,
    ),
    (
        "catastrophizing",
        15,
        en(r"(?:get|be|getting|being|got) (?:fired|sacked|let go|laid off|canned)|lose my job"),
        N,
    ),
    ("catastrophizing", 15, en(r"(?:my )?career is over"), N),
    ("catastrophizing", 12, en(r"it'?s (?:all )?over(?= ?(?:[,.!?;]|for me|$))"), N),
    (
        "catastrophizing",
        15,
        en(
            r"(?:the )?end of the world|the end of me|disaster|catastroph(?:e|ic)"
            r"|ruined (?:everything|my (?:life|career|future))|everything is ruined"
        ),
        N,
    ),
    (
        "catastrophizing",
        15,
        en(r"(?:everything|it all) (?:is )?(?:going to )?fall(?:s|ing)? apart"),
        N,
    ),
    ("catastrophizing", 12, en(r"never recover|can'?t (?:ever )?recover"), N),
    (
        "catastrophizing",
        15,
        en(
            r"never (?:find|get) (?:another|a new|a) job"
            r"|never work (?:here |in this industry )?again"
        ),
        N,
    ),
    (
        "catastrophizing",
        12,
        en(
            r"(?:to|on) (?:the ceo|head office|corporate|social media|the news|the press"
            r"|the regulator|upper management)|go(?:es|ing)? viral"
        ),
        N,
    ),
    (
        "catastrophizing",
        12,
        en(
            r"(?:bonus|job|career|commission|rating|score|promotion|reputation)(?: is| will be|'s)"
            r" (?:gone|ruined|over|finished|toast)"
        ),
        N,
    ),
    (
        "catastrophizing",
        12,
        en(r"that's it for me|(?:is|are) going to kill me|(?:will|'ll) kill me"),
        N,
    ),
    ("catastrophizing", 6, en(r"nightmare|worst (?:day|thing|call|shift|mistake)"), N),
    # --- absolutist thinking (绝对化): 总是、从不、每次、永远 ----------------------------
    ("absolutist", 15, r"总是|从来|从不|从没|永远", N),
    (
        "absolutist",
        12,
        r"老是|每次(?![^,。!?;]{0,8}?都(?:会|要)?(?:把[^,。!?;]{0,8}?)?(?:先|记得|核对|检查|确认|复核|提前"
        r"|备注|交接|整理|登记|跟进|回访))|每一次|每回"
        r"|次次|回回|没有一个|没一个|一个(?:都|也)(?:没|不)",
        N,
    ),
    ("absolutist", 10, r"一直都|始终|向来|总爱", N),
    ("absolutist", 12, r"所有的?(?:客户|顾客|买家|用户)", N),
    ("absolutist", 12, r"每个" + CN_PEOPLE, N),
    (
        "absolutist",
        8,
        r"所有的?(?:人|同事|事情?)|全部(?:客户|人)|没有?人|谁(?:都|也)|任何(?:人|客户|时候)|人人",
        N,
    ),
    ("absolutist", 6, r"全都|统统|通通|一辈子|每天都|天天都", N),
    # "I always hand over my tickets" is a habit, not a verdict.
    (
        "absolutist",
        15,
        en(
            r"always(?! (?:remember|check|double-check|make sure|hand|read|log|note|try|confirm"
            r"|verify|follow|update|reply|thank))|never"
        ),
        N,
    ),
    ("absolutist", 12, en(r"every (?:single )?time|all the time|each and every|not once"), N),
    (
        "absolutist",
        12,
        en(r"all (?:the |these |of the |of my )?(?:customers|callers|clients|buyers)"),
        N,
    ),
    ("absolutist", 10, en(r"constantly|forever|without exception|no one|nobody|none of them"), N),
    (
        "absolutist",
        12,
        en(r"every (?:single )?(?:customer|caller|client|buyer|call|person|chat|contact)"),
        N,
    ),
    ("absolutist", 8, en(r"everyone|everybody"), N),
    ("absolutist", 5, en(r"ever|nothing|every day|every shift"), N),
    ("absolutist", 6, en(r"whenever"), N),
    (
        "absolutist",
        12,
        en(r"every (?:big |single )?(?:sale|peak|campaign|promotion|morning|week|month|year)"),
        N,
    ),
)
