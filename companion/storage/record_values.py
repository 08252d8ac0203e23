"""Thought records and exercise uses as column values and back (lists kept as JSON text).

No SQLAlchemy here: the ORM rows (`storage.thought_rows`) and the shift journal
(`storage.journal`) both go through these functions, so the two write the same columns the
same way; the columns are `storage.columns`', which the models' tables are made from. Times
stay aware datetimes; each side stores them as UTC in its own way.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from companion.domain.thoughts import EmotionRating, Evidence, ExerciseUse, ThoughtRecord


def _ratings_json(ratings: tuple[EmotionRating, ...]) -> str:
    return json.dumps([[r.emotion, r.intensity] for r in ratings], ensure_ascii=False)


def _ratings(text: str) -> tuple[EmotionRating, ...]:
    return tuple(EmotionRating(str(emotion), int(value)) for emotion, value in json.loads(text))


def _optional_id(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _optional_uuid(text: str | None) -> uuid.UUID | None:
    return None if text is None else uuid.UUID(text)


def thought_values(record: ThoughtRecord) -> dict[str, Any]:
    """Every column of the `thought_record` row for `record`."""
    return {
        "id": str(record.id),
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "is_draft": record.is_draft,
        "step": record.step,
        "mood_entry_id": _optional_id(record.mood_entry_id),
        "situation": record.situation,
        "automatic_thought": record.automatic_thought,
        "emotions_before": _ratings_json(record.emotions_before),
        "distortions": json.dumps(list(record.distortions)),
        "evidence": json.dumps(
            [[e.distortion, e.evidence_for, e.evidence_against] for e in record.evidence],
            ensure_ascii=False,
        ),
        "balanced_thought": record.balanced_thought,
        "belief": record.belief,
        "emotions_after": _ratings_json(record.emotions_after),
    }


def thought_from_values(values: Mapping[str, Any]) -> ThoughtRecord:
    return ThoughtRecord(
        id=uuid.UUID(values["id"]),
        created_at=values["created_at"],
        updated_at=values["updated_at"],
        automatic_thought=values["automatic_thought"],
        situation=values["situation"],
        emotions_before=_ratings(values["emotions_before"]),
        distortions=tuple(json.loads(values["distortions"])),
        evidence=tuple(
            Evidence(str(d), str(f), str(a)) for d, f, a in json.loads(values["evidence"])
        ),
        balanced_thought=values["balanced_thought"],
        belief=values["belief"],
        emotions_after=_ratings(values["emotions_after"]),
        is_draft=bool(values["is_draft"]),
        step=values["step"],
        mood_entry_id=_optional_uuid(values["mood_entry_id"]),
    )


def exercise_values(use: ExerciseUse) -> dict[str, Any]:
    """Every column of the `exercise_use` row for `use`."""
    return {
        "id": str(use.id),
        "kind": use.kind,
        "started_at": use.started_at,
        "finished_at": use.finished_at,
        "distress_before": use.distress_before,
        "distress_after": use.distress_after,
        "thought_record_id": _optional_id(use.thought_record_id),
        "details": use.details,
        "extra": json.dumps(use.extra, ensure_ascii=False, sort_keys=True),
    }


def exercise_from_values(values: Mapping[str, Any]) -> ExerciseUse:
    return ExerciseUse(
        id=uuid.UUID(values["id"]),
        kind=values["kind"],
        started_at=values["started_at"],
        finished_at=values["finished_at"],
        distress_before=values["distress_before"],
        distress_after=values["distress_after"],
        thought_record_id=_optional_uuid(values["thought_record_id"]),
        details=values["details"],
        extra={str(key): str(value) for key, value in json.loads(values["extra"] or "{}").items()},
    )
