"""The team schema on a real PostgreSQL server: the roles decide what each login may do, days
are upserted once per person and day, and a lead reads only published figures over enough
people. The server's clock (`companion_team.server_now()`) is set by `at()`: a week can be sent
only while it is open and is read once it is closed. tests/team/test_team_attacks.py attacks
the promise."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import date, timedelta

import pytest

from companion.domain.team import first_week, new_pseudonym
from companion.team.agent import send_days, withdraw
from companion.team.connection import TeamSchemaMismatch, TeamServerError
from companion.team.lead import add_mark, team_figures
from companion.team.schema import AGENT_ROLE, LEAD_ROLE, head_revision, init_schema
from tests.helpers.postgres import PostgresServer
from tests.helpers.team_server import TEAMS, add_teams, at, closed_after, send_in_time

MONDAY = date(2026, 10, 5)
HEAD = head_revision()


@pytest.fixture(scope="module")
def team_db(postgres: PostgresServer) -> str:
    logins = {"agent_login": AGENT_ROLE, "lead_login": LEAD_ROLE, "stranger": None}
    name = postgres.new_team_database("team", 5, logins)
    assert init_schema(postgres.url(database=name), None) == (HEAD, HEAD, 5)
    postgres.psql(f"GRANT CONNECT ON DATABASE {name} TO PUBLIC", database=name)
    add_teams(postgres, name, TEAMS, lead="lead_login")
    at(postgres, name, MONDAY + timedelta(days=2))
    return name


def day(when: date, stress: int = 5, category: str = "refund", emotion: str = "angry") -> dict:
    return {
        "day": when.isoformat(),
        "entries": 2,
        "mean_stress": float(stress),
        "max_stress": stress,
        "by_category": {category: {"entries": 2, "mean_stress": float(stress)}},
        "by_emotion": {emotion: 2},
        "breaks": {"offered": 4, "taken": 3, "skipped": 1},
        "exercises": 1,
        "checkin_low": False,
    }


def test_init_again_is_up_to_date_and_refuses_a_group_below_five(postgres, team_db):
    assert init_schema(postgres.url(database=team_db), None) == (HEAD, HEAD, 5)
    with pytest.raises(ValueError, match="at least 5"):
        init_schema(postgres.url(database=team_db), 4)


def test_a_lead_cannot_read_any_agent_row_and_an_agent_cannot_read_anything(postgres, team_db):
    send_days(postgres.url("agent_login", team_db), new_pseudonym(), "roles", [day(MONDAY)])
    for table in ("agent_day", "agent_day_category", "agent_day_emotion", "config", "pseudonym"):
        with pytest.raises(RuntimeError, match="permission denied"):
            postgres.psql(f"SELECT * FROM companion_team.{table}", "lead_login", team_db)
        with pytest.raises(RuntimeError, match="permission denied"):
            postgres.psql(f"SELECT * FROM companion_team.{table}", "agent_login", team_db)
    with pytest.raises(RuntimeError, match="permission denied"):
        postgres.psql(
            "SELECT * FROM companion_team.weekly_figures('roles', '2026-10-05', 1)",
            "agent_login",
            team_db,
        )
    with pytest.raises(RuntimeError, match="permission denied"):
        postgres.psql("SELECT companion_team.withdraw('x')", "lead_login", team_db)
    with pytest.raises(TeamServerError, match="permission denied"):
        send_days(postgres.url("stranger", team_db), new_pseudonym(), "roles", [day(MONDAY)])
    with pytest.raises(TeamServerError, match="permission denied"):
        team_figures(postgres.url("agent_login", team_db), "roles", MONDAY, 1)


def test_the_same_day_sent_twice_and_from_two_processes_at_once_is_one_row(postgres, team_db):
    url = postgres.url("agent_login", team_db)
    pseudonym = new_pseudonym()
    send_days(url, pseudonym, "twice", [day(MONDAY, 3)])
    send_days(url, pseudonym, "twice", [day(MONDAY, 7)])
    errors: list[BaseException] = []

    def send() -> None:
        try:
            send_days(url, pseudonym, "twice", [day(MONDAY, 8), day(MONDAY + timedelta(1), 8)])
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = postgres.psql(
        "SELECT day, stress_sum FROM companion_team.agent_day WHERE team = 'twice' ORDER BY day",
        database=team_db,
    )
    assert rows.splitlines() == ["2026-10-05|16", "2026-10-06|16"]
    assert withdraw(url, pseudonym) == 2
    assert (
        postgres.psql(
            "SELECT count(*) FROM companion_team.agent_day WHERE team = 'twice'", database=team_db
        )
        == "0"
    )


def test_a_day_that_does_not_add_up_is_refused_and_nothing_is_stored(postgres, team_db):
    bad = day(MONDAY)
    bad["entries"] = 3
    with pytest.raises(TeamServerError, match="do not add up"):
        send_days(postgres.url("agent_login", team_db), new_pseudonym(), "bad", [day(MONDAY), bad])
    assert (
        postgres.psql(
            "SELECT count(*) FROM companion_team.agent_day WHERE team = 'bad'", database=team_db
        )
        == "0"
    )


def test_weeks_and_cells_with_fewer_than_the_smallest_group_are_hidden(postgres, team_db):
    lead_url = postgres.url("lead_login", team_db)
    week2, week3, week4 = (MONDAY + timedelta(weeks=w) for w in (1, 2, 3))
    sends: list[tuple[str, str, list[dict]]] = []
    for number in range(11):
        # week 1: 'abusive' has one agent, 'logistics' two, 'complaint' four: hidden, and
        # together seven people, so 'refund' (everyone) stays shown
        first = "abusive" if number == 0 else "logistics" if number < 3 else "complaint"
        days = [day(MONDAY, 4 + number % 3, first if number < 7 else "refund")]
        days += [day(MONDAY + timedelta(d), 5, "refund") for d in range(1, 5)]
        # week 2: 'order' has one agent, hidden alone, so the next smallest ('logistics', five
        # agents like 'refund', then by name) is hidden with it
        week2_category = "order" if number == 0 else "logistics" if number < 6 else "refund"
        days.append(day(week2, 6, week2_category, "calm" if number == 0 else "angry"))
        # week 4: 'abusive' (one) and 'logistics' (two) are three people together: the next
        # smallest ('complaint', five) is hidden too, or their sum could be worked out
        special = "abusive" if number == 0 else "logistics" if number < 3 else "complaint"
        if number < 8:
            days.append(day(week4, 8, special))
        days.append(day(week4 + timedelta(days=1), 3, "refund"))
        sends.append((postgres.new_agent(team_db), new_pseudonym(), days))
    # week 3: four agents only
    for _ in range(4):
        sends.append((postgres.new_agent(team_db), new_pseudonym(), [day(week3, 9)]))
    send_in_time(postgres, team_db, "cells", sends)
    at(postgres, team_db, closed_after(week4))
    figures = team_figures(lead_url, "cells", MONDAY, 4)
    one, two, three, four = figures.weeks
    assert (one.shown, one.agents) == (True, 11)
    assert one.by_category is not None and two.by_category is not None
    assert [code for code, cell in one.by_category.items() if cell is None] == [
        "abusive",
        "complaint",
        "logistics",
    ]
    assert one.by_category["refund"] is not None and one.by_category["refund"].entries == 96
    assert two.by_category["order"] is None
    assert two.by_category["logistics"] is None  # complementary: order alone could be worked out
    assert two.by_category["refund"] is not None
    assert two.by_emotion == {"angry": 20, "calm": None}
    assert (three.shown, three.agents, three.mean_stress, three.by_category) == (
        False,
        None,
        None,
        None,
    )
    assert four.by_category is not None
    assert {code: cell is None for code, cell in four.by_category.items()} == {
        "abusive": True,
        "logistics": True,
        "complaint": True,  # hidden with the two, which alone are three people
        "refund": False,
    }
    assert json.loads(json.dumps(figures.as_json()))["weeks"][2]["shown"] is False


def test_a_count_is_shown_only_over_enough_people_who_have_one(postgres, team_db):
    """Six agents share a week, but one alone logged and one alone did exercises: the week is
    shown, and neither her entries per agent-day nor his exercises are."""
    lead_url = postgres.url("lead_login", team_db)
    quiet = {**day(MONDAY), "entries": 0, "mean_stress": None, "max_stress": None}
    quiet |= {"by_category": {}, "by_emotion": {}, "exercises": 0}
    quiet["breaks"] = {"offered": 4, "taken": 0, "skipped": 4}
    for number in range(6):
        sent = day(MONDAY, 9) if number == 0 else dict(quiet)
        if number == 1:
            sent = {**quiet, "exercises": 7}
        if number == 0:
            sent["exercises"] = 0
            sent["breaks"] = {"offered": 4, "taken": 0, "skipped": 4}
        at(postgres, team_db, MONDAY + timedelta(days=2))
        send_days(postgres.new_agent(team_db), new_pseudonym(), "counts", [sent])
    at(postgres, team_db, closed_after(MONDAY))
    [week] = team_figures(lead_url, "counts", MONDAY, 1).weeks
    assert (week.shown, week.agents) == (True, 6)
    assert week.mean_stress is None and week.entries_per_agent_day is None
    assert week.exercises is None  # one person's seven
    assert (week.breaks_offered, week.breaks_taken, week.breaks_skipped) == (24, 0, 24)


def test_teams_are_made_by_the_administrator_and_a_lead_is_told_only_of_its_own(postgres, team_db):
    from companion.team.lead import team_reading
    from companion.team.schema import add_team, assign_lead

    at(postgres, team_db, MONDAY + timedelta(days=2))
    with pytest.raises(TeamServerError, match='no team called "Alice at desk 4"'):
        send_days(
            postgres.url("agent_login", team_db), new_pseudonym(), "Alice at desk 4", [day(MONDAY)]
        )
    admin = postgres.url(database=team_db)
    assert add_team(admin, "night shift") is True
    assert add_team(admin, "night shift") is False
    teams = team_reading(postgres.url("lead_login", team_db), None, MONDAY, 1).teams
    assert teams == sorted(TEAMS)  # not "night shift": not assigned to this lead
    assert assign_lead(admin, "lead_login", "night shift") is True
    assert "night shift" in team_reading(postgres.url("lead_login", team_db), None, MONDAY, 1).teams
    with pytest.raises(ValueError, match="not a login in companion_lead"):
        assign_lead(admin, "agent_login", "night shift")
    with pytest.raises(ValueError, match="no team called"):
        assign_lead(admin, "lead_login", "day shift")


def test_a_training_mark_shows_both_sides_only_over_enough_people(postgres, team_db):
    lead_url = postgres.url("lead_login", team_db)
    mark_day = date(2026, 11, 18)  # a Wednesday; its week is left out of both sides
    mark_week = mark_day - timedelta(days=mark_day.weekday())
    sends: list[tuple[str, str, list[dict]]] = []
    for number in range(6):
        before = [day(mark_week - timedelta(weeks=w), 7) for w in (1, 2, 3, 4)]
        after = [day(mark_week + timedelta(weeks=w), 4) for w in (1, 2)] if number < 5 else []
        sends.append((postgres.new_agent(team_db), new_pseudonym(), before + after))
    send_in_time(postgres, team_db, "marks", sends)
    at(postgres, team_db, closed_after(mark_week + timedelta(weeks=4)))
    assert add_mark(lead_url, "marks", mark_day, "情绪管理培训") is True
    assert add_mark(lead_url, "marks", mark_day, "情绪管理培训") is False
    figures = team_figures(lead_url, "marks", first_week(mark_week, 5), 10)
    [mark] = figures.marks
    assert mark.shown and mark.before is not None and mark.after is not None
    assert (mark.before.agents, mark.before.weeks, mark.before.mean_stress) == (6, 4, 7.0)
    assert (mark.after.agents, mark.after.weeks, mark.after.mean_stress) == (5, 2, 4.0)
    assert add_mark(lead_url, "marks", mark_day + timedelta(weeks=2), "复训")
    later = team_figures(lead_url, "marks", first_week(mark_week, 5), 10).marks[1]
    assert (later.shown, later.before, later.after) == (False, None, None)


def test_an_old_or_missing_schema_and_a_refused_login_are_one_clear_line(postgres, team_db):
    with pytest.raises(TeamServerError, match="no Companion team schema"):
        send_days(postgres.url(database="postgres"), new_pseudonym(), "x", [day(MONDAY)])
    with pytest.raises(TeamServerError, match='role "nobody_here" does not exist'):
        send_days(postgres.url("nobody_here", team_db), new_pseudonym(), "x", [day(MONDAY)])
    with pytest.raises(TeamServerError, match="SSL"):
        send_days(
            postgres.tcp_url("agent_login", team_db, sslmode="require"),
            new_pseudonym(),
            "x",
            [day(MONDAY)],
        )
    try:
        for revision, said in (
            ("t0001", r"schema is at t0001, this Companion needs t\d+.*companion team init"),
            ("t9999", r"schema is at t9999, newer than this Companion knows.*update Companion"),
        ):
            postgres.psql(
                f"UPDATE companion_team.companion_team_version SET version_num = '{revision}'",
                database=team_db,
            )
            with pytest.raises(TeamSchemaMismatch, match=said):
                send_days(postgres.url("agent_login", team_db), new_pseudonym(), "x", [day(MONDAY)])
    finally:
        postgres.psql(
            f"UPDATE companion_team.companion_team_version SET version_num = '{HEAD}'",
            database=team_db,
        )


def test_a_password_in_the_url_is_never_shown():
    from companion.team.connection import shown_url

    for url in (
        "postgresql://agent7:s3cret@db.example.com/companion",
        "postgresql://agent7@db.example.com/companion?password=s3cret&sslmode=verify-full",
        "postgresql://agent7@db.example.com/companion?sslpassword=s3cret",
        "postgres://agent7@db.example.com/companion?PASSWORD=s3cret",
        "nonsense://agent7:s3cret@x?password=s3cret",
    ):
        shown = shown_url(url)
        assert "s3cret" not in shown and "***" in shown, shown


def test_one_login_is_one_person_whatever_pseudonyms_it_makes_up(postgres, team_db):
    """A client that makes up pseudonyms cannot lift one real person over the threshold, and a
    pseudonym belongs to the login that sent it first."""
    url, lead_url = postgres.new_agent(team_db), postgres.url("lead_login", team_db)
    at(postgres, team_db, MONDAY + timedelta(days=2))
    for stress in (9, 1, 1, 1, 1, 1):
        send_days(url, new_pseudonym(), "made-up", [day(MONDAY, stress)])
    count = "SELECT count(*) FROM companion_team.agent_day WHERE team = 'made-up'"
    assert postgres.psql(count, database=team_db) == "1"
    pseudonym, other = new_pseudonym(), postgres.new_agent(team_db)
    send_days(url, pseudonym, "made-up", [day(MONDAY)])
    with pytest.raises(TeamServerError, match="sent from another login"):
        send_days(other, pseudonym, "made-up", [day(MONDAY + timedelta(days=1))])
    with pytest.raises(TeamServerError, match="sent from another login"):
        withdraw(other, pseudonym)
    assert postgres.psql(count, database=team_db) == "1"
    assert withdraw(url, pseudonym) == 1
    at(postgres, team_db, closed_after(MONDAY))
    [week] = team_figures(lead_url, "made-up", MONDAY, 1).weeks
    assert week.shown is False


def test_init_upgrades_a_server_at_t0002_and_publishes_its_closed_weeks(postgres):
    """`companion team init` on a server left at t0002 with days: upgraded in place in one
    migration; the closed weeks published by the new rules, each login one person, a lead that
    read before reading on, and nothing moving a published week afterwards."""
    from alembic import command

    from companion.storage.migrate import alembic_config
    from companion.team.connection import make_team_engine, team_connection
    from companion.team.schema import MIGRATIONS_DIR

    name = f"old_{uuid.uuid4().hex[:8]}"
    postgres.psql(f"CREATE DATABASE {name}", database="postgres")
    engine = make_team_engine(postgres.url(database=name))
    try:
        with team_connection(engine) as connection:
            config = alembic_config(MIGRATIONS_DIR)
            config.attributes["connection"] = connection
            command.upgrade(config, "t0002")
    finally:
        engine.dispose()
    logins, pseudonyms = [], []
    for number in range(5):
        login = f"old_agent_{name}_{number}"
        postgres.psql(f"CREATE ROLE {login} LOGIN IN ROLE companion_agent", database=name)
        logins.append(login)
        pseudonyms.append(new_pseudonym())
        days = [day(MONDAY, 6)] + ([day(MONDAY + timedelta(weeks=1), 2)] if number == 0 else [])
        sent = json.dumps(days).replace("'", "''")
        postgres.psql(
            f"SELECT companion_team.submit_days('{pseudonyms[-1]}', 'old', '{sent}'::jsonb)",
            login,
            name,
        )
    lead = f"old_lead_{name}"
    postgres.psql(f"CREATE ROLE {lead} LOGIN IN ROLE companion_lead", database=name)
    assert init_schema(postgres.url(database=name), 5) == ("t0002", HEAD, 5)
    published = "SELECT week_start, shown, agents FROM companion_team.published_week ORDER BY 1"
    rows = postgres.psql(published, database=name).splitlines()
    assert rows[:2] == ["2026-10-05|t|5", "2026-10-12|f|"]  # the second: one person
    assert all(row.endswith("|f|") for row in rows[2:])  # closed since, with no one: frozen
    old = lambda: team_figures(postgres.url(lead, name), "old", MONDAY, 2)  # noqa: E731
    first, second = old().weeks
    assert (first.shown, first.agents, first.mean_stress, second.shown) == (True, 5, 6.0, False)
    # the pseudonym is still its login's, a day of a closed week is not stored any more, and
    # withdrawing deletes the login's days but not the published week
    agent = postgres.url(logins[0], name)
    assert send_days(agent, pseudonyms[0], "old", [day(MONDAY + timedelta(days=1))]) == 0
    with pytest.raises(TeamServerError, match="another login"):
        withdraw(postgres.url(logins[1], name), pseudonyms[0])
    assert withdraw(agent, pseudonyms[0]) == 2
    assert old().weeks == [first, second]
    assert "max_stress" not in postgres.psql(
        "SELECT string_agg(column_name, ',') FROM information_schema.columns "
        "WHERE table_schema = 'companion_team' AND table_name = 'agent_day'",
        database=name,
    )


def test_a_refused_statement_on_the_team_server_is_described_without_its_values(postgres, team_db):
    """What the team engine raises (and any log line made of it) names the statement and the
    server's reason, never the values bound to it: a training mark's label, a pseudonym."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from companion.team.connection import make_team_engine

    engine = make_team_engine(postgres.url(database=team_db, role="lead_login"))
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE companion_team.training_mark SET label = :label WHERE team = :team"),
                {"label": "SECRET-LABEL-4711", "team": "SECRET-TEAM"},
            )
        raise AssertionError("the lead's login may not change marks")
    except SQLAlchemyError as error:
        said = str(error)
    finally:
        engine.dispose()
    assert "UPDATE companion_team.training_mark" in said and "permission denied" in said
    assert "SECRET" not in said
