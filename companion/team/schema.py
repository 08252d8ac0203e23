"""Creating or upgrading the team schema (`companion team init`), and checking, before any
other use, that the server's schema is the one this Companion was built for."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from companion.team.connection import (
    TeamSchemaMismatch,
    make_team_engine,
    team_connection,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_MIN_GROUP = 10
LOWEST_MIN_GROUP = 5
AGENT_ROLE = "companion_agent"
LEAD_ROLE = "companion_lead"


def head_revision() -> str:
    from companion.storage.migrate import head_revision as head_of

    return head_of(MIGRATIONS_DIR)


def init_schema(url: str, min_group: int | None) -> tuple[str | None, str, int]:
    """Create the schema and the roles, or upgrade them, in one transaction; set the smallest
    group when `min_group` is given. Returns (revision before, revision now, smallest group).
    Raises TeamServerError, InvalidTeamUrl, or ValueError for a group below five."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from companion.storage.migrate import alembic_config

    if min_group is not None and min_group < LOWEST_MIN_GROUP:
        raise ValueError(f"--min-group must be at least {LOWEST_MIN_GROUP}; got {min_group}")
    config = alembic_config(MIGRATIONS_DIR)
    assert isinstance(config, Config)
    engine = make_team_engine(url)
    try:
        with team_connection(engine) as connection:
            before = _revision(connection)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if min_group is not None:
                connection.execute(
                    text("UPDATE companion_team.config SET min_group = :n"), {"n": min_group}
                )
            now = connection.execute(text("SELECT companion_team.schema_revision()")).scalar_one()
            group = connection.execute(text("SELECT companion_team.min_group()")).scalar_one()
    finally:
        engine.dispose()
    return before, str(now), int(group)


def _revision(connection: Connection) -> str | None:
    from sqlalchemy import text

    exists = connection.execute(
        text("SELECT to_regclass('companion_team.companion_team_version') IS NOT NULL")
    ).scalar_one()
    if not exists:
        return None
    found = connection.execute(
        text("SELECT version_num FROM companion_team.companion_team_version")
    ).scalar()
    return None if found is None else str(found)


def check_revision(connection: Connection) -> None:
    """Raise TeamServerError unless the server's team schema is the one this Companion uses."""
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    try:
        with connection.begin_nested():
            found = connection.execute(text("SELECT companion_team.schema_revision()")).scalar()
    except ProgrammingError as error:
        code = getattr(error.orig, "sqlstate", None)
        if code in ("42883", "3F000"):  # undefined function, undefined schema
            raise TeamSchemaMismatch(
                "the team server has no Companion team schema; an administrator runs "
                "'companion team init' first"
            ) from None
        raise
    head = head_revision()
    if found == head:
        return
    if found not in known_revisions():
        raise TeamSchemaMismatch(
            f"the team server's schema is at {found}, newer than this Companion knows "
            f"({head}); update Companion on this computer"
        )
    raise TeamSchemaMismatch(
        f"the team server's schema is at {found}, this Companion needs {head}; an "
        "administrator runs 'companion team init' to upgrade it"
    )


def known_revisions() -> set[str]:
    """Every revision of the team schema this Companion has the migration of."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from companion.storage.migrate import alembic_config

    config = alembic_config(MIGRATIONS_DIR)
    assert isinstance(config, Config)
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


@contextmanager
def team_session(url: str) -> Iterator[Connection]:
    """One transaction on the team server at `url`, its schema checked first; the engine is
    closed afterwards. Raises TeamServerError or InvalidTeamUrl."""
    engine = make_team_engine(url)
    try:
        with team_connection(engine) as connection:
            check_revision(connection)
            yield connection
    finally:
        engine.dispose()
