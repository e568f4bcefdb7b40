-- Evidence that a person showed a level in a skill. Append-only: a correction is new evidence that
-- supersedes an earlier piece, and both stay in the history.
create table evidence (
    id            uuid          primary key,
    employee_id   varchar(64)   not null references person (employee_id),
    skill_id      uuid          not null references skill (id),
    level         smallint      not null,
    source        varchar(20)   not null,
    asserted_by   varchar(128)  not null,
    observed_at   timestamptz   not null,
    recorded_at   timestamptz   not null default now(),
    note          varchar(2000),
    reference     varchar(200),
    supersedes_id uuid references evidence (id),
    constraint evidence_level_in_scale check (level between 1 and 5),
    constraint evidence_source_known check (source in ('SELF', 'MANAGER', 'COACH', 'PEER', 'COACHING_SESSION', 'PLACEMENT')),
    constraint evidence_superseded_once unique (supersedes_id)
);

-- A profile reads all evidence of one person; a history one person and skill, in time order;
-- the evidence list one person, newest first.
create index evidence_person_skill_idx on evidence (employee_id, skill_id, observed_at, id);
create index evidence_person_recent_idx on evidence (employee_id, observed_at desc, id desc);

create function evidence_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'evidence is append-only; record a correction instead' using errcode = 'P0001';
end;
$$;

create trigger evidence_no_change before update or delete on evidence
    for each row execute function evidence_is_append_only();
