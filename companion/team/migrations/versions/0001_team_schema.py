"""The team schema: agents' daily figures, training marks, the two group roles and the functions
that are all either role may use.

Revision ID: t0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "t0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = """
CREATE TABLE companion_team.config (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    min_group integer NOT NULL DEFAULT 10 CHECK (min_group >= 5)
);
INSERT INTO companion_team.config DEFAULT VALUES;

-- One row per agent and local day. `agent` is the SHA-256 of the pseudonym the agent's computer
-- made: knowing the pseudonym is what lets a computer replace or withdraw its own days.
CREATE TABLE companion_team.agent_day (
    agent bytea NOT NULL CHECK (length(agent) = 32),
    day date NOT NULL,
    team text NOT NULL CHECK (length(team) BETWEEN 1 AND 60),
    entries integer NOT NULL CHECK (entries BETWEEN 0 AND 2000),
    stress_sum integer NOT NULL CHECK (stress_sum BETWEEN 0 AND 10 * entries),
    max_stress integer CHECK (max_stress BETWEEN 0 AND 10),
    breaks_offered integer NOT NULL CHECK (breaks_offered BETWEEN 0 AND 500),
    breaks_taken integer NOT NULL CHECK (breaks_taken >= 0),
    breaks_skipped integer NOT NULL CHECK (breaks_skipped >= 0),
    exercises integer NOT NULL CHECK (exercises BETWEEN 0 AND 500),
    checkin_low boolean,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agent, day),
    CHECK (breaks_taken + breaks_skipped <= breaks_offered),
    CHECK ((entries = 0) = (max_stress IS NULL))
);
CREATE INDEX agent_day_team_day ON companion_team.agent_day (team, day);

-- Entries and stress per call type ('none': no call type given); the cells partition the day.
CREATE TABLE companion_team.agent_day_category (
    agent bytea NOT NULL,
    day date NOT NULL,
    team text NOT NULL,
    category text NOT NULL CHECK (category ~ '^[a-z_]{1,32}$'),
    entries integer NOT NULL CHECK (entries BETWEEN 1 AND 2000),
    stress_sum integer NOT NULL CHECK (stress_sum BETWEEN 0 AND 10 * entries),
    PRIMARY KEY (agent, day, category),
    FOREIGN KEY (agent, day) REFERENCES companion_team.agent_day ON DELETE CASCADE
);

-- Entries naming each emotion (an entry may name several, so these do not add up to a total).
CREATE TABLE companion_team.agent_day_emotion (
    agent bytea NOT NULL,
    day date NOT NULL,
    team text NOT NULL,
    emotion text NOT NULL CHECK (emotion ~ '^[a-z_]{1,32}$'),
    entries integer NOT NULL CHECK (entries BETWEEN 1 AND 2000),
    PRIMARY KEY (agent, day, emotion),
    FOREIGN KEY (agent, day) REFERENCES companion_team.agent_day ON DELETE CASCADE
);

-- The day's team is repeated in its cells, so that a team's weeks read only that team's cells.
CREATE INDEX agent_day_category_team_day ON companion_team.agent_day_category (team, day);
CREATE INDEX agent_day_emotion_team_day ON companion_team.agent_day_emotion (team, day);

CREATE TABLE companion_team.training_mark (
    id bigserial PRIMARY KEY,
    team text NOT NULL CHECK (length(team) BETWEEN 1 AND 60),
    day date NOT NULL,
    label text NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team, day, label)
);
"""

ROLES = """
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'companion_agent') THEN
        CREATE ROLE companion_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'companion_lead') THEN
        CREATE ROLE companion_lead NOLOGIN;
    END IF;
END
$roles$;
REVOKE ALL ON SCHEMA companion_team FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA companion_team FROM PUBLIC;
GRANT USAGE ON SCHEMA companion_team TO companion_agent, companion_lead;
"""

# Every function runs as the schema's owner (SECURITY DEFINER) with a fixed search path; neither
# role has any right on a table, so these functions are all they can do.
FUNCTIONS = r"""
CREATE FUNCTION companion_team.schema_revision() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$ SELECT version_num FROM companion_team.companion_team_version LIMIT 1 $$;

CREATE FUNCTION companion_team.min_group() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$ SELECT min_group FROM companion_team.config $$;

CREATE FUNCTION companion_team.agent_key(p_pseudonym text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE SET search_path = companion_team, pg_temp
AS $$
BEGIN
    IF p_pseudonym IS NULL OR length(p_pseudonym) < 22 OR length(p_pseudonym) > 100 THEN
        RAISE EXCEPTION 'a pseudonym is 22 to 100 characters' USING ERRCODE = '22023';
    END IF;
    RETURN sha256(convert_to(p_pseudonym, 'UTF8'));
END
$$;

-- Replaces this pseudonym's rows for each day given (one row per pseudonym and day, whoever
-- sends it and however often). `p_days` is a JSON array of day objects as the client sends them.
CREATE FUNCTION companion_team.submit_days(p_pseudonym text, p_team text, p_days jsonb)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
DECLARE
    v_agent bytea := companion_team.agent_key(p_pseudonym);
    v_day jsonb;
    v_date date;
    v_entries integer;
    v_count integer := 0;
BEGIN
    IF jsonb_typeof(p_days) <> 'array' OR jsonb_array_length(p_days) > 1000 THEN
        RAISE EXCEPTION 'days must be a JSON array of at most 1000 days' USING ERRCODE = '22023';
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

CREATE FUNCTION companion_team.withdraw(p_pseudonym text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
DECLARE v_count integer;
BEGIN
    DELETE FROM agent_day WHERE agent = companion_team.agent_key(p_pseudonym);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- The weekly figures of one team, from the Monday of `p_first_week`'s week, for `p_weeks` weeks.
-- A week is shown only with at least min_group distinct agents; each figure inside it only when
-- it is computed over at least min_group agents. Call-type cells partition the entries: when one
-- alone is hidden, the smallest shown cell is hidden with it, so it cannot be worked out by
-- subtraction. Emotions do not add up to a total, so hiding the small ones is enough.
CREATE FUNCTION companion_team.weekly_figures(p_team text, p_first_week date, p_weeks integer)
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
           count(DISTINCT agent) FILTER (WHERE checkin_low IS NOT NULL) AS checkin_agents,
           avg(checkin_low::integer) FILTER (WHERE checkin_low IS NOT NULL) AS low_share
    FROM days GROUP BY w),
cells AS (
    SELECT date_trunc('week', c.day::timestamp)::date AS w, c.category AS code,
           count(DISTINCT c.agent) AS agents,
           sum(c.entries) AS entries, sum(c.stress_sum) AS stress_sum
    FROM agent_day_category c, bounds
    WHERE c.team = p_team AND c.day >= bounds.first AND c.day < bounds.last
    GROUP BY 1, c.category),
flagged AS (
    SELECT cells.*, cells.agents < k.n AS too_few,
           count(*) FILTER (WHERE cells.agents < k.n) OVER (PARTITION BY cells.w) AS hidden,
           row_number() OVER (
               PARTITION BY cells.w, cells.agents < k.n
               ORDER BY cells.agents, cells.entries, cells.code) AS rank_in_kind
    FROM cells, k),
categories AS (
    SELECT w, jsonb_object_agg(code, CASE
               WHEN too_few OR (hidden = 1 AND rank_in_kind = 1) THEN NULL
               ELSE jsonb_build_object(
                   'entries', entries, 'mean_stress', stress_sum::double precision / entries)
           END) AS by_category
    FROM flagged GROUP BY w),
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
    CASE WHEN t.agents >= k.n THEN t.entries::double precision / t.agent_days END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN coalesce(c.by_category, '{}') END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN coalesce(e.by_emotion, '{}') END,
    CASE WHEN t.agents >= k.n THEN t.offered END,
    CASE WHEN t.agents >= k.n THEN t.taken END,
    CASE WHEN t.agents >= k.n THEN t.skipped END,
    CASE WHEN t.agents >= k.n THEN t.exercises END,
    CASE WHEN t.agents >= k.n AND t.checkin_agents >= k.n THEN t.low_share::double precision END
FROM weeks CROSS JOIN k
LEFT JOIN totals t ON t.w = weeks.w
LEFT JOIN categories c ON c.w = weeks.w
LEFT JOIN emotions e ON e.w = weeks.w
ORDER BY weeks.w
$$;

-- For each training mark of the team: the four weeks before the mark's week and the four after
-- it, each side computed only from the weeks shown on their own, and both only when each side
-- has at least min_group distinct agents.
CREATE FUNCTION companion_team.training_marks(p_team text)
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
           sum(d.stress_sum) FILTER (WHERE w.mean_shown) AS stress_sum,
           sum(d.entries) FILTER (WHERE w.mean_shown) AS stress_entries,
           sum(d.breaks_offered) AS offered, sum(d.breaks_taken) AS taken,
           sum(d.exercises) AS exercises
    FROM weeks w JOIN agent_day d
      ON d.team = p_team AND d.day >= w.week_start AND d.day < w.week_start + 7
    GROUP BY w.day, w.label, w.side),
sided AS (
    SELECT f.*, jsonb_build_object(
        'weeks', f.weeks, 'agents', f.agents,
        'mean_stress', CASE WHEN f.stress_entries > 0
                            THEN f.stress_sum::double precision / f.stress_entries END,
        'entries_per_agent_day', f.entries::double precision / f.agent_days,
        'break_uptake', CASE WHEN f.offered > 0 THEN f.taken::double precision / f.offered END,
        'exercises_per_agent_day', f.exercises::double precision / f.agent_days) AS figures
    FROM figures f)
SELECT marks.day, marks.label,
       coalesce(b.agents >= k.n AND a.agents >= k.n, false),
       CASE WHEN b.agents >= k.n AND a.agents >= k.n THEN b.figures END,
       CASE WHEN b.agents >= k.n AND a.agents >= k.n THEN a.figures END
FROM marks CROSS JOIN k
LEFT JOIN sided b ON b.day = marks.day AND b.label = marks.label AND b.side = 'before'
LEFT JOIN sided a ON a.day = marks.day AND a.label = marks.label AND a.side = 'after'
ORDER BY marks.day, marks.label
$$;

CREATE FUNCTION companion_team.add_mark(p_team text, p_day date, p_label text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
BEGIN
    INSERT INTO training_mark (team, day, label) VALUES (p_team, p_day, p_label)
    ON CONFLICT (team, day, label) DO NOTHING;
    RETURN FOUND;
END
$$;

CREATE FUNCTION companion_team.teams() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$ SELECT DISTINCT team FROM agent_day ORDER BY team $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA companion_team FROM PUBLIC;
GRANT EXECUTE ON FUNCTION companion_team.schema_revision() TO companion_agent, companion_lead;
GRANT EXECUTE ON FUNCTION companion_team.min_group() TO companion_agent, companion_lead;
GRANT EXECUTE ON FUNCTION companion_team.submit_days(text, text, jsonb) TO companion_agent;
GRANT EXECUTE ON FUNCTION companion_team.withdraw(text) TO companion_agent;
GRANT EXECUTE ON FUNCTION companion_team.weekly_figures(text, date, integer) TO companion_lead;
GRANT EXECUTE ON FUNCTION companion_team.training_marks(text) TO companion_lead;
GRANT EXECUTE ON FUNCTION companion_team.add_mark(text, date, text) TO companion_lead;
GRANT EXECUTE ON FUNCTION companion_team.teams() TO companion_lead;
"""


def upgrade() -> None:
    op.execute(TABLES)
    op.execute(ROLES)
    op.execute(FUNCTIONS)


def downgrade() -> None:
    op.execute(
        "DROP TABLE companion_team.agent_day_emotion, companion_team.agent_day_category, "
        "companion_team.agent_day, companion_team.training_mark, companion_team.config"
    )
    op.execute(
        "DROP FUNCTION companion_team.schema_revision, companion_team.min_group, "
        "companion_team.agent_key, companion_team.submit_days, companion_team.withdraw, "
        "companion_team.weekly_figures, companion_team.training_marks, "
        "companion_team.add_mark, companion_team.teams"
    )
