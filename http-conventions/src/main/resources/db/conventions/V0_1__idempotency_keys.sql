-- Responses of creating POSTs, kept for 24 hours per caller and key so that a retry replays them.
create table idempotency_record (
    caller          varchar(128) not null,
    idempotency_key varchar(255) not null,
    request_hash    char(64)     not null,
    status_code     smallint     not null,
    location        varchar(1000),
    etag            varchar(200),
    response_body   text         not null,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);

create index idempotency_record_created_at_idx on idempotency_record (created_at);
