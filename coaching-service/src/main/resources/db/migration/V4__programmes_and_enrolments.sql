-- Coaches' working hours, programmes (cohorts with a curriculum and coaches), enrolments of employees with a coach of
-- a programme, and sessions that belong to a programme, are requested by an employee, or are declined.

-- The zone a coach's working hours are read in, and the hours themselves as 'MONDAY 09:00-17:00' entries; '24:00'
-- ends a day. Coaches registered before this release work Monday to Friday, 09:00 to 17:00 UTC.
alter table coach
    add column time_zone     varchar(64)   not null default 'UTC',
    add column working_hours varchar(24)[] not null
        default '{"MONDAY 09:00-17:00","TUESDAY 09:00-17:00","WEDNESDAY 09:00-17:00","THURSDAY 09:00-17:00","FRIDAY 09:00-17:00"}',
    add constraint coach_working_hours_count check (cardinality(working_hours) between 1 and 28),
    add constraint coach_working_hours_format check (
        array_to_string(working_hours, ',') ~ '^([A-Z]+ [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])(,[A-Z]+ [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])*$');

create table programme (
    id                        uuid primary key,
    name                      varchar(160)  not null,
    description               varchar(4000) not null,
    starts_on                 date          not null,
    ends_on                   date          not null,
    -- Skill codes of skills-service's catalogue, checked against it when named.
    curriculum                varchar(64)[] not null,
    sessions_per_participant  integer       not null,
    -- Ids of coaches of this service; an array, since a programme is read and replaced as a whole.
    coach_ids                 uuid[]        not null,
    -- A role profile of skills-service the programme aims at, which matching reads; not checked here.
    role_profile_id           varchar(64),
    version                   bigint        not null default 0,
    created_at                timestamptz   not null default now(),
    created_by                varchar(128)  not null,
    updated_at                timestamptz   not null default now(),
    updated_by                varchar(128)  not null,
    constraint programme_dates check (ends_on >= starts_on),
    constraint programme_sessions_range check (sessions_per_participant between 1 and 100),
    constraint programme_curriculum_count check (cardinality(curriculum) between 1 and 30),
    constraint programme_coaches_count check (cardinality(coach_ids) between 1 and 50)
);

-- The list walks programmes by start date; "which programmes does this coach coach" reads the GIN index.
create index programme_start_idx on programme (starts_on, id);
create index programme_coaches_idx on programme using gin (coach_ids);

create table enrolment (
    id                uuid primary key,
    programme_id      uuid         not null references programme (id),
    employee_id       varchar(64)  not null,
    coach_id          uuid         not null references coach (id),
    -- Copied from the coach so access checks need no join; a coach keeps their employee id.
    coach_employee_id varchar(64)  not null,
    status            varchar(16)  not null default 'INVITED'
        constraint enrolment_status_check check (status in ('INVITED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN')),
    accepted_at       timestamptz,
    ended_at          timestamptz,
    withdraw_reason   varchar(500),
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    created_by        varchar(128) not null,
    updated_at        timestamptz  not null default now(),
    updated_by        varchar(128) not null,
    constraint enrolment_accepted check (status not in ('ACTIVE', 'COMPLETED') or accepted_at is not null),
    constraint enrolment_ended check ((status in ('COMPLETED', 'WITHDRAWN')) = (ended_at is not null)),
    constraint enrolment_withdraw_reason check (status = 'WITHDRAWN' or withdraw_reason is null)
);

-- One open (INVITED or ACTIVE) enrolment per employee and programme, whoever enrols them at the same moment.
create unique index enrolment_open_unique on enrolment (programme_id, employee_id) where status in ('INVITED', 'ACTIVE');
-- A coach's open enrolments are counted against their capacity on every enrolment.
create index enrolment_open_coach_idx on enrolment (coach_id) where status in ('INVITED', 'ACTIVE');
create index enrolment_programme_idx on enrolment (programme_id, created_at, id);
create index enrolment_employee_idx on enrolment (employee_id);

-- Sessions may belong to a programme; an employee's request waits for the coach (REQUESTED) who confirms it or
-- declines it with a reason (DECLINED).
alter table coaching_session
    add column programme_id   uuid references programme (id),
    add column decline_reason varchar(500),
    drop constraint coaching_session_status_check,
    add constraint coaching_session_status_check
        check (status in ('REQUESTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'DECLINED')),
    add constraint coaching_session_decline_reason check ((status = 'DECLINED') = (decline_reason is not null));

create index coaching_session_programme_idx on coaching_session (programme_id) where programme_id is not null;
