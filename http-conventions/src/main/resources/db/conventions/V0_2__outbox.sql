-- The transactional outbox: a message is inserted in the same transaction as the business change that
-- causes it, and a relay delivers it afterwards, at least once, with the idempotency key outbox-<id>.
create table outbox_message (
    id              uuid          primary key,
    -- Total order of enqueueing; the order within an aggregate is the order of this column.
    position        bigserial     not null unique,
    aggregate_type  varchar(100)  not null,
    aggregate_id    varchar(200)  not null,
    message_type    varchar(200)  not null,
    destination     varchar(1000) not null,
    payload         jsonb         not null,
    status          varchar(16)   not null default 'PENDING'
        constraint outbox_message_status_check check (status in ('PENDING', 'DELIVERED', 'FAILED', 'DISCARDED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(2000),
    created_at      timestamptz   not null default now(),
    delivered_at    timestamptz
);

-- Per-aggregate order: the relay only ever claims the head of an aggregate, the PENDING message with no
-- earlier PENDING or FAILED message of the same aggregate, locks that one row with FOR UPDATE SKIP LOCKED
-- and keeps the lock while it sends and marks it. A second relay skips the locked head and cannot take
-- the next message, because the head is still open; so one aggregate has at most one message in flight,
-- and a parked (FAILED) message holds its aggregate back until it is retried or discarded.
-- This index holds exactly the open messages, so "is there an earlier open message of this aggregate"
-- and "the oldest open message of each aggregate" are one index probe.
create index outbox_message_open_idx on outbox_message (aggregate_type, aggregate_id, position)
    where status in ('PENDING', 'FAILED');

-- The relay walks the PENDING messages oldest first and takes the first due head it can lock.
create index outbox_message_pending_idx on outbox_message (position, next_attempt_at)
    where status = 'PENDING';
