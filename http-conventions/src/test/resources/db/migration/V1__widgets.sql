create table widget (
    id      uuid primary key,
    name    varchar(100) not null constraint widget_name_unique unique,
    version bigint not null default 0
);
