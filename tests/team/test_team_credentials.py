"""The team login's password, as an attacker would go after it: a server that declines TLS and
asks for the password in clear or as md5 (a small fake server on this computer), the outputs and
files a colleague or a support desk might see, an export handed on, a crafted import, and the
administrator's URL on a command line. Then the same password, kept in Companion's password
file, at work on a real PostgreSQL server: over loopback, a Unix socket, and TLS.

"A server on another computer" is made testable without touching /etc/hosts: Companion decides
from the URL alone, never from a name lookup, that a host is this computer (a socket, localhost,
a loopback address). Any other name counts as another computer, so these tests point such a
name at the fake server on loopback in two ways: this computer's own host name, where the system
resolves it to an address of this computer (skipped where it does not), and a made-up name with
`hostaddr=127.0.0.1`, libpq's own "this name, at this address" (always). Companion handles both
as a remote server, exactly as it would a name that DNS resolves elsewhere.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.team.schema import AGENT_ROLE, LEAD_ROLE
from tests.helpers.fake_postgres import FakePostgres

SECRET = "Zq7-s3cr3t:pw\\x"  # a colon and a backslash: the password file escapes both
IN_URL = "Zq7-s3cr3t%3Apw%5Cx"  # as written in a URL
SECRET_MARK = "s3cr3t"  # found in any form the secret could be printed in


def companion(
    home: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "COMPANION_HOME": str(home), **(env or {})},
        timeout=120,
        check=False,
    )


def write_settings(home: Path, url: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(
        "[shift]\n"
        'days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
        'hours = ["00:00-00:01"]\n'
        f'[team]\nurl = "{url}"\nname = "一组"\n',
        encoding="utf-8",
    )


def a_day_due(home: Path) -> None:
    assert companion(home, "log", "--stress", "6").returncode == 0
    assert companion(home, "team", "share", "on").returncode == 0


def everything_written(home: Path) -> str:
    """Every file under the home but the password file (logs, store, settings, traces)."""
    return "\n".join(
        path.read_bytes().decode("utf-8", errors="replace")
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != "team.pgpass"
    )


def own_name() -> tuple[str, str] | None:
    """This computer's host name and an address of this computer it resolves to (one a server
    can listen on), when the name is not one Companion takes for this computer by its form."""
    import ipaddress

    name = socket.gethostname()
    if not name or name.lower().rstrip(".") == "localhost":
        return None
    try:
        ipaddress.ip_address(name)
        return None  # an address written out is not a name
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return None
    for address in sorted({str(item[4][0]) for item in found}):
        with socket.socket() as probe:
            try:
                probe.bind((address, 0))
            except OSError:
                continue
        return name, address
    return None


@pytest.fixture(params=["own-host-name", "name-with-hostaddr"])
def remote(request) -> tuple[str, str, str]:
    """(host for the URL, address to listen on, query to add): a server on "another computer"."""
    if request.param == "own-host-name":
        found = own_name()
        if found is None:
            pytest.skip("this computer's host name does not resolve to an address of its own")
        return found[0], found[1], ""
    return "team.example.test", "127.0.0.1", "?hostaddr=127.0.0.1"


# -- a server that declines TLS and asks for the password in clear --------------------------


def test_sync_gives_a_server_on_another_computer_that_declines_tls_nothing(tmp_path, remote):
    """The tray's nightly sync as it runs, unattended, with the app's defaults: team.url names a
    server on another computer and says nothing of TLS, the password is there (in team.url, as
    before). The server says it has no TLS and asks for the password in clear."""
    host, address, query = remote
    home = tmp_path / "agent"
    with FakePostgres(address, "cleartext") as server:
        write_settings(home, f"postgresql://agent7:{IN_URL}@{host}:{server.port}/companion{query}")
        a_day_due(home)
        sync = companion(home, "team", "sync")
    assert sync.returncode == 1
    assert server.seen, "the sync never reached the fake server"
    assert server.passwords == [] and SECRET_MARK.encode() not in server.received()
    assert all(seen.startup == {} for seen in server.seen)  # not even the login's name
    [line] = sync.stderr.strip().splitlines()
    assert "not sent, kept for later" in line and "SSL" in line
    report = json.loads(companion(home, "team", "status", "--format", "json").stdout)
    assert len(report["pending"]) == 1 and report["last_ok"] is False
    assert SECRET_MARK not in everything_written(home) + sync.stdout + sync.stderr


@pytest.mark.parametrize("auth", ["cleartext", "md5"])
def test_a_server_on_this_computer_asking_for_the_password_in_clear_or_md5_gets_none(
    tmp_path, auth
):
    """On loopback no TLS is needed, but a server (any local user's, on a freed port) that asks
    for the password in clear, or as md5, which a listener can replay, gets no answer."""
    home = tmp_path / "agent"
    with FakePostgres("127.0.0.1", auth) as server:
        write_settings(home, f"postgresql://agent7:{IN_URL}@127.0.0.1:{server.port}/companion")
        a_day_due(home)
        sync = companion(home, "team", "sync")
    assert sync.returncode == 1
    assert server.seen and all(seen.startup.get("user") == "agent7" for seen in server.seen)
    assert server.passwords == [] and SECRET_MARK.encode() not in server.received()
    said = "a cleartext password" if auth == "cleartext" else "a hashed password"
    assert said in sync.stderr and len(sync.stderr.strip().splitlines()) == 1


def test_the_trays_own_sync_process_gives_such_a_server_nothing(qtbot, tmp_path, monkeypatch):
    """The running app starts `companion team sync` itself after a shift day (its real command,
    not a stand-in): the fake server on "another computer" still gets no password."""
    from companion.paths import AppPaths
    from tests.helpers.app import start_app

    home = tmp_path / "tray"
    monkeypatch.setenv("COMPANION_HOME", str(home))  # the sync process's home too
    with FakePostgres("127.0.0.1", "cleartext") as server:
        url = f"postgresql://agent7:{IN_URL}@team.example.test:{server.port}/companion"
        write_settings(home, url + "?hostaddr=127.0.0.1")
        with (home / "settings.toml").open("a", encoding="utf-8") as file:
            file.write("[calls]\ndetect_microphone = false\n")
        a_day_due(home)
        app = start_app(qtbot, AppPaths(home, home), ready=lambda app: app.journal is not None)
        try:
            sync = app.team.sync
            sync.timer.setInterval(10)
            with qtbot.waitSignal(sync.finished, timeout=60_000) as finished:
                sync.reconsider()
        finally:
            app.shut_down()
    assert finished.args == [False]
    assert server.seen and server.passwords == []
    assert SECRET_MARK.encode() not in server.received()
    assert SECRET_MARK not in everything_written(home)


# -- what is shown, exported and imported ----------------------------------------------------


def test_the_password_is_moved_out_of_the_settings_and_shown_nowhere(tmp_path):
    home = tmp_path / "agent"
    with FakePostgres("127.0.0.1", "cleartext") as server:
        url = f"postgresql://agent7:{IN_URL}@127.0.0.1:{server.port}/companion"
        write_settings(home, url)
        first = companion(home, "log", "--stress", "6")
        assert first.returncode == 0, first.stderr
        assert "the password that was in team.url" in first.stderr  # said once, never again
        assert "is now kept in" in first.stderr and "team.pgpass" in first.stderr
        settings_text = (home / "settings.toml").read_text(encoding="utf-8")
        assert SECRET_MARK not in settings_text
        assert f'url = "postgresql://agent7@127.0.0.1:{server.port}/companion"' in settings_text
        kept = home / "team.pgpass"
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert kept.read_text(encoding="utf-8") == (
            f"127.0.0.1:{server.port}:companion:agent7:Zq7-s3cr3t\\:pw\\\\x\n"
        )
        assert companion(home, "team", "share", "on").returncode == 0
        outputs = [
            companion(home, "config", "get"),
            companion(home, "config", "get", "team.url"),
            companion(home, "team", "sync"),
            companion(home, "team", "status"),
            companion(home, "team", "status", "--format", "json"),
            companion(home, "team", "stats"),
            companion(home, "team", "withdraw"),
            companion(home, "export"),
            companion(home, "export", "--out", str(home / "export.json")),
            companion(home, "export", "--format", "csv", "--out", str(home / "csv")),
        ]
    assert all("the password that was in team.url" not in done.stderr for done in outputs)
    assert outputs[1].stdout.strip() == f'"postgresql://agent7@127.0.0.1:{server.port}/companion"'
    said = "".join(done.stdout + done.stderr for done in outputs)
    assert SECRET_MARK not in said + everything_written(home)
    assert server.passwords == []


def test_a_password_given_on_the_command_line_is_refused_and_not_repeated(tmp_path):
    home = tmp_path / "agent"
    write_settings(home, "postgresql://agent7@127.0.0.1:1/companion")
    before = (home / "settings.toml").read_bytes()
    url = f"postgresql://agent7:{IN_URL}@team.example.test/companion"
    for args in (
        ("config", "set", "team.url", url),
        ("config", "set", "team.url", url.replace(f":{IN_URL}@", "@") + f"?password={IN_URL}"),
        ("team", "sync", "--url", url),
        ("team", "stats", "--url", url),
    ):
        refused = companion(home, *args)
        assert refused.returncode == 2, args
        assert "password" in refused.stderr and "companion team password" in refused.stderr
        assert SECRET_MARK not in refused.stdout + refused.stderr
    assert (home / "settings.toml").read_bytes() == before


def test_an_export_carries_no_team_settings_and_an_import_sets_none(tmp_path):
    """Where to share is the administrator's, per computer: an export does not carry it (the
    login's name and its server are not the person's data, and no import would use them), and
    a crafted file cannot point this computer at another server."""
    home = tmp_path / "agent"
    write_settings(home, "postgresql://agent7@team.example.test/companion")
    assert companion(home, "log", "--stress", "5").returncode == 0
    exported = companion(home, "export")
    assert exported.returncode == 0, exported.stderr
    document = json.loads(exported.stdout)
    assert document["settings"]["shift.hours"] == ["00:00-00:01"]
    assert not [key for key in document["settings"] if key.startswith("team.")]
    assert "team.example.test" not in exported.stdout and "一组" not in exported.stdout

    other = tmp_path / "other"
    other.mkdir()
    document["settings"].update(
        {"team.url": "postgresql://agent7@collector.example.net/loot", "team.name": "x"}
    )
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(document), encoding="utf-8")
    imported = companion(other, "import", str(crafted))
    assert imported.returncode == 0, imported.stderr
    assert "not taken: team.url, team.name" in imported.stdout
    settings_text = (other / "settings.toml").read_text(encoding="utf-8")
    assert "shift" in settings_text and "team" not in settings_text
    assert "collector.example.net" not in companion(other, "config", "get").stdout


# -- the administrator's URL never on the command line ---------------------------------------


def test_init_refuses_a_url_on_the_command_line_and_connects_nowhere(tmp_path):
    home = tmp_path / "admin"
    home.mkdir()
    with FakePostgres("127.0.0.1", "cleartext") as server:
        url = f"postgresql://admin:{IN_URL}@127.0.0.1:{server.port}/companion"
        refused = companion(home, "team", "init", "--url", url, "--min-group", "10")
        assert server.seen == []
        from_env = companion(home, "team", "init", env={"COMPANION_TEAM_ADMIN_URL": url})
    assert refused.returncode == 2
    assert "visible to every user of this computer (ps)" in refused.stderr
    assert "COMPANION_TEAM_ADMIN_URL" in refused.stderr and "--stdin" in refused.stderr
    assert SECRET_MARK not in refused.stdout + refused.stderr
    # the same URL where it belongs, at a server asking for it in clear: not given either
    assert from_env.returncode == 1 and "cleartext password" in from_env.stderr
    assert server.seen and server.passwords == []
    assert SECRET_MARK not in from_env.stdout + from_env.stderr


def test_init_takes_the_url_from_the_environment_standard_input_or_the_settings(tmp_path, postgres):
    home = tmp_path / "admin"
    home.mkdir()
    nowhere = companion(home, "team", "init")
    assert nowhere.returncode == 2 and "no administrator's URL" in nowhere.stderr
    for number, how in enumerate(("environment", "stdin", "settings")):
        database = f"creds_init_{number}_{os.getpid()}"
        postgres.psql(f"CREATE DATABASE {database}", database="postgres")
        url = postgres.url(database=database)
        if how == "environment":
            done = companion(home, "team", "init", env={"COMPANION_TEAM_ADMIN_URL": url})
            source = "COMPANION_TEAM_ADMIN_URL"
        elif how == "stdin":
            done = companion(home, "team", "init", "--stdin", stdin=url + "\n")
            source = "standard input"
        else:
            write_settings(home, url)
            done = companion(home, "team", "init", "--min-group", "12")
            source = "team.url"
        assert done.returncode == 0, done.stderr
        assert "team schema created" in done.stdout and f"(the URL from {source})" in done.stdout
    assert postgres.psql("SELECT companion_team.min_group()", database=database) == "12"


# -- the password at work, on a real server --------------------------------------------------

TLS_NAME = "team.example.test"


@pytest.fixture(scope="module")
def password_server(tmp_path_factory):
    """A server of its own, where the logins `pw_agent` and `pw_lead` must give a password
    (SCRAM) over TCP and the Unix socket alike, serving TLS with a certificate for localhost
    and team.example.test."""
    import shutil

    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command (it comes with Debian's postgresql package)")
    from tests.helpers.postgres import remove_server, server_binaries, start_server

    if server_binaries() is None:
        pytest.skip("PostgreSQL's server is not installed")
    server = start_server()
    try:
        ca = server.enable_tls(("localhost", TLS_NAME))
        own_ca = tmp_path_factory.mktemp("ca") / "ca.crt"
        shutil.copy(ca, own_ca)
        name = server.new_team_database("creds", 5, {"pw_agent": AGENT_ROLE, "pw_lead": LEAD_ROLE})
        from tests.helpers.team_server import add_teams

        add_teams(server, name, ("一组",), lead="pw_lead")
        quoted = SECRET.replace("'", "''")
        server.psql(f"ALTER ROLE pw_agent PASSWORD '{quoted}'", database=name)
        server.psql(f"ALTER ROLE pw_lead PASSWORD '{quoted}'", database=name)
        hba = server.folder / "data" / "pg_hba.conf"
        hba.write_text(
            "local all pw_agent,pw_lead scram-sha-256\n"
            "host all pw_agent,pw_lead 127.0.0.1/32 scram-sha-256\n" + hba.read_text()
        )
        server.psql("SELECT pg_reload_conf()")
        yield server, name, own_ca
    finally:
        remove_server(server)


def test_a_password_kept_with_team_password_works_over_loopback_and_the_socket(
    tmp_path, password_server
):
    server, name, _ca = password_server
    for how, url in (
        ("tcp", server.tcp_url("pw_agent", name)),
        ("socket", server.url("pw_agent", name)),
    ):
        home = tmp_path / how
        write_settings(home, url)
        a_day_due(home)
        without = companion(home, "team", "sync")
        assert without.returncode == 1 and "no password supplied" in without.stderr, how
        kept = companion(home, "team", "password", stdin=SECRET + "\n")
        assert kept.returncode == 0, kept.stderr
        assert "team.pgpass (readable by you only)" in kept.stdout
        assert SECRET_MARK not in kept.stdout + kept.stderr
        sync = companion(home, "team", "sync")
        assert sync.returncode == 0, (how, sync.stderr)
        assert "sent 1 day(s)" in sync.stdout
        assert SECRET_MARK not in everything_written(home) + sync.stdout
        forgotten = companion(home, "team", "password", "--forget")
        assert "forgotten" in forgotten.stdout and not (home / "team.pgpass").exists()


def test_a_server_on_another_computer_is_read_over_verified_tls_by_default(
    tmp_path, password_server
):
    """team.url names the server by a name that is not this computer's and says nothing of
    TLS: the lead's figures come over TLS, the certificate checked against the CA and the
    name; without the CA nothing is sent and one line says why."""
    server, name, ca = password_server
    home = tmp_path / "lead"
    base = f"postgresql://pw_lead@{TLS_NAME}:{server.port}/{name}?hostaddr=127.0.0.1"
    write_settings(home, f"postgresql://pw_lead:{IN_URL}@{base.split('@', 1)[1]}")
    missing_ca = companion(home, "team", "stats", "--team", "一组", "--weeks", "2")
    assert missing_ca.returncode == 1
    assert "root certificate file" in missing_ca.stderr
    assert len(missing_ca.stderr.strip().splitlines()) == 2  # the note on the move, then why
    write_settings(home, f"{base}&sslrootcert={ca}")
    stats = companion(home, "team", "stats", "--team", "一组", "--weeks", "2", "--format", "json")
    assert stats.returncode == 0, stats.stderr
    assert len(json.loads(stats.stdout)["weeks"]) == 2

    from companion.team.connection import make_team_engine

    engine = make_team_engine(f"{base}&sslrootcert={ca}", home / "team.pgpass")
    try:
        with engine.connect() as connection:
            # libpq's own word (pg_stat_ssl is closed to agents and leads by team init)
            encrypted = connection.connection.dbapi_connection.pgconn.ssl_in_use  # type: ignore[union-attr]
    finally:
        engine.dispose()
    assert encrypted is True
    weak = companion(home, "team", "stats", "--url", f"{base}&sslmode=require")
    assert weak.returncode == 2 and "sslmode=verify-full" in weak.stderr
