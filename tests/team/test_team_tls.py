"""The team URL's `sslmode` is honoured: over TCP with `verify-full`, the lead reads the team's
figures on an encrypted connection when the server's certificate is signed by the given CA and
names the host, and is refused, in one line, when it is not."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from companion.domain.team import first_week
from companion.team.connection import TeamServerError, make_team_engine
from companion.team.lead import team_figures
from companion.team.schema import AGENT_ROLE, LEAD_ROLE


@pytest.fixture(scope="module")
def tls_server(postgres, tmp_path_factory):
    """A server of its own (the suite's serves no TLS, and a test there checks that a URL
    asking for it is refused), with a certificate for localhost."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command (it comes with Debian's postgresql package)")
    from tests.helpers.postgres import remove_server, start_server

    server = start_server()
    try:
        ca = server.enable_tls()
        own_ca = tmp_path_factory.mktemp("ca") / "ca.crt"
        shutil.copy(ca, own_ca)  # readable by this test's user, as a user's CA file is
        logins = {"tls_agent": AGENT_ROLE, "tls_lead": LEAD_ROLE}
        name = server.new_team_database("tls", 5, logins)
        from tests.helpers.team_server import add_teams

        add_teams(server, name, ("一组",), lead="tls_lead")
        yield server, name, own_ca
    finally:
        remove_server(server)


def lead_url(server, name: str, host: str, **query: str) -> str:
    url = server.tcp_url("tls_lead", name, **query)
    return url.replace("@127.0.0.1:", f"@{host}:")


def test_verify_full_reads_the_figures_on_an_encrypted_connection(tls_server):
    server, name, ca = tls_server
    url = lead_url(server, name, "localhost", sslmode="verify-full", sslrootcert=str(ca))
    figures = team_figures(url, "一组", first_week(date(2026, 12, 2), 4), 4)
    assert len(figures.weeks) == 4
    engine = make_team_engine(url)
    try:
        with engine.connect() as connection:
            # libpq's own word (pg_stat_ssl is closed to agents and leads by team init)
            encrypted = connection.connection.dbapi_connection.pgconn.ssl_in_use  # type: ignore[union-attr]
    finally:
        engine.dispose()
    assert encrypted is True


def test_verify_full_refuses_a_certificate_from_another_ca(tls_server, tmp_path):
    server, name, _ca = tls_server
    other = tmp_path / "other-ca.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(tmp_path / "other.key"), "-out", str(other), "-days", "1",
         "-subj", "/CN=Someone else"],
        check=True, capture_output=True,
    )  # fmt: skip
    url = lead_url(server, name, "localhost", sslmode="verify-full", sslrootcert=str(other))
    with pytest.raises(TeamServerError) as refused:
        team_figures(url, "一组", first_week(date(2026, 12, 2), 4), 4)
    said = str(refused.value)
    assert "certificate verify failed" in said and "\n" not in said


def test_verify_full_refuses_a_host_the_certificate_does_not_name(tls_server):
    server, name, ca = tls_server
    url = lead_url(server, name, "127.0.0.1", sslmode="verify-full", sslrootcert=str(ca))
    with pytest.raises(TeamServerError) as refused:
        team_figures(url, "一组", first_week(date(2026, 12, 2), 4), 4)
    assert 'does not match host name "127.0.0.1"' in str(refused.value)
