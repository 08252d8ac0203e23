"""Published weeks: a lead reads only closed weeks, published once and frozen; one login is one
person; the server checks what it stores and keeps nothing no figure needs.

- A week is closed CLOSE_AFTER days (8) after its Sunday, when no day of it can be sent any
  more (a computer re-sends a changed day for 7 days). The first send or lead read after that
  publishes it (`published_week`) from the days stored then, under the thinning rules of
  t0002, means rounded to one decimal; it never changes again: a late day (not stored: its
  week is closed), an edit or a withdrawal cannot move a figure a lead has read. Until then
  the week shows nothing.
- Training-mark sides are built from published weeks only, so no reading differs from another
  by fewer than min_group people.
- The share of low check-ins is published only when no one or at least 3 people had one.
- One login, one person: days are keyed by `contributor`, a hash of the login's name with the
  server's salt, whatever pseudonym they are sent under; a pseudonym belongs to the login that
  first sent it, and no other login can send or withdraw under it. Both are primary keys, so
  concurrent first sends cannot make two people of one.
- The server checks: emotion and call-type codes in `vocabulary` (stored by `team init`), counts
  within what a day can hold, a day between the oldest open week and tomorrow anywhere on
  Earth, teams an administrator made (`team`), and a lead reads and marks only the teams an
  administrator assigned to that login (`lead_team`).
- Kept no more: the highest stress of a day and the time a day was received.

Revision ID: t0003
Revises: t0002
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "t0003"
down_revision = "t0002"
branch_labels = None
depends_on = None

TABLES = r"""
ALTER TABLE companion_team.config
    ADD COLUMN salt bytea NOT NULL
        DEFAULT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()),
    ADD COLUMN close_after integer NOT NULL DEFAULT 8 CHECK (close_after BETWEEN 1 AND 60);

-- `published_until`: the Monday before which every week of the team is published (or was
-- closed with no one in it); no week before it is published again, whatever happens to its rows.
CREATE TABLE companion_team.team (
    name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60),
    published_until date NOT NULL DEFAULT '-infinity'
);
CREATE TABLE companion_team.lead_team (
    login name NOT NULL,
    team text NOT NULL REFERENCES companion_team.team ON DELETE CASCADE,
    PRIMARY KEY (login, team)
);
CREATE TABLE companion_team.vocabulary (
    kind text NOT NULL CHECK (kind IN ('emotion', 'category')),
    code text NOT NULL CHECK (code ~ '^[a-z_]{1,32}$'),
    PRIMARY KEY (kind, code)
);
CREATE TABLE companion_team.pseudonym (
    agent bytea PRIMARY KEY CHECK (length(agent) = 32),
    contributor bytea NOT NULL CHECK (length(contributor) = 32)
);
CREATE TABLE companion_team.published_week (
    team text NOT NULL REFERENCES companion_team.team ON DELETE CASCADE,
    week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    shown boolean NOT NULL,
    agents integer,
    mean_stress numeric(4, 1),
    entries_per_agent_day numeric(8, 1),
    by_category jsonb,
    by_emotion jsonb,
    breaks_offered bigint,
    breaks_taken bigint,
    breaks_skipped bigint,
    exercises bigint,
    exercises_per_agent_day numeric(8, 2),
    checkin_low_share numeric(4, 2),
    checkin_low_few boolean NOT NULL,
    PRIMARY KEY (team, week_start)
);

-- Every team a day was sent for becomes a team (an administrator may drop the mistaken ones);
-- every lead login keeps reading the teams t0002 listed to it (those with a week of min_group
-- people: never a one-person "team") until an administrator narrows that.
INSERT INTO companion_team.team (name)
SELECT team FROM companion_team.agent_day
UNION SELECT team FROM companion_team.training_mark;
INSERT INTO companion_team.lead_team (login, team)
SELECT r.rolname, listed.team
FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid
JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'companion_lead'
CROSS JOIN (SELECT team FROM companion_team.agent_day
            GROUP BY team, date_trunc('week', day::timestamp)
            HAVING count(DISTINCT agent) >= (SELECT min_group FROM companion_team.config)) listed
WHERE r.rolcanlogin
GROUP BY 1, 2;

-- A pseudonym no login is bound to (days sent before t0002, or the losers of its race for a
-- binding) would count as a person of its own in the weeks still open: its days there go (the
-- closed weeks could be read live before this upgrade, so keeping them exposes nothing new).
DELETE FROM companion_team.agent_day d
WHERE NOT EXISTS (SELECT FROM companion_team.agent_login l WHERE l.agent = d.agent)
  AND d.day >= date_trunc('week', ((now() AT TIME ZONE 'UTC')::date - 8)::timestamp)::date;

-- Days are the contributor's: a bound pseudonym's days become its login's, an unbound one's
-- (sent before t0002) count as a person of their own.
ALTER TABLE companion_team.agent_day_category DROP CONSTRAINT agent_day_category_agent_day_fkey;
ALTER TABLE companion_team.agent_day_emotion DROP CONSTRAINT agent_day_emotion_agent_day_fkey;
CREATE TEMPORARY TABLE moved ON COMMIT DROP AS
SELECT d.agent, CASE
           WHEN l.login IS NOT NULL
           THEN sha256(c.salt || convert_to(l.login::text, 'UTF8'))
           ELSE sha256(c.salt || d.agent) END AS contributor
FROM (SELECT DISTINCT agent FROM companion_team.agent_day) d
CROSS JOIN companion_team.config c
LEFT JOIN companion_team.agent_login l ON l.agent = d.agent;
INSERT INTO companion_team.pseudonym (agent, contributor)
SELECT l.agent, m.contributor FROM companion_team.agent_login l JOIN moved m USING (agent);
ALTER TABLE companion_team.agent_day RENAME COLUMN agent TO contributor;
ALTER TABLE companion_team.agent_day_category RENAME COLUMN agent TO contributor;
ALTER TABLE companion_team.agent_day_emotion RENAME COLUMN agent TO contributor;
UPDATE companion_team.agent_day d SET contributor = m.contributor
FROM moved m WHERE m.agent = d.contributor;
UPDATE companion_team.agent_day_category d SET contributor = m.contributor
FROM moved m WHERE m.agent = d.contributor;
UPDATE companion_team.agent_day_emotion d SET contributor = m.contributor
FROM moved m WHERE m.agent = d.contributor;
ALTER TABLE companion_team.agent_day_category ADD FOREIGN KEY (contributor, day)
    REFERENCES companion_team.agent_day ON DELETE CASCADE;
ALTER TABLE companion_team.agent_day_emotion ADD FOREIGN KEY (contributor, day)
    REFERENCES companion_team.agent_day ON DELETE CASCADE;
ALTER TABLE companion_team.agent_day
    DROP COLUMN max_stress,
    DROP COLUMN received_at,
    ADD FOREIGN KEY (team) REFERENCES companion_team.team;
ALTER TABLE companion_team.training_mark ADD FOREIGN KEY (team) REFERENCES companion_team.team
    ON DELETE CASCADE;
DROP TABLE companion_team.agent_login;

REVOKE ALL ON ALL TABLES IN SCHEMA companion_team FROM PUBLIC;
"""

FUNCTIONS = r"""
DROP FUNCTION companion_team.weekly_figures(text, date, integer);
DROP FUNCTION companion_team.training_marks(text);
DROP FUNCTION companion_team.teams();

-- The server's clock, in one place (the tests of closing weeks set it).
CREATE FUNCTION companion_team.server_now() RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = companion_team, pg_temp
AS $$ SELECT now() $$;

-- The Monday of the oldest week still open: days before it can no longer be sent.
CREATE FUNCTION companion_team.open_from() RETURNS date
LANGUAGE sql STABLE SET search_path = companion_team, pg_temp
AS $$
SELECT date_trunc('week', ((server_now() AT TIME ZONE 'UTC')::date
                           - (SELECT close_after FROM config))::timestamp)::date
$$;

-- The login that called, as the contributor it is in every figure.
CREATE FUNCTION companion_team.me() RETURNS bytea
LANGUAGE sql STABLE SET search_path = companion_team, pg_temp
AS $$ SELECT sha256(salt || convert_to(session_user::text, 'UTF8')) FROM config $$;

-- The pseudonym's key, when it is the caller's (or new); refused when another login's.
CREATE FUNCTION companion_team.own_pseudonym(p_pseudonym text, p_claim boolean) RETURNS bytea
LANGUAGE plpgsql VOLATILE SET search_path = companion_team, pg_temp
AS $$
DECLARE
    v_agent bytea := agent_key(p_pseudonym);
    v_owner bytea;
BEGIN
    IF p_claim THEN
        INSERT INTO pseudonym (agent, contributor) VALUES (v_agent, me())
        ON CONFLICT (agent) DO NOTHING;
    END IF;
    SELECT contributor INTO v_owner FROM pseudonym WHERE agent = v_agent;
    IF v_owner IS NOT NULL AND v_owner <> me() THEN
        RAISE EXCEPTION 'this pseudonym was sent from another login' USING ERRCODE = '42501';
    END IF;
    RETURN v_agent;
END
$$;

CREATE OR REPLACE FUNCTION companion_team.submit_days(p_pseudonym text, p_team text, p_days jsonb)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
DECLARE
    v_me bytea := me();
    v_from date := open_from();
    v_until date := (server_now() AT TIME ZONE 'Etc/GMT-14')::date;  -- tomorrow somewhere
    v_day jsonb;
    v_date date;
    v_entries integer;
    v_unknown text;
    v_count integer := 0;
BEGIN
    PERFORM own_pseudonym(p_pseudonym, true);
    IF NOT EXISTS (SELECT FROM team WHERE name = p_team) THEN
        RAISE EXCEPTION 'there is no team called "%" on this server (an administrator adds teams)',
            left(p_team, 60) USING ERRCODE = '22023';
    END IF;
    IF jsonb_typeof(p_days) <> 'array' OR jsonb_array_length(p_days) > 1000 THEN
        RAISE EXCEPTION 'days must be a JSON array of at most 1000 days' USING ERRCODE = '22023';
    END IF;
    FOR v_day IN SELECT value FROM jsonb_array_elements(p_days) ORDER BY value ->> 'day' LOOP
        IF jsonb_typeof(v_day) <> 'object' THEN
            RAISE EXCEPTION 'a day must be a JSON object' USING ERRCODE = '22023';
        END IF;
        v_date := (v_day ->> 'day')::date;
        v_entries := (v_day ->> 'entries')::integer;
        IF v_date IS NULL OR v_date > v_until THEN
            RAISE EXCEPTION 'day %: not a day that has begun anywhere yet', v_date
                USING ERRCODE = '22023';
        END IF;
        CONTINUE WHEN v_date < v_from  -- its week is closed: published or never shown
            OR v_date < (SELECT published_until FROM team WHERE name = p_team);
        IF v_entries > 0 AND (v_day ->> 'mean_stress') IS NULL THEN
            RAISE EXCEPTION 'day %: entries without a mean stress', v_date USING ERRCODE = '22023';
        END IF;
        SELECT key INTO v_unknown
        FROM jsonb_object_keys(coalesce(v_day -> 'by_category', '{}')) AS key
        WHERE NOT EXISTS (SELECT FROM vocabulary WHERE kind = 'category' AND code = key)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'day %: unknown call type "%"', v_date, left(v_unknown, 40)
                USING ERRCODE = '22023';
        END IF;
        SELECT key INTO v_unknown
        FROM jsonb_object_keys(coalesce(v_day -> 'by_emotion', '{}')) AS key
        WHERE NOT EXISTS (SELECT FROM vocabulary WHERE kind = 'emotion' AND code = key)
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'day %: unknown emotion "%"', v_date, left(v_unknown, 40)
                USING ERRCODE = '22023';
        END IF;
        INSERT INTO agent_day AS d (
            contributor, day, team, entries, stress_sum, breaks_offered, breaks_taken,
            breaks_skipped, exercises, checkin_low)
        VALUES (
            v_me, v_date, p_team, v_entries,
            coalesce(round((v_day ->> 'mean_stress')::numeric * v_entries), 0)::integer,
            (v_day -> 'breaks' ->> 'offered')::integer,
            (v_day -> 'breaks' ->> 'taken')::integer,
            (v_day -> 'breaks' ->> 'skipped')::integer,
            (v_day ->> 'exercises')::integer,
            (v_day ->> 'checkin_low')::boolean)
        ON CONFLICT (contributor, day) DO UPDATE SET
            team = excluded.team, entries = excluded.entries, stress_sum = excluded.stress_sum,
            breaks_offered = excluded.breaks_offered, breaks_taken = excluded.breaks_taken,
            breaks_skipped = excluded.breaks_skipped, exercises = excluded.exercises,
            checkin_low = excluded.checkin_low;
        DELETE FROM agent_day_category WHERE contributor = v_me AND day = v_date;
        DELETE FROM agent_day_emotion WHERE contributor = v_me AND day = v_date;
        INSERT INTO agent_day_category (contributor, day, team, category, entries, stress_sum)
        SELECT v_me, v_date, p_team, c.key, (c.value ->> 'entries')::integer,
               round((c.value ->> 'mean_stress')::numeric * (c.value ->> 'entries')::integer)
        FROM jsonb_each(coalesce(v_day -> 'by_category', '{}')) AS c;
        INSERT INTO agent_day_emotion (contributor, day, team, emotion, entries)
        SELECT v_me, v_date, p_team, e.key, (e.value #>> '{}')::integer
        FROM jsonb_each(coalesce(v_day -> 'by_emotion', '{}')) AS e;
        IF v_entries <> coalesce(
            (SELECT sum(entries) FROM agent_day_category WHERE contributor = v_me AND day = v_date),
            0)
        THEN
            RAISE EXCEPTION 'day %: the call types do not add up to the entries', v_date
                USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT FROM agent_day_emotion
                   WHERE contributor = v_me AND day = v_date AND entries > v_entries) THEN
            RAISE EXCEPTION 'day %: an emotion named by more entries than the day has', v_date
                USING ERRCODE = '22023';
        END IF;
        v_count := v_count + 1;
    END LOOP;
    PERFORM publish_closed(p_team);  -- a week that closed since is published by the first send
    RETURN v_count;
END
$$;

-- Everything this login sent, under any pseudonym, and the pseudonyms themselves. Published
-- weeks stay as they are: they are figures about at least min_group people.
CREATE OR REPLACE FUNCTION companion_team.withdraw(p_pseudonym text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
DECLARE
    v_agent bytea := own_pseudonym(p_pseudonym, false);
    v_count integer;
BEGIN
    DELETE FROM agent_day
    WHERE contributor = me()
       OR (contributor = sha256((SELECT salt FROM config) || v_agent)
           AND NOT EXISTS (SELECT FROM pseudonym WHERE agent = v_agent AND contributor <> me()));
    GET DIAGNOSTICS v_count = ROW_COUNT;
    DELETE FROM pseudonym WHERE contributor = me();
    RETURN v_count;
END
$$;

-- Raises unless the calling login was assigned `p_team` by an administrator.
CREATE FUNCTION companion_team.check_lead(p_team text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = companion_team, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM lead_team WHERE login = session_user AND team = p_team) THEN
        RAISE EXCEPTION 'permission denied for team "%" (an administrator assigns teams)',
            left(p_team, 60) USING ERRCODE = '42501';
    END IF;
END
$$;
"""

# The figures of the days stored now: t0002's weekly_figures on the contributor column, means
# rounded, and the low check-ins as 0 or at least 3 people; each person's week summed first, then
# the people counted (one sort fewer per figure). Only publish_closed uses it.
LIVE_FIGURES = r"""
CREATE FUNCTION companion_team.live_figures(p_team text, p_first_week date, p_weeks integer)
RETURNS TABLE (
    week_start date, shown boolean, agents integer, mean_stress double precision,
    entries_per_agent_day double precision, by_category jsonb, by_emotion jsonb,
    breaks_offered bigint, breaks_taken bigint, breaks_skipped bigint, exercises bigint,
    exercises_per_agent_day double precision, checkin_low_share double precision,
    checkin_low_few boolean)
LANGUAGE sql STABLE SET search_path = companion_team, pg_temp SET jit = off
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
people AS (
    SELECT w, contributor, count(*) AS agent_days, sum(entries) AS entries,
           sum(stress_sum) AS stress_sum, sum(days.breaks_offered) AS offered,
           sum(days.breaks_taken) AS taken, sum(days.breaks_skipped) AS skipped,
           sum(days.exercises) AS exercises, bool_or(entries > 0) AS logging,
           bool_or(days.breaks_offered > 0) AS offering, bool_or(days.breaks_taken > 0) AS taking,
           bool_or(days.breaks_skipped > 0) AS skipping, bool_or(days.exercises > 0) AS exercising,
           bool_or(days.breaks_offered > days.breaks_taken + days.breaks_skipped) AS missing,
           bool_or(checkin_low IS NOT NULL) AS checking,
           coalesce(bool_or(checkin_low), false) AS low
    FROM days GROUP BY w, contributor),
totals AS (
    SELECT w, count(*) AS agents, sum(agent_days)::bigint AS agent_days,
           sum(entries)::bigint AS entries, sum(stress_sum)::bigint AS stress_sum,
           count(*) FILTER (WHERE logging) AS logging_agents,
           sum(offered)::bigint AS offered, sum(taken)::bigint AS taken,
           sum(skipped)::bigint AS skipped, sum(exercises)::bigint AS exercises,
           count(*) FILTER (WHERE offering) AS offered_agents,
           count(*) FILTER (WHERE taking) AS taking_agents,
           count(*) FILTER (WHERE skipping) AS skipping_agents,
           count(*) FILTER (WHERE missing) AS missing_agents,
           count(*) FILTER (WHERE exercising) AS exercising_agents,
           count(*) FILTER (WHERE checking) AS checkin_agents,
           count(*) FILTER (WHERE low) AS low_agents
    FROM people GROUP BY w),
cell_rows AS (
    SELECT date_trunc('week', c.day::timestamp)::date AS w, c.contributor, c.category AS code,
           sum(c.entries) AS entries, sum(c.stress_sum) AS stress_sum
    FROM agent_day_category c, bounds
    WHERE c.team = p_team AND c.day >= bounds.first AND c.day < bounds.last
    GROUP BY 1, c.contributor, c.category),
cells AS (
    SELECT w, code, count(*) AS agents, sum(entries)::bigint AS entries,
           sum(stress_sum)::bigint AS stress_sum
    FROM cell_rows GROUP BY w, code),
ranked AS (
    SELECT cells.*, cells.agents < k.n AS too_few,
           count(*) FILTER (WHERE cells.agents < k.n) OVER (PARTITION BY cells.w) AS hidden,
           row_number() OVER (
               PARTITION BY cells.w
               ORDER BY cells.agents < k.n DESC, cells.agents, cells.entries, cells.code)
               AS rank
    FROM cells, k),
firsts AS (
    SELECT r.w, min(r.rank) AS first_rank
    FROM cell_rows cr JOIN ranked r ON r.w = cr.w AND r.code = cr.code
    GROUP BY r.w, cr.contributor),
covered AS (
    SELECT r.w, r.code, count(f.first_rank) AS agents_before
    FROM ranked r LEFT JOIN firsts f ON f.w = r.w AND f.first_rank < r.rank
    GROUP BY r.w, r.code),
categories AS (
    SELECT r.w, jsonb_object_agg(r.code, CASE
               WHEN r.too_few OR (r.hidden >= 1 AND c.agents_before < k.n) THEN NULL
               ELSE jsonb_build_object(
                   'entries', r.entries,
                   'mean_stress', round(r.stress_sum::numeric / r.entries, 1))
           END) AS by_category
    FROM ranked r JOIN covered c ON c.w = r.w AND c.code = r.code CROSS JOIN k
    GROUP BY r.w),
emotion_people AS (
    SELECT date_trunc('week', e.day::timestamp)::date AS w, e.emotion AS code, e.contributor,
           sum(e.entries) AS entries
    FROM agent_day_emotion e, bounds
    WHERE e.team = p_team AND e.day >= bounds.first AND e.day < bounds.last
    GROUP BY 1, e.emotion, e.contributor),
emotion_cells AS (
    SELECT w, code, count(*) AS agents, sum(entries)::bigint AS entries
    FROM emotion_people GROUP BY w, code),
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
         THEN round(t.stress_sum::numeric / t.entries, 1)::double precision END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN round(t.entries::numeric / t.agent_days, 1)::double precision END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN coalesce(c.by_category, '{}') END,
    CASE WHEN t.agents >= k.n AND t.logging_agents >= k.n
         THEN coalesce(e.by_emotion, '{}') END,
    CASE WHEN t.agents >= k.n AND t.offered_agents >= k.n THEN t.offered END,
    -- offered = taken + skipped + neither: the three are shown together or not at all
    CASE WHEN t.agents >= k.n AND t.offered_agents >= k.n
              AND (t.taking_agents = 0 OR t.taking_agents >= k.n)
              AND (t.skipping_agents = 0 OR t.skipping_agents >= k.n)
              AND (t.missing_agents = 0 OR t.missing_agents >= k.n) THEN t.taken END,
    CASE WHEN t.agents >= k.n AND t.offered_agents >= k.n
              AND (t.taking_agents = 0 OR t.taking_agents >= k.n)
              AND (t.skipping_agents = 0 OR t.skipping_agents >= k.n)
              AND (t.missing_agents = 0 OR t.missing_agents >= k.n) THEN t.skipped END,
    CASE WHEN t.agents >= k.n AND (t.exercising_agents = 0 OR t.exercising_agents >= k.n)
         THEN t.exercises END,
    CASE WHEN t.agents >= k.n AND (t.exercising_agents = 0 OR t.exercising_agents >= k.n)
         THEN round(t.exercises::numeric / t.agent_days, 2)::double precision END,
    -- a share shown only with no one low, or at least 3 low and at least 3 not
    CASE WHEN t.agents >= k.n AND t.checkin_agents >= k.n
              AND (t.low_agents = 0
                   OR (t.low_agents >= 3 AND t.checkin_agents - t.low_agents >= 3))
         THEN round(t.low_agents::numeric / t.checkin_agents, 2)::double precision END,
    coalesce(t.agents >= k.n AND t.checkin_agents >= k.n AND t.low_agents BETWEEN 1 AND 2,
             false)
FROM weeks CROSS JOIN k
LEFT JOIN totals t ON t.w = weeks.w
LEFT JOIN categories c ON c.w = weeks.w
LEFT JOIN emotions e ON e.w = weeks.w
ORDER BY weeks.w
$$;

-- Publishes the team's closed weeks not published yet, from the days stored now, and moves the
-- team's high-water mark past them: a week is published once and never again (hidden, not
-- deleted, when --min-group is raised). One publisher at a time per team; another caller does
-- not wait for it (a transaction held open cannot block a team's sends and reads).
CREATE FUNCTION companion_team.publish_closed(p_team text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = companion_team, pg_temp
AS $$
DECLARE
    v_open date := open_from();
    v_until date;
    v_first date;
BEGIN
    SELECT published_until INTO v_until FROM team WHERE name = p_team;
    IF v_until IS NULL OR v_until >= v_open THEN
        RETURN;
    END IF;
    IF NOT pg_try_advisory_xact_lock(28, hashtext(p_team)) THEN
        RETURN;
    END IF;
    SELECT published_until INTO v_until FROM team WHERE name = p_team;  -- after the lock
    IF v_until >= v_open THEN
        RETURN;
    END IF;
    SELECT min(date_trunc('week', day::timestamp)::date) INTO v_first
    FROM agent_day WHERE team = p_team AND day >= v_until AND day < v_open;
    IF v_first IS NOT NULL THEN
        INSERT INTO published_week
        SELECT p_team, f.week_start, f.shown, f.agents, f.mean_stress, f.entries_per_agent_day,
               f.by_category, f.by_emotion, f.breaks_offered, f.breaks_taken, f.breaks_skipped,
               f.exercises, f.exercises_per_agent_day, f.checkin_low_share, f.checkin_low_few
        FROM live_figures(p_team, v_first, (v_open - v_first) / 7) AS f
        ON CONFLICT (team, week_start) DO NOTHING;
    END IF;
    UPDATE team SET published_until = v_open WHERE name = p_team;
END
$$;

-- The weeks a lead reads: published ones as published; open ones (closed = false) empty.
CREATE FUNCTION companion_team.weekly_figures(p_team text, p_first_week date, p_weeks integer)
RETURNS TABLE (
    week_start date, shown boolean, agents integer, mean_stress double precision,
    entries_per_agent_day double precision, by_category jsonb, by_emotion jsonb,
    breaks_offered bigint, breaks_taken bigint, breaks_skipped bigint, exercises bigint,
    checkin_low_share double precision, checkin_low_few boolean, closed boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
SET jit = off
AS $$
#variable_conflict use_column
BEGIN
    PERFORM check_lead(p_team);
    PERFORM publish_closed(p_team);
    RETURN QUERY
    WITH weeks AS (
        SELECT (date_trunc('week', p_first_week::timestamp)::date + 7 * i) AS w
        FROM generate_series(0, least(greatest(p_weeks, 1), 520) - 1) AS i)
    SELECT weeks.w, coalesce(p.shown, false), p.agents, p.mean_stress::double precision,
           p.entries_per_agent_day::double precision, p.by_category, p.by_emotion,
           p.breaks_offered, p.breaks_taken, p.breaks_skipped, p.exercises,
           p.checkin_low_share::double precision, coalesce(p.checkin_low_few, false),
           weeks.w < open_from()
    FROM weeks LEFT JOIN published_week p ON p.team = p_team AND p.week_start = weeks.w
    ORDER BY weeks.w;
END
$$;

-- Each training mark's four weeks before its week and four after, from the published weeks
-- shown on their own: the mean of their figures (agents: the fewest people in any of them).
CREATE FUNCTION companion_team.training_marks(p_team text)
RETURNS TABLE (day date, label text, shown boolean, before jsonb, after jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
SET jit = off
AS $$
#variable_conflict use_column
BEGIN
    PERFORM check_lead(p_team);
    PERFORM publish_closed(p_team);
    RETURN QUERY
    WITH marks AS (
        SELECT m.day, m.label, date_trunc('week', m.day::timestamp)::date AS mark_week
        FROM training_mark m WHERE m.team = p_team),
    sides AS (
        SELECT marks.day, marks.label, s.side,
               count(*) AS weeks, min(p.agents) AS agents,
               round(avg(p.mean_stress), 1) AS mean_stress,
               round(avg(p.entries_per_agent_day), 1) AS entries_per_agent_day,
               round(sum(p.breaks_taken) FILTER (WHERE p.breaks_taken IS NOT NULL)::numeric
                     / nullif(sum(p.breaks_offered) FILTER (WHERE p.breaks_taken IS NOT NULL),
                              0), 2) AS break_uptake,
               round(avg(p.exercises_per_agent_day), 2) AS exercises_per_agent_day
        FROM marks
        CROSS JOIN LATERAL (VALUES ('before', mark_week - 28), ('after', mark_week + 7))
            AS s(side, first)
        JOIN published_week p ON p.team = p_team AND p.shown
             AND p.week_start >= s.first AND p.week_start < s.first + 28
        GROUP BY marks.day, marks.label, s.side),
    sided AS (
        SELECT sides.day, sides.label, sides.side, jsonb_build_object(
            'weeks', sides.weeks, 'agents', sides.agents, 'mean_stress', sides.mean_stress,
            'entries_per_agent_day', sides.entries_per_agent_day,
            'break_uptake', sides.break_uptake,
            'exercises_per_agent_day', sides.exercises_per_agent_day) AS figures
        FROM sides)
    SELECT marks.day, marks.label, b.figures IS NOT NULL AND a.figures IS NOT NULL,
           CASE WHEN a.figures IS NOT NULL THEN b.figures END,
           CASE WHEN b.figures IS NOT NULL THEN a.figures END
    FROM marks
    LEFT JOIN sided b ON b.day = marks.day AND b.label = marks.label AND b.side = 'before'
    LEFT JOIN sided a ON a.day = marks.day AND a.label = marks.label AND a.side = 'after'
    ORDER BY marks.day, marks.label;
END
$$;

CREATE OR REPLACE FUNCTION companion_team.add_mark(p_team text, p_day date, p_label text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$
BEGIN
    PERFORM check_lead(p_team);
    IF p_day IS NULL OR p_day < DATE '2000-01-01'
       OR p_day > (server_now() AT TIME ZONE 'UTC')::date + 366 THEN
        RAISE EXCEPTION 'a training mark''s day must lie within a year from today'
            USING ERRCODE = '22023';
    END IF;
    IF (SELECT count(*) FROM training_mark WHERE team = p_team) >= 200 THEN
        RAISE EXCEPTION 'a team has at most 200 training marks' USING ERRCODE = '22023';
    END IF;
    INSERT INTO training_mark (team, day, label) VALUES (p_team, p_day, p_label)
    ON CONFLICT (team, day, label) DO NOTHING;
    RETURN FOUND;
END
$$;

-- The teams an administrator assigned to the calling login.
CREATE FUNCTION companion_team.teams() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = companion_team, pg_temp
AS $$ SELECT team FROM lead_team WHERE login = session_user ORDER BY team $$;

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
    op.execute(FUNCTIONS)
    op.execute(LIVE_FIGURES)
    # the closed weeks of the days already stored, published by the new rules
    op.execute("SELECT companion_team.publish_closed(name) FROM companion_team.team")


def downgrade() -> None:
    raise NotImplementedError("the team schema is not downgraded: restore a backup instead")
