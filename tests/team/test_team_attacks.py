"""Attacks on the team view's promise, on a real PostgreSQL server set up as `companion team init
--min-group 10` leaves it and used only through the documented logins: a lead who reads twice
and subtracts, who places a training mark over a hidden figure, who reads the catalog while an
agent syncs; an agent's login that makes up pseudonyms, races its own first sends, sends what no
Companion sends, or uses another login's pseudonym. Each would recover one person's figure (or
name them) if the defence were missing.

The server's clock is set with `tests.helpers.team_server.at`: a week is sent while open and is
published once closed, as on a real server over three weeks.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest

from companion.domain.team import TeamWeek, new_pseudonym
from companion.team.agent import send_days, withdraw
from companion.team.connection import TeamServerError
from companion.team.lead import add_mark, team_figures
from companion.team.schema import AGENT_ROLE, LEAD_ROLE
from tests.helpers.postgres import PostgresServer
from tests.helpers.team_server import add_teams, at, closed_after

MONDAY = date(2026, 11, 2)
GROUP = 10
TEAMS = (
    "live",
    "gone",
    "marked",
    "race",
    "loop",
    "catalog",
    "checked",
    "low",
    "mine",
    "regroup",
    "breaks",
    "held",
)


@pytest.fixture(scope="module")
def team_db(postgres: PostgresServer) -> str:
    logins = {"lead_one": LEAD_ROLE, "lead_two": LEAD_ROLE, "agent_one": AGENT_ROLE}
    name = postgres.new_team_database("attack", GROUP, logins)
    add_teams(postgres, name, TEAMS, lead="lead_one")
    add_teams(postgres, name, ("theirs",), lead="lead_two")
    return name


def day(when: date, stress: int = 5, exercises: int = 0, low: bool | None = False) -> dict:
    return {
        "day": when.isoformat(),
        "entries": 2,
        "mean_stress": float(stress),
        "max_stress": stress,
        "by_category": {"refund": {"entries": 2, "mean_stress": float(stress)}},
        "by_emotion": {"angry": 2},
        "breaks": {"offered": 4, "taken": 3, "skipped": 1},
        "exercises": exercises,
        "checkin_low": low,
    }


def lead(postgres: PostgresServer, team_db: str) -> str:
    return postgres.url("lead_one", team_db)


def week_of(postgres: PostgresServer, team_db: str, team: str, monday: date) -> TeamWeek:
    [week] = team_figures(lead(postgres, team_db), team, monday, 1).weeks
    return week


def agents(postgres: PostgresServer, team_db: str, count: int) -> list[tuple[str, str]]:
    """`count` agents, each with a login of their own and the pseudonym their computer made."""
    return [(postgres.new_agent(team_db), new_pseudonym()) for _ in range(count)]


def people(postgres: PostgresServer, team_db: str, team: str) -> int:
    """How many contributors the server holds days of for `team` (the administrator's view)."""
    found = postgres.psql(
        f"SELECT count(DISTINCT contributor) FROM companion_team.agent_day WHERE team = '{team}'",
        database=team_db,
    )
    return int(found)


def test_the_live_week_tells_a_lead_nothing_around_one_sync(postgres, team_db):
    """Ten people sent Monday; one more person's Tuesday arrives between two reads of the week.
    On the old schema the two readings differed by exactly that person's day."""
    at(postgres, team_db, MONDAY + timedelta(days=1))
    crowd = agents(postgres, team_db, GROUP)
    for url, pseudonym in crowd:
        send_days(url, pseudonym, "live", [day(MONDAY, 4)])
    before = week_of(postgres, team_db, "live", MONDAY)
    url, pseudonym = crowd[0]
    send_days(url, pseudonym, "live", [day(MONDAY + timedelta(days=1), 9, exercises=3)])
    after = week_of(postgres, team_db, "live", MONDAY)
    assert before == after
    assert (after.closed, after.shown, after.agents, after.mean_stress) == (
        False,
        False,
        None,
        None,
    )
    # the week stays open (and empty) until its last day can no longer be sent
    at(postgres, team_db, closed_after(MONDAY) - timedelta(days=1))
    assert week_of(postgres, team_db, "live", MONDAY).closed is False
    at(postgres, team_db, closed_after(MONDAY))
    published = week_of(postgres, team_db, "live", MONDAY)
    assert (published.closed, published.shown, published.agents) == (True, True, GROUP)
    assert published.mean_stress == round((4 * 2 * GROUP + 9 * 2) / (2 * GROUP + 2), 1)
    # a late day of that week (a computer that was off, or a changed one) moves nothing
    late_url, late_pseudonym = agents(postgres, team_db, 1)[0]
    assert send_days(late_url, late_pseudonym, "live", [day(MONDAY + timedelta(days=2), 10)]) == 0
    assert send_days(url, pseudonym, "live", [day(MONDAY, 0)]) == 0
    assert week_of(postgres, team_db, "live", MONDAY) == published


def test_withdrawing_between_two_reads_moves_no_published_figure(postgres, team_db):
    """Opting out is not the moment of greatest exposure: the weeks already published stay as
    they were (figures about at least ten people), while the person's days are deleted."""
    at(postgres, team_db, MONDAY + timedelta(days=2))
    crowd = agents(postgres, team_db, GROUP + 1)
    for number, (url, pseudonym) in enumerate(crowd):
        send_days(url, pseudonym, "gone", [day(MONDAY, 3 + number % 5, exercises=number % 2)])
    at(postgres, team_db, closed_after(MONDAY))
    first = team_figures(lead(postgres, team_db), "gone", MONDAY, 2)
    leaving_url, leaving_pseudonym = crowd[5]
    assert withdraw(leaving_url, leaving_pseudonym) == 1
    assert people(postgres, team_db, "gone") == GROUP
    second = team_figures(lead(postgres, team_db), "gone", MONDAY, 2)
    assert second.weeks == first.weeks and first.weeks[0].agents == GROUP + 1


def test_a_training_mark_over_a_hidden_figure_recovers_nothing(postgres, team_db):
    """One person alone did exercises in the first of four weeks, so that week hides them; a
    mark whose side covers the four weeks once gave their sum, and subtracting the three shown
    weeks gave hers. A side is now the mean of the published weeks' figures."""
    mark_day = MONDAY + timedelta(weeks=4, days=2)
    crowd = agents(postgres, team_db, GROUP)
    for week in range(9):
        monday = MONDAY + timedelta(weeks=week)
        if week == 4:
            continue  # the mark's own week is in neither side
        at(postgres, team_db, monday + timedelta(days=3))
        for number, (url, pseudonym) in enumerate(crowd):
            alone = 7 if week == 0 and number == 0 else 0
            send_days(url, pseudonym, "marked", [day(monday, 6 if week < 4 else 3, alone)])
    at(postgres, team_db, closed_after(MONDAY + timedelta(weeks=8)))
    assert add_mark(lead(postgres, team_db), "marked", mark_day, "情绪管理培训") is True
    figures = team_figures(lead(postgres, team_db), "marked", MONDAY, 9)
    weeks = figures.weeks
    assert weeks[0].exercises is None  # one person's seven
    assert [week.exercises for week in weeks[1:4]] == [0, 0, 0]
    [mark] = figures.marks
    assert mark.shown and mark.before is not None and mark.after is not None
    assert mark.before.exercises_per_agent_day == 0.0  # the shown weeks' mean: hers is not in it
    assert (mark.before.weeks, mark.before.agents, mark.before.mean_stress) == (4, GROUP, 6.0)
    assert (mark.after.weeks, mark.after.mean_stress) == (4, 3.0)


def test_a_login_racing_its_own_first_sends_under_made_up_pseudonyms_is_one_person(
    postgres, team_db
):
    """One real person and one login that sends nine made-up pseudonyms at once (threads, each
    its own connection): on the old schema every first send went in, a week of "10 agents" was
    shown and the real person's figures followed by subtraction."""
    at(postgres, team_db, MONDAY + timedelta(days=2))
    real_url, real_pseudonym = agents(postgres, team_db, 1)[0]
    send_days(real_url, real_pseudonym, "race", [day(MONDAY, 9)])
    faker = postgres.new_agent(team_db)
    start = threading.Barrier(GROUP - 1)
    errors: list[BaseException] = []

    def send(stress: int) -> None:
        try:
            start.wait()
            send_days(faker, new_pseudonym(), "race", [day(MONDAY, stress)])
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=send, args=(n % 10,)) for n in range(GROUP - 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert people(postgres, team_db, "race") == 2
    at(postgres, team_db, closed_after(MONDAY))
    week = week_of(postgres, team_db, "race", MONDAY)
    assert (week.shown, week.agents, week.mean_stress) == (False, None, None)


def test_withdraw_and_send_loops_from_one_login_count_once(postgres, team_db):
    """Withdraw, then send under a new pseudonym, over and over, while the same login sends
    under other new pseudonyms on another connection: never more than one person."""
    at(postgres, team_db, MONDAY + timedelta(days=2))
    login = postgres.new_agent(team_db)
    errors: list[BaseException] = []
    most = [0]

    def loop() -> None:
        try:
            for _ in range(15):
                pseudonym = new_pseudonym()
                send_days(login, pseudonym, "loop", [day(MONDAY)])
                most[0] = max(most[0], people(postgres, team_db, "loop"))
                withdraw(login, pseudonym)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    def flood() -> None:
        try:
            for _ in range(15):
                send_days(login, new_pseudonym(), "loop", [day(MONDAY + timedelta(days=1))])
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=loop), threading.Thread(target=flood)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert most[0] == 1 and people(postgres, team_db, "loop") <= 1


CATALOG = (
    "SELECT usename, application_name FROM pg_stat_activity",
    "SELECT usesysid FROM pg_catalog.pg_stat_get_activity(NULL)",
    "SELECT pg_stat_get_backend_userid(1)",
    "SELECT rolname FROM pg_roles",
    "SELECT usename FROM pg_user",
    "SELECT member FROM pg_auth_members",
    "SELECT n_tup_ins FROM pg_stat_user_tables",
    "SELECT n_tup_ins FROM pg_stat_all_tables",
    "SELECT calls FROM pg_stat_user_functions",
    "SELECT tup_inserted FROM pg_stat_database",
    "SELECT pg_stat_get_tuples_inserted('companion_team.agent_day'::regclass)",
)


def test_the_catalog_names_no_one_to_a_lead_or_an_agent_while_an_agent_syncs(postgres, team_db):
    """Who is syncing right now (their login in pg_stat_activity), which logins exist, and how
    many rows each send wrote: refused to both roles, while an agent's sync is under way."""
    from sqlalchemy import text

    from companion.team.connection import make_team_engine

    at(postgres, team_db, MONDAY + timedelta(days=2))
    syncing, holding = threading.Event(), threading.Event()

    def sync() -> None:  # an agent mid-sync: a send, then its connection held open
        engine = make_team_engine(postgres.url("agent_one", team_db))
        try:
            with engine.begin() as connection:
                connection.execute(
                    text("SELECT companion_team.submit_days(:p, 'catalog', CAST(:d AS jsonb))"),
                    {"p": new_pseudonym(), "d": f"[{_json(day(MONDAY))}]"},
                )
                syncing.set()
                holding.wait(30)
        finally:
            engine.dispose()

    agent = threading.Thread(target=sync)
    agent.start()
    try:
        assert syncing.wait(30)
        for role in ("lead_one", "agent_one"):
            for query in CATALOG:
                with pytest.raises(RuntimeError, match="permission denied"):
                    postgres.psql(query, role, team_db)
        # the administrator still sees it all
        assert "agent_one" in postgres.psql(
            "SELECT usename FROM pg_stat_activity", database=team_db
        )
    finally:
        holding.set()
        agent.join()


def _json(value: Any) -> str:
    import json

    return json.dumps(value)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"by_emotion": {"furious_at_alice": 2}}, 'unknown emotion "furious_at_alice"'),
        (
            {"by_category": {"alice_desk4": {"entries": 2, "mean_stress": 5.0}}},
            'unknown call type "alice_desk4"',
        ),
        (
            {"entries": 200_000, "by_category": {"refund": {"entries": 200_000, "mean_stress": 5}}},
            "violates check constraint",
        ),
        ({"by_emotion": {"angry": 3}}, "more entries than the day has"),
        ({"entries": 3}, "do not add up"),
        ({"breaks": {"offered": 2, "taken": 3, "skipped": 0}}, "violates check constraint"),
        ({"mean_stress": 11.0}, "violates check constraint"),
        ({"day": "2028-01-05"}, "not a day that has begun anywhere yet"),
        ({"day": "2026-11-06"}, "not a day that has begun anywhere yet"),  # two days ahead
    ],
)
def test_the_server_refuses_what_no_companion_sends_and_stores_nothing(
    postgres, team_db, change, said
):
    at(postgres, team_db, MONDAY + timedelta(days=2))  # a Wednesday
    url, pseudonym = agents(postgres, team_db, 1)[0]
    stored = "SELECT count(*) FROM companion_team.agent_day WHERE team = 'checked'"
    before = postgres.psql(stored, database=team_db)
    with pytest.raises(TeamServerError, match=said):
        send_days(url, pseudonym, "checked", [day(MONDAY), {**day(MONDAY), **change}])
    assert postgres.psql(stored, database=team_db) == before


def test_tomorrow_somewhere_is_taken_and_nothing_else_lies_ahead(postgres, team_db):
    at(postgres, team_db, MONDAY + timedelta(days=2))  # noon UTC: Thursday has begun at UTC+14
    url, pseudonym = agents(postgres, team_db, 1)[0]
    assert send_days(url, pseudonym, "checked", [day(MONDAY + timedelta(days=3))]) == 1


def test_teams_pseudonyms_and_marks_belong_to_whom_the_administrator_says(postgres, team_db):
    at(postgres, team_db, MONDAY + timedelta(days=2))
    url, pseudonym = agents(postgres, team_db, 1)[0]
    with pytest.raises(TeamServerError, match='no team called "Alice at desk 4"'):
        send_days(url, pseudonym, "Alice at desk 4", [day(MONDAY)])
    send_days(url, pseudonym, "mine", [day(MONDAY)])
    other = postgres.new_agent(team_db)
    with pytest.raises(TeamServerError, match="another login"):
        send_days(other, pseudonym, "mine", [day(MONDAY, 1)])
    with pytest.raises(TeamServerError, match="another login"):
        withdraw(other, pseudonym)
    assert people(postgres, team_db, "mine") == 1
    # a lead reads and marks only its own teams
    with pytest.raises(TeamServerError, match='permission denied for team "theirs"'):
        team_figures(lead(postgres, team_db), "theirs", MONDAY, 1)
    with pytest.raises(TeamServerError, match='permission denied for team "theirs"'):
        add_mark(lead(postgres, team_db), "theirs", MONDAY, "over their shoulder")
    with pytest.raises(TeamServerError, match='permission denied for team "mine"'):
        team_figures(postgres.url("lead_two", team_db), "mine", MONDAY, 1)
    with pytest.raises(TeamServerError, match="within a year"):
        add_mark(lead(postgres, team_db), "mine", MONDAY + timedelta(days=400), "far ahead")
    for role in ("lead_one", "agent_one"):
        with pytest.raises(RuntimeError, match="permission denied"):
            postgres.psql("INSERT INTO companion_team.team VALUES ('made by me')", role, team_db)
        with pytest.raises(RuntimeError, match="permission denied"):
            postgres.psql(
                "INSERT INTO companion_team.lead_team VALUES (session_user, 'theirs')",
                role,
                team_db,
            )


@pytest.mark.parametrize(
    ("low", "share", "few"), [(0, 0.0, False), (2, None, True), (3, 0.3, False)]
)
def test_low_check_ins_are_shown_as_none_or_at_least_three_people(
    postgres, team_db, low, share, few
):
    monday = MONDAY + timedelta(weeks=[0, 2, 3].index(low) + 10)
    at(postgres, team_db, monday + timedelta(days=2))
    for number, (url, pseudonym) in enumerate(agents(postgres, team_db, GROUP)):
        send_days(url, pseudonym, "low", [day(monday, 5 + number % 3, low=number < low)])
    at(postgres, team_db, closed_after(monday))
    week = week_of(postgres, team_db, "low", monday)
    assert (week.shown, week.checkin_low_share, week.checkin_low_few) == (True, share, few)
    assert week.mean_stress is not None and week.mean_stress == round(week.mean_stress, 1)
    assert (week.as_json()["checkin_low_fewer_than_3"], week.as_json()["closed"]) == (few, True)


def test_a_raised_then_lowered_group_never_shows_a_week_again(postgres, team_db):
    """Raising --min-group hides the weeks published over fewer; lowering it again must not
    publish them anew from the days left after someone withdrew (the difference was theirs)."""
    from companion.team.schema import init_schema

    monday = MONDAY + timedelta(weeks=20)
    at(postgres, team_db, monday + timedelta(days=2))
    crowd = agents(postgres, team_db, GROUP + 1)
    for number, (url, pseudonym) in enumerate(crowd):
        send_days(
            url, pseudonym, "regroup", [day(monday, 9 if number == 0 else 4, 7 * (number == 0))]
        )
    at(postgres, team_db, closed_after(monday))
    published = week_of(postgres, team_db, "regroup", monday)
    assert (published.shown, published.agents) == (True, GROUP + 1)
    assert withdraw(*crowd[0]) == 1
    admin = postgres.url(database=team_db)
    try:
        init_schema(admin, GROUP + 2)
        assert week_of(postgres, team_db, "regroup", monday).shown is False
        init_schema(admin, GROUP)
        again = week_of(postgres, team_db, "regroup", monday)
        assert (again.shown, again.agents, again.mean_stress) == (False, None, None)
    finally:
        init_schema(admin, GROUP)


def test_breaks_offered_taken_and_skipped_cannot_be_subtracted(postgres, team_db):
    """One person took two breaks and skipped two, nine others skipped all four: taken hidden
    alone was offered minus skipped."""
    monday = MONDAY + timedelta(weeks=22)
    at(postgres, team_db, monday + timedelta(days=2))
    for number, (url, pseudonym) in enumerate(agents(postgres, team_db, GROUP)):
        sent = day(monday)
        sent["breaks"] = (
            {"offered": 4, "taken": 2, "skipped": 2}
            if number == 0
            else {"offered": 4, "taken": 0, "skipped": 4}
        )
        send_days(url, pseudonym, "breaks", [sent])
    at(postgres, team_db, closed_after(monday))
    week = week_of(postgres, team_db, "breaks", monday)
    assert week.breaks_offered == 40
    assert (week.breaks_taken, week.breaks_skipped) == (None, None)


def test_all_low_check_ins_are_not_shown_as_everyone(postgres, team_db):
    monday = MONDAY + timedelta(weeks=24)
    at(postgres, team_db, monday + timedelta(days=2))
    for url, pseudonym in agents(postgres, team_db, GROUP):
        send_days(url, pseudonym, "low", [day(monday, low=True)])
    at(postgres, team_db, closed_after(monday))
    week = week_of(postgres, team_db, "low", monday)
    assert week.shown and week.checkin_low_share is None


def test_a_transaction_held_open_blocks_no_one_elses_send_or_read(postgres, team_db):
    """An agent starts the week's publication in a transaction it never ends: another agent's
    sync and the lead's read still finish at once (publication waits for no one)."""
    import time

    from sqlalchemy import text

    from companion.team.connection import make_team_engine

    monday = MONDAY + timedelta(weeks=26)
    at(postgres, team_db, monday + timedelta(days=2))
    crowd = agents(postgres, team_db, GROUP)
    for url, pseudonym in crowd:
        send_days(url, pseudonym, "held", [day(monday)])
    at(postgres, team_db, closed_after(monday))
    engine = make_team_engine(crowd[0][0])
    try:
        with engine.connect() as holder:
            holder.execute(
                text("SELECT companion_team.submit_days(:p, 'held', '[]'::jsonb)"),
                {"p": crowd[0][1]},
            )  # publishes, and holds the publication's lock until the transaction ends
            started = time.monotonic()
            url, pseudonym = crowd[1]
            send_days(url, pseudonym, "held", [day(closed_after(monday))])
            week_of(postgres, team_db, "held", monday)
            assert time.monotonic() - started < 5
            holder.rollback()
    finally:
        engine.dispose()
    assert week_of(postgres, team_db, "held", monday).shown is True


def test_init_says_where_agents_and_leads_could_still_see_who_is_connected(postgres, team_db):
    """The team database's catalog is closed, but pg_stat_activity in any other database shows
    the whole server's connections: init names those databases, and closing them works."""
    from companion.team.schema import catalog_warnings

    admin = postgres.url(database=team_db)
    said = " ".join(catalog_warnings(admin))
    assert "postgres" in said and "template1" in said and "pg_hba.conf" in said
    seen = postgres.psql("SELECT count(usename) FROM pg_stat_activity", "lead_one", "postgres")
    assert int(seen) >= 1  # what the warning is about: the lead sees the server's logins there
    try:
        postgres.psql("REVOKE CONNECT ON DATABASE postgres, template1 FROM PUBLIC")
        with pytest.raises(RuntimeError, match="permission denied for database"):
            postgres.psql("SELECT usename FROM pg_stat_activity", "lead_one", "postgres")
        assert "postgres," not in " ".join(catalog_warnings(admin))
    finally:
        postgres.psql("GRANT CONNECT ON DATABASE postgres, template1 TO PUBLIC")
