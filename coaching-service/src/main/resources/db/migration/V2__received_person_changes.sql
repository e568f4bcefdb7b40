-- What skills-service, the register of people, told this service about people who left or changed team.
-- One row per delivery key, kept for good: a delivery repeated after days finds its row and changes nothing,
-- even if a coach was put back by hand since.
create table received_person_change (
    delivery_key      varchar(255) primary key,
    sender            varchar(64)  not null,
    employee_id       varchar(64)  not null,
    change            varchar(16)  not null
        constraint received_person_change_change_check check (change in ('LEFT', 'TEAM_CHANGED')),
    team_id           varchar(64)  not null,
    previous_team_id  varchar(64),
    changed_at        timestamptz  not null,
    received_at       timestamptz  not null default now(),
    effects           varchar(32)[] not null default '{}'
);

create index received_person_change_employee_idx on received_person_change (employee_id, received_at);
