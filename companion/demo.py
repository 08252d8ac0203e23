"""A realistic synthetic history, for screenshots, benchmarks and trying Companion out.

`generate_history` writes weeks of an imagined agent's shifts into a store: mood entries after
difficult calls, the breaks of each day and what became of them, exercises and finished thought
records. The history has patterns a reviewer can find on the dashboard:

- stress is higher on Mondays and late in the afternoon, and for complaints, refunds and
  abusive callers than for order questions;
- emotions follow the stress (angry, wronged, frustrated when high; calm, relieved when low);
- a hard period builds up over the first stretch of the history; once exercises start (two
  fifths in) stress comes slowly down, and breaks are skipped less;
- entries in the hour after a break that was taken are a little calmer than after a skipped one;
- exercises lower distress, usually by one to three points.

The same seed, time and zone give the same history, ids included. Nothing lies in the future.

`fill_demo_home` is what `companion demo` runs: it refuses a store that holds real records, and
marks the data folder as a demo one (the file `demo-history`) before writing anything.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Protocol

from companion.domain.breaks import LONG, MICRO, BreakRecord
from companion.domain.checkin import CheckIn
from companion.domain.clock import Clock
from companion.domain.mood import MoodInput, make_mood_input, validate_emotions
from companion.domain.thoughts import (
    EmotionRating,
    Evidence,
    ExerciseUse,
    ThoughtRecord,
    distress_on_ten,
)
from companion.paths import DB_NAME, AppPaths

DEMO_MARKER = "demo-history"
WEEKS_MIN, WEEKS_MAX = 1, 520
ENTRIES_MAX = 1_000_000

# Where in the history (0 = first day, 1 = today) the agent starts doing exercises.
EXERCISES_FROM = 0.4
SHIFT = (9 * 60, 18 * 60)
SATURDAY_SHIFT = (9 * 60, 15 * 60)
LUNCH = (12 * 60, 13 * 60)
MICRO_SECONDS = 40
LONG_SECONDS = 5 * 60
NOTICE = timedelta(seconds=30)

# More calls are logged after lunch; stress climbs through the afternoon.
HOUR_WEIGHT = {9: 0.8, 10: 1.0, 11: 1.0, 12: 1.0, 13: 1.3, 14: 1.5, 15: 1.5, 16: 1.4, 17: 1.2}
HOUR_STRESS = {9: 0.2, 10: -0.2, 11: 0.0, 12: 0.0, 13: 0.0, 14: 0.2, 15: 0.5, 16: 0.9, 17: 1.2}
WEEKDAY_STRESS = (1.1, 0.3, -0.1, 0.1, -0.3, 0.3, 0.0)  # Monday first
CATEGORY_WEIGHT = {
    "order": 22,
    "logistics": 20,
    "refund": 15,
    "complaint": 15,
    "product": 13,
    "abusive": 5,
    "other": 6,
}
CATEGORY_STRESS = {
    "complaint": 1.6,
    "refund": 1.2,
    "abusive": 2.8,
    "logistics": 0.5,
    "order": -0.8,
    "product": -0.3,
    "other": -0.2,
}
EXERCISE_WEIGHT = {  # the exercises of the Exercises window; thought records aside
    "breathing": 35,
    "detachment": 25,
    "positive_reframing": 14,
    "task_split": 13,
    "nvc": 13,
}


BASE_STRESS = 3.3
# Stress in the hour after a break, by what became of it.
AFTER_BREAK = {
    "taken": -0.6,
    "ended_early": -0.3,
    "natural": -0.4,
    "skipped": 0.6,
    "postponed": 0.3,
}

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
class _Template:
    """A thought record an agent might write; texts as (Chinese, English)."""

    situation: tuple[str, str]
    thought: tuple[str, str]
    emotions: tuple[str, ...]
    distortions: tuple[str, ...]
    evidence_for: tuple[str, str]
    evidence_against: tuple[str, str]
    balanced: tuple[str, str]


THOUGHTS = [
    _Template(
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
    _Template(
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
    _Template(
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
    _Template(
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
    _Template(
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
    _Template(
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


class DemoError(RuntimeError):
    """A demo history cannot be written; `str()` is a message for the user."""


class HistorySink(Protocol):
    """What the generator writes through (the Store)."""

    def add_moods_bulk(
        self, values: Sequence[MoodInput], ids: Sequence[uuid.UUID] | None = None
    ) -> list[uuid.UUID]: ...

    def add_breaks_bulk(self, records: Sequence[BreakRecord]) -> int: ...

    def save_thought(self, record: ThoughtRecord) -> ThoughtRecord: ...

    def add_exercise(self, use: ExerciseUse) -> ExerciseUse: ...

    def add_check_in(self, check_in: CheckIn) -> CheckIn: ...


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was written."""

    weeks: int
    seed: int
    first_day: date
    last_day: date
    working_days: int
    moods: int
    mean_stress: float | None
    breaks: dict[str, int]
    exercises: int
    thoughts: int
    exercises_from: date | None  # the local day of the first exercise
    mean_by_weekday: dict[int, float] = field(default_factory=dict)  # 0 = Monday


@dataclass(slots=True)
class _Day:
    day: date
    t: float  # where in the history: 0 first day, 1 today
    start: int  # shift, local minutes after midnight
    end: int
    limit: float  # nothing after this (local minutes): the end of the shift, or now
    peak: bool  # a sale season: more calls, more stress
    mood: float  # a good or a bad day
    noon_utc: datetime  # local noon as UTC, to turn local minutes into moments
    exact: bool  # the UTC offset is the same all shift long

    def slots(self) -> list[tuple[float, float, float]]:
        """(start, end, weight) per working hour up to `limit`, lunch left out."""
        found = []
        for hour_start in range(self.start, self.end, 60):
            low, high = hour_start, min(hour_start + 60, self.end)
            if LUNCH[0] <= low < LUNCH[1]:
                continue
            high_clipped = min(high, self.limit)
            if high_clipped > low:
                found.append((float(low), high_clipped, HOUR_WEIGHT[hour_start // 60]))
        return found

    def minutes(self) -> float:
        return sum(high - low for low, high, _w in self.slots())


def _moment(day: _Day, minutes: float, zone: tzinfo) -> datetime:
    """The UTC moment of local time `minutes` after midnight on `day`."""
    if day.exact:
        return day.noon_utc + timedelta(minutes=minutes - 12 * 60)
    local = datetime.combine(day.day, time()) + timedelta(minutes=minutes)
    return local.replace(tzinfo=zone).astimezone(UTC)


def _local_noon(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(12)).replace(tzinfo=zone).astimezone(UTC)


def _offset(day: date, minutes: int, zone: tzinfo) -> timedelta | None:
    local = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return local.replace(tzinfo=zone).utcoffset()


def _trend(t: float) -> float:
    """A hard period builds up, then eases once exercises start, ending calmer than it began."""
    if t < 0.1:
        return 0.0
    if t < EXERCISES_FROM:
        return 1.8 * (t - 0.1) / (EXERCISES_FROM - 0.1)
    progress = min(1.0, (t - EXERCISES_FROM) / (1 - EXERCISES_FROM) * 1.25)
    return 1.8 - 2.7 * progress


def _is_peak(day: date) -> bool:
    """The weeks before the 618 and Double 11 sales, and the days after."""
    return (day.month == 6 and 4 <= day.day <= 20) or (day.month == 11 and 1 <= day.day <= 14)


def _new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _plan_days(
    rng: random.Random, now: datetime, zone: tzinfo, weeks: int
) -> tuple[list[date], list[_Day]]:
    today = now.astimezone(zone).date()
    local_now = now.astimezone(zone)
    now_minutes = local_now.hour * 60 + local_now.minute + local_now.second / 60
    calendar = [today - timedelta(days=back) for back in range(7 * weeks - 1, -1, -1)]
    span = max(1, len(calendar) - 1)
    saturdays: dict[date, bool] = {}
    leave: dict[date, bool] = {}
    days = []
    for index, day in enumerate(calendar):
        monday = day - timedelta(days=day.weekday())
        if monday not in saturdays:
            saturdays[monday] = rng.random() < 0.25
            # A week of leave now and then, never in the last two weeks.
            leave[monday] = (
                weeks >= 8 and monday < today - timedelta(weeks=2) and rng.random() < 0.03
            )
        mood = rng.gauss(0.0, 0.5)
        off = rng.random() < 0.03
        if leave[monday] or off or day.weekday() == 6:
            continue
        if day.weekday() == 5:
            if not saturdays[monday]:
                continue
            start, end = SATURDAY_SHIFT
        else:
            start, end = SHIFT
        limit: float = end if day < today else min(end, now_minutes - 1)
        if limit <= start:
            continue
        exact = _offset(day, start, zone) == _offset(day, end, zone) == _offset(day, 720, zone)
        days.append(
            _Day(
                day=day,
                t=index / span,
                start=start,
                end=end,
                limit=limit,
                peak=_is_peak(day),
                mood=mood,
                noon_utc=_local_noon(day, zone),
                exact=exact,
            )
        )
    return calendar, days


@dataclass(frozen=True, slots=True)
class _Break:
    minute: float  # when it fell due, local minutes
    outcome: str


def _outcome(rng: random.Random, day: _Day, minute: float) -> str:
    hard = max(0.0, _trend(day.t)) / 1.8
    later = max(0.0, (day.t - EXERCISES_FROM) / (1 - EXERCISES_FROM))
    weights = {
        "taken": 52 - 14 * hard + 14 * later,
        "ended_early": 10.0,
        "skipped": 16 + 14 * hard - 7 * later + (5 if minute >= 16 * 60 else 0),
        "postponed": 7 + 3 * hard,
        "natural": 15.0,
    }
    if day.day.weekday() == 0:
        weights["skipped"] += 4
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _day_breaks(
    rng: random.Random, day: _Day, zone: tzinfo
) -> tuple[list[_Break], list[BreakRecord]]:
    """A micro-break about every 50 minutes, and one long break in the afternoon."""
    planned: list[float] = []
    for low, high in ((day.start, LUNCH[0]), (LUNCH[1], day.end)):
        step = low + 50
        while step < high - 5:
            planned.append(step + rng.uniform(-4, 4))
            step += 50
    afternoon = [m for m in planned if m >= LUNCH[1]]
    long_at = min(afternoon, key=lambda m: abs(m - 15.5 * 60)) if afternoon else None
    found, records = [], []
    for minute in planned:
        if minute >= day.limit:
            break
        kind = LONG if minute == long_at else MICRO
        length = LONG_SECONDS if kind == LONG else MICRO_SECONDS
        outcome = _outcome(rng, day, minute)
        due = _moment(day, minute, zone)
        shown: datetime | None = due - NOTICE
        postponed, seconds = 0, 0
        if outcome == "taken":
            postponed = rng.choices((0, 1, 2), weights=(80, 15, 5))[0]
            seconds = length
        elif outcome == "ended_early":
            postponed = rng.choices((0, 1), weights=(85, 15))[0]
            seconds = rng.randint(5, length - 5)
        elif outcome == "skipped":
            postponed = rng.choices((0, 1), weights=(75, 25))[0]
        elif outcome == "postponed":
            postponed = rng.randint(1, 3)
        else:  # natural: away from the keyboard, so no notice
            shown = None
            seconds = rng.randint(60, 900)
            kind = LONG if seconds >= LONG_SECONDS else MICRO
        found.append(_Break(minute, outcome))
        records.append(BreakRecord(kind, due, shown, outcome, postponed, seconds))
    return found, records


def _apportion(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to `weights` (largest remainders), summing exactly."""
    whole = sum(weights)
    if whole <= 0:
        raise DemoError("there is no working time in the history to place entries in")
    shares = [total * weight / whole for weight in weights]
    counts = [int(share) for share in shares]
    left = total - sum(counts)
    order = sorted(range(len(shares)), key=lambda i: (counts[i] - shares[i], i))
    for index in order[:left]:
        counts[index] += 1
    return counts


def _natural_count(rng: random.Random, day: _Day) -> int:
    if day.day.weekday() == 5:
        count = rng.randint(6, 9)
    else:
        count = rng.randint(6, 14)
        if day.day.weekday() == 0:
            count += 2
        if day.peak:
            count += 3
        if day.t < EXERCISES_FROM:
            count += round(max(0.0, _trend(day.t)))
    count = min(14, count)
    full = day.end - day.start - (LUNCH[1] - LUNCH[0])
    return round(count * min(1.0, day.minutes() / full))


def _emotions(rng: random.Random, stress: int, category: str | None, hour: int) -> tuple[str, ...]:
    pool: dict[str, float]
    if stress >= 7:
        pool = {"angry": 3, "wronged": 3, "frustrated": 3, "exhausted": 1, "tense": 1, "anxious": 1}
        if category == "abusive":
            pool["wronged"] += 3
            pool["angry"] += 2
        how_many = rng.choices((1, 2, 3), weights=(40, 40, 20))[0]
    elif stress >= 4:
        pool = {"tense": 3, "frustrated": 2, "anxious": 2, "exhausted": 2, "wronged": 1}
        how_many = rng.choices((1, 2), weights=(65, 35))[0]
    else:
        if rng.random() < 0.12:
            return ()
        pool = {"calm": 4, "relieved": 3, "proud": 1.5}
        how_many = rng.choices((1, 2), weights=(70, 30))[0]
    if hour >= 16 and stress >= 4:
        pool["exhausted"] = pool.get("exhausted", 0) + 2
    chosen: set[str] = set()
    codes, weights = list(pool), list(pool.values())
    while len(chosen) < how_many:
        chosen.add(rng.choices(codes, weights=weights)[0])
    return validate_emotions(chosen)


def _note(rng: random.Random, stress: int, category: str | None) -> str | None:
    if rng.random() >= (0.45 if stress >= 6 else 0.25):
        return None
    tense, easy = NOTES[category or "other"]
    chinese, english = rng.choice(tense if stress >= 6 else easy)
    return chinese if rng.random() < 0.65 else english


def _day_moods(
    rng: random.Random,
    day: _Day,
    count: int,
    breaks: list[_Break],
    now: datetime,
    zone: tzinfo,
) -> list[MoodInput]:
    slots = day.slots()
    weights = [weight * (high - low) for low, high, weight in slots]
    categories, category_weights = list(CATEGORY_WEIGHT), list(CATEGORY_WEIGHT.values())
    picked = rng.choices(range(len(slots)), weights=weights, k=count) if slots else []
    minutes = sorted(rng.uniform(slots[i][0], slots[i][1]) for i in picked)
    found = []
    for minute in minutes:
        hour = int(minute // 60)
        category: str | None = None
        if rng.random() >= 0.05:
            category = rng.choices(categories, weights=category_weights)[0]
            if day.peak and rng.random() < 0.2:
                category = "logistics"
        level = (
            BASE_STRESS
            + day.mood
            + _trend(day.t)
            + WEEKDAY_STRESS[day.day.weekday()]
            + HOUR_STRESS[hour]
            + (CATEGORY_STRESS[category] if category else 0.0)
            + (0.7 if day.peak else 0.0)
            + rng.gauss(0.0, 1.2)
        )
        for item in breaks:
            if 0 < minute - item.minute <= 60:
                level += AFTER_BREAK[item.outcome]
        stress = min(10, max(0, round(level)))
        found.append(
            make_mood_input(
                at=_moment(day, minute, zone),
                now=now,
                stress=stress,
                emotions=_emotions(rng, stress, category, hour),
                category=category,
                note=_note(rng, stress, category),
            )
        )
    return found


def _exercise(
    rng: random.Random, kind: str, started: datetime, before: int | None, chinese: bool
) -> ExerciseUse:
    drop = {
        "breathing": (1, 3),
        "detachment": (1, 3),
        "positive_reframing": (1, 3),
        "task_split": (0, 2),
        "nvc": (0, 2),
    }[kind]
    details = ""
    extra: dict[str, str] = {}
    seconds = 90
    stopped = rng.random() < 0.1
    if kind == "breathing":
        cycles = rng.randint(3, 6)
        seconds = cycles * 12 if not stopped else rng.randint(10, cycles * 12 - 1)
        extra = {
            "cycles": str(cycles),
            "seconds": str(seconds),
            "stopped_early": str(stopped).lower(),
        }
    elif kind == "detachment":
        chosen = rng.choice((30, 45, 60))
        seconds = chosen if not stopped else rng.randint(5, chosen - 1)
        extra = {
            "seconds_chosen": str(chosen),
            "seconds": str(seconds),
            "stopped_early": str(stopped).lower(),
        }
    elif kind == "positive_reframing":
        harsh_zh, kind_zh, harsh_en, kind_en = rng.choice(REFRAMINGS)
        details = f"{harsh_zh}\n→ {kind_zh}" if chinese else f"{harsh_en}\n→ {kind_en}"
        seconds = rng.randint(60, 240)
    elif kind == "task_split":
        tasks_zh, tasks_en = rng.choice(TASK_SPLITS)
        done = rng.randint(1, len(tasks_zh))
        details = "\n".join(
            f"{'✓' if index < done else '☐'} {text}"
            for index, text in enumerate(tasks_zh if chinese else tasks_en)
        )
        seconds = rng.randint(60, 300)
    else:
        reply_zh, reply_en = rng.choice(NVC_REPLIES)
        details = reply_zh if chinese else reply_en
        seconds = rng.randint(90, 300)
    after: int | None = None
    rated = rng.random()
    if before is None or rated < 0.12:  # not rated at all
        before = None
    elif rated < 0.17:  # rated only before
        pass
    else:
        change = -rng.randint(*drop) if rng.random() < 0.88 else rng.choice((0, 1))
        after = min(10, max(0, before + change))
    return ExerciseUse(
        id=_new_id(rng),
        kind=kind,
        started_at=started,
        finished_at=started + timedelta(seconds=seconds + rng.randint(10, 40)),
        distress_before=None if before is None else float(before),
        distress_after=None if after is None else float(after),
        details=details,
        extra=extra,
    )


def _thought(
    rng: random.Random, created: datetime, stress: int, entry_id: uuid.UUID
) -> ThoughtRecord:
    template = rng.choice(THOUGHTS)
    lang = 0 if rng.random() < 0.65 else 1
    top = min(100, max(40, stress * 10 + rng.randint(-5, 10)))
    before = tuple(
        EmotionRating(code, top if index == 0 else max(20, top - rng.randint(10, 30)))
        for index, code in enumerate(template.emotions)
    )
    after = tuple(
        EmotionRating(rating.emotion, max(0, rating.intensity - rng.randint(20, 50)))
        for rating in before
    )
    evidence = (
        Evidence(
            template.distortions[0],
            template.evidence_for[lang],
            template.evidence_against[lang],
        ),
    )
    return ThoughtRecord(
        id=_new_id(rng),
        created_at=created,
        updated_at=created + timedelta(minutes=rng.randint(6, 18)),
        automatic_thought=template.thought[lang],
        situation=template.situation[lang],
        emotions_before=before,
        distortions=template.distortions,
        evidence=evidence,
        balanced_thought=template.balanced[lang],
        belief=rng.randint(50, 85),
        emotions_after=after,
        is_draft=False,
        step=7,
        mood_entry_id=entry_id,
    )


def _check_ins(
    rng: random.Random,
    per_day: list[tuple[_Day, list[int]]],
    moods: list[MoodInput],
    now: datetime,
    zone: tzinfo,
) -> list[CheckIn]:
    """A WHO-5 check-in on the first working day of most weeks, mid-morning, its answers
    following that week's stress: a hard week reads lower, as it would for a person."""
    weeks: dict[date, list[int]] = {}
    first_day: dict[date, _Day] = {}
    for day, positions in per_day:
        monday = day.day - timedelta(days=day.day.weekday())
        weeks.setdefault(monday, []).extend(moods[p].stress for p in positions)
        first_day.setdefault(monday, day)
    found = []
    for monday, stresses in sorted(weeks.items()):
        if not stresses or rng.random() < 0.2:  # some weeks are skipped, as people do
            continue
        at = _moment(first_day[monday], 10 * 60 + rng.uniform(20, 50), zone)
        if at >= now:
            continue
        mean = sum(stresses) / len(stresses)
        level = 5.2 - mean * 0.55  # stress 2 -> about 4, stress 7 -> about 1.3
        answers = tuple(min(5, max(0, round(level + rng.uniform(-1.0, 1.0)))) for _ in range(5))
        found.append(CheckIn(_new_id(rng), at, answers))
    return found


def generate_history(
    store: HistorySink,
    clock_now: datetime,
    zone: tzinfo,
    weeks: int,
    seed: int,
    entries: int | None = None,
) -> DemoSummary:
    """Write `weeks` weeks of an agent's history, up to `clock_now`, into `store`.

    Shifts are 09:00-18:00 local time Monday to Friday (lunch 12-13), 09:00-15:00 on a
    Saturday in about one week of four; a day off now and then. `entries` replaces the natural
    number of mood entries (6-14 a working day) by exactly that many, spread the same way.
    """
    if not WEEKS_MIN <= weeks <= WEEKS_MAX:
        raise ValueError(f"weeks must be from {WEEKS_MIN} to {WEEKS_MAX}, got {weeks}")
    if entries is not None and not 0 <= entries <= ENTRIES_MAX:
        raise ValueError(f"entries must be from 0 to {ENTRIES_MAX:,}, got {entries}")
    if clock_now.tzinfo is None:
        raise ValueError("generate_history needs an aware time")
    now = clock_now.astimezone(UTC)
    rng = random.Random(seed)
    calendar, days = _plan_days(rng, now, zone, weeks)
    counts = [_natural_count(rng, day) for day in days]
    if entries is not None:
        weights = [float(count) for count in counts]
        if sum(weights) <= 0:
            weights = [day.minutes() for day in days]
        counts = _apportion(entries, weights) if entries else [0] * len(days)

    moods: list[MoodInput] = []
    ids: list[uuid.UUID] = []
    breaks: list[BreakRecord] = []
    per_day: list[tuple[_Day, list[int]]] = []  # positions of each day's entries in `moods`
    for day, count in zip(days, counts, strict=True):
        day_breaks, records = _day_breaks(rng, day, zone)
        breaks.extend(records)
        found = _day_moods(rng, day, count, day_breaks, now, zone)
        per_day.append((day, list(range(len(moods), len(moods) + len(found)))))
        moods.extend(found)
        ids.extend(_new_id(rng) for _ in found)

    thoughts: list[ThoughtRecord] = []
    exercises: list[ExerciseUse] = []
    kinds, kind_weights = list(EXERCISE_WEIGHT), list(EXERCISE_WEIGHT.values())
    for day, positions in per_day:
        if day.t < EXERCISES_FROM:
            continue
        fresh = max(0.0, 1 - (day.t - EXERCISES_FROM) / (1 - EXERCISES_FROM))  # keen at first
        uses = rng.choices((0, 1, 2), weights=(50 - 15 * fresh, 35, 15 + 15 * fresh))[0]
        tense = sorted(positions, key=lambda p: (-moods[p].stress, p))
        for turn in range(uses):
            if turn < len(tense) and moods[tense[turn]].stress >= 5:
                trigger = moods[tense[turn]]
                started = trigger.at + timedelta(minutes=rng.randint(2, 20))
                before: int | None = min(10, max(0, trigger.stress + rng.randint(-1, 1)))
            else:
                low, high = day.start + 30, day.limit
                if high <= low:
                    continue
                started = _moment(day, rng.uniform(low, high), zone)
                before = rng.randint(3, 7)
            use = _exercise(
                rng,
                rng.choices(kinds, weights=kind_weights)[0],
                started,
                before,
                rng.random() < 0.65,
            )
            if use.finished_at is not None and use.finished_at < now:
                exercises.append(use)
        if tense and moods[tense[0]].stress >= 6 and rng.random() < 0.12:
            trigger = moods[tense[0]]
            created = trigger.at + timedelta(minutes=rng.randint(10, 40))
            record = _thought(rng, created, trigger.stress, ids[tense[0]])
            if record.updated_at < now:
                thoughts.append(record)
                exercises.append(
                    ExerciseUse(
                        id=_new_id(rng),
                        kind="thought_record",
                        started_at=record.created_at,
                        finished_at=record.updated_at,
                        distress_before=distress_on_ten(record.emotions_before),
                        distress_after=distress_on_ten(record.emotions_after),
                        thought_record_id=record.id,
                    )
                )

    store.add_moods_bulk(moods, ids)
    store.add_breaks_bulk(breaks)
    for record in thoughts:
        store.save_thought(record)
    for use in sorted(exercises, key=lambda u: u.started_at):
        store.add_exercise(use)
    for check_in in _check_ins(rng, per_day, moods, now, zone):
        store.add_check_in(check_in)

    by_weekday: dict[int, list[int]] = {}
    for day, positions in per_day:
        by_weekday.setdefault(day.day.weekday(), []).extend(moods[p].stress for p in positions)
    first_use = min((use.started_at for use in exercises), default=None)
    return DemoSummary(
        weeks=weeks,
        seed=seed,
        first_day=calendar[0],
        last_day=calendar[-1],
        working_days=len(days),
        moods=len(moods),
        mean_stress=(round(sum(m.stress for m in moods) / len(moods), 2) if moods else None),
        breaks=dict(Counter(record.outcome for record in breaks)),
        exercises=len(exercises),
        thoughts=len(thoughts),
        exercises_from=None if first_use is None else first_use.astimezone(zone).date(),
        mean_by_weekday={
            weekday: round(sum(values) / len(values), 2)
            for weekday, values in sorted(by_weekday.items())
            if values
        },
    )


# -- the `companion demo` command ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoResult:
    home: Path
    summary: DemoSummary | None  # None: the demo store was full already, nothing was added
    existing: dict[str, int]  # records found before writing
    replaced: bool = False
    moved_aside: Path | None = None


RECORD_NAMES = {
    "moods": "mood entries",
    "breaks": "break records",
    "thoughts": "thought records",
    "exercises": "exercise records",
}


def is_demo_home(home: Path) -> bool:
    return (home / DEMO_MARKER).is_file()


def _erase_database(home: Path) -> None:
    database = home / DB_NAME
    for path in (
        database,
        database.with_name(DB_NAME + "-wal"),
        database.with_name(DB_NAME + "-shm"),
    ):
        path.unlink(missing_ok=True)


def _write_demo_settings(settings_file: Path) -> None:
    """The shift and breaks the history was made with, so that the app opened on the demo
    folder schedules breaks the same way; keys already in the file are left as they are."""
    from companion.settings import keys_in_file, save_setting

    chosen = keys_in_file(settings_file)
    if chosen is None:
        return  # not readable as TOML: left alone, as everywhere else
    for key, value in (
        ("shift.days", ["mon", "tue", "wed", "thu", "fri"]),
        ("shift.hours", ["09:00-12:00", "13:00-18:00"]),
        ("breaks.micro_interval_minutes", 50),
    ):
        if key not in chosen:
            save_setting(settings_file, key, value)


def fill_demo_home(
    home: Path,
    clock: Clock,
    *,
    weeks: int,
    seed: int,
    entries: int | None = None,
    replace: bool = False,
) -> DemoResult:
    """Create (or open) the store under `home` and write a demo history into it.

    Refused (DemoError, nothing changed) when the store holds any record and `home` is not a
    demo folder. A demo folder that holds a history already gets nothing more, unless
    `replace`, which erases its store first.
    """
    from companion.storage.store import open_store

    paths = AppPaths(data_dir=home, config_dir=home)
    demo = is_demo_home(home)
    replaced = False
    if replace and demo and paths.database.exists():
        _erase_database(home)
        replaced = True
    store, report = open_store(paths, clock)
    try:
        existing = store.record_counts()
        if any(existing.values()):
            if not demo:
                found = ", ".join(
                    f"{count:,} {RECORD_NAMES[name]}" for name, count in existing.items() if count
                )
                raise DemoError(
                    f"{paths.database} holds real records ({found}); a demo history is only "
                    "written into an empty folder or one made by 'companion demo'. "
                    "Nothing was changed."
                )
            return DemoResult(home, None, existing, moved_aside=report.moved_aside)
        (home / DEMO_MARKER).write_text(
            "This folder holds a synthetic history made by 'companion demo' "
            f"(seed {seed}, {weeks} weeks), not anyone's real records.\n",
            encoding="utf-8",
        )
        summary = generate_history(store, clock.now(), clock.local_zone(), weeks, seed, entries)
        _write_demo_settings(paths.settings_file)
    finally:
        store.close()
    return DemoResult(home, summary, existing, replaced=replaced, moved_aside=report.moved_aside)


WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def describe(result: DemoResult) -> str:
    """What `companion demo` prints."""
    lines = []
    if result.moved_aside is not None:
        lines.append(f"The damaged database was kept as {result.moved_aside}.")
    summary = result.summary
    if summary is None:
        moods = result.existing.get("moods", 0)
        lines.append(
            f"{result.home} already holds a demo history ({moods:,} mood entries); nothing was "
            "added. Use --replace to make a new one."
        )
        return "\n".join(lines) + "\n"
    verb = "Replaced the demo history" if result.replaced else "Created a demo history"
    lines.append(
        f"{verb} in {result.home} (seed {summary.seed}): {summary.weeks} weeks, "
        f"{summary.first_day.isoformat()} to {summary.last_day.isoformat()}."
    )
    mean = "-" if summary.mean_stress is None else f"{summary.mean_stress:.2f}"
    by_day = ", ".join(
        f"{WEEKDAY_NAMES[weekday]} {value:.1f}"
        for weekday, value in summary.mean_by_weekday.items()
    )
    lines.append(
        f"  mood entries     {summary.moods:,} on {summary.working_days} working days; "
        f"mean stress {mean}" + (f" ({by_day})" if by_day else "")
    )
    outcomes = ", ".join(
        f"{outcome.replace('_', ' ')} {summary.breaks[outcome]:,}"
        for outcome in ("taken", "ended_early", "skipped", "postponed", "natural")
        if outcome in summary.breaks
    )
    lines.append(
        f"  breaks           {sum(summary.breaks.values()):,}"
        + (f": {outcomes}" if outcomes else "")
    )
    lines.append(
        f"  exercises        {summary.exercises:,}"
        + ("" if summary.exercises_from is None else f" from {summary.exercises_from.isoformat()}")
        + f", including {summary.thoughts:,} thought records"
    )
    lines.append(f"Try it: COMPANION_HOME={result.home} companion")
    return "\n".join(lines) + "\n"


__all__ = [
    "DEMO_MARKER",
    "DemoError",
    "DemoResult",
    "DemoSummary",
    "describe",
    "fill_demo_home",
    "generate_history",
    "is_demo_home",
]
