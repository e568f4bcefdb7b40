-- Opportunities: secondments, cross-training and job shadowing that a host team offers.
create table opportunity (
    id                      uuid primary key,
    host_team_id            varchar(64)   not null,
    title                   varchar(160)  not null,
    description             varchar(4000) not null,
    kind                    varchar(20)   not null,
    -- Skill codes of skills-service's catalogue, stored as given until they are checked against it.
    skills                  varchar(64)[] not null,
    openings                integer       not null,
    time_commitment_percent integer       not null,
    starts_on               date          not null,
    ends_on                 date          not null,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null default now(),
    created_by              varchar(128)  not null,
    updated_at              timestamptz   not null default now(),
    updated_by              varchar(128)  not null,
    constraint opportunity_kind_known check (kind in ('SECONDMENT', 'CROSS_TRAINING', 'JOB_SHADOWING')),
    constraint opportunity_skills_count check (cardinality(skills) between 1 and 30),
    constraint opportunity_skills_no_nulls check (array_position(skills, null) is null),
    constraint opportunity_skills_kebab check (
        array_to_string(skills, ',') ~ '^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$'),
    constraint opportunity_openings_range check (openings between 1 and 50),
    constraint opportunity_time_commitment_range check (time_commitment_percent between 5 and 100),
    constraint opportunity_period_ordered check (ends_on >= starts_on)
);

-- The list walks (starts_on, id) from the cursor on; a host team's list walks the same order within the team.
create index opportunity_starts_on_id_idx on opportunity (starts_on, id);
create index opportunity_host_team_starts_on_id_idx on opportunity (host_team_id, starts_on, id);
-- Answers "which opportunities develop this skill" (skills @> array[code]).
create index opportunity_skills_idx on opportunity using gin (skills);
