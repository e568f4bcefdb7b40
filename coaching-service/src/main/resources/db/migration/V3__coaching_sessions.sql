-- Coaching sessions, and the rule that nobody is in two overlapping scheduled sessions.
-- btree_gist lets one exclusion constraint compare a person's id with = and time ranges with &&; it is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it without superuser rights.
create extension if not exists btree_gist;

create table coaching_session (
    id                uuid primary key,
    kind              varchar(16)   not null
        constraint coaching_session_kind_check check (kind in ('ONE_TO_ONE', 'ROLE_PLAY', 'CALL_REVIEW', 'GROUP')),
    coach_id          uuid          not null references coach (id),
    -- Copied from the coach so access checks and the participant rows need no join; a coach keeps their employee id.
    coach_employee_id varchar(64)   not null,
    coachee_ids       varchar(64)[] not null,
    starts_at         timestamptz   not null,
    ends_at           timestamptz   not null,
    -- The IANA zone the session was planned in, so calendars can show it as planned across daylight-saving changes.
    time_zone         varchar(64)   not null,
    skills            varchar(64)[] not null,
    scenario_id       varchar(64),
    location          varchar(200),
    meeting_link      varchar(500),
    agenda            varchar(2000),
    status            varchar(16)   not null default 'SCHEDULED'
        constraint coaching_session_status_check check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    cancel_reason     varchar(500),
    private_notes     varchar(4000),
    completed_at      timestamptz,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    created_by        varchar(128)  not null,
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(128)  not null,
    constraint coaching_session_length check (ends_at - starts_at between interval '15 minutes' and interval '4 hours'),
    constraint coaching_session_coachees_count check (
        cardinality(coachee_ids) = 1 and kind <> 'GROUP' or cardinality(coachee_ids) between 2 and 12 and kind = 'GROUP'),
    constraint coaching_session_skills_count check (cardinality(skills) between 1 and 10),
    constraint coaching_session_cancel_reason check ((status = 'CANCELLED') = (cancel_reason is not null)),
    constraint coaching_session_role_play_scenario check (kind <> 'ROLE_PLAY' or scenario_id is not null)
);

-- The list walks sessions by start time; the filters by coach and coachee narrow it.
create index coaching_session_start_idx on coaching_session (starts_at, id);
create index coaching_session_coach_idx on coaching_session (coach_id, starts_at);
create index coaching_session_coachees_idx on coaching_session using gin (coachee_ids);

-- One row per person in a session, coach or coachee, with the session's time range and status kept in step by the
-- service. The exclusion constraint is what makes double-booking impossible, under any concurrency: two scheduled
-- rows of one person may not overlap. '[)' ranges let one session end when the next begins.
create table session_participant (
    session_id uuid        not null references coaching_session (id),
    person     varchar(64) not null,
    role       varchar(8)  not null constraint session_participant_role_check check (role in ('COACH', 'COACHEE')),
    during     tstzrange   not null,
    status     varchar(16) not null,
    -- Whether a coachee came, recorded when a session is completed; null before that, and always for the coach.
    attended   boolean,
    primary key (session_id, person),
    constraint session_participant_no_overlap
        exclude using gist (person with =, during with &&) where (status = 'SCHEDULED')
);

-- The earlier times of a rescheduled session, oldest first.
create table session_reschedule (
    session_id     uuid         not null references coaching_session (id),
    position       integer      not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    time_zone      varchar(64)  not null,
    rescheduled_at timestamptz  not null,
    rescheduled_by varchar(128) not null,
    primary key (session_id, position)
);

-- What the coach observed at completion, per coachee and skill, and the outbox message that carries it to
-- skills-service as evidence; the message's state is the evidence's delivery state.
create table session_observation (
    session_id        uuid          not null references coaching_session (id),
    employee_id       varchar(64)   not null,
    skill             varchar(64)   not null,
    level             smallint      not null constraint session_observation_level check (level between 1 and 5),
    observed          varchar(2000) not null,
    outbox_message_id uuid          not null,
    primary key (session_id, employee_id, skill)
);
