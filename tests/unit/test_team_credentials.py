"""The rules that keep the team login's password safe, one by one: where a URL's password is
found and how it is hidden, the password file libpq reads (its format, owner-only), which
servers count as this computer, and the options every team connection gets."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from companion.paths import AppPaths
from companion.settings import InvalidSetting, load_settings, parse_value
from companion.team.connection import (
    InvalidTeamUrl,
    TeamServerError,
    connection_options,
    server_is_local,
)
from companion.team.credentials import (
    forget_password,
    hide_password,
    move_password_out,
    password_kept,
    password_keys,
    split_password,
    store_password,
)

LIBPQ_18 = 180006
LIBPQ_15 = 150010


@pytest.mark.parametrize(
    ("url", "without", "password"),
    [
        ("postgresql://a7:pw@h/db", "postgresql://a7@h/db", "pw"),
        (
            "postgresql://a7:p%40ss%3Aw@h:5/db?sslmode=verify-full",
            "postgresql://a7@h:5/db?sslmode=verify-full",
            "p@ss:w",
        ),
        (
            "postgresql://a7@h/db?password=pw&sslmode=verify-full",
            "postgresql://a7@h/db?sslmode=verify-full",
            "pw",
        ),
        ("postgresql://a7@/db?host=/run/pg&PASSWORD=pw", "postgresql://a7@/db?host=/run/pg", "pw"),
        ("postgresql://a7@h/db", "postgresql://a7@h/db", None),
        ("postgresql://a7@h/db?sslpassword=k", "postgresql://a7@h/db?sslpassword=k", None),
        ("not a url", "not a url", None),
    ],
)  # fmt: skip
def test_the_password_is_found_wherever_the_url_holds_it(url, without, password):
    assert split_password(url) == (without, password)


def test_a_url_is_printed_with_every_secret_hidden():
    assert hide_password("postgresql://a7:pw@h/db?password=pw&sslpassword=k&x=1") == (
        "postgresql://a7:***@h/db?password=***&sslpassword=***&x=1"
    )
    assert hide_password("postgresql://a7@h/db") == "postgresql://a7@h/db"


@pytest.mark.parametrize(
    ("url", "keys"),
    [
        ("postgresql://a7@db.example.com/companion", [("db.example.com", "*", "companion", "a7")]),
        ("postgresql://a7@DB.example.com:6432/c", [("DB.example.com", "6432", "c", "a7")]),
        ("postgresql://a7@[::1]:5433/c", [("::1", "5433", "c", "a7")]),
        ("postgresql://a7@/c?host=/tmp/pg&port=5999", [("/tmp/pg", "5999", "c", "a7")]),
        ("postgresql://a7@/c", [("localhost", "*", "c", "a7")]),
        ("postgresql://@h/c", [("h", "*", "c", "*")]),
        ("postgresql://a@/c?host=h1:1&host=h2:2", [("h1", "1", "c", "a"), ("h2", "2", "c", "a")]),
        ("postgresql://a@/c?host=h1,h2&port=1,2", [("h1", "1", "c", "a"), ("h2", "2", "c", "a")]),
    ],
)  # fmt: skip
def test_the_password_file_line_matches_what_libpq_looks_up(url, keys):
    assert password_keys(url) == keys


def test_the_password_file_is_owner_only_escaped_and_one_line_per_login(tmp_path):
    kept = tmp_path / "config" / "team.pgpass"
    store_password(kept, "postgresql://lead@db.example.com/c", "other")
    store_password(kept, "postgresql://a7@db.example.com:5432/c", "old")
    store_password(kept, "postgresql://a7@db.example.com:5432/c", "n:e\\w")
    assert kept.read_text().splitlines() == [
        "db.example.com:5432:c:a7:n\\:e\\\\w",
        "db.example.com:*:c:lead:other",
    ]
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert password_kept(kept, "postgresql://a7@db.example.com:5432/c")
    assert forget_password(kept, "postgresql://a7@db.example.com:5432/c")
    assert not forget_password(kept, "postgresql://a7@db.example.com:5432/c")
    assert kept.read_text() == "db.example.com:*:c:lead:other\n"
    assert forget_password(kept, "postgresql://lead@db.example.com/c") and not kept.exists()


def test_a_password_in_the_settings_is_moved_once_keeping_the_rest(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(
        "# set by IT\n[team]\n"
        'url = "postgresql://a7@db.example.com/c?password=Hx9q%21&sslmode=verify-full"\n'
        'name = "一组"  # the morning shift\n',
        encoding="utf-8",
    )
    said = move_password_out(settings)
    assert said is not None and "team.pgpass" in said and "Hx9q" not in said
    assert settings.read_text(encoding="utf-8") == (
        "# set by IT\n[team]\n"
        'url = "postgresql://a7@db.example.com/c?sslmode=verify-full"\n'
        'name = "一组"  # the morning shift\n'
    )
    assert (tmp_path / "team.pgpass").read_text() == "db.example.com:*:c:a7:Hx9q!\n"
    assert move_password_out(settings) is None  # once
    assert load_settings(settings).problems == []


def test_a_password_cannot_be_set_in_team_url_from_the_command_line():
    for url in ("postgresql://a7:Hx9q@h/db", "postgresql://a7@h/db?password=Hx9q"):
        with pytest.raises(InvalidSetting) as refused:
            parse_value("team.url", url)
        said = str(refused.value)
        assert "companion team password" in said and "Hx9q" not in said
    assert parse_value("team.url", "postgresql://a7@h/db") == "postgresql://a7@h/db"


def test_config_get_never_prints_a_password_still_in_the_file(tmp_path, capsys):
    """Even when it could not be moved (nothing to ask, or a file that cannot be written)."""
    from companion.cli.config import run_config

    (tmp_path / "settings.toml").write_text(
        '[team]\nurl = "postgresql://a7:hunter2@h/db?password=hunter2"\n', encoding="utf-8"
    )
    paths = AppPaths(tmp_path, tmp_path)
    run_config(argparse.Namespace(config_command="get", key=None), paths)
    run_config(argparse.Namespace(config_command="get", key="team.url"), paths)
    out = capsys.readouterr().out
    assert "hunter2" not in out and 'team.url = "postgresql://a7:***@h/db?password=***"' in out


# -- which server is this computer ------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "environ", "local"),
    [
        ("postgresql://a@/db", {}, True),
        ("postgresql://a@/db?host=/run/postgresql", {}, True),
        ("postgresql://a@/db?host=@abstract", {}, True),
        ("postgresql://a@localhost/db", {}, True),
        ("postgresql://a@LOCALHOST./db", {}, True),
        ("postgresql://a@127.0.0.2:5433/db", {}, True),
        ("postgresql://a@[::1]/db", {}, True),
        ("postgresql://a@/db?host=localhost:1&host=127.0.0.1:2", {}, True),
        ("postgresql://a@db.example.com/db", {}, False),
        ("postgresql://a@192.0.2.2/db", {}, False),
        ("postgresql://a@localhost.example.com/db", {}, False),
        ("postgresql://a@/db?host=localhost:1&host=db.example.com:2", {}, False),
        ("postgresql://a@team.example.test/db?hostaddr=127.0.0.1", {}, False),
        ("postgresql://a@localhost/db?hostaddr=192.0.2.7", {}, False),
        ("postgresql://a@localhost/db?hostaddr=127.0.0.1", {}, True),
        ("postgresql://a@/db", {"PGHOST": "db.example.com"}, False),
        ("postgresql://a@localhost/db", {"PGHOSTADDR": "192.0.2.7"}, False),
    ],
)  # fmt: skip
def test_this_computer_is_told_from_the_url_alone(url, environ, local):
    assert server_is_local(make_url(url), environ) is local


# -- the options every connection gets ----------------------------------------------------------


def options(url: str, tmp_path: Path, version: int = LIBPQ_18) -> dict[str, object]:
    return connection_options(make_url(url), tmp_path / "team.pgpass", version, {})


def test_another_computer_is_reached_only_over_verified_tls(tmp_path):
    assert options("postgresql://a@db.example.com/c", tmp_path)["sslmode"] == "verify-full"
    kept = options("postgresql://a@db.example.com/c?sslmode=verify-full", tmp_path)
    assert "sslmode" not in kept  # the URL's own
    for weaker in ("disable", "allow", "prefer", "require", "verify-ca"):
        with pytest.raises(InvalidTeamUrl, match="verify-full"):
            options(f"postgresql://a@db.example.com/c?sslmode={weaker}", tmp_path)
    assert "sslmode" not in options("postgresql://a@127.0.0.1/c", tmp_path)
    assert "sslmode" not in options("postgresql://a@localhost/c?sslmode=disable", tmp_path)


def test_clear_text_and_md5_are_refused_and_the_password_file_given(tmp_path):
    assert options("postgresql://a@/c", tmp_path) == {"require_auth": "!password,!md5"}
    assert options("postgresql://a@/c?require_auth=scram-sha-256", tmp_path) == {}
    assert options("postgresql://a@/c?require_auth=!password,!md5,!gss", tmp_path) == {}
    for weak in ("password", "md5,scram-sha-256", "!password", "!md5"):
        with pytest.raises(InvalidTeamUrl, match="clear-text or md5"):
            options(f"postgresql://a@/c?require_auth={weak}", tmp_path)
    (tmp_path / "team.pgpass").write_text("*:*:c:a:pw\n")
    assert options("postgresql://a@/c", tmp_path)["passfile"] == str(tmp_path / "team.pgpass")
    assert "passfile" not in options("postgresql://a@/c?passfile=/elsewhere", tmp_path)


def test_a_libpq_that_cannot_refuse_clear_text_is_given_no_password(tmp_path):
    """Before libpq 16 there is no require_auth: Companion then hands libpq no password at all
    (not its own file, not ~/.pgpass, not PGPASSWORD), so one cannot be asked out of it."""
    (tmp_path / "team.pgpass").write_text("*:*:c:a:pw\n")
    given = options("postgresql://a@/c", tmp_path, LIBPQ_15)
    assert given["password"] == ""
    assert not Path(str(given["passfile"])).exists() and "require_auth" not in given
    for url in ("postgresql://a:Hx9q@/c", "postgresql://a@/c?password=Hx9q"):
        with pytest.raises(TeamServerError, match="older than 16") as refused:
            options(url, tmp_path, LIBPQ_15)
        assert "Hx9q" not in str(refused.value)
