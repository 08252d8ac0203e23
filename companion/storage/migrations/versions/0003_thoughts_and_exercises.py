"""Thought records (drafts included) and uses of the short exercises.

Revision ID: 0003_thoughts_and_exercises
Revises: 0002_break_events
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_thoughts_and_exercises"
down_revision = "0002_break_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thought_record",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("is_draft", sa.Boolean(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("mood_entry_id", sa.String(36), nullable=True),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("automatic_thought", sa.Text(), nullable=False),
        sa.Column("emotions_before", sa.Text(), nullable=False),
        sa.Column("distortions", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("balanced_thought", sa.Text(), nullable=False),
        sa.Column("belief", sa.Integer(), nullable=True),
        sa.Column("emotions_after", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "belief IS NULL OR belief BETWEEN 0 AND 100", name=op.f("ck_thought_record_belief")
        ),
        sa.ForeignKeyConstraint(
            ["mood_entry_id"],
            ["mood_entry.id"],
            name=op.f("fk_thought_record_mood_entry_id_mood_entry"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thought_record")),
    )
    op.create_index("ix_thought_record_updated_at", "thought_record", ["updated_at"])
    op.create_table(
        "exercise_use",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("distress_before", sa.Float(), nullable=True),
        sa.Column("distress_after", sa.Float(), nullable=True),
        sa.Column("thought_record_id", sa.String(36), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False, server_default="{}"),
        sa.ForeignKeyConstraint(
            ["thought_record_id"],
            ["thought_record.id"],
            name=op.f("fk_exercise_use_thought_record_id_thought_record"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_use")),
    )
    op.create_index("ix_exercise_use_started_at", "exercise_use", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_exercise_use_started_at", table_name="exercise_use")
    op.drop_table("exercise_use")
    op.drop_index("ix_thought_record_updated_at", table_name="thought_record")
    op.drop_table("thought_record")
