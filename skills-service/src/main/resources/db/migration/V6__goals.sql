-- Development goals: a person aims for a target level in a skill by a due date. The baseline is the
-- person's estimated level when the goal was set (0 without evidence), so progress can be measured
-- from where they started. Evidence marks a goal ACHIEVED; people set ACTIVE and DROPPED.
create table goal (
    id             uuid          primary key,
    employee_id    varchar(64)   not null references person (employee_id),
    skill_id       uuid          not null references skill (id),
    target_level   smallint      not null,
    due_date       date          not null,
    why            varchar(2000),
    status         varchar(10)   not null,
    baseline_level numeric(2,1)  not null default 0,
    achieved_at    timestamptz,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    created_by     varchar(128)  not null,
    updated_at     timestamptz   not null default now(),
    updated_by     varchar(128)  not null,
    constraint goal_target_in_scale check (target_level between 1 and 5),
    constraint goal_baseline_in_scale check (baseline_level between 0 and 5),
    constraint goal_status_known check (status in ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    constraint goal_achieved_has_date check ((status = 'ACHIEVED') = (achieved_at is not null))
);

-- A person's goals by status and due date; a team's active goals read it once per person of the team
-- (found through person_team_idx), in due-date order, and evidence finds the active goals to achieve.
create index goal_person_status_due_idx on goal (employee_id, status, due_date, id);
-- A person's goal list, in the order the goals were set.
create index goal_person_created_idx on goal (employee_id, created_at, id);
-- Which goals name a skill (retiring or replacing it), without a scan.
create index goal_skill_idx on goal (skill_id);
