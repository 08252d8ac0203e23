"""Mood entries and their emotions.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from companion.storage.schema import APPLICATION_ID

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "mood_entry",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("stress", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("stress BETWEEN 0 AND 10", name=op.f("ck_mood_entry_stress_range")),
        sa.CheckConstraint("length(id) = 36", name=op.f("ck_mood_entry_id_is_uuid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mood_entry")),
    )
    op.create_index("ix_mood_entry_at", "mood_entry", ["at"])
    op.create_table(
        "mood_emotion",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("emotion", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["mood_entry.id"],
            name=op.f("fk_mood_emotion_entry_id_mood_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "emotion", name=op.f("pk_mood_emotion")),
    )
    op.create_index("ix_mood_emotion_emotion", "mood_emotion", ["emotion"])


def downgrade() -> None:
    op.drop_index("ix_mood_emotion_emotion", table_name="mood_emotion")
    op.drop_table("mood_emotion")
    op.drop_index("ix_mood_entry_at", table_name="mood_entry")
    op.drop_table("mood_entry")
