"""The team server's figures, on a private PostgreSQL server started for the run.

    .venv/bin/python -m benchmarks.team [--agents 500] [--days 250] [--teams 20]

Submits agents × working days through the agent path (`send_days`, one call per agent's year,
as `companion team sync` would after a long time offline), then times a lead's 52-week
`weekly_figures` for one team and a team's marks. Prints one table.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

from companion.domain.team import first_week, new_pseudonym
from companion.team.agent import send_days
from companion.team.lead import add_mark, team_figures
from companion.team.schema import init_schema
from tests.helpers.postgres import remove_server, start_server
from tests.helpers.team_data import random_year, working_days

FIRST_DAY = date(2025, 12, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--days", type=int, default=250)
    parser.add_argument("--teams", type=int, default=20)
    args = parser.parse_args()
    server = start_server()
    try:
        init_schema(server.url(), 10)
        server.psql("CREATE ROLE agent LOGIN IN ROLE companion_agent")
        server.psql("CREATE ROLE lead LOGIN IN ROLE companion_lead")
        agent_url, lead_url = server.url("agent"), server.url("lead")
        rng = random.Random(17)
        days = working_days(FIRST_DAY, args.days)
        years = []
        started = time.perf_counter()
        for number in range(args.agents):
            year = random_year(rng, days)
            team = f"team-{number % args.teams:02d}"
            began = time.perf_counter()
            send_days(agent_url, new_pseudonym(), team, year)
            years.append(time.perf_counter() - began)
        total = time.perf_counter() - started
        add_mark(lead_url, "team-00", days[len(days) // 2], "情绪管理培训")
        week = first_week(days[-1], 52)
        team_figures(lead_url, "team-00", week, 52)  # warm
        reads = []
        for _ in range(10):
            began = time.perf_counter()
            figures = team_figures(lead_url, "team-00", week, 52)
            reads.append(time.perf_counter() - began)
        shown = sum(item.shown for item in figures.weeks)
    finally:
        remove_server(server)
    rows = [
        ("agent-days submitted", f"{args.agents * args.days:,}", ""),
        ("all agents' years, through submit_days", f"{total:.1f} s", ""),
        ("one agent's year (median)", f"{statistics.median(years) * 1000:.0f} ms", "< 2 s"),
        ("one agent's year (slowest)", f"{max(years) * 1000:.0f} ms", "< 2 s"),
        (
            "lead: 52-week stats of a team (median)",
            f"{statistics.median(reads) * 1000:.0f} ms",
            "< 300 ms",
        ),
        ("lead: 52-week stats (slowest of 10)", f"{max(reads) * 1000:.0f} ms", "< 300 ms"),
        (f"weeks shown of 52 ({args.agents // args.teams} agents a team)", str(shown), ""),
    ]
    width = max(len(name) for name, _, _ in rows)
    print(f"{'figure':{width}}  {'measured':>10}  target")
    for name, value, target in rows:
        print(f"{name:{width}}  {value:>10}  {target}")


if __name__ == "__main__":
    main()
