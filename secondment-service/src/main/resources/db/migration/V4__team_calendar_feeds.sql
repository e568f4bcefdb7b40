-- A team's calendar feed: a secret URL that calendar apps poll without a bearer token, since they cannot send one.
-- One feed per team; making it again (rotating) replaces the secret, so the old URL stops working at once. Only the
-- SHA-256 of the secret is kept (hex), so the table read by anyone who can read the database opens no feed; the
-- secret itself is 32 random bytes, which no one guesses, so a fast hash is enough and a lookup is one index probe.
create table team_calendar_feed (
    team_id      varchar(64)  primary key,
    secret_hash  char(64)     not null,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    created_by   varchar(128) not null,
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(128) not null,
    constraint team_calendar_feed_secret_hash_hex check (secret_hash ~ '^[0-9a-f]{64}$'),
    constraint team_calendar_feed_secret_hash_unique unique (secret_hash)
);
