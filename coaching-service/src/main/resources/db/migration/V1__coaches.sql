-- Coaches: employees who coach others in a set of skills, up to a number of active coachees.
create table coach (
    id           uuid primary key,
    employee_id  varchar(64)   not null,
    display_name varchar(120)  not null,
    -- Skill codes of skills-service's catalogue, stored as given until they are checked against it.
    skills       varchar(64)[] not null,
    capacity     integer       not null,
    active       boolean       not null default true,
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    created_by   varchar(128)  not null,
    updated_at   timestamptz   not null default now(),
    updated_by   varchar(128)  not null,
    -- The unique index also serves the list, which walks coaches in employee id order.
    constraint coach_employee_id_unique unique (employee_id),
    constraint coach_capacity_range check (capacity between 1 and 50),
    constraint coach_skills_count check (cardinality(skills) between 1 and 30),
    constraint coach_skills_no_nulls check (array_position(skills, null) is null),
    constraint coach_skills_kebab check (
        array_to_string(skills, ',') ~ '^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$')
);

-- Answers "who coaches this skill" (skills @> array[code]) without reading every coach.
create index coach_skills_idx on coach using gin (skills);
