-- The skills-service data set of the bench, straight into the tables Flyway made. At scale 1: 50 000 people in
-- teams of 100, 200 more skills beside the seeded catalogue, 1 000 000 pieces of evidence (100 people with exactly
-- 200 each, for the profile read; the rest spread at random), a goal for every fourth person and 20 role profiles.
-- Deterministic: the same scale loads the same rows.
\set ON_ERROR_STOP 1
SELECT setseed(0.13) \g /dev/null
SELECT greatest(200, round(50000 * :scale))::int AS people,
       greatest(2000, round(1000000 * :scale))::int AS evidence,
       greatest(5, round(100 * :scale))::int AS heavy
\gset
\echo people :people, evidence :evidence, of which :heavy people with 200 each

INSERT INTO skill (id, code, name, description, category_id, kind, status, tags, created_by, updated_by)
SELECT gen_random_uuid(), 'bench-skill-' || lpad(g::text, 3, '0'), 'Bench skill ' || g,
       'A generated skill of the bench catalogue, as a large organisation adds its own: number ' || g
           || ', about handling tickets, calls and changes with care.',
       (SELECT id FROM category ORDER BY position OFFSET (g % 5) LIMIT 1),
       CASE WHEN g % 3 = 0 THEN 'TECHNICAL' ELSE 'SOFT' END, 'ACTIVE', ARRAY['bench', 'tag-' || (g % 17)],
       'bench', 'bench'
  FROM generate_series(1, 200) g;

INSERT INTO skill_level (skill_id, level, name, indicators)
SELECT s.id, l, (ARRAY['Aware', 'Developing', 'Proficient', 'Advanced', 'Role model'])[l],
       ARRAY['Shows the behaviour of level ' || l || ' on routine contacts.',
             'Explains to a coach why it matters at level ' || l || '.',
             'Keeps it up under pressure at level ' || l || '.']
  FROM skill s CROSS JOIN generate_series(1, 5) l
 WHERE s.code LIKE 'bench-skill-%';

INSERT INTO person (employee_id, display_name, email, team_id, status, created_by, updated_by)
SELECT 'p' || lpad(g::text, 6, '0'), 'Person ' || g, 'person' || g || '@example.org',
       'team-' || lpad(((g - 1) / 100 + 1)::text, 4, '0'), CASE WHEN g % 50 = 0 THEN 'LEFT' ELSE 'ACTIVE' END,
       'bench', 'bench'
  FROM generate_series(1, :people) g;
\echo people loaded

-- Secondary indexes are built once after the load rather than row by row, and foreign keys are not checked
-- row by row (replica role): every id below is taken from the tables it refers to.
CREATE TEMP TABLE saved_index AS
SELECT indexname, indexdef FROM pg_indexes
 WHERE schemaname = 'public' AND tablename = 'evidence'
   AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'evidence'::regclass);
DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT indexname FROM saved_index LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
END $$;
SET session_replication_role = replica;

CREATE TEMP TABLE active_skill AS SELECT array_agg(id ORDER BY code) AS ids FROM skill WHERE status = 'ACTIVE';

INSERT INTO evidence (id, employee_id, skill_id, level, source, asserted_by, observed_at, recorded_at, note)
SELECT gen_random_uuid(), employee, a.ids[1 + floor(random() * cardinality(a.ids))::int], 1 + floor(random() * 5)::int,
       (ARRAY['SELF', 'MANAGER', 'COACH', 'PEER'])[1 + floor(random() * 4)::int], 'bench-assessor', observed, observed,
       CASE WHEN random() < 0.3 THEN 'Handled a tense escalation call calmly and summarised before fixing.' END
  FROM (SELECT CASE WHEN g <= :heavy * 200 THEN 'p' || lpad(((g - 1) / 200 + 1)::text, 6, '0')
                    ELSE 'p' || lpad((:heavy + 1 + floor(random() * (:people - :heavy))::int)::text, 6, '0') END AS employee,
               now() - random() * interval '700 days' AS observed
          FROM generate_series(1, :evidence) g) e
 CROSS JOIN active_skill a;
\echo evidence loaded, building its indexes

RESET session_replication_role;
DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT indexdef FROM saved_index LOOP EXECUTE r.indexdef; END LOOP;
END $$;

INSERT INTO goal (id, employee_id, skill_id, target_level, due_date, why, status, baseline_level, created_by, updated_by)
SELECT gen_random_uuid(), 'p' || lpad(g::text, 6, '0'), a.ids[1 + (g % cardinality(a.ids))], 3 + g % 3,
       current_date + (30 + g % 300), 'Grow towards the next role.', 'ACTIVE', 1 + g % 2, 'bench', 'bench'
  FROM generate_series(4, :people, 4) g CROSS JOIN active_skill a;

INSERT INTO role_profile (id, name, description, created_by, updated_by)
SELECT gen_random_uuid(), 'Bench role ' || g, 'A generated role profile.', 'bench', 'bench' FROM generate_series(1, 20) g;
INSERT INTO role_profile_skill (role_profile_id, skill_id, target_level, weight)
SELECT r.id, a.ids[1 + ((r.n * 7 + k * 13) % cardinality(a.ids))], 2 + k % 4, 1
  FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM role_profile WHERE name LIKE 'Bench role %') r
 CROSS JOIN generate_series(1, 8) k CROSS JOIN active_skill a
    ON CONFLICT DO NOTHING;
