"""Turning thought records and exercise uses into rows and back (lists as JSON text)."""

from __future__ import annotations

import json
import uuid

from companion.domain.thoughts import EmotionRating, Evidence, ExerciseUse, ThoughtRecord
from companion.storage.models import ExerciseUseRow, ThoughtRecordRow


def _ratings_json(ratings: tuple[EmotionRating, ...]) -> str:
    return json.dumps([[r.emotion, r.intensity] for r in ratings], ensure_ascii=False)


def _ratings(text: str) -> tuple[EmotionRating, ...]:
    return tuple(EmotionRating(str(emotion), int(value)) for emotion, value in json.loads(text))


def fill_thought_row(row: ThoughtRecordRow, record: ThoughtRecord) -> ThoughtRecordRow:
    row.id = str(record.id)
    row.created_at = record.created_at
    row.updated_at = record.updated_at
    row.is_draft = record.is_draft
    row.step = record.step
    row.mood_entry_id = None if record.mood_entry_id is None else str(record.mood_entry_id)
    row.situation = record.situation
    row.automatic_thought = record.automatic_thought
    row.emotions_before = _ratings_json(record.emotions_before)
    row.distortions = json.dumps(list(record.distortions))
    row.evidence = json.dumps(
        [[e.distortion, e.evidence_for, e.evidence_against] for e in record.evidence],
        ensure_ascii=False,
    )
    row.balanced_thought = record.balanced_thought
    row.belief = record.belief
    row.emotions_after = _ratings_json(record.emotions_after)
    return row


def thought_from_row(row: ThoughtRecordRow) -> ThoughtRecord:
    return ThoughtRecord(
        id=uuid.UUID(row.id),
        created_at=row.created_at,
        updated_at=row.updated_at,
        automatic_thought=row.automatic_thought,
        situation=row.situation,
        emotions_before=_ratings(row.emotions_before),
        distortions=tuple(json.loads(row.distortions)),
        evidence=tuple(Evidence(str(d), str(f), str(a)) for d, f, a in json.loads(row.evidence)),
        balanced_thought=row.balanced_thought,
        belief=row.belief,
        emotions_after=_ratings(row.emotions_after),
        is_draft=row.is_draft,
        step=row.step,
        mood_entry_id=None if row.mood_entry_id is None else uuid.UUID(row.mood_entry_id),
    )


def exercise_row(use: ExerciseUse) -> ExerciseUseRow:
    return ExerciseUseRow(
        id=str(use.id),
        kind=use.kind,
        started_at=use.started_at,
        finished_at=use.finished_at,
        distress_before=use.distress_before,
        distress_after=use.distress_after,
        thought_record_id=None if use.thought_record_id is None else str(use.thought_record_id),
        details=use.details,
        extra=json.dumps(use.extra, ensure_ascii=False, sort_keys=True),
    )


def exercise_from_row(row: ExerciseUseRow) -> ExerciseUse:
    return ExerciseUse(
        id=uuid.UUID(row.id),
        kind=row.kind,
        started_at=row.started_at,
        finished_at=row.finished_at,
        distress_before=row.distress_before,
        distress_after=row.distress_after,
        thought_record_id=None
        if row.thought_record_id is None
        else uuid.UUID(row.thought_record_id),
        details=row.details,
        extra={str(key): str(value) for key, value in json.loads(row.extra or "{}").items()},
    )
