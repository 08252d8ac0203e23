"""Breaks cut short: a break during which the agent went back to the keyboard is recorded as
`cut_short`, never as taken. The outcome's check constraint allows the new value; SQLite cannot
alter a constraint, so the table is copied (rows, names and the index kept).

Revision ID: 0007_cut_short_breaks
Revises: 0006_own_goal
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_cut_short_breaks"
down_revision = "0006_own_goal"
branch_labels = None
depends_on = None

BEFORE = "('taken', 'ended_early', 'skipped', 'postponed', 'natural', 'not_offered')"
AFTER = "('taken', 'ended_early', 'cut_short', 'skipped', 'postponed', 'natural', 'not_offered')"


def break_event(outcomes: str) -> sa.Table:
    """The table as it is (or is to be), allowing `outcomes`."""
    return sa.Table(
        "break_event",
        sa.MetaData(),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("shown", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("postponed", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('micro', 'long')", name="ck_break_event_kind"),
        sa.CheckConstraint(f"outcome IN {outcomes}", name="ck_break_event_outcome"),
        sa.CheckConstraint("postponed >= 0 AND seconds >= 0", name="ck_break_event_counts"),
        sa.PrimaryKeyConstraint("id", name="pk_break_event"),
        sa.Index("ix_break_event_due", "due"),
    )


def upgrade() -> None:
    with op.batch_alter_table("break_event", copy_from=break_event(AFTER), recreate="always"):
        pass  # the copy is made from the table above, with its new constraint


def downgrade() -> None:
    # Before 0007 a break was taken, ended early or skipped: a cut-short one was not taken.
    op.execute("UPDATE break_event SET outcome = 'skipped' WHERE outcome = 'cut_short'")
    with op.batch_alter_table("break_event", copy_from=break_event(BEFORE), recreate="always"):
        pass
