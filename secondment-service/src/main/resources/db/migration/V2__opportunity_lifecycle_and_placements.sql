-- Opportunities get an application deadline and a lifecycle. Opportunities that exist were offered and read by
-- everyone before the lifecycle existed, so they stay offered: OPEN while they still run, CLOSED once their last day
-- has passed. They get no deadline, since nobody set one; new ones start as DRAFT.
alter table opportunity add column application_deadline date;
alter table opportunity add column status varchar(20);
update opportunity set status = case when ends_on < current_date then 'CLOSED' else 'OPEN' end;
alter table opportunity alter column status set not null;
alter table opportunity alter column status set default 'DRAFT';
alter table opportunity add constraint opportunity_status_known
    check (status in ('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED'));
alter table opportunity add constraint opportunity_deadline_before_end
    check (application_deadline is null or application_deadline <= ends_on);

-- A placement: an employee spends part or all of their time in a host team for whole days, starts_on to ends_on
-- inclusive. It becomes APPROVED once the home manager, the host manager and the employee have all agreed.
create table placement (
    id                  uuid primary key,
    employee_id         varchar(64)   not null,
    -- The employee's team in skills-service's register when the placement was proposed.
    home_team_id        varchar(64)   not null,
    host_team_id        varchar(64)   not null,
    opportunity_id      uuid references opportunity (id),
    kind                varchar(20)   not null,
    starts_on           date          not null,
    ends_on             date          not null,
    allocation_percent  integer       not null,
    skills              varchar(64)[] not null,
    notes               varchar(4000),
    status              varchar(20)   not null,
    consented_by        varchar(128),
    consented_at        timestamptz,
    home_approved_by    varchar(128),
    home_approved_at    timestamptz,
    host_approved_by    varchar(128),
    host_approved_at    timestamptz,
    rejected_by         varchar(128),
    rejected_at         timestamptz,
    rejection_reason    varchar(2000),
    cancelled_by        varchar(128),
    cancelled_at        timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    created_by          varchar(128)  not null,
    updated_at          timestamptz   not null default now(),
    updated_by          varchar(128)  not null,
    constraint placement_kind_known check (kind in ('SECONDMENT', 'CROSS_TRAINING', 'JOB_SHADOWING')),
    constraint placement_status_known check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    constraint placement_period_ordered check (ends_on >= starts_on),
    constraint placement_period_at_most_a_year check (ends_on - starts_on < 365),
    constraint placement_allocation_range check (allocation_percent between 10 and 100),
    constraint placement_skills_count check (cardinality(skills) between 1 and 30),
    constraint placement_skills_no_nulls check (array_position(skills, null) is null),
    constraint placement_skills_kebab check (
        array_to_string(skills, ',') ~ '^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$'),
    -- Nothing is APPROVED without all three agreements; a rejection always says why.
    constraint placement_approved_by_all check (status <> 'APPROVED'
        or (consented_at is not null and home_approved_at is not null and host_approved_at is not null)),
    constraint placement_rejection_has_reason check (status <> 'REJECTED' or rejection_reason is not null)
);

-- Held under concurrency, and why locks rather than a constraint: an employee's APPROVED placements never add up to
-- more than 100% on any day, and an opportunity never holds more APPROVED placements than its openings on any day.
-- Both are sums over the days where placements overlap, which no exclusion or check constraint can express. The
-- transaction that would make a placement APPROVED (its last agreement landing) takes transaction-scoped advisory
-- locks, always in this order: first the employee (pg_advisory_xact_lock(1, hashtext(employee_id))), then the
-- opportunity, if any (pg_advisory_xact_lock(2, hashtext(opportunity_id::text))); then it sums, day by day over its
-- own period (generate_series), what is already APPROVED and refuses when one more would break a rule. Read committed
-- takes a fresh snapshot per statement, so the sums see every approval that held the lock before. The fixed order
-- rules out deadlocks between two approvals; two keys that share a hash only wait for each other, never break a
-- rule. Advisory locks rather than SELECT ... FOR UPDATE since the employee has no row here to lock, and rather than
-- serializable transactions, whose retries can run out. Lowering an opportunity's openings takes the same
-- opportunity lock and checks the same per-day count.
create index placement_employee_period_idx on placement (employee_id, starts_on, ends_on) where status = 'APPROVED';
create index placement_opportunity_period_idx on placement (opportunity_id, starts_on, ends_on)
    where status = 'APPROVED';

-- The list walks (starts_on, id) from the cursor on, within what the caller may see.
create index placement_starts_on_id_idx on placement (starts_on, id);
create index placement_employee_starts_on_id_idx on placement (employee_id, starts_on, id);
create index placement_home_team_starts_on_id_idx on placement (home_team_id, starts_on, id);
create index placement_host_team_starts_on_id_idx on placement (host_team_id, starts_on, id);
