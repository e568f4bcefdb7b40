-- The secondment-service data set of the bench. At scale 1: 1 000 open opportunities with 50 openings each and
-- 10 000 placements, 4 000 APPROVED at 50% and 6 000 PROPOSED at 40% that the employee and the home manager have
-- agreed to, waiting for the host's approval (what the approval benchmark approves, one each). Each proposal
-- overlaps its employee's approved placement, so approving it sums real days and stays within 100%.
\set ON_ERROR_STOP 1
SELECT greatest(200, round(50000 * :scale))::int AS people,
       greatest(10, round(1000 * :scale))::int AS opportunities,
       greatest(100, round(4000 * :scale))::int AS approved,
       least(greatest(200, round(50000 * :scale))::int, greatest(300, round(6000 * :scale))::int) AS proposed
\gset
\echo opportunities :opportunities, approved :approved, proposed :proposed

INSERT INTO opportunity (id, host_team_id, title, description, kind, skills, openings, time_commitment_percent,
                         starts_on, ends_on, status, created_by, updated_by)
SELECT gen_random_uuid(), 'host-team-' || lpad((g % 40)::text, 2, '0'), 'Bench opportunity ' || g,
       'Join the major incident team for a season.', 'SECONDMENT', ARRAY['active-listening', 'teamwork'], 50, 50,
       current_date - 30, current_date + 700, 'OPEN', 'bench', 'bench'
  FROM generate_series(1, :opportunities) g;

CREATE TEMP TABLE numbered_opportunity AS
SELECT id, host_team_id, (row_number() OVER (ORDER BY title) - 1)::int AS n FROM opportunity;

INSERT INTO placement (id, employee_id, home_team_id, host_team_id, opportunity_id, kind, starts_on, ends_on,
                       allocation_percent, skills, status, consented_by, consented_at, home_approved_by,
                       home_approved_at, host_approved_by, host_approved_at, created_by, updated_by)
SELECT gen_random_uuid(), 'p' || lpad((i % :people + 1)::text, 6, '0'),
       'team-' || lpad(((i % :people) / 100 + 1)::text, 4, '0'), o.host_team_id, o.id, 'SECONDMENT',
       current_date + 30 + i % 300, current_date + 90 + i % 300, 50, ARRAY['active-listening'], 'APPROVED',
       'p' || lpad((i % :people + 1)::text, 6, '0'), now(), 'bench-manager', now(), 'bench-manager', now(), 'bench', 'bench'
  FROM generate_series(0, :approved - 1) i JOIN numbered_opportunity o ON o.n = i % :opportunities;

INSERT INTO placement (id, employee_id, home_team_id, host_team_id, opportunity_id, kind, starts_on, ends_on,
                       allocation_percent, skills, status, consented_by, consented_at, home_approved_by,
                       home_approved_at, created_by, updated_by)
SELECT gen_random_uuid(), 'p' || lpad((j + 1)::text, 6, '0'), 'team-' || lpad((j / 100 + 1)::text, 4, '0'),
       o.host_team_id, o.id, 'SECONDMENT', current_date + 40 + j % 300, current_date + 100 + j % 300, 40,
       ARRAY['active-listening'], 'PROPOSED', 'p' || lpad((j + 1)::text, 6, '0'), now(), 'bench-manager', now(),
       'bench', 'bench'
  FROM generate_series(0, :proposed - 1) j JOIN numbered_opportunity o ON o.n = (j * 7) % :opportunities;
