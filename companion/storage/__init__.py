"""The local store: one SQLite file, SQLAlchemy models, Alembic migrations, backups."""
