"""Connecting to the team server: the URL checked and shown without its password, a short
connect timeout, and every failure as one `TeamServerError` line (never the password)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

CONNECT_TIMEOUT_SECONDS = 5
SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


class TeamServerError(Exception):
    """The team server could not be used; `str()` is one line for the log and the terminal."""


class TeamAccessRefused(TeamServerError):
    """The server answered, but this login's role may not do that (an agent's login reading
    the team's figures, say)."""


class TeamSchemaMismatch(TeamServerError):
    """The server has no team schema, or one at another revision: waiting will not help."""


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"


class InvalidTeamUrl(ValueError):
    """A team URL that is not a PostgreSQL URL; `str()` says why, without the password."""


def parse_team_url(text: str) -> URL:
    """The SQLAlchemy URL for `text` (postgresql://user@host:port/database?sslmode=…), set to
    use psycopg 3. Raises InvalidTeamUrl."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise InvalidTeamUrl(
            "the team URL must look like postgresql://user@host:5432/database"
        ) from None
    if url.drivername not in SCHEMES:
        raise InvalidTeamUrl(
            f"the team URL must start with postgresql:// (not {url.drivername}://)"
        )
    if not url.database:
        raise InvalidTeamUrl("the team URL must name a database: postgresql://host/database")
    return url.set(drivername="postgresql+psycopg")


SECRET_OPTIONS = ("password", "sslpassword")  # libpq takes these in the query string too


def shown_url(text: str) -> str:
    """The URL as it may be logged or printed: the password replaced by ***, wherever it is
    (before the host, or as `password=` / `sslpassword=` in the query)."""
    try:
        return _without_secrets(parse_team_url(text))
    except InvalidTeamUrl:
        hidden = re.sub(r"://[^@/]*@", "://***@", text)
        return re.sub(r"((?:ssl)?password=)[^&]*", r"\1***", hidden, flags=re.IGNORECASE)


def _without_secrets(url: URL) -> str:
    secrets = {key: "***" for key in url.query if key.lower() in SECRET_OPTIONS}
    shown = url.update_query_dict(secrets).render_as_string(hide_password=True)
    return shown.replace("=%2A%2A%2A", "=***")


def make_team_engine(text: str) -> Engine:
    """An engine for the team URL. Nothing connects until it is used. Raises InvalidTeamUrl."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    url = parse_team_url(text)
    connect_args: dict[str, object] = {"application_name": "companion"}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    # hide_parameters: a failed statement is described without its values (a pseudonym, a
    # day's figures, a training mark's label), in the log as on the terminal.
    return create_engine(url, poolclass=NullPool, connect_args=connect_args, hide_parameters=True)


def one_line(error: BaseException) -> str:
    """What went wrong, in one line, from a driver or SQLAlchemy error (the driver's own words,
    which never hold the password)."""
    from sqlalchemy.exc import DBAPIError

    cause: BaseException = error
    if isinstance(error, DBAPIError) and error.orig is not None:
        cause = error.orig
    text = " ".join(str(cause).split())
    return text or type(cause).__name__


@contextmanager
def team_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction, committed at the end; any database failure on the way
    becomes TeamServerError naming the server (without the password)."""
    from sqlalchemy.exc import SQLAlchemyError

    where = _without_secrets(engine.url)
    try:
        with engine.begin() as connection:
            yield connection
    except SQLAlchemyError as error:
        said = f"team server {where}: {one_line(error)}"
        if getattr(getattr(error, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise TeamAccessRefused(said) from None
        raise TeamServerError(said) from None
