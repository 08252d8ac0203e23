"""`companion team …` end to end: the real command in its own process, a real local store in a
temporary COMPANION_HOME, and the real PostgreSQL server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.cli.parser import build_parser
from companion.cli.team import run_team
from companion.domain.clock import FixedClock
from companion.team.schema import AGENT_ROLE, LEAD_ROLE
from tests.helpers.postgres import PostgresServer
from tests.helpers.team_server import add_teams


@pytest.fixture(scope="module")
def team_db(postgres: PostgresServer) -> str:
    logins = {"agent_login": AGENT_ROLE, "lead_login": LEAD_ROLE}
    name = postgres.new_team_database("cli", 5, logins)
    add_teams(postgres, name, ("一组",), lead="lead_login")
    return name


def companion(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPANION_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def settings(home: Path, url: str, extra: str = "") -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(
        "[shift]\n"
        'days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
        'hours = ["00:00-00:01"]\n'
        f'[team]\nurl = "{url}"\nname = "一组"\n{extra}',
        encoding="utf-8",
    )


def test_an_agent_shares_sends_once_sees_what_was_sent_and_withdraws(tmp_path, postgres, team_db):
    home = tmp_path / "agent"
    settings(home, postgres.url("agent_login", team_db), "share = true\n")
    assert (
        companion(
            home,
            "log",
            "--stress",
            "8",
            "--category",
            "refund",
            "--emotion",
            "angry",
            "--note",
            "客户：“退款！”",
        ).returncode
        == 0
    )
    assert companion(home, "log", "--stress", "4").returncode == 0

    status = companion(home, "team", "status", "--format", "json")
    assert status.returncode == 0, status.stderr
    assert "team.share" in status.stderr and "own choice" in status.stderr  # pre-seeded: ignored
    assert json.loads(status.stdout)["share"] is False
    assert companion(home, "team", "sync").stdout.startswith("sharing is off")

    assert companion(home, "team", "share", "on").returncode == 0
    first = companion(home, "team", "sync")
    assert first.returncode == 0, first.stderr
    assert "sent 1 day(s)" in first.stdout and "agent_login" in first.stdout
    assert "nothing was due" in companion(home, "team", "sync").stdout
    # an entry logged after the day was sent: the day is due again, and replaced on the server
    assert companion(home, "log", "--stress", "3").returncode == 0
    later = json.loads(companion(home, "team", "status", "--format", "json").stdout)
    assert later["pending"] == [later["sent"][0]["day"]]
    again = companion(home, "team", "sync")
    assert again.returncode == 0 and "sent 1 day(s)" in again.stdout, again.stderr
    assert postgres.psql("SELECT entries FROM companion_team.agent_day", database=team_db) == "3"

    report = json.loads(companion(home, "team", "status", "--format", "json").stdout)
    assert report["share"] is True and report["team"] == "一组" and report["pending"] == []
    [sent] = report["sent"]
    assert sent["entries"] == 3 and "max_stress" not in sent  # the server keeps no highest
    assert sent["by_category"] == {
        "none": {"entries": 2, "mean_stress": 3.5},
        "refund": {"entries": 1, "mean_stress": 8.0},
    }
    assert sent["by_emotion"] == {"angry": 1}
    assert "退款" not in json.dumps(report, ensure_ascii=False)  # never the note
    rows = postgres.psql(
        "SELECT team, entries, stress_sum FROM companion_team.agent_day", database=team_db
    )
    assert rows == "一组|3|15"

    pseudonym = report["pseudonym"]
    withdrawn = companion(home, "team", "withdraw")
    assert withdrawn.returncode == 0 and "1 day(s) deleted" in withdrawn.stdout
    assert postgres.psql("SELECT count(*) FROM companion_team.agent_day", database=team_db) == "0"
    assert companion(home, "team", "share", "on").returncode == 0
    again = json.loads(companion(home, "team", "status", "--format", "json").stdout)
    assert again["pseudonym"] != pseudonym and again["sent"] == []
    assert companion(home, "team", "share", "off").returncode == 0


def test_a_server_that_is_down_gives_one_line_exit_1_and_keeps_the_day(tmp_path, postgres):
    home = tmp_path / "offline"
    down = f"postgresql://agent_login:s3cret-pw@/nowhere?host={tmp_path}&port=1"
    settings(home, down)
    assert companion(home, "log", "--stress", "6").returncode == 0
    assert companion(home, "team", "share", "on").returncode == 0
    failed = companion(home, "team", "sync")
    assert failed.returncode == 1
    assert failed.stdout == "" and len(failed.stderr.strip().splitlines()) == 1
    assert "not sent, kept for later" in failed.stderr
    report = json.loads(companion(home, "team", "status", "--format", "json").stdout)
    assert len(report["pending"]) == 1 and report["last_ok"] is False and report["sent"] == []
    log = (home / "logs" / "companion.log").read_text(encoding="utf-8")
    assert "team sync" in log
    assert "s3cret-pw" not in log + failed.stderr + json.dumps(report)


def test_a_lead_reads_the_team_and_marks_a_training(tmp_path, postgres, team_db):
    home = tmp_path / "lead"
    settings(home, postgres.url("lead_login", team_db))
    marked = companion(home, "team", "mark", "--date", "2026-10-12", "--label", "情绪管理培训")
    assert marked.returncode == 0, marked.stderr
    stats = companion(home, "team", "stats", "--weeks", "4", "--format", "json")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert figures["team"] == "一组" and figures["min_group"] == 5
    assert len(figures["weeks"]) == 4 and not any(week["shown"] for week in figures["weeks"])
    assert figures["marks"][0]["label"] == "情绪管理培训"
    table = companion(home, "team", "stats")
    assert table.returncode == 0 and "hidden (fewer than 5 people shared)" in table.stdout
    assert "open (published on " in table.stdout  # this week, and the last until it closes
    other = companion(home, "team", "stats", "--team", "二组")
    assert other.returncode == 1 and 'permission denied for team "二组"' in other.stderr
    assert "CONTEXT" not in other.stderr
    refused = companion(home, "team", "stats", "--url", postgres.url("agent_login", team_db))
    assert refused.returncode == 1 and "permission denied" in refused.stderr


def test_a_leads_weeks_end_with_today_on_the_clock_it_is_given(
    tmp_path, postgres, team_db, monkeypatch, capsys
):
    """`team stats` reads today on the command's clock, in its local zone: Sunday 15 March
    2026 at 20:00 UTC is already Monday the 16th in Shanghai, so the third of three weeks is
    the one that starts that Monday."""
    home = tmp_path / "lead-on-a-clock"
    settings(home, postgres.url("lead_login", team_db))
    monkeypatch.setenv("COMPANION_HOME", str(home))
    args = build_parser().parse_args(["team", "stats", "--weeks", "3", "--format", "json"])
    clock = FixedClock(datetime(2026, 3, 15, 20, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    assert run_team(args, clock) == 0
    weeks = json.loads(capsys.readouterr().out)["weeks"]
    assert [week["week_start"] for week in weeks] == ["2026-03-02", "2026-03-09", "2026-03-16"]

    clock.set(datetime(2026, 3, 15, 15, tzinfo=UTC))  # still Sunday in Shanghai
    assert run_team(args, clock) == 0
    weeks = json.loads(capsys.readouterr().out)["weeks"]
    assert [week["week_start"] for week in weeks] == ["2026-02-23", "2026-03-02", "2026-03-09"]


def test_erasing_after_sharing_says_what_stays_on_the_server(tmp_path, postgres, team_db):
    home = tmp_path / "leaving"
    settings(home, postgres.url("agent_login", team_db))
    assert companion(home, "log", "--stress", "7").returncode == 0
    assert companion(home, "team", "share", "on").returncode == 0
    assert companion(home, "team", "sync").returncode == 0
    asked = companion(home, "erase")
    assert asked.returncode == 2
    assert "1 day was shared with your team" in asked.stderr
    assert "companion team withdraw" in asked.stderr
    erased = companion(home, "erase", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "1 day shared with your team stays on the team server" in erased.stdout


def test_a_lead_opens_the_team_window_in_its_own_process(tmp_path, postgres, team_db):
    """`companion team view` as the tray menu starts it: a real process (offscreen) reads the
    team's figures from the server and draws them, then ends when asked to."""
    import time

    home = tmp_path / "lead-view"
    settings(home, postgres.url("lead_login", team_db))
    env = {**os.environ, "COMPANION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    said = tmp_path / "view-stderr.txt"
    with said.open("w") as stderr:
        view = subprocess.Popen(
            [sys.executable, "-m", "companion", "--lang", "zh_CN", "team", "view", "--weeks", "26"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    log = home / "logs" / "companion.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and view.poll() is None:
            if log.exists() and "team figures read: " in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert view.poll() is None, said.read_text()
        assert "team figures read: " in log.read_text(encoding="utf-8")
        assert " of 26 weeks shown" in log.read_text(encoding="utf-8")
    finally:
        view.terminate()
        view.wait(timeout=10)


def test_the_team_window_needs_a_team_server(tmp_path):
    home = tmp_path / "no-server"
    home.mkdir()
    done = companion(home, "team", "view")
    assert done.returncode == 2
    assert "no team server: set team.url in the settings, or give --url URL" in done.stderr
