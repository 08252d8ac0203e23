"""My plan: a goal of one's own (its text, and the ticks that count it) and the call types the
agent marks as difficult (for "log my mood after difficult contacts").

Revision ID: 0006_own_goal
Revises: 0005_team_sharing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_own_goal"
down_revision = "0005_team_sharing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.add_column(sa.Column("label", sa.String(60), nullable=True))
    op.create_table(
        "goal_tick",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_tick")),
    )
    op.create_index("ix_goal_tick_at", "goal_tick", ["at"])
    op.create_table(
        "difficult_call_type",
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("category", name=op.f("pk_difficult_call_type")),
    )


def downgrade() -> None:
    op.drop_table("difficult_call_type")
    op.drop_index("ix_goal_tick_at", table_name="goal_tick")
    op.drop_table("goal_tick")
    with op.batch_alter_table("goal") as batch:
        batch.drop_column("label")
