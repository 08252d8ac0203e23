"""The team server's figures, on a private PostgreSQL server started for the run.

    .venv/bin/python -m benchmarks.team [--agents 500] [--days 250] [--teams 20]

(also the last table of `python -m benchmarks.run`, when PostgreSQL's server is installed)

Submits agents × working days through the agent path (`send_days`, one call per agent's year,
as `companion team sync` would after a long time offline), then times a lead's 52-week
`stats` of one team with its marks (the whole call: connection, schema check, figures), once
right after the load and once the tables have their statistics (autovacuum analyses them
within a minute of such a load), and the Team window's first open (a new
process, offscreen, until the figures of the last 13 weeks are drawn). Prints one table.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date

from benchmarks.run import ROOT, compile_sources
from companion.domain.team import first_week, new_pseudonym
from companion.team.agent import send_days
from companion.team.lead import add_mark, team_figures
from companion.team.schema import init_schema
from tests.helpers.postgres import remove_server, start_server
from tests.helpers.team_data import random_year, working_days

FIRST_DAY = date(2025, 12, 1)


def first_open(url: str, team: str) -> float:
    """Seconds from starting `benchmarks.team_window` to its "drawn"."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.team_window", url, team],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    took = time.perf_counter() - began
    child.wait(timeout=30)
    if line != "drawn":
        raise SystemExit(f"the Team window did not draw its figures: {line}")
    return took


Rows = list[tuple[str, str, str]]  # figure, measured, target


def measure(agents: int = 500, days_per_agent: int = 250, teams: int = 20) -> Rows:
    """Start a private server, load it through the agent path, time the lead's reads and the
    Team window's first open; the rows of the table."""
    server = start_server()
    try:
        init_schema(server.url(), 10)
        server.psql(  # one login per agent: a login shares one pseudonym at a time
            f"DO $$ BEGIN FOR i IN 0..{agents - 1} LOOP EXECUTE format("
            "'CREATE ROLE agent_%s LOGIN IN ROLE companion_agent', i); END LOOP; END $$"
        )
        server.psql("CREATE ROLE lead LOGIN IN ROLE companion_lead")
        lead_url = server.url("lead")
        rng = random.Random(17)
        days = working_days(FIRST_DAY, days_per_agent)
        years = []
        started = time.perf_counter()
        for number in range(agents):
            year = random_year(rng, days)
            team = f"team-{number % teams:02d}"
            began = time.perf_counter()
            send_days(server.url(f"agent_{number}"), new_pseudonym(), team, year)
            years.append(time.perf_counter() - began)
        total = time.perf_counter() - started
        add_mark(lead_url, "team-00", days[len(days) // 2], "情绪管理培训")
        week = first_week(days[-1], 52)
        team_figures(lead_url, "team-00", week, 52)  # warm

        def lead_reads() -> list[float]:
            reads = []
            for _ in range(10):
                began = time.perf_counter()
                team_figures(lead_url, "team-00", week, 52)
                reads.append(time.perf_counter() - began)
            return reads

        fresh = lead_reads()  # the tables without statistics yet, right after the load
        server.psql("ANALYZE")  # what autovacuum does within a minute of such a load
        reads = lead_reads()
        figures = team_figures(lead_url, "team-00", week, 52)
        shown = sum(item.shown for item in figures.weeks)
        opens = [first_open(lead_url, "team-00") for _ in range(5)]
    finally:
        remove_server(server)
    return [
        ("agent-days submitted", f"{agents * days_per_agent:,}", ""),
        ("all agents' years, through submit_days", f"{total:.1f} s", ""),
        ("one agent's year (median)", f"{statistics.median(years) * 1000:.0f} ms", "< 2 s"),
        ("one agent's year (slowest)", f"{max(years) * 1000:.0f} ms", "< 2 s"),
        (
            "lead: 52-week stats of a team (median)",
            f"{statistics.median(reads) * 1000:.0f} ms",
            "< 300 ms",
        ),
        ("lead: 52-week stats (slowest of 10)", f"{max(reads) * 1000:.0f} ms", "< 300 ms"),
        (
            "lead: 52-week stats before autovacuum's first ANALYZE (median)",
            f"{statistics.median(fresh) * 1000:.0f} ms",
            "",
        ),
        (f"weeks shown of 52 ({agents // teams} agents a team)", str(shown), ""),
        (
            "Team window: process start to figures drawn (median of 5)",
            f"{statistics.median(opens) * 1000:.0f} ms",
            "",
        ),
        ("Team window: slowest first open of 5", f"{max(opens) * 1000:.0f} ms", ""),
    ]


def table(rows: Rows) -> str:
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{'figure':{width}}  {'measured':>10}  target"]
    lines += [f"{name:{width}}  {value:>10}  {target}" for name, value, target in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--days", type=int, default=250)
    parser.add_argument("--teams", type=int, default=20)
    args = parser.parse_args()
    compile_sources()  # as an installed copy has them: the window's first open imports a lot
    print(table(measure(args.agents, args.days, args.teams)), end="")


if __name__ == "__main__":
    main()
