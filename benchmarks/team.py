"""The team server's figures, on a private PostgreSQL server started for the run with the
server's default durability (fsync, synchronous_commit and full_page_writes on).

    .venv/bin/python -m benchmarks.team [--agents 500,5000] [--days 250] [--team-size 250]

(also the last table of `python -m benchmarks.run`, one size, when PostgreSQL's server is
installed)

For each number of agents: a year of history (working days up to yesterday) is loaded by the
administrator in bulk SQL, as the server would hold it after a year of nightly syncs (days
arrive day by day, so each team's days lie spread over the whole table). Days in closed weeks
can no longer be sent through the agent path (`submit_days` skips them), so the history does
not go through it; its foreign keys are not checked row by row (`session_replication_role =
replica`: every row is made valid), and the load ends with VACUUM ANALYZE, as autovacuum
leaves a server that has run for a while. The closed weeks of every team are then published
once, as the upgrade to t0003 does (on a new server, the first send or read after a week closes
publishes it). Then it times:

- one nightly sync: `send_days` of today, from the agent's own login and bound pseudonym (as
  `companion team sync` does), over several agents, and the first sync after a week closed
  (it publishes that week);
- a lead's 52-week `team_figures` of a team with a training mark (`companion team stats
  --weeks 52`): the first read, the first read after a week closes (it publishes that week),
  and later reads;
- the Team window's read (`team_reading`, 13 weeks) of another team: its first read, later
  reads, and the window's first open in a new process (offscreen, until the figures are drawn).

Prints one table, a column for each number of agents.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial

from benchmarks.run import ROOT, compile_sources
from companion.domain.mood import CATEGORIES, EMOTIONS
from companion.domain.team import NO_CATEGORY, first_week, new_pseudonym
from companion.team.agent import send_days
from companion.team.lead import add_mark, team_figures, team_reading
from companion.team.schema import add_team, assign_lead, init_schema
from tests.helpers.postgres import PostgresServer, remove_server, start_server
from tests.helpers.team_data import shared_day, working_days

SYNCS = 15  # agents timed sending their night's day
READS = 10  # later reads timed
CLOSINGS = 5  # weeks closed and published again, one at a time
OPENS = 3  # Team window first opens
SYNC, STATS, WINDOW = "< 100 ms", "< 300 ms", "< 500 ms"  # issue 28's targets


def first_open(url: str, team: str) -> float:
    """Seconds from starting `benchmarks.team_window` to its "drawn"."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.team_window", url, team],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # Qt's offscreen plugin's notes
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    took = time.perf_counter() - began
    child.wait(timeout=30)
    if line != "drawn":
        raise SystemExit(f"the Team window did not draw its figures: {line}")
    return took


def team_name(number: int) -> str:
    return f"team-{number:02d}"


def sql_text(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{value}'" for value in values) + "]"


def load_history(server: PostgresServer, agents: int, teams: int, days: list[date]) -> None:
    """`agents` × `days` as the administrator, in bulk: agent N is the login agent_N of team
    N mod `teams`, 0 to 2 entries of each call type a day (3 on average), one emotion."""
    codes = sql_text((*CATEGORIES, NO_CATEGORY))
    emotions = sql_text(EMOTIONS)
    server.psql(
        f"""
        SET work_mem = '256MB';
        SET session_replication_role = replica;
        SELECT setseed(0.17);
        CREATE TEMPORARY TABLE bench_agent AS
        SELECT i, format('team-%s', lpad((i % {teams})::text, 2, '0')) AS team,
               sha256(c.salt || convert_to('agent_' || i, 'UTF8')) AS contributor
        FROM generate_series(0, {agents - 1}) AS i CROSS JOIN companion_team.config c;
        CREATE TEMPORARY TABLE bench_day AS
        SELECT d::date AS day
        FROM generate_series(DATE '{days[0]}', DATE '{days[-1]}', interval '1 day') AS d
        WHERE extract(isodow FROM d) < 6;
        CREATE TEMPORARY TABLE bench_cell AS
        SELECT i, contributor, day, team, category, entries,
               floor(random() * (10 * entries + 1))::integer AS stress_sum
        FROM (SELECT a.i, a.contributor, d.day, a.team, c.category,
                     greatest(floor(random() * 8)::integer - 5, 0) AS entries
              FROM bench_agent a CROSS JOIN bench_day d CROSS JOIN unnest({codes}) AS c(category)
              OFFSET 0) AS drawn
        WHERE entries > 0;
        INSERT INTO companion_team.agent_day (
            contributor, day, team, entries, stress_sum, breaks_offered, breaks_taken,
            breaks_skipped, exercises, checkin_low)
        SELECT contributor, day, team, entries, stress_sum, offered, taken, offered - taken,
               floor(random() * 3)::integer,
               CASE WHEN extract(isodow FROM day) = 1 THEN random() < 0.2 END
        FROM (SELECT *, floor(random() * (offered + 1))::integer AS taken
              FROM (SELECT a.i, a.contributor, d.day, a.team,
                           coalesce(s.entries, 0) AS entries,
                           coalesce(s.stress_sum, 0) AS stress_sum,
                           6 + floor(random() * 7)::integer AS offered
                    FROM bench_agent a CROSS JOIN bench_day d
                    LEFT JOIN (SELECT contributor, day, sum(entries)::integer AS entries,
                                      sum(stress_sum)::integer AS stress_sum
                               FROM bench_cell GROUP BY contributor, day) s
                           USING (contributor, day)
                    OFFSET 0) AS drawn
              OFFSET 0) AS day_rows
        ORDER BY day, i;
        INSERT INTO companion_team.agent_day_category (
            contributor, day, team, category, entries, stress_sum)
        SELECT contributor, day, team, category, entries, stress_sum
        FROM bench_cell ORDER BY day, i, category;
        INSERT INTO companion_team.agent_day_emotion (contributor, day, team, emotion, entries)
        SELECT contributor, day, team, ({emotions})[1 + floor(random() * {len(EMOTIONS)})::int],
               entries
        FROM companion_team.agent_day WHERE entries > 0 ORDER BY day, contributor;
        """
    )
    server.psql("VACUUM ANALYZE")


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def ms(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"


def spread(samples: list[float]) -> str:
    """The median, and the slowest when there are several."""
    if len(samples) == 1:
        return ms(samples[0])
    return f"{ms(statistics.median(samples))} (slowest {ms(max(samples))})"


Rows = list[tuple[str, str, str]]  # figure, measured, target


def measure(
    agents: int = 500, days_per_agent: int = 250, teams: int | None = None, team_size: int = 250
) -> Rows:
    """Start a private durable server, load the history in bulk, time a night's sync, the
    lead's reads and the Team window's; the rows of the table. `teams` defaults to teams of
    `team_size` agents."""
    teams = teams or max(1, agents // team_size)
    today = datetime.now(UTC).date()
    days = [day for day in working_days(today - timedelta(days=400), 400) if day < today]
    days = days[-days_per_agent:]
    server = start_server(durable=True)
    try:
        admin = server.url()
        init_schema(admin, 10)
        for number in range(teams):
            add_team(admin, team_name(number))
        started = time.perf_counter()
        load_history(server, agents, teams, days)
        loaded = time.perf_counter() - started
        stored = int(server.psql("SELECT count(*) FROM companion_team.agent_day"))
        # what the upgrade to t0003 (or, on a new server, each week's first send) does once:
        # publish the closed weeks of every team
        started = time.perf_counter()
        server.psql("SELECT count(companion_team.publish_closed(name)) FROM companion_team.team")
        published = (time.perf_counter() - started) / teams

        rng = random.Random(17)
        sampled = [number * agents // SYNCS for number in range(min(SYNCS, agents))]
        server.psql(
            "".join(f"CREATE ROLE agent_{n} LOGIN IN ROLE companion_agent;" for n in sampled)
        )
        syncs = []
        for number in sampled:
            url, team, pseudonym = (
                server.url(f"agent_{number}"),
                team_name(number % teams),
                new_pseudonym(),
            )
            calls = [(rng.choice((*CATEGORIES, NO_CATEGORY)), rng.randint(0, 10)) for _ in "abc"]
            # the night before's sync: it binds the pseudonym to the login (and warms up)
            send_days(url, pseudonym, team, [shared_day(rng, days[-1], calls)])
            tonight = [shared_day(rng, today, calls)]
            syncs.append(timed(partial(send_days, url, pseudonym, team, tonight)))
        closing_syncs = []
        for number in sampled[:CLOSINGS]:  # the first sync after the team's newest week closed
            team = team_name(number % teams)
            server.psql(
                "DELETE FROM companion_team.published_week WHERE (team, week_start) = "
                "(SELECT team, max(week_start) FROM companion_team.published_week "
                f"WHERE team = '{team}' GROUP BY team)"
            )
            again = [shared_day(rng, today, [("refund", 5)])]
            agent = server.url(f"agent_{number}")
            closing_syncs.append(timed(partial(send_days, agent, new_pseudonym(), team, again)))

        server.psql("CREATE ROLE lead LOGIN IN ROLE companion_lead")
        lead = server.url("lead")
        stats_team, window_team = team_name(0), team_name(1 % teams)
        for team in {stats_team, window_team}:
            assign_lead(admin, "lead", team)
        add_mark(lead, stats_team, days[len(days) // 2], "情绪管理培训")
        year = first_week(today, 52)
        quarter = first_week(today, 13)

        def stats() -> object:
            return team_figures(lead, stats_team, year, 52)

        def window() -> object:
            return team_reading(lead, window_team, quarter, 13)

        first_stats = timed(stats)
        later_stats = [timed(stats) for _ in range(READS)]
        closings = []
        for _ in range(CLOSINGS):  # the newest published week closes again
            server.psql(
                "DELETE FROM companion_team.published_week WHERE (team, week_start) = "
                "(SELECT team, max(week_start) FROM companion_team.published_week "
                f"WHERE team = '{stats_team}' GROUP BY team)"
            )
            closings.append(timed(stats))
        figures = team_figures(lead, stats_team, year, 52)
        shown = sum(week.shown for week in figures.weeks)
        closed = sum(week.closed for week in figures.weeks)
        first_window = timed(window)
        later_window = [timed(window) for _ in range(READS)]
        opens = [first_open(lead, window_team) for _ in range(OPENS)]
    finally:
        remove_server(server)
    size = agents // teams
    return [
        ("agent-days stored", f"{stored:,}", ""),
        ("load: bulk SQL as the administrator, then VACUUM ANALYZE", f"{loaded:.0f} s", ""),
        (f"publishing a team's closed weeks once (upgrade), {size} people", ms(published), ""),
        (f"one nightly sync: `send_days` of today ({len(syncs)} agents)", spread(syncs), SYNC),
        (f"… the first sync after a week closed ({CLOSINGS})", spread(closing_syncs), SYNC),
        (f"lead: 52-week `stats`, {size}-person team: first read", ms(first_stats), STATS),
        (f"… first read after a week closes ({CLOSINGS} weeks)", spread(closings), STATS),
        (f"… later reads ({READS})", spread(later_stats), STATS),
        ("… weeks closed (published) / shown, of 52", f"{closed} / {shown}", ""),
        ("Team window: 13-week read, first", ms(first_window), WINDOW),
        (f"… later reads ({READS})", spread(later_window), WINDOW),
        (f"Team window: process start to drawn ({OPENS})", spread(opens), ""),
    ]


def table(rows: Rows) -> str:
    """One column of figures (as `benchmarks.run` prints it)."""
    return tables([("measured", rows)])


def tables(columns: list[tuple[str, Rows]]) -> str:
    """The rows of each run side by side, a column each, then the target."""
    names = [name for name, _, _ in columns[0][1]]
    targets = [target for _, _, target in columns[0][1]]
    values = [[value for _, value, _ in rows] for _, rows in columns]
    width = max(len(name) for name in names)
    widths = [
        max(len(head), *(len(value) for value in column))
        for (head, _), column in zip(columns, values, strict=True)
    ]
    heads = "  ".join(f"{head:>{w}}" for (head, _), w in zip(columns, widths, strict=True))
    lines = [f"{'figure':{width}}  {heads}  target"]
    for number, name in enumerate(names):
        cells = "  ".join(
            f"{column[number]:>{w}}" for column, w in zip(values, widths, strict=True)
        )
        lines.append(f"{name:{width}}  {cells}  {targets[number]}".rstrip())
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", default="500,5000", help="numbers of agents, comma-separated")
    parser.add_argument("--days", type=int, default=250, help="working days of history")
    parser.add_argument("--team-size", type=int, default=250)
    args = parser.parse_args()
    compile_sources()  # as an installed copy has them: the window's first open imports a lot
    columns = []
    for agents in (int(count) for count in args.agents.split(",")):
        rows = measure(agents, args.days, team_size=args.team_size)
        columns.append((f"{agents:,} agents", rows))
    print(tables(columns), end="")


if __name__ == "__main__":
    main()
