-- Role profiles: what a role ('Service desk analyst L1', 'Major incident manager') asks of a person,
-- as skills with a target level and a weight. Gaps and fit compare people's current levels with them.
create table role_profile (
    id          uuid          primary key,
    name        varchar(120)  not null,
    description varchar(2000),
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    created_by  varchar(128)  not null,
    updated_at  timestamptz   not null default now(),
    updated_by  varchar(128)  not null,
    -- Also serves the list, which is sorted by name.
    constraint role_profile_name_unique unique (name)
);

create table role_profile_skill (
    role_profile_id uuid         not null references role_profile (id) on delete cascade,
    skill_id        uuid         not null references skill (id),
    target_level    smallint     not null,
    weight          numeric(4,2) not null default 1,
    primary key (role_profile_id, skill_id),
    constraint role_profile_skill_target_in_scale check (target_level between 1 and 5),
    constraint role_profile_skill_weight_range check (weight > 0 and weight <= 10)
);

-- Which role profiles use a skill (for retiring or replacing it), without a scan.
create index role_profile_skill_skill_idx on role_profile_skill (skill_id);
