"""Thinner figures for a lead: hidden call types cover at least the smallest group together, a
count shown only over enough people who have one, only teams with a shown week listed, and one
pseudonym at a time per agent login.

- One login, one pseudonym: the threshold counts pseudonyms, so a client that made up
  pseudonyms could lift a week of one real person over it. Each agent login now shares under
  one pseudonym at a time (`agent_login`, readable by no role): sending under a new one
  deletes the days sent under the old one (sharing turned on again after this computer's data
  was erased, say), and a pseudonym sent from another login moves to that login.

- Call types: the hidden cells of a week are widened, smallest first, until the agents behind
  them together are at least min_group (one hidden cell alone, or two small ones, could be
  worked out by subtracting the shown cells from the week's entries).
- Entries per agent-day needs min_group agents who logged, as the mean stress does; breaks
  offered, taken and skipped and the exercises are each shown only when no one, or at least
  min_group agents, had one (a sum over one or two people is their own count). The training
  marks' sides follow the same rules.
- `teams()` lists only the teams with at least one week of min_group agents, so a one-person
  team (or a typo naming someone) never reaches a lead.
- The lead's functions run without JIT: on tables without statistics yet (right after a bulk
  load, before autovacuum's first ANALYZE) the planner's estimates crossed jit_above_cost and
  compiling took over a second of a 50 ms query.

Revision ID: t0002
Revises: t0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "t0002"
down_revision = "t0001"
branch_labels = None
depends_on = None

TABLES = """
CREATE TABLE companion_team.agent_login (
    login name PRIMARY KEY,
    agent bytea NOT NULL UNIQUE CHECK (length(agent) = 32)
);
REVOKE ALL ON companion_team.agent_login FROM PUBLIC;
-- Days sent before are kept; each pseudonym is tied to its login when it next sends.
"""

FUNCTIONS = r"""
-- One pseudonym per login (see the module's note), then as before: replaces this pseudonym's
-- rows for each day given.
CREATE OR REPLACE FUNCTION companion_team.submit_days(p_pseudonym text, p_team text, p_days jsonb)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
DECLARE
    v_agent bytea := companion_team.agent_key(p_pseudonym);
    v_bound bytea;
    v_day jsonb;
    v_date date;
    v_entries integer;
    v_count integer := 0;
BEGIN
    IF jsonb_typeof(p_days) <> 'array' OR jsonb_array_length(p_days) > 1000 THEN
        RAISE EXCEPTION 'days must be a JSON array of at most 1000 days' USING ERRCODE = '22023';
    END IF;
    DELETE FROM agent_login WHERE agent = v_agent AND login <> session_user;
    SELECT agent INTO v_bound FROM agent_login WHERE login = session_user FOR UPDATE;
    IF v_bound IS DISTINCT FROM v_agent THEN
        IF v_bound IS NOT NULL THEN
            DELETE FROM agent_day WHERE agent = v_bound;
        END IF;
        INSERT INTO agent_login (login, agent) VALUES (session_user, v_agent)
        ON CONFLICT (login) DO UPDATE SET agent = excluded.agent;
    END IF;
    FOR v_day IN SELECT value FROM jsonb_array_elements(p_days) ORDER BY value ->> 'day' LOOP
        v_date := (v_day ->> 'day')::date;
        v_entries := (v_day ->> 'entries')::integer;
        INSERT INTO agent_day AS d (
            agent, day, team, entries, stress_sum, max_stress, breaks_offered, breaks_taken,
            breaks_skipped, exercises, checkin_low, received_at)
        VALUES (
            v_agent, v_date, p_team, v_entries,
            coalesce(round((v_day ->> 'mean_stress')::numeric * v_entries), 0)::integer,
            (v_day ->> 'max_stress')::integer,
            (v_day -> 'breaks' ->> 'offered')::integer,
            (v_day -> 'breaks' ->> 'taken')::integer,
            (v_day -> 'breaks' ->> 'skipped')::integer,
            (v_day ->> 'exercises')::integer,
            (v_day ->> 'checkin_low')::boolean,
            now())
        ON CONFLICT (agent, day) DO UPDATE SET
            team = excluded.team, entries = excluded.entries, stress_sum = excluded.stress_sum,
            max_stress = excluded.max_stress, breaks_offered = excluded.breaks_offered,
            breaks_taken = excluded.breaks_taken, breaks_skipped = excluded.breaks_skipped,
            exercises = excluded.exercises, checkin_low = excluded.checkin_low,
            received_at = excluded.received_at;
        DELETE FROM agent_day_category WHERE agent = v_agent AND day = v_date;
        DELETE FROM agent_day_emotion WHERE agent = v_agent AND day = v_date;
        INSERT INTO agent_day_category (agent, day, team, category, entries, stress_sum)
        SELECT v_agent, v_date, p_team, c.key, (c.value ->> 'entries')::integer,
               round((c.value ->> 'mean_stress')::numeric * (c.value ->> 'entries')::integer)
        FROM jsonb_each(coalesce(v_day -> 'by_category', '{}')) AS c;
        INSERT INTO agent_day_emotion (agent, day, team, emotion, entries)
        SELECT v_agent, v_date, p_team, e.key, (e.value #>> '{}')::integer
        FROM jsonb_each(coalesce(v_day -> 'by_emotion', '{}')) AS e;
        IF v_entries <> coalesce(
            (SELECT sum(entries) FROM agent_day_category WHERE agent = v_agent AND day = v_date), 0)
        THEN
            RAISE EXCEPTION 'day %: the call types do not add up to the entries', v_date
                USING ERRCODE = '22023';
        END IF;
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

CREATE OR REPLACE FUNCTION companion_team.withdraw(p_pseudonym text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
DECLARE v_count integer;
BEGIN
    DELETE FROM agent_day WHERE agent = companion_team.agent_key(p_pseudonym);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    DELETE FROM agent_login WHERE agent = companion_team.agent_key(p_pseudonym);
    RETURN v_count;
END
$$;

CREATE OR REPLACE FUNCTION companion_team.weekly_figures(
    p_team text, p_first_week date, p_weeks integer)
RETURNS TABLE (
    week_start date, shown boolean, agents integer, mean_stress double precision,
    entries_per_agent_day double precision, by_category jsonb, by_emotion jsonb,
    breaks_offered bigint, breaks_taken bigint, breaks_skipped bigint, exercises bigint,
    checkin_low_share double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
WITH k AS (SELECT min_group AS n FROM config),
weeks AS (
    SELECT (date_trunc('week', p_first_week::timestamp)::date + 7 * i) AS w
    FROM generate_series(0, least(greatest(p_weeks, 1), 520) - 1) AS i),
bounds AS (SELECT min(w) AS first, max(w) + 7 AS last FROM weeks),
days AS (
    SELECT date_trunc('week', d.day::timestamp)::date AS w, d.*
    FROM agent_day d, bounds
    WHERE d.team = p_team AND d.day >= bounds.first AND d.day < bounds.last),
totals AS (
    SELECT w, count(DISTINCT agent) AS agents, count(*) AS agent_days,
           sum(entries) AS entries, sum(stress_sum) AS stress_sum,
           count(DISTINCT agent) FILTER (WHERE entries > 0) AS logging_agents,
           sum(days.breaks_offered) AS offered, sum(days.breaks_taken) AS taken,
           sum(days.breaks_skipped) AS skipped, sum(days.exercises) AS exercises,
           count(DISTINCT agent) FILTER (WHERE days.breaks_offered > 0) AS offered_agents,
           count(DISTINCT agent) FILTER (WHERE days.breaks_taken > 0) AS taking_agents,
           count(DISTINCT agent) FILTER (WHERE days.breaks_skipped > 0) AS skipping_agents,
           count(DISTINCT agent) FILTER (WHERE days.exercises > 0) AS exercising_agents,
           count(DISTINCT agent) FILTER (WHERE checkin_low IS NOT NULL) AS checkin_agents,
           avg(checkin_low::integer) FILTER (WHERE checkin_low IS NOT NULL) AS low_share
    FROM days GROUP BY w),
cell_rows AS (
    SELECT date_trunc('week', c.day::timestamp)::date AS w, c.agent, c.category AS code,
           c.entries, c.stress_sum
    FROM agent_day_category c, bounds
    WHERE c.team = p_team AND c.day >= bounds.first AND c.day < bounds.last),
cells AS (
    SELECT w, code, count(DISTINCT agent) AS agents, sum(entries) AS entries,
           sum(stress_sum) AS stress_sum
    FROM cell_rows GROUP BY w, code),
-- the cells of a week in the order they are hidden: the small ones first, then by size
ranked AS (
    SELECT cells.*, cells.agents < k.n AS too_few,
           count(*) FILTER (WHERE cells.agents < k.n) OVER (PARTITION BY cells.w) AS hidden,
           row_number() OVER (
               PARTITION BY cells.w
               ORDER BY cells.agents < k.n DESC, cells.agents, cells.entries, cells.code)
               AS rank
    FROM cells, k),
-- each agent's first cell in that order: the agents behind the first r cells are those
-- whose first rank is at most r
firsts AS (
    SELECT r.w, min(r.rank) AS first_rank
    FROM cell_rows cr JOIN ranked r ON r.w = cr.w AND r.code = cr.code
    GROUP BY r.w, cr.agent),
covered AS (
    SELECT r.w, r.code, count(f.first_rank) AS agents_before
    FROM ranked r LEFT JOIN firsts f ON f.w = r.w AND f.first_rank < r.rank
    GROUP BY r.w, r.code),
categories AS (
    SELECT r.w, jsonb_object_agg(r.code, CASE
               WHEN r.too_few OR (r.hidden >= 1 AND c.agents_before < k.n) THEN NULL
               ELSE jsonb_build_object(
                   'entries', r.entries, 'mean_stress', r.stress_sum::double precision / r.entries)
           END) AS by_category
    FROM ranked r JOIN covered c ON c.w = r.w AND c.code = r.code CROSS JOIN k
    GROUP BY r.w),
emotion_cells AS (
    SELECT date_trunc('week', e.day::timestamp)::date AS w, e.emotion AS code,
           count(DISTINCT e.agent) AS agents, sum(e.entries) AS entries
    FROM agent_day_emotion e, bounds
    WHERE e.team = p_team AND e.day >= bounds.first AND e.day < bounds.last
    GROUP BY 1, e.emotion),
emotions AS (
    SELECT w, jsonb_object_agg(
               code, CASE WHEN agents < (SELECT n FROM k) THEN NULL ELSE to_jsonb(entries) END
           ) AS by_emotion
    FROM emotion_cells GROUP BY w)
SELECT
    weeks.w,
    coalesce(t.agents >= k.n, false),
    CASE WHEN t.agents >= k.n THEN t.agents::integer END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN t.stress_sum::double precision / t.entries END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN t.entries::double precision / t.agent_days END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN coalesce(c.by_category, '{}') END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN coalesce(e.by_emotion, '{}') END,
    CASE WHEN t.agents >= k.n AND t.offered_agents >= k.n THEN t.offered END,
    CASE WHEN t.agents >= k.n AND t.offered_agents >= k.n
              AND (t.taking_agents = 0 OR t.taking_agents >= k.n) THEN t.taken END,
    CASE WHEN t.agents >= k.n AND t.offered_agents >= k.n
              AND (t.skipping_agents = 0 OR t.skipping_agents >= k.n) THEN t.skipped END,
    CASE WHEN t.agents >= k.n AND (t.exercising_agents = 0 OR t.exercising_agents >= k.n)
         THEN t.exercises END,
    CASE WHEN t.agents >= k.n AND t.checkin_agents >= k.n THEN t.low_share::double precision END
FROM weeks CROSS JOIN k
LEFT JOIN totals t ON t.w = weeks.w
LEFT JOIN categories c ON c.w = weeks.w
LEFT JOIN emotions e ON e.w = weeks.w
ORDER BY weeks.w
$$;

-- For each training mark of the team: the four weeks before the mark's week and the four after
-- it, each side computed only from the weeks shown on their own, both only when each side has
-- at least min_group distinct agents, and each figure of a side under the weekly rules.
CREATE OR REPLACE FUNCTION companion_team.training_marks(p_team text)
RETURNS TABLE (day date, label text, shown boolean, before jsonb, after jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
WITH k AS (SELECT min_group AS n FROM config),
marks AS (
    SELECT m.day, m.label, date_trunc('week', m.day::timestamp)::date AS mark_week
    FROM training_mark m WHERE m.team = p_team),
sides AS (
    SELECT marks.*, s.side, s.first
    FROM marks,
         LATERAL (VALUES ('before', mark_week - 28), ('after', mark_week + 7)) AS s(side, first)),
weeks AS (
    SELECT sides.day, sides.label, sides.side, f.week_start,
           f.mean_stress IS NOT NULL AS mean_shown
    FROM sides, LATERAL weekly_figures(p_team, sides.first, 4) AS f
    WHERE f.shown),
figures AS (
    SELECT w.day, w.label, w.side,
           count(DISTINCT w.week_start) AS weeks,
           count(DISTINCT d.agent) AS agents,
           count(*) AS agent_days,
           sum(d.entries) AS entries,
           count(DISTINCT d.agent) FILTER (WHERE d.entries > 0) AS logging_agents,
           sum(d.stress_sum) FILTER (WHERE w.mean_shown) AS stress_sum,
           sum(d.entries) FILTER (WHERE w.mean_shown) AS stress_entries,
           count(DISTINCT d.agent) FILTER (WHERE w.mean_shown AND d.entries > 0)
               AS stress_agents,
           sum(d.breaks_offered) AS offered, sum(d.breaks_taken) AS taken,
           count(DISTINCT d.agent) FILTER (WHERE d.breaks_offered > 0) AS offered_agents,
           count(DISTINCT d.agent) FILTER (WHERE d.breaks_taken > 0) AS taking_agents,
           sum(d.exercises) AS exercises,
           count(DISTINCT d.agent) FILTER (WHERE d.exercises > 0) AS exercising_agents
    FROM weeks w JOIN agent_day d
      ON d.team = p_team AND d.day >= w.week_start AND d.day < w.week_start + 7
    GROUP BY w.day, w.label, w.side),
sided AS (
    SELECT f.*, jsonb_build_object(
        'weeks', f.weeks, 'agents', f.agents,
        'mean_stress', CASE WHEN f.stress_entries > 0 AND f.stress_agents >= k.n
                            THEN f.stress_sum::double precision / f.stress_entries END,
        'entries_per_agent_day', CASE WHEN f.logging_agents >= k.n
                                      THEN f.entries::double precision / f.agent_days END,
        'break_uptake', CASE WHEN f.offered > 0 AND f.offered_agents >= k.n
                                  AND (f.taking_agents = 0 OR f.taking_agents >= k.n)
                             THEN f.taken::double precision / f.offered END,
        'exercises_per_agent_day', CASE WHEN f.exercising_agents = 0
                                             OR f.exercising_agents >= k.n
                                        THEN f.exercises::double precision / f.agent_days END
        ) AS figures
    FROM figures f CROSS JOIN k)
SELECT marks.day, marks.label,
       coalesce(b.agents >= k.n AND a.agents >= k.n, false),
       CASE WHEN b.agents >= k.n AND a.agents >= k.n THEN b.figures END,
       CASE WHEN b.agents >= k.n AND a.agents >= k.n THEN a.figures END
FROM marks CROSS JOIN k
LEFT JOIN sided b ON b.day = marks.day AND b.label = marks.label AND b.side = 'before'
LEFT JOIN sided a ON a.day = marks.day AND a.label = marks.label AND a.side = 'after'
ORDER BY marks.day, marks.label
$$;

CREATE OR REPLACE FUNCTION companion_team.teams() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
SELECT team FROM (
    SELECT team FROM agent_day
    GROUP BY team, date_trunc('week', day::timestamp)
    HAVING count(DISTINCT agent) >= (SELECT min_group FROM config)) AS shown
GROUP BY team ORDER BY team
$$;

ALTER FUNCTION companion_team.weekly_figures(text, date, integer) SET jit = off;
ALTER FUNCTION companion_team.training_marks(text) SET jit = off;
ALTER FUNCTION companion_team.teams() SET jit = off;
"""


def upgrade() -> None:
    op.execute(TABLES)
    op.execute(FUNCTIONS)


def downgrade() -> None:
    raise NotImplementedError("the team schema is not downgraded: restore a backup instead")
