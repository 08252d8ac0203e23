"""Break events: one record per break with its final outcome.

Revision ID: 0002_break_events
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_break_events"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "break_event",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("shown", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("postponed", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('micro', 'long')", name=op.f("ck_break_event_kind")),
        sa.CheckConstraint(
            "outcome IN ('taken', 'ended_early', 'skipped', 'postponed', 'natural', 'not_offered')",
            name=op.f("ck_break_event_outcome"),
        ),
        sa.CheckConstraint("postponed >= 0 AND seconds >= 0", name=op.f("ck_break_event_counts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_break_event")),
    )
    op.create_index("ix_break_event_due", "break_event", ["due"])


def downgrade() -> None:
    op.drop_index("ix_break_event_due", table_name="break_event")
    op.drop_table("break_event")
