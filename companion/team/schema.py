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
            group_set = text("UPDATE companion_team.config SET min_group = :n")
            if min_group is not None and before is not None:  # the upgrade publishes with it
                connection.execute(group_set, {"n": min_group})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if min_group is not None:
                connection.execute(group_set, {"n": min_group})
                # a larger group hides the weeks published over fewer, in place: hiding moves
                # no figure, and a hidden week is never published again (a smaller group later
                # must not show it without the people who withdrew meanwhile)
                connection.execute(text(HIDE_SMALL_WEEKS), {"n": min_group})
            _store_vocabulary(connection)
            _close_catalog(connection)
            now = connection.execute(text("SELECT companion_team.schema_revision()")).scalar_one()
            group = connection.execute(text("SELECT companion_team.min_group()")).scalar_one()
    finally:
        engine.dispose()
    return before, str(now), int(group)


HIDE_SMALL_WEEKS = """
UPDATE companion_team.published_week SET
    shown = false, agents = NULL, mean_stress = NULL, entries_per_agent_day = NULL,
    by_category = NULL, by_emotion = NULL, breaks_offered = NULL, breaks_taken = NULL,
    breaks_skipped = NULL, exercises = NULL, exercises_per_agent_day = NULL,
    checkin_low_share = NULL, checkin_low_few = false
WHERE agents < :n
"""


def _store_vocabulary(connection: Connection) -> None:
    """The emotion and call-type codes this Companion sends; the server refuses any other.
    Codes are only added (a computer not yet updated may still send an older one)."""
    from sqlalchemy import text

    from companion.domain.mood import CATEGORIES, EMOTIONS
    from companion.domain.team import NO_CATEGORY

    codes = [("emotion", code) for code in EMOTIONS]
    codes += [("category", code) for code in (*CATEGORIES, NO_CATEGORY)]
    connection.execute(
        text(
            "INSERT INTO companion_team.vocabulary (kind, code) VALUES (:kind, :code) "
            "ON CONFLICT DO NOTHING"
        ),
        [{"kind": kind, "code": code} for kind, code in codes],
    )


# What no agent or lead login may read in this database: who is connected (pg_stat_activity,
# pg_stat_gssapi), which logins exist (pg_roles, pg_user, pg_group, pg_auth_members), and the
# counters that tell how many rows each send wrote (pg_stat*, pg_statio*, pg_stat_get_*).
CLOSE_CATALOG = r"""
DO $close$
DECLARE item record;
BEGIN
    FOR item IN
        SELECT c.oid::regclass AS relation FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'pg_catalog'
        WHERE c.relkind IN ('v', 'r')
          AND (c.relname LIKE 'pg\_stat%' OR c.relname IN
               ('pg_roles', 'pg_user', 'pg_group', 'pg_auth_members'))
          AND c.relname <> 'pg_statistic'
    LOOP
        EXECUTE format('REVOKE SELECT ON %s FROM PUBLIC', item.relation);
    END LOOP;
    FOR item IN
        SELECT p.oid::regprocedure AS function FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'pg_catalog'
        WHERE p.proname LIKE 'pg\_stat\_get\_%'
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', item.function);
    END LOOP;
END
$close$
"""


def _close_catalog(connection: Connection) -> None:
    from sqlalchemy import text

    connection.execute(text(CLOSE_CATALOG))


def catalog_warnings(url: str) -> list[str]:
    """What still lets an agent or lead login see who is connected or which logins exist, in
    plain words (empty: nothing). `team init` closes the catalog in the team's database, which
    only a superuser can; any other database those logins may connect to (`postgres`,
    `template1` by default) shows every connection of the server in its pg_stat_activity."""
    from sqlalchemy import text

    engine = make_team_engine(url)
    try:
        with team_connection(engine) as connection:
            open_here = connection.execute(
                text(
                    "SELECT has_table_privilege(:role, 'pg_catalog.pg_stat_activity', 'SELECT') "
                    "OR has_table_privilege(:role, 'pg_catalog.pg_roles', 'SELECT')"
                ),
                {"role": AGENT_ROLE},
            ).scalar_one()
            elsewhere = connection.execute(
                text(
                    "SELECT string_agg(datname, ', ' ORDER BY datname) FROM pg_database "
                    "WHERE datallowconn AND datname <> current_database() "
                    "AND (has_database_privilege(:agent, oid, 'CONNECT') "
                    "OR has_database_privilege(:lead, oid, 'CONNECT'))"
                ),
                {"agent": AGENT_ROLE, "lead": LEAD_ROLE},
            ).scalar()
    finally:
        engine.dispose()
    warnings = []
    if open_here:
        warnings.append(
            "this role is not a superuser, so agents and leads can still see who is connected "
            "and which logins exist (pg_stat_activity, pg_roles); run 'companion team init' "
            "once as a superuser"
        )
    if elsewhere:
        warnings.append(
            f"agents and leads can connect to {elsewhere}, where pg_stat_activity shows who is "
            "connected: refuse them there in pg_hba.conf (see the README), or run "
            f"REVOKE CONNECT ON DATABASE {elsewhere} FROM PUBLIC"
        )
    return warnings


def add_team(url: str, name: str) -> bool:
    """Make the team `name` (the administrator's URL); False when it was there already."""
    from sqlalchemy import text

    with team_session(url) as connection:
        added = connection.execute(
            text("INSERT INTO companion_team.team (name) VALUES (:name) ON CONFLICT DO NOTHING"),
            {"name": name},
        ).rowcount
    return bool(added)


def assign_lead(url: str, login: str, team: str) -> bool:
    """Let the lead `login` read and mark `team`; False when it could already. Raises
    ValueError when the login is not a member of the lead role or the team does not exist."""
    from sqlalchemy import text

    with team_session(url) as connection:
        is_lead = connection.execute(
            text("SELECT pg_has_role(r.oid, :lead, 'MEMBER') FROM pg_roles r WHERE rolname = :l"),
            {"lead": LEAD_ROLE, "l": login},
        ).scalar()
        if not is_lead:
            raise ValueError(f"{login!r} is not a login in {LEAD_ROLE}")
        if not connection.execute(
            text("SELECT EXISTS (SELECT FROM companion_team.team WHERE name = :t)"), {"t": team}
        ).scalar_one():
            raise ValueError(f"there is no team called {team!r}; add it with 'team add'")
        added = connection.execute(
            text(
                "INSERT INTO companion_team.lead_team (login, team) VALUES (:l, :t) "
                "ON CONFLICT DO NOTHING"
            ),
            {"l": login, "t": team},
        ).rowcount
    return bool(added)


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
