"""Weekly wellbeing check-ins (WHO-5) and the goals of the personal action plan.

Revision ID: 0004_checkins_and_goals
Revises: 0003_thoughts_and_exercises
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_checkins_and_goals"
down_revision = "0003_thoughts_and_exercises"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "check_in",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("instrument", sa.String(16), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("raw", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("instrument IN ('who5')", name=op.f("ck_check_in_instrument")),
        sa.CheckConstraint("raw BETWEEN 0 AND 25", name=op.f("ck_check_in_raw")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_in")),
    )
    op.create_index("ix_check_in_at", "check_in", ["at"])
    op.create_table(
        "goal",
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("target >= 1", name=op.f("ck_goal_target")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_goal")),
    )


def downgrade() -> None:
    op.drop_table("goal")
    op.drop_index("ix_check_in_at", table_name="check_in")
    op.drop_table("check_in")
