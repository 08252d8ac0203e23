"""Sharing daily summaries with a team: the agent's consent and pseudonym, and each day as sent.

Revision ID: 0005_team_sharing
Revises: 0004_checkins_and_goals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_team_sharing"
down_revision = "0004_checkins_and_goals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_share",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(100), nullable=False),
        sa.Column("sharing", sa.Boolean(), nullable=False),
        sa.Column("since_day", sa.String(10), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_result", sa.Text(), nullable=True),
        sa.Column("last_ok", sa.Boolean(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_team_share_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_share")),
    )
    op.create_table(
        "team_sent_day",
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("team", sa.String(60), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_team_sent_day")),
    )


def downgrade() -> None:
    op.drop_table("team_sent_day")
    op.drop_table("team_share")
