-- The coaching-service data set of the bench. At scale 1: 500 coaches (people p000001 on) and 20 000 one-to-one
-- sessions over about 48 weeks around today, half of them past and COMPLETED, the rest SCHEDULED. Each coach meets
-- at a fixed hour on distinct weekdays and each session has a coachee of its own, so nobody's sessions overlap.
\set ON_ERROR_STOP 1
SELECT greatest(200, round(50000 * :scale))::int AS people,
       greatest(5, round(500 * :scale))::int AS coaches,
       greatest(100, round(20000 * :scale))::int AS sessions
\gset
\echo coaches :coaches, sessions :sessions

INSERT INTO coach (id, employee_id, display_name, skills, capacity, created_by, updated_by)
SELECT gen_random_uuid(), 'p' || lpad(g::text, 6, '0'), 'Coach ' || g,
       ARRAY['active-listening', 'empathy', 'patience'], 50, 'bench', 'bench'
  FROM generate_series(1, :coaches) g;

CREATE TEMP TABLE numbered_coach AS
SELECT id, employee_id, (row_number() OVER (ORDER BY employee_id) - 1)::int AS n FROM coach;

CREATE TEMP TABLE planned AS
SELECT gen_random_uuid() AS id, c.id AS coach_id, c.employee_id AS coach_employee_id,
       'p' || lpad((:coaches + 1 + s.i % (:people - :coaches))::text, 6, '0') AS coachee,
       starts, starts + interval '1 hour' AS ends
  FROM (SELECT i, i % :coaches AS coach_n, (i / :coaches) * 6 + (i % :coaches) % 6 AS weekday
          FROM generate_series(0, :sessions - 1) i) s
  JOIN numbered_coach c ON c.n = s.coach_n
 CROSS JOIN LATERAL (SELECT (date_trunc('week', now()) - interval '26 weeks' + (s.weekday / 5) * interval '7 days'
                            + (s.weekday % 5) * interval '1 day' + (9 + s.coach_n % 7) * interval '1 hour') AS starts) t;

INSERT INTO coaching_session (id, kind, coach_id, coach_employee_id, coachee_ids, starts_at, ends_at, time_zone, skills,
                              location, agenda, status, completed_at, created_by, updated_by)
SELECT id, 'ONE_TO_ONE', coach_id, coach_employee_id, ARRAY[coachee], starts, ends, 'Europe/Berlin',
       ARRAY['active-listening', 'empathy'], 'Room 4.12', 'Practise summarising the caller''s problem before acting.',
       CASE WHEN ends < now() THEN 'COMPLETED' ELSE 'SCHEDULED' END, CASE WHEN ends < now() THEN ends END,
       'bench', 'bench'
  FROM planned;

INSERT INTO session_participant (session_id, person, role, during, status)
SELECT id, coach_employee_id, 'COACH', tstzrange(starts, ends, '[)'), CASE WHEN ends < now() THEN 'COMPLETED' ELSE 'SCHEDULED' END
  FROM planned
UNION ALL
SELECT id, coachee, 'COACHEE', tstzrange(starts, ends, '[)'), CASE WHEN ends < now() THEN 'COMPLETED' ELSE 'SCHEDULED' END
  FROM planned;

-- Every person's register entry as this service keeps it once they were booked before or reported
-- (people.KnownPeople), teams and leavers as load-skills.sql makes them: the bench books people booked before, so a
-- booking asks skills-service nothing about them. A person's first booking asks, as without the copy.
INSERT INTO known_person (employee_id, team_id, has_left, as_of)
SELECT 'p' || lpad(g::text, 6, '0'), 'team-' || lpad(((g - 1) / 100 + 1)::text, 4, '0'), g % 50 = 0, now()
  FROM generate_series(1, :people) g;

-- A day of Idempotency-Keys, as a service in use holds (each kept 24 hours). Analyzed empty, with autovacuum off,
-- the table would keep the sequential scan booking's key lookup was first planned with in each pooled connection,
-- reading every page as the load fills it.
INSERT INTO idempotency_record (caller, idempotency_key, request_hash, status_code, response_body)
SELECT 'bench-portal', gen_random_uuid()::text, repeat('0', 64), 201, '{}'
  FROM generate_series(1, :sessions) g;
