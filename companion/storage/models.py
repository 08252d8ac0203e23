"""SQLAlchemy 2 typed models. Times are stored as UTC; they come back timezone-aware."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from companion.storage.columns import EXERCISE_USE, THOUGHT_RECORD, StoredColumn

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores an aware datetime as naive UTC; SQLite would otherwise drop the offset silently."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given to the store; times must carry a zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_TYPES: dict[str, Callable[[], TypeEngine[Any]]] = {
    "id": lambda: String(36),
    "code": lambda: String(32),
    "time": UTCDateTime,
    "flag": Boolean,
    "count": Integer,
    "number": Float,
    "text": Text,
}


class MoodEntryRow(Base):
    __tablename__ = "mood_entry"
    __table_args__ = (
        CheckConstraint("stress BETWEEN 0 AND 10", name="stress_range"),
        CheckConstraint("length(id) = 36", name="id_is_uuid"),
        Index("ix_mood_entry_at", "at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    stress: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    emotions: Mapped[list[MoodEmotionRow]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="MoodEmotionRow.position",
    )


class MoodEmotionRow(Base):
    __tablename__ = "mood_emotion"
    __table_args__ = (Index("ix_mood_emotion_emotion", "emotion"),)

    entry_id: Mapped[str] = mapped_column(
        ForeignKey("mood_entry.id", ondelete="CASCADE"), primary_key=True
    )
    emotion: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)

    entry: Mapped[MoodEntryRow] = relationship(back_populates="emotions")


class BreakEventRow(Base):
    __tablename__ = "break_event"
    __table_args__ = (
        CheckConstraint("kind IN ('micro', 'long')", name="kind"),
        CheckConstraint(
            "outcome IN ('taken', 'ended_early', 'cut_short', 'skipped', 'postponed', 'natural', "
            "'not_offered')",
            name="outcome",
        ),
        CheckConstraint("postponed >= 0 AND seconds >= 0", name="counts"),
        Index("ix_break_event_due", "due"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    due: Mapped[datetime] = mapped_column(UTCDateTime())
    shown: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(String(16))
    postponed: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


def _column(stored: StoredColumn) -> Column[Any]:
    """The table column for one of `storage.columns`' columns."""
    refers = [] if stored.refers_to is None else [ForeignKey(stored.refers_to, ondelete="SET NULL")]
    return Column(
        stored.name,
        _TYPES[stored.kind](),
        *refers,
        primary_key=stored.name == "id",
        nullable=stored.optional,
        default=stored.default,
    )


class ThoughtRecordRow(Base):
    """Lists (emotions, distortions, evidence) are kept as JSON text: read and written whole.
    The columns are `storage.columns.THOUGHT_RECORD`'s (`table` names them in queries)."""

    __table__ = Table(
        "thought_record",
        Base.metadata,
        *(_column(stored) for stored in THOUGHT_RECORD),
        CheckConstraint("belief IS NULL OR belief BETWEEN 0 AND 100", name="belief"),
        Index("ix_thought_record_updated_at", "updated_at"),
    )
    table = __table__.c


class ExerciseUseRow(Base):
    """The columns are `storage.columns.EXERCISE_USE`'s (`table` names them in queries)."""

    __table__ = Table(
        "exercise_use",
        Base.metadata,
        *(_column(stored) for stored in EXERCISE_USE),
        Index("ix_exercise_use_started_at", "started_at"),
    )
    table = __table__.c


class CheckInRow(Base):
    """A weekly check-in: the five answers (JSON list) and their raw sum."""

    __tablename__ = "check_in"
    __table_args__ = (
        CheckConstraint("instrument IN ('who5')", name="instrument"),
        CheckConstraint("raw BETWEEN 0 AND 25", name="raw"),
        Index("ix_check_in_at", "at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    instrument: Mapped[str] = mapped_column(String(16))
    answers: Mapped[str] = mapped_column(Text)
    raw: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class GoalRow(Base):
    """One goal of the action plan per code, with its weekly target."""

    __tablename__ = "goal"
    __table_args__ = (CheckConstraint("target >= 1", name="target"),)

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    target: Mapped[int] = mapped_column(Integer)
    since: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    label: Mapped[str | None] = mapped_column(String(60))  # the goal of one's own: its text


class GoalTickRow(Base):
    """One tick of a goal counted by hand (the goal of one's own), when it was made. Kept
    when the goal is removed: the weeks it counted stay as they were."""

    __tablename__ = "goal_tick"
    __table_args__ = (Index("ix_goal_tick_at", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class DifficultCallTypeRow(Base):
    """A call type the agent marked as difficult: its entries count as difficult contacts."""

    __tablename__ = "difficult_call_type"

    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    since: Mapped[datetime] = mapped_column(UTCDateTime())


class TeamShareRow(Base):
    """Sharing with the team: the agent's own choice (never a setting), its pseudonym, and how
    the last send went. One row at most; none until sharing is first turned on."""

    __tablename__ = "team_share"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(100))
    sharing: Mapped[bool] = mapped_column(Boolean)
    since_day: Mapped[str] = mapped_column(String(10))  # local day sharing was turned on
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_result: Mapped[str | None] = mapped_column(Text)
    last_ok: Mapped[bool | None] = mapped_column(Boolean)


class TeamSentDayRow(Base):
    """A day sent to the team, with the JSON exactly as it was sent."""

    __tablename__ = "team_sent_day"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    team: Mapped[str] = mapped_column(String(60))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    payload: Mapped[str] = mapped_column(Text)
