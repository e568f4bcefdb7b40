-- A placement runs from its start day and is COMPLETED by the host's review. ACTIVE is not stored: it is an APPROVED
-- placement whose first day has come, derived when read and when filtered, so no job has to flip a status at midnight
-- and the rules below keep one stored value to count. A placement is completed on or after its last day (ending it
-- earlier is a change both managers approve), so a COMPLETED placement holds only days that have passed; it keeps
-- counting for them, since the employee was away and the seat taken on those days.
alter table placement drop constraint placement_status_known;
alter table placement add constraint placement_status_known
    check (status in ('PROPOSED', 'APPROVED', 'COMPLETED', 'REJECTED', 'CANCELLED'));
alter table placement add column completed_by varchar(128);
alter table placement add column completed_at timestamptz;
-- Why a placement was cancelled when the suite did it (the employee left or changed team); null when a person did.
alter table placement add column cancel_reason varchar(2000);
-- Ids of the employee's development goals in skills-service that the placement serves.
alter table placement add column goal_ids uuid[] not null default '{}';
alter table placement add constraint placement_goal_ids_count check (cardinality(goal_ids) <= 20);
alter table placement add constraint placement_goal_ids_no_nulls check (array_position(goal_ids, null) is null);
alter table placement add constraint placement_completed_when check (status <> 'COMPLETED' or completed_at is not null);

-- The allocation and seat rules of V2 now count APPROVED and COMPLETED placements, under the same advisory locks in
-- the same order (employee, then opportunity); their indexes follow.
drop index placement_employee_period_idx;
drop index placement_opportunity_period_idx;
create index placement_employee_period_idx on placement (employee_id, starts_on, ends_on)
    where status in ('APPROVED', 'COMPLETED');
create index placement_opportunity_period_idx on placement (opportunity_id, starts_on, ends_on)
    where status in ('APPROVED', 'COMPLETED');

-- The host's review: per targeted skill the level shown and what was observed. Each row is one piece of PLACEMENT
-- evidence for skills-service, sent through the outbox message it names, in the transaction that completes.
create table placement_review (
    placement_id      uuid          not null references placement (id),
    skill             varchar(64)   not null,
    level             smallint      not null constraint placement_review_level check (level between 1 and 5),
    observed          varchar(2000) not null,
    outbox_message_id uuid          not null,
    primary key (placement_id, skill)
);

-- A change to an APPROVED placement's terms: a new period (starting later or earlier before it has begun, ending
-- early, extending) or another allocation. The placement takes the new terms only when both managers have approved,
-- in the transaction of the second approval, under the locks of V2 (employee, then opportunity), where the rules are
-- summed again without the placement's old terms. Null fields keep the placement's current value.
create table placement_change (
    id                  uuid primary key,
    placement_id        uuid          not null references placement (id),
    starts_on           date,
    ends_on             date,
    allocation_percent  integer,
    reason              varchar(2000) not null,
    status              varchar(20)   not null,
    home_approved_by    varchar(128),
    home_approved_at    timestamptz,
    host_approved_by    varchar(128),
    host_approved_at    timestamptz,
    rejected_by         varchar(128),
    rejected_at         timestamptz,
    rejection_reason    varchar(2000),
    applied_at          timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    created_by          varchar(128)  not null,
    updated_at          timestamptz   not null default now(),
    updated_by          varchar(128)  not null,
    constraint placement_change_status_known check (status in ('PROPOSED', 'APPLIED', 'REJECTED')),
    constraint placement_change_changes_something
        check (starts_on is not null or ends_on is not null or allocation_percent is not null),
    constraint placement_change_allocation_range check (allocation_percent between 10 and 100),
    constraint placement_change_applied_by_both check (status <> 'APPLIED'
        or (home_approved_at is not null and host_approved_at is not null and applied_at is not null)),
    constraint placement_change_rejection_has_reason check (status <> 'REJECTED' or rejection_reason is not null)
);

-- A placement's changes, oldest first, from the cursor on.
create index placement_change_placement_created_idx on placement_change (placement_id, created_at, id);

-- What skills-service, the register of people, told this service about people who left or changed team. One row per
-- delivery key, kept for good: a delivery repeated after days finds its row and changes nothing.
create table received_person_change (
    delivery_key      varchar(255) primary key,
    sender            varchar(64)  not null,
    employee_id       varchar(64)  not null,
    change            varchar(16)  not null
        constraint received_person_change_change_check check (change in ('LEFT', 'TEAM_CHANGED')),
    team_id           varchar(64)  not null,
    previous_team_id  varchar(64),
    changed_at        timestamptz  not null,
    received_at       timestamptz  not null default now(),
    effects           varchar(32)[] not null default '{}'
);

create index received_person_change_employee_idx on received_person_change (employee_id, received_at);
