"""Alembic, run from code on the store's own connection (no alembic.ini, no logging changes)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from companion.storage.engine import WRITE

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(directory: Path = MIGRATIONS_DIR) -> object:
    """Alembic's configuration for the migrations in `directory` (the store's, or the team
    server's), made in code."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(directory))
    return config


def head_revision(directory: Path = MIGRATIONS_DIR) -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = alembic_config(directory)
    assert isinstance(config, Config)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(engine: Engine) -> None:
    """Migrate inside one immediate transaction, foreign keys off, then check them."""
    from alembic import command
    from alembic.config import Config

    config = alembic_config()
    assert isinstance(config, Config)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.execution_options(**WRITE).begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left broken references: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
