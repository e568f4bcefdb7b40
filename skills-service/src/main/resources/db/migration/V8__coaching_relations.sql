-- Who coaches whom, as coaching-service reports it through its outbox: one row per reason (an enrolment, a
-- session and coachee), named by its reference, so a grant delivered twice writes the same row and a revocation removes it.
-- A coach may read and write about a coachee while one of their rows is open-ended or not yet expired.
create table coaching_relation (
    reference   varchar(160) primary key,
    coach_id    varchar(64)  not null,
    coachee_id  varchar(64)  not null,
    valid_until timestamptz,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(128) not null,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(128) not null,
    constraint coaching_relation_not_self check (coach_id <> coachee_id)
);

-- The one question every read and write about a person asks for a coach: does this coach coach this person now?
create index coaching_relation_pair_idx on coaching_relation (coach_id, coachee_id, valid_until);
