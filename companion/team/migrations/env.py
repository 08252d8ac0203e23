"""Alembic environment of the team schema: always given a connection by companion.team.schema."""

from __future__ import annotations

from alembic import context

SCHEMA = "companion_team"

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the team migrations through companion.team.schema.init_schema")

connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
context.configure(
    connection=connection,
    version_table="companion_team_version",
    version_table_schema=SCHEMA,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
