"""Alembic, run from code on the store's own connection (no alembic.ini, no logging changes).

An update never stops on what an older store holds: rows this version cannot use are set aside
first (`storage.repair`), inside the same transaction, and handed to `keep` before it commits.
Whatever still goes wrong is a MigrationError with one line to say, and the transaction is
rolled back: the store is as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from companion.storage.engine import WRITE
from companion.storage.repair import SetAside, set_aside_damage

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationError(RuntimeError):
    """The update could not be made; nothing was changed. `str()` is one line, without any of
    the store's values."""


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


def upgrade_to_head(
    engine: Engine, keep: Callable[[list[SetAside]], None] | None = None
) -> list[SetAside]:
    """Migrate inside one immediate transaction, foreign keys off: rows this version cannot
    use are set aside before Alembic's steps (and rows left without their parent after them),
    `keep` is given them (to write them down) before the commit, and the foreign keys are
    checked. The rows set aside are
    returned. Raises MigrationError (rolled back) when a reference is still broken."""
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
                set_aside = set_aside_damage(raw)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                set_aside += set_aside_damage(raw, references_only=True)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    tables = sorted({str(problem[0]) for problem in problems})
                    raise MigrationError(
                        f"{len(problems)} row(s) of {', '.join(tables)} refer to rows that "
                        "are gone and could not be set aside"
                    )
                if set_aside:
                    if keep is None:
                        raise MigrationError("rows to set aside, and no place to keep them")
                    keep(set_aside)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return set_aside
