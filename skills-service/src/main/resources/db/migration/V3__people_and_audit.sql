-- People as the HR system knows them: the register that object-level rules consult.
create table person (
    employee_id  varchar(64)  primary key,
    display_name varchar(120) not null,
    email        varchar(254) not null,
    team_id      varchar(64)  not null,
    status       varchar(8)   not null,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    created_by   varchar(128) not null,
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(128) not null,
    constraint person_status_known check (status in ('ACTIVE', 'LEFT'))
);

create index person_team_idx on person (team_id, employee_id);

-- Decisions (approvals, rejections, retirements, corrections), kept for good: rows are only ever added.
create table audit_event (
    id           uuid         primary key,
    occurred_at  timestamptz  not null default clock_timestamp(),
    actor        varchar(128) not null,
    action       varchar(64)  not null,
    subject_type varchar(64)  not null,
    subject_id   varchar(128) not null,
    detail       varchar(2000)
);

create index audit_event_recent_idx on audit_event (occurred_at desc, id desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only' using errcode = 'P0001';
end;
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
