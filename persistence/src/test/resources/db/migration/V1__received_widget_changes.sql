-- What a service received about widgets, in the shape a service's received-change table has.
create table received_widget_change (
    delivery_key  varchar(255) primary key,
    sender        varchar(64)  not null,
    widget_id     varchar(64)  not null,
    change        varchar(16)  not null,
    note          varchar(200),
    changed_at    timestamptz  not null,
    received_at   timestamptz  not null default now(),
    effects       varchar(32)[] not null default '{}'
);
