-- One secret calendar feed per person: only the SHA-256 of its secret is kept, so a copy of the database gives
-- nobody a working feed URL. Rotating replaces the hash, and the old URL stops working at once.
create table calendar_feed (
    employee_id   varchar(64)  primary key,
    secret_sha256 bytea        not null,
    created_at    timestamptz  not null,
    created_by    varchar(128) not null,
    constraint calendar_feed_secret_unique unique (secret_sha256),
    constraint calendar_feed_secret_length check (octet_length(secret_sha256) = 32)
);
