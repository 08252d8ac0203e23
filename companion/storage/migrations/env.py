"""Alembic environment: always given a connection by companion.storage.migrate."""

from __future__ import annotations

from alembic import context

from companion.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through companion.storage.migrate.upgrade_to_head")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
