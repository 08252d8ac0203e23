"""What the imagined agent writes, in Chinese and English: notes on calls, the texts of the
exercises, and the thought records."""

from __future__ import annotations

from dataclasses import dataclass

# (Chinese, English) notes by category; the first list for tense calls, the second for easy ones.
NOTES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "complaint": (
        [
            (
                "客户说我们从不发货，要投诉到平台",
                "Says we never ship anything, will report us to the platform",
            ),
            (
                "同一个问题第三次来电，越说越激动",
                "Third call about the same problem, angrier each time",
            ),
            ("客户要求主管接听，不听我解释", "Demanded a supervisor, wouldn't let me explain"),
            ("商品有瑕疵，客户坚持要给差评", "Flawed item, customer insists on a bad review"),
        ],
        [
            ("客户投诉包装破损，补发后很满意", "Damaged box; happy once I sent a replacement"),
            ("投诉最后和平解决了", "The complaint ended calmly in the end"),
        ],
    ),
    "refund": (
        [
            (
                "退款三天没到账，说我们想赖账",
                "Refund not in after three days, says we're keeping it",
            ),
            (
                "不符合退款条件，客户纠缠了二十分钟",
                "Not eligible for a refund, pushed for twenty minutes",
            ),
            ("客户因为退款迟到大声吼叫", "Customer shouted about a late refund"),
        ],
        [
            ("退款很快处理完，客户道谢", "Refund done quickly, customer said thanks"),
            ("帮客户查到退款进度，对方放心了", "Found the refund status, customer reassured"),
        ],
    ),
    "logistics": (
        [
            ("物流延误，客户要求赔偿", "Parcel delayed, customer wants compensation"),
            ("显示已签收但客户说没收到", "Tracking says delivered, customer says nothing came"),
            (
                "大促爆仓，一上午都在解释延迟",
                "Warehouse swamped, spent the morning explaining delays",
            ),
        ],
        [
            ("帮客户改了收货地址，很顺利", "Changed the delivery address, no trouble"),
            ("丢件找到了，客户松了口气", "Found the lost parcel, customer relieved"),
        ],
    ),
    "order": (
        [
            ("订单被系统取消，客户很着急", "System cancelled the order, customer panicking"),
        ],
        [
            ("查询订单状态，很快搞定", "Order status question, a quick one"),
            ("帮客户合并了两个订单", "Merged two orders for a customer"),
            ("客户问发票怎么开", "Customer asked how to get an invoice"),
        ],
    ),
    "product": (
        [
            ("商品说明写得不清楚，客户觉得被骗", "Unclear product page, customer feels cheated"),
            ("尺码不对，客户说我们故意误导", "Wrong size, says we misled them on purpose"),
        ],
        [
            ("耐心讲解了使用方法，客户很满意", "Explained how to use it, customer pleased"),
            ("客户问尺码建议，聊得很愉快", "Sizing advice, a friendly caller"),
        ],
    ),
    "abusive": (
        [
            ("客户骂人，还说要找人收拾我", "Customer swore at me and made threats"),
            ("被骂了二十分钟，手还在抖", "Twenty minutes of insults, hands still shaking"),
            ("客户人身攻击，按流程挂断了", "Personal insults; ended the call as the rules say"),
        ],
        [
            ("客户一开始很凶，后来道歉了", "Rude at first, apologised at the end"),
        ],
    ),
    "other": (
        [
            ("系统卡顿，客户等得不耐烦", "System kept freezing, caller lost patience"),
            ("连续接了十几通电话没喘口气", "A dozen calls back to back without a breath"),
        ],
        [
            ("组长表扬了我的处理方式", "Team lead praised how I handled a call"),
            ("同事帮我顶了一会儿", "A colleague covered for me for a bit"),
        ],
    ),
}

# Exercise texts, (Chinese, English).
REFRAMINGS = [
    (
        "客户就是来找茬的",
        "他是着急想解决问题",
        "He's just looking for a fight",
        "He badly wants it fixed",
    ),
    (
        "我今天什么都做不好",
        "难的几通我都处理完了",
        "I can't do anything right today",
        "I got through the hard calls",
    ),
    (
        "又被投诉了，真丢人",
        "投诉让我知道哪里能改",
        "Another complaint, how embarrassing",
        "It shows me what to improve",
    ),
]
TASK_SPLITS = [
    (
        ["查物流轨迹", "联系快递站点", "给客户回电说明"],
        ["Check the tracking", "Call the depot", "Call the customer back"],
    ),
    (
        ["核对订单信息", "提交退款申请", "截图发给客户"],
        ["Check the order", "File the refund", "Send the customer a screenshot"],
    ),
]
NVC_REPLIES = [
    (
        "等了这么久还没收到，您一定很着急。我现在就去联系快递，十分钟内回复您，可以吗？",
        "You've waited a long time and must be worried. I'll call the courier now and get back "
        "to you within ten minutes, is that all right?",
    ),
    (
        "钱一直没到账，换成谁都会担心。我把退款进度截图发给您，您对照一下银行的到账时间，好吗？",
        "Anyone would worry with the money not back yet. I'll send you the refund status so you "
        "can check it against your bank, all right?",
    ),
]


@dataclass(frozen=True, slots=True)
class ThoughtTemplate:
    """A thought record an agent might write; texts as (Chinese, English)."""

    situation: tuple[str, str]
    thought: tuple[str, str]
    emotions: tuple[str, ...]
    distortions: tuple[str, ...]
    evidence_for: tuple[str, str]
    evidence_against: tuple[str, str]
    balanced: tuple[str, str]


THOUGHTS = [
    ThoughtTemplate(
        ("客户因为退款慢大骂了十分钟", "A customer yelled for ten minutes about a slow refund"),
        ("他骂我，说明我根本做不好这份工作", "He yelled at me, so I'm clearly bad at this job"),
        ("wronged", "angry"),
        ("personalization", "labeling"),
        ("我确实没能给出准确的到账时间", "I couldn't give him an exact date"),
        ("退款慢是银行流程，不是我造成的", "The delay is the bank's process, not something I did"),
        (
            "他是对退款流程生气，不是对我这个人；我已经按流程尽力了",
            "He was angry at the refund process, not at me; I did all the process allows",
        ),
    ),
    ThoughtTemplate(
        ("组长在群里说本组差评变多了", "The team lead said our bad reviews are up"),
        ("肯定是因为我，我要被开除了", "It must be me; I'm going to be fired"),
        ("anxious", "tense"),
        ("personalization", "catastrophizing", "fortune_telling"),
        ("上周有一个差评是我那单的", "One bad review last week was on my call"),
        ("组长没有点名，差评是全组的数字", "Nobody was named; it is the whole team's number"),
        (
            "一次提醒不等于开除；我可以看看自己那几单哪里能改进",
            "A reminder is not a dismissal; I can look at what to improve on my calls",
        ),
    ),
    ThoughtTemplate(
        ("连续三个客户都在投诉物流", "Three callers in a row complained about delivery"),
        (
            "我总是遇到难缠的客户，永远不会好了",
            "I always get the difficult ones; it'll never get better",
        ),
        ("frustrated", "exhausted"),
        ("absolutist", "overgeneralization"),
        ("今天下午确实一直在接投诉", "This afternoon really was one complaint after another"),
        ("上午有好几通电话很顺利", "I had several easy calls this morning"),
        (
            "今天物流延误，投诉集中是正常的，不是一直都这样",
            "Deliveries are late today, so complaints bunch up; it isn't always like this",
        ),
    ),
    ThoughtTemplate(
        (
            "客户挂电话前说“你们客服都是机器人”",
            'The caller said "you agents are all robots" and hung up',
        ),
        ("他一定觉得我很敷衍", "He must think I didn't care at all"),
        ("wronged", "sad"),
        ("mind_reading", "emotional_reasoning"),
        ("我用了很多标准话术", "I used a lot of set phrases"),
        ("我认真查了他的订单，也给了解决办法", "I checked his order properly and offered a fix"),
        (
            "我不知道他怎么想；他的气话是冲着等待时间的，我的处理是认真的",
            "I can't know what he thinks; he was angry about the wait, and I did the work properly",
        ),
    ),
    ThoughtTemplate(
        (
            "我把一个退货地址发错了，被质检抽到",
            "I sent a wrong return address and review caught it",
        ),
        (
            "我不应该犯这种低级错误，我太粗心了",
            "I should never make such a basic mistake; I'm careless",
        ),
        ("anxious", "sad"),
        ("should_statements", "labeling"),
        ("地址确实是我发错的", "I did send the wrong address"),
        (
            "一天处理上百单，这是这个月第一次出错",
            "I handle a hundred cases a day; first slip this month",
        ),
        (
            "偶尔出错很正常；我已经改正并告诉了客户，以后发送前再核对一遍",
            "Slips happen; I fixed it, told the customer, and will check before sending",
        ),
    ),
    ThoughtTemplate(
        ("大促前一天排班加到了周六", "A Saturday shift was added the day before the big sale"),
        ("大促那几天我肯定撑不下去", "I'll never make it through the sale days"),
        ("exhausted", "anxious"),
        ("catastrophizing", "fortune_telling"),
        ("去年大促结束后我累得不想说话", "After last year's sale I was too tired to talk"),
        ("去年我还是撑过来了，而且同事会轮换", "I made it through last year, and we take turns"),
        (
            "会很累，但我可以按时休息、和同事轮换，一天一天来",
            "It will be tiring, but I can take my breaks, swap with colleagues, one day at a time",
        ),
    ),
]
