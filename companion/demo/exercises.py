"""One exercise use (breathing, detachment, positive reframing, task split, a reply in
nonviolent communication) with distress before and after, and one finished thought record."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from companion.demo.days import new_id
from companion.demo.texts import NVC_REPLIES, REFRAMINGS, TASK_SPLITS, THOUGHTS
from companion.domain.thoughts import EmotionRating, Evidence, ExerciseUse, ThoughtRecord


def make_exercise(
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
        id=new_id(rng),
        kind=kind,
        started_at=started,
        finished_at=started + timedelta(seconds=seconds + rng.randint(10, 40)),
        distress_before=None if before is None else float(before),
        distress_after=None if after is None else float(after),
        details=details,
        extra=extra,
    )


def make_thought(
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
        id=new_id(rng),
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
